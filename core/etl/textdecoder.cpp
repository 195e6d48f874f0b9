// Encoding detection for export files.
#include "textdecoder.h"

#include <QStringDecoder>

#include <algorithm>
#include <cstring>

namespace bedrot {

QString DecodedText::encodingName() const
{
    switch (encoding) {
    case Encoding::Utf8:
        return QStringLiteral("UTF-8");
    case Encoding::Utf8Bom:
        return QStringLiteral("UTF-8 (BOM)");
    case Encoding::Utf16LE:
        return QStringLiteral("UTF-16LE");
    case Encoding::Utf16BE:
        return QStringLiteral("UTF-16BE");
    case Encoding::Latin1:
        return QStringLiteral("Latin-1");
    }
    return {};
}

bool TextDecoder::isValidUtf8(const QByteArray& bytes)
{
    const auto* p = reinterpret_cast<const unsigned char*>(bytes.constData());
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    while (i < n) {
        // Fast path over ASCII, eight bytes at a time.
        while (i + 8 <= n) {
            quint64 word;
            std::memcpy(&word, p + i, 8);
            if (word & 0x8080808080808080ULL)
                break;
            i += 8;
        }
        if (i >= n)
            break;
        const unsigned char c = p[i];
        int extra;
        if (c < 0x80) {
            ++i;
            continue;
        } else if ((c & 0xE0) == 0xC0 && c >= 0xC2)
            extra = 1;
        else if ((c & 0xF0) == 0xE0)
            extra = 2;
        else if ((c & 0xF8) == 0xF0 && c <= 0xF4)
            extra = 3;
        else
            return false;
        for (int k = 1; k <= extra; ++k) {
            if (i + k >= n || (p[i + k] & 0xC0) != 0x80)
                return false;
        }
        // RFC 3629: no overlong forms, no surrogates, nothing above U+10FFFF.
        const unsigned char second = p[i + 1];
        if ((c == 0xE0 && second < 0xA0) || (c == 0xED && second > 0x9F) || (c == 0xF0 && second < 0x90) ||
            (c == 0xF4 && second > 0x8F))
            return false;
        i += extra + 1;
    }
    return true;
}

namespace {
QByteArray utf16ToUtf8(QByteArrayView bytes, QStringDecoder::Encoding enc)
{
    QStringDecoder decoder(enc, QStringDecoder::Flag::Stateless);
    const QString text = decoder(bytes);
    return text.toUtf8();
}
} // namespace

DecodedText TextDecoder::decode(const QByteArray& bytes)
{
    DecodedText out;
    if (bytes.startsWith("\xEF\xBB\xBF")) {
        out.encoding = DecodedText::Encoding::Utf8Bom;
        out.utf8 = bytes.mid(3);
        return out;
    }
    if (bytes.startsWith("\xFF\xFE")) {
        out.encoding = DecodedText::Encoding::Utf16LE;
        out.utf8 = utf16ToUtf8(QByteArrayView(bytes).sliced(2), QStringDecoder::Utf16LE);
        return out;
    }
    if (bytes.startsWith("\xFE\xFF")) {
        out.encoding = DecodedText::Encoding::Utf16BE;
        out.utf8 = utf16ToUtf8(QByteArrayView(bytes).sliced(2), QStringDecoder::Utf16BE);
        return out;
    }
    // UTF-16 without BOM: in the first kilobyte, NULs sit at every other byte.
    const qsizetype probe = std::min<qsizetype>(bytes.size(), 4096);
    qsizetype nulEven = 0, nulOdd = 0;
    for (qsizetype i = 0; i < probe; ++i) {
        if (bytes.at(i) == '\0')
            (i % 2 == 0 ? nulEven : nulOdd)++;
    }
    // At least one NUL: a tiny file (4-5 bytes) without any would otherwise pass the threshold.
    if (probe >= 4 && nulOdd > 0 && nulOdd * 2 >= probe / 2 - 2 && nulEven == 0) {
        out.encoding = DecodedText::Encoding::Utf16LE;
        out.utf8 = utf16ToUtf8(bytes, QStringDecoder::Utf16LE);
        return out;
    }
    if (probe >= 4 && nulEven > 0 && nulEven * 2 >= probe / 2 - 2 && nulOdd == 0) {
        out.encoding = DecodedText::Encoding::Utf16BE;
        out.utf8 = utf16ToUtf8(bytes, QStringDecoder::Utf16BE);
        return out;
    }
    if (nulEven + nulOdd > 0) {
        out.binary = true;
        return out;
    }
    // Control bytes other than tab/CR/LF/FF are a strong sign of a binary format (ZIP, XLSX, PDF).
    qsizetype control = 0;
    for (qsizetype i = 0; i < probe; ++i) {
        const auto c = static_cast<unsigned char>(bytes.at(i));
        if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f')
            ++control;
    }
    if (control > 0) {
        out.binary = true;
        return out;
    }
    if (isValidUtf8(bytes)) {
        out.utf8 = bytes;
        return out;
    }
    out.encoding = DecodedText::Encoding::Latin1;
    out.utf8 = QString::fromLatin1(bytes).toUtf8();
    return out;
}

} // namespace bedrot
