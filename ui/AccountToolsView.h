#pragma once

#include "ActionRunner.h"
#include "CallHandle.h"

#include <QDateTime>
#include <QWidget>

#include <functional>

class QComboBox;
class QGroupBox;
class QLineEdit;
class QPushButton;
class QTimer;

namespace authdesk {

class Backend;
class MessageBar;
class ProfileSessions;

// Support tools beside the sessions: does a user exist (Overkiz O10, debounced and
// rate-limit aware), block / unblock / status of a sign-in (Platform28 P2-P4), validation
// tokens (O7-O9), terms of use (O12-O13), creating a main account (O11), and the entry
// points to the password-reset wizard and the password change (P14).
class AccountToolsView : public QWidget
{
    Q_OBJECT
public:
    explicit AccountToolsView(ProfileSessions &sessions, QWidget *parent = nullptr);

    void reloadProfiles();
    void setCurrentProfile(const QString &profileId);
    QString currentProfile() const;
    // When the exists check may ask the server again after a 429 (invalid when it may now).
    QDateTime existsBlockedUntil() const { return m_existsBlockedUntil; }

Q_SIGNALS:
    void resetWizardRequested(const QString &profileId);
    void message(const QString &text);

private:
    void onProfileChanged();
    void checkExists();
    void blockAction(int action); // 0 status, 1 block, 2 unblock
    void sendValidation();
    void validate(bool emailOnly);
    void answerTerms(bool accept);
    void createAccount();
    void changePassword();
    // Runs an action of the current profile through the core's ActionRunner.
    template <typename Cap, typename T>
    ActionHandle run(const QString &what, std::function<CallHandle(Cap &, Callback<T>)> call, Callback<T> done,
                     ActionRunner::Needs needs = ActionRunner::Needs::SignIn);

    ProfileSessions &m_sessions;
    QComboBox *m_profile = nullptr;
    QGroupBox *m_existsBox = nullptr, *m_blockBox = nullptr, *m_validationBox = nullptr, *m_termsBox = nullptr;
    QLineEdit *m_existsEdit = nullptr;
    MessageBar *m_message = nullptr; // the dialogs opened from here: why they could not open
    MessageBar *m_existsLabel = nullptr;
    QTimer *m_existsDebounce = nullptr;
    QDateTime m_existsBlockedUntil;
    ActionHandle m_existsCall;
    QLineEdit *m_blockUser = nullptr;
    MessageBar *m_blockLabel = nullptr;
    QLineEdit *m_valUser = nullptr;
    QLineEdit *m_valToken = nullptr;
    MessageBar *m_valLabel = nullptr;
    QLineEdit *m_gateway = nullptr;
    QLineEdit *m_termsToken = nullptr;
    MessageBar *m_termsLabel = nullptr;
    QPushButton *m_createButton = nullptr;
    QPushButton *m_changeButton = nullptr;
};

} // namespace authdesk
