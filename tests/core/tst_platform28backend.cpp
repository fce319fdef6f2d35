// Platform28 Auth V2 against the real sandbox: every route (P1-P15), the LSID matrix
// parameter and API key query, roles, SHA-256 hashes, reset tokens, idle expiry, audit.
#include "BackendFixture.h"
#include "Platform28Backend.h"

using namespace authdesk;

class TestPlatform28Backend : public QObject
{
    Q_OBJECT
    BackendFixture f;

    std::unique_ptr<Platform28Backend> signedIn(const QString &user = QStringLiteral("admin"),
                                                const QString &pw = QStringLiteral("Admin#2026"))
    {
        auto b = std::make_unique<Platform28Backend>(f.profile(Dialect::Platform28), f.context());
        b->setAuditLog(f.audit());
        Credentials c;
        c.user = user;
        c.secret = pw;
        const auto r = AWAIT(SignInState, b->signIn(c, cb));
        if (!r.ok())
            qWarning() << "sign-in failed:" << r.error().message;
        return b;
    }
    std::unique_ptr<Platform28Backend> withApiKey(const QString &key = QStringLiteral("p28-demo-key"))
    {
        auto b = std::make_unique<Platform28Backend>(f.profile(Dialect::Platform28), f.context());
        b->setAuditLog(f.audit());
        Credentials c;
        c.mode = Credentials::Mode::ApiKey;
        c.secret = key;
        AWAIT(SignInState, b->signIn(c, cb));
        return b;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(f.start(&error), qPrintable(error));
    }
    void init() { f.reset(); }

    void passwordSignInUsesTheLsidMatrixParameter()
    {
        auto b = signedIn();
        QVERIFY(b->state().signedIn);
        QCOMPARE(b->state().userId, QStringLiteral("u-admin"));
        QVERIFY(b->state().details.value(QStringLiteral("roles")).toStringList().contains(QStringLiteral("admin")));
        QVERIFY(b->state().expiresAt.isValid());
        const auto s = AWAIT(P28Session, b->session(QStringLiteral("s-alice-1"), cb));
        QVERIFY2(s.ok(), qPrintable(s.error().message));
        QCOMPARE(s.value().userId, QStringLiteral("u-alice"));
        QVERIFY(s.value().lsid.isEmpty()); // only P1 / P11 reveal one
        const QJsonObject logged = f.sandbox().requests(QStringLiteral("P5")).last().toObject();
        QVERIFY(logged.value(QStringLiteral("hasLsid")).toBool());
        QVERIFY(!logged.value(QStringLiteral("hasApiKey")).toBool());
        QCOMPARE(f.sandbox().requests(QStringLiteral("P1")).last().toObject().value(QStringLiteral("contentType")).toString(),
                 QStringLiteral("application/x-www-form-urlencoded"));
    }

    void badPasswordBlockedUserAndApiKey()
    {
        auto bad = signedIn(QStringLiteral("alice"), QStringLiteral("wrong"));
        QVERIFY(!bad->state().signedIn);
        Platform28Backend b(f.profile(Dialect::Platform28), f.context());
        Credentials c;
        c.user = QStringLiteral("carol");
        c.secret = QStringLiteral("Carol#2026");
        QCOMPARE(AWAIT(SignInState, b.signIn(c, cb)).error().kind, ErrorKind::Blocked);
        c.user = QStringLiteral("alice");
        c.secret = QStringLiteral("wrong");
        QCOMPARE(AWAIT(SignInState, b.signIn(c, cb)).error().kind, ErrorKind::BadCredentials);
        auto wrongKey = withApiKey(QStringLiteral("nope"));
        QVERIFY(!wrongKey->state().signedIn);
        auto key = withApiKey();
        QVERIFY(key->state().signedIn);
        QVERIFY(AWAIT(P28Session, key->session(QStringLiteral("s-bob-1"), cb)).ok());
        QVERIFY(f.sandbox().requests(QStringLiteral("P5")).last().toObject().value(QStringLiteral("hasApiKey")).toBool());
    }

