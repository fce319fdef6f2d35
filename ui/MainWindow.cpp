#include "MainWindow.h"

#include "AccountToolsView.h"
#include "ActivityView.h"
#include "BulkJournal.h"
#include "CoreContext.h"
#include "DemoBanner.h"
#include "HttpClient.h"
#include "MainToolBar.h"
#include "MessageBar.h"
#include "PasswordChangeDialog.h"
#include "PasswordResetWizard.h"
#include "ProfileDialog.h"
#include "ProfileItemDelegate.h"
#include "ProfileListModel.h"
#include "ProfileSessions.h"
#include "ProfileStore.h"
#include "Prompter.h"
#include "SessionManagerView.h"
#include "SignInDialog.h"
#include "SystemInfo.h"
#include "Translations.h"
#include "WelcomePage.h"

#include <QTimer>
#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDesktopServices>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListView>
#include <QMenuBar>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace authdesk {

MainWindow::MainWindow(ProfileStore &profiles, ProfileSessions &sessions, QWidget *parent)
    : QMainWindow(parent)
    , m_profiles(profiles)
    , m_sessions(sessions)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(QStringLiteral("AuthDesk"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/authdesk.svg")));
    resize(1180, 720);

    auto *split = new QSplitter(Qt::Horizontal, this);
    split->setObjectName(QStringLiteral("mainSplitter"));
    auto *side = new QWidget(split);
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(6, 6, 0, 0);
    auto *title = new QLabel(tr("Ser&vers"), side);
    sideLayout->addWidget(title);
    m_profileModel = new ProfileListModel(sessions, this);
    m_profileList = new QListView(side);
    m_profileList->setObjectName(QStringLiteral("profileList"));
    m_profileList->setAccessibleName(tr("Server profiles"));
    m_profileList->setModel(m_profileModel);
    m_profileList->setIconSize(QSize(28, 28));
    m_profileList->setSpacing(2);
    m_profileList->setItemDelegate(new ProfileItemDelegate(m_profileList)); // state chips, never elided
    m_profileList->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    title->setBuddy(m_profileList);
    sideLayout->addWidget(m_profileList, 1);
    auto *sideButtons = new QHBoxLayout;
    sideLayout->addLayout(sideButtons);

    auto *right = new QWidget(split);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    m_message = new MessageBar(right, QStringLiteral("windowMessageBar"));
    rightLayout->addWidget(m_message);
    m_tabs = new QTabWidget(right);
    m_tabs->setObjectName(QStringLiteral("mainTabs"));
    rightLayout->addWidget(m_tabs, 1);
    m_sessionsView = new SessionManagerView(sessions, m_tabs);
    m_tabs->addTab(m_sessionsView, tr("Sessions"));
    m_accountsSlot = new QWidget(m_tabs);
    m_tabs->addTab(m_accountsSlot, tr("Accounts"));
    m_activitySlot = new QWidget(m_tabs);
    m_tabs->addTab(m_activitySlot, tr("Activity"));
    connect(m_tabs, &QTabWidget::currentChanged, this, &MainWindow::ensureTab);
    split->addWidget(side);
    split->addWidget(right);
    split->setStretchFactor(1, 1);
    split->setSizes({290, 890});
    // An empty console shows a welcome instead (updateWelcome); the demo's banner stands
    // above the profiles and tabs while the demo runs.
    auto *work = new QWidget(this);
    auto *workLayout = new QVBoxLayout(work);
    workLayout->setContentsMargins(0, 0, 0, 0);
    m_demoBanner = new DemoBanner(work);
    workLayout->addWidget(m_demoBanner);
    workLayout->addWidget(split, 1);
    m_stack = new QStackedWidget(this);
    m_stack->setObjectName(QStringLiteral("mainStack"));
    m_welcome = new WelcomePage(m_stack);
    connect(m_welcome, &WelcomePage::addServerRequested, this, &MainWindow::addProfile);
    connect(m_welcome, &WelcomePage::demoRequested, this, &MainWindow::demoRequested);
    m_stack->addWidget(m_welcome);
    m_stack->addWidget(work);
    setCentralWidget(m_stack);

    m_inFlight = new QLabel(this);
    m_inFlight->setObjectName(QStringLiteral("inFlightLabel"));
    statusBar()->addPermanentWidget(m_inFlight);
    connect(&sessions.context().http(), &HttpClient::inFlightChanged, this, [this](int n) {
        m_inFlight->setText(n > 0 ? tr("%n request(s) in flight", nullptr, n) : QString());
    });

    buildActions();
    addToolBar(MainToolBar::create(this));
    for (QAction *a : {m_signInAction, m_signOutAction}) {
        auto *b = new QToolButton(side);
        b->setDefaultAction(a);
        b->setToolButtonStyle(Qt::ToolButtonTextBesideIcon); // the actions have icons now
        b->setObjectName(a->objectName() + QStringLiteral("Button"));
        sideButtons->addWidget(b);
    }

    // Every view runs its actions through the core's ActionRunner; when one needs a sign-in,
    // the runner asks here and continues the action after it (or reports why not).
    m_sessions.actions().setSignInHandler([this, guard = QPointer<MainWindow>(this)](const QString &id, const QString &reason,
                                                                                     std::function<void(bool)> then) {
        if (!guard || !openSignIn(id, reason, then))
            then(false);
    });
    // Secrets forgotten, credentials refused: a person must read it, so it stays until read.
    connect(&m_sessions, &ProfileSessions::notice, this, [this](const QString &, const QString &text) { m_message->showWarning(text); });
    connect(m_sessionsView, &SessionManagerView::message, this, &MainWindow::showMessage);
    connect(m_sessionsView, &SessionManagerView::changePasswordRequested, this, &MainWindow::openPasswordChange);

    connect(&m_sessions, &ProfileSessions::signInNeeded, this, [this](const QString &id, const QString &reason) {
        if (!m_signIns.value(id))
            openSignIn(id, reason);
    });
    connect(&m_sessions, &ProfileSessions::statusChanged, this, &MainWindow::updateActions);
    connect(m_profileList->selectionModel(), &QItemSelectionModel::currentChanged, this, [this] {
        updateActions();
        m_message->clear(); // it spoke of the profile selected before
        const QString id = currentProfileId();
        m_sessionsView->setCurrentProfile(id); // where it manages sessions
        if (m_accounts)
            m_accounts->setCurrentProfile(id);
    });
    connect(m_profileList, &QListView::activated, this, [this] {
        if (!m_sessions.status(currentProfileId()).state.signedIn)
            openSignIn(currentProfileId());
    });
    restoreSettings();
    updateActions();
    updateWelcome();
    // After the window shows: a bulk job the last run could not finish is offered first.
    QTimer::singleShot(0, this, &MainWindow::offerInterruptedJobs);
}

void MainWindow::offerInterruptedJobs()
{
    for (const BulkJournal::Job &job : BulkJournal::unfinished()) {
        const auto profile = m_profiles.find(job.profileId);
        if (!profile || profile->id != job.profileId)
            continue; // a job on an ad-hoc server of the CLI: "authdesk-cli jobs resume" finishes it
        const int left = int(job.left().size());
        if (!Prompter::instance().confirm(this, tr("Interrupted bulk job"),
                                          tr("A bulk termination on %1 was interrupted with %n session(s) left. Finish it now?", nullptr, left)
                                              .arg(profile->name),
                                          tr("Finish the job"), false))
            continue;
        selectProfile(job.profileId);
        m_tabs->setCurrentWidget(m_sessionsView);
        m_sessionsView->resumeJob(job.profileId, job.path);
        return; // one at a time
    }
}

MainWindow::~MainWindow() = default;

void MainWindow::buildActions()
{
    auto make = [this](const QString &text, const char *name, const QKeySequence &key, const std::function<void()> &slot) {
        auto *a = new QAction(text, this);
        a->setObjectName(QLatin1String(name));
        a->setShortcut(key);
        connect(a, &QAction::triggered, this, slot);
        addAction(a);
        return a;
    };
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(make(tr("&New profile…"), "actionNewProfile", QKeySequence::New, [this] { addProfile(); }));
    // Language: the system's by default; a choice here applies at the next start.
    QMenu *language = file->addMenu(tr("&Language"));
    language->setObjectName(QStringLiteral("languageMenu"));
    auto *languages = new QActionGroup(this);
    const QString current = QSettings().value(Translations::settingsKey(), QStringLiteral("system")).toString();
    const std::pair<QString, QString> choices[] = {{QStringLiteral("system"), tr("System default")},
                                                   {QStringLiteral("en"), QStringLiteral("English")},
                                                   {QStringLiteral("de"), QStringLiteral("Deutsch")},
                                                   {QStringLiteral("fr"), QStringLiteral("Français")}};
    for (const auto &[code, name] : choices) {
        QAction *a = language->addAction(name);
        a->setObjectName(QStringLiteral("language_") + code);
        a->setCheckable(true);
        a->setChecked(code == current);
        languages->addAction(a);
        connect(a, &QAction::triggered, this, [this, code = code] {
            QSettings().setValue(Translations::settingsKey(), code);
            showMessage(tr("The language changes at the next start of AuthDesk."));
        });
    }
    file->addSeparator();
    auto *quit = new QAction(tr("&Quit"), this);
    quit->setObjectName(QStringLiteral("actionQuit"));
    quit->setShortcut(QKeySequence::Quit);
    connect(quit, &QAction::triggered, this, &QWidget::close);
    file->addAction(quit);

    QMenu *profile = menuBar()->addMenu(tr("&Profile"));
    m_signInAction = make(tr("Sign &in…"), "actionSignIn", QKeySequence(Qt::CTRL | Qt::Key_I), [this] { openSignIn(currentProfileId()); });
    m_signOutAction = make(tr("Sign &out"), "actionSignOut", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I), [this] { signOut(); });
    QAction *edit = make(tr("&Edit…"), "actionEditProfile", QKeySequence(Qt::Key_F2), [this] { editProfile(); });
    QAction *test = make(tr("&Test connection"), "actionTestConnection", QKeySequence(Qt::CTRL | Qt::Key_T), [this] { testConnection(); });
    QAction *remove = make(tr("&Remove…"), "actionRemoveProfile", QKeySequence(), [this] { removeProfile(); });
    for (QAction *a : {m_signInAction, m_signOutAction, edit, test, remove})
        profile->addAction(a);
    m_profileActions = {m_signInAction, m_signOutAction, edit, test, remove};

    QMenu *sessions = menuBar()->addMenu(tr("&Sessions"));
    auto *bulk = new QAction(tr("&Bulk terminate…"), this);
    bulk->setObjectName(QStringLiteral("actionBulk"));
    bulk->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_B));
    connect(bulk, &QAction::triggered, this, [this] { m_tabs->setCurrentWidget(m_sessionsView); m_sessionsView->openBulk(); });
    sessions->addAction(bulk);
    auto *activity = new QAction(tr("&Activity"), this);
    activity->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));
    connect(activity, &QAction::triggered, this, [this] { showView(this->activity()); });
    auto *sessionsTab = new QAction(tr("&Sessions"), this);
    sessionsTab->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    connect(sessionsTab, &QAction::triggered, this, [this] { showView(m_sessionsView); });
    auto *accountsTab = new QAction(tr("A&ccounts"), this);
    accountsTab->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_3));
    connect(accountsTab, &QAction::triggered, this, [this] { showView(accountTools()); });
    auto *reset = new QAction(tr("&Reset a password…"), this);
    reset->setObjectName(QStringLiteral("actionResetPassword"));
    reset->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    connect(reset, &QAction::triggered, this, [this] { openResetWizard(currentProfileId()); });
    sessions->addAction(sessionsTab);
    sessions->addAction(accountsTab);
    sessions->addAction(activity);
    sessions->addSeparator();
    sessions->addAction(reset);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    auto *guide = new QAction(tr("User &guide"), this);
    guide->setObjectName(QStringLiteral("actionUserGuide"));
    guide->setShortcut(QKeySequence::HelpContents);
    connect(guide, &QAction::triggered, this, &MainWindow::openUserGuide);
    help->addAction(guide);
    auto *info = new QAction(tr("&Copy version and system information"), this);
    info->setObjectName(QStringLiteral("actionCopySystemInfo"));
    connect(info, &QAction::triggered, this, [this] {
        QGuiApplication::clipboard()->setText(SystemInfo::report(m_sessions.keychain().lastStatus(), QGuiApplication::platformName()));
        showMessage(tr("Version and system information copied: paste it into your bug report."));
    });
    help->addAction(info);
    auto *demo = new QAction(tr("Try the &demo"), this);
    demo->setObjectName(QStringLiteral("actionDemo"));
    connect(demo, &QAction::triggered, this, &MainWindow::demoRequested);
    help->addAction(demo);
    help->addSeparator();
    auto *about = new QAction(tr("&About AuthDesk"), this);
    about->setObjectName(QStringLiteral("actionAbout"));
    connect(about, &QAction::triggered, this, [this] {
        Prompter::instance().inform(this, tr("About AuthDesk"),
                                    tr("AuthDesk %1\nAdmin console for EnableX, Platform28 and Overkiz identity services.\nGPL-3.0-or-later.")
                                        .arg(QStringLiteral(AUTHDESK_VERSION)));
    });
    help->addAction(about);
    auto *aboutQt = new QAction(tr("About &Qt"), this);
    aboutQt->setObjectName(QStringLiteral("actionAboutQt"));
    connect(aboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);
    help->addAction(aboutQt);
}

