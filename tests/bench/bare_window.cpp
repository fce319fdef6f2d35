// The reference for the start-up and memory benchmarks: a bare Qt Widgets window built in
// the same tree with the same Qt. `--rss` stays up 2 s and prints its resident memory.
#include "BenchUtil.h"
#include "FirstPaintReporter.h"

#include <QApplication>
#include <QLabel>
#include <QMainWindow>
#include <QTimer>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QMainWindow window;
    window.setWindowTitle(QStringLiteral("bare"));
    window.setCentralWidget(new QLabel(QStringLiteral("bare window"), &window));
    window.resize(1180, 720);
    authdesk::FirstPaintReporter::installIfRequested(&window);
    window.show();
    if (app.arguments().contains(QStringLiteral("--rss"))) {
        QTimer::singleShot(2000, &app, [] {
            std::printf("rss %ld\n", bench::rssKiB());
            QCoreApplication::quit();
        });
    }
    return app.exec();
}
