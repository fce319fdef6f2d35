#pragma once

#include <QtGlobal>

namespace authdesk {

// How many calls a bulk job keeps in flight, and how fast it sends them, learnt from the
// server's answers (#15). Pure logic over the times it is given, so that tests drive it with
// their own clock.
//
// - Slow start: every quick answer adds one call (the limit doubles per round trip) until
//   the first sign of congestion.
// - Congestion: a round (about one quickest round trip) most of whose answers were much
//   slower than the quickest seen (queues filling, at the server or in the client's
//   connection pool) takes 10 % off; after that the limit grows by one per round (additive
//   increase). A few slow answers in a round are the tail of a burst that a server works
//   through one call after another, not congestion: reacting to each of them held a job at
//   50 ms round trip to about 10 calls in flight where the server took 100.
// - Throttling (429, or 503 with Retry-After): the limit halves, nothing new is sent until
//   Retry-After has passed, and from then on calls are paced at 90 % of the rate that was
//   getting through, the pace probing 2 % higher each second it holds.
// - Never beyond `max` (a server's HTTP/2 stream limit is commonly 100 to 128; Qt queues
//   beyond what the server allows, which shows up as latency). fix() sets a limit and leaves
//   it alone (`--concurrency N`).
class AdaptiveConcurrency
{
public:
    struct Settings {
        int initial = 8;
        int min = 1;
        int max = 128; // nginx's default HTTP/2 stream limit (Qt follows the server's SETTINGS)
        double latencyTolerance = 2.0; // an answer slower than this × the quickest is congestion
        int latencyFloorMs = 10;       // ... and slower by at least this (loopback noise)
    };

    AdaptiveConcurrency();
    explicit AdaptiveConcurrency(const Settings &settings);

    void fix(int limit);
    // Lowers (or raises again) the most the limit may reach: what the connection can carry.
    void setCeiling(int max);
    bool isFixed() const { return m_fixed; }
    int limit() const { return int(m_limit); }
    // The earliest moment (same clock as the events) the next call may go out: now, unless
    // a Retry-After pause or the pace after throttling says later.
    qint64 nextSendAt(qint64 now) const;
    // The pace in calls per second since the server throttled; 0 while unpaced.
    double pace() const { return m_pace; }

    void sent(qint64 now);
    void succeeded(qint64 now, qint64 latencyMs);
    void throttled(qint64 now, int retryAfterMs);

private:
    bool newRound(qint64 now);
    void countDone(qint64 now);

    Settings m_settings;
    double m_limit;
    bool m_fixed = false;
    bool m_slowStart = true;
    qint64 m_minLatency = -1;
    qint64 m_roundEnds = 0;     // a round lasts about one round trip (throttle signals)
    qint64 m_latencyRoundEnds = 0; // the round whose answers are being counted
    int m_roundAnswers = 0;
    int m_roundSlow = 0;
    qint64 m_pausedUntil = 0;
    double m_pace = 0;          // calls per second, 0: unpaced
    qint64 m_lastSent = -1;
    qint64 m_paceChecked = 0;
    // Answers that got through, per second, for the pace after a throttle.
    qint64 m_windowStart = 0;
    int m_windowDone = 0;
    double m_rate = 0;
};

} // namespace authdesk
