#pragma once

#include "BulkJob.h"

#include <QPointer>
#include <QThread>

namespace authdesk {

class Backend;
class BulkWorker;

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

private:
    void apply(const QList<int> &indexes, const QList<BulkJob::Item> &changed, int finishedItems, int failed, bool stillRunning);
    void begin(const QList<Item> &items);

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