QString MainWindow::userGuidePath()
{
    // Installed beside the program's documentation by the packages; in a build tree, the
    // source's docs folder.
    const QString app = QCoreApplication::applicationDirPath();
    for (const QString &candidate : {app + QStringLiteral("/../share/doc/authdesk/USER-GUIDE.md"),
                                     QStringLiteral("/usr/share/doc/authdesk/USER-GUIDE.md"),
                                     QStringLiteral(AUTHDESK_SOURCE_DIR "/docs/USER-GUIDE.md")}) {
        if (QFileInfo::exists(candidate))
            return QFileInfo(candidate).canonicalFilePath();
    }
    return {};
}

void MainWindow::openUserGuide()
{
    const QString path = userGuidePath();
    if (path.isEmpty() || !QDesktopServices::openUrl(QUrl::fromLocalFile(path)))
        Prompter::instance().inform(this, tr("User guide"),
                                    path.isEmpty() ? tr("The user guide is not installed on this computer.")
                                                   : tr("No program here opens the user guide; it is the file %1.").arg(path));
}

void MainWindow::ensureTab(int index)
{
    QWidget *w = m_tabs->widget(index);
    if (w == m_accountsSlot && !m_accounts) {
        m_accounts = new AccountToolsView(m_sessions, m_tabs);
        connect(m_accounts, &AccountToolsView::message, this, &MainWindow::showMessage);
        connect(m_accounts, &AccountToolsView::resetWizardRequested, this, [this](const QString &id) { openResetWizard(id); });
        m_accounts->setCurrentProfile(currentProfileId());
    } else if (w == m_activitySlot && !m_activity) {
        m_activity = new ActivityView(m_sessions.auditLog(), m_tabs);
        connect(m_activity, &ActivityView::message, this, &MainWindow::showMessage);
    } else {
        return;
    }
    const QSignalBlocker block(m_tabs);
    const bool current = m_tabs->currentIndex() == index;
    const QString text = m_tabs->tabText(index);
    m_tabs->removeTab(index);
    m_tabs->insertTab(index, w == m_accountsSlot ? static_cast<QWidget *>(m_accounts) : static_cast<QWidget *>(m_activity), text);
    w->deleteLater();
    if (w == m_accountsSlot)
        m_accountsSlot = nullptr;
    else
        m_activitySlot = nullptr;
    if (current)
        m_tabs->setCurrentIndex(index);
}

