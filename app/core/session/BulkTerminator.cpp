#include "BulkTerminator.h"

#include "BulkJournal.h"

#include "Backend.h"
#include "SessionAdmin.h"


namespace authdesk {

BulkTerminator::BulkTerminator(Backend *backend, QObject *parent)
    : BulkJob(parent)
    , m_backend(backend)
{
    m_clock.start();
    m_paced.setSingleShot(true);
    connect(&m_paced, &QTimer::timeout, this, &BulkTerminator::pump);
    if (backend) {
        connect(backend, &Backend::throttled, this, [this](int retryAfterMs) {
            if (!isRunning())
                return;
            ++m_throttled;
            m_control.throttled(now(), retryAfterMs);
        });
    }
}

void BulkTerminator::start(const QStringList &sessionIds)
{
    m_items.clear();
    m_queue.clear();
    for (const QString &id : normaliseIds(sessionIds)) {
        m_queue << int(m_items.size());
        m_items.append(Item{id, Item::State::Pending, 0, {}});
    }
    m_next = 0;
    m_finished = 0;
    m_failed = 0;
    m_throttled = 0;
    m_cancelled = false;
    Q_EMIT progress(0, int(m_items.size()));
    if (m_items.isEmpty()) {
        Q_EMIT finished();
        return;
    }
    pump();
}

void BulkTerminator::retryFailed()
{
    if (isRunning())
        return;
    m_queue.clear();
    for (int i = 0; i < m_items.size(); ++i) {
        Item &item = m_items[i];
        if (item.state == Item::State::Failed || item.state == Item::State::Cancelled) {
            m_failed -= item.state == Item::State::Failed ? 1 : 0;
            item.state = Item::State::Pending;
            item.error = {};
            m_queue << i;
            --m_finished;
        }
    }
    m_next = 0;
    m_cancelled = false;
    if (m_queue.isEmpty()) {
        Q_EMIT finished();
        return;
    }
    Q_EMIT progress(m_finished, int(m_items.size()));
    pump();
}

void BulkTerminator::cancel()
{
    if (!isRunning())
        return;
    m_cancelled = true;
    const bool idle = m_running == 0; // else the last running item reports finished()
    // Items not started yet are marked cancelled; running ones are cancelled on the wire.
    for (int k = m_next; k < m_queue.size(); ++k) {
        Item &item = m_items[m_queue[k]];
        item.state = Item::State::Cancelled;
        item.error = ApiError::make(ErrorKind::Cancelled, tr("Cancelled before it was sent."));
        ++m_finished;
        Q_EMIT itemFinished(m_queue[k]);
    }
    m_next = int(m_queue.size());
    const auto handles = m_handles;
    for (CallHandle h : handles)
        h.cancel();
    if (idle)
        Q_EMIT finished();
}

void BulkTerminator::pump()
{
    while (!m_cancelled && m_running < m_control.limit() && m_next < m_queue.size()) {
        const qint64 at = m_control.nextSendAt(now());
        if (at > now()) {
            if (!m_paced.isActive())
                m_paced.start(int(at - now()));
            return;
        }
        run(m_queue[m_next++]);
    }
}

void BulkTerminator::run(int index)
{
    SessionAdmin *admin = m_backend ? m_backend->capability<SessionAdmin>() : nullptr;
    if (!admin)
        return;
    ++m_running;
    m_items[index].state = Item::State::Running;
    const qint64 sentAt = now();
    m_control.sent(sentAt);
    m_handles.append(admin->terminateSession(m_items[index].sessionId, false, [this, index, sentAt](const Result<int> &r) {
        Item &item = m_items[index];
        // Over HTTP/1.1 Qt carries one call at a time on each of its six connections: six
        // more waiting keep them busy, and anything beyond only queues in the client, where a
        // server's limit (429) then meets a whole queue at once.
        m_control.setCeiling(m_backend && !m_backend->answersMultiplexed() ? kHttp1Concurrency : AdaptiveConcurrency::Settings{}.max);
        if (r.ok() || r.error().kind == ErrorKind::NotFound)
            m_control.succeeded(now(), now() - sentAt); // the server answered in time: no congestion signal
        if (r.ok()) {
            item.state = Item::State::Done;
            item.terminated = r.value();
        } else if ((m_notFoundIsDone || item.maybeSent) && r.error().kind == ErrorKind::NotFound) {
            item.state = Item::State::Done;
            item.terminated = 0;
        } else {
            item.state = r.error().kind == ErrorKind::Cancelled ? Item::State::Cancelled : Item::State::Failed;
            item.error = r.error();
            const ErrorKind k = r.error().kind;
            item.maybeSent = item.maybeSent || k == ErrorKind::Cancelled || k == ErrorKind::Network || k == ErrorKind::Timeout;
            m_failed += item.state == Item::State::Failed ? 1 : 0;
        }
        if (m_journal && item.state != Item::State::Cancelled)
            m_journal->record(item.sessionId, item.state == Item::State::Done ? QStringLiteral("done") : QStringLiteral("failed"));
        --m_running;
        ++m_finished;
        m_handles.removeIf([](const CallHandle &h) { return !h.isRunning(); });
        Q_EMIT itemFinished(index);
        Q_EMIT progress(m_finished, int(m_items.size()));
        if (m_running == 0 && (m_cancelled || m_next >= m_queue.size()))
            Q_EMIT finished();
        else
            pump();
    }));
}

} // namespace authdesk
