// The real Overkiz service's error bodies (the codes and texts pyoverkiz knows, beyond the
// contract's table), sent by the sandbox's "json" fault: each is read as the right kind on a
// sign-in (O1) and on an authenticated route (O11); only "Not authenticated" makes the client
// sign in again, and only a wrong password makes it forget the remembered one.
#include "BackendFixture.h"
#include "OverkizBackend.h"

using namespace authdesk;

class TestOverkizErrors : public QObject
{
    Q_OBJECT
    BackendFixture f;

    static Credentials alice()
    {
        Credentials c;
        c.user = QStringLiteral("alice@example.com");
        c.secret = QStringLiteral("Alice#2026");
        return c;
    }
    bool fault(const QString &route, int status, const QString &code, const QString &text)
    {
        return f.sandbox().addFault({{QStringLiteral("route"), route}, {QStringLiteral("kind"), QStringLiteral("json")},
                                     {QStringLiteral("status"), status}, {QStringLiteral("count"), 1},
                                     {QStringLiteral("body"), QJsonObject{{QStringLiteral("errorCode"), code}, {QStringLiteral("error"), text}}}});
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(f.start(&error), qPrintable(error));
    }
    void init() { f.reset(); }

    void eachErrorIsReadRight_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("text");
        QTest::addColumn<ErrorKind>("kind");
        QTest::addColumn<bool>("forgetsPassword"); // on a sign-in
        QTest::addColumn<int>("signInsAfter");     // O1 requests the authenticated call causes
        const auto row = [](const char *name, int status, const char *code, const char *text, ErrorKind kind, bool forgets, int signIns) {
            QTest::newRow(name) << status << QString::fromLatin1(code) << QString::fromLatin1(text) << kind << forgets << signIns;
        };
        row("bad credentials", 401, "AUTHENTICATION_ERROR", "Bad credentials", ErrorKind::BadCredentials, true, 0);
        row("unknown auth error", 400, "AUTHENTICATION_ERROR", "Some unknown authentication problem", ErrorKind::BadCredentials, true, 0);
        row("login throttle", 429, "AUTHENTICATION_ERROR", "Too many requests, try again later : login with user42s@x.tld", ErrorKind::RateLimited, true, 0);
        row("missing api key", 400, "AUTHENTICATION_ERROR", "An API key is required to access this setup", ErrorKind::Forbidden, false, 0);
        row("unknown user at login", 400, "AUTHENTICATION_ERROR", "No such user account : user@example.tld", ErrorKind::NotFound, false, 0);
        row("not authenticated", 401, "RESOURCE_ACCESS_DENIED", "Not authenticated.", ErrorKind::SessionExpired, false, 1);
        row("no overkiz user", 403, "RESOURCE_ACCESS_DENIED", "No such user account : user@example.tld", ErrorKind::Forbidden, false, 0);
        row("gateway denied", 400, "RESOURCE_ACCESS_DENIED", "Access denied to gateway #1234-5678-1234 for action ADD_TOKEN", ErrorKind::Forbidden, false, 0);
        row("application not allowed", 400, "RESOURCE_ACCESS_DENIED", "Your setup cannot be accessed through this application", ErrorKind::Forbidden, false, 0);
        row("missing token", 401, "RESOURCE_ACCESS_DENIED", "Missing authorization token.", ErrorKind::Forbidden, false, 0);
        row("security exception", 400, "RESOURCE_ACCESS_DENIED", "Security exception : Device setup mismatch", ErrorKind::Forbidden, false, 0);
        row("concurrent requests", 400, "RESOURCE_ACCESS_DENIED", "too many concurrent requests", ErrorKind::RateLimited, false, 0);
        row("too many executions", 400, "RESOURCE_ACCESS_DENIED", "Server busy, please try again later. (Too many executions)", ErrorKind::RateLimited, false, 0);
        row("queue full", 400, "EXEC_QUEUE_FULL", "Execution queue is full on gateway: #1234-5678-9012 (soft limit: 10)", ErrorKind::RateLimited, false, 0);
        row("quota exceeded", 400, "QUOTA_EXCEEDED", "Quota exceeded", ErrorKind::RateLimited, true, 0);
        row("banned", 400, "UNSPECIFIED_ERROR", "Too many attempts with an invalid token, temporarily banned", ErrorKind::Blocked, true, 0);
        row("invalid token", 400, "UNSPECIFIED_ERROR", "Invalid token : abc-123-def", ErrorKind::Validation, false, 0);
        row("no such token", 400, "UNSPECIFIED_ERROR", "Not such token with UUID: abc-123-def", ErrorKind::NotFound, false, 0);
        row("no such resource", 400, "INVALID_API_CALL", "No such resource", ErrorKind::Unsupported, false, 0);
    }

    void eachErrorIsReadRight()
    {
        QFETCH(int, status);
        QFETCH(QString, code);
        QFETCH(QString, text);
        QFETCH(ErrorKind, kind);
        QFETCH(bool, forgetsPassword);
        QFETCH(int, signInsAfter);
        // On a sign-in.
        OverkizBackend fresh(f.profile(Dialect::Overkiz), f.context());
        QVERIFY(fault(QStringLiteral("O1"), status, code, text));
        const auto signIn = AWAIT(SignInState, fresh.signIn(alice(), cb));
        QCOMPARE(signIn.error().kind, kind);
        QCOMPARE(signIn.error().serverCode, code);
        QVERIFY(!signIn.error().message.isEmpty());
        QCOMPARE(Backend::refusesCredentials(signIn.error()), forgetsPassword);
        if (code == u"AUTHENTICATION_ERROR" && kind == ErrorKind::RateLimited)
            QCOMPARE(signIn.error().retryAfterSeconds, 2); // Retry-After, not the "42" of the echoed login
        QVERIFY(f.sandbox().clearFaults());

        // On an authenticated route, signed in with remembered credentials.
        OverkizBackend b(f.profile(Dialect::Overkiz), f.context());
        b.policy().maxAttempts = 1; // our own retries are not what is counted here
        QVERIFY(AWAIT(SignInState, b.signIn(alice(), cb)).ok());
        f.sandbox().control("DELETE", QStringLiteral("/_sandbox/requests"));
        QVERIFY(fault(QStringLiteral("O11"), status, code, text));
        OverkizMainAccount a;
        a.label = QStringLiteral("Errors");
        a.endUser.email = QStringLiteral("errors@example.com");
        a.password = QStringLiteral("Errors#Pass1");
        const auto r = AWAIT(Done, b.createMainAccount(a, cb));
        QVERIFY(f.sandbox().clearFaults());
        QCOMPARE(f.sandbox().requests(QStringLiteral("O1")).size(), qsizetype(signInsAfter));
        if (kind == ErrorKind::SessionExpired) {
            QVERIFY2(r.ok(), qPrintable(r.error().message)); // signed in again, then done
        } else {
            QCOMPARE(r.error().kind, kind);
            QVERIFY(b.state().signedIn); // nothing here ends the session
        }
    }
};

QTEST_GUILESS_MAIN(TestOverkizErrors)
#include "tst_overkizerrors.moc"
