#pragma once

#include "ActionRunner.h"
#include "OverkizTypes.h"

#include <QDialog>
#include <QHash>

class QCheckBox;
class QDateTimeEdit;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QProgressBar;

namespace authdesk {

class MessageBar;
class NewPasswordFields;
class ProfileSessions;

// Overkiz "create a main account" (O11): the contract's fields (location, tariffs, end
// user, label, template, application, activation / expiration, gateway, password), with
// the problems shown next to the field they concern.
class CreateAccountDialog : public QDialog
{
    Q_OBJECT
public:
    CreateAccountDialog(ProfileSessions &sessions, const QString &profileId, QWidget *parent = nullptr);
    ~CreateAccountDialog() override;

    OverkizMainAccount account() const;
    // The error shown next to a field ("label", "endUser.email", ...), empty when none.
    QString fieldError(const QString &field) const;

public Q_SLOTS:
    void accept() override;

private:
    QLineEdit *addLine(const char *name, const QString &label, const QString &field);
    void showProblems(const QStringList &problems);

    ProfileSessions &m_sessions;
    QString m_profileId;
    ActionHandle m_call; // through the core's ActionRunner
    QFormLayout *m_form = nullptr;
    QHash<QString, QLineEdit *> m_edits;   // by field
    QHash<QString, QLabel *> m_errors;     // by field
    QCheckBox *m_hasActivation = nullptr, *m_hasExpiration = nullptr;
    QDateTimeEdit *m_activation = nullptr, *m_expiration = nullptr;
    NewPasswordFields *m_password = nullptr;
    MessageBar *m_error = nullptr;
    QProgressBar *m_busy = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace authdesk
