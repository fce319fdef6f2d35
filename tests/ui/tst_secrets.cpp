// Secrets stay secret: the full workflows run with marker secrets (every sign-in mode, a
// reset, a change, a bulk job, wrong passwords, the CLI), then the settings files, the audit
// log, everything logged at debug level, the CLI's command lines and outputs, and every
// error text are searched for them: zero hits. Passwords do not stay in widgets.
#include "BulkTerminateDialog.h"
#include "BulkTerminator.h"
#include "ConsoleFixture.h"
#include "PasswordChangeDialog.h"
#include "PasswordResetWizard.h"
#include "SessionManagerView.h"

#include <QJsonDocument>
#include <QLoggingCategory>
#include <QMutex>
#include <QPlainTextEdit>
#include <QProcess>
#include <QRadioButton>
#include <QSettings>

using namespace authdesk;

namespace {
QMutex g_logLock;
QStringList g_log;
void capture(QtMsgType, const QMessageLogContext &, const QString &msg)
{
    QMutexLocker lock(&g_logLock);
    g_log << msg;
}
const QString kExPass = QStringLiteral("MARKER-ex-Pass-7f3a");
const QString kP28Pass = QStringLiteral("MARKER-p28-Pass-9c1d");
const QString kOkPass = QStringLiteral("MARKER-ok-Pass-2b8e");
const QString kNewPass = QStringLiteral("MARKER-new-Pass-5e6f");
const QString kWrongPass = QStringLiteral("MARKER-wrong-Pass-0a0a");
} // namespace

class TestSecrets : public QObject
{
    Q_OBJECT
    ConsoleFixture m_fx;
    QStringList m_secrets; // every secret that went anywhere during the run
    QStringList m_errors;  // every error text a person could see
    QByteArray m_cliText;  // CLI command lines, outputs and error outputs

    template <typename T>
    T *find(const char *name, QWidget *root = nullptr) const
    {
        return m_fx.find<T>(name, root);
    }
    void noteSessionSecrets()
    {
        for (const char *id : {"demo-enablex", "demo-platform28", "demo-overkiz"}) {
            const QJsonObject s = m_fx.sessions->backend(QLatin1String(id))->exportSession();
            for (const char *k : {"token", "lsid", "cookie", "apiKey", "appKey"})
                if (const QString v = s.value(QLatin1String(k)).toString(); !v.isEmpty())
                    m_secrets << v;
        }
    }
    void cli(const QStringList &args, const QByteArray &input)
    {
        QProcess p;
        p.start(qEnvironmentVariable("AUTHDESK_CLI"), args);
        p.waitForStarted();
        p.write(input);
        p.closeWriteChannel();
        p.waitForFinished(30'000);
        m_cliText += args.join(u' ').toUtf8() + '\n' + p.readAllStandardOutput() + p.readAllStandardError();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_fx.startOnce(&error), qPrintable(error));
        m_fx.freshWindow();
        QLoggingCategory::setFilterRules(QStringLiteral("authdesk.*=true"));
        qInstallMessageHandler(capture);
        const QJsonObject seed{
            {QStringLiteral("enablex"), QJsonObject{{QStringLiteral("users"), QJsonArray{QJsonObject{{QStringLiteral("email"), QStringLiteral("marker@example.com")}, {QStringLiteral("password"), kExPass}}}}}},
            {QStringLiteral("platform28"), QJsonObject{{QStringLiteral("users"), QJsonArray{QJsonObject{{QStringLiteral("username"), QStringLiteral("marker")}, {QStringLiteral("password"), kP28Pass}, {QStringLiteral("roles"), QJsonArray{QStringLiteral("admin")}}}}}}},
            {QStringLiteral("overkiz"), QJsonObject{{QStringLiteral("users"), QJsonArray{QJsonObject{{QStringLiteral("userId"), QStringLiteral("marker@example.com")}, {QStringLiteral("password"), kOkPass}}}}}},
        };
        QCOMPARE(m_fx.sandbox.control("POST", QStringLiteral("/_sandbox/seed"), QJsonDocument(seed)).object().value(QStringLiteral("ok")).toBool(), true);
        m_secrets << kExPass << kP28Pass << kOkPass << kNewPass << kWrongPass << QStringLiteral("demo-app-key") << QStringLiteral("p28-demo-key")
                  << QStringLiteral("demo-sso-token") << QStringLiteral("demo-access-token") << QStringLiteral("demo.jwt.token");
        connect(m_fx.sessions.get(), &ProfileSessions::callFailed, this, [this](const QString &, const ApiError &e) { m_errors << e.message << e.serverText; });
    }
    void cleanupTestCase()
    {
        qInstallMessageHandler(nullptr);
        m_fx.closeWindow();
    }

