// The whole KPI catalog as cards, one section per group (Revenue, Streams, Audience, Marketing,
// Email, Goals) with a heading, in a grid whose column count follows the width.
#pragma once

#include <QList>
#include <QWidget>

class QGridLayout;
class QLabel;

namespace bedrot {

class KpiCard;
struct DashboardData;

class KpiBoard final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KpiBoard)

public:
    // Cards never get narrower than this; the grid drops a column first.
    static constexpr int kMinCardWidth = 228;
    static constexpr int kMaxColumns = 6;
    static constexpr int kMinColumns = 2;

    // Named "kpi-board".
    explicit KpiBoard(QWidget* parent = nullptr);

    // The groups in the order shown, and the ids in each (catalog order within a group).
    static QStringList groups();
    static QStringList idsOf(const QString& group);
    // Every card, in layout order.
    const QList<KpiCard*>& cards() const { return m_cards; }
    KpiCard* card(const QString& kpiId) const;
    int columns() const { return m_columns; }
    // How many columns fit in `width` pixels.
    static int columnsFor(int width);

    void showData(const DashboardData& data);
    void clear();

Q_SIGNALS:
    // A card was double-clicked or Enter was pressed on it.
    void drillDownRequested(const QString& kpiId);

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    struct Section
    {
        QString group;
        QGridLayout* grid = nullptr;
        QList<KpiCard*> cards;
        QList<QWidget*> placeholders; // holds empty columns of a short group
    };
    void relayout(int columns);
    static QString subtitleOf(const QString& group);

    QList<Section> m_sections;
    QList<KpiCard*> m_cards;
    int m_columns = 0;
};

} // namespace bedrot
