// Reading, hashing, unpacking and detection for one import. The ZIP reader is used here only.
#include "importplan.h"

#include "lake/rawstore.h"
#include "lake/zipreader.h"
#include "sources/formatregistry.h"

#include <QFileInfo>

#include <algorithm>

namespace bedrot {

ImportPlan::ImportPlan(ImportPlan&&) noexcept = default;
ImportPlan& ImportPlan::operator=(ImportPlan&&) noexcept = default;
ImportPlan::~ImportPlan() = default;

Result<ImportPlan> ImportPlan::fromFile(const QString& path, const QString& fileName)
{
    auto read = FileBuffer::read(path);
    if (!read)
        return read.error().context(QStringLiteral("%1: cannot read the file: ").arg(path));
    auto buffer = std::make_unique<FileBuffer>(std::move(read).value());
    ImportPlan plan;
    plan.m_label = path;
    plan.m_fileName = QFileInfo(fileName.isEmpty() ? path : fileName).fileName();
    plan.m_modified = QFileInfo(path).lastModified();
    plan.setBytes(buffer->bytes());
    plan.m_buffer = std::move(buffer);
    return plan;
}

ImportPlan ImportPlan::fromBytes(const QByteArray& bytes, const QString& name, const QDateTime& taken)
{
    ImportPlan plan;
    plan.m_label = name;
    plan.m_fileName = name;
    plan.m_modified = taken;
    plan.setBytes(bytes);
    return plan;
}

void ImportPlan::setBytes(const QByteArray& bytes)
{
    m_bytes = bytes;
    m_sha256 = RawStore::sha256Hex(bytes);
}

void ImportPlan::recognise(const FormatRegistry& formats)
{
    if (m_recognised)
        return;
    m_recognised = true;

    // A ZIP (TikTok Studio downloads come zipped) contributes each member it holds.
    struct Entry
    {
        QString name;
        QByteArray bytes;
        QDateTime modified;
    };
    std::vector<Entry> entries;
    const QString expected = formats.expectedFormats();
    if (ZipReader::isZip(m_bytes)) {
        const Result<std::vector<ZipEntry>> members = ZipReader::read(m_bytes);
        m_rejectedEncoding = QStringLiteral("binary");
        if (!members) {
            m_rejection = QStringLiteral("%1: not a recognised export: it is a ZIP archive that cannot be "
                                         "read (%2). Expected one of: %3")
                              .arg(m_label, members.error().message, expected);
            return;
        }
        for (const ZipEntry& e : *members)
            entries.push_back(Entry{e.name, e.data, e.modified});
        if (entries.empty()) {
            m_rejection =
                QStringLiteral("%1: not a recognised export: the ZIP archive is empty. Expected one of: %2")
                    .arg(m_label, expected);
            return;
        }
    } else {
        entries.push_back(Entry{QString(), m_bytes, m_modified});
    }

    for (Entry& e : entries) {
        PlannedDocument d;
        d.text = TextDecoder::decode(e.bytes);
        d.format = d.text.binary ? nullptr : formats.detect(d.text);
        if (!d.format) {
            m_skipped << e.name;
            continue;
        }
        d.name = e.name;
        d.context.fileName = m_fileName;
        d.context.entryName = e.name;
        d.context.exportTime = e.modified.isValid() ? e.modified : QDateTime::currentDateTime();
        m_documents.push_back(std::move(d));
    }
    if (!m_documents.empty()) {
        m_rejectedEncoding.clear();
        return;
    }

    QString why;
    const DecodedText first = TextDecoder::decode(entries.front().bytes);
    if (m_bytes.isEmpty()) {
        why = QStringLiteral("the file is empty");
    } else if (entries.size() > 1 || !entries.front().name.isEmpty()) {
        why = QStringLiteral("none of the files in the ZIP archive (%1) is a known export")
                  .arg(m_skipped.join(QStringLiteral(", ")));
    } else if (first.binary) {
        why = QStringLiteral("it is a binary file, not a text export");
    } else {
        QString line = QString::fromUtf8(first.utf8.left(120)).section(u'\n', 0, 0).section(u'\r', 0, 0);
        line.replace(u'\t', QStringLiteral("\\t"));
        why = QStringLiteral("its first line '%1' matches no known export").arg(line);
    }
    m_rejection =
        QStringLiteral("%1: not a recognised export: %2. Expected one of: %3").arg(m_label, why, expected);
    m_rejectedEncoding = first.binary ? QStringLiteral("binary") : first.encodingName();
}

ImportStage ImportPlan::stage() const
{
    if (m_documents.empty())
        return ImportStage::Analytics;
    ImportStage latest = ImportStage::Catalog;
    for (const PlannedDocument& d : m_documents)
        latest = std::max(latest, d.format->importStage());
    return latest;
}

} // namespace bedrot
