// Start to first painted main window: the console (with a list of 20 profiles) against a
// bare Qt Widgets window from the same tree, alternating runs, medians compared.
// With --remembered CLI (inside tests/with-keyring.sh): launch → the session list showing
// the sign-in of a Platform28 profile remembered in the keychain (signed in by the CLI on
// the sandbox over loopback), against the same bare window.
//   bench_startup [--runs N] [--remembered AUTHDESK_CLI] AUTHDESK BARE_WINDOW
#include "BenchUtil.h"
#include "SandboxProcess.h"

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
    QString cli;
    while (args.size() >= 2 && args[0].startsWith(u"--")) {
        if (args[0] == u"--runs")
            runs = args[1].toInt();
        else if (args[0] == u"--remembered")
            cli = args[1];
        else
            break;
        args = args.mid(2);
    }
    if (args.size() != 2) {
        std::fprintf(stderr, "usage: bench_startup [--runs N] [--remembered AUTHDESK_CLI] AUTHDESK BARE_WINDOW\n");
        return 2;
    }
    QTemporaryDir home;
    const QString config = home.filePath(QStringLiteral(".config/AuthDesk/authdesk.conf"));
    QSettings settings(config, QSettings::IniFormat);
    SandboxProcess sandbox;
    if (cli.isEmpty()) {
        // A realistic profile list for the console to show.
        for (int i = 0; i < 20; ++i) {
            const QString g = QStringLiteral("profiles/p%1/").arg(i);
            settings.setValue(g + QStringLiteral("name"), QStringLiteral("Server %1").arg(i));
            settings.setValue(g + QStringLiteral("dialect"), QStringLiteral("platform28"));
            settings.setValue(g + QStringLiteral("baseUrl"), QStringLiteral("https://p28-%1.example.com/api/v2").arg(i));
        }
    }
    settings.sync();
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home.path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral(".config")));
    if (cli.isEmpty()) {
        env.insert(QStringLiteral("AUTHDESK_BENCH_FIRST_PAINT"), QStringLiteral("1"));
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=/nonexistent")); // no keychain wait
    } else {
        // The profile and its remembered sign-in, made by the CLI as an admin would.
        QString error;
        if (!sandbox.start({}, &error)) {
            std::fprintf(stderr, "bench_startup: %s\n", qPrintable(error));
            return 1;
        }
        const QStringList target{QStringLiteral("--config"), config, QStringLiteral("--profile"), QStringLiteral("Sandbox")};
        QProcess add;
        add.setProcessEnvironment(env);
        add.start(cli, {QStringLiteral("--config"), config, QStringLiteral("profiles"), QStringLiteral("add"), QStringLiteral("Sandbox"),
                        QStringLiteral("--dialect"), QStringLiteral("platform28"), QStringLiteral("--url"), sandbox.platform28Url().toString()});
        QProcess sign;
        sign.setProcessEnvironment(env);
        if (add.waitForFinished(30'000) && add.exitCode() == 0) {
            sign.start(cli, target + QStringList{QStringLiteral("signin"), QStringLiteral("--mode"), QStringLiteral("api-key"), QStringLiteral("--remember")});
            sign.write("p28-demo-key\n");
            sign.closeWriteChannel();
        }
        if (!sign.waitForFinished(30'000) || sign.exitCode() != 0) {
            std::fprintf(stderr, "bench_startup: the CLI could not sign in and remember: %s%s\n", add.readAllStandardError().constData(),
                         sign.readAllStandardError().constData());
            return 1;
        }
        env.insert(QStringLiteral("AUTHDESK_BENCH_FIRST_PAINT"), QStringLiteral("rows"));
    }

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
    const double ratio = bench::median(console) / bench::median(bare);
    if (!cli.isEmpty()) {
        bench::figure("launch: console to the remembered sign-in's session on screen (median)", bench::median(console), "ms");
        bench::figure("launch: bare window to first paint (median)", bench::median(bare), "ms");
        bench::verdict("launch: session list / bare", ratio, "<= 3", ratio <= 3.0);
        return 0;
    }
    bench::figure("startup: console to first paint (median)", bench::median(console), "ms");
    bench::figure("startup: bare window to first paint (median)", bench::median(bare), "ms");
    bench::verdict("startup: console / bare", ratio, "<= 1.25", ratio <= 1.25);
    return 0;
}
