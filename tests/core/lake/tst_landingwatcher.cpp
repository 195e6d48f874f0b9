// The landing folder watch: files already there are not announced, a new file is announced once,
// and only after it stopped growing; partial-download names are ignored.
#include "lake/landingwatcher.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace bedrot;

class TestLandingWatcher final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void announcesSettledNewFilesOnce();
};

void TestLandingWatcher::announcesSettledNewFilesOnce()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    auto append = [&](const QString& name, const QByteArray& bytes) {
        QFile f(dir.filePath(name));
        QVERIFY(f.open(QIODevice::Append));
        f.write(bytes);
    };
    append(QStringLiteral("old.tsv"), "already here\n");

    LandingWatcher watcher(dir.path());
    watcher.setSettleInterval(150);
    watcher.start();
    QSignalSpy ready(&watcher, &LandingWatcher::filesReady);

    // A download in progress, then complete under its final name; and a browser's partial file.
    append(QStringLiteral("statement.tsv"), "first half\n");
    append(QStringLiteral("other.csv.crdownload"), "partial\n");
    QTest::qWait(220); // past the first look: the file has been seen half-written
    QCOMPARE(ready.count(), 0);
    append(QStringLiteral("statement.tsv"), "second half\n"); // still growing: not yet announced
    QVERIFY(ready.wait(5000));
    QCOMPARE(ready.count(), 1);
    const QStringList paths = ready.first().first().toStringList();
    QCOMPARE(paths, QStringList{QDir(dir.path()).absoluteFilePath(QStringLiteral("statement.tsv"))});
    QFile f(paths.first());
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), QByteArray("first half\nsecond half\n")); // whole when announced

    // Nothing changes: no second announcement.
    QVERIFY(!ready.wait(600));
    QCOMPARE(ready.count(), 1);
}

QTEST_GUILESS_MAIN(TestLandingWatcher)
#include "tst_landingwatcher.moc"
