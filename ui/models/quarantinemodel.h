// The rows a source's imports set aside (Insights::sourceDetails), one row each: the file and
// line they came from, the column at fault, the reason, and the raw text as it was in the file.
#pragma once

#include "domain/insightvalues.h"

#include <QAbstractTableModel>
#include <QList>

namespace bedrot {

class QuarantineModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QuarantineModel)

public:
    enum Column
    {
        FileColumn,
        LineColumn,
        FieldColumn,
        ReasonColumn,
        RawTextColumn,
        ColumnCount
    };
    Q_ENUM(Column)
    enum Role
    {
        SortRole = Qt::UserRole, // the line as a number, the rest as text
        RawFileRole,             // QString: lake/raw/… of the row's file
    };
    Q_ENUM(Role)

    explicit QuarantineModel(QObject* parent = nullptr);

    void setRows(const QList<QuarantinedRow>& rows);
    const QList<QuarantinedRow>& rows() const { return m_rows; }

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<QuarantinedRow> m_rows;
};

// A source's imports, newest first, each in plain words ("22 rows loaded", "9 rows set aside …").
class ImportLogModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportLogModel)

public:
    enum Column
    {
        StartedColumn,
        FileColumn,
        StatusColumn,
        SummaryColumn,
        ColumnCount
    };
    Q_ENUM(Column)
    enum Role
    {
        SortRole = Qt::UserRole
    };
    Q_ENUM(Role)

    explicit ImportLogModel(QObject* parent = nullptr);

    void setImports(const QList<IngestEntry>& imports);
    const QList<IngestEntry>& imports() const { return m_imports; }

    // "Loaded", "Partly loaded", "Failed", …
    static QString statusText(const QString& status);
    // What the import did and what went wrong, in a sentence or two.
    static QString summary(const IngestEntry& entry);
    // Problems (failed, partial, rejected) are drawn in the warning colours.
    static bool isProblem(const IngestEntry& entry);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<IngestEntry> m_imports;
};

} // namespace bedrot
