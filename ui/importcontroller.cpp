// The import controller: drag and drop, the file dialog, the artist question queue, demo staging.
#include "importcontroller.h"

#include "demo/demostaging.h"
#include "dialogs/artistchoicedialog.h"
#include "domain/importresult.h"
#include "lake/workspace.h"
#include "session/workspacesession.h"
#include "uilog.h"
#include "widgets/importprogress.h"
#include "widgets/runlog.h"

#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QMimeData>
#include <QTimer>
#include <QWidget>
#include <QtConcurrent/QtConcurrentRun>

namespace bedrot {

ImportController::ImportController(QWidget* window, RunLog* runLog, ImportProgress* progress)
    : QObject(window), m_window(window), m_runLog(runLog), m_progress(progress)
{
    window->setAcceptDrops(true);
    window->installEventFilter(this);
}

void ImportController::setSession(WorkspaceSession* session)
{
    if (m_session)
        m_session->disconnect(this);
    m_session = session;
    ++m_sessionSerial;
    m_artists.clear();
    m_artistQueue.clear();
    m_skippedArtistFiles.clear();
    if (!m_session)
        return;
    connect(m_session, &WorkspaceSession::fileImported, this, &ImportController::onFileImported);
    connect(m_session, &WorkspaceSession::importFinished, this, &ImportController::onImportFinished);
}

QStringList ImportController::localFiles(const QMimeData* mime)
{
    QStringList files;
    if (!mime || !mime->hasUrls())
        return files;
    for (const QUrl& url : mime->urls()) {
        if (!url.isLocalFile())
            return {};
        const QFileInfo fi(url.toLocalFile());
        if (!fi.isFile())
            return {};
        files << fi.absoluteFilePath();
    }
    return files;
}

bool ImportController::eventFilter(QObject* watched, QEvent* event)
{
    if (watched != m_window)
        return false;
    if (event->type() == QEvent::DragEnter) {
        auto* enter = static_cast<QDragEnterEvent*>(event);
        if (!localFiles(enter->mimeData()).isEmpty())
            enter->acceptProposedAction();
        return true;
    }
    if (event->type() == QEvent::Drop) {
        auto* drop = static_cast<QDropEvent*>(event);
        const QStringList files = localFiles(drop->mimeData());
        if (!files.isEmpty()) {
            drop->acceptProposedAction();
            importFiles(files);
        }
        return true;
    }
    return false;
}

void ImportController::importFiles(const QStringList& paths)
{
    QStringList absolute;
    for (const QString& p : paths)
        if (!p.isEmpty())
            absolute << QFileInfo(p).absoluteFilePath();
    if (absolute.isEmpty() || !m_session)
        return;
    for (const QString& p : std::as_const(absolute))
        m_skippedArtistFiles.remove(p); // asked again: the user chose to
    m_session->importFiles(absolute);
}

void ImportController::chooseFiles()
{
    importFiles(QFileDialog::getOpenFileNames(m_window, tr("Import exports"), QDir::homePath(),
                                              tr("Exports (*.tsv *.csv *.txt);;All files (*)")));
}

void ImportController::stageDemo()
{
    if (!m_session)
        return;
    const QString landing = Workspace(m_session->root()).landingDir();
    m_progress->showMessage(
        tr("Writing demo statements into %1\u2026").arg(QDir::toNativeSeparators(landing)),
        ImportProgress::Tone::Normal);
    auto* watcher = new QFutureWatcher<Result<QStringList>>(this);
    connect(watcher, &QFutureWatcher<Result<QStringList>>::finished, this,
            [this, watcher, landing, serial = m_sessionSerial] {
                watcher->deleteLater();
                const Result<QStringList> written = watcher->result();
                // Moved here, in the same turn as the refresh below, so before any watch notices.
                const Result<QStringList> moved =
                    written ? DemoStaging::moveIn(landing, *written) : Result<QStringList>(written.error());
                if (serial != m_sessionSerial || !m_session)
                    return; // the user moved on to another workspace
                if (!moved) {
                    qCWarning(lcUi) << "demo staging failed:" << moved.error().message;
                    Q_EMIT problem(
                        tr("Could not write the demo files into %1.").arg(QDir::toNativeSeparators(landing)));
                    return;
                }
                m_session->refreshLanding();
            });
    watcher->setFuture(QtConcurrent::run([landing] { return DemoStaging::write(landing); }));
}

void ImportController::refresh()
{
    if (!m_session)
        return;
    m_progress->showMessage(tr("Looking for new files in %1\u2026")
                                .arg(QDir::toNativeSeparators(Workspace(m_session->root()).landingDir())),
                            ImportProgress::Tone::Normal);
    m_session->refreshLanding();
}

void ImportController::onImportFinished(const QList<ImportResult>& results)
{
    // After the summary, so the question follows the answer to the import that raised it.
    QTimer::singleShot(0, this, &ImportController::askNextArtist);
    if (results.isEmpty()) {
        m_progress->showMessage(
            tr("No files in the landing folder %1. Drop exports there or on this window, or use "
               "File \u2192 Import\u2026")
                .arg(QDir::toNativeSeparators(Workspace(m_session->root()).landingDir())),
            ImportProgress::Tone::Normal);
        return;
    }
    const bool problems = ImportProgress::hasProblems(results);
    m_runLog->addNote(problems ? RunLog::Level::Warning : RunLog::Level::Info,
                      ImportProgress::summary(results));
    if (problems)
        Q_EMIT importHadProblems();
}

void ImportController::onFileImported(const ImportResult& result)
{
    const auto queued = [&result](const ImportResult& r) { return r.path == result.path; };
    if (result.status == ImportResult::Status::NeedsArtist && !m_skippedArtistFiles.contains(result.path) &&
        std::none_of(m_artistQueue.cbegin(), m_artistQueue.cend(), queued))
        m_artistQueue << result;
}

void ImportController::askNextArtist()
{
    // A dialog per file in the middle of a folder's import would stack up.
    if (m_askingArtist || m_artistQueue.isEmpty() || !m_session)
        return;
    const ImportResult next = m_artistQueue.takeFirst();
    const quint64 serial = m_sessionSerial;
    if (m_chooser) {
        onArtistChosen(serial, next.path, m_chooser(next.path, next.formatTitle, m_artists));
        return;
    }
    auto* dialog = new ArtistChoiceDialog(next.path, next.formatTitle, m_artists, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_askingArtist = true;
    connect(dialog, &QDialog::finished, this, [this, dialog, serial, path = next.path](int result) {
        m_askingArtist = false;
        onArtistChosen(serial, path, result == QDialog::Accepted ? dialog->artist() : QString());
    });
    dialog->open();
}

void ImportController::onArtistChosen(quint64 sessionSerial, const QString& path, const QString& artist)
{
    if (sessionSerial != m_sessionSerial || !m_session)
        return; // the user moved on to another workspace meanwhile
    const QString name = artist.trimmed();
    const QString file = QDir::toNativeSeparators(path);
    if (name.isEmpty()) {
        m_skippedArtistFiles.insert(path);
        m_runLog->addNote(
            RunLog::Level::Warning,
            tr("Skipped %1: it does not say whose it is. Import it again (Ctrl+O) to choose the artist.")
                .arg(file));
    } else {
        m_runLog->addNote(RunLog::Level::Info, tr("Importing %1 as an export of %2.").arg(file, name));
        m_session->importFiles({path}, name);
    }
    askNextArtist();
}

} // namespace bedrot
