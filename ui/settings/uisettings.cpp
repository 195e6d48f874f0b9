// Keys and defaults of the UI settings.
#include "uisettings.h"

#include <QCryptographicHash>

namespace bedrot {

const SettingValue<QString>& UiSettings::workspacePath()
{
    static const SettingValue<QString> s(QStringLiteral("workspace/path"), QString());
    return s;
}

const SettingValue<bool>& UiSettings::offerDemoOnFirstLaunch()
{
    static const SettingValue<bool> s(QStringLiteral("ui/offerDemoOnFirstLaunch"), true);
    return s;
}

const SettingValue<QString>& UiSettings::rangePreset()
{
    // Statements lag by months, so a relative range would open on an empty dashboard.
    static const SettingValue<QString> s(QStringLiteral("view/rangePreset"), QStringLiteral("all"));
    return s;
}

const SettingValue<QDate>& UiSettings::customFrom()
{
    static const SettingValue<QDate> s(QStringLiteral("view/customFrom"), QDate());
    return s;
}

const SettingValue<QDate>& UiSettings::customTo()
{
    static const SettingValue<QDate> s(QStringLiteral("view/customTo"), QDate());
    return s;
}

const SettingValue<QString>& UiSettings::dashboardPage()
{
    static const SettingValue<QString> s(QStringLiteral("view/page"), QStringLiteral("overview"));
    return s;
}

const SettingValue<bool>& UiSettings::compareWithPrevious()
{
    static const SettingValue<bool> s(QStringLiteral("view/compareWithPrevious"), false);
    return s;
}

const SettingValue<QString>& UiSettings::filterArtist()
{
    static const SettingValue<QString> s(QStringLiteral("view/filterArtist"), QString());
    return s;
}

const SettingValue<QString>& UiSettings::filterTrack()
{
    static const SettingValue<QString> s(QStringLiteral("view/filterTrack"), QString());
    return s;
}

const SettingValue<QString>& UiSettings::filterPlatform()
{
    static const SettingValue<QString> s(QStringLiteral("view/filterPlatform"), QString());
    return s;
}

SettingValue<QStringList> UiSettings::seenAlerts(const QString& workspaceRoot)
{
    // A path is no settings key (its slashes make groups): one key per workspace, by the path's hash.
    const QByteArray hash =
        QCryptographicHash::hash(workspaceRoot.toUtf8(), QCryptographicHash::Sha1).toHex().left(16);
    return SettingValue<QStringList>(QStringLiteral("alerts/seen-") + QString::fromLatin1(hash),
                                     QStringList());
}

const SettingValue<QByteArray>& UiSettings::windowGeometry()
{
    static const SettingValue<QByteArray> s(QStringLiteral("window/geometry"), QByteArray());
    return s;
}

const SettingValue<QByteArray>& UiSettings::windowState()
{
    static const SettingValue<QByteArray> s(QStringLiteral("window/state"), QByteArray());
    return s;
}

} // namespace bedrot
