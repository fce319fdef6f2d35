// authdesk-cli signin --sso (issue #16, part 3): the device authorization grant and, with
// --browser, the code flow, end to end: the real CLI, the real OpenID provider of
// tests/oidc, the real sandbox verifying the token it is given, the real keychain. The
// person reads the CLI's stderr and answers on the provider's pages (BrowserAgent).
#include "BrowserAgent.h"
#include "CliRunner.h"
#include "OidcProviderProcess.h"
#include "SandboxProcess.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

namespace {

// Runs the CLI; when its stderr shows a whole line matching `prompt`, `person` gets the URL it
// names. A run the test has to kill keeps what the CLI had printed, so a failure says where it stood.
CliRun runWithPerson(const CliRunner &cli, const QStringList &args, const QRegularExpression &prompt,
                     const std::function<void(const QUrl &)> &person, const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
{
    QProcess p;
    p.setProcessEnvironment(env);
    CliRun out;
    bool asked = false;
    QObject::connect(&p, &QProcess::readyReadStandardError, &p, [&] {
        out.err += p.readAllStandardError();
        const QRegularExpressionMatch m = prompt.match(QString::fromUtf8(out.err));
        if (m.hasMatch() && !asked) {
            asked = true;
            const QUrl url(m.captured(1));
            QTimer::singleShot(0, &p, [&person, url] { person(url); });
        }
    });
    QEventLoop loop;
    QObject::connect(&p, &QProcess::finished, &loop, &QEventLoop::quit);
    p.start(cli.binary, QStringList{QStringLiteral("--config"), cli.config} + args);
    p.closeWriteChannel();
    QTimer::singleShot(90'000, &loop, &QEventLoop::quit);
    loop.exec();
    if (p.state() != QProcess::NotRunning) {
        p.kill();
        p.waitForFinished(5'000);
        out.timedOut = true;
        out.out = p.readAllStandardOutput();
        out.err += p.readAllStandardError();
        out.err += asked ? "\n(killed by the test after 90 s; the person had been given the URL)"
                         : "\n(killed by the test after 90 s; no prompt for the person was seen)";
        return out;
    }
    out.code = p.exitCode();
    out.out = p.readAllStandardOutput();
    out.err += p.readAllStandardError();
    return out;
}

// Whole lines only: a prompt read before its line has ended would give the person half a URL.
const QRegularExpression kDevicePrompt(QStringLiteral("Or open (\\S+), which holds the code\\.\\r?\\n"));
const QRegularExpression kBrowserPrompt(QStringLiteral("open this page: (\\S+)\\r?\\n"));

} // namespace

class TestCliSso : public QObject
{
    Q_OBJECT
    SandboxProcess m_sandbox;
    OidcProviderProcess m_provider;
    QTemporaryDir m_dir;
    CliRunner m_cli;

    void addProfile(const QString &name, const QString &tokenUse)
    {
        const CliRun r = m_cli({QStringLiteral("profiles"), QStringLiteral("add"), name, QStringLiteral("--dialect"), QStringLiteral("overkiz"),
                                QStringLiteral("--url"), m_sandbox.overkizUrl().toString(), QStringLiteral("--issuer"),
                                m_provider.issuer().toString(), QStringLiteral("--client-id"), QStringLiteral("authdesk"),
                                QStringLiteral("--resource"), QStringLiteral("https://overkiz.test/"), QStringLiteral("--sso-token"), tokenUse});
        QVERIFY2(r.code == 0, r.err.constData());
    }
    static std::function<void(const QUrl &)> person(BrowserAgent::Answer answer, bool deliverRedirect)
    {
        return [answer, deliverRedirect](const QUrl &url) {
            BrowserAgent agent;
            QString error;
            QString finalPage;
            const QUrl redirect = agent.run(url, QStringLiteral("alice@example.com"), answer, &error, &finalPage);
            if (!error.isEmpty())
                qWarning() << "browser agent:" << error;
            else if (!finalPage.isEmpty())
                qInfo() << "browser agent: the provider's pages ended at" << redirect << "with" << finalPage.left(400);
            if (deliverRedirect && !redirect.isEmpty() && finalPage.isEmpty()) {
                QByteArray body;
                const int status = agent.get(redirect, &body);
                if (status != 200)
                    qWarning() << "browser agent: the redirect to" << redirect.toString(QUrl::RemoveQuery) << "got" << status << body.left(200);
            }
        };
    }
    // Neither a JWT nor a refresh token may appear in what the CLI prints.
    static void noTokensIn(const CliRun &r)
    {
        QVERIFY2(!r.out.contains("eyJ") && !r.err.contains("eyJ"), (r.out + r.err).constData());
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_cli.config = m_dir.filePath(QStringLiteral("profiles.ini"));
        QVERIFY2(QFile::exists(m_cli.binary), "AUTHDESK_CLI must point at authdesk-cli");
        QString error;
        QVERIFY2(m_provider.start({QStringLiteral("--token-ttl"), QStringLiteral("4")}, &error), qPrintable(error));
        QVERIFY2(m_sandbox.start({QStringLiteral("--oidc-issuer"), m_provider.issuer().toString(), QStringLiteral("--oidc-audience"),
                                  QStringLiteral("https://overkiz.test/"), QStringLiteral("--oidc-audience"), QStringLiteral("authdesk")},
                                 &error),
                 qPrintable(error));
    }
    void init()
    {
        QVERIFY(m_sandbox.reset()); // keeps the issuer the command line named
        m_sandbox.control("DELETE", QStringLiteral("/_sandbox/requests"));
    }

    void theDeviceFlowSignsIn()
    {
        addProfile(QStringLiteral("device"), QStringLiteral("access-token"));
        // Everything logged at debug level goes to stderr too: no token may be among it.
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("authdesk.*.debug=true"));
        const CliRun r = runWithPerson(m_cli, {QStringLiteral("--profile"), QStringLiteral("device"), QStringLiteral("--json"),
                                               QStringLiteral("signin"), QStringLiteral("--sso")},
                                       kDevicePrompt, person(BrowserAgent::Answer::Approve, false), env);
        QVERIFY2(r.err.contains("POST /token 200"), r.err.constData()); // the calls were logged
        QVERIFY2(r.err.contains(" minutes)") || r.err.contains(" minute)"), r.err.constData()); // English plurals with --json too
        QVERIFY2(r.code == 0, (r.out + r.err).constData());
        QVERIFY2(r.err.contains("enter the code"), r.err.constData());
        const QJsonObject result = r.json().value(QStringLiteral("result")).toObject();
        QVERIFY(result.value(QStringLiteral("signedIn")).toBool());
        QCOMPARE(result.value(QStringLiteral("who")).toString(), QStringLiteral("alice@example.com"));
        noTokensIn(r);
        // The sandbox verified the token it got and made a session; the next run uses it.
        QCOMPARE(m_sandbox.requests(QStringLiteral("O1")).size(), 1);
        const CliRun status = m_cli.profile(QStringLiteral("device"), {QStringLiteral("--json"), QStringLiteral("status")});
        QVERIFY(status.json()[QStringLiteral("result")][QStringLiteral("signedIn")].toBool());
    }

    void aDeclinedSignInSaysSo()
    {
        addProfile(QStringLiteral("declined"), QStringLiteral("access-token"));
        const CliRun r = runWithPerson(m_cli, {QStringLiteral("--profile"), QStringLiteral("declined"), QStringLiteral("signin"), QStringLiteral("--sso")},
                                       kDevicePrompt, person(BrowserAgent::Answer::Decline, false));
        QCOMPARE(r.code, 3);
        QVERIFY2(r.err.contains("declined"), r.err.constData());
        QVERIFY(m_sandbox.requests(QStringLiteral("O1")).isEmpty()); // nothing reached the server
    }

    void theBrowserFlowSignsInWithTheIdToken()
    {
        addProfile(QStringLiteral("browser"), QStringLiteral("id-token"));
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("BROWSER"), QStringLiteral("true")); // no real browser here: the person reads the URL
        const CliRun r = runWithPerson(m_cli, {QStringLiteral("--profile"), QStringLiteral("browser"), QStringLiteral("--json"),
                                               QStringLiteral("signin"), QStringLiteral("--sso"), QStringLiteral("--browser")},
                                       kBrowserPrompt, person(BrowserAgent::Answer::Approve, true), env);
        QVERIFY2(r.code == 0, (r.out + r.err).constData());
        QCOMPARE(r.json()[QStringLiteral("result")][QStringLiteral("who")].toString(), QStringLiteral("alice@example.com"));
        noTokensIn(r);
        QCOMPARE(m_sandbox.requests(QStringLiteral("O1")).size(), 1);
    }

    // The provider signs the person in, but the server trusts another issuer: its refusal is said.
    void aServerThatDoesNotTrustTheIssuerRefuses()
    {
        QVERIFY(m_sandbox.setConfig({{QStringLiteral("oidcIssuer"), QStringLiteral("https://idp.example.com")}}));
        addProfile(QStringLiteral("untrusted"), QStringLiteral("access-token"));
        const CliRun r = runWithPerson(m_cli, {QStringLiteral("--profile"), QStringLiteral("untrusted"), QStringLiteral("signin"), QStringLiteral("--sso")},
                                       kDevicePrompt, person(BrowserAgent::Answer::Approve, false));
        QCOMPARE(r.code, 3);
        QCOMPARE(m_sandbox.requests(QStringLiteral("O1")).size(), 1);
        noTokensIn(r);
    }

    // --remember keeps the provider's refresh token: when the session has expired (and with
    // it the token O1 took), the next run gets a fresh token and signs in again by itself;
    // signing out revokes what the provider granted.
    void aRememberedSsoSignInRenewsThroughTheProvider()
    {
        addProfile(QStringLiteral("renew"), QStringLiteral("access-token"));
        QVERIFY(m_sandbox.setConfig({{QStringLiteral("sessionIdleSec"), 2}}));
        const CliRun in = runWithPerson(m_cli, {QStringLiteral("--profile"), QStringLiteral("renew"), QStringLiteral("signin"),
                                                QStringLiteral("--sso"), QStringLiteral("--remember")},
                                        kDevicePrompt, person(BrowserAgent::Answer::Approve, false));
        QVERIFY2(in.code == 0, (in.out + in.err).constData());
        // A few seconds on: the JSESSIONID is idle-expired (2 s here) and the access token O1
        // took too (this provider's live 4 s). Real time, as the provider's clock is its own.
        QTest::qWait(5'000);
        const CliRun call = m_cli.profile(QStringLiteral("renew"), {QStringLiteral("users"), QStringLiteral("create-main-account"),
                                                                    QStringLiteral("--label"), QStringLiteral("Home"), QStringLiteral("--email"),
                                                                    QStringLiteral("renewed@example.com")},
                                          "Renewed#Pass-2026\n");
        QVERIFY2(call.code == 0, (call.out + call.err).constData());
        noTokensIn(call);
        QList<int> o1;
        for (const QJsonValue &v : m_sandbox.requests(QStringLiteral("O1")))
            o1 << v.toObject().value(QStringLiteral("status")).toInt();
        QCOMPARE(o1, (QList<int>{200, 200})); // the second with a token the sandbox took as fresh

        BrowserAgent provider;
        QByteArray body;
        const QUrl revokedUrl(m_provider.issuer().toString() + QStringLiteral("/_test/revoked"));
        QCOMPARE(provider.get(revokedUrl, &body), 200);
        const int before = QJsonDocument::fromJson(body).object().value(QStringLiteral("revoked")).toInt();
        QCOMPARE(m_cli.profile(QStringLiteral("renew"), {QStringLiteral("signout")}).code, 0);
        // Revoked before the run ended (not left to a request a quitting process drops).
        QCOMPARE(provider.get(revokedUrl, &body), 200);
        QCOMPARE(QJsonDocument::fromJson(body).object().value(QStringLiteral("revoked")).toInt(), before + 1);
        // Nothing is kept any more: a call now asks for a sign-in.
        const CliRun after = m_cli.profile(QStringLiteral("renew"), {QStringLiteral("users"), QStringLiteral("create-main-account"),
                                                                     QStringLiteral("--label"), QStringLiteral("Home"), QStringLiteral("--email"),
                                                                     QStringLiteral("later@example.com")},
                                           "Later#Pass-2026\n");
        QCOMPARE(after.code, 3);
    }

    // Kept sign-ins belong to the identity provider too: pointing the profile at another
    // client (or issuer) forgets them, like another server, dialect or user does.
    void anotherIdentityProviderForgetsTheKeptSignIn()
    {
        addProfile(QStringLiteral("moved"), QStringLiteral("access-token"));
        const CliRun in = runWithPerson(m_cli, {QStringLiteral("--profile"), QStringLiteral("moved"), QStringLiteral("signin"),
                                                QStringLiteral("--sso"), QStringLiteral("--remember")},
                                        kDevicePrompt, person(BrowserAgent::Answer::Approve, false));
        QVERIFY2(in.code == 0, (in.out + in.err).constData());
        const auto signedIn = [this] {
            return m_cli.profile(QStringLiteral("moved"), {QStringLiteral("--json"), QStringLiteral("status")})
                .json()[QStringLiteral("result")][QStringLiteral("signedIn")].toBool();
        };
        QVERIFY(signedIn());
        // An edit that keeps the provider keeps the sign-in...
        QCOMPARE(m_cli({QStringLiteral("profiles"), QStringLiteral("add"), QStringLiteral("moved"), QStringLiteral("--scopes"),
                        QStringLiteral("openid email offline_access")}).code, 0);
        QVERIFY(signedIn());
        // ...another client id at it does not.
        const CliRun moved = m_cli({QStringLiteral("profiles"), QStringLiteral("add"), QStringLiteral("moved"), QStringLiteral("--client-id"),
                                    QStringLiteral("other-app")});
        QCOMPARE(moved.code, 0);
        QVERIFY(!signedIn());
    }

    void withoutAnIdentityProviderItSaysHowToAddOne()
    {
        QCOMPARE(m_cli({QStringLiteral("profiles"), QStringLiteral("add"), QStringLiteral("plain"), QStringLiteral("--dialect"), QStringLiteral("overkiz"),
                        QStringLiteral("--url"), m_sandbox.overkizUrl().toString()})
                     .code,
                 0);
        const CliRun r = m_cli.profile(QStringLiteral("plain"), {QStringLiteral("signin"), QStringLiteral("--sso")});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains("--issuer"), r.err.constData());
        QCOMPARE(m_cli.profile(QStringLiteral("plain"), {QStringLiteral("signin"), QStringLiteral("--browser")}).code, 2);
    }
};

QTEST_GUILESS_MAIN(TestCliSso)
#include "tst_cli_sso.moc"
