// Import progress in the status bar: file i of n, progress through it, rows loaded so far, and a
// summary with problems spelled out when the run ends.
#pragma once

#include "domain/importresult.h"
#include "warehouse/commitinfo.h"

#include <QList>
#include <QWidget>

class QLabel;
class QProgressBar;

namespace bedrot {

class ImportProgress final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportProgress)

public:
    enum class Tone
    {
        Normal,
        Good,
        Problem
    };

    explicit ImportProgress(QWidget* parent = nullptr);

    QString message() const;
    Tone tone() const { return m_tone; }
    bool isRunning() const { return m_running; }
    // 0..1000 over the whole run.
    int progress() const;

    // "2 files: 7,169 rows read, 1,940 new, 0 quarantined", then what went wrong, if anything. The status
    // bar adds a pointer to the run log when something did.
    static QString summary(const QList<ImportResult>& results);
    // True when a file was rejected, failed or had rows quarantined.
    static bool hasProblems(const QList<ImportResult>& results);

public Q_SLOTS:
    void start(int fileCount);
    void fileStarted(const QString& path, int index, int count);
    void batchCommitted(const bedrot::CommitInfo& info);
    void finish(const QList<bedrot::ImportResult>& results);
    void showMessage(const QString& text, bedrot::ImportProgress::Tone tone);

private:
    void setProgress(double fraction);

    QLabel* m_label = nullptr;
    QProgressBar* m_bar = nullptr;
    Tone m_tone = Tone::Normal;
    bool m_running = false;
    int m_fileIndex = 0;
    int m_fileCount = 0;
    QString m_fileName;
    qint64 m_rowsLoaded = 0;
    qint64 m_fileRowsLoaded = 0;
};

} // namespace bedrot
