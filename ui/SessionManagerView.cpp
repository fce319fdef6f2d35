#include "SessionManagerView.h"

#include "ActionRunner.h"
#include "BulkTerminateDialog.h"
#include "CoreContext.h"
#include "EmptyState.h"
#include "MessageBar.h"
#include "ProfileSessions.h"
#include "ProfileStore.h"
#include "Prompter.h"
#include "SessionAdmin.h"
#include "SessionDetailsPane.h"
#include "SessionTableModel.h"
#include "SessionViewModel.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace authdesk {

SessionManagerView::SessionManagerView(ProfileSessions &sessions, QWidget *parent)
    : QWidget(parent)
    , m_sessions(sessions)
    , m_model(new SessionTableModel(this))
    , m_filter(new SessionViewModel(m_model, this))
{
    setObjectName(QStringLiteral("sessionManager"));
    auto *layout = new QVBoxLayout(this);
    auto *bar = new QGridLayout;
    auto label = [this](const QString &text, QWidget *buddy) {
        auto *l = new QLabel(text, this);
        l->setBuddy(buddy);
        return l;
    };
    auto button = [this](const QString &text, const char *name) {
        auto *b = new QPushButton(text, this);
        b->setObjectName(QLatin1String(name));
        return b;
    };
    m_profile = new QComboBox(this);
    m_profile->setObjectName(QStringLiteral("profileCombo"));
    m_profile->setAccessibleName(tr("Platform28 profile"));
    bar->addWidget(label(tr("P&rofile:"), m_profile), 0, 0);
    bar->addWidget(m_profile, 0, 1);
    m_lookup = new QLineEdit(this);
    m_lookup->setObjectName(QStringLiteral("lookupEdit"));
    m_lookup->setPlaceholderText(tr("session id"));
    m_lookup->setAccessibleName(tr("Session id to look up"));
    bar->addWidget(label(tr("Session &id:"), m_lookup), 0, 2);
    bar->addWidget(m_lookup, 0, 3);
    auto *lookupButton = button(tr("&Look up"), "lookupButton");
    bar->addWidget(lookupButton, 0, 4);
    m_user = new QLineEdit(this);
    m_user->setObjectName(QStringLiteral("userIdEdit"));
    m_user->setPlaceholderText(tr("user id"));
    m_user->setAccessibleName(tr("User id whose sessions to list"));
    bar->addWidget(label(tr("&User:"), m_user), 1, 2);
    bar->addWidget(m_user, 1, 3);
    auto *listButton = button(tr("List &sessions"), "listButton");
    bar->addWidget(listButton, 1, 4);
    auto *bulkButton = button(tr("&Bulk terminate…"), "bulkButton");
    bar->addWidget(bulkButton, 1, 1);
    layout->addLayout(bar);

    m_unsupported = new QLabel(tr("This server cannot list a user's sessions. Look sessions up by their id instead."), this);
    m_unsupported->setObjectName(QStringLiteral("listUnsupportedLabel"));
    m_unsupported->setWordWrap(true);
    m_unsupported->hide();
    layout->addWidget(m_unsupported);
    // The filter and the view's message share a row: the message's reserved space (so that
    // nothing jumps when it shows) is beside the filter, not a blank band of its own.
    auto *filterRow = new QHBoxLayout;
    m_filterEdit = new QLineEdit(this);
    m_filterEdit->setObjectName(QStringLiteral("filterEdit"));
    m_filterEdit->setPlaceholderText(tr("Filter (Ctrl+F)"));
    m_filterEdit->setAccessibleName(tr("Filter sessions"));
    m_filterEdit->setClearButtonEnabled(true);
    filterRow->addWidget(m_filterEdit, 2, Qt::AlignTop);
    m_error = new MessageBar(this);
    filterRow->addWidget(m_error, 3);
    layout->addLayout(filterRow);

    auto *split = new QSplitter(Qt::Horizontal, this);
    split->setObjectName(QStringLiteral("sessionSplitter"));
    m_table = new QTableView(split);
    m_table->setObjectName(QStringLiteral("sessionTable"));
    m_table->setAccessibleName(tr("Sessions"));
    m_table->setModel(m_filter);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(SessionTableModel::ProfileCol, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed); // no per-row measuring at 100k rows
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionsMovable(true);
    m_table->horizontalHeader()->setStretchLastSection(true);
    EmptyState::attach(m_table, tr("No sessions here yet. Look one up by its id, or list a user's sessions."));
    m_details = new SessionDetailsPane(split);
    m_details->setMinimumWidth(240);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    split->setSizes({640, 300});
    const int widths[] = {150, 120, 100, 110, 80, 100, 150, 150, 150, 110, 160, 110};
    // At least as wide as the header in the language shown (German headers are longer);
    // measured once here, not per row (100,000 rows).
    const QFontMetrics header(m_table->horizontalHeader()->font());
    for (int c = 0; c < SessionTableModel::ColumnCount; ++c) {
        const QString title = m_model->headerData(c, Qt::Horizontal, Qt::DisplayRole).toString();
        m_table->setColumnWidth(c, qMax(widths[c], header.horizontalAdvance(title) + 32)); // + sort arrow, margins
    }
    layout->addWidget(split, 1);

    // Two rows of four: in German and French one row of eight made the window wider than a
    // 1280-pixel screen.
    auto *actions = new QGridLayout;
    auto action = [&](const QString &text, const char *name, const std::function<void()> &slot) {
        auto *b = button(text, name);
        connect(b, &QPushButton::clicked, this, slot);
        const int at = int(m_rowActions.size());
        actions->addWidget(b, at / 4, at % 4);
        m_rowActions << b;
    };
    action(tr("&Terminate"), "terminateButton", [this] { terminate(); });
    action(tr("Terminate &all of this user"), "terminateUserButton", [this] { terminateUser(); });
    action(tr("Cl&one"), "cloneButton", [this] { cloneSelected(); });
    action(tr("Set effective us&er…"), "setUserButton", [this] { setEffective(true); });
    action(tr("Set effective or&g…"), "setOrgButton", [this] { setEffective(false); });
    action(tr("Reset i&dentity"), "resetIdentityButton", [this] { resetIdentity(); });
    action(tr("C&hange password…"), "sessionChangePasswordButton", [this] {
        if (const SessionRow *row = selected())
            Q_EMIT changePasswordRequested(row->profileId, row->session.userId);
    });
    m_copy = button(tr("&Copy id"), "copyIdButton");
    connect(m_copy, &QPushButton::clicked, this, &SessionManagerView::copyId);
    actions->addWidget(m_copy, 1, 3);
    actions->setColumnStretch(4, 1);
    layout->addLayout(actions);

    m_filterDelay = new QTimer(this);
    m_filterDelay->setSingleShot(true);
    m_filterDelay->setInterval(120); // type a word, filter once
    connect(m_filterEdit, &QLineEdit::textChanged, m_filterDelay, qOverload<>(&QTimer::start));
    connect(m_filterDelay, &QTimer::timeout, this, [this] { m_filter->setText(m_filterEdit->text()); });
    connect(lookupButton, &QPushButton::clicked, this, [this] { lookUp(m_lookup->text()); });
    connect(m_lookup, &QLineEdit::returnPressed, this, [this] { lookUp(m_lookup->text()); });
    connect(listButton, &QPushButton::clicked, this, [this] { listUserSessions(m_user->text()); });
    connect(m_user, &QLineEdit::returnPressed, this, [this] { listUserSessions(m_user->text()); });
    connect(bulkButton, &QPushButton::clicked, this, [this] { openBulk(); });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        if (const SessionRow *row = selected())
            m_kept = {row->profileId, row->session.sessionId, row->own, m_table->selectionModel()->selectedRows().first().row(), true};
        else if (!m_resetting)
            m_kept = {}; // the person cleared it
        showSelected();
    });
    // A reset clears the selection without a signal: keep it across (filter, clone, terminate).
    connect(m_filter, &QAbstractItemModel::modelAboutToBeReset, this, &SessionManagerView::rememberSelection);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &SessionManagerView::restoreSelection);
    connect(&m_sessions, &ProfileSessions::statusChanged, this, &SessionManagerView::refreshOwnRows);

    new QShortcut(QKeySequence::Find, this, [this] { m_filterEdit->setFocus(); m_filterEdit->selectAll(); });
    m_table->installEventFilter(this); // Delete terminates, Ctrl+C copies the id
    reloadProfiles();
    refreshOwnRows();
    updateActions();
}