    void everyWorkflowWithMarkers()
    {
        // Wrong passwords first: the error texts must not echo them.
        QVERIFY(!m_fx.signIn(QStringLiteral("demo-platform28"), 0, QStringLiteral("marker"), kWrongPass));
        QPointer<SignInDialog> d = m_fx.window->findChild<SignInDialog *>();
        m_errors << find<MessageBar>("messageBar", d)->text();
        d->reject();
        QVERIFY(find<QLineEdit>("secretEdit", d) == nullptr || find<QLineEdit>("secretEdit", d)->text().isEmpty());
        // Every sign-in mode.
        QVERIFY(m_fx.signIn(QStringLiteral("demo-enablex"), 0, QStringLiteral("marker@example.com"), kExPass, true));
        noteSessionSecrets();
        QVERIFY(m_fx.signIn(QStringLiteral("demo-enablex"), 1, QStringLiteral("demo-app-id"), QStringLiteral("demo-app-key"), true));
        QVERIFY(m_fx.signIn(QStringLiteral("demo-overkiz"), 1, QStringLiteral("alice@example.com"), QStringLiteral("demo-sso-token")));
        QVERIFY(m_fx.signIn(QStringLiteral("demo-overkiz"), 2, QString(), QStringLiteral("demo-access-token")));
        QVERIFY(m_fx.signIn(QStringLiteral("demo-overkiz"), 3, QString(), QStringLiteral("demo.jwt.token")));
        QVERIFY(m_fx.signIn(QStringLiteral("demo-overkiz"), 0, QStringLiteral("marker@example.com"), kOkPass, true));
        QVERIFY(m_fx.signIn(QStringLiteral("demo-platform28"), 1, QString(), QStringLiteral("p28-demo-key")));
        QVERIFY(m_fx.signIn(QStringLiteral("demo-platform28"), 0, QStringLiteral("marker"), kP28Pass, true));
        noteSessionSecrets();

        // A reset through the wizard (EnableX), with the key from the outbox.
        QPointer<PasswordResetWizard> w = m_fx.window->openResetWizard(QStringLiteral("demo-enablex"));
        find<QLineEdit>("whoEdit", w)->setText(QStringLiteral("marker@example.com"));
        w->next();
        QTRY_VERIFY(w->button(QWizard::NextButton)->isEnabled());
        const QString key = m_fx.sandbox.lastToken(QStringLiteral("marker@example.com"), QStringLiteral("enablex-reset"));
        m_secrets << key;
        w->next();
        find<QLineEdit>("keyEdit", w)->setText(key);
        w->next();
        QTRY_COMPARE(w->currentId(), int(PasswordResetWizard::PasswordPage));
        find<QLineEdit>("newPasswordEdit", w->currentPage())->setText(kNewPass);
        find<QLineEdit>("retypePasswordEdit", w->currentPage())->setText(kNewPass);
        find<QCheckBox>("useAnywayCheck", w->currentPage())->setChecked(true); // a marker, not a strong password
        w->next();
        QTRY_COMPARE(w->currentId(), int(PasswordResetWizard::SummaryPage));
        for (QLineEdit *e : w->findChildren<QLineEdit *>())
            QVERIFY2(!e->text().contains(kNewPass), qPrintable(e->objectName())); // cleared after use
        w->close();

        // A forced change, wrong admin password first.
        m_fx.window->openPasswordChange(QStringLiteral("demo-platform28"), QStringLiteral("u-bob"));
        QPointer<PasswordChangeDialog> c = m_fx.window->findChild<PasswordChangeDialog *>();
        find<QRadioButton>("forcedRadio", c)->setChecked(true);
        find<QLineEdit>("currentPasswordEdit", c)->setText(kWrongPass);
        find<QLineEdit>("newPasswordEdit", c)->setText(kNewPass);
        find<QLineEdit>("retypePasswordEdit", c)->setText(kNewPass);
        find<QCheckBox>("useAnywayCheck", c)->setChecked(true);
        QTest::mouseClick(find<QPushButton>("changeButton", c), Qt::LeftButton);
        QTRY_VERIFY(find<MessageBar>("messageBar", c)->isVisible());
        m_errors << find<MessageBar>("messageBar", c)->text();
        find<QLineEdit>("currentPasswordEdit", c)->setText(kP28Pass);
        QTest::mouseClick(find<QPushButton>("changeButton", c), Qt::LeftButton);
        QTRY_VERIFY(!c || !c->isVisible());

        // A bulk job, some of it failing.
        QStringList ids = m_fx.sandbox.generateSessions(20, QStringLiteral("u-bob"));
        ids << QStringLiteral("s-gone");
        m_fx.window->sessionManager()->openBulk(ids);
        QPointer<BulkTerminateDialog> b = m_fx.window->findChild<BulkTerminateDialog *>();
        QTest::mouseClick(find<QPushButton>("startButton", b), Qt::LeftButton);
        QTRY_VERIFY(b->job()->finishedCount() == 21 && !b->job()->isRunning());
        for (const auto &item : b->job()->items())
            m_errors << item.error.message;
        b->close();

        // The CLI: secrets only on standard input.
        const QStringList target{QStringLiteral("--no-keychain"), QStringLiteral("--dialect"), QStringLiteral("platform28"),
                                 QStringLiteral("--url"), m_fx.sandbox.platform28Url().toString()};
        cli(target + QStringList{QStringLiteral("signin"), QStringLiteral("--user"), QStringLiteral("marker")}, kWrongPass.toUtf8() + '\n');
        cli(target + QStringList{QStringLiteral("signin"), QStringLiteral("--user"), QStringLiteral("marker")}, kP28Pass.toUtf8() + '\n');
        cli(target + QStringList{QStringLiteral("--json"), QStringLiteral("signin"), QStringLiteral("--mode"), QStringLiteral("api-key")}, "p28-demo-key\n");
        noteSessionSecrets();
    }

