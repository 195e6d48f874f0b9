// RFC 4180 record reader over UTF-8 text: any one-byte separator, quoted fields with embedded
// separators and newlines, CRLF / LF / CR-only line endings, physical line numbers for every record.
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <deque>
#include <vector>

namespace bedrot {

class DelimitedReader
{
public:
    DelimitedReader(QByteArrayView text, char separator);

    // Whether a quoted field may contain line breaks (RFC 4180; default). Tab-separated exports
    // never carry them, and there a quote that does not close on its line is taken literally.
    void setMultilineQuotes(bool allowed) { m_multilineQuotes = allowed; }

    // Reads the next record; false at the end of the text. Blank lines are skipped.
    bool next();

    const std::vector<QByteArrayView>& fields() const { return m_fields; }
    qsizetype fieldCount() const { return qsizetype(m_fields.size()); }
    QByteArrayView field(qsizetype i) const
    {
        return i < qsizetype(m_fields.size()) ? m_fields[size_t(i)] : QByteArrayView();
    }
    // 1-based physical line where the current record starts.
    qint64 line() const { return m_line; }
    // False when the record ran into the end of the text without a line ending.
    bool terminated() const { return m_terminated; }
    // True when the record has a quote that never closes (the text ended inside it).
    bool unclosedQuote() const { return m_unclosedQuote; }
    // The raw bytes of the current record, for quarantine.
    QByteArrayView rawRecord() const { return m_raw; }
    // Byte offset just past the current record.
    qsizetype position() const { return m_pos; }

    // Guesses the separator from a header line: the most frequent of tab, comma and semicolon.
    static char guessSeparator(QByteArrayView headerLine);
    // The first line of text (no line ending).
    static QByteArrayView firstLine(QByteArrayView text);

private:
    QByteArrayView m_text;
    char m_sep;
    qsizetype m_pos = 0;
    qint64 m_nextLine = 1;
    qint64 m_line = 0;
    bool m_terminated = true;
    bool m_unclosedQuote = false;
    bool m_multilineQuotes = true;
    QByteArrayView m_raw;
    std::vector<QByteArrayView> m_fields;
    std::deque<QByteArray> m_scratch; // unescaped quoted fields of the current record
};

} // namespace bedrot
