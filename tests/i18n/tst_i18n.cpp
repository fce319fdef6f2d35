// The console in German and in French: AuthDesk's own texts and Qt's standard buttons.
#include "CoreContext.h"
#include "DemoProfiles.h"
#include "MainWindow.h"
#include "ProfileSessions.h"
#include "ProfileStore.h"
#include "LocaleFormat.h"
#include "SessionDetailsPane.h"
#include "SessionTableModel.h"
#include "SignInDialog.h"
#include "Translations.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QMenuBar>
#include <QProcess>
#include <QPushButton>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QtTest>

using namespace authdesk;

class TestI18n : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

    struct Texts {
        QString tab, accountsTab, menu, signIn, cancel;
        int minimumWidth = 0; // the main window's, with the demo banner shown
    };
    Texts visible()
    {
        ProfileStore store(m_dir.filePath(QStringLiteral("profiles.ini")));
        DemoProfiles::install(store, QUrl(QStringLiteral("http://127.0.0.1:1")));
        CoreContext core;
        ProfileSessions sessions(store, core);
        sessions.keychain().setMemoryOnly(true);
        MainWindow window(store, sessions);
        window.setDemoSandbox(QUrl(QStringLiteral("http://127.0.0.1:65535")));
        window.show();
        auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("mainTabs"));
        SignInDialog *d = window.openSignIn(QStringLiteral("demo-platform28"));
        Texts t{tabs->tabText(0), tabs->tabText(1), window.menuBar()->actions().first()->text(),
                d->findChild<QPushButton *>(QStringLiteral("signInButton"))->text(),
                d->findChild<QPushButton *>(QStringLiteral("cancelButton"))->text(), window.minimumSizeHint().width()};
        d->reject();
        return t;
    }

