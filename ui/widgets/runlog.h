// The run log: what each import did, in words a user understands, newest last. Lives in a dock.
#pragma once

#include <QTreeWidget>

namespace bedrot {

struct ImportResult;

class RunLog final : public QTreeWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunLog)

public:
    enum Column
    {
        TimeColumn,
        StatusColumn,
        MessageColumn,
        ColumnCount
    };
    enum class Level
    {
        Info,
        Warning,
        Error
    };

    explicit RunLog(QWidget* parent = nullptr);

    // One row per file, with its warnings (unmapped stores, …) as child rows.
    void addResult(const ImportResult& result);
    void addNote(Level level, const QString& message);
    // Plain text of every top-level row ("status: message"), for tests and copying.
    QStringList entries() const;

private:
    QTreeWidgetItem* addRow(Level level, const QString& status, const QString& message);
};

} // namespace bedrot