AccountToolsView *MainWindow::accountTools()
{
    if (!m_accounts)
        ensureTab(m_tabs->indexOf(m_accountsSlot));
    return m_accounts;
}

ActivityView *MainWindow::activity()
{
    if (!m_activity)
        ensureTab(m_tabs->indexOf(m_activitySlot));
    return m_activity;
}

QString MainWindow::currentProfileId() const
{
    return m_profileList->currentIndex().data(ProfileListModel::ProfileIdRole).toString();
}

void MainWindow::selectProfile(const QString &profileId)
{
    const int row = m_profileModel->rowOf(profileId);
    if (row >= 0)
        m_profileList->setCurrentIndex(m_profileModel->index(row));
}

void MainWindow::updateActions()
{
    const QString id = currentProfileId();
    const bool has = !id.isEmpty();
    for (QAction *a : std::as_const(m_profileActions))
        a->setEnabled(has);
    const bool in = has && m_sessions.status(id).state.signedIn;
    m_signInAction->setEnabled(has && !in);
    m_signOutAction->setEnabled(in);
}

void MainWindow::reloadProfiles()
{
    const QString current = currentProfileId();
    m_profileModel->reload();
    m_sessionsView->reloadProfiles();
    if (m_accounts)
        m_accounts->reloadProfiles();
    if (!current.isEmpty())
        selectProfile(current);
    else if (m_profileModel->rowCount() > 0)
        m_profileList->setCurrentIndex(m_profileModel->index(0));
    updateActions();
    updateWelcome();
}

