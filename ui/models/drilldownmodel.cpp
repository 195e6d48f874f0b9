// Drill-down rows: column kinds found from the values, exact money through Money, numeric sorting.
#include "drilldownmodel.h"

#include "theme/darktheme.h"
#include "widgets/kpiformat.h"

#include <QColor>
#include <QCoreApplication>

#include <limits>
#include <optional>

namespace bedrot {

namespace {

bool isInteger(const QVariant& v)
{
    switch (v.typeId()) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Short:
    case QMetaType::UShort:
    case QMetaType::Long:
    case QMetaType::ULong:
        return true;
    default:
        return false;
    }
}

bool isFloating(const QVariant& v)
{
    return v.typeId() == QMetaType::Double || v.typeId() == QMetaType::Float;
}

bool isLineage(const QString& id)
{
    return id == QLatin1String("raw_file") || id == QLatin1String("file") || id == QLatin1String("line");
}

bool isBlank(const QVariant& v)
{
    return v.isNull() || (v.typeId() == QMetaType::QString && v.toString().trimmed().isEmpty());
}

std::optional<Money> moneyOf(const QVariant& v)
{
    if (isInteger(v))
        return Money::fromNanos(v.toLongLong() * Money::kScale);
    if (isBlank(v))
        return std::nullopt;
    return Money::parse(QStringView(v.toString()).trimmed());
}

// Column ids of Insights::drillDown and their titles; others are spelled out from the id.
struct Title
{
    const char* id;
    const char* title;
};
constexpr Title kTitles[] = {
    {"reporting_date", QT_TRANSLATE_NOOP("bedrot::DrillDownModel", "Reporting date")},
    {"sale_month", QT_TRANSLATE_NOOP("bedrot::DrillDownModel", "Sale month")},
    {"store", QT_TRANSLATE_NOOP("bedrot::DrillDownModel", "Store")},
    {"artist", QT_TRANSLATE_NOOP("bedrot::DrillDownModel", "Artist")},
    {"title", QT_TRANSLATE_NOOP("bedrot::DrillDownModel", "Title")},
    {"isrc", QT_TRANSLATE_NOOP("bedrot::DrillDownModel", "ISRC")},
    {"country", QT_TRANSLATE_NOOP("bedrot::DrillDownModel", "Country")},
    {"quantity", QT_TRANSLATE_NOOP("bedrot::DrillDownModel", "Quantity")},
    {"earnings_usd", QT_TRANSLATE_NOOP("bedrot::DrillDownModel", "Earnings (USD)")},
    {"day", QT_TRANSLATE_NOOP("bedrot::DrillDownModel", "Day")},
    {"distributor", QT_TRANSLATE_NOOP("bedrot::DrillDownModel", "Distributor")},
    {"platform", QT_TRANSLATE_NOOP("bedrot::DrillDownModel", "Platform")},
    {"streams", QT_TRANSLATE_NOOP("bedrot::DrillDownModel", "Streams")},
    {"listeners", QT_TRANSLATE_NOOP("bedrot::DrillDownModel", "Listeners")},
    {"followers", QT_TRANSLATE_NOOP("bedrot::DrillDownModel", "Followers")},
    {"video_views", QT_TRANSLATE_NOOP("bedrot::DrillDownModel", "Video views")},
    {"profile_views", QT_TRANSLATE_NOOP("bedrot::DrillDownModel", "Profile views")},
    {"likes", QT_TRANSLATE_NOOP("bedrot::DrillDownModel", "Likes")},
    {"comments", QT_TRANSLATE_NOOP("bedrot::DrillDownModel", "Comments")},
    {"shares", QT_TRANSLATE_NOOP("bedrot::DrillDownModel", "Shares")},
    {"account", QT_TRANSLATE_NOOP("bedrot::DrillDownModel", "Account")},
    {"total_views", QT_TRANSLATE_NOOP("bedrot::DrillDownModel", "Views")},
    {"total_clicks", QT_TRANSLATE_NOOP("bedrot::DrillDownModel", "Clicks")},
    {"campaign", QT_TRANSLATE_NOOP("bedrot::DrillDownModel", "Campaign")},
    {"ad_set", QT_TRANSLATE_NOOP("bedrot::DrillDownModel", "Ad set")},
    {"ad", QT_TRANSLATE_NOOP("bedrot::DrillDownModel", "Ad")},
    {"spend_usd", QT_TRANSLATE_NOOP("bedrot::DrillDownModel", "Spend (USD)")},
    {"impressions", QT_TRANSLATE_NOOP("bedrot::DrillDownModel", "Impressions")},
    {"clicks", QT_TRANSLATE_NOOP("bedrot::DrillDownModel", "Clicks")},
    {"raw_file", QT_TRANSLATE_NOOP("bedrot::DrillDownModel", "Raw file")},
    {"file", QT_TRANSLATE_NOOP("bedrot::DrillDownModel", "File")},
    {"line", QT_TRANSLATE_NOOP("bedrot::DrillDownModel", "Line")},
};

} // namespace

