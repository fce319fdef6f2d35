#pragma once

#include "AdaptiveConcurrency.h"
#include "ApiError.h"
#include "CallHandle.h"

#include <QElapsedTimer>
#include <QTimer>

#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>

namespace authdesk {

class Backend;
class BulkJournal;

// Terminates many Platform28 sessions with a bounded number of calls in flight, keeping a
// result per item: nothing is lost, nothing is done twice, failures can be retried. Used by
// the CLI's "sessions terminate-many" and the console's bulk dialog. How many calls are in
// flight is learnt from the server's answers (AdaptiveConcurrency) unless fixed.
class BulkTerminator : public QObject
{
    Q_OBJECT
public:
    struct Item {
        enum class State { Pending, Running, Done, Failed, Cancelled };
        QString sessionId;
        State state = State::Pending;
        int terminated = 0; // sessions the server ended for this item
        ApiError error;
        // An attempt was cancelled or lost on the wire and may have reached the server: on a
        // retry, "no such session" means that attempt ended it.
        bool maybeSent = false;
    };

    // `backend` offers SessionAdmin (ProfileSessions / ActionRunner check that first).
    explicit BulkTerminator(Backend *backend, QObject *parent = nullptr);

    // Fixes the calls in flight (`--concurrency N`); without it they adapt.
    void setConcurrency(int n) { m_control.fix(qBound(1, n, kMaxConcurrency)); }
    int concurrency() const { return m_control.limit(); }
    bool concurrencyIsFixed() const { return m_control.isFixed(); }
    static constexpr int kMaxConcurrency = 256;
    // Answers the server throttled (429 / 503 with Retry-After) during this job.
    int throttledCount() const { return m_throttled; }

    // Blank lines are ignored and duplicates collapse to one item (in first-seen order).
    static QStringList normaliseIds(const QStringList &raw);

    void start(const QStringList &sessionIds);
    // Keeps each item's outcome in `journal` (not owned), so that the job can be resumed
    // after its process died. A cancelled item gets no outcome: it is still to do.
    void setJournal(BulkJournal *journal) { m_journal = journal; }
    // Resuming a job: an item the server no longer knows (404) was ended by the run that
    // died after sending it, and counts as done.
    void setNotFoundIsDone(bool on) { m_notFoundIsDone = on; }
    // Runs the failed (and cancelled) items again.
    void retryFailed();
    void cancel();

    const QList<Item> &items() const { return m_items; }
    int finishedCount() const { return m_finished; }
    int failedCount() const { return m_failed; }
    bool isRunning() const { return m_running > 0 || m_next < m_queue.size(); }

    static QString stateId(Item::State s); // "pending", "running", "done", "failed", "cancelled"

Q_SIGNALS:
    void itemFinished(int index);
    void progress(int finished, int total);
    void finished();

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