    void blockUnblockAndStatus()
    {
        auto admin = signedIn();
        QCOMPARE(AWAIT(P28BlockStatus, admin->blockStatus(QStringLiteral("carol"), cb)).value().blocked, true);
        QCOMPARE(AWAIT(P28BlockStatus, admin->setBlocked(QStringLiteral("bob"), true, cb)).value().blocked, true);
        Platform28Backend bob(f.profile(Dialect::Platform28), f.context());
        Credentials c;
        c.user = QStringLiteral("bob");
        c.secret = QStringLiteral("Bob#2026");
        QCOMPARE(AWAIT(SignInState, bob.signIn(c, cb)).error().kind, ErrorKind::Blocked);
        QCOMPARE(AWAIT(P28BlockStatus, admin->setBlocked(QStringLiteral("bob"), false, cb)).value().blocked, false);
        QVERIFY(AWAIT(SignInState, bob.signIn(c, cb)).ok());
        QCOMPARE(AWAIT(P28BlockStatus, admin->blockStatus(QStringLiteral("nobody"), cb)).error().kind, ErrorKind::NotFound);
        // An ordinary user may not block.
        auto alice = signedIn(QStringLiteral("alice"), QStringLiteral("Alice#2026"));
        QCOMPARE(AWAIT(P28BlockStatus, alice->setBlocked(QStringLiteral("bob"), true, cb)).error().kind, ErrorKind::Forbidden);
        const auto audit = f.auditEntries();
        QCOMPARE(audit.size(), 3);
        QCOMPARE(audit[0].action, QStringLiteral("block-user"));
        QCOMPARE(audit[2].outcome, QStringLiteral("forbidden"));
    }

    void sessionActions()
    {
        auto admin = signedIn();
        auto s = AWAIT(P28Session, admin->setEffectiveUser(QStringLiteral("s-alice-1"), QStringLiteral("u-bob"), cb));
        QVERIFY2(s.ok(), qPrintable(s.error().message));
        QCOMPARE(s.value().effectiveUserId, QStringLiteral("u-bob"));
        QVERIFY(s.value().isImpersonating());
        s = AWAIT(P28Session, admin->setEffectiveOrg(QStringLiteral("s-alice-1"), QStringLiteral("org-3"), cb));
        QCOMPARE(s.value().effectiveOrgId, QStringLiteral("org-3"));
        s = AWAIT(P28Session, admin->resetIdentity(QStringLiteral("s-alice-1"), cb));
        QCOMPARE(s.value().effectiveUserId, QStringLiteral("u-alice"));
        QCOMPARE(s.value().effectiveOrgId, QStringLiteral("org-1"));
        QVERIFY(!s.value().isImpersonating());
        QCOMPARE(AWAIT(P28Session, admin->setEffectiveUser(QStringLiteral("s-alice-1"), QStringLiteral("u-ghost"), cb)).error().kind,
                 ErrorKind::NotFound);
        QCOMPARE(AWAIT(P28Session, admin->setEffectiveOrg(QStringLiteral("s-alice-1"), QString(), cb)).error().kind, ErrorKind::Usage);

        const auto clone = AWAIT(P28Session, admin->cloneSession(QStringLiteral("s-alice-2"), cb));
        QVERIFY(clone.ok());
        QCOMPARE(clone.value().clonedFrom, QStringLiteral("s-alice-2"));
        QVERIFY(!clone.value().lsid.isEmpty());
        QCOMPARE(f.statuses(QStringLiteral("P11")), QList<int>{201});

        const auto list = AWAIT(QList<P28Session>, admin->userSessions(QStringLiteral("u-alice"), cb));
        QVERIFY(list.ok());
        QCOMPARE(list.value().size(), 3);

        QCOMPARE(AWAIT(int, admin->terminateSession(QStringLiteral("s-alice-1"), false, cb)).value(), 1);
        QCOMPARE(AWAIT(P28Session, admin->session(QStringLiteral("s-alice-1"), cb)).error().kind, ErrorKind::NotFound);
        QCOMPARE(AWAIT(int, admin->terminateSession(QStringLiteral("s-alice-2"), true, cb)).value(), 2); // and the clone
        QCOMPARE(AWAIT(int, admin->terminateUserSessions(QStringLiteral("u-bob"), cb)).value(), 1);
        QCOMPARE(AWAIT(int, admin->terminateSession(QStringLiteral("s-bob-1"), false, cb)).error().kind, ErrorKind::NotFound);
        QVERIFY(AWAIT(QList<P28Session>, admin->userSessions(QStringLiteral("u-alice"), cb)).value().isEmpty());
        const QList<AuditEntry> audit = f.auditEntries();
        QStringList actions;
        for (const auto &e : audit)
            actions << e.action;
        QVERIFY(actions.contains(QStringLiteral("impersonate")));
        QVERIFY(actions.contains(QStringLiteral("clone-session")));
        QVERIFY(actions.contains(QStringLiteral("terminate-user-sessions")));
        QFile log(f.auditPath());
        QVERIFY(log.open(QIODevice::ReadOnly));
        QVERIFY(!log.readAll().contains(clone.value().lsid.toUtf8()));
    }

