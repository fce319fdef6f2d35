#pragma once

#include "AdaptiveConcurrency.h"
#include "BulkJob.h"
#include "CallHandle.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QTimer>

namespace authdesk {

class Backend;
class BulkJournal;

// Terminates many Platform28 sessions with a bounded number of calls in flight, in the
// calling thread (see BulkJob). Used by the CLI's "sessions terminate-many", and by the
// console's bulk dialog inside a ThreadedBulkJob. How many calls are in flight is learnt
// from the server's answers (AdaptiveConcurrency) unless fixed.
class BulkTerminator : public BulkJob
{
    Q_OBJECT
public:
    // `backend` offers SessionAdmin (ProfileSessions / ActionRunner check that first).
    explicit BulkTerminator(Backend *backend, QObject *parent = nullptr);

    // Fixes the calls in flight (`--concurrency N`); without it they adapt.
    void setConcurrency(int n) { m_control.fix(qBound(1, n, kMaxConcurrency)); }
    int concurrency() const { return m_control.limit(); }
    bool concurrencyIsFixed() const { return m_control.isFixed(); }
    static constexpr int kMaxConcurrency = 256;
    static constexpr int kHttp1Concurrency = 12; // adaptive ceiling when answers come over HTTP/1.1
    // Answers the server throttled (429 / 503 with Retry-After) during this job.
    int throttledCount() const { return m_throttled; }

    void start(const QStringList &sessionIds) override;
    void setJournal(BulkJournal *journal) override { m_journal = journal; }
    void setNotFoundIsDone(bool on) override { m_notFoundIsDone = on; }
    void retryFailed() override;
    void cancel() override;

    const QList<Item> &items() const override { return m_items; }
    int finishedCount() const override { return m_finished; }
    int failedCount() const override { return m_failed; }
    bool isRunning() const override { return m_running > 0 || m_next < m_queue.size(); }

private:
    void pump();
    void run(int index);
    qint64 now() const { return m_clock.elapsed(); }

    QPointer<Backend> m_backend;
    QList<Item> m_items;
    QList<int> m_queue; // indexes to run in this pass
    QList<CallHandle> m_handles;
    int m_next = 0;
    int m_running = 0;
    int m_finished = 0;
    int m_failed = 0; // kept as items finish: progress asks for it per item
    int m_throttled = 0;
    AdaptiveConcurrency m_control;
    QElapsedTimer m_clock;
    QTimer m_paced; // wakes pump() when the pace or a Retry-After pause holds the next call
    bool m_cancelled = false;
    bool m_notFoundIsDone = false;
    BulkJournal *m_journal = nullptr;
};

} // namespace authdesk
