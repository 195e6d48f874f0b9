// Header mapping for delimited exports.
#include "csvtable.h"

#include "fieldparsers.h"
#include "textdecoder.h"

#include <algorithm>

namespace bedrot {

CsvTable::CsvTable(CsvTable&&) noexcept = default;
CsvTable& CsvTable::operator=(CsvTable&&) noexcept = default;
CsvTable::~CsvTable() = default;

QByteArray CsvTable::normalizedName(QByteArrayView name)
{
    if (name.startsWith("\xEF\xBB\xBF"))
        name = name.sliced(3);
    QByteArray out;
    out.reserve(name.size());
    for (char c : name) {
        if (c == ' ' || c == '_' || c == '-' || c == '.' || c == '\t' || c == '"')
            continue;
        out.append(c >= 'A' && c <= 'Z' ? char(c - 'A' + 'a') : c);
    }
    return out;
}

std::optional<CsvTable> CsvTable::open(const DecodedText& text, const QList<Column>& columns,
                                       QStringList* missing)
{
    if (text.binary) {
        if (missing)
            *missing = QStringList{QStringLiteral("(a text file)")};
        return std::nullopt;
    }
    std::optional<CsvTable> best;
    QStringList bestMissing;
    for (char sep :
         {DelimitedReader::guessSeparator(DelimitedReader::firstLine(text.utf8)), ',', ';', '\t'}) {
        CsvTable table;
        table.m_separator = sep;
        table.m_reader = std::make_unique<DelimitedReader>(text.utf8, sep);
        if (!table.m_reader->next())
            break;
        table.m_headerCount = table.m_reader->fieldCount();
        std::vector<QByteArray> header;
        for (qsizetype i = 0; i < table.m_reader->fieldCount(); ++i) {
            header.push_back(normalizedName(fields::trimmed(table.m_reader->field(i))));
            table.m_headerNames << QString::fromUtf8(fields::trimmed(table.m_reader->field(i)));
        }
        table.m_index.assign(size_t(columns.size()), -1);
        QStringList absent;
        for (qsizetype c = 0; c < columns.size(); ++c) {
            for (const QString& name : columns.at(c).names) {
                const QByteArray wanted = normalizedName(name.toUtf8());
                for (size_t h = 0; h < header.size() && table.m_index[size_t(c)] < 0; ++h)
                    if (header[h] == wanted)
                        table.m_index[size_t(c)] = qsizetype(h);
                if (table.m_index[size_t(c)] >= 0)
                    break;
            }
            if (table.m_index[size_t(c)] < 0 && columns.at(c).required)
                absent << columns.at(c).names.value(0);
        }
        if (absent.isEmpty())
            return std::optional<CsvTable>(std::move(table));
        if (!best || absent.size() < bestMissing.size())
            bestMissing = absent;
        if (!best)
            best.emplace(std::move(table));
    }
    if (missing)
        *missing = bestMissing;
    return std::nullopt;
}

bool CsvTable::matches(const DecodedText& text, const QList<Column>& columns)
{
    return open(text, columns).has_value();
}

bool CsvTable::next()
{
    return m_reader->next();
}

QByteArrayView CsvTable::value(int column) const
{
    const qsizetype i = m_index[size_t(column)];
    if (i < 0)
        return {};
    return fields::trimmed(m_reader->field(i));
}

std::optional<QString> CsvTable::shapeProblem() const
{
    if (unclosedQuote())
        return QStringLiteral(
            "a quoted field never closes: the file ends inside it, so it was probably cut off");
    const qsizetype fields = fieldCount();
    if (looksTruncated())
        return QStringLiteral("the file ends mid-line (%1 of %2 columns): the download was probably cut off")
            .arg(fields)
            .arg(m_headerCount);
    if (fields < m_headerCount)
        return QStringLiteral("the row has %1 columns but the header has %2").arg(fields).arg(m_headerCount);
    if (fields > m_headerCount) {
        // Trailing empty fields are harmless; a value beyond the header means an unquoted "1,234"
        // (or a stray separator) shifted the row, and then every named column is wrong.
        qsizetype used = fields;
        while (used > m_headerCount && fields::trimmed(m_reader->field(used - 1)).isEmpty())
            --used;
        if (used > m_headerCount)
            return QStringLiteral(
                       "the row has %1 columns but the header has %2: it has more values than the header has "
                       "columns, so a separator inside an unquoted value (a number with a thousands "
                       "separator?) "
                       "probably shifted the columns and the values do not line up")
                .arg(used)
                .arg(m_headerCount);
    }
    return std::nullopt;
}

QuarantineRow CsvTable::quarantineRow(int column, const QString& reason) const
{
    QuarantineRow row;
    row.line = line();
    row.column = column >= 0 ? columnName(column) : QString();
    row.reason = reason;
    row.rawText = quarantineText();
    return row;
}

QByteArray CsvTable::quarantineText() const
{
    // Quarantined raw text is for a person to look at: a runaway multi-line field need not be kept whole.
    constexpr qsizetype kMaxRawText = 2000;
    const QByteArrayView raw = rawRecord();
    return raw.first(std::min(raw.size(), kMaxRawText)).toByteArray();
}

QString CsvTable::columnName(int column) const
{
    const qsizetype i = m_index[size_t(column)];
    return i >= 0 ? m_headerNames.value(i) : QString();
}

} // namespace bedrot
