// Dialect knowledge lives in descriptors: a fourth dialect that is only a descriptor and a
// backend shows up in the console's forms and the CLI's help, with no other change. And
// the built-in descriptors promise exactly the capabilities their backends implement.
#include "AccountCreation.h"
#include "AccountValidation.h"
#include "Backend.h"
#include "BrowserReset.h"
#include "CliCommandLine.h"
#include "CoreContext.h"
#include "CustomerList.h"
#include "KeyReset.h"
#include "PasswordChanging.h"
#include "PasswordCheck.h"
#include "ProfileDialog.h"
#include "ProfileSessions.h"
#include "ProfileStore.h"
#include "SessionAdmin.h"
#include "SignInDialog.h"
#include "TermsOfUse.h"
#include "TokenReset.h"
#include "UserBlocking.h"
#include "UserLookup.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QtTest>

using namespace authdesk;

namespace {

// "Acme Badge Server": badge number and PIN; no network at all (it answers itself), so the
// test shows the seam, not a server. PIN 2468 is right.
class AcmeBackend : public Backend
{
public:
    using Backend::Backend;
    static DialectDescriptor descriptor()
    {
        DialectDescriptor d;
        d.id = QStringLiteral("acme");
        d.displayName = QStringLiteral("Acme Badge Server");
        d.modes = {{Credentials::Mode::Password, "Badge and PIN",
                    {{SignInField::Role::User, "&Badge:"}, {SignInField::Role::Secret, "&PIN:"}}}};
        d.create = [](const Profile &p, CoreContext &c, QObject *parent) { return std::make_unique<AcmeBackend>(p, c, parent); };
        return d;
    }
    QString dialect() const override { return QStringLiteral("acme"); }
    CallHandle signOut(Callback<Done> done) override
    {
        clearSession();
        done(Done{});
        return {};
    }
    CallHandle testConnection(Callback<Done> done) override
    {
        done(Done{});
        return {};
    }
    QJsonObject exportSession() const override { return {}; }
    bool importSession(const QJsonObject &) override { return false; }

protected:
    CallHandle performSignIn(const Credentials &c, Callback<SignInState> done) override
    {
        if (c.secret != u"2468") {
            done(ApiError::make(ErrorKind::BadCredentials, QStringLiteral("Wrong PIN.")));
            return {};
        }
        SignInState s;
        s.signedIn = true;
        s.who = c.user;
        s.since = now();
        setState(s);
        done(s);
        return {};
    }
    void authorize(HttpRequest &) const override {}
    void clearSecrets() override {}
};

DialectRegistry withAcme()
{
    DialectRegistry r = DialectRegistry::builtIn();
    r.add(AcmeBackend::descriptor());
    return r;
}

// The text of the form label beside a field.
QString labelFor(QWidget *field)
{
    for (auto *f : field->parentWidget()->findChildren<QFormLayout *>()) {
        if (auto *l = qobject_cast<QLabel *>(f->labelForField(field)))
            return l->text();
    }
    return {};
}

} // namespace

class TestDialects : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

