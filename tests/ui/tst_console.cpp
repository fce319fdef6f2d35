// The console end to end: real widgets on the offscreen platform, found by objectName,
// against the real sandbox over loopback HTTP and (through tests/with-keyring.sh) a real
// gnome-keyring. Modal questions are answered by ScriptedPrompter; waits are QTRY_*.
#include "ActivityView.h"
#include "Backend.h"
#include "CoreContext.h"
#include "FakeServer.h"
#include "DemoProfiles.h"
#include "MainWindow.h"
#include "MessageBar.h"
#include "ProfileDialog.h"
#include "ProfileListModel.h"
#include "ProfileSessions.h"
#include "ProfileStore.h"
#include "SandboxLauncher.h"
#include "SandboxProcess.h"
#include "ConsoleFixture.h"
#include "ScriptedPrompter.h"
#include "SessionDetailsPane.h"
#include "SessionManagerView.h"
#include "SessionTableModel.h"
#include "SignInDialog.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using namespace authdesk;

class TestConsole : public QObject
{
    Q_OBJECT
    ConsoleFixture m_fx;
    SandboxProcess &m_sandbox = m_fx.sandbox;
    QTemporaryDir &m_dir = m_fx.dir;
    std::unique_ptr<ProfileStore> &m_store = m_fx.store;
    std::unique_ptr<ProfileSessions> &m_sessions = m_fx.sessions;
    std::unique_ptr<MainWindow> &m_window = m_fx.window;

    template <typename T>
    T *find(const char *name, QWidget *root = nullptr) const
    {
        return m_fx.find<T>(name, root);
    }
    QString profileState(const QString &id) const { return m_window->profileModel()->stateText(id); }
    void saveShot(QWidget *w, const char *name) { m_fx.saveShot(w, name); }
    bool signInWithDialog(const QString &profileId, int modeIndex, const QString &user, const QString &secret, bool remember = false)
    {
        return m_fx.signIn(profileId, modeIndex, user, secret, remember);
    }
    bool signInAdminP28(bool remember = false) { return m_fx.signInAdminP28(remember); }
    int modelRows() const { return m_window->sessionManager()->model()->rowCount(); }

