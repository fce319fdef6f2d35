#include "FirstPaintReporter.h"

#include <QCoreApplication>
#include <QEvent>
#include <QTimer>

#include <cstdio>

namespace authdesk {

void FirstPaintReporter::installIfRequested(QObject *window)
{
    if (qEnvironmentVariableIsEmpty("AUTHDESK_BENCH_FIRST_PAINT"))
        return;
    window->installEventFilter(new FirstPaintReporter(window));
}

bool FirstPaintReporter::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Paint && !m_done) {
        m_done = true;
        // After this paint has been delivered, so the measure covers it.
        QTimer::singleShot(0, qApp, [] {
            std::printf("painted\n");
            std::fflush(stdout);
            QCoreApplication::quit();
        });
    }
    return QObject::eventFilter(watched, event);
}

} // namespace authdesk