DrillDownModel::DrillDownModel(QObject* parent) : QAbstractTableModel(parent) {}

DrillDownModel::ColumnKind DrillDownModel::kindOf(const DrillDown& d, int column)
{
    const bool moneyName = d.columns.at(column).endsWith(QLatin1String("_usd"));
    bool integers = false, floats = false, texts = false, allMoney = true;
    for (const QVariantList& row : d.rows) {
        const QVariant v = row.value(column);
        if (isBlank(v))
            continue;
        if (isInteger(v))
            integers = true;
        else if (isFloating(v))
            floats = true;
        else {
            texts = true;
            if (allMoney && !Money::parse(QStringView(v.toString()).trimmed()))
                allMoney = false;
        }
    }
    // Money arrives as exact decimal text: it is money by its name, or by being the KPI's sum column.
    if (texts && allMoney && !floats && (moneyName || column == d.valueColumn))
        return ColumnKind::Money;
    if (!texts && moneyName && !floats)
        return ColumnKind::Money;
    if (texts)
        return ColumnKind::Text;
    if (floats)
        return ColumnKind::Number;
    return integers ? ColumnKind::Integer : ColumnKind::Text;
}

void DrillDownModel::setDrillDown(const DrillDown& drillDown)
{
    beginResetModel();
    m_drillDown = drillDown;
    m_kinds.clear();
    for (int c = 0; c < m_drillDown.columns.size(); ++c)
        m_kinds << kindOf(m_drillDown, c);
    endResetModel();
}

QString DrillDownModel::columnId(int column) const
{
    return m_drillDown.columns.value(column);
}

QString DrillDownModel::columnTitle(const QString& id)
{
    for (const Title& t : kTitles)
        if (id == QLatin1String(t.id))
            return tr(t.title);
    QString words = id;
    if (words.endsWith(QLatin1String("_usd")))
        words = words.chopped(4) + QStringLiteral(" (USD)");
    words.replace(u'_', u' ');
    if (!words.isEmpty())
        words[0] = words.at(0).toUpper();
    return words;
}

DrillDownModel::ColumnKind DrillDownModel::columnKind(int column) const
{
    return m_kinds.value(column, ColumnKind::Text);
}

int DrillDownModel::valueColumn() const
{
    const int c = m_drillDown.valueColumn;
    return c >= 0 && c < m_drillDown.columns.size() ? c : -1;
}

DrillDownModel::Sum DrillDownModel::sumOf(const QList<int>& rows, int column) const
{
    Sum sum;
    sum.kind = columnKind(column);
    if (column < 0 || column >= m_drillDown.columns.size())
        sum.kind = ColumnKind::Text;
    if (sum.kind == ColumnKind::Text)
        return sum;
    for (int r : rows) {
        const QVariant v = m_drillDown.rows.value(r).value(column);
        switch (sum.kind) {
        case ColumnKind::Integer:
            sum.integer += v.toLongLong();
            break;
        case ColumnKind::Money:
            sum.money += moneyOf(v).value_or(Money());
            break;
        case ColumnKind::Number:
            sum.number += v.toDouble();
            break;
        case ColumnKind::Text:
            break;
        }
    }
    return sum;
}

QString DrillDownModel::exactSum(const QList<int>& rows, int column) const
{
    const Sum sum = sumOf(rows, column);
    switch (sum.kind) {
    case ColumnKind::Integer:
        return QString::number(sum.integer);
    case ColumnKind::Money:
        return sum.money.toString(2);
    case ColumnKind::Number:
        return QString::number(sum.number, 'g', QLocale::FloatingPointShortest);
    case ColumnKind::Text:
        break;
    }
    return {};
}

