// Every setting the desktop UI reads or writes, with its key and default.
#pragma once

#include "settingvalue.h"

#include <QByteArray>
#include <QDate>
#include <QString>
#include <QStringList>

namespace bedrot {

class UiSettings
{
public:
    // The workspace opened last from the menu; empty means Workspace::defaultRoot().
    static const SettingValue<QString>& workspacePath();
    // Ask once to open the demo when the default workspace has no warehouse (tests turn it off).
    static const SettingValue<bool>& offerDemoOnFirstLaunch();
    // The date range preset (DateRangeSelector::presetKey) and, for "custom", its days.
    static const SettingValue<QString>& rangePreset();
    static const SettingValue<QDate>& customFrom();
    static const SettingValue<QDate>& customTo();
    // The dashboard page shown last (MainWindow::pageKey).
    static const SettingValue<QString>& dashboardPage();
    // Draw the previous period as a faint line on the time charts (View → Compare with previous period).
    static const SettingValue<bool>& compareWithPrevious();
    // The filter bar's artist, track (ISRC) and platform key; empty means all.
    static const SettingValue<QString>& filterArtist();
    static const SettingValue<QString>& filterTrack();
    static const SettingValue<QString>& filterPlatform();
    // The keys of the alerts already seen in a workspace (AlertsPanel::seenKeys), so a restart
    // does not announce old alerts again.
    static SettingValue<QStringList> seenAlerts(const QString& workspaceRoot);
    static const SettingValue<QByteArray>& windowGeometry();
    static const SettingValue<QByteArray>& windowState();
};

} // namespace bedrot
