// EnableX UCaaS against the real sandbox over loopback HTTP: every route (E1-E5), the
// envelope with "result" as number or string, token expiry and renewal, resets.
#include "BackendFixture.h"
#include "EnableXBackend.h"

using namespace authdesk;

class TestEnableXBackend : public QObject
{
    Q_OBJECT
    BackendFixture f;

    std::unique_ptr<EnableXBackend> backend()
    {
        auto b = std::make_unique<EnableXBackend>(f.profile(Dialect::EnableX), f.context());
        b->setAuditLog(f.audit());
        return b;
    }
    static Credentials user(const QString &email = QStringLiteral("admin@example.com"),
                            const QString &pw = QStringLiteral("Admin#2026"))
    {
        Credentials c;
        c.user = email;
        c.secret = pw;
        return c;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(f.start(&error), qPrintable(error));
    }
    void init() { f.reset(); }

    void signInWithPasswordGivesA15MinuteToken()
    {
        auto b = backend();
        const auto r = AWAIT(SignInState, b->signIn(user(), cb));
        QVERIFY2(r.ok(), qPrintable(r.error().message));
        QVERIFY(b->state().signedIn);
        QCOMPARE(b->state().who, QStringLiteral("admin@example.com"));
        QCOMPARE(b->state().since.secsTo(b->state().expiresAt), 15 * 60);
        QCOMPARE(b->user().userType, QStringLiteral("admin"));
        const auto c = AWAIT(QJsonArray, b->customers(cb));
        QVERIFY2(c.ok(), qPrintable(c.error().message));
        QCOMPARE(c.value().size(), 2);
        const QJsonArray log = f.sandbox().requests(QStringLiteral("E5"));
        QCOMPARE(log.last().toObject().value(QStringLiteral("authorization")).toString(), QStringLiteral("Token"));
    }

    void resultAsStringIsTheSame()
    {
        QVERIFY(f.sandbox().setConfig({{QStringLiteral("resultAsString"), true}}));
        auto b = backend();
        QVERIFY(AWAIT(SignInState, b->signIn(user(), cb)).ok());
        QVERIFY(AWAIT(QJsonArray, b->customers(cb)).ok());
    }

    void wrongPasswordIsBadCredentialsAndNotRetried()
    {
        auto b = backend();
        const auto r = AWAIT(SignInState, b->signIn(user(QStringLiteral("admin@example.com"), QStringLiteral("nope")), cb));
        QCOMPARE(r.error().kind, ErrorKind::BadCredentials);
        QCOMPARE(r.error().httpStatus, 401);
        QVERIFY(!r.error().message.contains(QLatin1String("nope")));
        QCOMPARE(f.statuses(QStringLiteral("E1")), QList<int>{401});
        QVERIFY(!b->state().signedIn);
    }

    void apiIdIsRequiredAndChecked()
    {
        Profile p = f.profile(Dialect::EnableX);
        p.apiId.clear();
        EnableXBackend none(p, f.context());
        QCOMPARE(AWAIT(SignInState, none.signIn(user(), cb)).error().kind, ErrorKind::Usage);
        QVERIFY(f.sandbox().requests(QStringLiteral("E1")).isEmpty()); // nothing was sent
        p.apiId = QStringLiteral("someone-else");
        EnableXBackend wrong(p, f.context());
        QCOMPARE(AWAIT(SignInState, wrong.signIn(user(), cb)).error().kind, ErrorKind::BadCredentials);
        QCOMPARE(AWAIT(Done, wrong.testConnection(cb)).error().kind, ErrorKind::BadCredentials);
        EnableXBackend right(f.profile(Dialect::EnableX), f.context());
        QVERIFY(AWAIT(Done, right.testConnection(cb)).ok());
    }

    void applicationCredentialsUseBasic()
    {
        auto b = backend();
        Credentials c;
        c.mode = Credentials::Mode::AppKey;
        c.user = QStringLiteral("demo-app-id");
        c.secret = QStringLiteral("wrong-key");
        QCOMPARE(AWAIT(SignInState, b->signIn(c, cb)).error().kind, ErrorKind::BadCredentials);
        c.secret = QStringLiteral("demo-app-key");
        QVERIFY(AWAIT(SignInState, b->signIn(c, cb)).ok());
        QVERIFY(AWAIT(QJsonArray, b->customers(cb)).ok());
        QCOMPARE(f.sandbox().requests(QStringLiteral("E5")).last().toObject().value(QStringLiteral("authorization")).toString(),
                 QStringLiteral("Basic"));
    }

    void expiredTokenSignsInAgainOnceAndRepeatsTheCall()
    {
        auto b = backend();
        QVERIFY(AWAIT(SignInState, b->signIn(user(), cb)).ok());
        QVERIFY(f.sandbox().advanceClock(16 * 60)); // the server's clock: our token is 16 min old there
        const auto c = AWAIT(QJsonArray, b->customers(cb));
        QVERIFY2(c.ok(), qPrintable(c.error().message));
        QCOMPARE(f.statuses(QStringLiteral("E5")), (QList<int>{403, 200}));
        QCOMPARE(f.statuses(QStringLiteral("E1")), (QList<int>{200, 200}));
    }