bool SessionManagerView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->matches(QKeySequence::Delete)) {
            terminate();
            return true;
        }
        if (key->matches(QKeySequence::Copy)) {
            copyId();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void SessionManagerView::reloadProfiles()
{
    const QString current = currentProfile();
    m_profile->clear();
    for (const Profile &p : m_sessions.profiles().all())
        if (managesSessions(p.id))
            m_profile->addItem(QIcon(QStringLiteral(":/icons/%1.svg").arg(p.dialect)), p.name, p.id);
    if (!current.isEmpty())
        setCurrentProfile(current);
    refreshOwnRows();
}

void SessionManagerView::setCurrentProfile(const QString &profileId)
{
    const int i = m_profile->findData(profileId);
    if (i >= 0)
        m_profile->setCurrentIndex(i);
}

bool SessionManagerView::managesSessions(const QString &profileId) const
{
    const DialectDescriptor *d = m_sessions.descriptor(profileId);
    return d && d->has(Capability::SessionAdmin);
}

QString SessionManagerView::currentProfile() const
{
    return m_profile->currentData().toString();
}

const SessionRow *SessionManagerView::selected() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return nullptr;
    return m_model->rowAt(m_filter->sourceRow(rows.first().row()));
}

void SessionManagerView::rememberSelection()
{
    m_resetting = true;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (!rows.isEmpty())
        m_kept.viewRow = rows.first().row();
}

