// The demo's reference tables: countries (listening share, payout level) and stores (share, rate,
// reporting habits), shared by the demo label's files and the large bench statements.
#pragma once

#include <QtGlobal>

#include <array>

namespace bedrot::demo {

struct Country
{
    const char* code;
    int weight;       // share of listening, arbitrary units
    int ratePermille; // payout level relative to a mid-market country
};

inline constexpr std::array kCountries = {
    Country{"US", 300, 1300}, Country{"GB", 80, 1200}, Country{"DE", 70, 1100}, Country{"FR", 45, 1000},
    Country{"CA", 45, 1100},  Country{"AU", 35, 1100}, Country{"BR", 60, 350},  Country{"MX", 55, 400},
    Country{"SE", 25, 1200},  Country{"NL", 25, 1150}, Country{"JP", 20, 950},  Country{"ES", 25, 750},
    Country{"IT", 20, 750},   Country{"PL", 20, 500},  Country{"IN", 30, 150},  Country{"PH", 15, 250},
    Country{"ID", 15, 250},   Country{"TR", 10, 250},  Country{"NO", 10, 1350}, Country{"DK", 10, 1250},
    Country{"FI", 8, 1050},   Country{"BE", 10, 1050}, Country{"CH", 10, 1450}, Country{"AT", 8, 1100},
    Country{"IE", 8, 1150},   Country{"NZ", 8, 1050},  Country{"AR", 15, 200},  Country{"CL", 10, 400},
    Country{"CO", 10, 300},   Country{"ZA", 8, 350},   Country{"KR", 6, 800},   Country{"CN", 3, 300},
    Country{"PT", 8, 600},    Country{"CZ", 6, 550},   Country{"RO", 6, 350},   Country{"HU", 5, 450},
    Country{"GR", 5, 550},    Country{"SG", 6, 800},   Country{"MY", 5, 350},   Country{"TH", 5, 300},
};
inline constexpr int kCountryCount = static_cast<int>(kCountries.size());

inline int countryIndex(const char* code)
{
    for (int i = 0; i < kCountryCount; ++i)
        if (kCountries[i].code[0] == code[0] && kCountries[i].code[1] == code[1])
            return i;
    return -1;
}

struct Store
{
    const char* name;
    int sharePpm;            // expected units per million streams of a track
    qint64 rateUnits;        // USD per unit in 1e-8 units (statement precision)
    int breadth;             // how many of a track's countries the store reports separately
    const char* onlyCountry; // regional services
    int delayMonths;         // usual gap between sale month and reporting
    int reportDay;           // day of month the store's batch lands on
    int zeroPermille;        // unmonetised lines (user-generated content, free tiers)
    bool download;
};

inline constexpr std::array kStores = {
    Store{"Spotify", 600000, 300000, 12, nullptr, 2, 5, 0, false},
    Store{"Apple Music", 95000, 600000, 4, nullptr, 2, 8, 0, false},
    Store{"iTunes Songs", 150, 69000000, 2, nullptr, 2, 8, 0, true},
    Store{"iTunes Match", 300, 40000, 1, nullptr, 4, 8, 30, false},
    Store{"YouTube (Ads)", 55000, 110000, 3, nullptr, 2, 12, 60, false},
    Store{"YouTube (Red)", 12000, 210000, 2, nullptr, 2, 12, 0, false},
    Store{"YouTube (Audio)", 30000, 50000, 2, nullptr, 3, 12, 40, false},
    Store{"TikTok", 50000, 30000, 3, nullptr, 3, 18, 80, false},
    Store{"Facebook", 25000, 25000, 2, nullptr, 4, 18, 80, false},
    Store{"Deezer", 20000, 260000, 2, nullptr, 2, 21, 0, false},
    Store{"Tidal", 7000, 1250000, 1, nullptr, 3, 21, 0, false},
    Store{"Amazon Unlimited (Streaming)", 35000, 420000, 2, nullptr, 3, 25, 0, false},
    Store{"Amazon Prime (Streaming)", 15000, 260000, 1, nullptr, 3, 25, 0, false},
    Store{"Pandora", 18000, 130000, 1, "US", 3, 15, 0, false},
    Store{"NetEase", 8, 60000, 1, "CN", 5, 27, 0, false},
    Store{"Tencent", 8, 80000, 1, "CN", 5, 27, 0, false},
    Store{"Luna", 4, 50000, 1, "CN", 5, 27, 0, false},
    Store{"Flo", 4, 90000, 1, "KR", 5, 27, 0, false},
};
inline constexpr int kStoreCount = static_cast<int>(kStores.size());
inline constexpr int kTikTok = 7;

} // namespace bedrot::demo
