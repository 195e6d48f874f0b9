// A small line of a KPI's recent series, painted under its value: the shape, not the numbers
// (those are on the card and in the charts). No axes, no labels.
#pragma once

#include <QList>
#include <QWidget>

namespace bedrot {

class Sparkline final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Sparkline)

public:
    static constexpr int kHeight = 24;

    explicit Sparkline(QWidget* parent = nullptr);

    const QList<double>& values() const { return m_values; }
    // Fewer than two values draw nothing (a point is no trend).
    void setValues(const QList<double>& values);
    bool hasLine() const { return m_values.size() >= 2; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QList<double> m_values;
};

} // namespace bedrot
