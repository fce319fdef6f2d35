// Sign-ins kept between CLI runs have one truth (issue: the session vault): whose they are,
// which server and dialect they belong to, and what happens to credentials a server refused.
// The real authdesk-cli, the real sandbox, a fake "other server" and the real keychain
// (CTest runs this inside tests/with-keyring.sh).
#include "CliRunner.h"
#include "FakeServer.h"
#include "SandboxProcess.h"

#include <QTemporaryDir>
#include <QtTest>

class TestCliSignIns : public QObject
{
    Q_OBJECT
    SandboxProcess m_sandbox;
    QTemporaryDir m_dir;
    CliRunner m_cli;

    // A fresh Platform28 profile of the test's own, with admin as its user.
    void addP28(const QString &name)
    {
        QCOMPARE(m_cli({QStringLiteral("profiles"), QStringLiteral("add"), name, QStringLiteral("--dialect"), QStringLiteral("platform28"),
                        QStringLiteral("--url"), m_sandbox.platform28Url().toString(), QStringLiteral("--user"), QStringLiteral("admin")})
                     .code,
                 0);
    }
    int p1Count() const { return int(m_sandbox.requests(QStringLiteral("P1")).size()); }

private Q_SLOTS:
    void initTestCase()
    {
        m_cli.config = m_dir.filePath(QStringLiteral("profiles.ini"));
        QVERIFY2(QFile::exists(m_cli.binary), "AUTHDESK_CLI must point at authdesk-cli");
        QString error;
        QVERIFY2(m_sandbox.start({}, &error), qPrintable(error));
    }
    void init()
    {
        QVERIFY(m_sandbox.reset());
        m_sandbox.control("DELETE", QStringLiteral("/_sandbox/requests"));
    }

    // Remember admin, then sign in as alice without "remember" and let that session expire:
    // the next call must not quietly sign in as admin again.
    void anotherUsersSignInForgetsTheRememberedOne()
    {
        addP28(QStringLiteral("identity"));
        const auto run = [this](const QStringList &a, const QByteArray &in = {}) { return m_cli.profile(QStringLiteral("identity"), a, in); };
        QCOMPARE(run({QStringLiteral("signin"), QStringLiteral("--remember")}, "Admin#2026\n").code, 0);
        QCOMPARE(run({QStringLiteral("signin"), QStringLiteral("--user"), QStringLiteral("alice")}, "Alice#2026\n").code, 0);
        QCOMPARE(run({QStringLiteral("--json"), QStringLiteral("status")}).json()[QStringLiteral("result")][QStringLiteral("who")].toString(),
                 QStringLiteral("alice"));
        QCOMPARE(p1Count(), 2);
        QVERIFY(m_sandbox.advanceClock(31 * 60)); // alice's session ends on the server
        const CliRun call = run({QStringLiteral("sessions"), QStringLiteral("get"), QStringLiteral("s-bob-1")});
        QCOMPARE(call.code, 3); // not signed in, and it says how to sign in
        QVERIFY2(call.err.contains("signin"), call.err.constData());
        QCOMPARE(p1Count(), 2); // no sign-in as admin behind anyone's back
        const QJsonObject status = run({QStringLiteral("--json"), QStringLiteral("status")}).json()[QStringLiteral("result")].toObject();
        QVERIFY(!status[QStringLiteral("signedIn")].toBool());
        QVERIFY(status[QStringLiteral("who")].toString() != QStringLiteral("admin"));
    }

    // A signed-in, remembered profile is pointed at another server: that server gets
    // neither the session secret nor the password, and nothing of it stays in the keychain.
    void urlChangeForgetsTheSecrets()
    {
        addP28(QStringLiteral("moving"));
        const auto run = [this](const QStringList &a, const QByteArray &in = {}) { return m_cli.profile(QStringLiteral("moving"), a, in); };
        QCOMPARE(run({QStringLiteral("signin"), QStringLiteral("--remember")}, "Admin#2026\n").code, 0);
        FakeServer other;
        const CliRun edit = m_cli({QStringLiteral("profiles"), QStringLiteral("add"), QStringLiteral("moving"), QStringLiteral("--url"),
                                   other.url(QStringLiteral("/p28/api/v2")).toString()});
        QCOMPARE(edit.code, 0);
        QVERIFY2(edit.err.contains("signed out"), edit.err.constData()); // it says so
        QCOMPARE(run({QStringLiteral("sessions"), QStringLiteral("get"), QStringLiteral("s-bob-1")}).code, 3);
        QCOMPARE(other.requests().size(), 1); // the call itself, answered 401; no sign-in follows
        QVERIFY(!other.anyContains("lsid"));
        QVERIFY(!other.anyContains("Admin#2026") && !other.anyContains("Admin%232026"));
        QVERIFY(!other.anyContains("/authenticate/"));
        // Back on the first server, nothing was kept either.
        QCOMPARE(m_cli({QStringLiteral("profiles"), QStringLiteral("add"), QStringLiteral("moving"), QStringLiteral("--url"),
                        m_sandbox.platform28Url().toString()}).code, 0);
        QVERIFY(!run({QStringLiteral("--json"), QStringLiteral("status")}).json()[QStringLiteral("result")][QStringLiteral("signedIn")].toBool());
        QCOMPARE(run({QStringLiteral("sessions"), QStringLiteral("get"), QStringLiteral("s-bob-1")}).code, 3);
        QCOMPARE(p1Count(), 1);
    }

