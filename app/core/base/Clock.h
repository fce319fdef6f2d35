#pragma once

#include <QDateTime>

namespace authdesk {

// The console's idea of "now" (UTC). One is made by each program and handed down through
// CoreContext, never read from a global, so that a test can move its own clock forward to
// reach an expiry without waiting and without touching any other test's time.
class Clock
{
public:
    QDateTime now() const { return QDateTime::currentDateTimeUtc().addSecs(m_offsetSec); }
    // Moves this clock (tests): now() answers `seconds` later than the system clock.
    void setOffset(qint64 seconds) { m_offsetSec = seconds; }
    qint64 offset() const { return m_offsetSec; }

private:
    qint64 m_offsetSec = 0;
};

} // namespace authdesk
