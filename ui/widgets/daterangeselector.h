// The date range the dashboard shows: presets (last 30/90 days, this/last year, all time) or custom days.
#pragma once

#include <QDate>
#include <QWidget>

#include <utility>

class QActionGroup;
class QComboBox;
class QDateEdit;

namespace bedrot {

class DateRangeSelector final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DateRangeSelector)

public:
    enum class Preset
    {
        Last30Days,
        Last90Days,
        ThisYear,
        LastYear,
        AllTime,
        Custom
    };
    Q_ENUM(Preset)

    explicit DateRangeSelector(QWidget* parent = nullptr);

    Preset preset() const { return m_preset; }
    QDate from() const { return m_from; }
    QDate to() const { return m_to; }
    // True once the warehouse told us its first and last day ("All time" then follows them).
    bool hasDataExtent() const { return m_first.isValid() && m_last.isValid(); }
    // Checkable, mutually exclusive actions for the View menu, kept in step with the combo box.
    QActionGroup* presetActions() const { return m_actions; }

    // Relative presets count back from `today`; "All time" is the data's extent, or a wide default
    // while the extent is unknown. Custom keeps whatever the caller had.
    static std::pair<QDate, QDate> rangeFor(Preset preset, QDate today, QDate first, QDate last);
    // Wide enough for any catalogue, including statements dated ahead of the clock.
    static std::pair<QDate, QDate> everything() { return {QDate(1990, 1, 1), QDate(2100, 12, 31)}; }
    static QString presetKey(Preset preset);
    static Preset presetFromKey(const QString& key, Preset fallback = Preset::AllTime);
    static QString presetTitle(Preset preset);

public Q_SLOTS:
    void setPreset(bedrot::DateRangeSelector::Preset preset);
    void setCustomRange(QDate from, QDate to);
    // The warehouse's extent, from each dashboard answer. Emits rangeChanged when "All time" moves.
    void setDataExtent(QDate first, QDate last);
    // Another workspace: forget the extent ("All time" goes back to the wide default).
    void clearDataExtent();

Q_SIGNALS:
    void rangeChanged(QDate from, QDate to);
    void presetChanged(bedrot::DateRangeSelector::Preset preset);

private:
    void apply(Preset preset, QDate from, QDate to);
    void onDateEdited();

    Preset m_preset = Preset::AllTime;
    QDate m_from;
    QDate m_to;
    QDate m_first;
    QDate m_last;
    QComboBox* m_combo = nullptr;
    QDateEdit* m_fromEdit = nullptr;
    QDateEdit* m_toEdit = nullptr;
    QActionGroup* m_actions = nullptr;
};

} // namespace bedrot