void SessionManagerView::restoreSelection()
{
    int source = -1;
    if (m_kept.valid) {
        if (!m_kept.own) {
            source = m_model->rowOf(m_kept.profileId, m_kept.sessionId);
        } else {
            for (int r = 0; r < m_model->rowCount() && source < 0; ++r) {
                const SessionRow *row = m_model->rowAt(r);
                if (row->own && row->profileId == m_kept.profileId)
                    source = r;
            }
        }
    }
    if (source >= 0) {
        if (const int view = m_filter->viewRow(source); view >= 0)
            m_table->selectRow(view);
        // else filtered out: nothing selected until the filter shows it again
    } else if (m_kept.valid && m_kept.viewRow >= 0 && m_filter->rowCount() > 0) {
        // Gone (terminated): the row that took its place, so the next action is one key away.
        m_resetting = false;
        m_table->selectRow(qMin(m_kept.viewRow, m_filter->rowCount() - 1));
    } else if (m_kept.valid && source < 0) {
        m_kept = {};
    }
    m_resetting = false;
    showSelected();
}

void SessionManagerView::showSelected()
{
    m_details->show(selected());
    updateActions();
}

void SessionManagerView::updateActions()
{
    const SessionRow *row = selected();
    // Actions need a server session of a dialect that manages them (own sign-ins have one too).
    const bool manageable = row && !row->session.sessionId.isEmpty() && managesSessions(row->profileId);
    for (QPushButton *b : std::as_const(m_rowActions))
        b->setEnabled(manageable && m_busy == 0);
    m_copy->setEnabled(row && !row->session.sessionId.isEmpty());
}

void SessionManagerView::refreshOwnRows()
{
    QList<SessionRow> own;
    for (const Profile &p : m_sessions.profiles().all()) {
        const auto st = m_sessions.status(p.id);
        if (!st.state.signedIn)
            continue;
        SessionRow r;
        r.profileId = p.id;
        r.profileName = p.name;
        r.who = st.state.who;
        r.session.sessionId = st.state.details.value(QStringLiteral("sessionId")).toString();
        r.session.userId = st.state.userId;
        r.session.effectiveUserId = st.state.userId;
        r.session.orgId = st.state.details.value(QStringLiteral("orgId")).toString();
        r.session.created = st.state.since;
        r.session.expiresAt = st.state.expiresAt;
        own << r;
    }
    m_model->setOwnRows(own);
}

