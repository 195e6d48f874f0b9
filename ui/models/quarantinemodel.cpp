// Quarantine and import-log rows for the source details dialog.
#include "quarantinemodel.h"

#include "theme/darktheme.h"
#include "widgets/kpiformat.h"

#include <QColor>
#include <QLocale>

namespace bedrot {

namespace {
constexpr int kRawTextShown = 200; // a whole broken line can be kilobytes; the tooltip has it all
} // namespace

QuarantineModel::QuarantineModel(QObject* parent) : QAbstractTableModel(parent) {}

void QuarantineModel::setRows(const QList<QuarantinedRow>& rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

int QuarantineModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int QuarantineModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant QuarantineModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QuarantinedRow& r = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case FileColumn:
            return r.file;
        case LineColumn:
            return KpiFormat::locale().toString(r.line);
        case FieldColumn:
            return r.column.isEmpty() ? tr("(whole row)") : r.column;
        case ReasonColumn:
            return r.reason;
        case RawTextColumn: {
            QString text = r.rawText;
            text.replace(u'\t', QStringLiteral(" \u2192 ")); // tabs would collapse into one space
            text.replace(u'\n', u' ');
            return text.size() > kRawTextShown ? text.left(kRawTextShown) + QStringLiteral("\u2026") : text;
        }
        }
        return {};
    case SortRole:
        if (index.column() == LineColumn)
            return r.line;
        return data(index, Qt::DisplayRole);
    case Qt::ToolTipRole:
        if (index.column() == RawTextColumn)
            return r.rawText;
        if (index.column() == FileColumn)
            return r.rawFile;
        if (index.column() == ReasonColumn)
            return r.reason;
        return {};
    case Qt::TextAlignmentRole:
        return index.column() == LineColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                            : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    case RawFileRole:
        return r.rawFile;
    default:
        return {};
    }
}

QVariant QuarantineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case FileColumn:
        return tr("File");
    case LineColumn:
        return tr("Line");
    case FieldColumn:
        return tr("Column");
    case ReasonColumn:
        return tr("Reason");
    case RawTextColumn:
        return tr("Raw text");
    }
    return {};
}

ImportLogModel::ImportLogModel(QObject* parent) : QAbstractTableModel(parent) {}

void ImportLogModel::setImports(const QList<IngestEntry>& imports)
{
    beginResetModel();
    m_imports = imports;
    endResetModel();
}

QString ImportLogModel::statusText(const QString& status)
{
    if (status == QLatin1String("loaded"))
        return tr("Loaded");
    if (status == QLatin1String("partial"))
        return tr("Partly loaded");
    if (status == QLatin1String("failed"))
        return tr("Failed");
    if (status == QLatin1String("rejected"))
        return tr("Rejected");
    if (status == QLatin1String("needs_artist"))
        return tr("Needs an artist");
    if (status == QLatin1String("already_imported"))
        return tr("Already imported");
    if (status == QLatin1String("running"))
        return tr("Interrupted or running");
    return status;
}

bool ImportLogModel::isProblem(const IngestEntry& e)
{
    return e.status == QLatin1String("failed") || e.status == QLatin1String("partial") ||
           e.status == QLatin1String("rejected") || e.status == QLatin1String("needs_artist") ||
           e.rowsQuarantined > 0;
}

QString ImportLogModel::summary(const IngestEntry& e)
{
    const QLocale locale = KpiFormat::locale();
    QStringList parts;
    if (e.status == QLatin1String("failed") || e.status == QLatin1String("rejected") ||
        e.status == QLatin1String("needs_artist")) {
        parts << tr("Nothing was loaded from this file.");
    } else if (e.status == QLatin1String("running")) {
        // The ledger's counters commit with the facts: what it says did land.
        parts << tr("The import did not finish (the app was closed or stopped); %1 of %2 rows had landed. "
                    "Import the file again to complete it.")
                     .arg(locale.toString(e.rowsLoaded), locale.toString(e.rowsRead));
    } else {
        parts << tr("%1 of %2 rows loaded").arg(locale.toString(e.rowsLoaded), locale.toString(e.rowsRead)) +
                     (e.rowsPresent > 0 ? tr(", %1 already there").arg(locale.toString(e.rowsPresent))
                                        : QString()) +
                     QStringLiteral(".");
    }
    if (e.rowsQuarantined > 0)
        parts << (e.rowsQuarantined == 1
                      ? tr("1 row was set aside; see Quarantined rows for where and why.")
                      : tr("%1 rows were set aside; see Quarantined rows for where and why.")
                            .arg(locale.toString(e.rowsQuarantined)));
    QString message = e.message;
    if (e.status == QLatin1String("loaded") || e.status == QLatin1String("partial")) {
        // The writer's message of a finished import repeats the counts said above ("x.tsv: 6 rows
        // loaded, …"); what it adds are the warnings after the first "; " (unmapped stores, …).
        const qsizetype warnings = message.indexOf(QStringLiteral("; "));
        message = warnings < 0 ? QString() : message.mid(warnings + 2);
    }
    if (!message.isEmpty())
        parts << message;
    return parts.join(u' ');
}

int ImportLogModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_imports.size());
}

int ImportLogModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ImportLogModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const IngestEntry& e = m_imports.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case StartedColumn:
            return e.started.isValid() ? e.started.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                                       : QString();
        case FileColumn:
            return e.file;
        case StatusColumn:
            return statusText(e.status);
        case SummaryColumn:
            return summary(e);
        }
        return {};
    case SortRole:
        if (index.column() == StartedColumn)
            return e.started;
        return data(index, Qt::DisplayRole);
    case Qt::ToolTipRole:
        if (index.column() == SummaryColumn)
            return summary(e);
        if (index.column() == FileColumn)
            return e.rawFile;
        return {};
    case Qt::ForegroundRole:
        if (index.column() == StatusColumn && isProblem(e))
            return QColor(
                QLatin1String(e.status == QLatin1String("failed") || e.status == QLatin1String("rejected")
                                  ? theme::kNegative
                                  : theme::kWarning));
        return {};
    default:
        return {};
    }
}

QVariant ImportLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case StartedColumn:
        return tr("Started");
    case FileColumn:
        return tr("File");
    case StatusColumn:
        return tr("Status");
    case SummaryColumn:
        return tr("What happened");
    }
    return {};
}

} // namespace bedrot
