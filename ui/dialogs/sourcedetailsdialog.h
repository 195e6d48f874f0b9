// One source's imports and the rows they set aside: "Quarantined rows" (file, line, column, reason,
// raw text; filterable and sortable) and "Imports" (each file, newest first, in plain words).
// Filled from Insights::sourceDetails, read in the reader thread through the session.
#pragma once

#include "domain/insightvalues.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTabWidget;
class QTableView;

namespace bedrot {

class ImportLogModel;
class QuarantineModel;

class SourceDetailsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SourceDetailsDialog)

public:
    // Named "source-details"; the tabs "source-details-tabs", the quarantine table "quarantine-view"
    // and its filter "quarantine-filter", the imports table "imports-view", the note "source-details-note".
    explicit SourceDetailsDialog(QWidget* parent = nullptr);

    QString sourceId() const { return m_sourceId; }
    bool isLoading() const { return m_loading; }
    QuarantineModel* quarantineModel() const { return m_quarantine; }
    QSortFilterProxyModel* quarantineProxy() const { return m_quarantineProxy; }
    ImportLogModel* importLogModel() const { return m_imports; }
    QTableView* quarantineView() const { return m_quarantineView; }
    QTabWidget* tabs() const { return m_tabs; }
    QString noteText() const;

public Q_SLOTS:
    // Titles the dialog for a source whose details have been asked for.
    void setLoading(const QString& sourceId, const QString& title);
    // An answer; while loading, one for another source than asked for is ignored.
    void setDetails(const bedrot::SourceDetails& details);

private:
    void setNote(const QString& text, bool problem);

    QLabel* m_title = nullptr;
    QLabel* m_note = nullptr;
    QTabWidget* m_tabs = nullptr;
    QLineEdit* m_filter = nullptr;
    QTableView* m_quarantineView = nullptr;
    QTableView* m_importsView = nullptr;
    QuarantineModel* m_quarantine = nullptr;
    QSortFilterProxyModel* m_quarantineProxy = nullptr;
    ImportLogModel* m_imports = nullptr;
    QString m_sourceId;
    bool m_loading = false;
};

} // namespace bedrot