void SessionManagerView::showError(const ApiError &e)
{
    // Here only: the status bar is for what passes, an error stays until the next action.
    if (e.isError())
        m_error->showError(e.message);
    else
        m_error->clear();
}

template <typename T>
void SessionManagerView::act(const QString &what, const std::function<CallHandle(SessionAdmin &, Callback<T>)> &call,
                             const std::function<void(const T &)> &onOk, const std::function<bool(const ApiError &)> &onError)
{
    const QString profileId = currentProfile();
    if (profileId.isEmpty())
        return showError(ApiError::make(ErrorKind::Usage, tr("Add a profile that manages sessions first.")));
    showError({});
    ++m_busy;
    updateActions();
    setCursor(Qt::BusyCursor);
    m_sessions.actions().run<SessionAdmin, T>(profileId, what, call, [this, guard = QPointer<SessionManagerView>(this), what, onOk, onError](const Result<T> &r) {
        if (!guard)
            return;
        --m_busy;
        if (m_busy == 0)
            unsetCursor();
        updateActions();
        if (r.ok()) {
            onOk(r.value());
            Q_EMIT message(tr("%1: done.").arg(what));
        } else if (!onError || !onError(r.error())) {
            showError(r.error());
        }
    });
}

void SessionManagerView::lookUp(const QString &sessionId)
{
    const QString id = sessionId.trimmed();
    if (id.isEmpty())
        return showError(ApiError::make(ErrorKind::Usage, tr("Enter a session id to look up.")));
    act<P28Session>(tr("Look-up"), [id](SessionAdmin &b, Callback<P28Session> cb) { return b.session(id, cb); },
                    [this](const P28Session &s) {
                        const QString profileId = currentProfile();
                        m_model->upsert(profileId, m_profile->currentText(), {s});
                        const int row = m_model->rowOf(profileId, s.sessionId);
                        m_table->selectRow(m_filter->viewRow(row));
                    });
}

void SessionManagerView::listUserSessions(const QString &userId)
{
    const QString id = userId.trimmed();
    if (id.isEmpty())
        return showError(ApiError::make(ErrorKind::Usage, tr("Enter the user id whose sessions to list.")));
    m_unsupported->hide();
    const QString profileId = currentProfile();
    const QString profileName = m_profile->currentText();
    act<QList<P28Session>>(tr("Listing sessions"), [id](SessionAdmin &b, Callback<QList<P28Session>> cb) { return b.userSessions(id, cb); },
        [this, profileId, profileName, id](const QList<P28Session> &sessions) {
            m_model->upsert(profileId, profileName, sessions);
            Q_EMIT message(tr("%n session(s) of %1.", nullptr, int(sessions.size())).arg(id));
        },
        [this](const ApiError &e) {
            if (e.kind != ErrorKind::Unsupported)
                return false;
            m_unsupported->show(); // the view says so and offers look-up by id
            m_lookup->setFocus();
            return true;
        });
}

void SessionManagerView::terminate()
{
    const SessionRow *row = selected();
    if (!row || !m_rowActions.first()->isEnabled())
        return;
    const QString id = row->session.sessionId;
    const QString profileId = row->profileId;
    setCurrentProfile(profileId);
    if (!Prompter::instance().confirm(this, tr("Terminate session"), tr("Terminate session %1? Whoever uses it is signed out.").arg(id),
                                      tr("Terminate 1 session"), true))
        return;
    act<int>(tr("Terminate"), [id](SessionAdmin &b, Callback<int> cb) { return b.terminateSession(id, false, cb); },
             [this, profileId, id](const int &) { m_model->remove(profileId, id); });
}

void SessionManagerView::terminateUser()
{
    const SessionRow *row = selected();
    if (!row)
        return;
    const QString user = row->session.userId;
    const QString profileId = row->profileId;
    setCurrentProfile(profileId);
    if (!Prompter::instance().confirm(this, tr("Terminate all sessions"), tr("Terminate every session of %1?").arg(user),
                                      tr("Terminate all of %1").arg(user), true))
        return;
    act<int>(tr("Terminate all of %1").arg(user), [user](SessionAdmin &b, Callback<int> cb) { return b.terminateUserSessions(user, cb); },
             [this, profileId, user](const int &n) {
                 m_model->removeUser(profileId, user);
                 Q_EMIT message(tr("%n session(s) terminated.", nullptr, n));
             });
}

