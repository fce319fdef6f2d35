// Overkiz End-User API against the real sandbox: O1-O13 (O5 is never called), the
// JSESSIONID cookie without Bearer, the errorCode/error table, throttling and rate limits.
#include "BackendFixture.h"
#include "OverkizBackend.h"

using namespace authdesk;

class TestOverkizBackend : public QObject
{
    Q_OBJECT
    BackendFixture f;

    static Credentials password(const QString &user = QStringLiteral("admin@example.com"),
                                const QString &pw = QStringLiteral("Admin#2026"))
    {
        Credentials c;
        c.user = user;
        c.secret = pw;
        return c;
    }
    std::unique_ptr<OverkizBackend> backend()
    {
        auto b = std::make_unique<OverkizBackend>(f.profile(Dialect::Overkiz), f.context());
        b->setAuditLog(f.audit());
        return b;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(f.start(&error), qPrintable(error));
    }
    void init() { f.reset(); }

    void everyLoginModeWorks_data()
    {
        QTest::addColumn<int>("mode");
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("secret");
        QTest::newRow("password") << int(Credentials::Mode::Password) << QStringLiteral("alice@example.com") << QStringLiteral("Alice#2026");
        QTest::newRow("sso") << int(Credentials::Mode::SsoToken) << QStringLiteral("alice@example.com") << QStringLiteral("demo-sso-token");
        QTest::newRow("access") << int(Credentials::Mode::AccessToken) << QString() << QStringLiteral("demo-access-token");
        QTest::newRow("jwt") << int(Credentials::Mode::Jwt) << QString() << QStringLiteral("demo.jwt.token");
    }
    void everyLoginModeWorks()
    {
        QFETCH(int, mode);
        QFETCH(QString, user);
        QFETCH(QString, secret);
        Credentials c;
        c.mode = Credentials::Mode(mode);
        c.user = user;
        c.secret = secret;
        c.applicationId = QStringLiteral("authdesk");
        auto b = backend();
        const auto r = AWAIT(SignInState, b->signIn(c, cb));
        QVERIFY2(r.ok(), qPrintable(r.error().message));
        QCOMPARE(AWAIT(bool, b->isAuthenticated(cb)).value(), true);
        const QJsonObject o2 = f.sandbox().requests(QStringLiteral("O2")).last().toObject();
        QVERIFY(o2.value(QStringLiteral("hasCookie")).toBool());
        QVERIFY(!o2.value(QStringLiteral("hasBearer")).toBool());
        QVERIFY(AWAIT(Done, b->signOut(cb)).ok());
        QVERIFY(!b->state().signedIn);
        QCOMPARE(AWAIT(bool, b->isAuthenticated(cb)).value(), false);
    }

    void badCredentialsThenThrottledLogin()
    {
        auto b = backend();
        for (int i = 0; i < 5; ++i)
            QCOMPARE(AWAIT(SignInState, b->signIn(password(QStringLiteral("alice@example.com"), QStringLiteral("bad")), cb)).error().kind,
                     ErrorKind::BadCredentials);
        const auto throttled = AWAIT(SignInState, b->signIn(password(QStringLiteral("alice@example.com"), QStringLiteral("Alice#2026")), cb));
        QCOMPARE(throttled.error().kind, ErrorKind::RateLimited);
        QVERIFY(!throttled.error().retryable);
        QVERIFY(throttled.error().retryAfterSeconds > 0);
        QCOMPARE(f.sandbox().requests(QStringLiteral("O1")).size(), 6); // never retried automatically
        QVERIFY(f.sandbox().advanceClock(61));
        QVERIFY(AWAIT(SignInState, b->signIn(password(QStringLiteral("alice@example.com"), QStringLiteral("Alice#2026")), cb)).ok());
    }

    void expiredSessionSignsInAgain()
    {
        auto b = backend();
        QVERIFY(AWAIT(SignInState, b->signIn(password(), cb)).ok());
        QVERIFY(f.sandbox().advanceClock(31 * 60));
        const QString token = f.sandbox().lastToken(QStringLiteral("admin@example.com"), QStringLiteral("terms-of-use"));
        OverkizMainAccount a;
        a.label = QStringLiteral("Holiday home");
        a.password = QStringLiteral("Strong#Pass1");
        a.endUser.email = QStringLiteral("new.user@example.com");
        a.gatewayId = QStringLiteral("3456-7890-1234");
        QVERIFY(AWAIT(Done, b->createMainAccount(a, cb)).ok());
        QCOMPARE(f.statuses(QStringLiteral("O11")), (QList<int>{401, 201}));
        QCOMPARE(f.statuses(QStringLiteral("O1")), (QList<int>{200, 200}));
        Q_UNUSED(token)
    }