void MainWindow::showView(QWidget *view)
{
    m_tabs->setCurrentWidget(view);
    // Ctrl+1/2/3 put the keyboard in the view, not only its tab in front: its table, or else
    // the first field that takes focus.
    QWidget *target = nullptr;
    if (view == m_sessionsView)
        target = m_sessionsView->table();
    else if (view == m_activity)
        target = m_activity->table();
    for (QWidget *w : view->findChildren<QWidget *>()) {
        if (target)
            break;
        if ((w->focusPolicy() & Qt::TabFocus) && w->isVisibleTo(view) && w->isEnabled())
            target = w;
    }
    if (target)
        target->setFocus(Qt::ShortcutFocusReason);
}

void MainWindow::updateWelcome()
{
    m_stack->setCurrentWidget(m_profileModel->rowCount() == 0 ? static_cast<QWidget *>(m_welcome) : m_stack->widget(1));
}

bool MainWindow::showsWelcome() const
{
    return m_stack->currentWidget() == m_welcome;
}

void MainWindow::setDemoSandbox(const QUrl &url)
{
    m_demoBanner->setSandbox(url);
}

void MainWindow::showMessage(const QString &text)
{
    statusBar()->showMessage(text, 8000);
}

SignInDialog *MainWindow::openSignIn(const QString &profileId, const QString &reason, const std::function<void(bool)> &then)
{
    const auto profile = m_profiles.find(profileId);
    if (!profile) {
        m_message->showInfo(tr("Choose a profile first."));
        return nullptr;
    }
    if (then)
        m_afterSignIn[profileId].append(then);
    if (SignInDialog *open = m_signIns.value(profileId)) {
        open->raise();
        open->activateWindow();
        return open;
    }
    auto *dialog = new SignInDialog(m_sessions, *profile, reason, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_signIns.insert(profileId, dialog);
    connect(dialog, &QDialog::finished, this, [this, profileId](int result) {
        m_signIns.remove(profileId);
        const auto waiting = m_afterSignIn.take(profileId);
        const bool signedIn = result == QDialog::Accepted;
        if (signedIn) {
            m_message->clear(MessageBar::Kind::Info); // "choose a profile first" was answered
            showMessage(tr("Signed in to %1.").arg(m_profiles.find(profileId).value_or(Profile{}).name));
        }
        for (const auto &f : waiting)
            f(signedIn); // the action a person started before the session ran out goes on, or says why not
    });
    dialog->open();
    return dialog;
}

PasswordResetWizard *MainWindow::openResetWizard(const QString &profileId)
{
    auto *wizard = new PasswordResetWizard(m_sessions, profileId.isEmpty() ? currentProfileId() : profileId, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(wizard, &QWizard::accepted, this, [this, wizard] { showMessage(wizard->context().summary); });
    wizard->open();
    return wizard;
}

void MainWindow::openPasswordChange(const QString &profileId, const QString &userId)
{
    m_sessions.actions().whenSignedIn(profileId, tr("Changing a password"), [this, guard = QPointer<MainWindow>(this), profileId, userId] {
        if (!guard)
            return;
        auto *dialog = new PasswordChangeDialog(m_sessions, profileId, userId, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QDialog::accepted, this, [this, userId] { showMessage(tr("The password of %1 was changed.").arg(userId)); });
        dialog->open();
    }, [this, guard = QPointer<MainWindow>(this)](const ApiError &e) {
        if (guard && e.kind != ErrorKind::Cancelled)
            m_message->showError(e.message);
    });
}

void MainWindow::addProfile()
{
    auto *dialog = new ProfileDialog(m_sessions.context(), Profile{}, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setSaver([this](const Profile &edited) { return m_sessions.saveProfile(edited); });
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const Profile saved = dialog->savedProfile();
        reloadProfiles();
        selectProfile(saved.id);
    });
    dialog->open();
}

void MainWindow::editProfile()
{
    const auto p = m_profiles.find(currentProfileId());
    if (!p)
        return;
    auto *dialog = new ProfileDialog(m_sessions.context(), *p, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setSaver([this](const Profile &edited) { return m_sessions.saveProfile(edited); });
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const Profile saved = dialog->savedProfile();
        m_sessions.profileChanged(saved.id);
        reloadProfiles();
    });
    dialog->open();
}