    void ordinaryUsersActOnlyOnTheirOwnSessions()
    {
        auto alice = signedIn(QStringLiteral("alice"), QStringLiteral("Alice#2026"));
        QVERIFY(AWAIT(P28Session, alice->session(QStringLiteral("s-alice-2"), cb)).ok());
        QCOMPARE(AWAIT(P28Session, alice->session(QStringLiteral("s-bob-1"), cb)).error().kind, ErrorKind::Forbidden);
        QCOMPARE(AWAIT(int, alice->terminateUserSessions(QStringLiteral("u-bob"), cb)).error().kind, ErrorKind::Forbidden);
        QCOMPARE(AWAIT(QList<P28Session>, alice->userSessions(QStringLiteral("u-bob"), cb)).error().kind, ErrorKind::Forbidden);
        QCOMPARE(AWAIT(P28Session, alice->setEffectiveUser(QStringLiteral("s-alice-2"), QStringLiteral("u-bob"), cb)).error().kind,
                 ErrorKind::Forbidden);
    }

    void listingUnsupportedIsSaid()
    {
        auto admin = signedIn();
        QVERIFY(f.sandbox().addFault({{QStringLiteral("route"), QStringLiteral("P15")}, {QStringLiteral("kind"), QStringLiteral("status")},
                                      {QStringLiteral("status"), 405}}));
        QCOMPARE(AWAIT(QList<P28Session>, admin->userSessions(QStringLiteral("u-alice"), cb)).error().kind, ErrorKind::Unsupported);
    }

    void idleExpiryReSignsInAndRepeats()
    {
        auto admin = signedIn();
        QVERIFY(f.sandbox().advanceClock(31 * 60));
        const auto s = AWAIT(P28Session, admin->session(QStringLiteral("s-bob-1"), cb));
        // The demo sessions expired too, on the server's clock; our own call was repeated.
        QCOMPARE(f.statuses(QStringLiteral("P5")), (QList<int>{401, 404}));
        QCOMPARE(f.statuses(QStringLiteral("P1")), (QList<int>{200, 200}));
        QCOMPARE(s.error().kind, ErrorKind::NotFound);
        QVERIFY(admin->state().signedIn);
    }