    // The same for a change of dialect: the new backend is of the new dialect and gets
    // nothing of the old one's.
    void dialectChangeForgetsTheSecrets()
    {
        addP28(QStringLiteral("shifting"));
        QCOMPARE(m_cli.profile(QStringLiteral("shifting"), {QStringLiteral("signin"), QStringLiteral("--remember")}, "Admin#2026\n").code, 0);
        FakeServer other;
        QCOMPARE(m_cli({QStringLiteral("profiles"), QStringLiteral("add"), QStringLiteral("shifting"), QStringLiteral("--dialect"),
                        QStringLiteral("enablex"), QStringLiteral("--url"), other.url(QStringLiteral("/ucaas/v1")).toString(),
                        QStringLiteral("--api-id"), QStringLiteral("some-api-id")})
                     .code,
                 0);
        const CliRun call = m_cli.profile(QStringLiteral("shifting"), {QStringLiteral("customers"), QStringLiteral("list")});
        QCOMPARE(call.code, 3);
        QCOMPARE(other.requests().size(), 1);
        QVERIFY(other.requests().first().startsWith("GET /ucaas/v1/customers ")); // spoken as EnableX
        QVERIFY(!other.anyContains("lsid") && !other.anyContains("Admin#2026") && !other.anyContains("Admin%232026"));
        QVERIFY(!other.anyContains("Authorization")); // no token and no key of anyone's
    }

    // Credentials the server refuses on a silent re-sign-in leave the keychain at once:
    // three more runs send them once, not three times (an Overkiz account would lock).
    void refusedCredentialsAreNotSentAgain()
    {
        addP28(QStringLiteral("refused"));
        const auto run = [this](const QStringList &a, const QByteArray &in = {}) { return m_cli.profile(QStringLiteral("refused"), a, in); };
        QCOMPARE(run({QStringLiteral("signin"), QStringLiteral("--user"), QStringLiteral("alice"), QStringLiteral("--remember")}, "Alice#2026\n").code, 0);
        // Alice's password is reset elsewhere; her session then runs out.
        QCOMPARE(run({QStringLiteral("password"), QStringLiteral("request"), QStringLiteral("--user-id"), QStringLiteral("u-alice"),
                      QStringLiteral("--email"), QStringLiteral("alice@example.com")}).code, 0);
        const QByteArray token = m_sandbox.lastToken(QStringLiteral("alice@example.com"), QStringLiteral("p28-reset")).toUtf8();
        QCOMPARE(run({QStringLiteral("password"), QStringLiteral("reset"), QStringLiteral("--username"), QStringLiteral("alice")},
                     token + "\nAlice#2030\nAlice#2030\n").code, 0);
        QVERIFY(m_sandbox.advanceClock(31 * 60));
        const int before = p1Count();
        for (int i = 0; i < 3; ++i) {
            const CliRun r = run({QStringLiteral("sessions"), QStringLiteral("get"), QStringLiteral("s-bob-1")});
            QCOMPARE(r.code, 3);
        }
        QCOMPARE(p1Count() - before, 1); // the first run tried the remembered password once
        // A person signing in again is of course sent.
        QCOMPARE(run({QStringLiteral("signin"), QStringLiteral("--user"), QStringLiteral("alice")}, "Alice#2030\n").code, 0);
        QCOMPARE(p1Count() - before, 2);
    }
};

QTEST_GUILESS_MAIN(TestCliSignIns)
#include "tst_cli_signins.moc"