void MainWindow::removeProfile()
{
    const auto p = m_profiles.find(currentProfileId());
    if (!p || !Prompter::instance().confirm(this, tr("Remove profile"),
                                            tr("Remove the profile %1? Its saved sign-in is deleted from the keychain.").arg(p->name),
                                            tr("Remove %1").arg(p->name), true))
        return;
    if (const auto removed = m_profiles.remove(p->id); !removed.ok())
        return m_message->showError(removed.error().message);
    m_sessions.signOut(p->id, [](const Result<Done> &) {});
    m_sessions.profileRemoved(p->id);
    reloadProfiles();
}

void MainWindow::signOut()
{
    const QString id = currentProfileId();
    m_sessions.signOut(id, [this, guard = QPointer<MainWindow>(this)](const Result<Done> &r) {
        if (!guard)
            return;
        if (r.ok())
            showMessage(tr("Signed out."));
        else
            m_message->showWarning(tr("Signed out here; the server said: %1").arg(r.error().message));
    });
}

void MainWindow::testConnection()
{
    Backend *b = m_sessions.backend(currentProfileId());
    if (!b)
        return;
    m_message->showInfo(tr("Testing the connection…"));
    b->testConnection([this, guard = QPointer<MainWindow>(this)](const Result<Done> &r) {
        if (guard)
            m_message->showMessage(r.ok() ? MessageBar::Kind::Success : MessageBar::Kind::Error,
                                   r.ok() ? tr("The server answers.") : r.error().message);
    });
}