    void resetWithTokenAndHash()
    {
        Platform28Backend b(f.profile(Dialect::Platform28), f.context());
        b.setAuditLog(f.audit());
        P28ResetRequest q;
        q.userId = QStringLiteral("u-bob");
        q.email = QStringLiteral("wrong@example.com");
        QCOMPARE(AWAIT(Done, b.requestPasswordReset(q, cb)).error().kind, ErrorKind::Validation);
        q.email = QStringLiteral("bob@example.com");
        q.resetUrl = QStringLiteral("https://reset.example.com/p28");
        QVERIFY(AWAIT(Done, b.requestPasswordReset(q, cb)).ok());
        const QJsonObject mail = f.sandbox().outbox(QStringLiteral("bob@example.com"), QStringLiteral("p28-reset")).last().toObject();
        const QString token = mail.value(QStringLiteral("token")).toString();
        QVERIFY(mail.value(QStringLiteral("link")).toString().startsWith(QStringLiteral("https://reset.example.com/p28?token=")));
        const QString pw = QStringLiteral("Brand-new 2026!");
        QCOMPARE(AWAIT(Done, b.resetPassword(token, QStringLiteral("alice"), pw, cb)).error().kind, ErrorKind::Validation);
        QVERIFY(AWAIT(Done, b.resetPassword(token, QStringLiteral("bob"), pw, cb)).ok());
        const auto used = AWAIT(Done, b.resetPassword(token, QStringLiteral("bob"), pw, cb));
        QCOMPARE(used.error().kind, ErrorKind::Validation);
        QVERIFY(used.error().message.contains(QLatin1String("used")));
        auto bob = signedIn(QStringLiteral("bob"), pw);
        QVERIFY(bob->state().signedIn);
        // Expired token.
        QVERIFY(AWAIT(Done, b.requestPasswordReset(q, cb)).ok());
        const QString token2 = f.sandbox().lastToken(QStringLiteral("bob@example.com"), QStringLiteral("p28-reset"));
        QVERIFY(f.sandbox().advanceClock(3601));
        QVERIFY(AWAIT(Done, b.resetPassword(token2, QStringLiteral("bob"), pw, cb)).error().message.contains(QLatin1String("expired")));
        QCOMPARE(p28PasswordHash(QStringLiteral("abc")),
                 QStringLiteral("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
    }

    void passwordChangeSelfAndForced()
    {
        auto alice = signedIn(QStringLiteral("alice"), QStringLiteral("Alice#2026"));
        using M = Platform28Backend::ChangeMode;
        const auto wrongOld = AWAIT(QString, alice->changePassword(QStringLiteral("u-alice"), M::SelfService, QStringLiteral("bad"),
                                                                   QStringLiteral("Alice#2027"), cb));
        QCOMPARE(wrongOld.error().kind, ErrorKind::Validation);
        QVERIFY(AWAIT(QString, alice->changePassword(QStringLiteral("u-alice"), M::SelfService, QStringLiteral("Alice#2026"),
                                                     QStringLiteral("Alice#2027"), cb)).ok());
        auto admin = signedIn();
        const auto wrongAdmin = AWAIT(QString, admin->changePassword(QStringLiteral("u-bob"), M::AdminForced, QStringLiteral("not-mine"),
                                                                     QStringLiteral("Bob#2027"), cb));
        QCOMPARE(wrongAdmin.error().kind, ErrorKind::Validation);
        const auto forced = AWAIT(QString, admin->changePassword(QStringLiteral("u-bob"), M::AdminForced, QStringLiteral("Admin#2026"),
                                                                 QStringLiteral("Bob#2027"), cb));
        QCOMPARE(forced.value(), QStringLiteral("Password updated"));
        QVERIFY(signedIn(QStringLiteral("bob"), QStringLiteral("Bob#2027"))->state().signedIn);
        QCOMPARE(AWAIT(QString, alice->changePassword(QStringLiteral("u-bob"), M::AdminForced, QStringLiteral("Alice#2027"),
                                                      QStringLiteral("x"), cb)).error().kind, ErrorKind::Forbidden);
    }

    void signOutEndsTheServerSession()
    {
        auto alice = signedIn(QStringLiteral("alice"), QStringLiteral("Alice#2026"));
        const QString own = alice->ownSessionId();
        QVERIFY(!own.isEmpty());
        QVERIFY(AWAIT(Done, alice->signOut(cb)).ok());
        QVERIFY(!alice->state().signedIn);
        auto admin = signedIn();
        QCOMPARE(AWAIT(P28Session, admin->session(own, cb)).error().kind, ErrorKind::NotFound);
    }

    void unauthenticatedCallIsSessionExpired()
    {
        Platform28Backend b(f.profile(Dialect::Platform28), f.context());
        QCOMPARE(AWAIT(P28Session, b.session(QStringLiteral("s-bob-1"), cb)).error().kind, ErrorKind::SessionExpired);
        QVERIFY(AWAIT(Done, b.testConnection(cb)).ok());
    }
};

QTEST_GUILESS_MAIN(TestPlatform28Backend)
#include "tst_platform28backend.moc"
