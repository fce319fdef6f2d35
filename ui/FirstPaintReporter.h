#pragma once

#include <QObject>

namespace authdesk {

// For start-up benchmarks (tests/bench): when installed on a window, prints "painted" on
// stdout at its first paint and quits the application. Off unless asked for.
class FirstPaintReporter : public QObject
{
    Q_OBJECT
public:
    // Installs itself on `window` when the environment variable AUTHDESK_BENCH_FIRST_PAINT is set.
    static void installIfRequested(QObject *window);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    using QObject::QObject;
    bool m_done = false;
};

} // namespace authdesk
