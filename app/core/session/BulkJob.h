#pragma once

#include "ApiError.h"

#include <QList>
#include <QObject>
#include <QStringList>

namespace authdesk {

class BulkJournal;

// A job that terminates many Platform28 sessions, keeping a result per item: nothing is lost,
// nothing is done twice, failures can be retried. BulkTerminator runs one in the calling
// thread (the CLI); ThreadedBulkJob runs one in a worker thread with its own network client
// and shows its items in the calling thread (the console: its window never waits for it).
class BulkJob : public QObject
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

    using QObject::QObject;

    // Blank lines are ignored and duplicates collapse to one item (in first-seen order).
    static QStringList normaliseIds(const QStringList &raw);
    static QString stateId(Item::State s); // "pending", "running", "done", "failed", "cancelled"

    virtual void start(const QStringList &sessionIds) = 0;
    // Keeps each item's outcome in `journal` (not owned; it must outlive the job), so that
    // the job can be resumed after its process died. A cancelled item gets no outcome.
    virtual void setJournal(BulkJournal *journal) = 0;
    // Resuming a job: an item the server no longer knows (404) was ended by the run that
    // died after sending it, and counts as done.
    virtual void setNotFoundIsDone(bool on) = 0;
    // Runs the failed (and cancelled) items again.
    virtual void retryFailed() = 0;
    virtual void cancel() = 0;

    virtual const QList<Item> &items() const = 0;
    virtual int finishedCount() const = 0;
    virtual int failedCount() const = 0;
    virtual bool isRunning() const = 0;

Q_SIGNALS:
    void itemFinished(int index);
    void progress(int finished, int total);
    void finished();
};

} // namespace authdesk
