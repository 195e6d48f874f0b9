// Turns the bytes of an export file into UTF-8 text: BOMs, UTF-16 (Excel), Latin-1 fall-back, binary check.
#pragma once

#include <QByteArray>
#include <QString>

namespace bedrot {

struct DecodedText
{
    enum class Encoding
    {
        Utf8,
        Utf8Bom,
        Utf16LE,
        Utf16BE,
        Latin1
    };
    QByteArray utf8; // the text as UTF-8, BOM removed
    Encoding encoding = Encoding::Utf8;
    bool binary = false; // looks like a binary file (NUL bytes, not UTF-16)
    QString encodingName() const;
};

class TextDecoder
{
public:
    // Decodes a whole file's bytes. Never fails: binary content is flagged, not guessed at.
    static DecodedText decode(const QByteArray& bytes);
    // True when the bytes are valid UTF-8.
    static bool isValidUtf8(const QByteArray& bytes);
};

} // namespace bedrot
