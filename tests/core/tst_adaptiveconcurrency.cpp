// How a bulk job learns how many calls to keep in flight (#15), driven by a test clock:
// slow start to the cap, congestion (not a burst's slow tail) taking it back, a throttle halving it, pausing for
// Retry-After and pacing what follows, a fixed limit left alone.
#include "AdaptiveConcurrency.h"

#include <QtTest>

using namespace authdesk;

class TestAdaptiveConcurrency : public QObject
{
    Q_OBJECT

    // `n` answers, `latency` ms each, one every `spacing` ms from `t`; returns the new time.
    static qint64 answers(AdaptiveConcurrency &c, qint64 t, int n, qint64 latency, qint64 spacing = 1)
    {
        for (int i = 0; i < n; ++i, t += spacing) {
            c.sent(t);
            c.succeeded(t + latency, latency);
        }
        return t;
    }

private Q_SLOTS:
    void slowStartGrowsToTheCapAndNoFurther()
    {
        AdaptiveConcurrency c; // 8, max 128
        QCOMPARE(c.limit(), 8);
        answers(c, 0, 8, 50);
        QCOMPARE(c.limit(), 16); // doubled in one round of quick answers
        answers(c, 1000, 500, 50);
        QCOMPARE(c.limit(), 128);
        QCOMPARE(c.nextSendAt(5000), 5000); // no pause, no pace
    }

    void slowAnswersTakeItBackOncePerRound()
    {
        AdaptiveConcurrency c;
        qint64 t = answers(c, 0, 40, 5); // 48; the last answers came at t..t+4
        QCOMPARE(c.limit(), 48);
        // Queues fill: every answer takes 10× as long. A round (about 5 ms here) is judged
        // when it is over: 10 % off, once per round.
        for (int i = 0; i < 5; ++i)
            c.succeeded(t + 5 + i, 50);
        QCOMPARE(c.limit(), 48); // that round is not over yet
        c.succeeded(t + 10, 50);
        QCOMPARE(c.limit(), 43);
        c.succeeded(t + 11, 50);
        QCOMPARE(c.limit(), 43);
        c.succeeded(t + 15, 5); // a quick answer ends that round (both slow): 10 % off again
        QCOMPARE(c.limit(), 38);
        // After congestion, quick answers add one call per round, not one per answer.
        answers(c, t + 16, 38, 5);
        QCOMPARE(c.limit(), 39);
    }

    // The tail of a burst: a server working through 100 calls one after another answers the
    // last ones later than the first, every round. That is not congestion (a job at 50 ms
    // round trip was held at about 10 calls in flight when each such answer cut 10 %).
    void aFewSlowAnswersInARoundAreNotCongestion()
    {
        AdaptiveConcurrency c;
        qint64 t = answers(c, 0, 40, 5); // 48
        int lowest = c.limit();
        for (int i = 0; i < 100; ++i, ++t) {
            c.sent(t);
            c.succeeded(t + 5, i % 5 == 4 ? 50 : 5); // one answer in five is slow
            lowest = qMin(lowest, c.limit());
        }
        QCOMPARE(lowest, 48);
        QCOMPARE(c.limit(), 128); // still in slow start: up to the cap
    }

    // What the connection carries bounds the limit: over HTTP/1.1 (six connections) a bulk job
    // lowers the ceiling to 12, over HTTP/2 it is 128 again.
    void aCeilingBoundsTheLimit()
    {
        AdaptiveConcurrency c;
        qint64 t = answers(c, 0, 200, 5);
        QCOMPARE(c.limit(), 128);
        c.setCeiling(12);
        QCOMPARE(c.limit(), 12);
        t = answers(c, t, 100, 5);
        QCOMPARE(c.limit(), 12);
        c.setCeiling(128);
        answers(c, t, 100, 5);
        QVERIFY(c.limit() > 12);
        AdaptiveConcurrency fixed;
        fixed.fix(40);
        fixed.setCeiling(12);
        QCOMPARE(fixed.limit(), 40); // --concurrency N is the person's choice
    }

    void aThrottleHalvesPausesAndPaces()
    {
        AdaptiveConcurrency c;
        // 200 answers a second get through for two seconds (one every 5 ms) ...
        qint64 t = answers(c, 0, 400, 2, 5);
        const int before = c.limit();
        // ... then the server says 429, Retry-After: 1 s, for several calls at once.
        c.throttled(t, 1000);
        c.throttled(t, 1000);
        c.throttled(t + 1, 1000);
        QCOMPARE(c.limit(), before / 2); // one halving for the burst
        QCOMPARE(c.nextSendAt(t + 10), t + 1 + 1000); // nothing before the last Retry-After has passed
        // From then on, about 90 % of what got through: 180 a second, one every 6 ms.
        QVERIFY2(c.pace() > 170 && c.pace() < 190, qPrintable(QString::number(c.pace())));
        c.sent(t + 1001);
        QCOMPARE(c.nextSendAt(t + 1002), t + 1001 + 6);
        // The pace probes 2 % higher each second it holds.
        const double pace = c.pace();
        answers(c, t + 1001, 200, 2, 6);
        QVERIFY(c.pace() > pace);
        QVERIFY(c.pace() < pace * 1.1);
    }

    void aFixedLimitStaysButRetryAfterIsHonoured()
    {
        AdaptiveConcurrency c;
        c.fix(12);
        answers(c, 0, 100, 5);
        QCOMPARE(c.limit(), 12);
        c.succeeded(600, 500);
        QCOMPARE(c.limit(), 12);
        c.throttled(700, 2000);
        QCOMPARE(c.limit(), 12);
        QCOMPARE(c.pace(), 0.0);
        QCOMPARE(c.nextSendAt(800), 2700);
    }
};

QTEST_APPLESS_MAIN(TestAdaptiveConcurrency)
#include "tst_adaptiveconcurrency.moc"
