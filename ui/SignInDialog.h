#pragma once

#include "CallHandle.h"
#include "Credentials.h"
#include "Profile.h"

#include <QDeadlineTimer>
#include <QDialog>
#include <QHash>

#include <memory>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QTimer;

namespace authdesk {

class AuthorizationCodeFlow;
class OidcClient;
struct DialectDescriptor;

class MessageBar;
class ProfileSessions;

// Signs in to one profile, adapting to its dialect and the chosen mode (password, app key,
// API key, SSO token, access token, JWT). Each mode keeps its own values: what was typed for
// one never shows up in another's fields. Errors show inline in words a person understands;
// the dialog stays open (and keeps what was typed) until the sign-in succeeds or is cancelled.
// A throttled sign-in counts down to when the server takes the next try; whether "Remember"
// can use the system keychain is said in plain words before signing in. A profile with an
// identity provider also offers "Sign in with SSO" in the system browser.
class SignInDialog : public QDialog
{
    Q_OBJECT
public:
    SignInDialog(ProfileSessions &sessions, const Profile &profile, const QString &reason, QWidget *parent = nullptr);
    ~SignInDialog() override;

    QString profileId() const { return m_profile.id; }
    // The mode currently selected (tests and the profile's default).
    Credentials::Mode mode() const;

public Q_SLOTS:
    void accept() override;
    void reject() override;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    const DialectDescriptor *m_dialect = nullptr; // of the profile (never null once built)
    void buildModes();
    void updateMode();
    void setBusy(bool busy);
    void showError(const QString &text);
    void checkKeychain();
    void showKeychainState(int status);
    void startCountdown(int seconds);
    void tick();
    void clearSecrets();
    Credentials credentials() const;
    // Sends the sign-in and handles its answer (the typed credentials or the SSO ones).
    void send(const Credentials &c, bool remember);
    // The profile's identity provider in the system browser (code flow, loopback redirect).
    void signInWithSso();

    ProfileSessions &m_sessions;
    Profile m_profile;
    CallHandle m_call;
    QComboBox *m_mode = nullptr;
    QFormLayout *m_form = nullptr;
    QLineEdit *m_user = nullptr;
    QLineEdit *m_secret = nullptr;
    QLineEdit *m_apiId = nullptr;
    QGroupBox *m_extras = nullptr;
    QLineEdit *m_applicationId = nullptr;
    QLineEdit *m_extraApiKey = nullptr;
    QLineEdit *m_setupOid = nullptr;
    QCheckBox *m_remember = nullptr;
    QLabel *m_caps = nullptr;
    MessageBar *m_error = nullptr;
    MessageBar *m_keychain = nullptr;
    QTimer *m_countdown = nullptr;
    QDeadlineTimer m_retryAt; // a throttled sign-in: when the server takes the next one
    int m_shownMode = -1;     // the mode whose values the fields hold
    struct Values {
        QString user, secret;
    };
    QHash<int, Values> m_values; // of the other modes, until the dialog closes
    QProgressBar *m_busy = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_sso = nullptr; // only for a profile with an identity provider
    std::unique_ptr<OidcClient> m_oidc;
    std::unique_ptr<AuthorizationCodeFlow> m_flow;
};

} // namespace authdesk