private Q_SLOTS:
    void fourthDialectSignsInThroughTheConsole()
    {
        CoreContext core(withAcme());
        ProfileStore store(m_dir.filePath(QStringLiteral("acme.ini")));
        Profile p;
        p.name = QStringLiteral("Front door");
        p.dialect = QStringLiteral("acme");
        p.baseUrl = QUrl(QStringLiteral("https://badges.example.com/api"));
        QVERIFY2(core.dialects().validate(p).isEmpty(), qPrintable(core.dialects().validate(p)));
        p = store.save(p).value();
        ProfileSessions sessions(store, core);
        sessions.keychain().setMemoryOnly(true);

        SignInDialog d(sessions, p, QString());
        d.show();
        auto *mode = d.findChild<QComboBox *>(QStringLiteral("modeCombo"));
        QCOMPARE(mode->count(), 1);
        QCOMPARE(mode->itemText(0), QStringLiteral("Badge and PIN"));
        auto *user = d.findChild<QLineEdit *>(QStringLiteral("userEdit"));
        auto *secret = d.findChild<QLineEdit *>(QStringLiteral("secretEdit"));
        QVERIFY(user->isVisible());
        QCOMPARE(labelFor(user), QStringLiteral("&Badge:"));
        QCOMPARE(labelFor(secret), QStringLiteral("&PIN:"));
        QVERIFY(!d.findChild<QLineEdit *>(QStringLiteral("apiIdEdit"))); // no API id: none asked
        QVERIFY(!d.findChild<QWidget *>(QStringLiteral("extrasGroup")));
        user->setText(QStringLiteral("B-1042"));
        QTest::keyClicks(secret, QStringLiteral("2468"));
        QTest::mouseClick(d.findChild<QPushButton *>(QStringLiteral("signInButton")), Qt::LeftButton);
        QTRY_VERIFY(sessions.status(p.id).state.signedIn);
        QCOMPARE(sessions.status(p.id).state.who, QStringLiteral("B-1042"));
    }

    void fourthDialectIsOfferedForProfiles()
    {
        CoreContext core(withAcme());
        ProfileDialog d(core, Profile{});
        auto *combo = d.findChild<QComboBox *>(QStringLiteral("dialectCombo"));
        QVERIFY(combo->findData(QStringLiteral("acme")) >= 0);
        QCOMPARE(combo->itemText(combo->findData(QStringLiteral("acme"))), QStringLiteral("Acme Badge Server"));
        CoreContext plain;
        ProfileDialog without(plain, Profile{});
        QCOMPARE(without.findChild<QComboBox *>(QStringLiteral("dialectCombo"))->findData(QStringLiteral("acme")), -1);
    }

    void fourthDialectIsInTheCliHelp()
    {
        const QString help = cli::CliCommandLine::commandsHelp(withAcme());
        QVERIFY2(help.contains(QLatin1String("acme")) && help.contains(QLatin1String("Acme Badge Server")), qPrintable(help));
        QVERIFY2(help.contains(QLatin1String("Badge and PIN: Badge, PIN")), qPrintable(help));
        QVERIFY(!cli::CliCommandLine::commandsHelp(DialectRegistry::builtIn()).contains(QLatin1String("acme")));
        QCommandLineParser parser;
        cli::CliCommandLine::addOptions(parser, withAcme());
        QVERIFY(parser.helpText().contains(QLatin1String("acme")));
    }

    // What a descriptor promises, its backend implements, and the other way round.
    void builtInDescriptorsMatchTheirBackends()
    {
        CoreContext core;
        for (const DialectDescriptor &d : core.dialects().all()) {
            Profile p;
            p.dialect = d.id;
            p.baseUrl = QUrl(QStringLiteral("https://example.com/api"));
            std::unique_ptr<Backend> b = core.dialects().createBackend(p, core);
            QVERIFY2(b, qPrintable(d.id));
            QCOMPARE(b->dialect(), d.id);
            const auto agree = [&](Capability c, bool implemented, const char *what) {
                QVERIFY2(d.has(c) == implemented, qPrintable(d.id + u' ' + QLatin1String(what)));
            };
            agree(Capability::SessionAdmin, b->capability<SessionAdmin>(), "SessionAdmin");
            agree(Capability::BlockUsers, b->capability<UserBlocking>(), "UserBlocking");
            agree(Capability::PasswordChange, b->capability<PasswordChanging>(), "PasswordChanging");
            agree(Capability::UserExists, b->capability<UserLookup>(), "UserLookup");
            agree(Capability::AccountValidation, b->capability<AccountValidation>(), "AccountValidation");
            agree(Capability::TermsOfUse, b->capability<TermsOfUse>(), "TermsOfUse");
            agree(Capability::AccountCreation, b->capability<AccountCreation>(), "AccountCreation");
            agree(Capability::ServerPasswordCheck, b->capability<PasswordCheck>(), "PasswordCheck");
            agree(Capability::ListCustomers, b->capability<CustomerList>(), "CustomerList");
            QCOMPARE(d.resetFlow == ResetFlow::KeyByEmail, b->capability<KeyReset>() != nullptr);
            QCOMPARE(d.resetFlow == ResetFlow::TokenByUser, b->capability<TokenReset>() != nullptr);
            QCOMPARE(d.resetFlow == ResetFlow::InBrowser, b->capability<BrowserReset>() != nullptr);
            // Session admin's finer flags only where sessions are managed at all.
            for (Capability c : {Capability::ListUserSessions, Capability::CloneSession, Capability::Impersonation})
                QVERIFY(!d.has(c) || d.has(Capability::SessionAdmin));
            QVERIFY(!d.modes.isEmpty());
        }
    }
};

QTEST_MAIN(TestDialects)
#include "tst_dialects.moc"
