// The first step of an import: the bytes of one file (or of a landed API reply), their hash, and
// what they hold — each text (a plain file, or every member of a ZIP archive) decoded and its
// format detected once. Nothing here touches the warehouse.
#pragma once

#include "domain/result.h"
#include "etl/textdecoder.h"
#include "lake/filebuffer.h"
#include "sources/fileformat.h"
#include "sources/parsecontext.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

namespace bedrot {

class FormatRegistry;

// One text to parse and the format that recognised it.
struct PlannedDocument
{
    QString name; // the member's name inside a ZIP; empty for a plain file
    DecodedText text;
    const FileFormat* format = nullptr;
    ParseContext context;
};

class ImportPlan
{
public:
    // Reads a file. `label` names it in messages (the path as given); `fileName` is the name the
    // parsers and the ledger see (a rebuild passes the original name of a raw file).
    static Result<ImportPlan> fromFile(const QString& path, const QString& fileName = QString());
    // Bytes that never were a file (a landed API reply): a name and the time they were taken.
    static ImportPlan fromBytes(const QByteArray& bytes, const QString& name, const QDateTime& taken);

    ImportPlan(ImportPlan&&) noexcept;
    ImportPlan& operator=(ImportPlan&&) noexcept;
    ~ImportPlan();

    const QString& label() const { return m_label; }
    const QString& fileName() const { return m_fileName; }
    const QByteArray& bytes() const { return m_bytes; }
    const QString& sha256() const { return m_sha256; }
    // The file's modification time, or when the bytes were taken.
    const QDateTime& modified() const { return m_modified; }

    // Unpacks and detects every document; done once, later calls return at once.
    void recognise(const FormatRegistry& formats);
    // The recognised documents (after recognise()), in archive order.
    std::vector<PlannedDocument>& documents() { return m_documents; }
    const std::vector<PlannedDocument>& documents() const { return m_documents; }
    // ZIP members no format recognised.
    const QStringList& skipped() const { return m_skipped; }
    // Why nothing can be imported (after recognise(); empty when there are documents), and the
    // encoding the ledger records for it.
    const QString& rejection() const { return m_rejection; }
    const QString& rejectedEncoding() const { return m_rejectedEncoding; }
    // When this file goes among others: the latest stage of its documents (Analytics when none).
    ImportStage stage() const;

private:
    ImportPlan() = default;
    void setBytes(const QByteArray& bytes);

    std::unique_ptr<FileBuffer> m_buffer; // owns what m_bytes points into, for a read file
    QByteArray m_bytes;
    QString m_label, m_fileName, m_sha256;
    QDateTime m_modified;
    bool m_recognised = false;
    std::vector<PlannedDocument> m_documents;
    QStringList m_skipped;
    QString m_rejection, m_rejectedEncoding;
};

} // namespace bedrot
