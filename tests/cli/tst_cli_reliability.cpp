// authdesk-cli refuses what it does not understand and never acts without its audit line:
// extra arguments, ids that would become other routes, out-of-range numbers, a full disk
// under the audit log, an unwritable settings file, a tampered audit log (audit verify),
// escape sequences from a server, two processes adding one profile at once, and --timeout
// as one deadline for the whole command. The real binary against the real sandbox.
#include "CliRunner.h"
#include "FakeServer.h"
#include "SandboxProcess.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QtTest>

class TestCliReliability : public QObject
{
    Q_OBJECT
    SandboxProcess m_sandbox;
    QTemporaryDir m_dir;
    CliRunner m_run;
    QProcessEnvironment m_env = QProcessEnvironment::systemEnvironment();

    QString dataDir() const { return m_dir.filePath(QStringLiteral("data")); }
    QString auditPath() const { return dataDir() + QStringLiteral("/AuthDesk/authdesk/audit.jsonl"); }
    CliRun cli(const QStringList &args, const QByteArray &input = {}) { return m_run(args, input, m_env); }
    CliRun p28(const QStringList &args, const QByteArray &input = {})
    {
        return cli(QStringList{QStringLiteral("--profile"), QStringLiteral("p28")} + args, input);
    }
    qsizetype requests(const QString &route) const { return m_sandbox.requests(route).size(); }

private Q_SLOTS:
    void initTestCase()
    {
        m_run.config = m_dir.filePath(QStringLiteral("profiles.ini"));
        m_env.insert(QStringLiteral("XDG_DATA_HOME"), dataDir());
        QString error;
        QVERIFY2(m_sandbox.start({}, &error), qPrintable(error));
        QCOMPARE(cli({QStringLiteral("profiles"), QStringLiteral("add"), QStringLiteral("p28"), QStringLiteral("--dialect"), QStringLiteral("platform28"),
                      QStringLiteral("--url"), m_sandbox.platform28Url().toString(), QStringLiteral("--user"), QStringLiteral("admin")}).code, 0);
        QCOMPARE(p28({QStringLiteral("signin")}, "Admin#2026\n").code, 0);
    }
    void init()
    {
        QFile::remove(auditPath());
        m_sandbox.control("DELETE", QStringLiteral("/_sandbox/requests"));
    }

