// The audit log on disk: a hash chain that survives rotation and catches a changed byte in
// any kept file, bounded server texts, owner-only files, a line cut by a crash repaired, a
// log of an older version set aside, and a backend that sends nothing when the intent line
// cannot be written (a full disk: /dev/full).
#include "AuditLog.h"
#include "BackendFixture.h"
#include "Platform28Backend.h"

#include <QJsonDocument>
#include <QTimeZone>
#include <QDir>
#include <QtTest>

using namespace authdesk;

namespace {
AuditEntry entry(int i, const QString &detail = {})
{
    AuditEntry e;
    e.profile = QStringLiteral("p");
    e.dialect = QStringLiteral("platform28");
    e.action = QStringLiteral("terminate-session");
    e.target = QStringLiteral("s-%1").arg(i);
    e.outcome = QStringLiteral("ok");
    e.detail = detail;
    return e;
}
// The real log, counting the fsyncs it is asked for; with `hold`, the answers of its flushes
// wait until release() (a disk that is slow to flush).
class CountingLog : public AuditSink
{
public:
    explicit CountingLog(const QString &path) : log(path) {}
    bool append(const AuditEntry &e, Sync sync) override
    {
        durable += sync == Sync::Durable;
        intents += e.phase == u"intent";
        return log.append(e, sync);
    }
    QString lastError() const override { return log.lastError(); }
    void syncLater(QObject *context, std::function<void(const QString &)> done) override
    {
        ++syncRequests;
        log.syncLater(context, [this, done = std::move(done)](const QString &error) {
            if (hold)
                held.append([done, error] { done(error); });
            else
                done(error);
        });
    }
    void forgetSyncs(QObject *context) override { log.forgetSyncs(context); }
    void release()
    {
        hold = false;
        for (const auto &h : std::exchange(held, {}))
            h();
    }
    AuditLog log;
    int durable = 0;
    int intents = 0;
    int syncRequests = 0;
    bool hold = false;
    QList<std::function<void()>> held;
};
// The demo Platform28 profile's backend, signed in with its API key (no audit line).
bool signInWithKey(Platform28Backend &b)
{
    Credentials key;
    key.mode = Credentials::Mode::ApiKey;
    key.secret = QStringLiteral("p28-demo-key");
    return AWAIT(SignInState, b.signIn(key, cb)).ok();
}
} // namespace

class TestAuditLog : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString path(const char *name) const { return m_dir.filePath(QLatin1String(name)); }

