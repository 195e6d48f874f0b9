// The sources panel: every source's last import, freshness and health score in a sortable table,
// the problems of the selected source in words, and a button that asks for a refresh of all.
#pragma once

#include "domain/insightvalues.h"

#include <QList>
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace bedrot {

class SourcesModel;

class SourcesPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SourcesPanel)

public:
    // Named "sources-panel"; its table "sources-view", the problems "sources-problems", the button
    // "sources-refresh-all", the details button "sources-details".
    explicit SourcesPanel(QWidget* parent = nullptr);

    SourcesModel* model() const { return m_model; }
    QSortFilterProxyModel* proxy() const { return m_proxy; }
    QTableView* view() const { return m_view; }
    // The id of the selected source, or empty.
    QString selectedSourceId() const;
    // Selects a source by id; false when there is no such source.
    bool selectSource(const QString& id);
    // What the problems area shows.
    QString problemsText() const;
    bool isRefreshing() const { return m_refreshing; }

public Q_SLOTS:
    // The sources of the latest dashboard answer. The selection follows its source id.
    void setSources(const QList<bedrot::SourceStatus>& sources);
    // While a refresh runs the button is disabled and says so; the owner clears it when done.
    void setRefreshing(bool refreshing);

    // Asks for the selected source's details (detailsRequested); false without a selection.
    bool requestDetails();

Q_SIGNALS:
    void refreshRequested();
    // The user asked for a source's imports and quarantined rows (the details button, a
    // double-click or Enter on a row).
    void detailsRequested(const QString& sourceId);

private:
    void showProblems();

    SourcesModel* m_model = nullptr;
    QSortFilterProxyModel* m_proxy = nullptr;
    QTableView* m_view = nullptr;
    QLabel* m_problemsTitle = nullptr;
    QPlainTextEdit* m_problems = nullptr;
    QPushButton* m_refresh = nullptr;
    QPushButton* m_details = nullptr;
    bool m_refreshing = false;
};

} // namespace bedrot
