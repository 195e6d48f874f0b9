// Content-addressed raw store. Writes go to a temporary file renamed into place, so a kill never
// leaves a half-written raw file under a valid hash.
#include "rawstore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <openssl/evp.h>

#include <algorithm>

namespace bedrot {

RawStore::RawStore(QString rawDir) : m_dir(std::move(rawDir)) {}

QString RawStore::sha256Hex(const QByteArray& bytes)
{
    // OpenSSL uses the CPU's SHA extensions: several times faster than QCryptographicHash on
    // statements of a hundred megabytes.
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (EVP_Digest(bytes.constData(), size_t(bytes.size()), digest, &length, EVP_sha256(), nullptr) == 1)
        return QString::fromLatin1(QByteArray(reinterpret_cast<const char*>(digest), int(length)).toHex());
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

QString RawStore::pathFor(const QString& sha256) const
{
    return m_dir + u'/' + sha256.left(2) + u'/' + sha256;
}

bool RawStore::contains(const QString& sha256) const
{
    return QFileInfo::exists(pathFor(sha256));
}

Result<RawFile> RawStore::put(const QByteArray& bytes, const QString& originalName, const QString& artist,
                              const QDateTime& modified)
{
    RawFile raw;
    raw.sha256 = sha256Hex(bytes);
    raw.path = pathFor(raw.sha256);
    raw.size = bytes.size();
    raw.originalName = originalName;
    raw.firstSeen = QDateTime::currentDateTimeUtc();
    raw.artist = artist;
    const QString sidecar = raw.path + QStringLiteral(".json");
    if (QFileInfo::exists(raw.path) && QFileInfo::exists(sidecar)) {
        QFile meta(sidecar);
        if (meta.open(QIODevice::ReadOnly)) {
            const QJsonObject o = QJsonDocument::fromJson(meta.readAll()).object();
            raw.originalName = o.value(QStringLiteral("original_name")).toString(originalName);
            raw.firstSeen =
                QDateTime::fromString(o.value(QStringLiteral("first_seen")).toString(), Qt::ISODateWithMs);
            raw.artist = o.value(QStringLiteral("artist")).toString(artist);
        }
        return raw;
    }
    if (!QDir().mkpath(QFileInfo(raw.path).absolutePath()))
        return fail(QStringLiteral("cannot create the raw store folder for %1").arg(raw.path));
    QJsonObject meta{{QStringLiteral("original_name"), originalName},
                     {QStringLiteral("first_seen"), raw.firstSeen.toString(Qt::ISODateWithMs)},
                     {QStringLiteral("size"), double(bytes.size())}};
    if (!artist.isEmpty())
        meta.insert(QStringLiteral("artist"), artist);
    for (const auto& [target, content] :
         {std::pair{raw.path, bytes},
          std::pair{sidecar, QJsonDocument(meta).toJson(QJsonDocument::Compact)}}) {
        QSaveFile out(target);
        if (!out.open(QIODevice::WriteOnly) || out.write(content) != content.size() || !out.commit())
            return fail(QStringLiteral("cannot write %1: %2").arg(target, out.errorString()));
    }
    if (modified.isValid()) {
        QFile copy(raw.path);
        if (copy.open(QIODevice::ReadOnly))
            copy.setFileTime(modified, QFileDevice::FileModificationTime);
    }
    QFile::setPermissions(raw.path, QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther);
    return raw;
}

RawFile RawStore::get(const QString& sha256) const
{
    RawFile raw;
    if (!contains(sha256))
        return raw;
    raw.sha256 = sha256;
    raw.path = pathFor(sha256);
    raw.size = QFileInfo(raw.path).size();
    QFile meta(raw.path + QStringLiteral(".json"));
    if (meta.open(QIODevice::ReadOnly)) {
        const QJsonObject o = QJsonDocument::fromJson(meta.readAll()).object();
        raw.originalName = o.value(QStringLiteral("original_name")).toString();
        raw.firstSeen =
            QDateTime::fromString(o.value(QStringLiteral("first_seen")).toString(), Qt::ISODateWithMs);
        raw.artist = o.value(QStringLiteral("artist")).toString();
    }
    return raw;
}

std::vector<RawFile> RawStore::list() const
{
    std::vector<RawFile> files;
    QDirIterator it(m_dir, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString name = QFileInfo(path).fileName();
        if (name.size() != 64 || name.contains(u'.'))
            continue;
        RawFile raw;
        raw.sha256 = name;
        raw.path = path;
        raw.size = QFileInfo(path).size();
        QFile meta(path + QStringLiteral(".json"));
        if (meta.open(QIODevice::ReadOnly)) {
            const QJsonObject o = QJsonDocument::fromJson(meta.readAll()).object();
            raw.originalName = o.value(QStringLiteral("original_name")).toString();
            raw.firstSeen =
                QDateTime::fromString(o.value(QStringLiteral("first_seen")).toString(), Qt::ISODateWithMs);
            raw.artist = o.value(QStringLiteral("artist")).toString();
        }
        if (!raw.firstSeen.isValid())
            raw.firstSeen = QFileInfo(path).birthTime();
        files.push_back(raw);
    }
    std::sort(files.begin(), files.end(), [](const RawFile& a, const RawFile& b) {
        if (a.firstSeen != b.firstSeen)
            return a.firstSeen < b.firstSeen;
        return a.sha256 < b.sha256;
    });
    return files;
}

} // namespace bedrot
