// Paints a source's health as a short coloured bar with its score and word beside it.
#pragma once

#include <QStyledItemDelegate>

namespace bedrot {

class HealthBarDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HealthBarDelegate)

public:
    // Reads the score (0–100) from `valueRole` and the bar's colour from `colorRole`; the text is
    // the index's display text.
    explicit HealthBarDelegate(int valueRole, int colorRole, QObject* parent = nullptr);

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

private:
    static constexpr int kBarWidth = 56;
    static constexpr int kBarHeight = 6;
    static constexpr int kGap = 8;
    static constexpr int kPadding = 6;

    int m_valueRole;
    int m_colorRole;
};

} // namespace bedrot
