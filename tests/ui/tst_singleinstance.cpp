// One console per person: the real `authdesk` program started twice with the same settings
// folder. The second start hands over its arguments and exits; the first raises its window,
// starts the demo when the second asked for it, and a socket left by a killed console is
// taken over. Separate settings folders (other people, other tests) stay independent.
#include <QDir>
#include <QProcess>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

namespace {

class Console
{
public:
    Console(const QString &home, const QStringList &arguments = {})
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), home);
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
        env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        // No keychain: nothing here signs in, and the test needs no D-Bus session.
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=/nonexistent"));
        env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("authdesk.console.info=true"));
        m_process.setProcessEnvironment(env);
        m_process.setProcessChannelMode(QProcess::SeparateChannels);
        m_process.start(QString::fromLocal8Bit(qgetenv("AUTHDESK_CONSOLE")), arguments);
    }
    ~Console()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }
    // Waits until the program's stderr has a line containing `text`.
    bool waitForLog(const QString &text, int ms = 20000)
    {
        QDeadlineTimer deadline(ms);
        while (!m_log.contains(text)) {
            if (deadline.hasExpired() || m_process.state() == QProcess::NotRunning)
                return false;
            m_process.waitForReadyRead(100);
            m_log += QString::fromUtf8(m_process.readAllStandardError());
        }
        return true;
    }
    QString log()
    {
        m_log += QString::fromUtf8(m_process.readAllStandardError());
        return m_log;
    }
    QProcess &process() { return m_process; }

private:
    QProcess m_process;
    QString m_log;
};

} // namespace

class SingleInstanceTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!qEnvironmentVariableIsEmpty("AUTHDESK_CONSOLE"), "AUTHDESK_CONSOLE names the console program");
    }

    void secondStartRaisesTheFirstAndExits()
    {
        QTemporaryDir home;
        Console first(home.path());
        QVERIFY2(first.waitForLog(QStringLiteral("listening for later starts")), qPrintable(first.log()));

        Console second(home.path());
        QVERIFY(second.process().waitForFinished(15000));
        QCOMPARE(second.process().exitStatus(), QProcess::NormalExit);
        QCOMPARE(second.process().exitCode(), 0);
        QVERIFY2(second.log().contains(QStringLiteral("already running")), qPrintable(second.log()));
        QVERIFY2(first.waitForLog(QStringLiteral("a later start asked for the window")), qPrintable(first.log()));
        QCOMPARE(first.process().state(), QProcess::Running);
    }

    void secondStartWithDemoStartsTheDemoInTheFirst()
    {
        QTemporaryDir home;
        Console first(home.path());
        QVERIFY2(first.waitForLog(QStringLiteral("listening for later starts")), qPrintable(first.log()));
        const QString settings = home.path() + QStringLiteral("/config/AuthDesk/authdesk.conf");
        QVERIFY(!QSettings(settings, QSettings::IniFormat).allKeys().join(u' ').contains(QStringLiteral("demo-platform28")));

        Console second(home.path(), {QStringLiteral("--demo")});
        QVERIFY(second.process().waitForFinished(15000));
        QCOMPARE(second.process().exitCode(), 0);
        // The running console started the sandbox and put the demo profiles in its list.
        QTRY_VERIFY_WITH_TIMEOUT(QSettings(settings, QSettings::IniFormat).allKeys().join(u' ').contains(QStringLiteral("demo-platform28")),
                                 20000);
        QCOMPARE(first.process().state(), QProcess::Running);
    }

    void aKilledConsolesSocketIsTakenOver()
    {
        QTemporaryDir home;
        {
            Console crashed(home.path());
            QVERIFY2(crashed.waitForLog(QStringLiteral("listening for later starts")), qPrintable(crashed.log()));
            ::kill(static_cast<pid_t>(crashed.process().processId()), SIGKILL);
            QVERIFY(crashed.process().waitForFinished(5000));
        }
        Console next(home.path());
        QVERIFY2(next.waitForLog(QStringLiteral("listening for later starts")), qPrintable(next.log()));
        QTest::qWait(500);
        QCOMPARE(next.process().state(), QProcess::Running);
        // And it is the one a third start finds.
        Console third(home.path());
        QVERIFY(third.process().waitForFinished(15000));
        QCOMPARE(third.process().exitCode(), 0);
        QVERIFY(next.waitForLog(QStringLiteral("a later start asked for the window")));
    }

    void otherSettingsFoldersAreOtherConsoles()
    {
        QTemporaryDir mine;
        QTemporaryDir theirs;
        Console a(mine.path());
        QVERIFY(a.waitForLog(QStringLiteral("listening for later starts")));
        Console b(theirs.path());
        QVERIFY2(b.waitForLog(QStringLiteral("listening for later starts")), qPrintable(b.log()));
        QCOMPARE(a.process().state(), QProcess::Running);
        QCOMPARE(b.process().state(), QProcess::Running);
    }
};

QTEST_GUILESS_MAIN(SingleInstanceTest)
#include "tst_singleinstance.moc"