    void noSecretAnywhere()
    {
        m_fx.window->close(); // writes the window settings
        QSettings().sync();
        struct Place {
            QString name;
            QByteArray text;
        };
        QList<Place> places;
        auto file = [&](const QString &name, const QString &path) {
            QFile f(path);
            if (f.open(QIODevice::ReadOnly))
                places << Place{name, f.readAll()};
            else
                places << Place{name + QStringLiteral(" (missing)"), {}};
        };
        file(QStringLiteral("profiles"), m_fx.dir.filePath(QStringLiteral("profiles.ini")));
        file(QStringLiteral("window settings"), QSettings().fileName());
        file(QStringLiteral("audit log"), m_fx.dir.filePath(QStringLiteral("audit.jsonl")));
        {
            QMutexLocker lock(&g_logLock);
            places << Place{QStringLiteral("debug log"), g_log.join(u'\n').toUtf8()};
        }
        places << Place{QStringLiteral("error texts"), m_errors.join(u'\n').toUtf8()};
        places << Place{QStringLiteral("CLI command lines and output"), m_cliText};
        QVERIFY(places[2].text.contains("password-reset")); // the audit log was written
        QVERIFY(g_log.size() > 20);                          // debug logging was on
        m_secrets.removeAll(QString());
        m_secrets.removeDuplicates();
        QVERIFY(m_secrets.size() >= 12);
        QStringList hits;
        for (const Place &p : std::as_const(places))
            for (const QString &s : std::as_const(m_secrets))
                if (p.text.contains(s.toUtf8()) || p.text.contains(QUrl::toPercentEncoding(s)))
                    hits << p.name + QStringLiteral(": ") + s.left(12) + QStringLiteral("…");
        qInfo().noquote() << "searched" << places.size() << "places for" << m_secrets.size() << "secrets";
        QVERIFY2(hits.isEmpty(), qPrintable(hits.join(u'\n')));
    }
};

QTEST_MAIN(TestSecrets)
#include "tst_secrets.moc"