    void tokenIsRenewedBeforeFifteenMinutes()
    {
        auto b = backend();
        QVERIFY(AWAIT(SignInState, b->signIn(user(), cb)).ok());
        f.clock().setOffset(14 * 60 + 5); // our clock: renewal is due
        QVERIFY(AWAIT(QJsonArray, b->customers(cb)).ok());
        QCOMPARE(f.statuses(QStringLiteral("E1")), (QList<int>{200, 200}));
        QCOMPARE(f.statuses(QStringLiteral("E5")), QList<int>{200}); // never sent with an old token
    }

    void expiryWithoutRememberedCredentialsSignsOut()
    {
        auto b = backend();
        QVERIFY(AWAIT(SignInState, b->signIn(user(), cb)).ok());
        b->forgetCredentials();
        QVERIFY(f.sandbox().advanceClock(16 * 60));
        const auto c = AWAIT(QJsonArray, b->customers(cb));
        QCOMPARE(c.error().kind, ErrorKind::SessionExpired);
        QVERIFY(!b->state().signedIn);
        QVERIFY(b->state().details.value(QStringLiteral("expired")).toBool());
    }

    void fullResetWithKeyFromTheOutbox()
    {
        auto b = backend();
        const QString alice = QStringLiteral("alice@example.com");
        QVERIFY(AWAIT(QString, b->requestPasswordReset(alice, cb)).ok());
        const QString key = f.sandbox().lastToken(alice, QStringLiteral("enablex-reset"));
        QVERIFY(!key.isEmpty());
        const auto owner = AWAIT(EnableXKeyOwner, b->validateResetKey(key, cb));
        QVERIFY2(owner.ok(), qPrintable(owner.error().message));
        QCOMPARE(owner.value().email, alice);
        QCOMPARE(owner.value().firstName, QStringLiteral("Alice"));

        const QString pw = QStringLiteral("N3w+Secret&2026");
        // Mismatch is caught before sending.
        QCOMPARE(AWAIT(QString, b->resetPassword(key, alice, pw, pw + u'x', cb)).error().kind, ErrorKind::Validation);
        QVERIFY(f.sandbox().requests(QStringLiteral("E4")).isEmpty());
        // The wrong e-mail for the key: the server's 406.
        const auto wrongMail = AWAIT(QString, b->resetPassword(key, QStringLiteral("bob@example.com"), pw, pw, cb));
        QCOMPARE(wrongMail.error().kind, ErrorKind::Validation);
        QCOMPARE(wrongMail.error().httpStatus, 406);
        QVERIFY(AWAIT(QString, b->resetPassword(key, alice, pw, pw, cb)).ok());
        // Single use.
        const auto again = AWAIT(EnableXKeyOwner, b->validateResetKey(key, cb));
        QCOMPARE(again.error().kind, ErrorKind::Validation);
        QVERIFY(again.error().message.contains(QLatin1String("already been used")));
        // The new password works, the old does not.
        QCOMPARE(AWAIT(SignInState, b->signIn(user(alice, QStringLiteral("Alice#2026")), cb)).error().kind, ErrorKind::BadCredentials);
        QVERIFY(AWAIT(SignInState, b->signIn(user(alice, pw), cb)).ok());
        // Audit: request and reset, no password.
        const auto entries = f.auditEntries();
        QCOMPARE(entries.size(), 3); // request, refused reset (406), reset
        QCOMPARE(entries.last().action, QStringLiteral("password-reset"));
        QCOMPARE(entries.last().outcome, QStringLiteral("ok"));
        QFile log(f.auditPath());
        QVERIFY(log.open(QIODevice::ReadOnly));
        QVERIFY(!log.readAll().contains(pw.toUtf8()));
    }

    void expiredAndUnknownKeys()
    {
        auto b = backend();
        QVERIFY(AWAIT(QString, b->requestPasswordReset(QStringLiteral("bob@example.com"), cb)).ok());
        const QString key = f.sandbox().lastToken(QStringLiteral("bob@example.com"));
        QVERIFY(f.sandbox().advanceClock(24 * 3600 + 1));
        const auto expired = AWAIT(EnableXKeyOwner, b->validateResetKey(key, cb));
        QCOMPARE(expired.error().kind, ErrorKind::Validation);
        QVERIFY(expired.error().message.contains(QLatin1String("expired")));
        QCOMPARE(AWAIT(EnableXKeyOwner, b->validateResetKey(QStringLiteral("rk-nothing"), cb)).error().kind, ErrorKind::NotFound);
        QCOMPARE(AWAIT(QString, b->requestPasswordReset(QStringLiteral("nobody@example.com"), cb)).error().kind, ErrorKind::NotFound);
        QCOMPARE(AWAIT(QString, b->requestPasswordReset(QString(), cb)).error().kind, ErrorKind::Usage);
    }

