// Resident memory, idle, after sign-in: the console (main window, signed in to a Platform28
// profile on the sandbox) against the bare window, each in its own process.
//   bench_memory BARE_WINDOW          (starts the sandbox and itself with --console)
#include "BenchUtil.h"
#include "MainWindow.h"
#include "CoreContext.h"
#include "ProfileSessions.h"
#include "ProfileStore.h"
#include "DemoProfiles.h"
#include "SandboxProcess.h"

#include <QApplication>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimer>

using namespace authdesk;

namespace {
long childRss(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(60'000))
        return -1;
    for (const QByteArray &line : p.readAllStandardOutput().split('\n'))
        if (line.startsWith("rss "))
            return line.mid(4).toLong();
    return -1;
}

int console(QApplication &app, const QUrl &sandbox)
{
    QTemporaryDir dir;
    ProfileStore store(dir.filePath(QStringLiteral("profiles.ini")));
    DemoProfiles::install(store, sandbox);
    CoreContext core;
    ProfileSessions sessions(store, core);
    sessions.keychain().setMemoryOnly(true);
    MainWindow window(store, sessions);
    window.show();
    Credentials c;
    c.user = QStringLiteral("admin");
    c.secret = QStringLiteral("Admin#2026");
    sessions.signIn(QStringLiteral("demo-platform28"), c, false, [&](const Result<SignInState> &r) {
        if (!r.ok())
            std::fprintf(stderr, "sign-in failed: %s\n", qPrintable(r.error().message));
        QTimer::singleShot(2000, &app, [] { // idle
            std::printf("rss %ld\n", bench::rssKiB());
            QCoreApplication::quit();
        });
    });
    return app.exec();
}
} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() == 3 && args[1] == u"--console")
        return console(app, QUrl(args[2]));
    if (args.size() != 2) {
        std::fprintf(stderr, "usage: bench_memory BARE_WINDOW\n");
        return 2;
    }
    SandboxProcess sandbox;
    QString error;
    if (!sandbox.start({}, &error)) {
        std::fprintf(stderr, "bench_memory: %s\n", qPrintable(error));
        return 1;
    }
    const long consoleKiB = childRss(QCoreApplication::applicationFilePath(), {QStringLiteral("--console"), sandbox.baseUrl().toString()});
    const long bareKiB = childRss(args[1], {QStringLiteral("--rss")});
    if (consoleKiB <= 0 || bareKiB <= 0) {
        std::fprintf(stderr, "bench_memory: could not read the resident memory\n");
        return 1;
    }
    bench::figure("memory: console idle after sign-in (RSS)", double(consoleKiB) / 1024, "MiB");
    bench::figure("memory: bare window idle (RSS)", double(bareKiB) / 1024, "MiB");
    const double ratio = double(consoleKiB) / double(bareKiB);
    bench::verdict("memory: console / bare", ratio, "<= 1.5", ratio <= 1.5);
    return 0;
}
