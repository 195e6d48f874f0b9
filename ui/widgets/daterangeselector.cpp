// Date range presets and custom days, kept consistent across the combo box, the date edits and the menu.
#include "daterangeselector.h"

#include <QAction>
#include <QActionGroup>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>

namespace bedrot {

namespace {
constexpr DateRangeSelector::Preset kPresets[] = {
    DateRangeSelector::Preset::Last30Days, DateRangeSelector::Preset::Last90Days,
    DateRangeSelector::Preset::ThisYear,   DateRangeSelector::Preset::LastYear,
    DateRangeSelector::Preset::AllTime,    DateRangeSelector::Preset::Custom};
} // namespace

DateRangeSelector::DateRangeSelector(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("date-range"));
    m_combo = new QComboBox(this);
    m_combo->setObjectName(QStringLiteral("date-range-preset"));
    m_actions = new QActionGroup(this);
    m_actions->setExclusive(true);
    for (Preset p : kPresets) {
        m_combo->addItem(presetTitle(p), int(p));
        if (p == Preset::Custom)
            continue; // chosen by editing the days, not from a menu
        QAction* a = m_actions->addAction(presetTitle(p));
        a->setCheckable(true);
        a->setData(int(p));
    }
    m_fromEdit = new QDateEdit(this);
    m_fromEdit->setObjectName(QStringLiteral("date-range-from"));
    m_toEdit = new QDateEdit(this);
    m_toEdit->setObjectName(QStringLiteral("date-range-to"));
    for (QDateEdit* e : {m_fromEdit, m_toEdit}) {
        e->setCalendarPopup(true);
        e->setDisplayFormat(QStringLiteral("yyyy-MM-dd")); // unambiguous in every locale
        e->setMinimumDate(QDate(1990, 1, 1));
        e->setMaximumDate(QDate(2100, 12, 31));
    }
    m_fromEdit->setToolTip(tr("First day of the range (inclusive)"));
    m_toEdit->setToolTip(tr("Last day of the range (inclusive)"));

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    auto* label = new QLabel(tr("Range"), this);
    label->setBuddy(m_combo);
    layout->addWidget(label);
    layout->addWidget(m_combo);
    layout->addWidget(m_fromEdit);
    layout->addWidget(new QLabel(QStringLiteral("\u2013"), this));
    layout->addWidget(m_toEdit);

    connect(m_combo, &QComboBox::activated, this,
            [this](int index) { setPreset(static_cast<Preset>(m_combo->itemData(index).toInt())); });
    connect(m_actions, &QActionGroup::triggered, this,
            [this](QAction* a) { setPreset(static_cast<Preset>(a->data().toInt())); });
    connect(m_fromEdit, &QDateEdit::editingFinished, this, &DateRangeSelector::onDateEdited);
    connect(m_toEdit, &QDateEdit::editingFinished, this, &DateRangeSelector::onDateEdited);

    const auto [from, to] = rangeFor(Preset::AllTime, QDate::currentDate(), {}, {});
    apply(Preset::AllTime, from, to);
}

std::pair<QDate, QDate> DateRangeSelector::rangeFor(Preset preset, QDate today, QDate first, QDate last)
{
    switch (preset) {
    case Preset::Last30Days:
        return {today.addDays(-29), today};
    case Preset::Last90Days:
        return {today.addDays(-89), today};
    case Preset::ThisYear:
        return {QDate(today.year(), 1, 1), today};
    case Preset::LastYear:
        return {QDate(today.year() - 1, 1, 1), QDate(today.year() - 1, 12, 31)};
    case Preset::AllTime:
    case Preset::Custom:
        if (first.isValid() && last.isValid() && first <= last)
            return {first, last};
        return everything(); // before the warehouse has answered
    }
    return {today, today};
}

QString DateRangeSelector::presetKey(Preset preset)
{
    switch (preset) {
    case Preset::Last30Days:
        return QStringLiteral("last30");
    case Preset::Last90Days:
        return QStringLiteral("last90");
    case Preset::ThisYear:
        return QStringLiteral("thisYear");
    case Preset::LastYear:
        return QStringLiteral("lastYear");
    case Preset::AllTime:
        return QStringLiteral("all");
    case Preset::Custom:
        return QStringLiteral("custom");
    }
    return {};
}

DateRangeSelector::Preset DateRangeSelector::presetFromKey(const QString& key, Preset fallback)
{
    for (Preset p : kPresets)
        if (presetKey(p) == key)
            return p;
    return fallback;
}

QString DateRangeSelector::presetTitle(Preset preset)
{
    switch (preset) {
    case Preset::Last30Days:
        return tr("Last 30 days");
    case Preset::Last90Days:
        return tr("Last 90 days");
    case Preset::ThisYear:
        return tr("This year");
    case Preset::LastYear:
        return tr("Last year");
    case Preset::AllTime:
        return tr("All time");
    case Preset::Custom:
        return tr("Custom");
    }
    return {};
}

void DateRangeSelector::setPreset(Preset preset)
{
    if (preset == Preset::Custom) {
        apply(Preset::Custom, m_from, m_to); // keep the days on screen, now editable as custom
        return;
    }
    const auto [from, to] = rangeFor(preset, QDate::currentDate(), m_first, m_last);
    apply(preset, from, to);
}

void DateRangeSelector::setCustomRange(QDate from, QDate to)
{
    if (!from.isValid() || !to.isValid())
        return;
    if (from > to)
        std::swap(from, to);
    apply(Preset::Custom, from, to);
}

void DateRangeSelector::setDataExtent(QDate first, QDate last)
{
    if (!first.isValid() || !last.isValid())
        return; // an empty warehouse keeps the wide default
    m_first = first;
    m_last = last;
    if (m_preset == Preset::AllTime)
        apply(Preset::AllTime, first, last);
}

void DateRangeSelector::clearDataExtent()
{
    m_first = m_last = QDate();
    if (m_preset == Preset::AllTime)
        setPreset(Preset::AllTime);
}

void DateRangeSelector::onDateEdited()
{
    const QDate from = m_fromEdit->date(), to = m_toEdit->date();
    if (from == m_from && to == m_to)
        return;
    setCustomRange(from, to);
}

void DateRangeSelector::apply(Preset preset, QDate from, QDate to)
{
    const bool presetMoved = preset != m_preset;
    const bool rangeMoved = from != m_from || to != m_to;
    m_preset = preset;
    m_from = from;
    m_to = to;
    {
        // Programmatic updates must not come back as user edits.
        const QSignalBlocker b1(m_combo), b2(m_fromEdit), b3(m_toEdit), b4(m_actions);
        m_combo->setCurrentIndex(m_combo->findData(int(preset)));
        m_fromEdit->setDate(from);
        m_toEdit->setDate(to);
        for (QAction* a : m_actions->actions())
            a->setChecked(a->data().toInt() == int(preset));
    }
    if (presetMoved)
        Q_EMIT presetChanged(preset);
    if (rangeMoved)
        Q_EMIT rangeChanged(from, to);
}

} // namespace bedrot
