// TLS and proxies against real servers on this machine: nginx (with a throwaway CA made by
// openssl) in front of the sandbox, and tinyproxy. An untrusted certificate is refused with a
// clear message, a profile that trusts the CA works, a host-name mismatch is refused, so is a
// certificate that names its host only in the CN (no subjectAltName), plain http:// to another
// host is refused, a profile's proxy carries the requests to a server by name (the proxy's own
// log proves it) and never those to loopback.
#include "Await.h"
#include "CoreContext.h"
#include "Platform28Backend.h"
#include "SandboxProcess.h"

#include <QHostInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QtTest>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

using namespace authdesk;

namespace {
// nginx started by root must be told to run its workers as root too (it cannot switch to
// "nobody" and still read the test's files); elsewhere it runs as whoever starts it.
bool runsAsRoot()
{
#ifdef Q_OS_UNIX
    return ::getuid() == 0;
#else
    return false;
#endif
}

quint16 freePort()
{
    QTcpServer s;
    s.listen(QHostAddress::LocalHost);
    return s.serverPort();
}
bool run(const QString &program, const QStringList &args, const QString &dir)
{
    QProcess p;
    p.setWorkingDirectory(dir);
    p.start(program, args);
    return p.waitForFinished(60'000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}
bool waitForPort(quint16 port)
{
    return QTest::qWaitFor([port] {
        QTcpSocket s;
        s.connectToHost(QHostAddress::LocalHost, port);
        return s.waitForConnected(200);
    }, 10'000);
}
} // namespace

class TestTlsProxy : public QObject
{
    Q_OBJECT
    CoreContext m_core; // this test's network client, clock and dialects
    SandboxProcess m_sandbox;
    QTemporaryDir m_dir;
    QProcess m_nginx, m_proxy;
    quint16 m_tlsPort = 0, m_wrongPort = 0, m_cnOnlyPort = 0, m_proxyPort = 0;
    // This machine's own name: not a loopback literal, so a profile's proxy applies to it.
    QString m_hostName = QHostInfo::localHostName().toLower();

    QString path(const char *name) const { return m_dir.filePath(QLatin1String(name)); }
    static Credentials admin()
    {
        Credentials c;
        c.user = QStringLiteral("admin");
        c.secret = QStringLiteral("Admin#2026");
        return c;
    }

    // The nginx front on `port`, its CA trusted.
    Profile trusted(int port) const
    {
        Profile p = profile(QStringLiteral("https://localhost:%1/p28/api/v2").arg(port));
        p.caFile = path("ca.pem");
        return p;
    }

    Profile profile(const QString &url) const
    {
        Profile p;
        p.id = QStringLiteral("tls");
        p.name = QStringLiteral("tls");
        p.dialect = Dialect::Platform28;
        p.baseUrl = QUrl(url);
        p.connectTimeoutMs = p.transferTimeoutMs = 5'000;
        return p;
    }
    Result<Done> test(const Profile &p)
    {
        Platform28Backend b(p, m_core);
        return AWAIT(Done, b.testConnection(cb));
    }
    bool makeCertificate(const char *name, const char *san, const char *cn = nullptr)
    {
        const QString d = m_dir.path();
        QFile ext(path((QByteArray(name) + ".ext").constData()));
        if (!ext.open(QIODevice::WriteOnly))
            return false;
        ext.write((san ? QByteArray("subjectAltName=") + san + '\n' : QByteArray())
                  + "basicConstraints=CA:FALSE\nkeyUsage=digitalSignature,keyEncipherment\nextendedKeyUsage=serverAuth\n");
        ext.close();
        const QString n = QLatin1String(name);
        return run(QStringLiteral("openssl"), {QStringLiteral("req"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"), QStringLiteral("-nodes"),
                                               QStringLiteral("-keyout"), n + QStringLiteral(".key"), QStringLiteral("-out"), n + QStringLiteral(".csr"),
                                               QStringLiteral("-subj"), QStringLiteral("/CN=") + (cn ? QLatin1String(cn) : n)}, d)
            && run(QStringLiteral("openssl"), {QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"), n + QStringLiteral(".csr"),
                                               QStringLiteral("-CA"), QStringLiteral("ca.pem"), QStringLiteral("-CAkey"), QStringLiteral("ca.key"),
                                               QStringLiteral("-CAcreateserial"), QStringLiteral("-out"), n + QStringLiteral(".pem"), QStringLiteral("-days"),
                                               QStringLiteral("2"), QStringLiteral("-extfile"), n + QStringLiteral(".ext")}, d);
    }

private Q_SLOTS:
    void initTestCase()
    {
        const bool ci = qEnvironmentVariable("CI") == u"true";
        for (const char *tool : {"nginx", "tinyproxy", "openssl"}) {
            const bool found = !QStandardPaths::findExecutable(QLatin1String(tool), {QStringLiteral("/usr/sbin"), QStringLiteral("/usr/bin"), QStringLiteral("/sbin")}).isEmpty()
                || !QStandardPaths::findExecutable(QLatin1String(tool)).isEmpty();
            if (!found && ci)
                QFAIL(qPrintable(QStringLiteral("%1 is missing (scripts/install-deps installs it)").arg(QLatin1String(tool))));
            if (!found)
                QSKIP(qPrintable(QStringLiteral("%1 is not installed (scripts/install-deps)").arg(QLatin1String(tool))));
        }
        QString error;
        QVERIFY2(m_sandbox.start({}, &error), qPrintable(error));
        // A throwaway CA and two server certificates: one for localhost, one for another name.
        QVERIFY(run(QStringLiteral("openssl"), {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
                                                QStringLiteral("-nodes"), QStringLiteral("-keyout"), QStringLiteral("ca.key"), QStringLiteral("-out"),
                                                QStringLiteral("ca.pem"), QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
                                                QStringLiteral("/CN=AuthDesk Test CA")}, m_dir.path()));
        QVERIFY(!m_hostName.isEmpty() && !QHostInfo::fromName(m_hostName).addresses().isEmpty());
        QVERIFY(makeCertificate("localhost", QStringLiteral("DNS:localhost,IP:127.0.0.1,DNS:%1").arg(m_hostName).toLatin1().constData()));
        QVERIFY(makeCertificate("wrong", "DNS:wrong.example"));
        QVERIFY(makeCertificate("cnonly", nullptr, "localhost"));
        m_tlsPort = freePort();
        m_wrongPort = freePort();
        m_cnOnlyPort = freePort();
        m_proxyPort = freePort();
        const QString upstream = m_sandbox.baseUrl().toString();
        const QString d = m_dir.path();
        QFile conf(path("nginx.conf"));
        QVERIFY(conf.open(QIODevice::WriteOnly));
        conf.write(QStringLiteral(
                       "%1\nworker_processes 1;\npid %2/nginx.pid;\nerror_log %2/nginx-error.log;\nevents { worker_connections 64; }\n"
                       "http {\n access_log %2/nginx-access.log;\n client_body_temp_path %2; proxy_temp_path %2; fastcgi_temp_path %2;\n"
                       " uwsgi_temp_path %2; scgi_temp_path %2;\n"
                       // Every address of this machine: the proxy reaches it by the machine's name.
                       // HTTP/2 offered by ALPN, as real fronts do (#15): the client takes it.
                       " server { listen %3 ssl http2; ssl_certificate %2/localhost.pem; ssl_certificate_key %2/localhost.key;\n"
                       "   location / { proxy_pass %5; } }\n"
                       " server { listen 127.0.0.1:%4 ssl http2; ssl_certificate %2/wrong.pem; ssl_certificate_key %2/wrong.key;\n"
                       "   location / { proxy_pass %5; } }\n"
                       " server { listen 127.0.0.1:%6 ssl http2; ssl_certificate %2/cnonly.pem; ssl_certificate_key %2/cnonly.key;\n"
                       "   location / { proxy_pass %5; } }\n}\n")
                       .arg(runsAsRoot() ? QStringLiteral("user root;") : QString(), d)
                       .arg(m_tlsPort)
                       .arg(m_wrongPort)
                       .arg(upstream)
                       .arg(m_cnOnlyPort)
                       .toUtf8());
        conf.close();
        m_nginx.start(QStringLiteral("nginx"), {QStringLiteral("-p"), d, QStringLiteral("-c"), path("nginx.conf"), QStringLiteral("-e"),
                                               path("nginx-error.log"), QStringLiteral("-g"), QStringLiteral("daemon off;")});
        QVERIFY2(m_nginx.waitForStarted(10'000), "nginx did not start");
        QVERIFY2(waitForPort(m_tlsPort), qPrintable(QString::fromUtf8(m_nginx.readAllStandardError())));
        QFile tp(path("tinyproxy.conf"));
        QVERIFY(tp.open(QIODevice::WriteOnly));
        tp.write(QStringLiteral("Port %1\nListen 127.0.0.1\nTimeout 30\nLogFile \"%2/tinyproxy.log\"\nLogLevel Info\nMaxClients 20\nAllow 127.0.0.1\n")
                     .arg(m_proxyPort)
                     .arg(d)
                     .toUtf8());
        tp.close();
        m_proxy.start(QStringLiteral("tinyproxy"), {QStringLiteral("-d"), QStringLiteral("-c"), path("tinyproxy.conf")});
        QVERIFY2(m_proxy.waitForStarted(10'000), "tinyproxy did not start");
        QVERIFY2(waitForPort(m_proxyPort), qPrintable(QString::fromUtf8(m_proxy.readAllStandardError())));
    }

    void cleanupTestCase()
    {
        for (QProcess *p : {&m_nginx, &m_proxy}) {
            p->terminate();
            if (!p->waitForFinished(5'000))
                p->kill();
        }
    }

    void untrustedCertificateIsRefused()
    {
        const auto r = test(profile(QStringLiteral("https://localhost:%1/p28/api/v2").arg(m_tlsPort)));
        QCOMPARE(r.error().kind, ErrorKind::Tls);
        QVERIFY2(r.error().message.contains(QLatin1String("certificate")), qPrintable(r.error().message));
    }

    void trustingTheCaWorks()
    {
        Profile p = profile(QStringLiteral("https://localhost:%1/p28/api/v2").arg(m_tlsPort));
        p.caFile = path("ca.pem");
        QVERIFY(p.validate().isEmpty());
        const auto r = test(p);
        QVERIFY2(r.ok(), qPrintable(r.error().message));
        Platform28Backend b(p, m_core);
        const Credentials c = admin();
        QVERIFY(AWAIT(SignInState, b.signIn(c, cb)).ok());
        QVERIFY(AWAIT(P28Session, b.session(QStringLiteral("s-bob-1"), cb)).ok());
    }

    // Where the server offers HTTP/2 (ALPN), the calls use it: one connection, many streams.
    void http2IsUsedWhereTheServerOffersIt()
    {
        QFile log(path("nginx-access.log"));
        const qint64 before = log.size();
        Platform28Backend b(trusted(m_tlsPort), m_core);
        const Credentials c = admin();
        QVERIFY(AWAIT(SignInState, b.signIn(c, cb)).ok());
        QVERIFY(AWAIT(P28Session, b.session(QStringLiteral("s-bob-1"), cb)).ok());
        QVERIFY(log.open(QIODevice::ReadOnly));
        QList<QByteArray> lines;
        // nginx writes a line once it has answered: wait for both.
        QVERIFY(QTest::qWaitFor([&] {
            log.seek(before);
            lines = log.readAll().trimmed().split('\n');
            return lines.size() >= 2;
        }, 5'000));
        for (const QByteArray &line : lines)
            QVERIFY2(line.contains("HTTP/2.0\""), line.constData());
    }

    // At most once holds over HTTP/2: a sign-in (a POST) whose answer never comes is not
    // sent again, by Qt or by us, and says that it may have reached the server.
    void aPostOverHttp2IsSentAtMostOnce()
    {
        QVERIFY(m_sandbox.reset());
        QVERIFY(m_sandbox.addFault({{QStringLiteral("route"), QStringLiteral("P1")}, {QStringLiteral("kind"), QStringLiteral("drop")},
                                    {QStringLiteral("count"), 5}}));
        Platform28Backend b(trusted(m_tlsPort), m_core);
        const Credentials c = admin();
        const auto r = AWAIT(SignInState, b.signIn(c, cb));
        QVERIFY(!r.ok());
        QTest::qWait(500); // a resend would have arrived by now
        QCOMPARE(m_sandbox.requests(QStringLiteral("P1")).size(), 1);
        QVERIFY(m_sandbox.reset());
    }

    void hostNameMismatchIsRefused()
    {
        Profile p = profile(QStringLiteral("https://localhost:%1/p28/api/v2").arg(m_wrongPort));
        p.caFile = path("ca.pem"); // trusted issuer, wrong name
        const auto r = test(p);
        QCOMPARE(r.error().kind, ErrorKind::Tls);
        QVERIFY2(r.error().message.contains(QLatin1String("host name"), Qt::CaseInsensitive)
                     || r.error().message.contains(QLatin1String("hostname"), Qt::CaseInsensitive),
                 qPrintable(r.error().message));
    }

    void certificateWithoutSubjectAltNameIsRefused()
    {
        // Trusted issuer, CN=localhost, no subjectAltName: Qt would accept it, browsers do not.
        Profile p = profile(QStringLiteral("https://localhost:%1/p28/api/v2").arg(m_cnOnlyPort));
        p.caFile = path("ca.pem");
        const auto r = test(p);
        QCOMPARE(r.error().kind, ErrorKind::Tls);
        QVERIFY2(r.error().message.contains(QLatin1String("subjectAltName")), qPrintable(r.error().message));
    }

    void plainHttpToAnotherHostIsRefused()
    {
        Profile p = profile(QStringLiteral("http://192.0.2.1/p28/api/v2"));
        QVERIFY(p.validate().contains(QLatin1String("loopback")));
        const auto r = test(p);
        QCOMPARE(r.error().kind, ErrorKind::Tls);
    }

    void theProfilesProxyCarriesTheRequests()
    {
        const QString proxy = QStringLiteral("http://127.0.0.1:%1").arg(m_proxyPort);
        Profile tls = profile(QStringLiteral("https://%1:%2/p28/api/v2").arg(m_hostName).arg(m_tlsPort));
        tls.caFile = path("ca.pem");
        tls.proxy = proxy;
        QVERIFY(tls.validate().isEmpty());
        const auto r = test(tls);
        QVERIFY2(r.ok(), qPrintable(r.error().message));
        QFile log(path("tinyproxy.log"));
        QVERIFY(QTest::qWaitFor([&] { return log.size() > 0; }, 5'000));
        QVERIFY(log.open(QIODevice::ReadOnly));
        const QByteArray text = log.readAll();
        QVERIFY2(text.contains(QStringLiteral("CONNECT %1:%2").arg(m_hostName).arg(m_tlsPort).toUtf8()), text.right(2000).constData());
    }

    void loopbackNeverGoesThroughTheProxy()
    {
        // A loopback profile with a proxy: the proxy would see an http:// password in clear.
        QFile log(path("tinyproxy.log"));
        const qint64 before = log.size();
        Profile plain = profile(m_sandbox.platform28Url().toString());
        plain.proxy = QStringLiteral("http://127.0.0.1:%1").arg(m_proxyPort);
        QVERIFY(plain.validate().isEmpty());
        QVERIFY(test(plain).ok());
        Platform28Backend b(plain, m_core);
        const Credentials c = admin();
        QVERIFY(AWAIT(SignInState, b.signIn(c, cb)).ok());
        Profile tls = profile(QStringLiteral("https://localhost:%1/p28/api/v2").arg(m_tlsPort));
        tls.caFile = path("ca.pem");
        tls.proxy = plain.proxy;
        QVERIFY(test(tls).ok());
        QTest::qWait(300);
        QCOMPARE(QFileInfo(log.fileName()).size(), before);
    }
};

QTEST_GUILESS_MAIN(TestTlsProxy)
#include "tst_tlsproxy.moc"
