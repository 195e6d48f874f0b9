// Everything that starts an import from the window: dropped files, File → Import, the question
// "whose export is this?" for files that do not say, and the demo exports staged into the landing
// folder. Imports go to the workspace session it is given.
#pragma once

#include <QList>
#include <QObject>
#include <QSet>
#include <QStringList>

#include <functional>

class QMimeData;
class QWidget;

namespace bedrot {

class ImportProgress;
class RunLog;
class WorkspaceSession;
struct ImportResult;

class ImportController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportController)

public:
    // Answers "whose export is this?" for a file that names no artist: the artist's name, or empty
    // to skip the file. `formatTitle` says what kind of export it is, `artists` the known names.
    using ArtistChooser =
        std::function<QString(const QString& path, const QString& formatTitle, const QStringList& artists)>;

    // Accepts files dropped on `window`, and parents its dialogs there.
    ImportController(QWidget* window, RunLog* runLog, ImportProgress* progress);

    // Where imports go from now on; the questions about another workspace's files are forgotten.
    void setSession(WorkspaceSession* session);
    // The artists the question offers (of the latest answer).
    void setArtists(const QStringList& names) { m_artists = names; }
    // Replaces the dialog that asks whose an export is (tests answer without a dialog).
    void setArtistChooser(ArtistChooser chooser) { m_chooser = std::move(chooser); }

    // The dropped files, all local files or none (a half-accepted drop would surprise).
    static QStringList localFiles(const QMimeData* mime);

public Q_SLOTS:
    void importFiles(const QStringList& paths);
    // Asks for files and imports them (File → Import).
    void chooseFiles();
    // Imports whatever is new in the workspace's landing folder.
    void refresh();
    // Writes the demo exports (off the UI thread), moves them into the landing folder at once and
    // imports them through the same pipeline a user's files take.
    void stageDemo();

Q_SIGNALS:
    // Something the user must see went wrong.
    void problem(const QString& message);
    // An import ended with rejected files or quarantined rows: the run log says which.
    void importHadProblems();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void onFileImported(const ImportResult& result);
    // The import's summary in the progress line and the run log, then the next question.
    void onImportFinished(const QList<ImportResult>& results);
    // One question at a time, after the import that raised it.
    void askNextArtist();
    void onArtistChosen(quint64 sessionSerial, const QString& path, const QString& artist);

    QWidget* m_window;
    RunLog* m_runLog;
    ImportProgress* m_progress;
    WorkspaceSession* m_session = nullptr;
    quint64 m_sessionSerial = 0; // tells an answer for an earlier session from one for this one
    QStringList m_artists;
    ArtistChooser m_chooser;
    QList<ImportResult> m_artistQueue;  // rejected for want of an artist, not asked about yet
    QSet<QString> m_skippedArtistFiles; // paths the user skipped; asked again only on an explicit import
    bool m_askingArtist = false;
};

} // namespace bedrot
