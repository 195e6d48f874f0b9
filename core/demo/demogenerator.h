// Deterministic demo data: realistic export files to try Bedrot without real accounts, and bench input.
#pragma once

#include <QString>
#include <QStringList>
#include <QDate>

namespace bedrot {

class DemoGenerator
{
public:
    struct Options
    {
        QDate today = QDate(2026, 11, 15);
        quint32 seed = 20241;
        int months = 24;
    };

    // Writes realistic demo export files into `landingDir` (created if missing) and returns their paths.
    // Deterministic: the same options give byte-identical files.
    static QStringList writeAll(const QString& landingDir, const Options& options);
    static QStringList writeAll(const QString& landingDir) { return writeAll(landingDir, Options()); }

    // The DistroKid bank-details statements alone (an older whole-history export and a newer one that
    // contains it).
    static QStringList writeDistroKidStatements(const QString& landingDir, const Options& options);

    // A bench statement of exactly `lines` data lines (plus header) written to `path`; returns false on
    // I/O error.
    static bool writeLargeStatement(const QString& path, qint64 lines, quint32 seed = 7);
};

} // namespace bedrot
