// The demo's random numbers: splitmix64, one independent stream per purpose and coordinate.
#pragma once

#include <QtGlobal>

#include <initializer_list>
#include <utility>
#include <vector>

namespace bedrot::demo {

// splitmix64: tiny and identical on every platform and standard library, unlike std:: distributions.
class Rng
{
public:
    explicit Rng(quint64 seed) : m_state(seed) {}

    quint64 next()
    {
        quint64 z = (m_state += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }
    // Uniform in [0, n) for n < 2^32; the multiply-shift bias is far below anything a chart could show.
    quint64 below(quint64 n) { return ((next() >> 32) * n) >> 32; }
    int between(int lo, int hi) { return lo + static_cast<int>(below(static_cast<quint64>(hi - lo + 1))); }
    bool chance(int perMille) { return below(1000) < static_cast<quint64>(perMille); }

private:
    quint64 m_state;
};

// One independent random stream per coordinate, so adding a track or a store to the catalog changes
// only that track's or store's lines instead of reshuffling every later draw.
inline quint64 streamKey(quint64 seed, std::initializer_list<quint64> coordinates)
{
    quint64 key = Rng(seed ^ 0x6A09E667F3BCC909ull).next();
    for (const quint64 c : coordinates)
        key = Rng(key ^ (c * 0x9E3779B97F4A7C15ull + 0x632BE59BD9B4E019ull)).next();
    return key;
}

// Stream purposes, so two generators never share a random sequence by accident.
enum StreamId : quint64
{
    kUsageStream = 1,
    kBatchStream,
    kDistroKidStream,
    kCountrySetStream,
    kLargeStream,
    kDayStream,
    kStoreDayStream,
    kIdStream,
    kAudienceStream,
    kTikTokStream,
    kTikTokDayStream,
    kLinktreeStream,
    kMetaStream,
    kTooLostStream,
    kAppleDemographicStream,
    kExpenseStream,
};

// Fisher–Yates with our own generator: the APIs return days in no particular order.
template <typename T> void shuffle(std::vector<T>& items, Rng& rng)
{
    for (std::size_t i = items.size(); i > 1; --i)
        std::swap(items[i - 1], items[rng.below(i)]);
}

} // namespace bedrot::demo
