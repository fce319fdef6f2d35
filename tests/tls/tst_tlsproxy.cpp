// TLS and proxies against real servers on this machine: nginx (with a throwaway CA made by
// openssl) in front of the sandbox, and tinyproxy. An untrusted certificate is refused with a
// clear message, a profile that trusts the CA works, a host-name mismatch is refused, so is a
// certificate that names its host only in the CN (no subjectAltName), plain http:// to another
// host is refused, a profile's proxy carries the requests to a server by name (the proxy's own
// log proves it) and never those to loopback.
#include "Await.h"
#include "CoreContext.h"
#include "NginxFront.h"
#include "Platform28Backend.h"
#include "SandboxProcess.h"

#include <QHostInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace authdesk;


class TestTlsProxy : public QObject
{
    Q_OBJECT
    CoreContext m_core; // this test's network client, clock and dialects
    SandboxProcess m_sandbox;
    QTemporaryDir m_dir;
    NginxFront m_front{m_dir.path()};
    QProcess m_proxy;
    quint16 m_tlsPort = 0, m_wrongPort = 0, m_cnOnlyPort = 0, m_proxyPort = 0;
    // This machine's own name: not a loopback literal, so a profile's proxy applies to it.
    QString m_hostName = QHostInfo::localHostName().toLower();

    QString path(const char *name) const { return m_front.path(QLatin1String(name)); }
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
private Q_SLOTS:
    void initTestCase()
    {
        const bool ci = qEnvironmentVariable("CI") == u"true";
        QString missing = NginxFront::missingTool();
        if (missing.isEmpty() && QStandardPaths::findExecutable(QStringLiteral("tinyproxy"), {QStringLiteral("/usr/sbin"), QStringLiteral("/usr/bin")}).isEmpty()
            && QStandardPaths::findExecutable(QStringLiteral("tinyproxy")).isEmpty())
            missing = QStringLiteral("tinyproxy");
        if (!missing.isEmpty() && ci)
            QFAIL(qPrintable(QStringLiteral("%1 is missing (scripts/install-deps installs it)").arg(missing)));
        if (!missing.isEmpty())
            QSKIP(qPrintable(QStringLiteral("%1 is not installed (scripts/install-deps)").arg(missing)));
        QString error;
        QVERIFY2(m_sandbox.start({}, &error), qPrintable(error));
        // A throwaway CA and server certificates: for localhost (and this machine's name),
        // for another name, and one naming localhost only in its common name.
        QVERIFY(m_front.makeCa());
        QVERIFY(!m_hostName.isEmpty() && !QHostInfo::fromName(m_hostName).addresses().isEmpty());
        QVERIFY(m_front.makeCertificate(QStringLiteral("localhost"), QStringLiteral("DNS:localhost,IP:127.0.0.1,DNS:%1").arg(m_hostName)));
        QVERIFY(m_front.makeCertificate(QStringLiteral("wrong"), QStringLiteral("DNS:wrong.example")));
        QVERIFY(m_front.makeCertificate(QStringLiteral("cnonly"), QString(), QStringLiteral("localhost")));
        m_tlsPort = NginxFront::freePort();
        m_wrongPort = NginxFront::freePort();
        m_cnOnlyPort = NginxFront::freePort();
        m_proxyPort = NginxFront::freePort();
        const QString upstream = m_sandbox.baseUrl().toString();
        const QString d = m_dir.path();
        // HTTP/2 offered by ALPN on all three, as real fronts do (#15): the client takes it.
        // The first listens on every address: the proxy reaches it by the machine's name.
        QVERIFY2(m_front.start({{m_tlsPort, QString(), QStringLiteral("localhost"), true, upstream, 0},
                                {m_wrongPort, QStringLiteral("127.0.0.1"), QStringLiteral("wrong"), true, upstream, 0},
                                {m_cnOnlyPort, QStringLiteral("127.0.0.1"), QStringLiteral("cnonly"), true, upstream, 0}},
                               &error),
                 qPrintable(error));
        QFile tp(path("tinyproxy.conf"));
        QVERIFY(tp.open(QIODevice::WriteOnly));
        tp.write(QStringLiteral("Port %1\nListen 127.0.0.1\nTimeout 30\nLogFile \"%2/tinyproxy.log\"\nLogLevel Info\nMaxClients 20\nAllow 127.0.0.1\n")
                     .arg(m_proxyPort)
                     .arg(d)
                     .toUtf8());
        tp.close();
        m_proxy.start(QStringLiteral("tinyproxy"), {QStringLiteral("-d"), QStringLiteral("-c"), path("tinyproxy.conf")});
        QVERIFY2(m_proxy.waitForStarted(10'000), "tinyproxy did not start");
        QVERIFY2(NginxFront::waitForPort(m_proxyPort), qPrintable(QString::fromUtf8(m_proxy.readAllStandardError())));
    }

    void cleanupTestCase()
    {
        m_front.stop();
        for (QProcess *p : {&m_proxy}) {
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
        QVERIFY(!b.answersMultiplexed()); // nothing answered over this backend yet
        QVERIFY(AWAIT(SignInState, b.signIn(c, cb)).ok());
        QVERIFY(AWAIT(P28Session, b.session(QStringLiteral("s-bob-1"), cb)).ok());
        QVERIFY(b.answersMultiplexed()); // what bulk jobs read to allow more than HTTP/1.1's 12 calls
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

    // The CA file is read once, not per call (#15), yet a file the person replaces is taken
    // up by the same backend at its next call.
    void aReplacedCaFileIsReadAgain()
    {
        const QString ca = path("replaced-ca.pem");
        QFile::remove(ca);
        QVERIFY(QFile::copy(path("wrong.pem"), ca)); // a certificate, but not the issuer
        Profile p = profile(QStringLiteral("https://localhost:%1/p28/api/v2").arg(m_tlsPort));
        p.caFile = ca;
        CoreContext fresh; // no connection kept from the tests before
        Platform28Backend b(p, fresh);
        QCOMPARE(AWAIT(Done, b.testConnection(cb)).error().kind, ErrorKind::Tls);
        QTest::qWait(1100); // a file time the system tells apart
        QFile::remove(ca);
        QVERIFY(QFile::copy(path("ca.pem"), ca));
        const auto r = AWAIT(Done, b.testConnection(cb));
        QVERIFY2(r.ok(), qPrintable(r.error().message));
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
