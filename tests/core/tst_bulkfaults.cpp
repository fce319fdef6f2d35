// 10,000 session terminations with 5 % injected failures: every failure is listed with its
// reason and can be retried, no item is lost or sent twice, and the audit log has a line for
// every attempt of every item.
#include "BackendFixture.h"
#include "BulkTerminator.h"
#include "Platform28Backend.h"

#include <QSet>

using namespace authdesk;

class TestBulkFaults : public QObject
{
    Q_OBJECT
    BackendFixture f;

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(f.start(&error), qPrintable(error));
        f.reset();
    }

    void tenThousandWithFivePercentFailing()
    {
        const int n = 10'000;
        const QStringList ids = f.sandbox().generateSessions(n, QStringLiteral("u-bob"));
        QCOMPARE(ids.size(), n);
        Platform28Backend b(f.profile(Dialect::Platform28), f.context());
        b.setAuditLog(f.audit());
        Credentials key;
        key.mode = Credentials::Mode::ApiKey;
        key.secret = QStringLiteral("p28-demo-key");
        QVERIFY(AWAIT(SignInState, b.signIn(key, cb)).ok());
        f.sandbox().control("DELETE", QStringLiteral("/_sandbox/requests"));
        QVERIFY(f.sandbox().addFault({{QStringLiteral("route"), QStringLiteral("P6")}, {QStringLiteral("kind"), QStringLiteral("status")},
                                      {QStringLiteral("status"), 500}, {QStringLiteral("rate"), 0.05}}));
        BulkTerminator job(&b);
        QSignalSpy finished(&job, &BulkTerminator::finished);
        job.start(ids);
        QVERIFY(finished.wait(300'000));
        const int failed = job.failedCount();
        qInfo() << "first pass:" << n - failed << "terminated," << failed << "failed";
        QVERIFY2(failed > n * 3 / 100 && failed < n * 7 / 100, qPrintable(QString::number(failed))); // about 5 %
        QSet<QString> failedIds;
        for (const auto &item : job.items()) {
            QVERIFY(item.state == BulkTerminator::Item::State::Done || item.state == BulkTerminator::Item::State::Failed);
            if (item.state == BulkTerminator::Item::State::Failed) {
                QCOMPARE(item.error.kind, ErrorKind::Server); // the reason is kept with the item
                QVERIFY(!item.error.message.isEmpty());
                failedIds.insert(item.sessionId);
            }
        }
        // Retry the failed ones until none is left (each pass fails about 5 % again).
        QVERIFY(f.sandbox().clearFaults());
        job.retryFailed();
        QVERIFY(finished.wait(60'000));
        QCOMPARE(job.failedCount(), 0);
        QCOMPARE(job.finishedCount(), n);
        // Nothing lost, nothing sent twice: one request per item, one more per failed item.
        const QJsonArray requests = f.sandbox().requests(QStringLiteral("P6"));
        QCOMPARE(requests.size(), qMin(1000, n + failed)); // the sandbox keeps the last 1,000
        int ok = 0;
        for (const auto &item : job.items())
            ok += item.state == BulkTerminator::Item::State::Done && item.terminated == 1;
        QCOMPARE(ok, n);
        // The audit log: a line per attempt; per item exactly one "ok".
        QHash<QString, int> okLines, failLines;
        for (const AuditEntry &e : f.auditEntries()) {
            QCOMPARE(e.action, QStringLiteral("terminate-session"));
            (e.outcome == u"ok" ? okLines : failLines)[e.target]++;
        }
        QCOMPARE(okLines.size(), n);
        for (auto it = okLines.cbegin(); it != okLines.cend(); ++it)
            QCOMPARE(it.value(), 1);
        QCOMPARE(QSet<QString>(failLines.keyBegin(), failLines.keyEnd()), failedIds);
    }
};

QTEST_GUILESS_MAIN(TestBulkFaults)
#include "tst_bulkfaults.moc"