private Q_SLOTS:
    void german()
    {
        QCOMPARE(Translations::install(QStringLiteral("de")), QStringLiteral("de"));
        const Texts t = visible();
        QCOMPARE(t.tab, QStringLiteral("Sitzungen"));
        QCOMPARE(t.accountsTab, QStringLiteral("Konten"));
        QCOMPARE(t.menu, QStringLiteral("&Datei"));
        QCOMPARE(t.signIn, QStringLiteral("&Anmelden"));
        QCOMPARE(t.cancel, QStringLiteral("Abbrechen")); // from Qt's own translation (qtbase_de)
        QCOMPARE(ApiError::make(ErrorKind::Timeout, {}).kind, ErrorKind::Timeout);
        QCOMPARE(errorKindTitle(ErrorKind::Network), QStringLiteral("Server nicht erreichbar"));
        // The window fits a 1280-pixel screen in German too (it needed 1345 px).
        QVERIFY2(t.minimumWidth <= 1280, qPrintable(QString::number(t.minimumWidth)));
    }

    void french()
    {
        QCOMPARE(Translations::install(QStringLiteral("fr")), QStringLiteral("fr"));
        const Texts t = visible();
        QCOMPARE(t.tab, QStringLiteral("Sessions"));
        QCOMPARE(t.accountsTab, QStringLiteral("Comptes"));
        QCOMPARE(t.menu, QStringLiteral("&Fichier"));
        QCOMPARE(t.signIn, QStringLiteral("&Se connecter"));
        QCOMPARE(t.cancel, QStringLiteral("Annuler"));
        QCOMPARE(errorKindTitle(ErrorKind::Network), QStringLiteral("Serveur injoignable"));
        QVERIFY2(t.minimumWidth <= 1280, qPrintable(QString::number(t.minimumWidth)));
    }

    // The session details' labels were filed under another context than tr() looks in, and
    // dates were written one way whatever the language.
    void detailsLabelsAndDatesFollowTheLanguage()
    {
        const QDateTime moment(QDate(2026, 12, 24), QTime(18, 30, 5), QTimeZone::utc());
        auto userLabel = [] {
            SessionDetailsPane pane;
            auto *form = qobject_cast<QFormLayout *>(pane.layout());
            auto *label = qobject_cast<QLabel *>(form->itemAt(2, QFormLayout::LabelRole)->widget());
            return label->text();
        };
        QCOMPARE(Translations::install(QStringLiteral("de")), QStringLiteral("de"));
        QCOMPARE(userLabel(), QStringLiteral("Benutzer:"));
        const QString german = localeFormat::dateTime(moment.toLocalTime());
        QVERIFY2(german.contains(QStringLiteral("24.12.")), qPrintable(german));
        QCOMPARE(Translations::install(QStringLiteral("fr")), QStringLiteral("fr"));
        QVERIFY2(userLabel().startsWith(QStringLiteral("Utilisateur")), qPrintable(userLabel()));
        const QString french = localeFormat::dateTime(moment.toLocalTime());
        QVERIFY2(french.contains(QStringLiteral("24/12/2026")), qPrintable(french));
        QVERIFY2(french.contains(QStringLiteral(":05")), qPrintable(french)); // to the second
        // The session table writes its times the same way; its tooltip keeps the exact ISO
        // form (what people paste into tickets), and sorting stays by the moment.
        SessionTableModel table;
        P28Session s;
        s.sessionId = QStringLiteral("s-1");
        s.created = moment;
        table.upsert(QStringLiteral("p"), QStringLiteral("P"), {s});
        const QModelIndex created = table.index(0, SessionTableModel::CreatedCol);
        QCOMPARE(created.data().toString(), french);
        QVERIFY2(created.data(Qt::ToolTipRole).toString().startsWith(QStringLiteral("2026-12-2")), qPrintable(created.data(Qt::ToolTipRole).toString()));
        QCOMPARE(created.data(SessionTableModel::SortRole).toDateTime(), moment);
        QCOMPARE(Translations::install(QStringLiteral("en")), QStringLiteral("en"));
        QCOMPARE(userLabel(), QStringLiteral("User:"));
    }

    // "%n session(s)" read "1 session(s)" in English: English has plural forms of its own.
    void englishPluralsReadWell()
    {
        QCOMPARE(Translations::install(QStringLiteral("en")), QStringLiteral("en"));
        const char *verb = "Terminate %n session(s)";
        QCOMPARE(QCoreApplication::translate("authdesk::BulkTerminateDialog", verb, nullptr, 1), QStringLiteral("Terminate 1 session"));
        QCOMPARE(QCoreApplication::translate("authdesk::BulkTerminateDialog", verb, nullptr, 3), QStringLiteral("Terminate 3 sessions"));
        QCOMPARE(Translations::install(QStringLiteral("de")), QStringLiteral("de"));
        QCOMPARE(QCoreApplication::translate("authdesk::BulkTerminateDialog", verb, nullptr, 3), QStringLiteral("3 Sitzungen beenden"));
        QCOMPARE(Translations::install(QStringLiteral("en")), QStringLiteral("en"));
    }

    void cliFollowsTheSystemLanguageButJsonStaysEnglish()
    {
        auto run = [](const QString &lang, const QStringList &args) {
            QProcess p;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("LC_ALL"), lang);
            env.insert(QStringLiteral("LANG"), lang);
            p.setProcessEnvironment(env);
            p.start(qEnvironmentVariable("AUTHDESK_CLI"), args);
            p.waitForFinished(30'000);
            return QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError());
        };
        const QStringList args{QStringLiteral("sessions"), QStringLiteral("get"), QStringLiteral("s-1")};
        QVERIFY2(run(QStringLiteral("de_DE.UTF-8"), args).contains(QStringLiteral("Wählen Sie einen Server")), qPrintable(run(QStringLiteral("de_DE.UTF-8"), args)));
        QVERIFY(run(QStringLiteral("fr_FR.UTF-8"), args).contains(QLatin1String("Choisissez un serveur")));
        // --help too, of the CLI and of the console.
        const QString cliHelp = run(QStringLiteral("de_DE.UTF-8"), {QStringLiteral("--help")});
        QVERIFY2(cliHelp.contains(QStringLiteral("Skriptfähige Oberfläche")), qPrintable(cliHelp));
        QProcess console;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("fr_FR.UTF-8"));
        env.insert(QStringLiteral("LANG"), QStringLiteral("fr_FR.UTF-8"));
        env.insert(QStringLiteral("HOME"), m_dir.path());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.path());
        console.setProcessEnvironment(env);
        console.start(qEnvironmentVariable("AUTHDESK_CONSOLE"), {QStringLiteral("--help")});
        QVERIFY(console.waitForFinished(30'000));
        const QString consoleHelp = QString::fromUtf8(console.readAllStandardOutput());
        QVERIFY2(consoleHelp.contains(QStringLiteral("Console d")), qPrintable(consoleHelp));
        const QString json = run(QStringLiteral("de_DE.UTF-8"), QStringList{QStringLiteral("--json")} + args);
        QVERIFY2(json.contains(QLatin1String("Choose a server")), qPrintable(json));
    }

    void englishAndUnknownFallBack()
    {
        QCOMPARE(Translations::install(QStringLiteral("en")), QStringLiteral("en"));
        QCOMPARE(visible().tab, QStringLiteral("Sessions"));
        QCOMPARE(visible().menu, QStringLiteral("&File"));
        QCOMPARE(Translations::install(QStringLiteral("xx")), QStringLiteral("en"));
    }
};

QTEST_MAIN(TestI18n)
#include "tst_i18n.moc"