private Q_SLOTS:
    void chainHoldsAcrossRotationAndCatchesAChange()
    {
        AuditLog log(path("rot/audit.jsonl"));
        log.setRotation(4096, 3);
        for (int i = 0; i < 200; ++i)
            QVERIFY(log.append(entry(i), i % 2 ? AuditSink::Sync::Flush : AuditSink::Sync::Durable));
        const QStringList files = log.files();
        QCOMPARE(files.size(), 4); // three old ones kept, the current one
        for (const QString &f : files)
            QVERIFY2(QFileInfo(f).size() <= 4096, qPrintable(f));
        AuditChain::Verdict v = log.verify();
        QVERIFY2(v.intact, qPrintable(v.reason));
        QVERIFY(v.lines > 20);
        // One byte in a rotated file.
        QFile old(files.at(1));
        QVERIFY(old.open(QIODevice::ReadWrite));
        QByteArray text = old.readAll();
        const qsizetype at = text.indexOf("s-");
        text[at + 2] = text[at + 2] == '9' ? '8' : '9';
        old.seek(0);
        old.write(text);
        old.close();
        v = log.verify();
        QVERIFY(!v.intact);
        QCOMPARE(v.file, files.at(1));
        QCOMPARE(v.brokenLine, 1);
    }

    // A rotation that cannot rename the file (on Windows: any other program holding it open)
    // does not refuse the line, which would stop the action it records: the file grows
    // beyond its limit, the next line tries again, and once it can, it rotates.
    void aLogThatCannotRotateKeepsTakingLines()
    {
        AuditLog log(path("stuck/audit.jsonl"));
        log.setRotation(4096, 1);
        QVERIFY(QDir().mkpath(path("stuck/audit.jsonl.1/in-the-way"))); // taken even for root
        for (int i = 0; i < 40; ++i)
            QVERIFY2(log.append(entry(i), AuditSink::Sync::Flush), qPrintable(log.lastError()));
        QCOMPARE(log.readAll().size(), 40);
        QVERIFY(QFileInfo(log.path()).size() > 4096);
        QVERIFY(QDir(path("stuck/audit.jsonl.1")).removeRecursively());
        QVERIFY(log.append(entry(40), AuditSink::Sync::Flush));
        QVERIFY(QFileInfo(path("stuck/audit.jsonl.1")).isFile());
        QCOMPARE(log.readAll().size(), 1);
        const AuditChain::Verdict v = log.verify();
        QVERIFY2(v.intact, qPrintable(v.reason));
        QCOMPARE(v.lines, 41);
    }

    // A reader following the log (the Activity tab) across rotations: every line once, in
    // order, whether one rotation or several came between two reads, and from a log that was
    // still empty at the first read (#15: the tab started over at each rotation, clearing and
    // re-reading on the window's thread).
    void aFollowerReadsEveryLineOnceAcrossRotations()
    {
        AuditLog log(path("follow/audit.jsonl"));
        log.setRotation(4096, 5); // about 13 lines a file
        AuditLog::Tail tail;
        QVERIFY(log.follow(tail).entries.isEmpty()); // nothing yet
        QStringList seen;
        int written = 0;
        int mostRotations = 0;
        for (const int lines : {30, 7, 7, 1, 25, 7, 3, 40, 7, 13, 14}) {
            for (int i = 0; i < lines; ++i, ++written)
                QVERIFY(log.append(entry(written), AuditSink::Sync::Flush));
            // Where the line read last now is: .1 after one rotation, .2 after two, …
            for (int k = 1; k <= 5 && !tail.lastLine.isEmpty(); ++k) {
                QFile f(log.path() + QStringLiteral(".%1").arg(k));
                if (f.open(QIODevice::ReadOnly) && f.readAll().contains(tail.lastLine))
                    mostRotations = std::max(mostRotations, k);
            }
            const AuditLog::Appended a = log.follow(tail);
            QVERIFY2(!a.restarted, qPrintable(QString::number(written)));
            for (const AuditEntry &e : a.entries)
                seen << e.target;
            QCOMPARE(seen.size(), written); // each round's lines, none left for later
        }
        QVERIFY(mostRotations >= 2); // some rounds rotated more than once between two reads
        QCOMPARE(log.files().size(), 6); // five old ones kept, the current one
        QStringList expected;
        for (int i = 0; i < written; ++i)
            expected << entry(i).target;
        QCOMPARE(seen, expected);
        QVERIFY(log.follow(tail).entries.isEmpty()); // nothing new: nothing read twice

        // A new reader starts with the current file only.
        AuditLog::Tail fresh;
        const QList<AuditEntry> current = log.follow(fresh).entries;
        QVERIFY(!current.isEmpty() && current.size() < 14);
        QCOMPARE(current.last().target, expected.last());

        // Replaced by another file: not a rotation, what was read before is gone.
        QFile::remove(log.path());
        AuditLog other(log.path());
        QVERIFY(other.append(entry(1000), AuditSink::Sync::Flush));
        const AuditLog::Appended after = log.follow(tail);
        QVERIFY(after.restarted);
        QCOMPARE(after.entries.size(), 1);
        QCOMPARE(after.entries.first().target, entry(1000).target);
    }

    // The log writes its lines itself (#15: cheaper than a QJsonObject serialised per line):
    // byte for byte what QJsonDocument's compact form would have written, whatever the text.
    void linesAreWhatQJsonDocumentWouldWrite()
    {
        AuditLog log(path("json/audit.jsonl"));
        QList<AuditEntry> entries;
        const QStringList texts = {QStringLiteral("plain"), QStringLiteral("quote \" and back\\slash"), QStringLiteral("line\nbreak\ttab\r\b\f"),
                                   QString(QChar(1)) + QChar(0x1f) + QChar(0x7f), QStringLiteral("Grüße, crème brûlée, 漢字"),
                                   QStringLiteral("emoji \U0001F512 / slash"), QString()};
        for (int i = 0; i < texts.size(); ++i) {
            AuditEntry e = entry(i, texts[i]);
            e.target = texts[(i + 1) % texts.size()] + QStringLiteral("-t");
            e.user = i % 2 ? texts[i] : QString();
            e.phase = i % 3 ? QStringLiteral("intent") : QString();
            e.id = i % 2 ? QString() : QStringLiteral("id-%1").arg(i);
            e.time = QDateTime(QDate(2026, 12, 7), QTime(3, 4, 5, i * 7), QTimeZone::utc());
            QVERIFY(log.append(e));
            entries << e;
        }
        QFile f(log.path());
        QVERIFY(f.open(QIODevice::ReadOnly));
        QList<QByteArray> lines = f.readAll().split('\n');
        lines.removeAll(QByteArray());
        QCOMPARE(lines.size(), entries.size());
        QByteArray prev = AuditChain::genesis();
        for (int i = 0; i < lines.size(); ++i) {
            QJsonObject o = entries[i].toJson();
            o.insert(QStringLiteral("prev"), QString::fromLatin1(prev));
            const QByteArray expected = QJsonDocument(o).toJson(QJsonDocument::Compact);
            const QByteArray unsealed = lines[i].left(lines[i].size() - 75) + '}'; // without ,"hash":"<64>"
            QCOMPARE(unsealed, expected);
            prev = AuditChain::hashOf(lines[i]);
        }
        QVERIFY(log.verify().intact);
        const QList<AuditEntry> back = log.readAll(true);
        QCOMPARE(back.size(), entries.size());
        QCOMPARE(back[4].detail, texts[4]);
        QCOMPARE(back[5].detail, texts[5]);
    }

    void removingALineBreaksTheChain()
    {
        AuditLog log(path("cut/audit.jsonl"));
        for (int i = 0; i < 5; ++i)
            QVERIFY(log.append(entry(i)));
        QFile f(log.path());
        QVERIFY(f.open(QIODevice::ReadOnly));
        QList<QByteArray> lines = f.readAll().split('\n');
        f.close();
        lines.removeAt(2);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(lines.join('\n'));
        f.close();
        const auto v = log.verify();
        QVERIFY(!v.intact);
        QCOMPARE(v.brokenLine, 3);
        QCOMPARE(AuditLog(path("cut/audit.jsonl")).verify().brokenLine, 3);
    }

    void serverTextsAreBoundedAndTheFileIsPrivate()
    {
        AuditLog log(path("big/audit.jsonl"));
        QVERIFY(log.append(entry(1, QString(100'000, u'z'))));
        const auto all = log.readAll();
        QCOMPARE(all.size(), 1);
        QCOMPARE(all.first().detail.size(), AuditLog::kMaxDetailChars);
        QCOMPARE(QFile(log.path()).permissions() & ~(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser | QFileDevice::WriteUser),
                 QFileDevice::Permissions());
    }

    void aLineCutByACrashIsDroppedAndTheChainGoesOn()
    {
        {
            AuditLog log(path("crash/audit.jsonl"));
            QVERIFY(log.append(entry(1)));
        }
        QFile f(path("crash/audit.jsonl"));
        QVERIFY(f.open(QIODevice::Append));
        f.write("{\"time\":\"2026-"); // the process died here
        f.close();
        AuditLog again(path("crash/audit.jsonl"));
        QVERIFY(again.append(entry(2)));
        const auto v = again.verify();
        QVERIFY2(v.intact, qPrintable(v.reason));
        QCOMPARE(v.lines, 2);
    }

    void anOlderUnchainedLogIsSetAside()
    {
        QDir().mkpath(path("legacy"));
        QFile f(path("legacy/audit.jsonl"));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"action\":\"block-user\",\"outcome\":\"ok\"}\n");
        f.close();
        AuditLog log(path("legacy/audit.jsonl"));
        QVERIFY(log.append(entry(1)));
        QVERIFY(QFile::exists(path("legacy/audit.jsonl.unchained")));
        QVERIFY(log.verify().intact);
    }

    void nothingIsSentWithoutItsIntentLine()
    {
        BackendFixture f;
        QString error;
        QVERIFY2(f.start(&error), qPrintable(error));
        f.reset();
        QVERIFY(QFile::link(QStringLiteral("/dev/full"), path("full.jsonl")));
        AuditLog full(path("full.jsonl"));
        Platform28Backend b(f.profile(Dialect::Platform28), f.context());
        b.setAuditLog(&full);
        Credentials c;
        c.user = QStringLiteral("admin");
        c.secret = QStringLiteral("Admin#2026");
        QVERIFY(AWAIT(SignInState, b.signIn(c, cb)).ok()); // a sign-in changes nothing: not audited
        const QString id = f.sandbox().generateSessions(1, QStringLiteral("u-bob")).value(0);
        const auto r = AWAIT(int, b.terminateSession(id, false, cb));
        QCOMPARE(r.error().kind, ErrorKind::Storage);
        QVERIFY2(r.error().message.contains(QLatin1String("full.jsonl")), qPrintable(r.error().message));
        QCOMPARE(f.sandbox().requests(QStringLiteral("P6")).size(), 0);
        QCOMPARE(AWAIT(P28Session, b.cloneSession(id, cb)).error().kind, ErrorKind::Storage);
        QCOMPARE(f.sandbox().requests(QStringLiteral("P11")).size(), 0);
    }

    // Group commit (#15): the intents of the calls started in one turn of the event loop are
    // written and then made durable by one fsync (on the log's thread), still before any of
    // them is sent.
    void intentsStartedTogetherShareOneFsync()
    {
        BackendFixture f;
        QString error;
        QVERIFY2(f.start(&error), qPrintable(error));
        f.reset();
        CountingLog counting(path("group.jsonl"));
        Platform28Backend b(f.profile(Dialect::Platform28), f.context());
        b.setAuditLog(&counting);
        QVERIFY(signInWithKey(b));
        const QStringList ids = f.sandbox().generateSessions(20, QStringLiteral("u-bob"));
        QCOMPARE(ids.size(), 20);
        int answered = 0;
        QList<CallHandle> calls;
        for (const QString &id : ids)
            calls << b.terminateSession(id, false, [&](const Result<int> &r) { answered += r.ok(); });
        QTRY_COMPARE(answered, 20);
        QCOMPARE(counting.intents, 20);
        QCOMPARE(counting.durable, 0); // none on this thread
        QCOMPARE(counting.syncRequests, 1);
        QCOMPARE(counting.log.syncCount(), quint64(1));
        // Each intent line comes before its call's outcome line.
        QHash<QString, int> intentAt;
        const QList<AuditEntry> lines = counting.log.readAll(true);
        for (int i = 0; i < lines.size(); ++i) {
            if (lines[i].phase == u"intent")
                intentAt.insert(lines[i].target, i);
            else
                QVERIFY2(intentAt.value(lines[i].target, lines.size()) < i, qPrintable(lines[i].target));
        }
        QCOMPARE(intentAt.size(), 20);
        QVERIFY(counting.log.verify().intact);
    }

    // The fsync runs on the log's thread (#15), so the caller's event loop is free meanwhile;
    // but no call goes out until its intent is durable, however long the disk takes.
    void nothingIsSentWhileTheIntentIsBeingFlushed()
    {
        BackendFixture f;
        QString error;
        QVERIFY2(f.start(&error), qPrintable(error));
        f.reset();
        CountingLog counting(path("slow.jsonl"));
        counting.hold = true;
        Platform28Backend b(f.profile(Dialect::Platform28), f.context());
        b.setAuditLog(&counting);
        QVERIFY(signInWithKey(b));
        const QStringList ids = f.sandbox().generateSessions(5, QStringLiteral("u-bob"));
        int answered = 0;
        QList<CallHandle> calls;
        for (const QString &id : ids)
            calls << b.terminateSession(id, false, [&](const Result<int> &r) { answered += r.ok(); });
        // The flush is done and its answer waits: the event loop runs, nothing is sent.
        QTRY_COMPARE(counting.held.size(), 1);
        QTest::qWait(200);
        QCOMPARE(f.sandbox().requests(QStringLiteral("P6")).size(), 0);
        QCOMPARE(answered, 0);
        QCOMPARE(counting.log.readAll(true).size(), 5); // the intents, on the disk
        counting.release();
        QTRY_COMPARE(answered, 5);
        QCOMPARE(f.sandbox().requests(QStringLiteral("P6")).size(), 5);
    }

    // syncLater from two threads: each answer arrives on its asker's thread, and an asker that
    // is destroyed (forgetting its requests first, as a backend does) gets none.
    void flushesAnswerOnTheAskersThread()
    {
        AuditLog log(path("threads/audit.jsonl"));
        QVERIFY(log.append(entry(1)));
        QObject here;
        QThread other;
        other.start();
        QObject there;
        there.moveToThread(&other);
        QThread *answeredOnHere = nullptr;
        QAtomicPointer<QThread> answeredOnThere;
        int answersHere = 0;
        for (int i = 0; i < 50; ++i) {
            QVERIFY(log.append(entry(i)));
            log.syncLater(&here, [&](const QString &error) {
                QVERIFY(error.isEmpty());
                answeredOnHere = QThread::currentThread();
                ++answersHere;
            });
        }
        log.syncLater(&there, [&](const QString &) { answeredOnThere.storeRelease(QThread::currentThread()); });
        auto *forgotten = new QObject;
        bool forgottenAnswered = false;
        log.syncLater(forgotten, [&](const QString &) { forgottenAnswered = true; });
        log.forgetSyncs(forgotten);
        delete forgotten;
        QTRY_COMPARE(answersHere, 50);
        QCOMPARE(answeredOnHere, QThread::currentThread());
        QTRY_COMPARE(answeredOnThere.loadAcquire(), &other);
        QVERIFY(log.syncCount() >= 1);
        QCoreApplication::processEvents();
        QVERIFY(!forgottenAnswered);
        other.quit();
        other.wait();
    }
};

QTEST_GUILESS_MAIN(TestAuditLog)
#include "tst_auditlog.moc"
