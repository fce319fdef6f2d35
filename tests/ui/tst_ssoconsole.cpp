// "Sign in with SSO" in the console's sign-in dialog (issue #16, part 2), driven by
// objectName on real widgets: the authorization code flow opens the system browser
// (QDesktopServices; here a URL handler standing in for it hands the URL to BrowserAgent,
// which plays the person on the real OpenID provider's pages and follows its redirect to
// the dialog's loopback listener); the sandbox verifies the token it gets.
#include "BrowserAgent.h"
#include "ConsoleFixture.h"
#include "IdentityProviderBox.h"
#include "OidcProviderProcess.h"
#include "ProfileDialog.h"

#include <QDesktopServices>

using namespace authdesk;

class TestSsoConsole : public QObject
{
    Q_OBJECT
    ConsoleFixture m_fx;
    OidcProviderProcess m_provider;
    BrowserAgent::Answer m_answer = BrowserAgent::Answer::Approve;
    bool m_deliver = true;
    int m_opened = 0;
    QUrl m_redirect;

    QPointer<SignInDialog> openOverkiz(bool withProvider)
    {
        Profile p = *m_fx.store->find(QStringLiteral("demo-overkiz"));
        if (withProvider) {
            p.identityProvider.issuer = m_provider.issuer();
            p.identityProvider.clientId = QStringLiteral("authdesk");
            p.identityProvider.resource = QStringLiteral("https://overkiz.test/");
        }
        if (!m_fx.store->save(p).ok())
            return {};
        m_fx.sessions->profileChanged(p.id);
        return m_fx.window->openSignIn(p.id);
    }
    MessageBar *bar(QWidget *d) const { return m_fx.find<MessageBar>("messageBar", d); }

public Q_SLOTS:
    // The "system browser": the person signs in (or not) on the provider's pages.
    void openUrl(const QUrl &url)
    {
        ++m_opened;
        QTimer::singleShot(0, this, [this, url] {
            BrowserAgent agent;
            QString error;
            m_redirect = agent.run(url, QStringLiteral("alice@example.com"), m_answer, &error);
            if (!error.isEmpty())
                qWarning() << "browser agent:" << error;
            if (m_deliver && !m_redirect.isEmpty())
                agent.get(m_redirect);
        });
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_fx.startOnce(&error), qPrintable(error));
        QVERIFY2(m_provider.start({}, &error), qPrintable(error));
        QDesktopServices::setUrlHandler(QStringLiteral("http"), this, "openUrl");
    }
    void init()
    {
        m_fx.freshWindow();
        QVERIFY(m_fx.sandbox.setConfig({{QStringLiteral("oidcIssuer"), m_provider.issuer().toString()},
                                        {QStringLiteral("oidcAudiences"), QJsonArray{QStringLiteral("authdesk")}}})); // the ID token's audience
        m_answer = BrowserAgent::Answer::Approve;
        m_deliver = true;
        m_opened = 0;
        m_redirect.clear();
    }
    void cleanup() { m_fx.closeWindow(); }
    void cleanupTestCase() { QDesktopServices::unsetUrlHandler(QStringLiteral("http")); }

    void ssoSignsInThroughTheBrowser()
    {
        QPointer<SignInDialog> d = openOverkiz(true);
        QVERIFY(d);
        auto *sso = m_fx.find<QPushButton>("ssoButton", d);
        QVERIFY(sso && sso->isVisible());
        m_fx.saveShot(d, "signin-sso");
        QTest::mouseClick(sso, Qt::LeftButton);
        QVERIFY2(QTest::qWaitFor([&] { return !d || !d->isVisible(); }, 20'000), d ? qPrintable(bar(d)->text()) : "");
        QCOMPARE(m_opened, 1);
        const auto status = m_fx.sessions->status(QStringLiteral("demo-overkiz"));
        QVERIFY(status.state.signedIn);
        QCOMPARE(status.state.who, QStringLiteral("alice@example.com"));
        QCOMPARE(m_fx.sandbox.requests(QStringLiteral("O1")).size(), 1);
    }

    // With Remember ticked the provider's refresh token goes to the keychain (never the
    // settings file), and the sign-in is kept as remembered.
    void rememberKeepsTheRefreshTokenInTheKeychain()
    {
        QPointer<SignInDialog> d = openOverkiz(true);
        m_fx.find<QCheckBox>("rememberCheck", d)->setChecked(true);
        QTest::mouseClick(m_fx.find<QPushButton>("ssoButton", d), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!d || !d->isVisible(), 20'000);
        const auto status = m_fx.sessions->status(QStringLiteral("demo-overkiz"));
        QVERIFY(status.state.signedIn);
        QVERIFY(status.remembered);
        const auto &kept = m_fx.sessions->backend(QStringLiteral("demo-overkiz"))->rememberedCredentials();
        QVERIFY(kept && !kept->refreshToken.isEmpty());
        QFile ini(m_fx.dir.filePath(QStringLiteral("profiles.ini")));
        QVERIFY(ini.open(QIODevice::ReadOnly));
        QVERIFY(!ini.readAll().contains(kept->refreshToken.toUtf8()));
    }

    void aDeclinedSignInStaysInTheDialog()
    {
        m_answer = BrowserAgent::Answer::Decline;
        QPointer<SignInDialog> d = openOverkiz(true);
        auto *sso = m_fx.find<QPushButton>("ssoButton", d);
        QTest::mouseClick(sso, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(sso->isEnabled(), 20'000);
        QVERIFY(d && d->isVisible());
        QVERIFY(bar(d)->isVisible());
        QVERIFY2(bar(d)->text().contains(u"declined"), qPrintable(bar(d)->text()));
        QVERIFY(!m_fx.sessions->status(QStringLiteral("demo-overkiz")).state.signedIn);
        QVERIFY(m_fx.sandbox.requests(QStringLiteral("O1")).isEmpty());
    }

    // The person never comes back from the browser: Escape stops the wait, nothing listens
    // any more, and the dialog can start again.
    void escapeStopsWaitingForTheBrowser()
    {
        m_deliver = false;
        QPointer<SignInDialog> d = openOverkiz(true);
        auto *sso = m_fx.find<QPushButton>("ssoButton", d);
        QTest::mouseClick(sso, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!m_redirect.isEmpty(), 20'000);
        QVERIFY(!sso->isEnabled());
        m_fx.saveShot(d, "signin-sso-waiting");
        QTest::keyClick(d, Qt::Key_Escape);
        QVERIFY(d && d->isVisible());
        QVERIFY(sso->isEnabled());
        BrowserAgent late;
        QCOMPARE(late.get(m_redirect), 0);
        QVERIFY(!m_fx.sessions->status(QStringLiteral("demo-overkiz")).state.signedIn);
    }

    // The profile dialog's identity provider: typed, tested against the real provider, saved.
    void theProfileDialogTakesAndTestsTheIdentityProvider()
    {
        ProfileDialog dialog(m_fx.context, *m_fx.store->find(QStringLiteral("demo-overkiz")), m_fx.window.get());
        dialog.show();
        auto *box = m_fx.find<IdentityProviderBox>("identityProviderBox", &dialog);
        QVERIFY(box && box->isEnabled() && !box->isChecked());
        QVERIFY(!dialog.profile().identityProvider.isSet());
        box->setChecked(true);
        auto *issuer = m_fx.find<QLineEdit>("issuerEdit", &dialog);
        QVERIFY(issuer->isVisible());
        QTest::keyClicks(issuer, QStringLiteral("http://127.0.0.1:1"));
        QTest::keyClicks(m_fx.find<QLineEdit>("clientIdEdit", &dialog), QStringLiteral("authdesk"));
        auto *test = m_fx.find<QPushButton>("testDiscoveryButton", &dialog);
        auto *result = m_fx.find<MessageBar>("discoveryResultLabel", &dialog);
        QTest::mouseClick(test, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(test->isEnabled() && result->kind() == MessageBar::Kind::Error, 15'000);
        QVERIFY2(result->text().contains(u"cannot be reached"), qPrintable(result->text()));
        issuer->setText(m_provider.issuer().toString());
        QTest::mouseClick(test, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(test->isEnabled() && result->kind() == MessageBar::Kind::Success, 15'000);
        QVERIFY2(result->text().contains(u"device sign-in (CLI): yes"), qPrintable(result->text()));
        m_fx.saveShot(&dialog, "profile-identity-provider");
        m_fx.find<QComboBox>("tokenUseCombo", &dialog)->setCurrentIndex(1);
        const OidcSettings saved = dialog.profile().identityProvider;
        QCOMPARE(saved.issuer, m_provider.issuer());
        QCOMPARE(saved.clientId, QStringLiteral("authdesk"));
        QCOMPARE(saved.tokenUse, OidcSettings::TokenUse::AccessToken);
        QVERIFY(m_fx.find<QPushButton>("saveButton", &dialog)->isEnabled());
        // A client id left out is said before saving.
        m_fx.find<QLineEdit>("clientIdEdit", &dialog)->clear();
        QVERIFY(!m_fx.find<QPushButton>("saveButton", &dialog)->isEnabled());
        // Platform28 takes no identity provider: the box is off and the profile keeps none.
        auto *dialect = m_fx.find<QComboBox>("dialectCombo", &dialog);
        dialect->setCurrentIndex(dialect->findData(QStringLiteral("platform28")));
        QVERIFY(!box->isEnabled());
        QVERIFY(!dialog.profile().identityProvider.isSet());
    }

    void aProfileWithoutIdentityProviderHasNoSsoButton()
    {
        QPointer<SignInDialog> d = openOverkiz(false);
        QVERIFY(d);
        QVERIFY(!m_fx.find<QPushButton>("ssoButton", d));
    }
};

QTEST_MAIN(TestSsoConsole)
#include "tst_ssoconsole.moc"
