// Status bar progress for imports.
#include "importprogress.h"

#include "domain/importresult.h"
#include "kpiformat.h"
#include "warehouse/commitinfo.h"

#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QStyle>

namespace bedrot {

ImportProgress::ImportProgress(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("import-progress"));
    m_label = new QLabel(this);
    m_label->setObjectName(QStringLiteral("import-progress-message"));
    m_label->setProperty("tone", QStringLiteral("normal"));
    m_label->setTextFormat(Qt::PlainText);
    m_label->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_bar = new QProgressBar(this);
    m_bar->setObjectName(QStringLiteral("import-progress-bar"));
    m_bar->setRange(0, 1000);
    m_bar->setFixedWidth(240);
    m_bar->setTextVisible(true);
    m_bar->setVisible(false);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 0, 4, 0);
    layout->setSpacing(10);
    layout->addWidget(m_bar);
    layout->addWidget(m_label, 1);
}

QString ImportProgress::message() const
{
    return m_label->text();
}

int ImportProgress::progress() const
{
    return m_bar->value();
}

void ImportProgress::start(int fileCount)
{
    m_running = true;
    m_fileIndex = 0;
    m_fileCount = fileCount;
    m_rowsLoaded = 0;
    m_fileRowsLoaded = 0;
    m_fileName.clear();
    setProgress(0);
    m_bar->setVisible(fileCount > 0);
    showMessage(fileCount == 1 ? tr("Importing 1 file\u2026") : tr("Importing %1 files\u2026").arg(fileCount),
                Tone::Normal);
}

void ImportProgress::fileStarted(const QString& path, int index, int count)
{
    m_fileIndex = index;
    m_fileCount = count;
    m_fileName = QFileInfo(path).fileName();
    m_fileRowsLoaded = 0;
    m_bar->setFormat(tr("file %1/%2").arg(index + 1).arg(count));
    setProgress(count > 0 ? double(index) / count : 0);
    showMessage(tr("Reading %1\u2026").arg(m_fileName), Tone::Normal);
}

void ImportProgress::batchCommitted(const CommitInfo& info)
{
    m_rowsLoaded += info.rowsLoaded;
    m_fileRowsLoaded += info.rowsLoaded;
    if (m_fileCount > 0)
        setProgress((m_fileIndex + std::clamp(info.fileProgress, 0.0, 1.0)) / m_fileCount);
    const QString rows =
        m_fileRowsLoaded == 1 ? tr("1 new row") : tr("%1 new rows").arg(KpiFormat::count(m_fileRowsLoaded));
    showMessage(tr("%1: %2 so far (%3 in this run)").arg(m_fileName, rows, KpiFormat::count(m_rowsLoaded)),
                Tone::Normal);
}

void ImportProgress::finish(const QList<ImportResult>& results)
{
    m_running = false;
    setProgress(1);
    m_bar->setVisible(false);
    if (hasProblems(results))
        showMessage(summary(results) + tr(" \u2014 see the run log (View \u2192 Run Log)"), Tone::Problem);
    else
        showMessage(summary(results), Tone::Good);
}

void ImportProgress::showMessage(const QString& text, Tone tone)
{
    m_label->setText(text);
    m_label->setToolTip(text);
    if (tone == m_tone)
        return;
    m_tone = tone;
    m_label->setProperty("tone", tone == Tone::Problem ? QStringLiteral("problem")
                                 : tone == Tone::Good  ? QStringLiteral("good")
                                                       : QStringLiteral("normal"));
    m_label->style()->unpolish(m_label);
    m_label->style()->polish(m_label);
}

void ImportProgress::setProgress(double fraction)
{
    m_bar->setValue(int(std::clamp(fraction, 0.0, 1.0) * 1000.0 + 0.5));
}

QString ImportProgress::summary(const QList<ImportResult>& results)
{
    if (results.isEmpty())
        return tr("Nothing to import: no files found.");
    qint64 read = 0, loaded = 0, quarantined = 0;
    int already = 0, rejected = 0, failed = 0;
    for (const ImportResult& r : results) {
        if (r.status == ImportResult::Status::AlreadyImported) {
            ++already; // its counts are the earlier import's, not this run's
            continue;
        }
        read += r.rowsRead;
        loaded += r.rowsLoaded;
        quarantined += r.rowsQuarantined;
        if (r.status == ImportResult::Status::Rejected)
            ++rejected;
        if (r.status == ImportResult::Status::Failed)
            ++failed;
    }
    const int n = int(results.size());
    QString text = (n == 1 ? tr("1 file") : tr("%1 files").arg(n)) +
                   tr(": %1 rows read, %2 new, %3 quarantined")
                       .arg(KpiFormat::count(read), KpiFormat::count(loaded), KpiFormat::count(quarantined));
    QStringList extra;
    if (already > 0)
        extra << tr("%1 already imported").arg(already);
    if (rejected > 0)
        extra << tr("%1 rejected").arg(rejected);
    if (failed > 0)
        extra << tr("%1 failed").arg(failed);
    if (!extra.isEmpty())
        text += QStringLiteral("; ") + extra.join(QStringLiteral(", "));
    return text;
}

bool ImportProgress::hasProblems(const QList<ImportResult>& results)
{
    for (const ImportResult& r : results) {
        // An already imported file reports the earlier import's quarantine; it was news back then.
        if (r.status == ImportResult::Status::AlreadyImported)
            continue;
        if (!r.recognised() || r.status == ImportResult::Status::Partial || r.rowsQuarantined > 0)
            return true;
    }
    return false;
}

} // namespace bedrot
