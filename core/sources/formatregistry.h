// All known export formats, and detection of a file's format by its content.
#pragma once

#include <QString>

#include <memory>
#include <vector>

namespace bedrot {

class FileFormat;
struct DecodedText;

class FormatRegistry
{
public:
    FormatRegistry();
    ~FormatRegistry();
    FormatRegistry(const FormatRegistry&) = delete;
    FormatRegistry& operator=(const FormatRegistry&) = delete;

    // The format that recognises this text, or nullptr.
    const FileFormat* detect(const DecodedText& text) const;
    const FileFormat* byId(const QString& id) const;
    // "expected one of: …" for a rejection message.
    QString expectedFormats() const;
    const std::vector<std::unique_ptr<FileFormat>>& formats() const { return m_formats; }

private:
    std::vector<std::unique_ptr<FileFormat>> m_formats;
};

} // namespace bedrot
