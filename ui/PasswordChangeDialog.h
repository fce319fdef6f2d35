#pragma once

#include "ActionRunner.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QRadioButton;

namespace authdesk {

class MessageBar;
class NewPasswordFields;
class ProfileSessions;

// Platform28 password change (P14): self-service with the current password, or forced by an
// admin who re-enters their own password. The new password gets the strength fields.
class PasswordChangeDialog : public QDialog
{
    Q_OBJECT
public:
    PasswordChangeDialog(ProfileSessions &sessions, const QString &profileId, const QString &userId, QWidget *parent = nullptr);
    ~PasswordChangeDialog() override;

public Q_SLOTS:
    void accept() override;

private:
    void updateMode();
    ProfileSessions &m_sessions;
    QString m_profileId;
    ActionHandle m_call; // through the core's ActionRunner
    QLineEdit *m_user = nullptr;
    QRadioButton *m_self = nullptr;
    QRadioButton *m_forced = nullptr;
    QLabel *m_currentLabel = nullptr;
    QLineEdit *m_current = nullptr;
    NewPasswordFields *m_fields = nullptr;
    MessageBar *m_message = nullptr;
    bool m_fieldProblem = false; // the message is about the new-password fields
    QProgressBar *m_busy = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace authdesk