    void serverFaultsBecomeTheRightKinds_data()
    {
        QTest::addColumn<QJsonObject>("fault");
        QTest::addColumn<int>("kind");
        auto fault = [](const char *kind, QJsonObject extra = {}) {
            extra.insert(QStringLiteral("route"), QStringLiteral("E5"));
            extra.insert(QStringLiteral("kind"), QLatin1String(kind));
            return extra;
        };
        QTest::newRow("500") << fault("status", {{QStringLiteral("status"), 500}}) << int(ErrorKind::Server);
        QTest::newRow("404") << fault("status", {{QStringLiteral("status"), 404}}) << int(ErrorKind::NotFound);
        QTest::newRow("malformed") << fault("malformed") << int(ErrorKind::MalformedAnswer);
        QTest::newRow("html") << fault("html") << int(ErrorKind::MalformedAnswer);
        QTest::newRow("oversize") << fault("oversize", {{QStringLiteral("bytes"), 9 * 1024 * 1024}}) << int(ErrorKind::MalformedAnswer);
        QTest::newRow("maintenance") << fault("maintenance") << int(ErrorKind::Maintenance);
        QTest::newRow("drop") << fault("drop") << int(ErrorKind::Network);
        QTest::newRow("slow") << fault("delay", {{QStringLiteral("ms"), 3000}}) << int(ErrorKind::Timeout);
    }
    void serverFaultsBecomeTheRightKinds()
    {
        QFETCH(QJsonObject, fault);
        QFETCH(int, kind);
        Profile p = f.profile(Dialect::EnableX);
        p.transferTimeoutMs = 1000;
        EnableXBackend b(p, f.context());
        b.policy().baseBackoffMs = 10;
        QVERIFY(AWAIT(SignInState, b.signIn(user(), cb)).ok());
        QVERIFY(f.sandbox().addFault(fault));
        QElapsedTimer t;
        t.start();
        const auto r = AWAIT(QJsonArray, b.customers(cb));
        QCOMPARE(int(r.error().kind), kind);
        QVERIFY(!r.error().message.isEmpty());
        QVERIFY2(t.elapsed() < 3 * 1000 + 2000, qPrintable(QString::number(t.elapsed()))); // attempts x timeout + margin
    }

    void retryAfterIsHonoured()
    {
        auto b = backend();
        QVERIFY(AWAIT(SignInState, b->signIn(user(), cb)).ok());
        QVERIFY(f.sandbox().addFault({{QStringLiteral("route"), QStringLiteral("E5")}, {QStringLiteral("kind"), QStringLiteral("ratelimit")},
                                      {QStringLiteral("retryAfter"), 1}, {QStringLiteral("count"), 1}}));
        QElapsedTimer t;
        t.start();
        QVERIFY(AWAIT(QJsonArray, b->customers(cb)).ok());
        QVERIFY2(t.elapsed() >= 950, qPrintable(QString::number(t.elapsed())));
        QCOMPARE(f.statuses(QStringLiteral("E5")), (QList<int>{429, 200}));
    }

    void tooLongRetryAfterIsReportedNotWaited()
    {
        auto b = backend();
        QVERIFY(AWAIT(SignInState, b->signIn(user(), cb)).ok());
        QVERIFY(f.sandbox().addFault({{QStringLiteral("route"), QStringLiteral("E5")}, {QStringLiteral("kind"), QStringLiteral("ratelimit")},
                                      {QStringLiteral("retryAfter"), 120}}));
        const auto r = AWAIT(QJsonArray, b->customers(cb));
        QCOMPARE(r.error().kind, ErrorKind::RateLimited);
        QCOMPARE(r.error().retryAfterSeconds, 120);
        QCOMPARE(f.statuses(QStringLiteral("E5")), QList<int>{429});
    }

    void changesAreNotRetried()
    {
        auto b = backend();
        QVERIFY(f.sandbox().addFault({{QStringLiteral("route"), QStringLiteral("E2")}, {QStringLiteral("kind"), QStringLiteral("maintenance")}}));
        QCOMPARE(AWAIT(QString, b->requestPasswordReset(QStringLiteral("bob@example.com"), cb)).error().kind, ErrorKind::Maintenance);
        QCOMPARE(f.statuses(QStringLiteral("E2")), QList<int>{503});
    }

    void sessionSurvivesExportAndImport()
    {
        auto b = backend();
        QVERIFY(AWAIT(SignInState, b->signIn(user(), cb)).ok());
        const QJsonObject saved = b->exportSession();
        EnableXBackend other(f.profile(Dialect::EnableX), f.context());
        QVERIFY(other.importSession(saved));
        QVERIFY(AWAIT(QJsonArray, other.customers(cb)).ok());
        QCOMPARE(f.statuses(QStringLiteral("E1")), QList<int>{200}); // no new sign-in
        QVERIFY(AWAIT(Done, other.signOut(cb)).ok());
        QVERIFY(!other.state().signedIn);
        QVERIFY(other.exportSession().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestEnableXBackend)
#include "tst_enablexbackend.moc"
