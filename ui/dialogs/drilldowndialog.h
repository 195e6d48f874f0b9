// The rows behind a KPI: a filterable, sortable table of the answer of Insights::drillDown, a
// footer with the exact sum of the rows shown, and an export of exactly those rows as CSV.
#pragma once

#include "domain/insightvalues.h"

#include <QByteArray>
#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace bedrot {

class CsvWriter;
class DrillDownModel;

class DrillDownDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DrillDownDialog)

public:
    // Named "drilldown-dialog"; the filter "drilldown-filter", the table "drilldown-view", the footer
    // "drilldown-footer", the capped/error note "drilldown-note", the button "drilldown-export".
    explicit DrillDownDialog(QWidget* parent = nullptr);

    DrillDownModel* model() const { return m_model; }
    QSortFilterProxyModel* proxy() const { return m_proxy; }
    QTableView* view() const { return m_view; }
    QLineEdit* filterEdit() const { return m_filter; }
    QString kpiId() const { return m_kpiId; }
    // "Rows behind Revenue"
    static QString titleFor(const QString& kpiId);
    // What the rows are narrowed to: "2024-02-01 to 2024-02-29 · artist Nova Lane · country US" (the
    // label "drilldown-scope" under the title).
    static QString scopeText(const Filter& filter);

    // The rows shown (after filter and sort), as source-model rows in view order.
    QList<int> visibleRows() const;
    // The exact, unformatted sum of the value column over the rows shown; empty without one.
    QString visibleSum() const;
    // "5 rows · sum of Earnings (USD): 12.35"
    QString footerText() const;
    // "Showing the first 10,000 of 25,300 rows…", the error, "Loading…", or empty.
    QString noteText() const;
    bool isLoading() const { return m_loading; }

    // Exactly the rows shown, in view order, under a header of column ids (RFC 4180, UTF-8).
    QByteArray csv() const;
    // Writes csv() to `path`; returns an error message or empty.
    QString exportCsv(const QString& path) const;
    // "revenue_rows.csv"
    QString suggestedFileName() const;

public Q_SLOTS:
    // Titles the dialog for a KPI and says its rows are on their way (the owner has asked for them).
    // A KPI other than the last one starts without a filter and in the warehouse's order.
    void setLoading(const QString& kpiId);
    // Shows an answer. While loading, an answer for another KPI than the one asked for is ignored.
    void setDrillDown(const bedrot::DrillDown& drillDown);
    // Asks where to save, then exports.
    void exportCsvWithDialog();

Q_SIGNALS:
    void exported(const QString& path);
    void exportFailed(const QString& error);
    // The user double-clicked a row: the raw file in the workspace (e.g. "lake/raw/ab/abcd…"), the
    // file's name as imported, and the line.
    void rawFileActivated(const QString& rawFile, const QString& fileName, qint64 line);

private:
    CsvWriter csvWriter() const;
    void updateFooter();
    void onActivated(const QModelIndex& index);
    enum class Tone
    {
        Neutral,
        Warning,
        Problem
    };
    void setNote(const QString& text, Tone tone);
    void setKpi(const QString& kpiId);

    DrillDownModel* m_model = nullptr;
    QSortFilterProxyModel* m_proxy = nullptr;
    QLabel* m_title = nullptr;
    QLabel* m_definition = nullptr;
    QLabel* m_scope = nullptr;
    QLineEdit* m_filter = nullptr;
    QTableView* m_view = nullptr;
    QLabel* m_note = nullptr;
    QLabel* m_footer = nullptr;
    QPushButton* m_export = nullptr;
    QString m_kpiId;
    bool m_loading = false;
};

} // namespace bedrot
