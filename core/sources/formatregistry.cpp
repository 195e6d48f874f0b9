// The registry of file formats, in detection order.
#include "formatregistry.h"

#include "distrokid/bankdetailsformat.h"
#include "distrokid/statspageapplemusicformat.h"
#include "distrokid/statspagestreamsformat.h"
#include "fileformat.h"
#include "linktree/linktreegraphqlformat.h"
#include "linktree/linktreeoverviewformat.h"
#include "manual/catalogsplitsformat.h"
#include "manual/expensesformat.h"
#include "meta/metaadsreportformat.h"
#include "spotify/spotifyaudienceformat.h"
#include "tiktok/tiktokfollowerhistoryformat.h"
#include "tiktok/tiktokoverviewformat.h"
#include "toolost/toolostappleanalyticsformat.h"
#include "toolost/toolostsalesreportformat.h"
#include "toolost/toolostspotifyanalyticsformat.h"

#include <QStringList>

namespace bedrot {

FormatRegistry::FormatRegistry()
{
    m_formats.push_back(std::make_unique<BankDetailsFormat>());
    m_formats.push_back(std::make_unique<DistroKidStreamsPageFormat>());
    m_formats.push_back(std::make_unique<DistroKidAppleMusicPageFormat>());
    m_formats.push_back(std::make_unique<TooLostSpotifyAnalyticsFormat>());
    m_formats.push_back(std::make_unique<TooLostAppleAnalyticsFormat>());
    m_formats.push_back(std::make_unique<TooLostSalesReportFormat>());
    m_formats.push_back(std::make_unique<SpotifyAudienceFormat>());
    m_formats.push_back(std::make_unique<TikTokOverviewFormat>());
    m_formats.push_back(std::make_unique<TikTokFollowerHistoryFormat>());
    m_formats.push_back(std::make_unique<LinktreeOverviewFormat>());
    m_formats.push_back(std::make_unique<LinktreeGraphqlFormat>());
    m_formats.push_back(std::make_unique<MetaAdsReportFormat>());
    m_formats.push_back(std::make_unique<CatalogSplitsFormat>());
    m_formats.push_back(std::make_unique<ExpensesFormat>());
}

FormatRegistry::~FormatRegistry() = default;

const FileFormat* FormatRegistry::detect(const DecodedText& text) const
{
    for (const auto& f : m_formats)
        if (f->recognises(text))
            return f.get();
    return nullptr;
}

const FileFormat* FormatRegistry::byId(const QString& id) const
{
    for (const auto& f : m_formats)
        if (f->id() == id)
            return f.get();
    return nullptr;
}

QString FormatRegistry::expectedFormats() const
{
    QStringList parts;
    for (const auto& f : m_formats)
        parts << f->title() + QStringLiteral(" (") + f->signature() + u')';
    return parts.join(QStringLiteral("; "));
}

} // namespace bedrot
