// authdesk-sandbox: the three AuthDesk API dialects on one loopback port, for the demo,
// for training and as the peer of the test suite. See README.md beside this file.
#include "Platform28Service.h"
#include "SandboxServer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>

#include <cstdio>
#include <thread>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("authdesk-sandbox"));
    QCoreApplication::setApplicationVersion(QStringLiteral(AUTHDESK_VERSION));

    QCommandLineParser cli;
    cli.setApplicationDescription(QStringLiteral(
        "A loopback HTTP server implementing the EnableX, Platform28 and Overkiz dialects of the "
        "AuthDesk contract, with demo data and a /_sandbox/ control API. Prints its URL on the first line."));
    cli.addHelpOption();
    cli.addVersionOption();
    const QCommandLineOption port(QStringLiteral("port"), QStringLiteral("Port to listen on (0: any free port)."),
                                  QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption data(QStringLiteral("data"), QStringLiteral("JSON file with users and sessions to add."),
                                  QStringLiteral("FILE"));
    const QCommandLineOption sessions(QStringLiteral("generate-sessions"),
                                      QStringLiteral("Add N Platform28 sessions of u-alice (for benchmarks)."), QStringLiteral("N"));
    const QCommandLineOption quiet(QStringLiteral("quiet"), QStringLiteral("Print only the URL."));
    const QCommandLineOption stdinEof(QStringLiteral("stop-on-stdin-eof"),
                                      QStringLiteral("Stop when standard input closes (used by authdesk --demo)."));
    const QCommandLineOption issuer(QStringLiteral("oidc-issuer"),
                                    QStringLiteral("Accept Overkiz accessToken/jwt sign-ins verified against this OpenID issuer."),
                                    QStringLiteral("URL"));
    const QCommandLineOption audience(QStringLiteral("oidc-audience"),
                                      QStringLiteral("An audience those tokens may name (repeat for more; needed with --oidc-issuer)."),
                                      QStringLiteral("AUD"));
    cli.addOptions({port, data, sessions, quiet, stdinEof, issuer, audience});
    cli.process(app);

    bool ok = false;
    const uint wanted = cli.value(port).toUInt(&ok);
    if (!ok || wanted > 65535) {
        std::fprintf(stderr, "authdesk-sandbox: --port needs a number from 0 to 65535\n");
        return 2;
    }
    if (cli.isSet(issuer) != cli.isSet(audience)) {
        std::fprintf(stderr, "authdesk-sandbox: --oidc-issuer and --oidc-audience go together\n");
        return 2;
    }
    sandbox::SandboxServer server;
    const quint16 actual = server.start(quint16(wanted));
    if (!actual) {
        std::fprintf(stderr, "authdesk-sandbox: cannot listen on 127.0.0.1:%u\n", wanted);
        return 1;
    }
    if (cli.isSet(data)) {
        QFile f(cli.value(data));
        QJsonParseError err{};
        const QJsonDocument doc = f.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(f.readAll(), &err) : QJsonDocument();
        QString why;
        if (!doc.isObject() || !server.loadData(doc.object(), &why)) {
            std::fprintf(stderr, "authdesk-sandbox: cannot use %s: %s\n", qPrintable(cli.value(data)),
                         qPrintable(why.isEmpty() ? (f.isOpen() ? err.errorString() : f.errorString()) : why));
            return 1;
        }
    }
    if (cli.isSet(issuer)) {
        // A reset of the demo data keeps these: they say which issuer this sandbox trusts.
        server.context().defaults.oidcIssuer = cli.value(issuer);
        server.context().defaults.oidcAudiences = cli.values(audience);
        server.context().config = server.context().defaults;
    }
    if (cli.isSet(sessions))
        server.platform28().generateSessions(cli.value(sessions).toInt(), QStringLiteral("u-alice"));

    std::printf("http://127.0.0.1:%u\n", actual);
    if (!cli.isSet(quiet)) {
        std::printf("EnableX    %s/ucaas/v1  (X-Api-Id demo-api-id; admin@example.com / Admin#2026)\n"
                    "Platform28 %s/p28/api/v2  (apiKey p28-demo-key; admin / Admin#2026)\n"
                    "Overkiz    %s/enduser-mobile-web/enduserAPI  (admin@example.com / Admin#2026)\n"
                    "Control    %s/_sandbox/  (see app/sandbox/README.md)\n",
                    qPrintable(server.context().baseUrl), qPrintable(server.context().baseUrl),
                    qPrintable(server.context().baseUrl), qPrintable(server.context().baseUrl));
    }
    std::fflush(stdout);

    if (cli.isSet(stdinEof)) {
        // A reader thread, not a socket notifier on fd 0: that works on Windows too. It is
        // detached: blocked in fread() it must not hold up an exit for another reason.
        std::thread([] {
            char buf[256];
            while (std::fread(buf, 1, sizeof buf, stdin) > 0) {
            }
            QMetaObject::invokeMethod(QCoreApplication::instance(), &QCoreApplication::quit, Qt::QueuedConnection);
        }).detach();
    }
    return app.exec();
}
