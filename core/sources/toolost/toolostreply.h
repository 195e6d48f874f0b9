// What the two TooLost analytics formats share: recognising a reply by its series, and opening it as JSON
// with a readable error.
#pragma once

#include "domain/result.h"

#include <QByteArrayView>
#include <QJsonObject>
#include <QString>

#include <initializer_list>

namespace bedrot {

class ScriptLiteralScanner;
struct DecodedText;

class TooLostReply
{
public:
    // True when the text is a JSON object whose `seriesKey` holds a list of {"date", "streams"}
    // points. The first point is enough, so a reply that was cut off later is still recognised and
    // gets a "cut off" message instead of "unknown format". An empty list counts only when one of
    // `companionKeys` is present too, because an empty list alone says little about the file.
    static bool hasSeries(const ScriptLiteralScanner& scanner, QByteArrayView seriesKey,
                          std::initializer_list<QByteArrayView> companionKeys);
    // Parses the whole reply. Fails for a reply that cannot be used. Otherwise fills
    // *root and *rootStart, the offset of the root '{' for ScriptLiteralScanner look-ups.
    static Result<void> open(const DecodedText& text, ScriptLiteralScanner& scanner, QJsonObject* root,
                             qsizetype* rootStart);
};

} // namespace bedrot