    void passwordCheckScoresAndRejects()
    {
        auto b = backend();
        auto q = AWAIT(OverkizPasswordQuality, b->checkPassword(QStringLiteral("alice@example.com"), QStringLiteral("short"), cb));
        QVERIFY(q.ok());
        QVERIFY(q.value().rejected());
        QCOMPARE(q.value().weaknesses.first().key, QStringLiteral("PWD_TOO_SHORT"));
        q = AWAIT(OverkizPasswordQuality, b->checkPassword(QStringLiteral("alice@example.com"), QStringLiteral("alicepassword"), cb));
        QVERIFY(q.value().rejected());
        QCOMPARE(q.value().qualityClass, QStringLiteral("Rejected"));
        q = AWAIT(OverkizPasswordQuality, b->checkPassword(QStringLiteral("alice@example.com"), QStringLiteral("Tr0ub4dor&3xyzzy!Q"), cb));
        QCOMPARE(q.value().qualityClass, QStringLiteral("Strong"));
        QVERIFY(q.value().weaknesses.isEmpty());
    }

    void resetRequestMailsALink()
    {
        auto b = backend();
        QVERIFY(AWAIT(Done, b->requestPasswordReset(QStringLiteral("alice@example.com"), QStringLiteral("alice@example.com"), cb)).ok());
        const QJsonObject mail = f.sandbox().outbox(QStringLiteral("alice@example.com"), QStringLiteral("overkiz-reset")).last().toObject();
        QVERIFY(mail.value(QStringLiteral("link")).toString().contains(QLatin1String("/enduser-mobile-web/resetPassword?token=")));
        QCOMPARE(AWAIT(Done, b->requestPasswordReset(QString(), QStringLiteral("x@example.com"), cb)).error().kind, ErrorKind::Usage);
        QVERIFY(f.sandbox().requests(QStringLiteral("O5")).isEmpty());
    }

    void validationTokensAreSingleUse()
    {
        auto b = backend();
        const QString alice = QStringLiteral("alice@example.com");
        QVERIFY(AWAIT(Done, b->sendValidationToken(alice, cb)).ok());
        const QString first = f.sandbox().lastToken(alice, QStringLiteral("overkiz-validation"));
        QVERIFY(AWAIT(Done, b->sendValidationToken(alice, cb)).ok());
        const QString second = f.sandbox().lastToken(alice, QStringLiteral("overkiz-validation"));
        QVERIFY(first != second);
        QCOMPARE(AWAIT(bool, b->validateAccount(alice, first, cb)).error().kind, ErrorKind::Validation); // cancelled
        QCOMPARE(AWAIT(bool, b->validateAccount(alice, second, cb)).value(), true);
        QCOMPARE(AWAIT(bool, b->validateAccount(alice, second, cb)).error().kind, ErrorKind::Validation); // used
        // O9 needs a session.
        QVERIFY(AWAIT(Done, b->sendValidationToken(alice, cb)).ok());
        const QString third = f.sandbox().lastToken(alice, QStringLiteral("overkiz-validation"));
        QVERIFY(AWAIT(SignInState, b->signIn(password(alice, QStringLiteral("Alice#2026")), cb)).ok());
        QCOMPARE(AWAIT(bool, b->validateEmail(third, cb)).value(), true);
    }

    void invalidTokenBruteForceIsBanned()
    {
        auto b = backend();
        for (int i = 0; i < 5; ++i)
            QCOMPARE(AWAIT(bool, b->answerTerms(QStringLiteral("1234-5678-9012"), QStringLiteral("guess%1").arg(i), true, cb)).error().kind,
                     ErrorKind::Validation);
        const QString real = f.sandbox().outbox(QString(), QStringLiteral("terms-of-use")).first().toObject().value(QStringLiteral("token")).toString();
        const auto banned = AWAIT(bool, b->answerTerms(QStringLiteral("1234-5678-9012"), real, true, cb));
        QCOMPARE(banned.error().kind, ErrorKind::Blocked);
        QVERIFY(banned.error().message.contains(QLatin1String("banned")));
    }

