// authdesk: the Qt Widgets console. Thin entry point: options, then the main window.
#include "CoreContext.h"
#include "DemoRun.h"
#include "FirstPaintReporter.h"
#include "FocusRingStyle.h"
#include "MainWindow.h"
#include "ProfileSessions.h"
#include "ProfileStore.h"
#include "ProcessGuard.h"
#include "SessionManagerView.h"
#include "SingleInstance.h"
#include "Translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>
#include <QSettings>
#include <QTableView>
#include <QTimer>

#include <cstdio>

using namespace authdesk;

namespace {
// The options, shared by the display-less pass (--help, --version, wrong options) and the
// console itself.
void describe(QCommandLineParser &parser, QCommandLineOption &demo)
{
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Admin console for EnableX, Platform28 and Overkiz identity services."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption(demo);
}
} // namespace

int main(int argc, char *argv[])
{
    // Before anything holds a secret: no core dump, no ptrace, no /proc/PID/mem.
    authdesk::ProcessGuard::protect();
    QCommandLineOption demo(QStringLiteral("demo"),
        QCoreApplication::translate("main", "Start the bundled sandbox server and open the console on it."));
    {
        // --help and --version answer without a display (scripts, packaging checks).
        QCoreApplication probe(argc, argv);
        QCoreApplication::setApplicationName(QStringLiteral("authdesk"));
        QCoreApplication::setApplicationVersion(QStringLiteral(AUTHDESK_VERSION));
        QCoreApplication::setOrganizationName(QStringLiteral("AuthDesk"));
        // --help in the console's language (the settings' choice, else the system's).
        Translations::install(QSettings().value(Translations::settingsKey()).toString());
        QCommandLineParser parser;
        describe(parser, demo);
        if (!parser.parse(probe.arguments()) || parser.isSet(QStringLiteral("help")) || parser.isSet(QStringLiteral("version")))
            parser.process(probe); // prints and exits
    }
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("AuthDesk"));
    QApplication::setApplicationName(QStringLiteral("authdesk"));
    QApplication::setApplicationDisplayName(QStringLiteral("AuthDesk"));
    QApplication::setApplicationVersion(QStringLiteral(AUTHDESK_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("io.github.authdesk.AuthDesk")); // the installed .desktop file
    FocusRingStyle::install(); // a focus indicator people can see, over the desktop's style
    // The system's language, unless the console's settings choose another.
    Translations::install(QSettings().value(Translations::settingsKey()).toString());

    QCommandLineParser parser;
    describe(parser, demo);
    parser.process(app);

    // A console already running for this person takes over: it raises its window (and
    // starts the demo when asked), and this start ends.
    SingleInstance instance(SingleInstance::defaultKey());
    if (instance.start(app.arguments()) == SingleInstance::Role::Forwarded) {
        std::fprintf(stderr, "%s\n",
                     qUtf8Printable(QCoreApplication::translate("main", "AuthDesk is already running; its window has been brought to the front.")));
        return 0;
    }

    // The core for the GUI thread: its network client, the clock and the dialects.
    CoreContext core;
    ProfileStore profiles;
    ProfileSessions sessions(profiles, core);
    // A demo that ended without cleaning up (a crash) left profiles on a port that is gone.
    DemoRun::removeLeftovers(profiles, sessions);
    // Remembered sign-ins come back from the keychain once the window is up (asynchronous,
    // but opening the D-Bus connection should not delay the first paint).
    QTimer::singleShot(0, &sessions, &ProfileSessions::restoreAll);
    MainWindow window(profiles, sessions);
    DemoRun demoRun(profiles, sessions);
    QObject::connect(&demoRun, &DemoRun::ready, &window, [&](const QUrl &url) {
        window.reloadProfiles();
        window.selectProfile(QStringLiteral("demo-platform28"));
        window.setDemoSandbox(url);
    });
    QObject::connect(&demoRun, &DemoRun::failed, &window, [&](const QString &message) {
        QMessageBox::warning(&window, QApplication::translate("main", "Demo"), message);
    });
    QObject::connect(&window, &MainWindow::demoRequested, &demoRun, &DemoRun::start);
    if (parser.isSet(demo))
        demoRun.start();
    QObject::connect(&instance, &SingleInstance::activated, &window, [&](const QStringList &arguments) {
        QCommandLineParser later;
        describe(later, demo);
        if (later.parse(arguments) && later.isSet(demo))
            demoRun.start();
        window.setWindowState((window.windowState() & ~Qt::WindowMinimized) | Qt::WindowActive);
        window.show();
        window.raise();
        window.activateWindow();
    });
    FirstPaintReporter::installIfRequested(&window, window.sessionManager()->table()); // start-up benchmarks only
    window.show();
    const int rc = app.exec();
    demoRun.stop(); // and its profiles go with it
    return rc;
}
