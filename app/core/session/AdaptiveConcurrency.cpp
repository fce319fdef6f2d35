#include "AdaptiveConcurrency.h"

#include <algorithm>
#include <cmath>

namespace authdesk {

AdaptiveConcurrency::AdaptiveConcurrency()
    : AdaptiveConcurrency(Settings{})
{
}

AdaptiveConcurrency::AdaptiveConcurrency(const Settings &settings)
    : m_settings(settings)
    , m_limit(std::clamp(settings.initial, settings.min, settings.max))
{
}

void AdaptiveConcurrency::fix(int limit)
{
    m_fixed = true;
    m_limit = std::max(1, limit);
}

void AdaptiveConcurrency::setCeiling(int max)
{
    m_settings.max = std::max(m_settings.min, max);
    if (!m_fixed)
        m_limit = std::min<double>(m_limit, m_settings.max);
}

qint64 AdaptiveConcurrency::nextSendAt(qint64 now) const
{
    qint64 at = std::max(now, m_pausedUntil);
    if (m_pace > 0 && m_lastSent >= 0)
        at = std::max(at, m_lastSent + qint64(std::ceil(1000.0 / m_pace)));
    return at;
}

void AdaptiveConcurrency::sent(qint64 now)
{
    m_lastSent = std::max(now, m_lastSent);
}

bool AdaptiveConcurrency::newRound(qint64 now)
{
    if (now < m_roundEnds)
        return false;
    m_roundEnds = now + std::max<qint64>(1, m_minLatency);
    return true;
}

void AdaptiveConcurrency::countDone(qint64 now)
{
    if (now - m_windowStart >= 1000) {
        const double seconds = std::max<qint64>(1, now - m_windowStart) / 1000.0;
        m_rate = m_windowDone / seconds;
        m_windowStart = now;
        m_windowDone = 0;
    }
    ++m_windowDone;
}

void AdaptiveConcurrency::succeeded(qint64 now, qint64 latencyMs)
{
    countDone(now);
    if (m_fixed)
        return;
    if (m_pace > 0 && now - m_paceChecked >= 1000) {
        m_pace *= 1.02; // probe: the server may allow more than it did
        m_paceChecked = now;
    }
    if (m_minLatency < 0 || latencyMs < m_minLatency)
        m_minLatency = std::max<qint64>(1, latencyMs);
    // The round that ended before this answer is judged by most of its answers: the slow
    // tail of a burst (the server working through the calls one after another) is not
    // congestion, a round most of whose answers were slow is.
    if (now >= m_latencyRoundEnds) {
        if (m_roundAnswers > 0 && m_roundSlow * 2 > m_roundAnswers) {
            m_slowStart = false;
            m_limit = std::max<double>(m_settings.min, m_limit * 0.9);
        }
        m_roundAnswers = 0;
        m_roundSlow = 0;
        m_latencyRoundEnds = now + m_minLatency;
    }
    ++m_roundAnswers;
    const double threshold = std::max(m_minLatency * m_settings.latencyTolerance, double(m_minLatency + m_settings.latencyFloorMs));
    if (latencyMs > threshold) {
        ++m_roundSlow;
        return;
    }
    m_limit += m_slowStart ? 1.0 : 1.0 / m_limit;
    m_limit = std::min<double>(m_limit, m_settings.max);
}

void AdaptiveConcurrency::throttled(qint64 now, int retryAfterMs)
{
    if (retryAfterMs > 0)
        m_pausedUntil = std::max(m_pausedUntil, now + retryAfterMs);
    if (m_fixed)
        return;
    m_slowStart = false;
    // One answer per round counts: a burst of 429s for the calls already in flight is one
    // signal, not thirty.
    if (!newRound(now))
        return;
    m_limit = std::max<double>(m_settings.min, m_limit / 2);
    const double through = std::max(m_rate, m_windowDone * 1000.0 / std::max<qint64>(1, now - m_windowStart));
    const double candidate = 0.9 * through;
    if (candidate > 0)
        m_pace = m_pace > 0 ? std::min(m_pace * 0.9, candidate) : candidate;
    else if (m_pace > 0)
        m_pace *= 0.5;
    m_paceChecked = now;
}

} // namespace authdesk
