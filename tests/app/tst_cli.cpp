// The real bedrot executable, run headless: import, kpis (json, csv), rebuild, usage errors, help.
#include "analytics/kpicatalog.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using bedrot::KpiCatalog;

namespace {

QString data(const QString& relative)
{
    return QStringLiteral(BEDROT_TEST_DATA "/") + relative;
}

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

} // namespace

class TestCli final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void help();
    void importPrintsFormatAndCounts();
    void importRejectsUnknownFiles_data();
    void importRejectsUnknownFiles();
    void kpisJson();
    void kpisCsv();
    void rebuildKeepsKpis();
    void usageErrors_data();
    void usageErrors();
    void kpisWithoutWarehouseFails();
    void artistOptionAndAliases();
    void aliasSetMergesAndPointsBack();

private:
    Run run(const QStringList& args);
    QString importedWorkspace();
    QTemporaryDir m_home;
    QTemporaryDir m_ws;
    bool m_imported = false;
};

void TestCli::initTestCase()
{
    QVERIFY(QFileInfo(QStringLiteral(BEDROT_EXE)).isExecutable());
    QVERIFY(m_home.isValid());
    QVERIFY(m_ws.isValid());
}

Run TestCli::run(const QStringList& args)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    // Keep the default workspace and settings away from the real user's.
    env.insert(QStringLiteral("HOME"), m_home.path());
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(BEDROT_EXE), args);
    Run r;
    if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit) {
        qWarning("bedrot %s did not finish normally", qPrintable(args.join(u' ')));
        p.kill();
        p.waitForFinished();
        return r;
    }
    r.exitCode = p.exitCode();
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

QString TestCli::importedWorkspace()
{
    if (!m_imported) {
        const Run r = run({QStringLiteral("import"), QStringLiteral("--workspace"), m_ws.path(),
                           data(QStringLiteral("kpis/statement.tsv"))});
        if (r.exitCode == 0)
            m_imported = true;
    }
    return m_ws.path();
}

void TestCli::help()
{
    const Run r = run({QStringLiteral("--help")});
    QCOMPARE(r.exitCode, 0);
    for (const char* word : {"Usage: bedrot", "import", "kpis", "rebuild", "--from", "--format"})
        QVERIFY2(r.out.contains(QLatin1String(word)), word);
    const Run sub = run({QStringLiteral("kpis"), QStringLiteral("--help")});
    QCOMPARE(sub.exitCode, 0);
    QVERIFY(sub.out.contains(QLatin1String("kpis")));
}

void TestCli::importPrintsFormatAndCounts()
{
    QTemporaryDir ws;
    const QString file = data(QStringLiteral("kpis/statement.tsv"));
    const Run r = run({QStringLiteral("import"), QStringLiteral("--workspace"), ws.path(), file});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(
                 QStringLiteral("statement.tsv: DistroKid bank details statement (distrokid.bank_details)")),
             qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("read 22, loaded 22, already present 0, quarantined 0")),
             qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("warning: store 'Anghami'")),
             qPrintable(r.out)); // the unmapped store is said
    QVERIFY(QFileInfo::exists(ws.filePath(QStringLiteral("warehouse.sqlite"))));

    const Run again = run({QStringLiteral("import"), QStringLiteral("--workspace"), ws.path(), file});
    QCOMPARE(again.exitCode, 0);
    QVERIFY2(again.out.contains(QStringLiteral("already imported")), qPrintable(again.out));

    // Rows with problems: still a success, with the quarantine counted.
    const Run partial = run({QStringLiteral("import"), QStringLiteral("--workspace"), ws.path(),
                             data(QStringLiteral("distrokid/bad_rows.tsv"))});
    QCOMPARE(partial.exitCode, 0);
    QVERIFY2(partial.out.contains(QStringLiteral("read 15, loaded 6, already present 0, quarantined 9")),
             qPrintable(partial.out));
}

void TestCli::importRejectsUnknownFiles_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("binary") << data(QStringLiteral("distrokid/binary.xlsx"));
    QTest::newRow("other csv") << data(QStringLiteral("distrokid/not_distrokid.csv"));
    QTest::newRow("empty") << data(QStringLiteral("distrokid/empty.tsv"));
    QTest::newRow("missing") << data(QStringLiteral("distrokid/no_such_file.tsv"));
}