    ScriptedPrompter *m_prompter = nullptr;

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_fx.startOnce(&error), qPrintable(error));
        m_prompter = m_fx.prompter;
    }
    void init() { m_fx.freshWindow(); }
    void cleanup() { m_fx.closeWindow(); }

    void demoStartsTheSandboxAndCreatesProfiles()
    {
        SandboxLauncher launcher;
        QSignalSpy ready(&launcher, &SandboxLauncher::ready);
        launcher.start();
        QVERIFY(ready.wait(15'000));
        const QUrl url = ready.first().first().toUrl();
        QCOMPARE(url.host(), QStringLiteral("127.0.0.1"));
        ProfileStore store(m_dir.filePath(QStringLiteral("demo.ini")));
        QCOMPARE(DemoProfiles::install(store, url).size(), 3);
        CoreContext core;
        ProfileSessions sessions(store, core);
        MainWindow window(store, sessions);
        window.show();
        QCOMPARE(window.profileModel()->rowCount(), 3);
        QVERIFY(window.profileModel()->index(0).data().toString().contains(QLatin1String("signed out")));
        launcher.stop();
        QVERIFY(!launcher.isRunning());
    }

    void signInEveryDialectAndMode_data()
    {
        QTest::addColumn<QString>("profile");
        QTest::addColumn<int>("mode");
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("secret");
        QTest::addColumn<QString>("who");
        QTest::newRow("enablex password") << "demo-enablex" << 0 << "admin@example.com" << "Admin#2026" << "admin@example.com";
        QTest::newRow("enablex app key") << "demo-enablex" << 1 << "demo-app-id" << "demo-app-key" << "demo-app-id";
        QTest::newRow("p28 password") << "demo-platform28" << 0 << "admin" << "Admin#2026" << "admin";
        QTest::newRow("p28 api key") << "demo-platform28" << 1 << "" << "p28-demo-key" << "API key";
        QTest::newRow("overkiz password") << "demo-overkiz" << 0 << "admin@example.com" << "Admin#2026" << "admin@example.com";
        QTest::newRow("overkiz sso") << "demo-overkiz" << 1 << "alice@example.com" << "demo-sso-token" << "alice@example.com";
        QTest::newRow("overkiz access token") << "demo-overkiz" << 2 << "" << "demo-access-token" << "token user";
        QTest::newRow("overkiz jwt") << "demo-overkiz" << 3 << "" << "demo.jwt.token" << "token user";
    }
    void signInEveryDialectAndMode()
    {
        QFETCH(QString, profile);
        QFETCH(int, mode);
        QFETCH(QString, user);
        QFETCH(QString, secret);
        QFETCH(QString, who);
        QVERIFY(signInWithDialog(profile, mode, user, secret, true));
        QVERIFY(m_sessions->status(profile).state.signedIn);
        QVERIFY2(profileState(profile).contains(QStringLiteral("signed in as %1").arg(who)), qPrintable(profileState(profile)));
        // The own sign-in shows in the session table too.
        QTRY_VERIFY(modelRows() >= 1);
        if (profile == u"demo-enablex" && mode == 0) {
            QVERIFY(profileState(profile).contains(QLatin1String("expires in 1")));
            saveShot(m_window.get(), "console-signed-in");
        }
    }

    void wrongPasswordIsShownInlineAndNothingIsLost()
    {
        QPointer<SignInDialog> d = m_window->openSignIn(QStringLiteral("demo-platform28"));
        find<QLineEdit>("userEdit", d)->setText(QStringLiteral("alice"));
        QTest::keyClicks(find<QLineEdit>("secretEdit", d), QStringLiteral("not-her-password"));
        QTest::mouseClick(find<QPushButton>("signInButton", d), Qt::LeftButton);
        QTRY_VERIFY(find<MessageBar>("messageBar", d)->isVisible());
        QVERIFY(find<MessageBar>("messageBar", d)->text().contains(QLatin1String("wrong")));
        QVERIFY(d->isVisible());
        QCOMPARE(find<QLineEdit>("userEdit", d)->text(), QStringLiteral("alice"));
        QCOMPARE(find<QLineEdit>("secretEdit", d)->text(), QStringLiteral("not-her-password"));
        saveShot(d, "sign-in-error");
        // Blocked users are told so.
        find<QLineEdit>("userEdit", d)->setText(QStringLiteral("carol"));
        find<QLineEdit>("secretEdit", d)->setText(QStringLiteral("Carol#2026"));
        QTest::mouseClick(find<QPushButton>("signInButton", d), Qt::LeftButton);
        QTRY_VERIFY(find<MessageBar>("messageBar", d)->text().contains(QLatin1String("blocked")));
        // Empty fields never reach the server.
        find<QLineEdit>("secretEdit", d)->clear();
        QTest::mouseClick(find<QPushButton>("signInButton", d), Qt::LeftButton);
        QVERIFY(find<MessageBar>("messageBar", d)->text().contains(QLatin1String("Fill in the field")));
        d->reject();
    }

    void throttledSignInSaysWhenToRetry()
    {
        for (int i = 0; i < 5; ++i)
            QVERIFY(!signInWithDialog(QStringLiteral("demo-overkiz"), 0, QStringLiteral("alice@example.com"), QStringLiteral("bad")));
        QPointer<SignInDialog> d = m_window->findChild<SignInDialog *>();
        QVERIFY(d);
        find<QLineEdit>("secretEdit", d)->setText(QStringLiteral("Alice#2026"));
        QTest::mouseClick(find<QPushButton>("signInButton", d), Qt::LeftButton);
        QTRY_VERIFY(find<MessageBar>("messageBar", d)->text().contains(QLatin1String("try again at")));
        d->reject();
    }

    void capsLockHint()
    {
        QPointer<SignInDialog> d = m_window->openSignIn(QStringLiteral("demo-platform28"));
        auto *secret = find<QLineEdit>("secretEdit", d);
        QTest::keyClick(secret, Qt::Key_A, Qt::NoModifier, -1);
        QVERIFY(find<QLabel>("capsLockLabel", d)->isHidden());
        QKeyEvent upper(QEvent::KeyPress, Qt::Key_A, Qt::NoModifier, QStringLiteral("A"));
        QApplication::sendEvent(secret, &upper);
        QVERIFY(!find<QLabel>("capsLockLabel", d)->isHidden());
        d->reject();
    }

    void expiredSessionAsksAndTheActionContinues()
    {
        QVERIFY(signInAdminP28(false));
        QVERIFY(m_sandbox.advanceClock(31 * 60));
        auto *view = m_window->sessionManager();
        find<QLineEdit>("lookupEdit", view)->setText(QStringLiteral("s-alice-1"));
        QVERIFY(m_sandbox.control("POST", QStringLiteral("/_sandbox/seed"),
                                  QJsonDocument(QJsonObject{{QStringLiteral("platform28"),
                                                             QJsonObject{{QStringLiteral("sessions"),
                                                                          QJsonArray{QJsonObject{{QStringLiteral("sessionId"), QStringLiteral("s-fresh")},
                                                                                                 {QStringLiteral("userId"), QStringLiteral("u-bob")}}}}}}}))
                    .object().value(QStringLiteral("ok")).toBool());
        find<QLineEdit>("lookupEdit", view)->setText(QStringLiteral("s-fresh"));
        QTest::mouseClick(find<QPushButton>("lookupButton", view), Qt::LeftButton);
        QPointer<SignInDialog> d;
        QTRY_VERIFY((d = m_window->findChild<SignInDialog *>()));
        QVERIFY(find<QLabel>("introLabel", d)->text().contains(QLatin1String("Sign in again")));
        QTest::keyClicks(find<QLineEdit>("secretEdit", d), QStringLiteral("Admin#2026"));
        QTest::mouseClick(find<QPushButton>("signInButton", d), Qt::LeftButton);
        // The interrupted look-up finishes by itself.
        QTRY_VERIFY(view->model()->rowOf(QStringLiteral("demo-platform28"), QStringLiteral("s-fresh")) >= 0);
        QCOMPARE(view->details()->value(QStringLiteral("userId")), QStringLiteral("u-bob"));
    }

    void enablexTokenIsRenewedSilentlyWhenRemembered()
    {
        QVERIFY(signInWithDialog(QStringLiteral("demo-enablex"), 0, QStringLiteral("admin@example.com"), QStringLiteral("Admin#2026"), true));
        m_fx.context.clock().setOffset(14 * 60 + 10); // 50 s before the token's 15 minutes
        m_sessions->checkExpiry();
        QTRY_COMPARE(m_sandbox.requests(QStringLiteral("E1")).size(), 2);
        QVERIFY(!m_window->findChild<SignInDialog *>());
        QTRY_VERIFY(m_sessions->status(QStringLiteral("demo-enablex")).state.expiresAt > m_fx.context.clock().now().addSecs(14 * 60));
    }

    void notRememberedAsksBeforeExpiry()
    {
        QVERIFY(signInWithDialog(QStringLiteral("demo-enablex"), 0, QStringLiteral("admin@example.com"), QStringLiteral("Admin#2026"), false));
        m_fx.context.clock().setOffset(14 * 60 + 10);
        m_sessions->checkExpiry();
        QPointer<SignInDialog> d;
        QTRY_VERIFY((d = m_window->findChild<SignInDialog *>()));
        QVERIFY(find<QLabel>("introLabel", d)->text().contains(QLatin1String("expires in")));
        QCOMPARE(m_sandbox.requests(QStringLiteral("E1")).size(), 1); // nothing silent without consent
        d->reject();
    }

    void aHundredThousandRowsFilter()
    {
        // Behaviour at scale (the speed is measured in tests/bench, not here).
        auto *view = m_window->sessionManager();
        QList<P28Session> many;
        many.reserve(100'000);
        for (int i = 0; i < 100'000; ++i) {
            P28Session s;
            s.sessionId = QStringLiteral("s-%1").arg(i, 6, 10, QLatin1Char('0'));
            s.userId = QStringLiteral("u-%1").arg(i % 977);
            many << s;
        }
        view->model()->upsert(QStringLiteral("demo-platform28"), QStringLiteral("Demo Platform28"), many);
        QCOMPARE(view->model()->rowCount(), 100'000);
        find<QLineEdit>("filterEdit", view)->setText(QStringLiteral("u-976"));
        QTRY_COMPARE(view->table()->model()->rowCount(), 102); // 100000 / 977, rounded up where it falls
    }

    void sessionActions()
    {
        QVERIFY(signInAdminP28());
        auto *view = m_window->sessionManager();
        find<QLineEdit>("userIdEdit", view)->setText(QStringLiteral("u-alice"));
        QTest::mouseClick(find<QPushButton>("listButton", view), Qt::LeftButton);
        QTRY_VERIFY(view->model()->rowOf(QStringLiteral("demo-platform28"), QStringLiteral("s-alice-2")) >= 0);
        auto select = [&](const QString &id) -> bool {
            find<QLineEdit>("filterEdit", view)->setText(id);
            auto *m = view->table()->model();
            auto rowOfId = [&] {
                for (int r = 0; r < m->rowCount(); ++r)
                    if (m->index(r, SessionTableModel::SessionCol).data().toString() == id)
                        return r;
                return -1;
            };
            // Wait for the filter (applied after a short typing pause) to narrow the table.
            if (!QTest::qWaitFor([&] { return m->rowCount() <= 2 && rowOfId() >= 0; }, 5000))
                return false;
            view->table()->selectRow(rowOfId());
            return view->details()->value(QStringLiteral("sessionId")) == id;
        };
        QVERIFY(select(QStringLiteral("s-alice-1")));
        saveShot(m_window.get(), "session-manager");

        m_prompter->texts.enqueue(QStringLiteral("u-bob"));
        QTest::mouseClick(find<QPushButton>("setUserButton", view), Qt::LeftButton);
        QTRY_COMPARE(view->details()->value(QStringLiteral("effectiveUserId")), QStringLiteral("u-bob"));
        m_prompter->texts.enqueue(QStringLiteral("org-3"));
        QTest::mouseClick(find<QPushButton>("setOrgButton", view), Qt::LeftButton);
        QTRY_COMPARE(view->details()->value(QStringLiteral("effectiveOrgId")), QStringLiteral("org-3"));
        QTest::mouseClick(find<QPushButton>("resetIdentityButton", view), Qt::LeftButton);
        QTRY_COMPARE(view->details()->value(QStringLiteral("effectiveUserId")), QStringLiteral("u-alice"));

        QTest::mouseClick(find<QPushButton>("copyIdButton", view), Qt::LeftButton);
        QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("s-alice-1"));

        const int before = modelRows();
        QTest::mouseClick(find<QPushButton>("cloneButton", view), Qt::LeftButton);
        QTRY_COMPARE(modelRows(), before + 1);

        // Declining the confirmation changes nothing.
        m_prompter->confirmAnswer = false;
        QTest::mouseClick(find<QPushButton>("terminateButton", view), Qt::LeftButton);
        QCOMPARE(modelRows(), before + 1);
        m_prompter->confirmAnswer = true;
        QVERIFY(select(QStringLiteral("s-alice-1")));
        QTest::keyClick(view->table(), Qt::Key_Delete);
        QTRY_COMPARE(view->model()->rowOf(QStringLiteral("demo-platform28"), QStringLiteral("s-alice-1")), -1);
        QVERIFY(select(QStringLiteral("s-alice-2")));
        QTest::mouseClick(find<QPushButton>("terminateUserButton", view), Qt::LeftButton);
        QTRY_COMPARE(view->model()->rowOf(QStringLiteral("demo-platform28"), QStringLiteral("s-alice-2")), -1);
        QVERIFY(m_prompter->asked.contains(QStringLiteral("Terminate all sessions")));

        // The activity view keeps them as history.
        auto *activity = m_window->activity();
        QSignalSpy reloaded(activity, &ActivityView::reloaded);
        activity->reload(); // read in a thread of its own
        QVERIFY(reloaded.wait(10'000));
        QVERIFY(activity->visibleRows() >= 6);
        find<QLineEdit>("activityFilterEdit", activity)->setText(QStringLiteral("terminate"));
        QCOMPARE(activity->visibleRows(), 2);
        const QString csv = m_dir.filePath(QStringLiteral("activity.csv"));
        m_prompter->saveFile = csv;
        QTest::mouseClick(find<QPushButton>("activityExportButton", activity), Qt::LeftButton);
        QFile f(csv);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll().count('\n'), 3);

        // It says whether the log's hash chain holds, and where it broke.
        auto *chain = find<QLabel>("auditChainLabel", activity);
        QSignalSpy verified(activity, &ActivityView::chainVerified);
        activity->verifyChain(); // in a thread of its own: the window does not wait for it
        QVERIFY(verified.wait(10'000));
        QVERIFY2(chain->text().contains(QLatin1String("intact")), qPrintable(chain->text()));
        QFile log(m_dir.filePath(QStringLiteral("audit.jsonl")));
        QVERIFY(log.open(QIODevice::ReadWrite));
        QByteArray text = log.readAll();
        const qsizetype at = text.indexOf("\"outcome\":\"ok\"");
        QVERIFY(at > 0);
        text[at + 11] = 'O'; // one byte of one outcome
        log.seek(0);
        log.write(text);
        log.close();
        verified.clear();
        activity->verifyChain();
        // Not hashed here: the window's thread goes on, the verdict comes when the check ends
        // (it froze the window for 0.8 s with a bulk job's log).
        QVERIFY2(chain->text().contains(QLatin1String("intact")), qPrintable(chain->text()));
        QVERIFY(verified.wait(10'000));
        QVERIFY2(chain->text().contains(QLatin1String("changed")), qPrintable(chain->text()));
    }

    void listingUnsupportedOffersLookUp()
    {
        QVERIFY(signInAdminP28());
        QVERIFY(m_sandbox.addFault({{QStringLiteral("route"), QStringLiteral("P15")}, {QStringLiteral("kind"), QStringLiteral("status")},
                                    {QStringLiteral("status"), 405}}));
        auto *view = m_window->sessionManager();
        find<QLineEdit>("userIdEdit", view)->setText(QStringLiteral("u-alice"));
        QTest::mouseClick(find<QPushButton>("listButton", view), Qt::LeftButton);
        QTRY_VERIFY(!find<QLabel>("listUnsupportedLabel", view)->isHidden());
    }

    void theProxyPasswordGoesToTheKeychain()
    {
        ProfileDialog d(m_fx.context, Profile{});
        d.setSaver([this](const Profile &p) { return m_fx.sessions->saveProfile(p); });
        d.show();
        find<QLineEdit>("nameEdit", &d)->setText(QStringLiteral("Behind a proxy"));
        find<QComboBox>("dialectCombo", &d)->setCurrentIndex(1);
        find<QLineEdit>("urlEdit", &d)->setText(QStringLiteral("https://proxied.example/p28/api/v2"));
        find<QLineEdit>("proxyEdit", &d)->setText(QStringLiteral("http://bob@127.0.0.1:9"));
        QTest::keyClicks(find<QLineEdit>("proxyPasswordEdit", &d), QStringLiteral("Console-Pr0xy"));
        QVERIFY2(find<QPushButton>("saveButton", &d)->isEnabled(), qPrintable(find<MessageBar>("problemLabel", &d)->text()));
        QTest::mouseClick(find<QPushButton>("saveButton", &d), Qt::LeftButton);
        QTRY_VERIFY(!d.isVisible());
        const QString id = d.savedProfile().id;
        QFile ini(m_dir.filePath(QStringLiteral("profiles.ini")));
        QVERIFY(ini.open(QIODevice::ReadOnly));
        QVERIFY(!ini.readAll().contains("Console-Pr0xy"));
        std::optional<KeychainStore::Outcome> got;
        m_fx.sessions->keychain().read(KeychainStore::key(id, QStringLiteral("proxy")), [&](const KeychainStore::Outcome &o) { got = o; });
        QTRY_VERIFY(got.has_value());
        QCOMPARE(got->value, QStringLiteral("Console-Pr0xy"));
    }

    void profileDialogValidatesAndTests()
    {
        ProfileDialog d(m_fx.context, Profile{});
        d.show();
        find<QLineEdit>("nameEdit", &d)->setText(QStringLiteral("Remote"));
        find<QComboBox>("dialectCombo", &d)->setCurrentIndex(1);
        find<QLineEdit>("urlEdit", &d)->setText(QStringLiteral("http://example.com/api"));
        QVERIFY(!find<QPushButton>("saveButton", &d)->isEnabled());
        QVERIFY(find<MessageBar>("problemLabel", &d)->text().contains(QLatin1String("loopback")));
        QCOMPARE(find<MessageBar>("problemLabel", &d)->kind(), MessageBar::Kind::Warning);
        find<QLineEdit>("urlEdit", &d)->setText(m_sandbox.platform28Url().toString());
        QVERIFY(find<QPushButton>("saveButton", &d)->isEnabled());
        QTest::mouseClick(find<QPushButton>("testButton", &d), Qt::LeftButton);
        QTRY_COMPARE(find<MessageBar>("testResultLabel", &d)->text(), QStringLiteral("The server answers."));
        QCOMPARE(find<MessageBar>("testResultLabel", &d)->kind(), MessageBar::Kind::Success);
        QVERIFY(find<MessageBar>("problemLabel", &d)->isHidden()); // nothing left to say
        // A server that is not there: an error where the person looks, not a success.
        find<QLineEdit>("urlEdit", &d)->setText(QStringLiteral("http://127.0.0.1:9/api/v2"));
        QTest::mouseClick(find<QPushButton>("testButton", &d), Qt::LeftButton);
        QTRY_COMPARE(find<MessageBar>("testResultLabel", &d)->kind(), MessageBar::Kind::Error);
        QVERIFY(!find<MessageBar>("testResultLabel", &d)->text().isEmpty());
        find<QLineEdit>("proxyEdit", &d)->setText(QStringLiteral("ftp://nope"));
        QVERIFY(!find<QPushButton>("saveButton", &d)->isEnabled());
    }

    void everyControlHasAnAccessibleName()
    {
        QPointer<SignInDialog> d = m_window->openSignIn(QStringLiteral("demo-overkiz"));
        QStringList missing;
        for (QWidget *root : {static_cast<QWidget *>(m_window.get()), static_cast<QWidget *>(d.data())}) {
            for (QWidget *w : root->findChildren<QWidget *>()) {
                if (!w->isVisibleTo(root) || w->objectName().startsWith(QLatin1String("qt_")))
                    continue;
                const bool input = qobject_cast<QLineEdit *>(w) || qobject_cast<QComboBox *>(w) || qobject_cast<QTableView *>(w)
                    || qobject_cast<QListView *>(w);
                const auto *button = qobject_cast<QAbstractButton *>(w);
                if ((input && w->accessibleName().isEmpty()) || (button && button->text().isEmpty() && button->accessibleName().isEmpty()))
                    missing << w->objectName() + u'(' + QString::fromLatin1(w->metaObject()->className()) + u')';
            }
        }
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(u", ")));
        d->reject();
    }

    void settingsPersistAcrossRuns()
    {
        m_window->selectProfile(QStringLiteral("demo-overkiz"));
        m_window->close();
        MainWindow again(*m_store, *m_sessions);
        QCOMPARE(again.currentProfileId(), QStringLiteral("demo-overkiz"));
    }

    // A signed-in, remembered profile edited in the console to another server: signed out
    // here at once, its backend follows the new address, the new server gets no session
    // secret and no password, and nothing is left in the keychain for the next start.
    void profileEditedWhileSignedInForgetsItsSecrets()
    {
        QVERIFY(signInAdminP28(true));
        FakeServer other;
        m_window->selectProfile(QStringLiteral("demo-platform28"));
        m_window->findChild<QAction *>(QStringLiteral("actionEditProfile"))->trigger();
        QPointer<ProfileDialog> d = m_window->findChild<ProfileDialog *>();
        QVERIFY(d);
        find<QLineEdit>("urlEdit", d)->setText(other.url(QStringLiteral("/p28/api/v2")).toString());
        QTest::mouseClick(find<QPushButton>("saveButton", d), Qt::LeftButton);
        QTRY_VERIFY(!d);
        QVERIFY(!m_sessions->status(QStringLiteral("demo-platform28")).state.signedIn);
        QCOMPARE(m_sessions->backend(QStringLiteral("demo-platform28"))->profile().baseUrl, other.url(QStringLiteral("/p28/api/v2")));
        // An action now asks for a sign-in instead of sending the old LSID; cancelling it
        // says why nothing was done.
        m_window->sessionManager()->lookUp(QStringLiteral("s-bob-1"));
        QPointer<SignInDialog> signIn = m_window->findChild<SignInDialog *>();
        QVERIFY(signIn);
        signIn->reject();
        QTRY_VERIFY(find<MessageBar>("messageBar", m_window->sessionManager())->isVisible());
        QTest::qWait(200);
        QVERIFY(other.requests().isEmpty());
        ProfileSessions next(*m_store, m_fx.context); // the next start of the console
        next.restore(QStringLiteral("demo-platform28"));
        QTest::qWait(300);
        QVERIFY(!next.status(QStringLiteral("demo-platform28")).state.signedIn);
        QVERIFY(!next.status(QStringLiteral("demo-platform28")).remembered);
        QCOMPARE(m_sandbox.requests(QStringLiteral("P1")).size(), 1);
    }

    // Help: version and system information for bug reports (no secret, no server address),
    // the user guide found in the tree, About Qt.
    void helpMenuCopiesSystemInformation()
    {
        QVERIFY(signInAdminP28(false));
        m_window->findChild<QAction *>(QStringLiteral("actionCopySystemInfo"))->trigger();
        const QString info = QGuiApplication::clipboard()->text();
        QVERIFY2(info.startsWith(QLatin1String("AuthDesk ")) && info.contains(QLatin1String("Qt ")) && info.contains(QLatin1String("Keychain:")), qPrintable(info));
        QVERIFY(!info.contains(m_sandbox.baseUrl().toString()) && !info.contains(QLatin1String("Admin#2026")) && !info.contains(QLatin1String("admin")));
        QVERIFY(m_window->findChild<QAction *>(QStringLiteral("actionAboutQt")));
        QVERIFY(!MainWindow::userGuidePath().isEmpty());
    }

    void rememberedSignInComesBackFromTheKeychain()
    {
        if (qEnvironmentVariable("AUTHDESK_KEYCHAIN_EXPECT") != u"available")
            QSKIP("needs the gnome-keyring session of tests/with-keyring.sh");
        QVERIFY(signInAdminP28(true));
        ProfileSessions next(*m_store, m_fx.context); // like the next start of the console
        QSignalSpy changed(&next, &ProfileSessions::statusChanged);
        next.restore(QStringLiteral("demo-platform28"));
        QTRY_VERIFY(next.status(QStringLiteral("demo-platform28")).state.signedIn);
        QCOMPARE(next.status(QStringLiteral("demo-platform28")).state.who, QStringLiteral("admin"));
        QCOMPARE(m_sandbox.requests(QStringLiteral("P1")).size(), 1);
        // Sign out clears server and local state, keychain included.
        m_window->selectProfile(QStringLiteral("demo-platform28"));
        m_window->findChild<QAction *>(QStringLiteral("actionSignOut"))->trigger();
        QTRY_VERIFY(!m_sessions->status(QStringLiteral("demo-platform28")).state.signedIn);
        ProfileSessions third(*m_store, m_fx.context);
        third.restore(QStringLiteral("demo-platform28"));
        QTest::qWait(300); // a restore that finds nothing emits nothing; give it the chance to be wrong
        QVERIFY(!third.status(QStringLiteral("demo-platform28")).state.signedIn);
    }
};

QTEST_MAIN(TestConsole)
#include "tst_console.moc"
