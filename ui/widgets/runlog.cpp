// Run log rows, coloured by how much the user should care.
#include "runlog.h"

#include "domain/importresult.h"
#include "theme/darktheme.h"

#include <QDateTime>
#include <QHeaderView>

namespace bedrot {

namespace {

QString statusTitle(ImportResult::Status s)
{
    switch (s) {
    case ImportResult::Status::Loaded:
        return RunLog::tr("Loaded");
    case ImportResult::Status::Partial:
        return RunLog::tr("Partly loaded");
    case ImportResult::Status::AlreadyImported:
        return RunLog::tr("Already imported");
    case ImportResult::Status::Rejected:
        return RunLog::tr("Rejected");
    case ImportResult::Status::NeedsArtist:
        return RunLog::tr("Needs an artist");
    case ImportResult::Status::Failed:
        return RunLog::tr("Failed");
    }
    return {};
}

RunLog::Level levelOf(ImportResult::Status s)
{
    switch (s) {
    case ImportResult::Status::Rejected:
    case ImportResult::Status::Failed:
        return RunLog::Level::Error;
    case ImportResult::Status::Partial:
    case ImportResult::Status::NeedsArtist:
        return RunLog::Level::Warning;
    default:
        return RunLog::Level::Info;
    }
}

} // namespace

RunLog::RunLog(QWidget* parent) : QTreeWidget(parent)
{
    setObjectName(QStringLiteral("run-log"));
    setColumnCount(ColumnCount);
    setHeaderLabels({tr("Time"), tr("Status"), tr("Message")});
    setRootIsDecorated(true);
    setUniformRowHeights(false);
    setWordWrap(true);
    setAlternatingRowColors(true);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    header()->setSectionResizeMode(TimeColumn, QHeaderView::ResizeToContents);
    header()->setSectionResizeMode(StatusColumn, QHeaderView::ResizeToContents);
    header()->setStretchLastSection(true);
}

QTreeWidgetItem* RunLog::addRow(Level level, const QString& status, const QString& message)
{
    auto* item = new QTreeWidgetItem(this);
    item->setText(TimeColumn, QTime::currentTime().toString(QStringLiteral("HH:mm:ss")));
    item->setText(StatusColumn, status);
    item->setText(MessageColumn, message);
    item->setToolTip(MessageColumn, message);
    if (level != Level::Info) {
        const QColor colour(QLatin1String(level == Level::Error ? theme::kNegative : theme::kWarning));
        item->setForeground(StatusColumn, colour);
    }
    scrollToItem(item);
    return item;
}

void RunLog::addResult(const ImportResult& result)
{
    QTreeWidgetItem* item = addRow(levelOf(result.status), statusTitle(result.status), result.message);
    // The message already lists warnings in one line; as children they can be read one by one.
    for (const QString& w : result.warnings) {
        auto* child = new QTreeWidgetItem(item);
        child->setText(StatusColumn, tr("Warning"));
        child->setForeground(StatusColumn, QColor(QLatin1String(theme::kWarning)));
        child->setText(MessageColumn, w);
        child->setToolTip(MessageColumn, w);
    }
}

void RunLog::addNote(Level level, const QString& message)
{
    const QString status = level == Level::Error     ? tr("Error")
                           : level == Level::Warning ? tr("Warning")
                                                     : tr("Info");
    addRow(level, status, message);
}

QStringList RunLog::entries() const
{
    QStringList out;
    for (int i = 0; i < topLevelItemCount(); ++i)
        out << topLevelItem(i)->text(StatusColumn) + QStringLiteral(": ") +
                   topLevelItem(i)->text(MessageColumn);
    return out;
}

} // namespace bedrot
