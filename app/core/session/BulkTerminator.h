#pragma once

#include "ApiError.h"
#include "CallHandle.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>

namespace authdesk {

class Backend;
class BulkJournal;

// Terminates many Platform28 sessions with a bounded number of calls in flight, keeping a
// result per item: nothing is lost, nothing is done twice, failures can be retried. Used by
// the CLI's "sessions terminate-many" and the console's bulk dialog.
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
    };

    // `backend` offers SessionAdmin (ProfileSessions / ActionRunner check that first).
    explicit BulkTerminator(Backend *backend, QObject *parent = nullptr);

    void setConcurrency(int n) { m_concurrency = qBound(1, n, 32); }
    int concurrency() const { return m_concurrency; }

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

    QPointer<Backend> m_backend;
    QList<Item> m_items;
    QList<int> m_queue; // indexes to run in this pass
    QList<CallHandle> m_handles;
    int m_next = 0;
    int m_running = 0;
    int m_finished = 0;
    int m_failed = 0; // kept as items finish: progress asks for it per item
    int m_concurrency = 12; // QNAM opens 6 connections a host; 6 more queued keep them busy (docs/BENCHMARKS.md)
    bool m_cancelled = false;
    bool m_notFoundIsDone = false;
    BulkJournal *m_journal = nullptr;
};

} // namespace authdesk