    void extraArgumentsAreRefused()
    {
        const CliRun r = p28({QStringLiteral("sessions"), QStringLiteral("terminate"), QStringLiteral("s-alice-1"), QStringLiteral("s-alice-2"),
                              QStringLiteral("s-bob-1")});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains("s-alice-2"), r.err.constData());
        QCOMPARE(requests(QStringLiteral("P6")), 0);
        QCOMPARE(p28({QStringLiteral("sessions"), QStringLiteral("terminate")}).code, 2); // and missing ones
        // An option of another command is not silently ignored either.
        QCOMPARE(p28({QStringLiteral("sessions"), QStringLiteral("terminate"), QStringLiteral("s-alice-1"), QStringLiteral("--forced")}).code, 2);
        QCOMPARE(requests(QStringLiteral("P6")), 0);
    }

    void idsThatWouldBeOtherRoutesAreRefused()
    {
        for (const char *id : {".", "..", "a/b", "..\\x", "x\ty"}) {
            const CliRun r = p28({QStringLiteral("sessions"), QStringLiteral("get"), QString::fromLatin1(id)});
            QVERIFY2(r.code == 2, id);
        }
        const CliRun bulk = p28({QStringLiteral("sessions"), QStringLiteral("terminate-many")}, "s-alice-1\n..\n");
        QCOMPARE(bulk.code, 2);
        QCOMPARE(m_sandbox.requests({}).size(), 0); // nothing at all reached the server
    }

    void outOfRangeNumbersAreRefused()
    {
        for (const char *t : {"1e10", "0", "-5", "nan", "12abc"})
            QVERIFY2(p28({QStringLiteral("--timeout"), QLatin1String(t), QStringLiteral("status")}).code == 2, t);
        for (const char *n : {"0", "100000", "4.5", "1e3"})
            QVERIFY2(p28({QStringLiteral("sessions"), QStringLiteral("terminate-many"), QStringLiteral("--concurrency"), QLatin1String(n)}, "s-bob-1\n").code == 2, n);
        QCOMPARE(cli({QStringLiteral("profiles"), QStringLiteral("add"), QStringLiteral("x"), QStringLiteral("--dialect"), QStringLiteral("platform28"),
                      QStringLiteral("--url"), QStringLiteral("https://example.com/p28/api/v2"), QStringLiteral("--transfer-timeout"), QStringLiteral("99999999999")}).code, 2);
        QCOMPARE(requests(QStringLiteral("P6")), 0);
        // A refused job leaves no journal behind.
        QCOMPARE(cli({QStringLiteral("--json"), QStringLiteral("jobs"), QStringLiteral("list")}).json().value(QStringLiteral("result")).toArray().size(), 0);
    }

    void anActionIsAuditedBeforeAndAfter()
    {
        const QStringList ids = m_sandbox.generateSessions(1, QStringLiteral("u-bob"));
        QCOMPARE(p28({QStringLiteral("sessions"), QStringLiteral("terminate"), ids.value(0)}).code, 0);
        QFile log(auditPath());
        QVERIFY(log.open(QIODevice::ReadOnly));
        QCOMPARE(log.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup | QFileDevice::WriteOther),
                 QFileDevice::Permissions());
        const QList<QByteArray> lines = log.readAll().trimmed().split('\n');
        QCOMPARE(lines.size(), 2);
        const QJsonObject intent = QJsonDocument::fromJson(lines[0]).object();
        const QJsonObject outcome = QJsonDocument::fromJson(lines[1]).object();
        QCOMPARE(intent.value(QStringLiteral("phase")).toString(), QStringLiteral("intent"));
        QCOMPARE(outcome.value(QStringLiteral("phase")).toString(), QStringLiteral("outcome"));
        QCOMPARE(outcome.value(QStringLiteral("outcome")).toString(), QStringLiteral("ok"));
        QCOMPARE(intent.value(QStringLiteral("id")), outcome.value(QStringLiteral("id")));
        QCOMPARE(outcome.value(QStringLiteral("user")).toString(), QStringLiteral("admin"));
        QCOMPARE(outcome.value(QStringLiteral("prev")).toString(), intent.value(QStringLiteral("hash")).toString());
    }

    void aFullDiskRefusesTheAction()
    {
        // The audit file is /dev/full: every write fails with "No space left on device".
        QDir().mkpath(QFileInfo(auditPath()).absolutePath());
        QVERIFY(QFile::link(QStringLiteral("/dev/full"), auditPath()));
        const QStringList ids = m_sandbox.generateSessions(3, QStringLiteral("u-bob"));
        const CliRun one = p28({QStringLiteral("sessions"), QStringLiteral("terminate"), ids.value(0)});
        QCOMPARE(one.code, 11);
        QVERIFY2(one.err.contains("audit"), one.err.constData());
        const CliRun many = p28({QStringLiteral("sessions"), QStringLiteral("terminate-many")}, ids.join(u'\n').toUtf8() + '\n');
        QCOMPARE(many.code, 10);
        QCOMPARE(requests(QStringLiteral("P6")), 0); // nothing was sent without its audit line
        QFile::remove(auditPath());
    }

    void anUnwritableSettingsFileIsReported()
    {
        CliRunner broken = m_run;
        broken.config = m_dir.filePath(QStringLiteral("settings-is-a-folder"));
        QVERIFY(QDir().mkpath(broken.config));
        const CliRun r = broken({QStringLiteral("profiles"), QStringLiteral("add"), QStringLiteral("y"), QStringLiteral("--dialect"), QStringLiteral("platform28"),
                                 QStringLiteral("--url"), QStringLiteral("https://example.com/p28/api/v2")}, {}, m_env);
        QCOMPARE(r.code, 11);
        QVERIFY2(!r.out.contains("saved"), r.out.constData());
    }

    void twoProcessesAddingOneNameMakeOneProfile()
    {
        QList<QProcess *> procs;
        for (int i = 0; i < 6; ++i) {
            auto *p = new QProcess(this);
            p->setProcessEnvironment(m_env);
            p->start(m_run.binary, {QStringLiteral("--config"), m_run.config, QStringLiteral("profiles"), QStringLiteral("add"), QStringLiteral("Twin"),
                                    QStringLiteral("--dialect"), QStringLiteral("platform28"), QStringLiteral("--url"),
                                    QStringLiteral("https://twin%1.example.com/p28/api/v2").arg(i)});
            procs << p;
        }
        for (QProcess *p : procs) {
            QVERIFY(p->waitForFinished(30'000));
            QCOMPARE(p->exitCode(), 0);
        }
        const QJsonArray all = cli({QStringLiteral("--json"), QStringLiteral("profiles"), QStringLiteral("list")}).json().value(QStringLiteral("result")).toArray();
        int twins = 0;
        for (const QJsonValue &v : all)
            twins += v.toObject().value(QStringLiteral("name")).toString() == u"Twin";
        QCOMPARE(twins, 1);
        QCOMPARE(cli({QStringLiteral("profiles"), QStringLiteral("remove"), QStringLiteral("Twin")}).code, 0);
    }

    void auditVerifyFindsAChangedByte()
    {
        QCOMPARE(p28({QStringLiteral("users"), QStringLiteral("block"), QStringLiteral("bob")}).code, 0);
        QCOMPARE(p28({QStringLiteral("users"), QStringLiteral("unblock"), QStringLiteral("bob")}).code, 0);
        QCOMPARE(cli({QStringLiteral("audit"), QStringLiteral("verify")}).code, 0);
        QFile log(auditPath());
        QVERIFY(log.open(QIODevice::ReadWrite));
        QByteArray text = log.readAll();
        const qsizetype at = text.indexOf("unblock-user");
        QVERIFY(at > 0);
        text[at] = 'U'; // one byte, in the third line
        log.seek(0);
        log.write(text);
        log.close();
        const CliRun r = cli({QStringLiteral("audit"), QStringLiteral("verify")});
        QCOMPARE(r.code, 12);
        QVERIFY2(r.err.contains("audit.jsonl:3"), r.err.constData());
        const CliRun json = cli({QStringLiteral("--json"), QStringLiteral("audit"), QStringLiteral("verify")});
        QCOMPARE(json.code, 12);
        QCOMPARE(json.json().value(QStringLiteral("result")).toObject().value(QStringLiteral("line")).toInt(), 3);
    }

    void serverTextsCannotDriveTheTerminal()
    {
        FakeServer evil("403 Forbidden", "{\"code\":\"NOT_AUTHORIZED\",\"message\":\"Denied \\u001b[2J\\u001b]0;pwned\\u0007 \\u202etxt.exe\"}");
        const CliRun r = cli({QStringLiteral("--dialect"), QStringLiteral("platform28"), QStringLiteral("--url"), evil.url(QStringLiteral("/p28/api/v2")).toString(),
                              QStringLiteral("signin"), QStringLiteral("--user"), QStringLiteral("admin")}, "x\n");
        QVERIFY(r.code != 0);
        QVERIFY2(r.err.contains("Denied"), r.err.constData());
        QVERIFY2(!r.err.contains('\x1b') && !r.err.contains('\x07') && !r.err.contains("\xe2\x80\xae"), r.err.toHex().constData());
    }

    void usersExistsWaitsOutA429()
    {
        const QString url = m_sandbox.baseUrl().toString() + QStringLiteral("/enduser-mobile-web/enduserAPI");
        QVERIFY(m_sandbox.addFault({{QStringLiteral("route"), QStringLiteral("O10")}, {QStringLiteral("kind"), QStringLiteral("ratelimit")},
                                    {QStringLiteral("retryAfter"), 1}, {QStringLiteral("count"), 1}}));
        const CliRun r = cli({QStringLiteral("--dialect"), QStringLiteral("overkiz"), QStringLiteral("--url"), url, QStringLiteral("--json"),
                              QStringLiteral("users"), QStringLiteral("exists"), QStringLiteral("alice@example.com")});
        QVERIFY(m_sandbox.clearFaults());
        QCOMPARE(r.code, 0);
        QCOMPARE(r.json().value(QStringLiteral("result")).toObject().value(QStringLiteral("userExists")).toBool(), true);
        QCOMPARE(requests(QStringLiteral("O10")), 2); // once refused, once more after the wait
        // With less time left than the wait, it reports instead.
        QVERIFY(m_sandbox.addFault({{QStringLiteral("route"), QStringLiteral("O10")}, {QStringLiteral("kind"), QStringLiteral("ratelimit")},
                                    {QStringLiteral("retryAfter"), 30}, {QStringLiteral("count"), 1}}));
        const CliRun hurried = cli({QStringLiteral("--dialect"), QStringLiteral("overkiz"), QStringLiteral("--url"), url, QStringLiteral("--timeout"),
                                    QStringLiteral("3"), QStringLiteral("users"), QStringLiteral("exists"), QStringLiteral("alice@example.com")});
        QVERIFY(m_sandbox.clearFaults());
        QCOMPARE(hurried.code, 5);
    }

    void aKilledBulkJobIsResumedWithNothingDoneTwice()
    {
        const int n = 200;
        const QStringList ids = m_sandbox.generateSessions(n, QStringLiteral("u-bob"));
        QCOMPARE(ids.size(), n);
        // Slow answers, two in flight: the job takes seconds, and is killed half-way.
        QVERIFY(m_sandbox.addFault({{QStringLiteral("route"), QStringLiteral("P6")}, {QStringLiteral("kind"), QStringLiteral("delay")},
                                    {QStringLiteral("ms"), 40}}));
        QProcess job;
        job.setProcessEnvironment(m_env);
        job.start(m_run.binary, {QStringLiteral("--config"), m_run.config, QStringLiteral("--profile"), QStringLiteral("p28"), QStringLiteral("sessions"),
                                 QStringLiteral("terminate-many"), QStringLiteral("--concurrency"), QStringLiteral("2")});
        QVERIFY(job.waitForStarted());
        job.write(ids.join(u'\n').toUtf8() + '\n');
        job.closeWriteChannel();
        const QString jobs = dataDir() + QStringLiteral("/AuthDesk/authdesk/jobs");
        QVERIFY2(QTest::qWaitFor([&] {
            const QFileInfoList files = QDir(jobs).entryInfoList({QStringLiteral("*.jsonl")});
            if (files.isEmpty())
                return false;
            QFile f(files.first().absoluteFilePath());
            return f.open(QIODevice::ReadOnly) && f.readAll().count('\n') > 40;
        }, 30'000), job.readAllStandardError().constData());
        job.kill(); // SIGKILL: no chance to clean up
        QVERIFY(job.waitForFinished());
        QVERIFY(m_sandbox.clearFaults());

        const CliRun list = cli({QStringLiteral("--json"), QStringLiteral("jobs"), QStringLiteral("list")});
        QCOMPARE(list.code, 0);
        const QJsonArray unfinished = list.json().value(QStringLiteral("result")).toArray();
        QCOMPARE(unfinished.size(), 1);
        const int left = unfinished.at(0).toObject().value(QStringLiteral("left")).toInt();
        QVERIFY2(left > 0 && left < n, qPrintable(QString::number(left)));

        const CliRun resumed = cli({QStringLiteral("jobs"), QStringLiteral("resume"), QStringLiteral("--last")});
        QCOMPARE(resumed.code, 0);
        QCOMPARE(cli({QStringLiteral("--json"), QStringLiteral("jobs"), QStringLiteral("list")}).json().value(QStringLiteral("result")).toArray().size(), 0);
        // Every session ended; each sent once, apart from the two in flight at the kill.
        const CliRun remaining = p28({QStringLiteral("--json"), QStringLiteral("sessions"), QStringLiteral("list"), QStringLiteral("u-bob")});
        for (const QJsonValue &v : remaining.json().value(QStringLiteral("result")).toArray())
            QVERIFY2(!ids.contains(v.toObject().value(QStringLiteral("sessionId")).toString()), remaining.out.constData());
        const qsizetype sent = requests(QStringLiteral("P6"));
        QVERIFY2(sent >= n && sent <= n + 2, qPrintable(QString::number(sent)));
        // The audit ends with exactly one outcome line per item.
        QHash<QString, int> outcomes;
        QFile log(auditPath());
        QVERIFY(log.open(QIODevice::ReadOnly));
        for (const QByteArray &line : log.readAll().split('\n')) {
            const QJsonObject o = QJsonDocument::fromJson(line).object();
            if (o.value(QStringLiteral("phase")).toString() == u"outcome")
                outcomes[o.value(QStringLiteral("target")).toString()]++;
        }
        QCOMPARE(outcomes.size(), n);
        for (auto it = outcomes.cbegin(); it != outcomes.cend(); ++it)
            QVERIFY2(it.value() == 1, qPrintable(it.key()));
        QCOMPARE(cli({QStringLiteral("audit"), QStringLiteral("verify")}).code, 0);
    }

    void theProxyPasswordStaysOffTheDiskAndArgv()
    {
        // On argv it is refused before anything is saved.
        QCOMPARE(cli({QStringLiteral("profiles"), QStringLiteral("add"), QStringLiteral("px"), QStringLiteral("--dialect"), QStringLiteral("platform28"),
                      QStringLiteral("--url"), QStringLiteral("https://proxied.example/p28/api/v2"), QStringLiteral("--proxy"),
                      QStringLiteral("http://bob:Argv-Secret@127.0.0.1:9")}).code, 2);
        // A proxy that asks for credentials and records what it is sent.
        FakeServer proxy("407 Proxy Authentication Required\r\nProxy-Authenticate: Basic realm=\"test\"", "{}");
        const QString proxyUrl = QStringLiteral("http://bob@127.0.0.1:%1").arg(proxy.url().port());
        QCOMPARE(cli({QStringLiteral("profiles"), QStringLiteral("add"), QStringLiteral("px"), QStringLiteral("--dialect"), QStringLiteral("platform28"),
                      QStringLiteral("--url"), QStringLiteral("https://proxied.example/p28/api/v2"), QStringLiteral("--proxy"), proxyUrl},
                     "Pr0xy-Secret\n").code, 0);
        QFile settings(m_run.config);
        QVERIFY(settings.open(QIODevice::ReadOnly));
        const QByteArray text = settings.readAll();
        QVERIFY2(!text.contains("Pr0xy-Secret") && !text.contains("Argv-Secret"), text.constData());
        QVERIFY(text.contains("bob@127.0.0.1"));
        // A later run takes it from the keychain and answers the proxy's challenge with it.
        QVERIFY(cli({QStringLiteral("--profile"), QStringLiteral("px"), QStringLiteral("test")}).code != 0);
        QVERIFY2(proxy.anyContains("Proxy-Authorization: Basic " + QByteArray("bob:Pr0xy-Secret").toBase64()),
                 proxy.requests().join("\n---\n").constData());
        QCOMPARE(cli({QStringLiteral("profiles"), QStringLiteral("remove"), QStringLiteral("px")}).code, 0);
    }

    void timeoutIsOneDeadlineForTheCommand()
    {
        // Every answer is 429 with Retry-After: 20; --timeout 2 must end the command in about
        // 2 s, not after waiting out the Retry-After (or several).
        QVERIFY(m_sandbox.addFault({{QStringLiteral("route"), QStringLiteral("P5")}, {QStringLiteral("kind"), QStringLiteral("ratelimit")},
                                    {QStringLiteral("retryAfter"), 20}}));
        QElapsedTimer t;
        t.start();
        const CliRun r = p28({QStringLiteral("--timeout"), QStringLiteral("2"), QStringLiteral("sessions"), QStringLiteral("get"), QStringLiteral("s-bob-1")});
        const qint64 ms = t.elapsed();
        QVERIFY(m_sandbox.clearFaults());
        QCOMPARE(r.code, 5);
        QVERIFY2(ms < 6'000, qPrintable(QString::number(ms)));
    }
};

QTEST_GUILESS_MAIN(TestCliReliability)
#include "tst_cli_reliability.moc"
