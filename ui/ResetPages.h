#pragma once

#include "ActionRunner.h"

#include <QWizardPage>

#include <optional>

class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QTimer;

namespace authdesk {

class MessageBar;
class NewPasswordFields;
class PasswordResetWizard;

// The pages of PasswordResetWizard. They are small and only make sense together, so they
// share this header; each is one step of the flow described there.

// Who, on which profile, and whether a reset key is already at hand.
class ResetStartPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ResetStartPage(PasswordResetWizard *wizard);
    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;
    int nextId() const override;

private:
    void onProfileChanged();
    PasswordResetWizard *m_wizard;
    QComboBox *m_profile = nullptr;
    QLabel *m_whoLabel = nullptr;
    QLineEdit *m_who = nullptr;
    QLineEdit *m_email = nullptr;
    QGroupBox *m_extras = nullptr;
    QLineEdit *m_phone = nullptr, *m_mobile = nullptr, *m_template = nullptr, *m_resetUrl = nullptr;
    QRadioButton *m_request = nullptr;
    QRadioButton *m_haveKey = nullptr;
};

// Sends the reset request (E2 / P12 / O4) when shown.
class ResetRequestPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ResetRequestPage(PasswordResetWizard *wizard);
    ~ResetRequestPage() override;
    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;
    int nextId() const override;

private:
    void send();
    PasswordResetWizard *m_wizard;
    ActionHandle m_call;
    bool m_done = false;
    MessageBar *m_status = nullptr;
    QProgressBar *m_busy = nullptr;
    QPushButton *m_retry = nullptr;
};

// The key (EnableX, validated with E3 before going on) or token (Platform28) from the e-mail.
// A pasted reset link is taken apart at once: its key or token goes in the field.
class ResetKeyPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ResetKeyPage(PasswordResetWizard *wizard);
    ~ResetKeyPage() override;
    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;
    // The key or token in a reset link (query or fragment: key, token, resetKey, resetToken);
    // empty when `link` is a link without one; nullopt when it is no link at all.
    static std::optional<QString> keyInLink(const QString &link);

private:
    void onKeyEdited();
    PasswordResetWizard *m_wizard;
    ActionHandle m_call;
    bool m_validated = false;
    bool m_linkWithoutKey = false;
    QLineEdit *m_key = nullptr;
    QLineEdit *m_username = nullptr;
    QLabel *m_usernameLabel = nullptr;
    MessageBar *m_error = nullptr;
    QProgressBar *m_busy = nullptr;
};

// The new password (twice, with strength), then the reset itself (E4 / P13); on Overkiz a
// candidate is checked by the server (O6) as you type.
class ResetPasswordPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ResetPasswordPage(PasswordResetWizard *wizard);
    ~ResetPasswordPage() override;
    void initializePage() override;
    bool validatePage() override;
    NewPasswordFields *fields() const { return m_fields; }

private:
    void checkOnServer();
    PasswordResetWizard *m_wizard;
    ActionHandle m_call, m_check;
    bool m_done = false;
    QLabel *m_intro = nullptr;
    NewPasswordFields *m_fields = nullptr;
    MessageBar *m_error = nullptr;
    bool m_fieldProblem = false; // the message is about the fields: it goes when they are fine
    QProgressBar *m_busy = nullptr;
    QTimer *m_debounce = nullptr;
};

} // namespace authdesk
