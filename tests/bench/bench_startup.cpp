// Start to first painted main window: the console (with a list of 20 profiles) against a
// bare Qt Widgets window from the same tree, alternating runs, medians compared.
//   bench_startup [--runs N] AUTHDESK BARE_WINDOW
#include "BenchUtil.h"

#include <QCoreApplication>
#include <QDir>
#include <QProcess>
#include <QSettings>
#include <QTemporaryDir>

namespace {
double timeToPaint(const QString &program, const QProcessEnvironment &env)
{
    QProcess p;
    p.setProcessEnvironment(env);
    QElapsedTimer t;
    t.start();
    p.start(program, {});
    if (!p.waitForStarted(10'000))
        return -1;
    QByteArray out;
    while (!out.contains("painted")) {
        if (!p.waitForReadyRead(20'000))
            return -1;
        out += p.readAllStandardOutput();
    }
    const double ms = double(t.nsecsElapsed()) / 1e6;
    p.waitForFinished(10'000);
    return ms;
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    int runs = 9;
    if (args.size() >= 2 && args[0] == u"--runs") {
        runs = args[1].toInt();
        args = args.mid(2);
    }
    if (args.size() != 2) {
        std::fprintf(stderr, "usage: bench_startup [--runs N] AUTHDESK BARE_WINDOW\n");
        return 2;
    }
    QTemporaryDir home;
    // A realistic profile list for the console to show.
    QSettings settings(home.filePath(QStringLiteral(".config/AuthDesk/authdesk.conf")), QSettings::IniFormat);
    for (int i = 0; i < 20; ++i) {
        const QString g = QStringLiteral("profiles/p%1/").arg(i);
        settings.setValue(g + QStringLiteral("name"), QStringLiteral("Server %1").arg(i));
        settings.setValue(g + QStringLiteral("dialect"), QStringLiteral("platform28"));
        settings.setValue(g + QStringLiteral("baseUrl"), QStringLiteral("https://p28-%1.example.com/api/v2").arg(i));
    }
    settings.sync();
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home.path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral(".config")));
    env.insert(QStringLiteral("AUTHDESK_BENCH_FIRST_PAINT"), QStringLiteral("1"));
    env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=/nonexistent")); // no keychain wait

    QList<double> console, bare;
    timeToPaint(args[0], env); // warm the page cache once; "cold" here means a new process
    timeToPaint(args[1], env);
    for (int i = 0; i < runs; ++i) {
        console << timeToPaint(args[0], env);
        bare << timeToPaint(args[1], env);
    }
    if (console.contains(-1) || bare.contains(-1)) {
        std::fprintf(stderr, "bench_startup: a program did not paint\n");
        return 1;
    }
    bench::figure("startup: console to first paint (median)", bench::median(console), "ms");
    bench::figure("startup: bare window to first paint (median)", bench::median(bare), "ms");
    const double ratio = bench::median(console) / bench::median(bare);
    bench::verdict("startup: console / bare", ratio, "<= 1.25", ratio <= 1.25);
    return 0;
}
