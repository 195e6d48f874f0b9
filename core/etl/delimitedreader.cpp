// RFC 4180 reader implementation.
#include "delimitedreader.h"

namespace bedrot {

DelimitedReader::DelimitedReader(QByteArrayView text, char separator) : m_text(text), m_sep(separator)
{
    m_fields.reserve(32);
}

QByteArrayView DelimitedReader::firstLine(QByteArrayView text)
{
    qsizetype i = 0;
    while (i < text.size() && text[i] != '\n' && text[i] != '\r')
        ++i;
    return text.first(i);
}

char DelimitedReader::guessSeparator(QByteArrayView headerLine)
{
    int tabs = 0, commas = 0, semis = 0;
    bool quoted = false;
    for (char c : headerLine) {
        if (c == '"')
            quoted = !quoted;
        if (quoted)
            continue;
        if (c == '\t')
            ++tabs;
        else if (c == ',')
            ++commas;
        else if (c == ';')
            ++semis;
    }
    if (tabs >= commas && tabs >= semis && tabs > 0)
        return '\t';
    if (semis > commas)
        return ';';
    return ',';
}

bool DelimitedReader::next()
{
    m_fields.clear();
    m_scratch.clear();
    m_unclosedQuote = false;
    const char* p = m_text.data();
    const qsizetype n = m_text.size();

    // Skip blank lines, counting them.
    while (m_pos < n && (p[m_pos] == '\n' || p[m_pos] == '\r')) {
        if (p[m_pos] == '\r' && m_pos + 1 < n && p[m_pos + 1] == '\n')
            ++m_pos;
        ++m_pos;
        ++m_nextLine;
    }
    if (m_pos >= n)
        return false;

    m_line = m_nextLine;
    const qsizetype start = m_pos;
    qsizetype i = m_pos;
    m_terminated = false;
    for (;;) {
        bool literal = !(i < n && p[i] == '"');
        if (!literal) {
            // Quoted field. It is taken literally instead (quotes kept) when the closing quote is
            // followed by more text, or, where quoted fields may not span lines (tab-separated
            // exports), when the line ends first: `"Heroes" (Remix)` is a title, not a quoted field,
            // and one stray quote must not swallow the lines after it.
            const qsizetype fieldStart = i;
            const qint64 lineBefore = m_nextLine;
            QByteArray value;
            qsizetype segment = i + 1;
            ++i;
            bool closed = false;
            bool spansLines = false;
            while (i < n) {
                const char c = p[i];
                if (c == '"') {
                    if (i + 1 < n && p[i + 1] == '"') {
                        value.append(p + segment, i + 1 - segment);
                        i += 2;
                        segment = i;
                        continue;
                    }
                    value.append(p + segment, i - segment);
                    ++i;
                    closed = true;
                    break;
                }
                if (c == '\n' || c == '\r') {
                    spansLines = true;
                    if (!m_multilineQuotes)
                        break;
                }
                if (c == '\n')
                    ++m_nextLine;
                else if (c == '\r' && !(i + 1 < n && p[i + 1] == '\n'))
                    ++m_nextLine;
                ++i;
            }
            const bool tail = closed && i < n && p[i] != m_sep && p[i] != '\n' && p[i] != '\r';
            if (tail || (spansLines && !m_multilineQuotes)) {
                literal = true;
                i = fieldStart;
                m_nextLine = lineBefore;
            } else {
                if (!closed) {
                    value.append(p + segment, i - segment);
                    m_unclosedQuote = true;
                }
                m_scratch.push_back(std::move(value));
                m_fields.emplace_back(m_scratch.back());
            }
        }
        if (literal) {
            const qsizetype fieldStart = i;
            while (i < n) {
                const char c = p[i];
                if (c == m_sep || c == '\n' || c == '\r')
                    break;
                ++i;
            }
            m_fields.emplace_back(p + fieldStart, i - fieldStart);
        }
        if (i >= n) {
            m_terminated = false;
            break;
        }
        if (p[i] == m_sep) {
            ++i;
            continue;
        }
        // Line end.
        m_raw = QByteArrayView(p + start, i - start);
        if (p[i] == '\r' && i + 1 < n && p[i + 1] == '\n')
            ++i;
        ++i;
        ++m_nextLine;
        m_terminated = true;
        m_pos = i;
        return true;
    }
    m_raw = QByteArrayView(p + start, n - start);
    m_pos = n;
    return true;
}

} // namespace bedrot
