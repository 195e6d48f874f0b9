// The rows behind a KPI (Insights::drillDown), each traced to its raw file and line, for the
// drill-down dialog. The columns are the answer's: they differ from KPI to KPI, so this model has
// no fixed Column enum; each column's kind (text, integer, exact money, number) is found once per
// answer and drives alignment, numeric sorting, exact sums and the CSV text.
#pragma once

#include "domain/insightvalues.h"
#include "domain/money.h"

#include <QAbstractTableModel>
#include <QList>

namespace bedrot {

class DrillDownModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DrillDownModel)

public:
    enum Role
    {
        SortRole = Qt::UserRole, // qint64 for integers, nano-units (qint64) for money, double, or text
        ExactTextRole,           // QString: the value as exported, unformatted ("1500", "0.01931943")
        ColumnKindRole,          // int: ColumnKind of the cell's column
    };
    Q_ENUM(Role)
    enum class ColumnKind
    {
        Text,
        Integer,
        Money,
        Number
    };
    Q_ENUM(ColumnKind)

    explicit DrillDownModel(QObject* parent = nullptr);

    void setDrillDown(const DrillDown& drillDown);
    const DrillDown& drillDown() const { return m_drillDown; }

    // The column's id in the answer ("earnings_usd") and its title for people ("Earnings (USD)").
    QString columnId(int column) const;
    static QString columnTitle(const QString& id);
    ColumnKind columnKind(int column) const;
    // The answer's value column (whose sum is the KPI), or -1.
    int valueColumn() const;
    // The exact sum of `column` over `rows` (source rows): money through Money (never a double),
    // integers as qint64, unformatted ("12.35", "3903"). Empty for a text column.
    QString exactSum(const QList<int>& rows, int column) const;
    // The same sum as the table shows numbers: integers grouped ("3,903"), money exact.
    QString displaySum(const QList<int>& rows, int column) const;

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    struct Sum
    {
        ColumnKind kind = ColumnKind::Text;
        qint64 integer = 0;
        Money money;
        double number = 0;
    };
    Sum sumOf(const QList<int>& rows, int column) const;
    static ColumnKind kindOf(const DrillDown& d, int column);
    QString exactText(const QVariant& value, ColumnKind kind) const;
    QVariant sortValue(const QVariant& value, ColumnKind kind) const;
    QVariant display(const QVariant& value, int column) const;

    DrillDown m_drillDown;
    QList<ColumnKind> m_kinds;
};

} // namespace bedrot
