// A typed QSettings entry: the key and its default live in one place, so no caller can misspell either.
#pragma once

#include <QSettings>
#include <QString>
#include <QVariant>

namespace bedrot {

template <typename T> class SettingValue
{
public:
    SettingValue(QString key, T defaultValue) : m_key(std::move(key)), m_default(std::move(defaultValue)) {}

    const QString& key() const { return m_key; }
    const T& defaultValue() const { return m_default; }
    T get() const
    {
        const QVariant v = QSettings().value(m_key);
        return v.isValid() && v.canConvert<T>() ? v.value<T>() : m_default;
    }
    void set(const T& value) const
    {
        QSettings settings;
        // The same value again (the window restoring its own state) would still rewrite the file.
        if (const QVariant v = settings.value(m_key);
            v.isValid() && v.canConvert<T>() && v.value<T>() == value)
            return;
        settings.setValue(m_key, QVariant::fromValue(value));
    }
    void reset() const { QSettings().remove(m_key); }

private:
    QString m_key;
    T m_default;
};

} // namespace bedrot
