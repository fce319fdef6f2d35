#pragma once

#include "BulkJob.h"
#include "BulkWorker.h"

#include <QPointer>
#include <QThread>

namespace authdesk {

class Backend;

// A bulk job whose network runs in a worker thread (#15): the worker has its own
// CoreContext (its own QNetworkAccessManager, one per thread), a Backend of the same profile
// carrying the caller's sign-in (exportSession / importSession, remembered credentials, the
// same thread-safe audit log) and a BulkTerminator. The caller's thread sees the items
// through a copy the worker updates at most 20 times a second, so the console's window
// neither runs the calls nor repaints per item.
class ThreadedBulkJob : public BulkJob
{
    Q_OBJECT
public:
    // `backend` is the caller's, signed in, offering SessionAdmin. Only what it holds now is
    // taken over: a sign-in made later is not.
    explicit ThreadedBulkJob(Backend *backend, QObject *parent = nullptr);
    ~ThreadedBulkJob() override; // cancels and waits for the worker

    void start(const QStringList &sessionIds) override;
    // Starts a job with a new journal (BulkJournal::create for the backend's profile, in
    // `folder`), made in the worker thread: writing and syncing the header of a 10,000-item
    // job took 4.5 ms of the window's frame (#15). `sessionIds` as normaliseIds gives them
    // (the caller has them so, to ask about their number). If the journal cannot be written
    // nothing is sent: refused(why) comes instead of progress, and the job has no items.
    void startWithNewJournal(const QStringList &sessionIds, const QString &folder);
    void setJournal(BulkJournal *journal) override;
    void setNotFoundIsDone(bool on) override;
    void retryFailed() override;
    void cancel() override;

    const QList<Item> &items() const override { return m_items; }
    int finishedCount() const override { return m_finished; }
    int failedCount() const override { return m_failed; }
    bool isRunning() const override { return m_running; }

    // How often the worker reports (and so the most the caller's thread hears of the job).
    static constexpr int kReportIntervalMs = 50;

Q_SIGNALS:
    void refused(const QString &why);
    // items() was replaced as a whole (the worker's first word on a start or a retry).
    void itemsReplaced();

private:
    void apply(const BulkWorker::Report &report);
    // A job of `ids` is on its way to the worker, whose first report brings its items;
    // false when there are none (then the job has finished).
    bool begin(const QStringList &ids);
    void onRefused(const QString &why);

    QThread m_thread;
    BulkWorker *m_worker = nullptr; // lives in m_thread
    QList<Item> m_items;
    int m_finished = 0;
    int m_failed = 0;
    bool m_running = false;
    BulkJournal *m_journalForWorker = nullptr; // used by the worker while its job runs
    bool m_notFoundIsDone = false;
};

} // namespace authdesk
