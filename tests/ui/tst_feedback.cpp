// Feedback that tells the truth at a glance (#14): every failure shows where the person is
// looking, a success clears the error it answers, nothing stale stays on screen; the sign-in
// dialog's modes, throttling and keychain; the new-password fields. Runs without a D-Bus
// session, so that no system keychain is available (AUTHDESK_KEYCHAIN_EXPECT=none).
#include "AccountToolsView.h"
#include "ConsoleFixture.h"
#include "NewPasswordFields.h"
#include "PasswordChangeDialog.h"
#include "PasswordResetWizard.h"
#include "SessionManagerView.h"
#include "SessionTableModel.h"

#include <QProgressBar>
#include <QRadioButton>
#include <QStatusBar>
#include <QTabWidget>

using namespace authdesk;

class TestFeedback : public QObject
{
    Q_OBJECT
    ConsoleFixture m_fx;

    template <typename T>
    T *find(const char *name, QWidget *root = nullptr) const
    {
        return m_fx.find<T>(name, root);
    }
    // Every text a person can read in `root` right now: visible labels, the status bar's
    // message. (Message bars are made of labels too, so this holds before and after them.)
    static QStringList shown(QWidget *root)
    {
        QStringList texts;
        for (QLabel *l : root->findChildren<QLabel *>())
            if (l->isVisible() && !l->text().isEmpty())
                texts << l->text();
        if (auto *main = qobject_cast<QMainWindow *>(root))
            texts << main->statusBar()->currentMessage();
        return texts;
    }
    static bool shows(QWidget *root, const QString &part)
    {
        const QStringList t = shown(root);
        return std::any_of(t.cbegin(), t.cend(), [&](const QString &s) { return s.contains(part, Qt::CaseInsensitive); });
    }
    bool next(QWizard *w, int page)
    {
        QAbstractButton *b = w->button(QWizard::NextButton);
        if (!QTest::qWaitFor([&] { return b->isEnabled(); }, 10'000))
            return false;
        QTest::mouseClick(b, Qt::LeftButton);
        return QTest::qWaitFor([&] { return w->currentId() == page; }, 10'000);
    }
    QPointer<PasswordResetWizard> wizardAtPasswordPage()
    {
        QPointer<PasswordResetWizard> w = m_fx.window->openResetWizard(QStringLiteral("demo-enablex"));
        find<QLineEdit>("whoEdit", w)->setText(QStringLiteral("alice@example.com"));
        if (!next(w, PasswordResetWizard::RequestPage) || !next(w, PasswordResetWizard::KeyPage))
            return {};
        find<QLineEdit>("keyEdit", w)->setText(m_fx.sandbox.lastToken(QStringLiteral("alice@example.com")));
        if (!next(w, PasswordResetWizard::PasswordPage))
            return {};
        return w;
    }
    void type(QWidget *page, const QString &pw, const QString &again)
    {
        find<QLineEdit>("newPasswordEdit", page)->setText(pw);
        find<QLineEdit>("retypePasswordEdit", page)->setText(again);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_fx.startOnce(&error), qPrintable(error));
    }
    void init() { m_fx.freshWindow(); }
    void cleanup() { m_fx.closeWindow(); }

    // Bug: a wrong current password in the password change showed nothing in the dialog.
    void wrongCurrentPasswordIsSaidInTheDialog()
    {
        QVERIFY(m_fx.signInAdminP28());
        m_fx.window->openPasswordChange(QStringLiteral("demo-platform28"), QString());
        QPointer<PasswordChangeDialog> d;
        QTRY_VERIFY((d = m_fx.window->findChild<PasswordChangeDialog *>()));
        QVERIFY(find<QRadioButton>("selfRadio", d)->isChecked());
        find<QLineEdit>("userIdEdit", d)->setText(m_fx.sessions->status(QStringLiteral("demo-platform28")).state.userId);
        find<QLineEdit>("currentPasswordEdit", d)->setText(QStringLiteral("not-my-password"));
        type(d, QStringLiteral("Granite-Falls-Lantern-19"), QStringLiteral("Granite-Falls-Lantern-19"));
        QTest::mouseClick(find<QPushButton>("changeButton", d), Qt::LeftButton);
        QTRY_VERIFY2(shows(d, QStringLiteral("password is wrong")), qPrintable(shown(d).join(u'|')));
        QVERIFY(d->isVisible());
        d->reject();
    }

    // Bug: a wrong EnableX reset key after the request: Next did nothing, no word.
    void wrongResetKeyIsSaid()
    {
        QPointer<PasswordResetWizard> w = m_fx.window->openResetWizard(QStringLiteral("demo-enablex"));
        find<QLineEdit>("whoEdit", w)->setText(QStringLiteral("alice@example.com"));
        QVERIFY(next(w, PasswordResetWizard::RequestPage));
        QVERIFY(next(w, PasswordResetWizard::KeyPage));
        find<QLineEdit>("keyEdit", w)->setText(QStringLiteral("rk-0123456789abcdef"));
        QTest::mouseClick(w->button(QWizard::NextButton), Qt::LeftButton);
        QTRY_VERIFY2(shows(w->currentPage(), QStringLiteral("not valid")), qPrintable(shown(w->currentPage()).join(u'|')));
        QCOMPARE(w->currentId(), int(PasswordResetWizard::KeyPage));
        w->close();
    }

    // Bug: "Remember" ticked with no keychain on the system: not a word.
    void rememberWithoutKeychainIsSaid()
    {
        QPointer<SignInDialog> d = m_fx.window->openSignIn(QStringLiteral("demo-platform28"));
        QVERIFY(!shows(d, QStringLiteral("keychain")));
        find<QCheckBox>("rememberCheck", d)->setChecked(true);
        QTRY_VERIFY2(shows(d, QStringLiteral("keychain")), qPrintable(shown(d).join(u'|')));
        // In plain words: no status code of the keychain layer.
        QVERIFY2(!shows(d, QStringLiteral("no-keychain")), qPrintable(shown(d).join(u'|')));
        d->reject();
    }

    // Bug: "Session not found" came back in the status bar after every later message.
    void aStaleErrorDoesNotComeBack()
    {
        QVERIFY(m_fx.signInAdminP28());
        auto *view = m_fx.window->sessionManager();
        view->lookUp(QStringLiteral("s-missing"));
        QTRY_VERIFY(shows(view, QStringLiteral("not found")));
        view->lookUp(QStringLiteral("s-alice-1"));
        QTRY_VERIFY(view->model()->rowOf(QStringLiteral("demo-platform28"), QStringLiteral("s-alice-1")) >= 0);
        m_fx.window->statusBar()->clearMessage(); // what the status bar's timeout does
        QVERIFY2(!shows(m_fx.window.get(), QStringLiteral("not found")), qPrintable(shown(m_fx.window.get()).join(u'|')));
    }

    // Bug: "Invalid or expired token" stayed on screen next to "Validated.".
    void aSuccessClearsTheErrorItAnswers()
    {
        auto *tools = m_fx.window->accountTools();
        find<QTabWidget>("mainTabs")->setCurrentWidget(tools);
        tools->setCurrentProfile(QStringLiteral("demo-overkiz"));
        find<QLineEdit>("validationUserEdit", tools)->setText(QStringLiteral("alice@example.com"));
        find<QLineEdit>("validationTokenEdit", tools)->setText(QStringLiteral("not-a-token"));
        QTest::mouseClick(find<QPushButton>("validateAccountButton", tools), Qt::LeftButton);
        QTRY_VERIFY(shows(m_fx.window.get(), QStringLiteral("Invalid or expired token")));
        QTest::mouseClick(find<QPushButton>("sendValidationButton", tools), Qt::LeftButton);
        QTRY_VERIFY(!m_fx.sandbox.lastToken(QStringLiteral("alice@example.com"), QStringLiteral("overkiz-validation")).isEmpty());
        find<QLineEdit>("validationTokenEdit", tools)->setText(m_fx.sandbox.lastToken(QStringLiteral("alice@example.com"), QStringLiteral("overkiz-validation")));
        QTest::mouseClick(find<QPushButton>("validateAccountButton", tools), Qt::LeftButton);
        QTRY_VERIFY(shows(tools, QStringLiteral("Validated.")));
        m_fx.window->statusBar()->clearMessage();
        QVERIFY2(!shows(m_fx.window.get(), QStringLiteral("Invalid or expired token")), qPrintable(shown(m_fx.window.get()).join(u'|')));
    }

    // Bug: "The two passwords differ." stayed after they matched.
    void mismatchGoesWhenThePasswordsMatch()
    {
        auto w = wizardAtPasswordPage();
        QVERIFY(w);
        QWidget *page = w->currentPage();
        type(page, QStringLiteral("Sunflower-Orbit-Kettle-42"), QStringLiteral("Sunflower-Orbit-4"));
        QTest::mouseClick(w->button(QWizard::NextButton), Qt::LeftButton);
        QTRY_VERIFY(shows(page, QStringLiteral("differ")));
        find<QLineEdit>("retypePasswordEdit", page)->setText(QStringLiteral("Sunflower-Orbit-Kettle-42"));
        QVERIFY2(!shows(page, QStringLiteral("differ")), qPrintable(shown(page).join(u'|')));
        w->close();
    }
    // Each sign-in mode has its own fields: nothing typed for one shows in another, and the
    // error of the last mode's try goes with it.
    void signInModesKeepTheirOwnFields()
    {
        QPointer<SignInDialog> d = m_fx.window->openSignIn(QStringLiteral("demo-enablex"));
        auto *mode = find<QComboBox>("modeCombo", d);
        auto *user = find<QLineEdit>("userEdit", d);
        auto *secret = find<QLineEdit>("secretEdit", d);
        user->setText(QStringLiteral("bob@example.com"));
        secret->setText(QStringLiteral("not-bobs-password"));
        QTest::mouseClick(find<QPushButton>("signInButton", d), Qt::LeftButton);
        QTRY_VERIFY(find<MessageBar>("messageBar", d)->isVisible());
        QCOMPARE(find<MessageBar>("messageBar", d)->kind(), MessageBar::Kind::Error);
        mode->setCurrentIndex(1); // App ID / App Key
        QCOMPARE(user->text(), QString());
        QCOMPARE(secret->text(), QString());
        QVERIFY(find<MessageBar>("messageBar", d)->isHidden());
        user->setText(QStringLiteral("demo-app-id"));
        mode->setCurrentIndex(0); // back: what was typed there
        QCOMPARE(user->text(), QStringLiteral("bob@example.com"));
        QCOMPARE(secret->text(), QStringLiteral("not-bobs-password"));
        mode->setCurrentIndex(1);
        QCOMPARE(user->text(), QStringLiteral("demo-app-id"));
        d->reject();
        // Platform28: the password does not become the API key.
        d = m_fx.window->openSignIn(QStringLiteral("demo-platform28"));
        find<QLineEdit>("secretEdit", d)->setText(QStringLiteral("Admin#2026"));
        find<QComboBox>("modeCombo", d)->setCurrentIndex(1);
        QCOMPARE(find<QLineEdit>("secretEdit", d)->text(), QString());
        d->reject();
    }

    // A throttled sign-in (429 with Retry-After): the button waits with a live countdown.
    void throttledSignInCountsDown()
    {
        for (int i = 0; i < 5; ++i)
            QVERIFY(!m_fx.signIn(QStringLiteral("demo-overkiz"), 0, QStringLiteral("alice@example.com"), QStringLiteral("bad")));
        QPointer<SignInDialog> d = m_fx.window->findChild<SignInDialog *>();
        QVERIFY(d);
        find<QLineEdit>("secretEdit", d)->setText(QStringLiteral("Alice#2026"));
        auto *button = find<QPushButton>("signInButton", d);
        QTest::mouseClick(button, Qt::LeftButton);
        QTRY_VERIFY(find<MessageBar>("messageBar", d)->text().contains(QLatin1String("try again at")));
        QVERIFY(!button->isEnabled());
        static const QRegularExpression seconds(QStringLiteral("\\d+ s"));
        QVERIFY2(button->text().contains(seconds), qPrintable(button->text()));
        const QString first = button->text();
        QTRY_VERIFY(button->text() != first); // it counts
        QVERIFY(!button->isEnabled());
        d->reject();
    }

    // The keychain's state in plain words, as a warning, not a status code.
    void keychainStateInPlainWords()
    {
        QPointer<SignInDialog> d = m_fx.window->openSignIn(QStringLiteral("demo-platform28"));
        find<QCheckBox>("rememberCheck", d)->setChecked(true);
        auto *bar = find<MessageBar>("keychainBar", d);
        QTRY_VERIFY(bar->isVisible());
        QCOMPARE(bar->kind(), MessageBar::Kind::Warning);
        QVERIFY2(bar->text().contains(QLatin1String("until AuthDesk closes")), qPrintable(bar->text()));
        d->reject();
    }

    // Below score 3 a new password needs an explicit "use anyway".
    void aWeakPasswordNeedsUseAnyway()
    {
        auto w = wizardAtPasswordPage();
        QVERIFY(w);
        QWidget *page = w->currentPage();
        auto *anyway = find<QCheckBox>("useAnywayCheck", page);
        QVERIFY(anyway);
        type(page, QStringLiteral("Winter-2026"), QStringLiteral("Winter-2026")); // "Fair"
        QVERIFY(anyway->isVisible());
        QTest::mouseClick(w->button(QWizard::NextButton), Qt::LeftButton);
        QTRY_VERIFY(find<MessageBar>("messageBar", page)->text().contains(QLatin1String("weak")));
        QCOMPARE(w->currentId(), int(PasswordResetWizard::PasswordPage));
        anyway->setChecked(true);
        QVERIFY(find<MessageBar>("messageBar", page)->isHidden()); // answered
        QVERIFY(next(w, PasswordResetWizard::SummaryPage));
        // A strong one needs no confirmation.
        w->close();
        w = wizardAtPasswordPage();
        QVERIFY(w);
        type(w->currentPage(), QStringLiteral("Quiet-Granite-Lantern-Velvet-19"), QStringLiteral("Quiet-Granite-Lantern-Velvet-19"));
        QVERIFY(find<QCheckBox>("useAnywayCheck", w->currentPage())->isHidden());
        QVERIFY(next(w, PasswordResetWizard::SummaryPage));
        w->close();
    }

    // One meter: once the server (Overkiz O6) has judged the candidate, its verdict is what
    // the meter and its label show, and it decides (no "use anyway" for what it calls strong).
    void theMeterShowsTheServersVerdict()
    {
        QPointer<PasswordResetWizard> w = m_fx.window->openResetWizard(QStringLiteral("demo-overkiz"));
        find<QLineEdit>("whoEdit", w)->setText(QStringLiteral("alice@example.com"));
        QVERIFY(next(w, PasswordResetWizard::RequestPage));
        QVERIFY(next(w, PasswordResetWizard::PasswordPage));
        QWidget *page = w->currentPage();
        const QString pw = QStringLiteral("Aaaaaaaaaaaaaaaaaaaa1!"); // weak for zxcvbn, "Strong" for the server
        type(page, pw, pw);
        QTRY_VERIFY2(find<QLabel>("strengthLabel", page)->text().contains(QLatin1String("Strong")),
                     qPrintable(find<QLabel>("strengthLabel", page)->text()));
        QCOMPARE(find<QProgressBar>("strengthMeter", page)->value(), 4);
        QVERIFY(find<QCheckBox>("useAnywayCheck", page)->isHidden());
        QVERIFY(!find<QLabel>("serverVerdictLabel", page)); // no second verdict beside it
        w->close();
    }

    // A pasted reset link is taken apart at once; one without a key is refused at once.
    void aPastedResetLinkGivesItsKey()
    {
        QPointer<PasswordResetWizard> w = m_fx.window->openResetWizard(QStringLiteral("demo-enablex"));
        find<QLineEdit>("whoEdit", w)->setText(QStringLiteral("alice@example.com"));
        QVERIFY(next(w, PasswordResetWizard::RequestPage));
        QVERIFY(next(w, PasswordResetWizard::KeyPage));
        const QString key = m_fx.sandbox.lastToken(QStringLiteral("alice@example.com"));
        auto *edit = find<QLineEdit>("keyEdit", w);
        edit->setText(QStringLiteral("https://reset.example.com/reset?lang=en&key=") + key);
        QCOMPARE(edit->text(), key);
        edit->setText(QStringLiteral("https://reset.example.com/reset#token=") + key);
        QCOMPARE(edit->text(), key);
        edit->setText(QStringLiteral("https://reset.example.com/reset?lang=en"));
        QCOMPARE(find<MessageBar>("messageBar", w->currentPage())->kind(), MessageBar::Kind::Error);
        QVERIFY(find<MessageBar>("messageBar", w->currentPage())->text().contains(QLatin1String("no reset key")));
        QVERIFY(!w->button(QWizard::NextButton)->isEnabled());
        edit->setText(QStringLiteral("https://reset.example.com/reset?key=") + key);
        QVERIFY(next(w, PasswordResetWizard::PasswordPage));
        w->close();
    }
};

QTEST_MAIN(TestFeedback)
#include "tst_feedback.moc"
