// Finds keys, arrays and items in JavaScript object literals and JSON (saved DistroKid stats pages,
// TooLost replies) without parsing them, with byte offsets for physical line numbers.
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QtGlobal>

#include <initializer_list>
#include <optional>
#include <vector>

namespace bedrot {

// A saved page is HTML with script in it, not JSON. So this scanner walks the literals itself and
// never needs the surrounding text to parse. It understands strings in either quote, JavaScript
// comments, unquoted keys, and stray or trailing commas. It does not build values:
// QJsonDocument does that for each piece the scanner cuts out. The TooLost analytics formats use it
// too, because QJsonDocument does not say where in the file an item sits.
class ScriptLiteralScanner
{
public:
    struct Span
    {
        qsizetype begin = 0;
        qsizetype end = 0; // one past the last byte
    };

    explicit ScriptLiteralScanner(QByteArrayView text) : m_text(text) {}

    QByteArrayView text() const { return m_text; }
    QByteArrayView slice(Span span) const { return m_text.sliced(span.begin, span.end - span.begin); }

    // The first offset at or after pos that is not white space or a comment.
    qsizetype skipSpace(qsizetype pos) const;
    // One past the end of the value (object, array, string or bare token) that starts at pos, or -1
    // when the text ends inside it.
    qsizetype valueEnd(qsizetype pos) const;
    // Where the value of `key` starts, among the keys of the object that opens at objectStart
    // ('{'). Nested objects are not searched. Returns -1 when the object has no such key, when the
    // text ends before the key, or when the text ends straight after its colon.
    qsizetype keyValue(qsizetype objectStart, QByteArrayView key) const;
    // Follows a chain of keys from the object at objectStart, e.g. {"last365days", "dataProvider"}.
    qsizetype keyPath(qsizetype objectStart, std::initializer_list<QByteArrayView> keys) const;
    // The items of the array that opens at arrayStart ('['). Empty when the array never closes
    // (a cut-off file) or when something in it is not a value.
    std::optional<std::vector<Span>> arrayItems(qsizetype arrayStart) const;
    // The 1-based physical line of an offset. LF, CRLF and CR-only endings all count. Fast when
    // offsets increase from one call to the next, and correct in any order.
    qint64 lineAt(qsizetype offset);

    // The value of a string literal ("…" or '…') with its escapes resolved. Empty for any other value.
    static std::optional<QByteArray> stringValue(QByteArrayView literal);
    // The text with every comma that comes just before a closing bracket removed (strings are
    // left alone). JavaScript allows such commas; QJsonDocument rejects them.
    static QByteArray withoutTrailingCommas(QByteArrayView text);

private:
    qsizetype stringEnd(qsizetype pos) const;  // pos at the opening quote
    qsizetype commentEnd(qsizetype pos) const; // pos at '/'; pos itself when no comment starts there

    QByteArrayView m_text;
    qsizetype m_countedTo = 0; // lines are counted up to here
    qint64 m_lineAtCounted = 1;
};

} // namespace bedrot