    void termsAcceptAndDecline()
    {
        auto b = backend();
        const QJsonArray mails = f.sandbox().outbox(QString(), QStringLiteral("terms-of-use"));
        QCOMPARE(mails.size(), 2);
        const QString t1 = mails[0].toObject().value(QStringLiteral("token")).toString();
        const QString t2 = mails[1].toObject().value(QStringLiteral("token")).toString();
        QCOMPARE(AWAIT(bool, b->answerTerms(QStringLiteral("1234-5678-9012"), t1, true, cb)).value(), true);
        QCOMPARE(AWAIT(bool, b->answerTerms(QStringLiteral("2345-6789-0123"), t2, false, cb)).value(), true);
        QCOMPARE(AWAIT(bool, b->answerTerms(QStringLiteral("1234-5678-9012"), t1, true, cb)).error().kind, ErrorKind::Validation);
        QCOMPARE(f.auditEntries().size(), 3);
    }

    void existsIsRateLimitedAndNotHammered()
    {
        QVERIFY(f.sandbox().setConfig({{QStringLiteral("existsRateLimitPerMinute"), 3}}));
        auto b = backend();
        QCOMPARE(AWAIT(bool, b->userExists(QStringLiteral("alice@example.com"), cb)).value(), true);
        QCOMPARE(AWAIT(bool, b->userExists(QStringLiteral("nobody@example.com"), cb)).value(), false);
        QVERIFY(AWAIT(bool, b->userExists(QStringLiteral("x@example.com"), cb)).ok());
        const auto limited = AWAIT(bool, b->userExists(QStringLiteral("y@example.com"), cb));
        QCOMPARE(limited.error().kind, ErrorKind::RateLimited);
        QVERIFY(limited.error().retryAfterSeconds > 0 && limited.error().retryAfterSeconds <= 60);
        QCOMPARE(f.sandbox().requests(QStringLiteral("O10")).size(), 4); // no automatic repeat
    }

    void cookieAndBearerAreNeverSentTogether()
    {
        auto b = backend();
        QVERIFY(AWAIT(SignInState, b->signIn(password(), cb)).ok());
        QVERIFY(AWAIT(bool, b->isAuthenticated(cb)).value());
        for (const QJsonValue &v : f.sandbox().requests())
            QVERIFY(!(v.toObject().value(QStringLiteral("hasCookie")).toBool() && v.toObject().value(QStringLiteral("hasBearer")).toBool()));
    }

    void mainAccountFieldValidation()
    {
        auto b = backend();
        QVERIFY(AWAIT(SignInState, b->signIn(password(), cb)).ok());
        OverkizMainAccount a;
        a.endUser.email = QStringLiteral("not-an-email");
        a.password = QStringLiteral("short");
        a.gatewayId = QStringLiteral("12-34");
        const auto r = AWAIT(Done, b->createMainAccount(a, cb));
        QCOMPARE(r.error().kind, ErrorKind::Validation);
        for (const char *field : {"label", "endUser.email", "password", "gatewayId"})
            QVERIFY2(r.error().message.contains(QLatin1String(field)), field);
        QVERIFY(f.sandbox().requests(QStringLiteral("O11")).isEmpty());
        a.label = QStringLiteral("Flat");
        a.endUser.email = QStringLiteral("admin@example.com");
        a.password = QStringLiteral("Long enough 1");
        a.gatewayId.clear();
        QCOMPARE(AWAIT(Done, b->createMainAccount(a, cb)).error().kind, ErrorKind::Validation); // exists on the server
    }

    void maintenancePageIsMaintenance()
    {
        auto b = backend();
        QVERIFY(f.sandbox().addFault({{QStringLiteral("route"), QStringLiteral("O1")}, {QStringLiteral("kind"), QStringLiteral("maintenance")}}));
        const auto r = AWAIT(SignInState, b->signIn(password(), cb));
        QCOMPARE(r.error().kind, ErrorKind::Maintenance);
        QVERIFY(r.error().message.contains(QLatin1String("maintenance")));
    }
};

QTEST_GUILESS_MAIN(TestOverkizBackend)
#include "tst_overkizbackend.moc"