void SessionManagerView::cloneSelected()
{
    const SessionRow *row = selected();
    if (!row)
        return;
    const QString id = row->session.sessionId;
    setCurrentProfile(row->profileId);
    act<P28Session>(tr("Clone"), [id](SessionAdmin &b, Callback<P28Session> cb) { return b.cloneSession(id, cb); },
                    [this](const P28Session &s) { m_model->upsert(currentProfile(), m_profile->currentText(), {s}); });
}

void SessionManagerView::setEffective(bool user)
{
    const SessionRow *row = selected();
    if (!row)
        return;
    const QString id = row->session.sessionId;
    setCurrentProfile(row->profileId);
    const auto target = Prompter::instance().askText(this, user ? tr("Set effective user") : tr("Set effective org"),
                                                     user ? tr("Act in session %1 as user id:").arg(id) : tr("Act in session %1 in org id:").arg(id),
                                                     user ? row->session.effectiveUserId : row->session.effectiveOrgId);
    if (!target || target->trimmed().isEmpty())
        return;
    const QString t = target->trimmed();
    auto onOk = [this](const P28Session &s) { m_model->upsert(currentProfile(), m_profile->currentText(), {s}); m_details->show(selected()); };
    if (user)
        act<P28Session>(tr("Set effective user"), [id, t](SessionAdmin &b, Callback<P28Session> cb) { return b.setEffectiveUser(id, t, cb); }, onOk);
    else
        act<P28Session>(tr("Set effective org"), [id, t](SessionAdmin &b, Callback<P28Session> cb) { return b.setEffectiveOrg(id, t, cb); }, onOk);
}

void SessionManagerView::resetIdentity()
{
    const SessionRow *row = selected();
    if (!row)
        return;
    const QString id = row->session.sessionId;
    setCurrentProfile(row->profileId);
    act<P28Session>(tr("Reset identity"), [id](SessionAdmin &b, Callback<P28Session> cb) { return b.resetIdentity(id, cb); },
                    [this](const P28Session &s) { m_model->upsert(currentProfile(), m_profile->currentText(), {s}); m_details->show(selected()); });
}

void SessionManagerView::copyId()
{
    if (const SessionRow *row = selected(); row && !row->session.sessionId.isEmpty()) {
        QGuiApplication::clipboard()->setText(row->session.sessionId);
        Q_EMIT message(tr("Copied %1.").arg(row->session.sessionId));
    }
}

void SessionManagerView::openBulk(const QStringList &ids)
{
    openBulkOn(currentProfile(), ids, QString());
}

void SessionManagerView::resumeJob(const QString &profileId, const QString &journalPath)
{
    openBulkOn(profileId, {}, journalPath);
}

void SessionManagerView::openBulkOn(const QString &profileId, const QStringList &ids, const QString &journalPath)
{
    if (profileId.isEmpty())
        return showError(ApiError::make(ErrorKind::Usage, tr("Add a profile that manages sessions first.")));
    const auto profile = m_sessions.profile(profileId);
    const QString profileName = profile ? profile->name : QString();
    m_sessions.actions().whenSignedIn(profileId, tr("Bulk termination"), [this, guard = QPointer<SessionManagerView>(this), profileId, profileName, ids, journalPath] {
        Backend *b = guard ? m_sessions.backend(profileId) : nullptr;
        if (!b)
            return;
        auto *dialog = new BulkTerminateDialog(b, profileName, ids, this);
        if (!journalPath.isEmpty())
            dialog->resume(journalPath);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &BulkTerminateDialog::terminated, this,
                [this, profileId](const QStringList &done) { m_model->remove(profileId, done); });
        dialog->open();
    }, [this, guard = QPointer<SessionManagerView>(this)](const ApiError &e) {
        if (guard)
            showError(e);
    });
}

} // namespace authdesk
