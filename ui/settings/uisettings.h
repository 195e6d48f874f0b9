// Every setting the desktop UI reads or writes, with its key and default.
#pragma once

#include "settingvalue.h"

#include <QByteArray>
#include <QDate>
#include <QString>

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
    static const SettingValue<QByteArray>& windowGeometry();
    static const SettingValue<QByteArray>& windowState();
};

} // namespace bedrot
