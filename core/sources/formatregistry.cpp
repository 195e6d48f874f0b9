// The registry of file formats, in detection order.
#include "formatregistry.h"

#include "distrokid/bankdetailsformat.h"
#include "fileformat.h"

#include <QStringList>

namespace bedrot {

FormatRegistry::FormatRegistry()
{
    m_formats.push_back(std::make_unique<BankDetailsFormat>());
}

FormatRegistry::~FormatRegistry() = default;

const FileFormat* FormatRegistry::detect(const DecodedText& text) const
{
    for (const auto& f : m_formats)
        if (f->recognises(text)) return f.get();
    return nullptr;
}

const FileFormat* FormatRegistry::byId(const QString& id) const
{
    for (const auto& f : m_formats)
        if (f->id() == id) return f.get();
    return nullptr;
}

QString FormatRegistry::expectedFormats() const
{
    QStringList parts;
    for (const auto& f : m_formats) parts << f->title() + QStringLiteral(" (") + f->signature() + u')';
    return parts.join(QStringLiteral("; "));
}

} // namespace bedrot
