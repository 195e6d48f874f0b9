// One KPI on the dashboard: title, value, a caption (change, "as of", "no data") and a tooltip that
// explains the number.
#pragma once

#include <QFrame>

class QLabel;

namespace bedrot {

struct DashboardData;

class KpiCard final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KpiCard)

public:
    enum class Tone { Neutral, Up, Down, Muted };
    Q_ENUM(Tone)

    // Named "kpi-<id>" so tests and style sheets can find it.
    explicit KpiCard(const QString& kpiId, QWidget* parent = nullptr);

    const QString& kpiId() const { return m_id; }
    // Full texts (the value label may show them elided).
    const QString& valueText() const { return m_value; }
    const QString& captionText() const { return m_caption; }
    Tone tone() const { return m_tone; }

    void showData(const DashboardData& data);
    // Back to "no data" (a workspace is opening).
    void clear();

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void setContent(const QString& value, const QString& caption, Tone tone, const QString& tooltip);
    void updateElided();

    QString m_id;
    QString m_value;
    QString m_caption;
    Tone m_tone = Tone::Muted;
    QLabel* m_titleLabel = nullptr;
    QLabel* m_valueLabel = nullptr;
    QLabel* m_captionLabel = nullptr;
};

} // namespace bedrot
