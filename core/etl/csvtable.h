// A header-mapped view of a delimited export: finds the separator and each wanted column by name
// (case, spaces, underscores and a BOM ignored; several accepted names per column), then walks the
// data rows with their physical line numbers. Shared by every CSV-like importer.
#pragma once

#include "delimitedreader.h"
#include "domain/quarantinerow.h"

#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>
#include <vector>

namespace bedrot {

struct DecodedText;

class CsvTable
{
public:
    struct Column
    {
        QStringList names; // accepted header names; the first is the one shown in messages
        bool required = true;
    };

    // Maps the header (the first non-blank line). Empty when a required column is missing; then
    // *missing lists the missing columns' first names.
    static std::optional<CsvTable> open(const DecodedText& text, const QList<Column>& columns,
                                        QStringList* missing = nullptr);
    // True when every required column is there (for recognises()).
    static bool matches(const DecodedText& text, const QList<Column>& columns);
    // Header names compare equal when they match after this: lower case, no BOM, no spaces,
    // underscores, dashes or dots.
    static QByteArray normalizedName(QByteArrayView name);

    CsvTable(CsvTable&&) noexcept;
    CsvTable& operator=(CsvTable&&) noexcept;
    ~CsvTable();

    // Advances to the next data row; false at the end.
    bool next();
    bool has(int column) const { return m_index[size_t(column)] >= 0; }
    // The trimmed value of a mapped column in the current row (empty when absent).
    QByteArrayView value(int column) const;
    QString text(int column) const { return QString::fromUtf8(value(column)); }
    // The column's name as the file writes it (for quarantine messages).
    QString columnName(int column) const;
    qint64 line() const { return m_reader->line(); }
    bool terminated() const { return m_reader->terminated(); }
    bool unclosedQuote() const { return m_reader->unclosedQuote(); }
    qsizetype fieldCount() const { return m_reader->fieldCount(); }
    qsizetype headerCount() const { return m_headerCount; }
    QByteArrayView rawRecord() const { return m_reader->rawRecord(); }
    qsizetype position() const { return m_reader->position(); }
    char separator() const { return m_separator; }
    // A semicolon-separated file usually writes decimal commas (European spreadsheet locales).
    bool decimalComma() const { return m_separator == ';'; }
    // True when the row has fewer fields than the header and the file ends in it (a cut download).
    bool looksTruncated() const { return !terminated() && fieldCount() < m_headerCount; }
    // Why the current row cannot be trusted as a whole, or nothing: a quote that never closes, a row
    // cut off by the end of the file, fewer fields than the header, or more non-empty fields than the
    // header (a separator inside an unquoted value shifted them). Trailing empty fields are harmless.
    std::optional<QString> shapeProblem() const;
    // A quarantine row for the current row; column < 0 blames the whole row.
    QuarantineRow quarantineRow(int column, const QString& reason) const;
    // The current row's raw text as quarantineRow() keeps it, for a parser that learns only after
    // reading on whether the row is bad.
    QByteArray quarantineText() const;

private:
    CsvTable() = default;
    std::unique_ptr<DelimitedReader> m_reader;
    std::vector<qsizetype> m_index;
    QStringList m_headerNames;
    qsizetype m_headerCount = 0;
    char m_separator = ',';
};

} // namespace bedrot
