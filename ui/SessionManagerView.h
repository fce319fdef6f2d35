#pragma once

#include "ApiError.h"
#include "CallHandle.h"
#include "Result.h"

#include <QWidget>

#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;

namespace authdesk {

class MessageBar;
class ProfileSessions;
class SessionAdmin;
class SessionDetailsPane;
class SessionViewModel;
class SessionTableModel;
struct P28Session;
struct SessionRow;

// The session manager: the console's own sign-ins and Platform28 server sessions in one
// sortable table filtered as you type; look-up by id, a user's sessions (P15), a details
// pane, and the actions (terminate, terminate all of a user, clone, set effective user /
// org, reset identity, copy id, bulk terminate). Destructive actions ask first.
class SessionManagerView : public QWidget
{
    Q_OBJECT
public:
    explicit SessionManagerView(ProfileSessions &sessions, QWidget *parent = nullptr);

    SessionTableModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    SessionDetailsPane *details() const { return m_details; }
    // The Platform28 profile the look-ups and actions use.
    void setCurrentProfile(const QString &profileId);
    QString currentProfile() const;
    void reloadProfiles();

    void lookUp(const QString &sessionId);
    void listUserSessions(const QString &userId);
    void openBulk(const QStringList &ids = {});
    // Opens the bulk dialog on an interrupted job of `profileId` and finishes it.
    void resumeJob(const QString &profileId, const QString &journalPath);

private:
    void openBulkOn(const QString &profileId, const QStringList &ids, const QString &journalPath);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

Q_SIGNALS:
    void message(const QString &text);
    void changePasswordRequested(const QString &profileId, const QString &userId);

private:
    // Runs a session action on the current profile through the core's ActionRunner (which
    // asks for a sign-in and continues afterwards); `onOk` gets the result, errors show here.
    template <typename T>
    void act(const QString &what, const std::function<CallHandle(SessionAdmin &, Callback<T>)> &call,
             const std::function<void(const T &)> &onOk, const std::function<bool(const ApiError &)> &onError = {});
    // Whether a profile's dialect manages server sessions.
    bool managesSessions(const QString &profileId) const;
    const SessionRow *selected() const;
    // The selected row survives the view model's resets (filter, sort, rows added or
    // removed): it is remembered by its key and selected again; a row that is gone leaves
    // the selection on the row that took its place, one filtered out leaves none (and comes
    // back when the filter shows it again).
    void rememberSelection();
    void restoreSelection();
    void showSelected();
    void updateActions();
    void refreshOwnRows();
    void showError(const ApiError &e);
    void terminate();
    void terminateUser();
    void cloneSelected();
    void setEffective(bool user);
    void resetIdentity();
    void copyId();

    ProfileSessions &m_sessions;
    SessionTableModel *m_model = nullptr;
    SessionViewModel *m_filter = nullptr;
    QTimer *m_filterDelay = nullptr;
    QComboBox *m_profile = nullptr;
    QLineEdit *m_lookup = nullptr;
    QLineEdit *m_user = nullptr;
    QLineEdit *m_filterEdit = nullptr;
    QTableView *m_table = nullptr;
    SessionDetailsPane *m_details = nullptr;
    MessageBar *m_error = nullptr; // the outcome of the last action, where it was started
    QLabel *m_unsupported = nullptr;
    struct KeptRow {
        QString profileId, sessionId;
        bool own = false;
        int viewRow = -1; // where it was shown
        bool valid = false;
    } m_kept;
    bool m_resetting = false; // between a reset's start and end: a lost selection is not the person's doing
    QList<QPushButton *> m_rowActions;
    QPushButton *m_copy = nullptr;
    int m_busy = 0;
};

} // namespace authdesk
