#include "BulkWorker.h"

#include "Backend.h"
#include "BulkJournal.h"
#include "BulkTerminator.h"
#include "CoreContext.h"
#include "Credentials.h"
#include "DialectRegistry.h"
#include "ThreadedBulkJob.h"

#include <QCoreApplication>

#include <algorithm>

namespace authdesk {

BulkWorker::BulkWorker(const DialectRegistry &dialects, Setup setup)
    : m_dialects(std::make_unique<DialectRegistry>(dialects))
    , m_setup(std::move(setup))
{
    m_tick.setParent(this); // moves to the worker thread with this object
    m_tick.setSingleShot(true);
    m_tick.setInterval(ThreadedBulkJob::kReportIntervalMs);
    connect(&m_tick, &QTimer::timeout, this, &BulkWorker::sendReport);
}

BulkWorker::~BulkWorker()
{
    delete m_job; // before the backend it calls
    m_job = nullptr;
}

bool BulkWorker::ensureBackend()
{
    if (m_job)
        return true;
    // Made here, in the worker thread: its network manager belongs to this thread.
    m_context = std::make_unique<CoreContext>(*m_dialects);
    m_context->clock().setOffset(m_setup.clockOffset);
    m_backend = m_context->dialects().createBackend(m_setup.profile, *m_context);
    if (!m_backend || !m_backend->importSession(m_setup.session))
        return false;
    m_backend->setRememberedCredentials(m_setup.remembered);
    m_backend->setAuditLog(m_setup.audit);
    m_job = new BulkTerminator(m_backend.get());
    connect(m_job, &BulkJob::itemFinished, this, [this](int index) {
        m_dirty.insert(index);
        if (!m_tick.isActive())
            m_tick.start();
    });
    connect(m_job, &BulkJob::finished, this, [this] {
        m_tick.stop();
        sendReport(); // the last word at once
    });
    return true;
}

void BulkWorker::failAll(const QStringList &ids)
{
    // Nothing can be sent: every item fails with the reason, as a job would.
    Report report;
    report.whole = true;
    const ApiError why = ApiError::make(ErrorKind::SessionExpired,
                                        QCoreApplication::translate("BulkWorker", "The sign-in could not be taken over for the job; sign in again."));
    for (const QString &id : BulkJob::normaliseIds(ids))
        report.items << BulkJob::Item{id, BulkJob::Item::State::Failed, 0, why, false};
    report.finished = report.failed = int(report.items.size());
    if (m_reporter)
        m_reporter(report);
}

void BulkWorker::start(const QStringList &ids, BulkJournal *journal, bool notFoundIsDone)
{
    if (!ensureBackend()) {
        failAll(ids);
        return;
    }
    m_job->setJournal(journal);
    m_job->setNotFoundIsDone(notFoundIsDone);
    m_job->start(ids);
    reportWhole();
}

void BulkWorker::startWithNewJournal(const QStringList &ids, const QString &folder, bool notFoundIsDone)
{
    if (!ensureBackend()) {
        failAll(ids); // nothing sent, so nothing to journal
        return;
    }
    auto journal = std::make_unique<BulkJournal>();
    QString error;
    if (!journal->create(m_setup.profile, BulkJob::normaliseIds(ids), &error, folder)) {
        Q_EMIT refused(error); // a job that could not be finished after a crash is not started
        return;
    }
    m_job->setJournal(nullptr); // the journal it may hold goes next
    m_journal = std::move(journal);
    start(ids, m_journal.get(), notFoundIsDone);
}

void BulkWorker::retryFailed()
{
    if (!m_job)
        return;
    m_job->retryFailed();
    reportWhole(); // the items set back to pending
}

void BulkWorker::cancel()
{
    if (m_job)
        m_job->cancel(); // its items report through itemFinished / finished
}

void BulkWorker::reportWhole()
{
    m_dirty.clear();
    m_tick.stop();
    if (!m_reporter)
        return;
    // The list itself, not a copy of 10,000 items: building one took the window's thread up
    // to 4 ms when a job started (#15).
    m_reporter(Report{true, {}, m_job->items(), m_job->finishedCount(), m_job->failedCount(), m_job->isRunning()});
}

void BulkWorker::sendReport()
{
    if (!m_job || !m_reporter)
        return;
    Report report;
    report.indexes = QList<int>(m_dirty.cbegin(), m_dirty.cend());
    std::sort(report.indexes.begin(), report.indexes.end());
    m_dirty.clear();
    report.items.reserve(report.indexes.size());
    for (int i : std::as_const(report.indexes))
        report.items << m_job->items().at(i);
    report.finished = m_job->finishedCount();
    report.failed = m_job->failedCount();
    report.running = m_job->isRunning();
    m_reporter(report);
}

} // namespace authdesk