void MainWindow::restoreSettings()
{
    QSettings s;
    restoreGeometry(s.value(QStringLiteral("ui/geometry")).toByteArray());
    restoreState(s.value(QStringLiteral("ui/state")).toByteArray());
    if (auto *split = findChild<QSplitter *>(QStringLiteral("mainSplitter")))
        split->restoreState(s.value(QStringLiteral("ui/splitter")).toByteArray());
    m_sessionsView->table()->horizontalHeader()->restoreState(s.value(QStringLiteral("ui/sessionColumns")).toByteArray());
    m_profileModel->reload();
    const QString last = s.value(QStringLiteral("ui/lastProfile")).toString();
    if (m_profileModel->rowOf(last) >= 0)
        selectProfile(last);
    else if (m_profileModel->rowCount() > 0)
        m_profileList->setCurrentIndex(m_profileModel->index(0));
}

void MainWindow::saveSettings()
{
    QSettings s;
    s.setValue(QStringLiteral("ui/geometry"), saveGeometry());
    s.setValue(QStringLiteral("ui/state"), saveState());
    if (auto *split = findChild<QSplitter *>(QStringLiteral("mainSplitter")))
        s.setValue(QStringLiteral("ui/splitter"), split->saveState());
    s.setValue(QStringLiteral("ui/sessionColumns"), m_sessionsView->table()->horizontalHeader()->saveState());
    s.setValue(QStringLiteral("ui/lastProfile"), currentProfileId());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    QMainWindow::closeEvent(event);
}

} // namespace authdesk
