// TooLost analytics replies: recognition by series shape, and JSON opening with cut-off detection.
#include "toolostreply.h"

#include "etl/textdecoder.h"
#include "sources/dailycountreader.h"
#include "sources/scriptliteralscanner.h"

#include <QJsonDocument>
#include <QJsonParseError>

namespace bedrot {

bool TooLostReply::hasSeries(const ScriptLiteralScanner& scanner, QByteArrayView seriesKey,
                             std::initializer_list<QByteArrayView> companionKeys)
{
    const QByteArrayView text = scanner.text();
    const qsizetype root = scanner.skipSpace(0);
    if (root >= text.size() || text[root] != '{')
        return false;
    const qsizetype series = scanner.keyValue(root, seriesKey);
    if (series < 0 || text[series] != '[')
        return false;
    const qsizetype first = scanner.skipSpace(series + 1);
    if (first >= text.size())
        return false;
    if (text[first] == ']') {
        for (QByteArrayView key : companionKeys)
            if (scanner.keyValue(root, key) >= 0)
                return true;
        return false;
    }
    return text[first] == '{' && scanner.keyValue(first, "date") >= 0 &&
           scanner.keyValue(first, "streams") >= 0;
}

Result<void> TooLostReply::open(const DecodedText& text, ScriptLiteralScanner& scanner, QJsonObject* root,
                                qsizetype* rootStart)
{
    if (text.binary)
        return fail(QStringLiteral("the file is binary, not a TooLost analytics reply (JSON)"));
    const QByteArray trimmed = text.utf8.trimmed();
    if (trimmed.isEmpty())
        return fail(QStringLiteral("the file is empty"));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(text.utf8, &error);
    if (error.error != QJsonParseError::NoError) {
        // The parser's offset counts from the start of the text, and the "cut off" test compares
        // it with the end of the text that is not white space.
        const qsizetype contentEnd = scanner.skipSpace(0) + trimmed.size();
        return fail(DailyCountReader::jsonProblem(scanner, error, contentEnd, QStringLiteral("the reply")));
    }
    if (!doc.isObject())
        return fail(QStringLiteral("the reply is not a JSON object"));
    *root = doc.object();
    *rootStart = scanner.skipSpace(0);
    return {};
}

} // namespace bedrot
