// Import statuses as the ingest ledger stores them, through the enum's meta-object: the enumerator
// "AlreadyImported" is stored as "already_imported", so existing warehouses read the same.
#include "importresult.h"

#include <QMetaEnum>

namespace bedrot {

QString ImportResult::statusName(Status s)
{
    const QString key = QString::fromLatin1(QMetaEnum::fromType<Status>().valueToKey(int(s)));
    QString out;
    for (const QChar c : key) {
        if (c.isUpper() && !out.isEmpty())
            out += u'_';
        out += c.toLower();
    }
    return out;
}

std::optional<ImportResult::Status> ImportResult::statusFromName(QStringView name)
{
    QString key;
    bool upper = true;
    for (const QChar c : name) {
        if (c == u'_') {
            upper = true;
            continue;
        }
        key += upper ? c.toUpper() : c;
        upper = false;
    }
    bool ok = false;
    const int value = QMetaEnum::fromType<Status>().keyToValue(key.toLatin1().constData(), &ok);
    if (!ok || statusName(Status(value)) != name)
        return std::nullopt;
    return Status(value);
}

} // namespace bedrot
