// Health bar: the item's normal background and selection, then a track, a fill and the text.
#include "healthbardelegate.h"

#include "theme/darktheme.h"

#include <QApplication>
#include <QPainter>
#include <QStyle>

#include <algorithm>

namespace bedrot {

HealthBarDelegate::HealthBarDelegate(int valueRole, int colorRole, QObject* parent)
    : QStyledItemDelegate(parent), m_valueRole(valueRole), m_colorRole(colorRole)
{
}

void HealthBarDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                              const QModelIndex& index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    opt.text.clear();
    const QStyle* style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

    const int value = std::clamp(index.data(m_valueRole).toInt(), 0, 100);
    const QColor colour = index.data(m_colorRole).value<QColor>();
    const QRect cell = opt.rect.adjusted(kPadding, 0, -kPadding, 0);
    const QRect track(cell.left(), cell.center().y() - kBarHeight / 2 + 1, kBarWidth, kBarHeight);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(QColor(QLatin1String(theme::kBorder)));
    painter->drawRoundedRect(track, kBarHeight / 2.0, kBarHeight / 2.0);
    if (value > 0) {
        QRect fill = track;
        fill.setWidth(std::max(kBarHeight, kBarWidth * value / 100));
        painter->setBrush(colour);
        painter->drawRoundedRect(fill, kBarHeight / 2.0, kBarHeight / 2.0);
    }
    const QRect textRect = cell.adjusted(kBarWidth + kGap, 0, 0, 0);
    // On the selection colour the red and amber words lose contrast: the bar keeps the colour.
    const bool selected = opt.state.testFlag(QStyle::State_Selected);
    painter->setPen(selected || !colour.isValid() ? opt.palette.color(QPalette::Text) : colour);
    painter->setFont(opt.font);
    painter->drawText(textRect, Qt::AlignLeft | Qt::AlignVCenter,
                      opt.fontMetrics.elidedText(text, Qt::ElideRight, textRect.width()));
    painter->restore();
}

QSize HealthBarDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    const int textWidth = option.fontMetrics.horizontalAdvance(index.data(Qt::DisplayRole).toString());
    size.setWidth(std::max(size.width(), 2 * kPadding + kBarWidth + kGap + textWidth + 4));
    return size;
}

} // namespace bedrot
