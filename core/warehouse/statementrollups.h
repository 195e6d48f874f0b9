// The rollups of statement_line (migration 0004): which columns each one keeps, in key order.
// The writer maintains them from this list; the reader picks the smallest one a query can use.
#pragma once

#include <array>

namespace bedrot::rollups {

// A column of statement_line a rollup can keep in its key.
enum Column : unsigned
{
    SaleMonth = 1,
    ReportingDate = 2,
    Store = 4,
    Artist = 8,
    Track = 16,   // 0 for a line without one
    Country = 32, // '' for a line without one
    Distributor = 64,
};

struct Table
{
    const char* name;
    std::array<Column, 5> key; // in primary key order, keySize of them
    int keySize;
    unsigned columns() const
    {
        unsigned c = 0;
        for (int i = 0; i < keySize; ++i)
            c |= key[static_cast<std::size_t>(i)];
        return c;
    }
    // Without the reporting date in the key, a rollup keeps the latest one of its lines.
    bool hasLastReportingDate() const { return !(columns() & ReportingDate); }
};

inline constexpr Table kTables[] = {
    {"statement_rollup", {Track, SaleMonth, ReportingDate, Store, Artist}, 5},
    {"statement_rollup_month", {SaleMonth, ReportingDate, Store, Column{}, Column{}}, 3},
    {"statement_rollup_store", {Artist, SaleMonth, ReportingDate, Store, Column{}}, 4},
    {"statement_rollup_track", {SaleMonth, Artist, Track, Column{}, Column{}}, 3},
    {"statement_rollup_country_month", {SaleMonth, Country, Column{}, Column{}, Column{}}, 2},
    {"statement_rollup_country_artist", {Artist, SaleMonth, Country, Column{}, Column{}}, 3},
    {"statement_rollup_country_store", {Store, SaleMonth, Country, Column{}, Column{}}, 3},
    {"statement_rollup_source", {Distributor, Column{}, Column{}, Column{}, Column{}}, 1},
};

inline const char* columnName(Column c)
{
    switch (c) {
    case SaleMonth:
        return "sale_month";
    case ReportingDate:
        return "reporting_date";
    case Store:
        return "store_id";
    case Artist:
        return "artist_id";
    case Track:
        return "track_id";
    case Country:
        return "country";
    case Distributor:
        return "distributor";
    }
    return "";
}

} // namespace bedrot::rollups
