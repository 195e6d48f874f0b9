// Tolerant scanning of JavaScript/JSON literals: strings, comments, nesting, keys, array items, lines.
#include "scriptliteralscanner.h"

#include <QString>

#include <algorithm>

namespace bedrot {

namespace {
bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}
bool isTokenEnd(char c)
{
    return isSpace(c) || c == ',' || c == '}' || c == ']' || c == ')' || c == ';' || c == ':';
}
bool isIdentifierChar(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ||
           c == '$' || c == '-';
}
int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}
} // namespace

qsizetype ScriptLiteralScanner::stringEnd(qsizetype pos) const
{
    const char quote = m_text[pos];
    for (qsizetype i = pos + 1; i < m_text.size(); ++i) {
        if (m_text[i] == '\\')
            ++i;
        else if (m_text[i] == quote)
            return i + 1;
    }
    return -1;
}

qsizetype ScriptLiteralScanner::commentEnd(qsizetype pos) const
{
    if (pos + 1 >= m_text.size() || m_text[pos] != '/')
        return pos;
    if (m_text[pos + 1] == '/') {
        qsizetype i = pos + 2;
        while (i < m_text.size() && m_text[i] != '\n' && m_text[i] != '\r')
            ++i;
        return i;
    }
    if (m_text[pos + 1] == '*') {
        const qsizetype close = m_text.indexOf("*/", pos + 2);
        return close < 0 ? m_text.size() : close + 2;
    }
    return pos;
}

qsizetype ScriptLiteralScanner::skipSpace(qsizetype pos) const
{
    while (pos < m_text.size()) {
        if (isSpace(m_text[pos])) {
            ++pos;
            continue;
        }
        const qsizetype after = commentEnd(pos);
        if (after == pos)
            break;
        pos = after;
    }
    return pos;
}

qsizetype ScriptLiteralScanner::valueEnd(qsizetype pos) const
{
    if (pos < 0 || pos >= m_text.size())
        return -1;
    const char first = m_text[pos];
    if (first == '"' || first == '\'')
        return stringEnd(pos);
    if (first != '{' && first != '[') {
        qsizetype i = pos;
        while (i < m_text.size() && !isTokenEnd(m_text[i]))
            ++i;
        return i;
    }
    // Brackets of either kind count alike. The literals are machine-written, so a mismatch
    // would only mean a cut-off file, and that shows up as a missing close anyway.
    int depth = 0;
    for (qsizetype i = pos; i < m_text.size();) {
        const char c = m_text[i];
        if (c == '"' || c == '\'') {
            i = stringEnd(i);
            if (i < 0)
                return -1;
            continue;
        }
        if (c == '/') {
            const qsizetype after = commentEnd(i);
            if (after != i) {
                i = after;
                continue;
            }
        }
        if (c == '{' || c == '[')
            ++depth;
        else if ((c == '}' || c == ']') && --depth == 0)
            return i + 1;
        ++i;
    }
    return -1;
}

qsizetype ScriptLiteralScanner::keyValue(qsizetype objectStart, QByteArrayView key) const
{
    if (objectStart < 0 || objectStart >= m_text.size() || m_text[objectStart] != '{')
        return -1;
    qsizetype pos = objectStart + 1;
    for (;;) {
        pos = skipSpace(pos);
        if (pos >= m_text.size() || m_text[pos] == '}')
            return -1;
        if (m_text[pos] == ',') {
            ++pos;
            continue;
        }
        QByteArrayView name;
        if (m_text[pos] == '"' || m_text[pos] == '\'') {
            const qsizetype end = stringEnd(pos);
            if (end < 0)
                return -1;
            name = m_text.sliced(pos + 1, end - pos - 2);
            pos = end;
        } else {
            const qsizetype start = pos;
            while (pos < m_text.size() && isIdentifierChar(m_text[pos]))
                ++pos;
            if (pos == start)
                return -1; // not an object literal we understand
            name = m_text.sliced(start, pos - start);
        }
        pos = skipSpace(pos);
        if (pos >= m_text.size() || m_text[pos] != ':')
            return -1;
        pos = skipSpace(pos + 1);
        if (pos >= m_text.size())
            return -1;
        if (name == key)
            return pos;
        const qsizetype end = valueEnd(pos);
        if (end <= pos)
            return -1;
        pos = end;
    }
}

