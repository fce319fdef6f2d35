#pragma once

#include "AuditLog.h"
#include "CoreContext.h"
#include "Backend.h"
#include "BulkJob.h"
#include "BulkJournal.h"
#include "BulkTerminator.h"
#include "DemoProfiles.h"
#include "MainWindow.h"
#include "ProfileSessions.h"
#include "ProfileStore.h"
#include "SandboxProcess.h"
#include "ScriptedPrompter.h"
#include "MessageBar.h"
#include "SignInDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>

// What every GUI test program shares: the real sandbox, demo profiles in a temporary INI,
// an audit log in a temporary folder, a fresh main window per test, the scripted prompter,
// and a sign-in done through the dialog as a person would.
class ConsoleFixture
{
public:
    SandboxProcess sandbox;
    QTemporaryDir dir;
    std::unique_ptr<authdesk::ProfileStore> store;
    authdesk::CoreContext context; // the console's core: network client, clock, dialects
    std::unique_ptr<authdesk::ProfileSessions> sessions;
    std::unique_ptr<authdesk::MainWindow> window;
    ScriptedPrompter *prompter = nullptr;

    bool startOnce(QString *error)
    {
        auto p = std::make_unique<ScriptedPrompter>();
        prompter = p.get();
        authdesk::Prompter::setInstance(std::move(p));
        return sandbox.start({}, error);
    }

    void freshWindow()
    {
        QVERIFY(sandbox.reset());
        context.clock().setOffset(0);
        QFile::remove(dir.filePath(QStringLiteral("profiles.ini")));
        QFile::remove(dir.filePath(QStringLiteral("audit.jsonl")));
        // No interrupted job of an earlier test is offered to this one.
        QDir(authdesk::BulkJournal::defaultFolder()).removeRecursively();
        store = std::make_unique<authdesk::ProfileStore>(dir.filePath(QStringLiteral("profiles.ini")));
        authdesk::DemoProfiles::install(*store, sandbox.baseUrl());
        sessions = std::make_unique<authdesk::ProfileSessions>(*store, context);
        sessions->setAuditLog(std::make_unique<authdesk::AuditLog>(dir.filePath(QStringLiteral("audit.jsonl"))));
        window = std::make_unique<authdesk::MainWindow>(*store, *sessions);
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        *prompter = ScriptedPrompter{};
    }

    void closeWindow()
    {
        window.reset();
        sessions.reset();
        store.reset();
    }

    template <typename T>
    T *find(const char *name, QWidget *root = nullptr) const
    {
        return (root ? root : static_cast<QWidget *>(window.get()))->findChild<T *>(QLatin1String(name));
    }

    // Signs in through the dialog; true when it closed signed in.
    bool signIn(const QString &profileId, int modeIndex, const QString &user, const QString &secret, bool remember = false)
    {
        QPointer<authdesk::SignInDialog> d = window->openSignIn(profileId);
        if (!d)
            return false;
        find<QComboBox>("modeCombo", d)->setCurrentIndex(modeIndex);
        auto *userEdit = find<QLineEdit>("userEdit", d);
        if (userEdit->isVisibleTo(d))
            userEdit->setText(user);
        QTest::keyClicks(find<QLineEdit>("secretEdit", d), secret);
        find<QCheckBox>("rememberCheck", d)->setChecked(remember);
        QTest::mouseClick(find<QPushButton>("signInButton", d), Qt::LeftButton);
        // Done when the dialog closes (signed in) or shows an error (it stays open).
        if (!QTest::qWaitFor([&] { return !d || !d->isVisible() || find<authdesk::MessageBar>("messageBar", d)->isVisible(); }, 10'000))
            return false;
        return !d || !d->isVisible();
    }

    // The demo Platform28 profile, signed in as its admin through the dialog.
    bool signInAdminP28(bool remember = false)
    {
        return signIn(QStringLiteral("demo-platform28"), 0, QStringLiteral("admin"), QStringLiteral("Admin#2026"), remember);
    }

    // How many of a bulk job's items ended in `state`.
    static int itemsIn(const authdesk::BulkJob &job, authdesk::BulkTerminator::Item::State state)
    {
        return int(std::count_if(job.items().cbegin(), job.items().cend(), [state](const auto &item) { return item.state == state; }));
    }

    void saveShot(QWidget *w, const char *name) const
    {
        const QString shots = qEnvironmentVariable("AUTHDESK_SCREENSHOTS");
        if (!shots.isEmpty())
            w->grab().save(QStringLiteral("%1/%2.png").arg(shots, QLatin1String(name)));
    }
};
