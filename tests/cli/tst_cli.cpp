// authdesk-cli end to end: the real binary, the real sandbox over loopback HTTP and the
// real keychain (CTest runs this inside tests/with-keyring.sh). Secrets go in on stdin.
#include "CliRunner.h"
#include "SandboxProcess.h"

#include <QTemporaryDir>
#include <QtTest>

using Run = CliRun;

class TestCli : public QObject
{
    Q_OBJECT
    SandboxProcess m_sandbox;
    QTemporaryDir m_dir;

    CliRunner m_run;

    Run cli(const QStringList &args, const QByteArray &input = {}, const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
    {
        return m_run(args, input, env);
    }
    Run p28(const QStringList &args, const QByteArray &input = {}) { return cli(QStringList{QStringLiteral("--profile"), QStringLiteral("p28")} + args, input); }
    Run ok(const QStringList &args, const QByteArray &input = {}) { return cli(QStringList{QStringLiteral("--profile"), QStringLiteral("ok")} + args, input); }
    Run ex(const QStringList &args, const QByteArray &input = {}) { return cli(QStringList{QStringLiteral("--profile"), QStringLiteral("ex")} + args, input); }

private Q_SLOTS:
    void initTestCase()
    {
        m_run.config = m_dir.filePath(QStringLiteral("profiles.ini"));
        QVERIFY2(QFile::exists(m_run.binary), "AUTHDESK_CLI must point at authdesk-cli");
        QString error;
        QVERIFY2(m_sandbox.start({}, &error), qPrintable(error));
        const QString base = m_sandbox.baseUrl().toString();
        QCOMPARE(cli({QStringLiteral("profiles"), QStringLiteral("add"), QStringLiteral("p28"), QStringLiteral("--dialect"), QStringLiteral("platform28"),
                      QStringLiteral("--url"), base + QStringLiteral("/p28/api/v2"), QStringLiteral("--user"), QStringLiteral("admin")}).code, 0);
        QCOMPARE(cli({QStringLiteral("profiles"), QStringLiteral("add"), QStringLiteral("ex"), QStringLiteral("--dialect"), QStringLiteral("enablex"),
                      QStringLiteral("--url"), base + QStringLiteral("/ucaas/v1"), QStringLiteral("--api-id"), QStringLiteral("demo-api-id")}).code, 0);
        QCOMPARE(cli({QStringLiteral("profiles"), QStringLiteral("add"), QStringLiteral("ok"), QStringLiteral("--dialect"), QStringLiteral("overkiz"),
                      QStringLiteral("--url"), base + QStringLiteral("/enduser-mobile-web/enduserAPI"), QStringLiteral("--user"), QStringLiteral("admin@example.com")}).code, 0);
    }
    void init() { QVERIFY(m_sandbox.reset()); }

    void helpVersionAndUsage()
    {
        const Run help = cli({QStringLiteral("--help")});
        QCOMPARE(help.code, 0);
        for (const char *word : {"profiles", "signin", "password request", "sessions terminate-many", "users exists", "terms accept", "Exit codes"})
            QVERIFY2(help.out.contains(word), word);
        QVERIFY(cli({QStringLiteral("--version")}).out.startsWith("authdesk-cli "));
        QCOMPARE(cli({QStringLiteral("sessions"), QStringLiteral("get"), QStringLiteral("x")}).code, 2); // no server chosen
        QCOMPARE(cli({QStringLiteral("--bogus")}).code, 2);
        QCOMPARE(p28({QStringLiteral("customers"), QStringLiteral("list")}).code, 2); // wrong dialect
    }

    void profilesHoldNoSecret()
    {
        const Run list = cli({QStringLiteral("--json"), QStringLiteral("profiles"), QStringLiteral("list")});
        QCOMPARE(list.json().value(QStringLiteral("result")).toArray().size(), 3);
        QCOMPARE(p28({QStringLiteral("signin")}, "Admin#2026\n").code, 0);
        QFile ini(m_dir.filePath(QStringLiteral("profiles.ini")));
        QVERIFY(ini.open(QIODevice::ReadOnly));
        QVERIFY(!ini.readAll().contains("Admin#2026"));
        const Run bad = cli({QStringLiteral("profiles"), QStringLiteral("add"), QStringLiteral("bad"), QStringLiteral("--dialect"),
                             QStringLiteral("platform28"), QStringLiteral("--url"), QStringLiteral("http://example.com/api")});
        QCOMPARE(bad.code, 8);
        QVERIFY(bad.err.contains("loopback"));
    }

    void signInPersistsThroughTheKeychain()
    {
        QCOMPARE(p28({QStringLiteral("signin")}, "Admin#2026\n").code, 0);
        const Run status = p28({QStringLiteral("--json"), QStringLiteral("status")});
        QCOMPARE(status.json().value(QStringLiteral("result")).toObject().value(QStringLiteral("who")).toString(), QStringLiteral("admin"));
        QCOMPARE(p28({QStringLiteral("sessions"), QStringLiteral("get"), QStringLiteral("s-bob-1")}).code, 0);
        QCOMPARE(m_sandbox.requests(QStringLiteral("P1")).size(), 1); // the second run reused the session
        QCOMPARE(p28({QStringLiteral("signout")}).code, 0);
        QCOMPARE(p28({QStringLiteral("sessions"), QStringLiteral("get"), QStringLiteral("s-bob-1")}).code, 3);
    }

    void noKeychainKeepsNothing()
    {
        QCOMPARE(p28({QStringLiteral("--no-keychain"), QStringLiteral("signin")}, "Admin#2026\n").code, 0);
        QVERIFY(!p28({QStringLiteral("--no-keychain"), QStringLiteral("--json"), QStringLiteral("status")})
                     .json().value(QStringLiteral("result")).toObject().value(QStringLiteral("signedIn")).toBool());
        // Without any D-Bus the CLI says the sign-in lasts for this run only, and still works.
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=/nonexistent/bus"));
        const Run r = cli({QStringLiteral("--profile"), QStringLiteral("p28"), QStringLiteral("signin")}, "Admin#2026\n", env);
        QCOMPARE(r.code, 0);
        QVERIFY2(r.err.contains("this run only"), r.err.constData());
    }

    void sessionOperations()
    {
        QCOMPARE(p28({QStringLiteral("signin")}, "Admin#2026\n").code, 0);
        Run r = p28({QStringLiteral("--json"), QStringLiteral("sessions"), QStringLiteral("list"), QStringLiteral("u-alice")});
        QCOMPARE(r.json().value(QStringLiteral("result")).toArray().size(), 2);
        r = p28({QStringLiteral("--json"), QStringLiteral("sessions"), QStringLiteral("clone"), QStringLiteral("s-alice-1")});
        QVERIFY(!r.out.contains("lsid"));
        const QString clone = r.json().value(QStringLiteral("result")).toObject().value(QStringLiteral("sessionId")).toString();
        r = p28({QStringLiteral("--json"), QStringLiteral("sessions"), QStringLiteral("clone"), QStringLiteral("s-alice-1"), QStringLiteral("--show-lsid")});
        QVERIFY(r.json().value(QStringLiteral("result")).toObject().value(QStringLiteral("lsid")).toString().startsWith(QStringLiteral("lsid-")));
        r = p28({QStringLiteral("--json"), QStringLiteral("sessions"), QStringLiteral("set-user"), clone, QStringLiteral("u-bob")});
        QCOMPARE(r.json().value(QStringLiteral("result")).toObject().value(QStringLiteral("effectiveUserId")).toString(), QStringLiteral("u-bob"));
        r = p28({QStringLiteral("--json"), QStringLiteral("sessions"), QStringLiteral("set-org"), clone, QStringLiteral("org-2")});
        QCOMPARE(r.json().value(QStringLiteral("result")).toObject().value(QStringLiteral("effectiveOrgId")).toString(), QStringLiteral("org-2"));
        r = p28({QStringLiteral("--json"), QStringLiteral("sessions"), QStringLiteral("reset-identity"), clone});
        QCOMPARE(r.json().value(QStringLiteral("result")).toObject().value(QStringLiteral("effectiveUserId")).toString(), QStringLiteral("u-alice"));
        QCOMPARE(p28({QStringLiteral("sessions"), QStringLiteral("terminate"), clone}).code, 0);
        QCOMPARE(p28({QStringLiteral("sessions"), QStringLiteral("get"), clone}).code, 4);
        r = p28({QStringLiteral("--json"), QStringLiteral("sessions"), QStringLiteral("terminate-user"), QStringLiteral("u-alice")});
        QCOMPARE(r.json().value(QStringLiteral("result")).toObject().value(QStringLiteral("terminated")).toInt(), 3);
        QCOMPARE(p28({QStringLiteral("users"), QStringLiteral("block"), QStringLiteral("bob")}).code, 0);
        QVERIFY(p28({QStringLiteral("users"), QStringLiteral("block-status"), QStringLiteral("bob")}).out.contains("is blocked"));
        QCOMPARE(p28({QStringLiteral("users"), QStringLiteral("unblock"), QStringLiteral("bob")}).code, 0);
    }

    void terminateManyReportsEveryItem()
    {
        QCOMPARE(p28({QStringLiteral("signin")}, "Admin#2026\n").code, 0);
        QStringList ids = m_sandbox.generateSessions(40, QStringLiteral("u-bob"));
        QCOMPARE(ids.size(), 40);
        QByteArray input = "sessionId,comment\n";
        for (const QString &id : ids)
            input += id.toUtf8() + ",x\n";
        input += "s-does-not-exist\n" + ids.first().toUtf8() + "\n"; // one unknown, one duplicate
        const Run r = p28({QStringLiteral("--json"), QStringLiteral("sessions"), QStringLiteral("terminate-many"), QStringLiteral("--concurrency"), QStringLiteral("4")}, input);
        QCOMPARE(r.code, 10);
        const QJsonObject res = r.json().value(QStringLiteral("result")).toObject();
        QCOMPARE(res.value(QStringLiteral("total")).toInt(), 41);
        QCOMPARE(res.value(QStringLiteral("done")).toInt(), 40);
        QCOMPARE(res.value(QStringLiteral("failed")).toInt(), 1);
        QCOMPARE(m_sandbox.requests(QStringLiteral("P6")).size(), 41); // nothing done twice
    }

    void enablexResetWithKeyFromOutbox()
    {
        QCOMPARE(ex({QStringLiteral("password"), QStringLiteral("request"), QStringLiteral("--email"), QStringLiteral("bob@example.com")}).code, 0);
        const QByteArray key = m_sandbox.lastToken(QStringLiteral("bob@example.com"), QStringLiteral("enablex-reset")).toUtf8();
        QVERIFY(!key.isEmpty());
        Run r = ex({QStringLiteral("--json"), QStringLiteral("password"), QStringLiteral("validate")}, key + "\n");
        QCOMPARE(r.json().value(QStringLiteral("result")).toObject().value(QStringLiteral("email")).toString(), QStringLiteral("bob@example.com"));
        r = ex({QStringLiteral("password"), QStringLiteral("reset"), QStringLiteral("--email"), QStringLiteral("bob@example.com")}, key + "\nNew#Pass2026\nDifferent\n");
        QCOMPARE(r.code, 8);
        r = ex({QStringLiteral("password"), QStringLiteral("reset"), QStringLiteral("--email"), QStringLiteral("bob@example.com")}, key + "\nNew#Pass2026\nNew#Pass2026\n");
        QCOMPARE(r.code, 0);
        QVERIFY(!r.out.contains("New#Pass2026") && !r.err.contains("New#Pass2026"));
        QCOMPARE(ex({QStringLiteral("signin"), QStringLiteral("--user"), QStringLiteral("bob@example.com")}, "New#Pass2026\n").code, 0);
        QCOMPARE(ex({QStringLiteral("--json"), QStringLiteral("customers"), QStringLiteral("list")}).json().value(QStringLiteral("result")).toArray().size(), 2);
        QCOMPARE(ex({QStringLiteral("password"), QStringLiteral("validate")}, key + "\n").code, 8); // used
    }

    void platform28ResetAndChange()
    {
        QCOMPARE(p28({QStringLiteral("password"), QStringLiteral("request"), QStringLiteral("--user-id"), QStringLiteral("u-alice"),
                      QStringLiteral("--email"), QStringLiteral("alice@example.com")}).code, 0);
        const QByteArray token = m_sandbox.lastToken(QStringLiteral("alice@example.com"), QStringLiteral("p28-reset")).toUtf8();
        QCOMPARE(p28({QStringLiteral("password"), QStringLiteral("reset"), QStringLiteral("--username"), QStringLiteral("alice")},
                     token + "\nAlice#2030\nAlice#2030\n").code, 0);
        QCOMPARE(p28({QStringLiteral("signin"), QStringLiteral("--user"), QStringLiteral("alice")}, "Alice#2030\n").code, 0);
        QCOMPARE(p28({QStringLiteral("password"), QStringLiteral("change"), QStringLiteral("--user-id"), QStringLiteral("u-alice")},
                     "wrong\nAlice#2031\nAlice#2031\n").code, 8);
        QCOMPARE(p28({QStringLiteral("password"), QStringLiteral("change"), QStringLiteral("--user-id"), QStringLiteral("u-alice")},
                     "Alice#2030\nAlice#2031\nAlice#2031\n").code, 0);
    }

    void overkizAccountTools()
    {
        QCOMPARE(ok({QStringLiteral("signin")}, "Admin#2026\n").code, 0);
        QVERIFY(ok({QStringLiteral("users"), QStringLiteral("exists"), QStringLiteral("alice@example.com")}).out.contains("exists"));
        QCOMPARE(ok({QStringLiteral("password"), QStringLiteral("check"), QStringLiteral("--user-id"), QStringLiteral("alice@example.com")}, "abc\n").code, 8);
        QCOMPARE(ok({QStringLiteral("password"), QStringLiteral("request"), QStringLiteral("--user-id"), QStringLiteral("alice@example.com")}).code, 0);
        QCOMPARE(m_sandbox.outbox(QStringLiteral("alice@example.com"), QStringLiteral("overkiz-reset")).size(), 1);
        const QByteArray terms = m_sandbox.outbox(QString(), QStringLiteral("terms-of-use")).first().toObject().value(QStringLiteral("token")).toString().toUtf8();
        QCOMPARE(ok({QStringLiteral("terms"), QStringLiteral("accept"), QStringLiteral("1234-5678-9012")}, terms + "\n").code, 0);
        QCOMPARE(ok({QStringLiteral("users"), QStringLiteral("send-validation"), QStringLiteral("alice@example.com")}).code, 0);
        const QByteArray token = m_sandbox.lastToken(QStringLiteral("alice@example.com"), QStringLiteral("overkiz-validation")).toUtf8();
        QCOMPARE(ok({QStringLiteral("users"), QStringLiteral("validate"), QStringLiteral("alice@example.com")}, token + "\n").code, 0);
        QCOMPARE(ok({QStringLiteral("users"), QStringLiteral("create-main-account"), QStringLiteral("--label"), QStringLiteral("Cabin"),
                     QStringLiteral("--email"), QStringLiteral("carl@example.com"), QStringLiteral("--gateway"), QStringLiteral("4444-5555-6666")},
                    "Carl#Pass2026\n").code, 0);
        QCOMPARE(ok({QStringLiteral("users"), QStringLiteral("exists"), QStringLiteral("carl@example.com")}).code, 0);
    }

    void exitCodesSayWhatWentWrong()
    {
        QCOMPARE(p28({QStringLiteral("signin")}, "wrong-password\n").code, 3);
        QCOMPARE(p28({QStringLiteral("signin")}, "Admin#2026\n").code, 0);
        QCOMPARE(p28({QStringLiteral("sessions"), QStringLiteral("get"), QStringLiteral("s-none")}).code, 4);
        QVERIFY(m_sandbox.setConfig({{QStringLiteral("existsRateLimitPerMinute"), 1}}));
        QCOMPARE(ok({QStringLiteral("users"), QStringLiteral("exists"), QStringLiteral("a@example.com")}).code, 0);
        // Without the time to wait out the window (--timeout), it is reported with when to retry.
        const Run limited = ok({QStringLiteral("--json"), QStringLiteral("--timeout"), QStringLiteral("5"), QStringLiteral("users"),
                                QStringLiteral("exists"), QStringLiteral("b@example.com")});
        QCOMPARE(limited.code, 5);
        QVERIFY(limited.json().value(QStringLiteral("error")).toObject().value(QStringLiteral("retryAfterSeconds")).toInt() > 0);
        QVERIFY(m_sandbox.addFault({{QStringLiteral("route"), QStringLiteral("P5")}, {QStringLiteral("kind"), QStringLiteral("status")}, {QStringLiteral("status"), 500}}));
        QCOMPARE(p28({QStringLiteral("sessions"), QStringLiteral("get"), QStringLiteral("s-bob-1")}).code, 7);
        QCOMPARE(cli({QStringLiteral("--dialect"), QStringLiteral("platform28"), QStringLiteral("--url"), QStringLiteral("http://127.0.0.1:1/api"),
                      QStringLiteral("--timeout"), QStringLiteral("3"), QStringLiteral("test")}).code, 6);
        const Run leak = p28({QStringLiteral("signin")}, "Sup3r-Secret-Marker\n");
        QVERIFY(!leak.out.contains("Sup3r-Secret-Marker") && !leak.err.contains("Sup3r-Secret-Marker"));
    }

    void expiredSessionSignsInAgainWithRememberedCredentials()
    {
        QCOMPARE(p28({QStringLiteral("signin"), QStringLiteral("--remember")}, "Admin#2026\n").code, 0);
        QVERIFY(m_sandbox.advanceClock(31 * 60));
        QCOMPARE(p28({QStringLiteral("users"), QStringLiteral("block-status"), QStringLiteral("alice")}).code, 0);
        QCOMPARE(m_sandbox.requests(QStringLiteral("P1")).size(), 2);
        QCOMPARE(p28({QStringLiteral("users"), QStringLiteral("block-status"), QStringLiteral("alice")}).code, 0);
        QCOMPARE(m_sandbox.requests(QStringLiteral("P1")).size(), 2); // the renewed session was saved
    }

    // #16: a profile's identity provider (single sign-on) is saved with it, checked, and
    // removable; nothing of it is a secret.
    void identityProviderIsSavedWithTheProfile()
    {
        const QString url = m_sandbox.overkizUrl().toString();
        auto add = [&](const QStringList &more) {
            return cli(QStringList{QStringLiteral("--json"), QStringLiteral("profiles"), QStringLiteral("add"), QStringLiteral("sso"),
                                   QStringLiteral("--dialect"), QStringLiteral("overkiz"), QStringLiteral("--url"), url} + more);
        };
        const Run saved = add({QStringLiteral("--issuer"), QStringLiteral("https://idp.example.com/realms/corp"),
                               QStringLiteral("--client-id"), QStringLiteral("authdesk"), QStringLiteral("--sso-token"),
                               QStringLiteral("access-token"), QStringLiteral("--resource"), QStringLiteral("https://overkiz.test/")});
        QVERIFY2(saved.code == 0, saved.err.constData());
        const QJsonObject idp = cli({QStringLiteral("--json"), QStringLiteral("profiles"), QStringLiteral("show"), QStringLiteral("sso")})
                                    .json().value(QStringLiteral("result")).toObject().value(QStringLiteral("identityProvider")).toObject();
        QCOMPARE(idp.value(QStringLiteral("issuer")).toString(), QStringLiteral("https://idp.example.com/realms/corp"));
        QCOMPARE(idp.value(QStringLiteral("clientId")).toString(), QStringLiteral("authdesk"));
        QCOMPARE(idp.value(QStringLiteral("token")).toString(), QStringLiteral("access-token"));
        QCOMPARE(idp.value(QStringLiteral("resource")).toString(), QStringLiteral("https://overkiz.test/"));
        QCOMPARE(idp.value(QStringLiteral("scopes")).toString(), QStringLiteral("openid email offline_access"));
        // An edit keeps what it does not name.
        QCOMPARE(add({QStringLiteral("--scopes"), QStringLiteral("openid  email")}).code, 0);
        const QJsonObject edited = cli({QStringLiteral("--json"), QStringLiteral("profiles"), QStringLiteral("show"), QStringLiteral("sso")})
                                       .json().value(QStringLiteral("result")).toObject().value(QStringLiteral("identityProvider")).toObject();
        QCOMPARE(edited.value(QStringLiteral("scopes")).toString(), QStringLiteral("openid email"));
        QCOMPARE(edited.value(QStringLiteral("clientId")).toString(), QStringLiteral("authdesk"));

        const Run plainHttp = add({QStringLiteral("--issuer"), QStringLiteral("http://idp.example.com")});
        QCOMPARE(plainHttp.code, 8);
        QVERIFY2((plainHttp.out + plainHttp.err).contains("must use https://"), plainHttp.out.constData());
        const Run noOpenid = add({QStringLiteral("--scopes"), QStringLiteral("email")});
        QCOMPARE(noOpenid.code, 8);
        QVERIFY2((noOpenid.out + noOpenid.err).contains("must include"), noOpenid.out.constData());
        QCOMPARE(add({QStringLiteral("--sso-token"), QStringLiteral("refresh-token")}).code, 2);
        const Run p28Sso = cli({QStringLiteral("profiles"), QStringLiteral("add"), QStringLiteral("sso-p28"), QStringLiteral("--dialect"),
                                QStringLiteral("platform28"), QStringLiteral("--url"), m_sandbox.platform28Url().toString(),
                                QStringLiteral("--issuer"), QStringLiteral("https://idp.example.com"), QStringLiteral("--client-id"),
                                QStringLiteral("authdesk")});
        QCOMPARE(p28Sso.code, 8); // Platform28 takes no token from an identity provider
        QVERIFY2(p28Sso.err.contains("identity provider"), p28Sso.err.constData());

        QCOMPARE(add({QStringLiteral("--issuer"), QString()}).code, 0); // removed
        QVERIFY(cli({QStringLiteral("--json"), QStringLiteral("profiles"), QStringLiteral("show"), QStringLiteral("sso")})
                    .json().value(QStringLiteral("result")).toObject().value(QStringLiteral("identityProvider")).isNull());
        QCOMPARE(cli({QStringLiteral("profiles"), QStringLiteral("remove"), QStringLiteral("sso")}).code, 0);
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