qsizetype ScriptLiteralScanner::keyPath(qsizetype objectStart,
                                        std::initializer_list<QByteArrayView> keys) const
{
    qsizetype pos = objectStart;
    for (QByteArrayView key : keys) {
        pos = keyValue(pos, key);
        if (pos < 0)
            return -1;
    }
    return pos;
}

std::optional<std::vector<ScriptLiteralScanner::Span>>
ScriptLiteralScanner::arrayItems(qsizetype arrayStart) const
{
    if (arrayStart < 0 || arrayStart >= m_text.size() || m_text[arrayStart] != '[')
        return std::nullopt;
    std::vector<Span> items;
    qsizetype pos = arrayStart + 1;
    for (;;) {
        pos = skipSpace(pos);
        if (pos >= m_text.size())
            return std::nullopt;
        const char c = m_text[pos];
        if (c == ']')
            return items;
        if (c == ',') {
            ++pos;
            continue;
        }
        const qsizetype end = valueEnd(pos);
        if (end <= pos)
            return std::nullopt;
        items.push_back(Span{pos, end});
        pos = end;
    }
}

qint64 ScriptLiteralScanner::lineAt(qsizetype offset)
{
    offset = std::clamp(offset, qsizetype(0), m_text.size());
    if (offset < m_countedTo) {
        m_countedTo = 0;
        m_lineAtCounted = 1;
    }
    for (qsizetype i = m_countedTo; i < offset; ++i) {
        const char c = m_text[i];
        // A CRLF pair is one line end: count the CR, skip the LF that follows it.
        if (c == '\r' || (c == '\n' && (i == 0 || m_text[i - 1] != '\r')))
            ++m_lineAtCounted;
    }
    m_countedTo = offset;
    return m_lineAtCounted;
}

std::optional<QByteArray> ScriptLiteralScanner::stringValue(QByteArrayView literal)
{
    if (literal.size() < 2)
        return std::nullopt;
    const char quote = literal.front();
    if ((quote != '"' && quote != '\'') || literal.back() != quote)
        return std::nullopt;
    const QByteArrayView body = literal.sliced(1, literal.size() - 2);
    if (!body.contains('\\'))
        return body.toByteArray();
    QString out; // \u escapes are UTF-16 code units, so decode through QString
    qsizetype plainStart = 0;
    auto flushPlain = [&](qsizetype upTo) {
        out += QString::fromUtf8(body.sliced(plainStart, upTo - plainStart));
    };
    for (qsizetype i = 0; i < body.size(); ++i) {
        if (body[i] != '\\')
            continue;
        flushPlain(i);
        if (i + 1 >= body.size())
            return std::nullopt;
        const char e = body[++i];
        switch (e) {
        case 'n':
            out += u'\n';
            break;
        case 't':
            out += u'\t';
            break;
        case 'r':
            out += u'\r';
            break;
        case 'b':
            out += u'\b';
            break;
        case 'f':
            out += u'\f';
            break;
        case 'u': {
            if (i + 4 >= body.size())
                return std::nullopt;
            int code = 0;
            for (int k = 1; k <= 4; ++k) {
                const int h = hexValue(body[i + k]);
                if (h < 0)
                    return std::nullopt;
                code = code * 16 + h;
            }
            out += QChar(char16_t(code));
            i += 4;
            break;
        }
        default:
            // \" \' \\ \/ and JavaScript's identity escapes: the character stands for itself, and
            // it may be the first byte of a UTF-8 sequence, so it goes out with the plain text.
            plainStart = i;
            continue;
        }
        plainStart = i + 1;
    }
    flushPlain(body.size());
    return out.toUtf8();
}

QByteArray ScriptLiteralScanner::withoutTrailingCommas(QByteArrayView text)
{
    QByteArray out;
    out.reserve(text.size());
    bool inString = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (inString) {
            out.append(c);
            if (c == '\\' && i + 1 < text.size())
                out.append(text[++i]);
            else if (c == '"')
                inString = false;
            continue;
        }
        if (c == '"')
            inString = true;
        if (c == ',') {
            qsizetype k = i + 1;
            while (k < text.size() && isSpace(text[k]))
                ++k;
            if (k < text.size() && (text[k] == '}' || text[k] == ']'))
                continue;
        }
        out.append(c);
    }
    return out;
}

} // namespace bedrot
