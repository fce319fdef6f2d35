// Every window and dialog of the console in English, German and French (issue #14, layout
// and language): no literal "&" (a label with a mnemonic but nothing to jump to), no letter
// used twice as a mnemonic in one menu or one dialog, no text wider than its widget, and in
// German and French no visible text left in English.
#include "BulkTerminateDialog.h"
#include "CoreContext.h"
#include "CreateAccountDialog.h"
#include "DemoProfiles.h"
#include "MainWindow.h"
#include "PasswordChangeDialog.h"
#include "PasswordResetWizard.h"
#include "ProfileDialog.h"
#include "ProfileSessions.h"
#include "ProfileStore.h"
#include "SignInDialog.h"
#include "Translations.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QGroupBox>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QTemporaryDir>
#include <QtTest>

using namespace authdesk;

namespace {

QChar mnemonic(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text[i] == u'&') {
            if (text[i + 1] == u'&') {
                ++i;
                continue;
            }
            return text[i + 1].toLower();
        }
    }
    return {};
}

QString plain(const QString &text)
{
    QString t = text;
    return t.replace(QStringLiteral("&&"), QStringLiteral("\x01")).remove(u'&').replace(u'\x01', u'&');
}

} // namespace

class TestWindowWalk : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QStringList m_problems;
    // English texts seen, by widget path: in German and French the same text is untranslated.
    QHash<QString, QString> m_english;
    QString m_language;

    void check(QWidget *root, const QString &where)
    {
        root->show();

        QVERIFY(QTest::qWaitForWindowExposed(root));
        QHash<QChar, QString> used;
        const auto note = [&](const QString &what) { m_problems << QStringLiteral("%1 [%2]: %3").arg(where, m_language, what); };
        for (QWidget *w : root->findChildren<QWidget *>()) {
            if (!w->isVisibleTo(root))
                continue;
            QString text;
            bool mnemonicUsed = false;
            if (auto *l = qobject_cast<QLabel *>(w)) {
                if (l->textFormat() == Qt::RichText || l->text().startsWith(u'<'))
                    continue;
                text = l->text();
                if (mnemonic(text).isNull() == false) {
                    if (!l->buddy())
                        note(QStringLiteral("label \"%1\" shows its &: it has no buddy").arg(text));
                    mnemonicUsed = true;
                }
                // Wrapped labels grow; the others must fit.
                if (!l->wordWrap() && !text.isEmpty() && l->fontMetrics().horizontalAdvance(plain(text)) > l->width() + 1)
                    note(QStringLiteral("label \"%1\" is clipped (%2 > %3 px)").arg(plain(text)).arg(l->fontMetrics().horizontalAdvance(plain(text))).arg(l->width()));
            } else if (auto *b = qobject_cast<QAbstractButton *>(w)) {
                text = b->text();
                mnemonicUsed = !mnemonic(text).isNull();
                // Text beside an icon or indicator: compare with the room the button has.
                if (qobject_cast<QPushButton *>(b) && !text.isEmpty()
                    && b->fontMetrics().horizontalAdvance(plain(text)) + 8 > b->width())
                    note(QStringLiteral("button \"%1\" is clipped").arg(plain(text)));
            } else if (auto *g = qobject_cast<QGroupBox *>(w)) {
                text = g->title();
                mnemonicUsed = !mnemonic(text).isNull();
            } else {
                continue;
            }
            if (mnemonicUsed) {
                const QChar m = mnemonic(text);
                if (used.contains(m))
                    note(QStringLiteral("mnemonic '%1' used by \"%2\" and \"%3\"").arg(m).arg(used[m], text));
                used.insert(m, text);
            }
            const QString key = where + u'/' + w->objectName() + u'/' + QString::number(qintptr(w->metaObject()));
            if (m_language == u"en") {
                m_english.insert(key + plain(text), plain(text));
            } else if (m_english.contains(key + plain(text)) && plain(text).contains(QRegularExpression(QStringLiteral("[a-z]{3}")))
                       && !kSameInEveryLanguage.contains(plain(text))) {
                note(QStringLiteral("\"%1\" is not translated").arg(plain(text)));
            }
        }
    }
    void checkMenus(QMenuBar *bar)
    {
        QHash<QChar, QString> top;
        for (QAction *menuAction : bar->actions()) {
            const QChar m = mnemonic(menuAction->text());
            if (!m.isNull() && top.contains(m))
                m_problems << QStringLiteral("menu bar [%1]: '%2' used by \"%3\" and \"%4\"").arg(m_language).arg(m).arg(top[m], menuAction->text());
            top.insert(m, menuAction->text());
            QMenu *menu = menuAction->menu();
            if (!menu)
                continue;
            QHash<QChar, QString> used;
            for (QAction *a : menu->actions()) {
                const QChar am = mnemonic(a->text());
                if (am.isNull())
                    continue;
                if (used.contains(am))
                    m_problems << QStringLiteral("menu %1 [%2]: '%3' used by \"%4\" and \"%5\"").arg(plain(menuAction->text()), m_language).arg(am).arg(used[am], a->text());
                used.insert(am, a->text());
            }
        }
    }
    // Names and codes that are the same in every language.
    const QStringList kSameInEveryLanguage{QStringLiteral("AuthDesk"), QStringLiteral("Demo Platform28"), QStringLiteral("Demo EnableX"),
                                           QStringLiteral("Demo Overkiz"), QStringLiteral("Session"), QStringLiteral("Sessions"),
                                           QStringLiteral("Demo"), QStringLiteral("Action"), QStringLiteral("Dialect"), QStringLiteral("Proxy:"),
                                           QStringLiteral("User-Agent:"), QStringLiteral("Sessions:"), QStringLiteral("Session:"),
                                           QStringLiteral("Name:"), QStringLiteral("Gateway:"), QStringLiteral("Optional")};

    void walk()
    {
        ProfileStore store(m_dir.filePath(QStringLiteral("profiles.ini")));
        DemoProfiles::install(store, QUrl(QStringLiteral("http://127.0.0.1:1")));
        CoreContext core;
        ProfileSessions sessions(store, core);
        sessions.keychain().setMemoryOnly(true);
        MainWindow window(store, sessions);
        window.resize(1280, 760);
        window.selectProfile(QStringLiteral("demo-platform28"));
        check(&window, QStringLiteral("main window"));
        checkMenus(window.menuBar());
        window.accountTools();
        window.activity();
        for (const QString &id : {QStringLiteral("demo-platform28"), QStringLiteral("demo-enablex"), QStringLiteral("demo-overkiz")}) {
            SignInDialog *d = window.openSignIn(id);
            check(d, QStringLiteral("sign-in ") + id);
            d->reject();
        }
        {
            ProfileDialog d(core, *store.find(QStringLiteral("demo-platform28")));
            check(&d, QStringLiteral("profile dialog"));
        }
        {
            // With an identity provider: its fields in the profile dialog, SSO in the sign-in.
            Profile sso = *store.find(QStringLiteral("demo-overkiz"));
            sso.identityProvider.issuer = QUrl(QStringLiteral("https://login.example.com/realms/corp"));
            sso.identityProvider.clientId = QStringLiteral("authdesk");
            QVERIFY(store.save(sso).ok());
            ProfileDialog d(core, sso);
            check(&d, QStringLiteral("profile dialog with identity provider"));
            SignInDialog *signIn = window.openSignIn(sso.id);
            check(signIn, QStringLiteral("sign-in with SSO"));
            signIn->reject();
            sso.identityProvider = {};
            QVERIFY(store.save(sso).ok());
        }
        {
            CreateAccountDialog d(sessions, QStringLiteral("demo-overkiz"));
            check(&d, QStringLiteral("create account"));
        }
        {
            PasswordChangeDialog d(sessions, QStringLiteral("demo-platform28"), QStringLiteral("u-alice"));
            check(&d, QStringLiteral("password change"));
        }
        if (PasswordResetWizard *w = window.openResetWizard(QStringLiteral("demo-enablex"))) {
            check(w, QStringLiteral("reset wizard"));
            w->reject();
        }
    }

private Q_SLOTS:
    void everyWindowInEveryLanguage()
    {
        for (const QString &language : {QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("fr")}) {
            m_language = language;
            QCOMPARE(Translations::install(language), language);
            walk();
        }
        Translations::install(QStringLiteral("en"));
        for (const QString &p : std::as_const(m_problems))
            qInfo().noquote() << p;
        QCOMPARE(m_problems.size(), 0);
    }
};

QTEST_MAIN(TestWindowWalk)
#include "tst_windowwalk.moc"