QString DrillDownModel::displaySum(const QList<int>& rows, int column) const
{
    const Sum sum = sumOf(rows, column);
    switch (sum.kind) {
    case ColumnKind::Integer:
        return KpiFormat::locale().toString(sum.integer);
    case ColumnKind::Money:
        return sum.money.toString(2);
    case ColumnKind::Number:
        return KpiFormat::locale().toString(sum.number, 'g', QLocale::FloatingPointShortest);
    case ColumnKind::Text:
        break;
    }
    return {};
}

QString DrillDownModel::exactText(const QVariant& value, ColumnKind kind) const
{
    if (value.isNull())
        return {};
    switch (kind) {
    case ColumnKind::Integer:
        return QString::number(value.toLongLong());
    case ColumnKind::Money:
        // As the warehouse gave it: the exact decimal text of its nano-units.
        return isInteger(value) ? moneyOf(value)->toString(2) : value.toString().trimmed();
    case ColumnKind::Number:
        return QString::number(value.toDouble(), 'g', QLocale::FloatingPointShortest);
    case ColumnKind::Text:
        break;
    }
    if (value.typeId() == QMetaType::QDate)
        return value.toDate().toString(Qt::ISODate);
    if (value.typeId() == QMetaType::QDateTime)
        return value.toDateTime().toString(Qt::ISODateWithMs);
    return value.toString();
}

QVariant DrillDownModel::sortValue(const QVariant& value, ColumnKind kind) const
{
    // One type per column, blanks first: QVariants of different types do not order.
    switch (kind) {
    case ColumnKind::Integer:
        return isBlank(value) ? std::numeric_limits<qint64>::min() : value.toLongLong();
    case ColumnKind::Money: {
        const std::optional<Money> m = moneyOf(value);
        return m ? m->nanos() : std::numeric_limits<qint64>::min();
    }
    case ColumnKind::Number:
        return isBlank(value) ? std::numeric_limits<double>::lowest() : value.toDouble();
    case ColumnKind::Text:
        break;
    }
    return exactText(value, kind);
}

QVariant DrillDownModel::display(const QVariant& value, int column) const
{
    const ColumnKind kind = columnKind(column);
    if (value.isNull())
        return QString();
    // Line numbers and other integers: line numbers read better without grouping.
    if (kind == ColumnKind::Integer && columnId(column) != QLatin1String("line"))
        return KpiFormat::locale().toString(value.toLongLong());
    if (kind == ColumnKind::Number)
        return KpiFormat::locale().toString(value.toDouble(), 'g', QLocale::FloatingPointShortest);
    return exactText(value, kind);
}

int DrillDownModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_drillDown.rows.size());
}

int DrillDownModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_drillDown.columns.size());
}

QVariant DrillDownModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QVariant value = m_drillDown.rows.at(index.row()).value(index.column());
    const ColumnKind kind = columnKind(index.column());
    switch (role) {
    case Qt::DisplayRole:
        return display(value, index.column());
    case Qt::ToolTipRole: {
        const QString id = columnId(index.column());
        if (id == QLatin1String("raw_file"))
            return tr("The untouched copy of the imported file, in the workspace: %1")
                .arg(exactText(value, kind));
        return exactText(value, kind);
    }
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(kind == ColumnKind::Text ? Qt::AlignLeft | Qt::AlignVCenter
                                                            : Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ForegroundRole:
        if (kind == ColumnKind::Money) {
            const std::optional<Money> m = moneyOf(value);
            if (m && m->nanos() < 0)
                return QColor(QLatin1String(theme::kNegative)); // returns and chargebacks
        }
        if (isLineage(columnId(index.column())))
            return QColor(QLatin1String(theme::kTextMuted)); // where the row came from
        return {};
    case SortRole:
        return sortValue(value, kind);
    case ExactTextRole:
        return exactText(value, kind);
    case ColumnKindRole:
        return int(kind);
    }
    return {};
}

QVariant DrillDownModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= m_drillDown.columns.size())
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (role) {
    case Qt::DisplayRole:
        return columnTitle(columnId(section));
    case Qt::ToolTipRole:
        return section == valueColumn()
                   ? tr("%1: this column sums to the KPI").arg(columnTitle(columnId(section)))
                   : QVariant();
    }
    return {};
}

QHash<int, QByteArray> DrillDownModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(SortRole, "sortValue");
    names.insert(ExactTextRole, "exactText");
    names.insert(ColumnKindRole, "columnKind");
    return names;
}

} // namespace bedrot
