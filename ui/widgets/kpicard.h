// One KPI on the dashboard: title, value, how it moved against the previous period, a progress bar
// and status word for goals, and a tooltip that explains the number.
#pragma once

#include <QFrame>

class QLabel;
class QProgressBar;

namespace bedrot {

class Sparkline;
struct DashboardData;

class KpiCard final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KpiCard)

public:
    // Colour of the caption: Up is good news (green), Down bad news (red). For costs and delays a
    // rise is bad news, so an ▲ there comes out as Down.
    enum class Tone
    {
        Neutral,
        Up,
        Down,
        Muted
    };
    Q_ENUM(Tone)
    // Goal progress in words (KPIS.md): ≥100 achieved, ≥75 on track, ≥50 behind, else at risk.
    enum class GoalStatus
    {
        None,
        Achieved,
        OnTrack,
        Behind,
        AtRisk
    };
    Q_ENUM(GoalStatus)

    // Named "kpi-<id>" so tests and style sheets can find it.
    explicit KpiCard(const QString& kpiId, QWidget* parent = nullptr);

    const QString& kpiId() const { return m_id; }
    // Full texts (the value label may show them elided).
    const QString& valueText() const { return m_value; }
    const QString& captionText() const { return m_caption; }
    Tone tone() const { return m_tone; }
    bool isGoal() const { return m_progress != nullptr; }
    GoalStatus goalStatus() const { return m_goalStatus; }
    // The status word under a goal's bar ("on track"); empty without a value or for other KPIs.
    QString goalStatusText() const;
    // 0–100, or -1 when the bar shows no value.
    int progressValue() const;

    static GoalStatus goalStatusFor(double percent);
    static QString goalStatusName(GoalStatus status);
    // KPIs where less is better (costs, delays): their rises are coloured as bad news.
    static bool lowerIsBetter(const QString& kpiId);

    // The recent series a card's sparkline draws, from the answer's series: revenue by month for
    // revenue, daily streams for streams, the follower series for followers, … Empty for KPIs
    // without one (ratios, names, goals).
    static QList<double> sparklineSeries(const QString& kpiId, const DashboardData& data);
    // Null for goal cards (their bar says it).
    const Sparkline* sparkline() const { return m_sparkline; }

    void showData(const DashboardData& data);
    // Back to "no data" (a workspace is opening).
    void clear();

Q_SIGNALS:
    // Double-click, or Enter while the card has focus: show the rows behind this KPI.
    void drillDownRequested(const QString& kpiId);

protected:
    void resizeEvent(QResizeEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    void setContent(const QString& value, const QString& caption, Tone tone, const QString& tooltip);
    void setGoal(GoalStatus status, double percent);
    void updateElided();
    static void repolish(QWidget* widget);

    QString m_id;
    QString m_value;
    QString m_caption;
    Tone m_tone = Tone::Muted;
    GoalStatus m_goalStatus = GoalStatus::None;
    QLabel* m_titleLabel = nullptr;
    QLabel* m_valueLabel = nullptr;
    QLabel* m_captionLabel = nullptr;
    Sparkline* m_sparkline = nullptr;   // all but goals
    QProgressBar* m_progress = nullptr; // goals only
    QLabel* m_statusLabel = nullptr;    // goals only
};

} // namespace bedrot
