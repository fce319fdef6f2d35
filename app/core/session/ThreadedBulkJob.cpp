#include "ThreadedBulkJob.h"

#include "Backend.h"
#include "BulkWorker.h"
#include "CoreContext.h"

namespace authdesk {

ThreadedBulkJob::ThreadedBulkJob(Backend *backend, QObject *parent)
    : BulkJob(parent)
{
    BulkWorker::Setup setup;
    if (backend) {
        setup.profile = backend->profile();
        setup.session = backend->exportSession(); // in memory only, handed to the worker
        setup.remembered = backend->rememberedCredentials();
        setup.audit = backend->auditLog();
        setup.clockOffset = backend->context().clock().offset();
    }
    m_worker = new BulkWorker(backend ? backend->context().dialects() : DialectRegistry{}, std::move(setup));
    m_worker->setReporter([this](const BulkWorker::Report &report) {
        // In the worker thread: hand the report to this object's thread.
        QMetaObject::invokeMethod(this, [this, report] { apply(report); }, Qt::QueuedConnection);
    });
    connect(m_worker, &BulkWorker::refused, this, &ThreadedBulkJob::onRefused, Qt::QueuedConnection);
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.setObjectName(QStringLiteral("bulk job"));
    m_thread.start();
}

ThreadedBulkJob::~ThreadedBulkJob()
{
    QMetaObject::invokeMethod(m_worker, &BulkWorker::cancel, Qt::QueuedConnection);
    m_thread.quit(); // after the cancel: events are handled in order
    m_thread.wait();
}

bool ThreadedBulkJob::begin(const QStringList &ids)
{
    m_items.clear();
    m_finished = 0;
    m_failed = 0;
    m_running = !ids.isEmpty();
    Q_EMIT itemsReplaced();
    Q_EMIT progress(0, int(ids.size()));
    if (!m_running)
        Q_EMIT finished();
    return m_running;
}

void ThreadedBulkJob::start(const QStringList &sessionIds)
{
    const QStringList ids = normaliseIds(sessionIds);
    if (!begin(ids))
        return;
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, ids, journal = m_journalForWorker, nf = m_notFoundIsDone] {
        worker->start(ids, journal, nf);
    }, Qt::QueuedConnection);
}

void ThreadedBulkJob::startWithNewJournal(const QStringList &sessionIds, const QString &folder)
{
    if (!begin(sessionIds))
        return;
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, sessionIds, folder, nf = m_notFoundIsDone] {
        worker->startWithNewJournal(sessionIds, folder, nf);
    }, Qt::QueuedConnection);
}

void ThreadedBulkJob::onRefused(const QString &why)
{
    // Nothing was sent: the job is as if it had never started.
    m_items.clear();
    m_finished = 0;
    m_failed = 0;
    m_running = false;
    Q_EMIT itemsReplaced();
    Q_EMIT refused(why);
}

void ThreadedBulkJob::setJournal(BulkJournal *journal)
{
    m_journalForWorker = journal;
}

void ThreadedBulkJob::setNotFoundIsDone(bool on)
{
    m_notFoundIsDone = on;
}

void ThreadedBulkJob::retryFailed()
{
    if (m_running)
        return;
    const bool any = std::any_of(m_items.cbegin(), m_items.cend(), [](const Item &i) {
        return i.state == Item::State::Failed || i.state == Item::State::Cancelled;
    });
    if (!any) {
        Q_EMIT finished();
        return;
    }
    m_running = true;
    QMetaObject::invokeMethod(m_worker, &BulkWorker::retryFailed, Qt::QueuedConnection);
}

void ThreadedBulkJob::cancel()
{
    if (m_running)
        QMetaObject::invokeMethod(m_worker, &BulkWorker::cancel, Qt::QueuedConnection);
}

void ThreadedBulkJob::apply(const BulkWorker::Report &report)
{
    if (report.whole) {
        m_items = report.items;
        Q_EMIT itemsReplaced();
    } else {
        for (int k = 0; k < report.indexes.size() && k < report.items.size(); ++k) {
            const int i = report.indexes[k];
            if (i < 0 || i >= m_items.size())
                continue;
            m_items[i] = report.items[k];
            const Item::State s = report.items[k].state;
            if (s != Item::State::Pending && s != Item::State::Running)
                Q_EMIT itemFinished(i);
        }
    }
    m_finished = report.finished;
    m_failed = report.failed;
    Q_EMIT progress(m_finished, int(m_items.size()));
    if (m_running && !report.running) {
        m_running = false;
        Q_EMIT finished();
    }
}

} // namespace authdesk
