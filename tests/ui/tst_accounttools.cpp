// Support staff's flows end to end: the password-reset wizard for every dialect (keys and
// tokens read from the sandbox's outbox), the password change, and the account tools.
#include "AccountToolsView.h"
#include "ConsoleFixture.h"
#include "CreateAccountDialog.h"
#include "KeyReset.h"
#include "NewPasswordFields.h"
#include "PasswordChangeDialog.h"
#include "PasswordResetWizard.h"
#include "Platform28Backend.h"

#include <QCheckBox>
#include <QProgressBar>
#include <QRadioButton>
#include <QTabWidget>

using namespace authdesk;

class TestAccountTools : public QObject
{
    Q_OBJECT
    ConsoleFixture m_fx;

    template <typename T>
    T *find(const char *name, QWidget *root = nullptr) const
    {
        return m_fx.find<T>(name, root);
    }
    // Presses Next and waits for the wizard to reach `page` (or to show an error).
    bool next(QWizard *w, int page)
    {
        QAbstractButton *b = w->button(QWizard::NextButton);
        if (!QTest::qWaitFor([&] { return b->isEnabled(); }, 10'000))
            return false;
        QTest::mouseClick(b, Qt::LeftButton);
        return QTest::qWaitFor([&] { return w->currentId() == page; }, 10'000);
    }
    QString pageError(QWizard *w) const
    {
        auto *l = w->currentPage()->findChild<MessageBar *>(QStringLiteral("messageBar"));
        return l && l->isVisible() ? l->text() : QString();
    }
    void typeNewPassword(QWizard *w, const QString &pw, const QString &again)
    {
        find<QLineEdit>("newPasswordEdit", w->currentPage())->setText(pw);
        find<QLineEdit>("retypePasswordEdit", w->currentPage())->setText(again);
    }
    bool canSignIn(const QString &profile, const QString &user, const QString &pw)
    {
        auto *b = m_fx.sessions->backend(profile);
        Credentials c;
        c.user = user;
        c.secret = pw;
        std::optional<bool> ok;
        b->signIn(c, [&](const Result<SignInState> &r) { ok = r.ok(); });
        return QTest::qWaitFor([&] { return ok.has_value(); }, 10'000) && *ok;
    }
    // Starts the wizard on a profile with "who" filled in.
    QPointer<PasswordResetWizard> startWizard(const QString &profile, const QString &who, bool haveKey = false, const QString &email = {})
    {
        QPointer<PasswordResetWizard> w = m_fx.window->openResetWizard(profile);
        find<QLineEdit>("whoEdit", w)->setText(who);
        if (!email.isEmpty())
            find<QLineEdit>("emailEdit", w)->setText(email);
        if (haveKey)
            find<QRadioButton>("haveKeyRadio", w)->setChecked(true);
        return w;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_fx.startOnce(&error), qPrintable(error));
    }
    void init() { m_fx.freshWindow(); }
    void cleanup() { m_fx.closeWindow(); }

    void enablexFullReset()
    {
        auto w = startWizard(QStringLiteral("demo-enablex"), QStringLiteral("alice@example.com"));
        QVERIFY(next(w, PasswordResetWizard::RequestPage));
        QTRY_VERIFY(w->button(QWizard::NextButton)->isEnabled());
        const QString key = m_fx.sandbox.lastToken(QStringLiteral("alice@example.com"), QStringLiteral("enablex-reset"));
        QVERIFY(!key.isEmpty());
        QVERIFY(next(w, PasswordResetWizard::KeyPage));
        find<QLineEdit>("keyEdit", w)->setText(key);
        QVERIFY(next(w, PasswordResetWizard::PasswordPage));
        QVERIFY(find<QLabel>("introLabel", w->currentPage())->text().contains(QLatin1String("Alice Archer")));
        const QString pw = QStringLiteral("Sunflower-Orbit-Kettle-42");
        typeNewPassword(w, pw, pw);
        QTRY_VERIFY(find<QProgressBar>("strengthMeter", w->currentPage())->value() >= 2);
        m_fx.saveShot(w, "reset-wizard");
        QVERIFY(next(w, PasswordResetWizard::SummaryPage));
        QVERIFY(find<QLabel>("summaryLabel", w)->text().contains(QLatin1String("was reset")));
        QVERIFY(find<QLineEdit>("newPasswordEdit", w)->text().isEmpty()); // not left in the widget
        QVERIFY(canSignIn(QStringLiteral("demo-enablex"), QStringLiteral("alice@example.com"), pw));
        const auto audit = m_fx.sessions->auditLog().readAll();
        QCOMPARE(audit.last().action, QStringLiteral("password-reset"));
        QFile log(m_fx.dir.filePath(QStringLiteral("audit.jsonl")));
        QVERIFY(log.open(QIODevice::ReadOnly));
        QVERIFY(!log.readAll().contains(pw.toUtf8()));
        w->close();
    }

    void enablexWrongUsedAndExpiredKeys()
    {
        auto w = startWizard(QStringLiteral("demo-enablex"), QStringLiteral("bob@example.com"), true);
        QVERIFY(next(w, PasswordResetWizard::KeyPage));
        find<QLineEdit>("keyEdit", w)->setText(QStringLiteral("rk-not-a-key"));
        QTest::mouseClick(w->button(QWizard::NextButton), Qt::LeftButton);
        QTRY_VERIFY(pageError(w).contains(QLatin1String("not valid")));
        QCOMPARE(w->currentId(), int(PasswordResetWizard::KeyPage));
        // A key used already.
        auto *b = m_fx.sessions->backend(QStringLiteral("demo-enablex"))->capability<KeyReset>();
        QVERIFY(b);
        std::optional<bool> sent;
        b->requestPasswordReset(QStringLiteral("bob@example.com"), [&](const Result<QString> &r) { sent = r.ok(); });
        QTRY_VERIFY(sent.value_or(false));
        const QString key = m_fx.sandbox.lastToken(QStringLiteral("bob@example.com"));
        std::optional<bool> reset;
        b->resetPassword(key, QStringLiteral("bob@example.com"), QStringLiteral("Whatever-2026"), QStringLiteral("Whatever-2026"),
                         [&](const Result<QString> &r) { reset = r.ok(); });
        QTRY_VERIFY(reset.value_or(false));
        find<QLineEdit>("keyEdit", w)->setText(key);
        QTest::mouseClick(w->button(QWizard::NextButton), Qt::LeftButton);
        QTRY_VERIFY(pageError(w).contains(QLatin1String("already been used")));
        // An expired key.
        sent.reset();
        b->requestPasswordReset(QStringLiteral("bob@example.com"), [&](const Result<QString> &r) { sent = r.ok(); });
        QTRY_VERIFY(sent.value_or(false));
        QVERIFY(m_fx.sandbox.advanceClock(24 * 3600 + 5));
        find<QLineEdit>("keyEdit", w)->setText(m_fx.sandbox.lastToken(QStringLiteral("bob@example.com")));
        QTest::mouseClick(w->button(QWizard::NextButton), Qt::LeftButton);
        QTRY_VERIFY(pageError(w).contains(QLatin1String("expired")));
        w->close();
    }

    void mismatchAndServerRejectionKeepWhatWasTyped()
    {
        auto w = startWizard(QStringLiteral("demo-enablex"), QStringLiteral("alice@example.com"));
        QVERIFY(next(w, PasswordResetWizard::RequestPage));
        QVERIFY(next(w, PasswordResetWizard::KeyPage));
        const QString key = m_fx.sandbox.lastToken(QStringLiteral("alice@example.com"));
        find<QLineEdit>("keyEdit", w)->setText(key);
        QVERIFY(next(w, PasswordResetWizard::PasswordPage));
        typeNewPassword(w, QStringLiteral("One-Password-1"), QStringLiteral("Another-Password-2"));
        QVERIFY(find<QLabel>("mismatchLabel", w->currentPage())->isVisible());
        QTest::mouseClick(w->button(QWizard::NextButton), Qt::LeftButton);
        QTRY_VERIFY(pageError(w).contains(QLatin1String("differ")));
        // The server refuses a password under 8 characters (406): said, and nothing lost.
        typeNewPassword(w, QStringLiteral("Sh0rt!"), QStringLiteral("Sh0rt!"));
        QTest::mouseClick(w->button(QWizard::NextButton), Qt::LeftButton); // weak: asks for "use anyway" first
        QTRY_VERIFY(pageError(w).contains(QLatin1String("weak")));
        find<QCheckBox>("useAnywayCheck", w->currentPage())->setChecked(true);
        QTest::mouseClick(w->button(QWizard::NextButton), Qt::LeftButton);
        QTRY_VERIFY(pageError(w).contains(QLatin1String("8 characters")));
        QCOMPARE(find<QLineEdit>("newPasswordEdit", w->currentPage())->text(), QStringLiteral("Sh0rt!"));
        // Back keeps the key.
        w->back();
        QCOMPARE(w->currentId(), int(PasswordResetWizard::KeyPage));
        QCOMPARE(find<QLineEdit>("keyEdit", w)->text(), key);
        w->close();
    }

    void platform28FullReset()
    {
        auto w = startWizard(QStringLiteral("demo-platform28"), QStringLiteral("u-bob"), false, QStringLiteral("bob@example.com"));
        QVERIFY(next(w, PasswordResetWizard::RequestPage));
        QVERIFY(next(w, PasswordResetWizard::KeyPage));
        QCOMPARE(find<QLineEdit>("usernameEdit", w)->text(), QStringLiteral("bob"));
        find<QLineEdit>("keyEdit", w)->setText(m_fx.sandbox.lastToken(QStringLiteral("bob@example.com"), QStringLiteral("p28-reset")));
        QVERIFY(next(w, PasswordResetWizard::PasswordPage));
        const QString pw = QStringLiteral("Marble-Canyon-Velvet-Quiet-77");
        typeNewPassword(w, pw, pw);
        QVERIFY(next(w, PasswordResetWizard::SummaryPage));
        QVERIFY(canSignIn(QStringLiteral("demo-platform28"), QStringLiteral("bob"), pw));
        w->close();
    }

    void platform28WrongDetailsAreRefused()
    {
        auto w = startWizard(QStringLiteral("demo-platform28"), QStringLiteral("u-bob"), false, QStringLiteral("someone@example.com"));
        QVERIFY(next(w, PasswordResetWizard::RequestPage));
        QTRY_VERIFY(find<QPushButton>("retryButton", w)->isVisible());
        QVERIFY(find<MessageBar>("statusLabel", w)->text().contains(QLatin1String("do not match")));
        QVERIFY(!w->button(QWizard::NextButton)->isEnabled());
        w->close();
    }

    void overkizRequestAndServerCheck()
    {
        auto w = startWizard(QStringLiteral("demo-overkiz"), QStringLiteral("alice@example.com"));
        QVERIFY(!find<QRadioButton>("haveKeyRadio", w)->isVisible());
        QVERIFY(next(w, PasswordResetWizard::RequestPage));
        QTRY_VERIFY(find<MessageBar>("statusLabel", w)->text().contains(QLatin1String("browser")));
        QVERIFY(next(w, PasswordResetWizard::PasswordPage));
        typeNewPassword(w, QStringLiteral("alice1234"), QStringLiteral("alice1234"));
        QTRY_VERIFY(find<QLabel>("strengthLabel", w->currentPage())->text().contains(QLatin1String("Rejected")));
        QTest::mouseClick(w->button(QWizard::NextButton), Qt::LeftButton);
        QTRY_VERIFY(pageError(w).contains(QLatin1String("rejects")));
        typeNewPassword(w, QStringLiteral("Tr0ub4dor&3xyzzy!Q"), QStringLiteral("Tr0ub4dor&3xyzzy!Q"));
        QTRY_VERIFY(find<QLabel>("strengthLabel", w->currentPage())->text().contains(QLatin1String("Strong")));
        QVERIFY(next(w, PasswordResetWizard::SummaryPage));
        QVERIFY(find<QLabel>("summaryLabel", w)->text().contains(QLatin1String("browser")));
        QCOMPARE(m_fx.sandbox.outbox(QStringLiteral("alice@example.com"), QStringLiteral("overkiz-reset")).size(), 1);
        w->close();
    }

    void forcedChangeWithWrongAdminPassword()
    {
        QVERIFY(m_fx.signIn(QStringLiteral("demo-platform28"), 0, QStringLiteral("admin"), QStringLiteral("Admin#2026")));
        m_fx.window->openPasswordChange(QStringLiteral("demo-platform28"), QStringLiteral("u-bob"));
        QPointer<PasswordChangeDialog> d = m_fx.window->findChild<PasswordChangeDialog *>();
        QVERIFY(d);
        QVERIFY(find<QRadioButton>("forcedRadio", d)->isChecked());
        find<QLineEdit>("currentPasswordEdit", d)->setText(QStringLiteral("not-my-password"));
        find<QLineEdit>("newPasswordEdit", d)->setText(QStringLiteral("Granite-Falls-Lantern-19"));
        find<QLineEdit>("retypePasswordEdit", d)->setText(QStringLiteral("Granite-Falls-Lantern-19"));
        QTest::mouseClick(find<QPushButton>("changeButton", d), Qt::LeftButton);
        QTRY_VERIFY(find<MessageBar>("messageBar", d)->text().contains(QLatin1String("password is wrong")));
        QCOMPARE(find<QLineEdit>("newPasswordEdit", d)->text(), QStringLiteral("Granite-Falls-Lantern-19"));
        find<QLineEdit>("currentPasswordEdit", d)->setText(QStringLiteral("Admin#2026"));
        QTest::mouseClick(find<QPushButton>("changeButton", d), Qt::LeftButton);
        QTRY_VERIFY(!d || !d->isVisible());
        QVERIFY(canSignIn(QStringLiteral("demo-platform28"), QStringLiteral("bob"), QStringLiteral("Granite-Falls-Lantern-19")));
    }

    void existsCheckRespectsTheRateLimit()
    {
        QVERIFY(m_fx.sandbox.setConfig({{QStringLiteral("existsRateLimitPerMinute"), 2}}));
        auto *tools = m_fx.window->accountTools();
        find<QTabWidget>("mainTabs")->setCurrentWidget(tools);
        tools->setCurrentProfile(QStringLiteral("demo-overkiz"));
        auto *edit = find<QLineEdit>("existsEdit", tools);
        auto *label = find<MessageBar>("existsLabel", tools);
        QTest::keyClicks(edit, QStringLiteral("alice@example.com")); // typing: one request after the pause
        QTRY_COMPARE(label->text(), QStringLiteral("alice@example.com exists."));
        QCOMPARE(m_fx.sandbox.requests(QStringLiteral("O10")).size(), 1);
        edit->setText(QStringLiteral("nobody@example.com"));
        QTRY_COMPARE(label->text(), QStringLiteral("nobody@example.com does not exist."));
        edit->setText(QStringLiteral("third@example.com"));
        QTRY_VERIFY(label->text().contains(QLatin1String("allows the next one at")));
        QVERIFY(tools->existsBlockedUntil().isValid());
        edit->setText(QStringLiteral("fourth@example.com"));
        QTest::qWait(900); // longer than the typing pause: a request would have gone out by now
        QCOMPARE(m_fx.sandbox.requests(QStringLiteral("O10")).size(), 3); // no hammering while limited
    }

    void blockValidationTermsAndNewAccount()
    {
        QVERIFY(m_fx.signIn(QStringLiteral("demo-platform28"), 0, QStringLiteral("admin"), QStringLiteral("Admin#2026")));
        auto *tools = m_fx.window->accountTools();
        find<QTabWidget>("mainTabs")->setCurrentWidget(tools); // buttons are clicked as a person would: visible
        tools->setCurrentProfile(QStringLiteral("demo-platform28"));
        find<QLineEdit>("blockUserEdit", tools)->setText(QStringLiteral("bob"));
        QTest::mouseClick(find<QPushButton>("blockButton", tools), Qt::LeftButton);
        QTRY_COMPARE(find<MessageBar>("blockLabel", tools)->text(), QStringLiteral("bob is blocked."));
        QTest::mouseClick(find<QPushButton>("unblockButton", tools), Qt::LeftButton);
        QTRY_COMPARE(find<MessageBar>("blockLabel", tools)->text(), QStringLiteral("bob may sign in."));

        tools->setCurrentProfile(QStringLiteral("demo-overkiz"));
        find<QLineEdit>("validationUserEdit", tools)->setText(QStringLiteral("alice@example.com"));
        QTest::mouseClick(find<QPushButton>("sendValidationButton", tools), Qt::LeftButton);
        QTRY_VERIFY(!m_fx.sandbox.lastToken(QStringLiteral("alice@example.com"), QStringLiteral("overkiz-validation")).isEmpty());
        find<QLineEdit>("validationTokenEdit", tools)->setText(m_fx.sandbox.lastToken(QStringLiteral("alice@example.com"), QStringLiteral("overkiz-validation")));
        QTest::mouseClick(find<QPushButton>("validateAccountButton", tools), Qt::LeftButton);
        QTRY_COMPARE(find<MessageBar>("validationLabel", tools)->text(), QStringLiteral("Validated."));

        find<QLineEdit>("gatewayEdit", tools)->setText(QStringLiteral("1234-5678-9012"));
        find<QLineEdit>("termsTokenEdit", tools)->setText(
            m_fx.sandbox.outbox(QString(), QStringLiteral("terms-of-use")).first().toObject().value(QStringLiteral("token")).toString());
        QTest::mouseClick(find<QPushButton>("acceptTermsButton", tools), Qt::LeftButton);
        QTRY_VERIFY(find<MessageBar>("termsLabel", tools)->text().contains(QLatin1String("accepted")));

        // Create a main account: sign-in first (asked for), then field-level validation.
        QTest::mouseClick(find<QPushButton>("createAccountButton", tools), Qt::LeftButton);
        QPointer<SignInDialog> s;
        QTRY_VERIFY((s = m_fx.window->findChild<SignInDialog *>()));
        find<QLineEdit>("secretEdit", s)->setText(QStringLiteral("Admin#2026"));
        QTest::mouseClick(find<QPushButton>("signInButton", s), Qt::LeftButton);
        QPointer<CreateAccountDialog> d;
        QTRY_VERIFY((d = m_fx.window->findChild<CreateAccountDialog *>()));
        find<QLineEdit>("emailEdit", d)->setText(QStringLiteral("not-an-address"));
        find<QLineEdit>("gatewayEdit", d)->setText(QStringLiteral("12-34"));
        QTest::mouseClick(find<QPushButton>("createButton", d), Qt::LeftButton);
        QVERIFY(!d->fieldError(QStringLiteral("label")).isEmpty());
        QVERIFY(!d->fieldError(QStringLiteral("endUser.email")).isEmpty());
        QVERIFY(!d->fieldError(QStringLiteral("gatewayId")).isEmpty());
        QVERIFY(!d->fieldError(QStringLiteral("password")).isEmpty());
        QVERIFY(m_fx.sandbox.requests(QStringLiteral("O11")).isEmpty());
        find<QLineEdit>("labelEdit", d)->setText(QStringLiteral("Lake house"));
        find<QLineEdit>("emailEdit", d)->setText(QStringLiteral("dora@example.com"));
        find<QLineEdit>("gatewayEdit", d)->setText(QStringLiteral("5555-6666-7777"));
        find<QLineEdit>("cityEdit", d)->setText(QStringLiteral("Lyon"));
        // A weak password (long enough for the server) needs the explicit "use anyway" first.
        find<QLineEdit>("newPasswordEdit", d)->setText(QStringLiteral("dora2026"));
        find<QLineEdit>("retypePasswordEdit", d)->setText(QStringLiteral("dora2026"));
        QVERIFY(find<QCheckBox>("useAnywayCheck", d)->isVisible());
        QTest::mouseClick(find<QPushButton>("createButton", d), Qt::LeftButton);
        QVERIFY2(d->fieldError(QStringLiteral("password")).contains(QLatin1String("weak")), qPrintable(d->fieldError(QStringLiteral("password"))));
        QVERIFY(m_fx.sandbox.requests(QStringLiteral("O11")).isEmpty());
        find<QLineEdit>("newPasswordEdit", d)->setText(QStringLiteral("Lantern-Quartz-Ferry-2026"));
        find<QLineEdit>("retypePasswordEdit", d)->setText(QStringLiteral("Lantern-Quartz-Ferry-2026"));
        QTest::mouseClick(find<QPushButton>("createButton", d), Qt::LeftButton);
        QTRY_VERIFY(!d || !d->isVisible());
        QCOMPARE(m_fx.sandbox.requests(QStringLiteral("O11")).last().toObject().value(QStringLiteral("status")).toInt(), 201);
    }
};

QTEST_MAIN(TestAccountTools)
#include "tst_accounttools.moc"