void TestCli::importRejectsUnknownFiles()
{
    QFETCH(QString, file);
    QTemporaryDir ws;
    const QString good = data(QStringLiteral("dedup/statement_2024-10.tsv"));
    const Run r = run({QStringLiteral("import"), QStringLiteral("--workspace"), ws.path(), file, good});
    QVERIFY(r.exitCode != 0);
    QVERIFY(r.exitCode != 2); // not a usage error: the command was right, the file was not
    QVERIFY2(r.err.contains(file), qPrintable(r.err)); // names the file
    if (!file.endsWith(QLatin1String("no_such_file.tsv"))) {
        QVERIFY2(r.err.contains(QStringLiteral("Expected one of")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("DistroKid bank details statement")),
                 qPrintable(r.err)); // lists formats
        QVERIFY2(r.err.contains(QStringLiteral("Earnings (USD)")), qPrintable(r.err));
    }
    // The good file given with it was still imported.
    QVERIFY2(r.out.contains(QStringLiteral("read 6, loaded 6")), qPrintable(r.out));
}

void TestCli::kpisJson()
{
    const QString ws = importedWorkspace();
    QVERIFY(m_imported);
    const Run r = run({QStringLiteral("kpis"), QStringLiteral("--workspace"), ws, QStringLiteral("--from"),
                       QStringLiteral("2024-01-01"), QStringLiteral("--to"), QStringLiteral("2024-03-31"),
                       QStringLiteral("--format"), QStringLiteral("json")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8(), &parseError);
    QVERIFY2(parseError.error == QJsonParseError::NoError,
             qPrintable(parseError.errorString() + u'\n' + r.out));
    QVERIFY(doc.isObject());
    const QJsonObject o = doc.object();
    const QStringList ids = KpiCatalog::ids();
    QCOMPARE(o.keys().size(), ids.size());
    for (const QString& id : ids) {
        QVERIFY2(o.value(id).isObject(), qPrintable(id));
        const QJsonObject k = o.value(id).toObject();
        QCOMPARE(k.keys(), (QStringList{QStringLiteral("as_of"), QStringLiteral("value")}));
        const QJsonValue asOf = k.value(QStringLiteral("as_of"));
        QVERIFY(asOf.isNull() || QDate::fromString(asOf.toString(), Qt::ISODate).isValid());
        if (k.value(QStringLiteral("value")).isNull())
            QVERIFY2(asOf.isNull(), qPrintable(id));
    }
    // Σ earnings of lines with usage month Jan–Mar 2024 (see tests/core/tst_kpis.cpp):
    // 11.00191356 + 4.31 + 3.97234567 = 19.28425923, printed exactly, as a JSON number.
    QVERIFY2(
        r.out.contains(QStringLiteral("\"revenue\": {\"value\": 19.28425923, \"as_of\": \"2025-01-10\"}")),
        qPrintable(r.out));
    QCOMPARE(o.value(QStringLiteral("revenue")).toObject().value(QStringLiteral("value")).toDouble(),
             19.28425923);
    // Money keeps at least 6 decimals: Oct–Dec 2023 = 2.7 + 0.5.
    QVERIFY2(r.out.contains(QStringLiteral("\"revenue_prev\": {\"value\": 3.200000,")), qPrintable(r.out));
    QCOMPARE(o.value(QStringLiteral("statement_units")).toObject().value(QStringLiteral("value")).toInt(),
             7351);
    QCOMPARE(o.value(QStringLiteral("top_store")).toObject().value(QStringLiteral("value")).toString(),
             QStringLiteral("Spotify"));
    QVERIFY(o.value(QStringLiteral("tiktok_views")).toObject().value(QStringLiteral("value")).isNull());

    // Filters reach the command line: Élodie Marchand typed in lower case = 5.64234567.
    const Run artist =
        run({QStringLiteral("kpis"), QStringLiteral("--workspace"), ws, QStringLiteral("--from"),
             QStringLiteral("2024-01-01"), QStringLiteral("--to"), QStringLiteral("2024-03-31"),
             QStringLiteral("--artist"), QStringLiteral("\u00E9lodie marchand"), QStringLiteral("--format"),
             QStringLiteral("json")});
    QCOMPARE(artist.exitCode, 0);
    QVERIFY2(artist.out.contains(QStringLiteral("\"revenue\": {\"value\": 5.64234567,")),
             qPrintable(artist.out));
    const Run youtube = run({QStringLiteral("kpis"), QStringLiteral("--workspace"), ws,
                             QStringLiteral("--from"), QStringLiteral("2024-01-01"), QStringLiteral("--to"),
                             QStringLiteral("2024-03-31"), QStringLiteral("--platform"),
                             QStringLiteral("youtube"), QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(youtube.exitCode, 0);
    QVERIFY2(youtube.out.contains(QStringLiteral("\"revenue\": {\"value\": 0.74999999,")),
             qPrintable(youtube.out));
}

void TestCli::kpisCsv()
{
    const QString ws = importedWorkspace();
    QVERIFY(m_imported);
    const Run r = run({QStringLiteral("kpis"), QStringLiteral("--workspace"), ws, QStringLiteral("--from"),
                       QStringLiteral("2024-01-01"), QStringLiteral("--to"), QStringLiteral("2024-03-31"),
                       QStringLiteral("--format"), QStringLiteral("csv")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(r.out.startsWith(QStringLiteral("id,value,as_of\r\n")));
    QStringList lines = r.out.split(QStringLiteral("\r\n"));
    QCOMPARE(lines.takeLast(), QString()); // every record ends with CRLF
    QCOMPARE(lines.size(), KpiCatalog::ids().size() + 1);
    QVERIFY(lines.contains(QStringLiteral("revenue,19.28425923,2025-01-10")));
    QVERIFY(lines.contains(QStringLiteral("statement_units,7351,2025-01-10")));
    QVERIFY(lines.contains(QStringLiteral("tiktok_views,,")));
    QStringList ids;
    for (const QString& l : lines.mid(1))
        ids << l.section(u',', 0, 0);
    QCOMPARE(ids, KpiCatalog::ids());
}

void TestCli::rebuildKeepsKpis()
{
    QTemporaryDir ws;
    const Run imported =
        run({QStringLiteral("import"), QStringLiteral("--workspace"), ws.path(),
             data(QStringLiteral("kpis/statement.tsv")), data(QStringLiteral("distrokid/bad_rows.tsv")),
             data(QStringLiteral("dedup/statement_2024-12.tsv"))});
    QCOMPARE(imported.exitCode, 0);
    const QStringList kpis = {
        QStringLiteral("kpis"),       QStringLiteral("--workspace"), ws.path(),
        QStringLiteral("--from"),     QStringLiteral("2023-01-01"),  QStringLiteral("--to"),
        QStringLiteral("2025-12-31"), QStringLiteral("--format"),    QStringLiteral("json")};
    const Run before = run(kpis);
    QCOMPARE(before.exitCode, 0);
    QVERIFY(before.out.contains(QStringLiteral("\"revenue\": {\"value\": ")));

    const Run rebuilt = run({QStringLiteral("rebuild"), QStringLiteral("--workspace"), ws.path()});
    QVERIFY2(rebuilt.exitCode == 0, qPrintable(rebuilt.err));
    // 22 + 6 + 9 lines loaded (the newer statement's YouTube (Ads) line is bad_rows.tsv's line 2), 9
    // quarantined.
    QVERIFY2(rebuilt.out.contains(QStringLiteral("from 3 raw files: 37 rows loaded, 9 quarantined")),
             qPrintable(rebuilt.out));

    const Run after = run(kpis);
    QCOMPARE(after.exitCode, 0);
    QCOMPARE(after.out, before.out);
}

void TestCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    const QString ws = QDir::tempPath() + QStringLiteral("/bedrot-cli-no-such-workspace");

    QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")}
                                     << QStringLiteral("frobnicate");
    QTest::newRow("missing --from") << QStringList{QStringLiteral("kpis"), QStringLiteral("--workspace"), ws,
                                                   QStringLiteral("--to"), QStringLiteral("2024-03-31")}
                                    << QStringLiteral("--from");
    QTest::newRow("bad date")
        << QStringList{QStringLiteral("kpis"),      QStringLiteral("--workspace"), ws,
                       QStringLiteral("--from"),    QStringLiteral("2024-13-01"),  QStringLiteral("--to"),
                       QStringLiteral("2024-03-31")}
        << QStringLiteral("YYYY-MM-DD");
    QTest::newRow("short date")
        << QStringList{QStringLiteral("kpis"),      QStringLiteral("--workspace"), ws,
                       QStringLiteral("--from"),    QStringLiteral("2024-1-5"),    QStringLiteral("--to"),
                       QStringLiteral("2024-03-31")}
        << QStringLiteral("YYYY-MM-DD");
    QTest::newRow("from after to")
        << QStringList{QStringLiteral("kpis"),      QStringLiteral("--workspace"), ws,
                       QStringLiteral("--from"),    QStringLiteral("2024-03-01"),  QStringLiteral("--to"),
                       QStringLiteral("2024-01-31")}
        << QStringLiteral("after");
    QTest::newRow("bad format")
        << QStringList{QStringLiteral("kpis"),       QStringLiteral("--workspace"), ws,
                       QStringLiteral("--from"),     QStringLiteral("2024-01-01"),  QStringLiteral("--to"),
                       QStringLiteral("2024-03-31"), QStringLiteral("--format"),    QStringLiteral("xml")}
        << QStringLiteral("--format");
    QTest::newRow("import without file")
        << QStringList{QStringLiteral("import"), QStringLiteral("--workspace"), ws} << QStringLiteral("FILE");
    QTest::newRow("unknown option") << QStringList{QStringLiteral("kpis"), QStringLiteral("--frobnicate")}
                                    << QStringLiteral("frobnicate");
}

void TestCli::usageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    const Run r = run(args);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    QVERIFY(r.err.contains(QStringLiteral("--help"))); // says where to look
    QVERIFY(!QFileInfo::exists(QDir::tempPath() +
                               QStringLiteral("/bedrot-cli-no-such-workspace"))); // nothing created
}

void TestCli::kpisWithoutWarehouseFails()
{
    QTemporaryDir empty;
    const Run r =
        run({QStringLiteral("kpis"), QStringLiteral("--workspace"), empty.path(), QStringLiteral("--from"),
             QStringLiteral("2024-01-01"), QStringLiteral("--to"), QStringLiteral("2024-03-31")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(empty.path()), qPrintable(r.err));
    QVERIFY(
        !QFileInfo::exists(empty.filePath(QStringLiteral("warehouse.sqlite")))); // reading creates nothing
}

void TestCli::artistOptionAndAliases()
{
    QTemporaryDir ws;
    const QString timeline = ws.filePath(QStringLiteral("timeline.csv"));
    {
        QFile f(timeline);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("date,listeners,streams,followers\n2024-10-01,50,80,500\n2024-10-02,60,90,540\n");
    }
    // A timeline that does not say whose it is: refused with a way out, loaded with --artist.
    const Run refused = run({QStringLiteral("import"), QStringLiteral("--workspace"), ws.path(), timeline});
    QVERIFY(refused.exitCode != 0);
    QVERIFY2(refused.err.contains(QStringLiteral("--artist")), qPrintable(refused.err));
    const Run loaded = run({QStringLiteral("import"), QStringLiteral("--workspace"), ws.path(),
                            QStringLiteral("--artist"), QStringLiteral("Nova Rae"), timeline});
    QVERIFY2(loaded.exitCode == 0, qPrintable(loaded.err));
    QVERIFY2(loaded.out.contains(QStringLiteral("loaded 2")), qPrintable(loaded.out));

    const Run set = run({QStringLiteral("alias"), QStringLiteral("--workspace"), ws.path(),
                         QStringLiteral("set"), QStringLiteral("nova_rae"), QStringLiteral("Nova Rae")});
    QVERIFY2(set.exitCode == 0, qPrintable(set.err));
    const Run list = run({QStringLiteral("alias"), QStringLiteral("--workspace"), ws.path()});
    QCOMPARE(list.exitCode, 0);
    QVERIFY2(list.out.contains(QStringLiteral("Nova Rae\n  nova_rae  (set by you)")), qPrintable(list.out));
    const Run bad = run({QStringLiteral("alias"), QStringLiteral("--workspace"), ws.path(),
                         QStringLiteral("set"), QStringLiteral("x")});
    QCOMPARE(bad.exitCode, 2);
    // The KPI sees the artist under the alias the user set.
    const Run json = run({QStringLiteral("kpis"), QStringLiteral("--workspace"), ws.path(),
                          QStringLiteral("--from"), QStringLiteral("2024-10-01"), QStringLiteral("--to"),
                          QStringLiteral("2024-10-31"), QStringLiteral("--artist"),
                          QStringLiteral("NOVA_RAE"), QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(json.exitCode, 0);
    const QJsonObject o = QJsonDocument::fromJson(json.out.toUtf8()).object();
    QCOMPARE(o.value(QStringLiteral("spotify_listeners")).toObject().value(QStringLiteral("value")).toInt(),
             60);
}

void TestCli::aliasSetMergesAndPointsBack()
{
    QTemporaryDir ws;
    auto write = [&](const QString& name, const QByteArray& bytes) {
        QFile f(ws.filePath(name));
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
            qFatal("cannot write %s", qPrintable(name));
        return f.fileName();
    };
    // Both timelines have 2024-10-02; Nova Rae's was imported later.
    const QString zone =
        write(QStringLiteral("zone.csv"),
              "date,listeners,streams,followers\n2024-10-01,50,80,500\n2024-10-02,60,90,540\n");
    const QString nova =
        write(QStringLiteral("nova.csv"), "date,listeners,streams,followers\n2024-10-02,70,95,300\n");
    QCOMPARE(run({QStringLiteral("import"), QStringLiteral("--workspace"), ws.path(),
                  QStringLiteral("--artist"), QStringLiteral("ZONE A0"), zone})
                 .exitCode,
             0);
    QCOMPARE(run({QStringLiteral("import"), QStringLiteral("--workspace"), ws.path(),
                  QStringLiteral("--artist"), QStringLiteral("Nova Rae"), nova})
                 .exitCode,
             0);
    auto listeners = [&](const QString& artist) {
        QStringList args{QStringLiteral("kpis"),       QStringLiteral("--workspace"), ws.path(),
                         QStringLiteral("--from"),     QStringLiteral("2024-10-01"),  QStringLiteral("--to"),
                         QStringLiteral("2024-10-31"), QStringLiteral("--format"),    QStringLiteral("json")};
        if (!artist.isEmpty())
            args << QStringLiteral("--artist") << artist;
        const QJsonObject o = QJsonDocument::fromJson(run(args).out.toUtf8()).object();
        return o.value(QStringLiteral("spotify_listeners")).toObject().value(QStringLiteral("value")).toInt();
    };
    QCOMPARE(listeners(QString()), 130);
    auto alias = [&](const QString& name, const QString& artist) {
        const Run r = run({QStringLiteral("alias"), QStringLiteral("--workspace"), ws.path(),
                           QStringLiteral("set"), name, artist});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    };
    // One artist now: the later file's day wins, and nothing stays behind under the old artist.
    alias(QStringLiteral("Nova Rae"), QStringLiteral("ZONE A0"));
    QCOMPARE(listeners(QStringLiteral("ZONE A0")), 70);
    QCOMPARE(listeners(QString()), 70);
    // Pointed back (Nova Rae is created again): both timelines as they were.
    alias(QStringLiteral("Nova Rae"), QStringLiteral("Nova Rae"));
    QCOMPARE(listeners(QStringLiteral("ZONE A0")), 60);
    QCOMPARE(listeners(QStringLiteral("Nova Rae")), 70);
    QCOMPARE(listeners(QString()), 130);
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
