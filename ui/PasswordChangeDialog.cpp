#include "PasswordChangeDialog.h"

#include "FormWidgets.h"
#include "MessageBar.h"
#include "NewPasswordFields.h"
#include "PasswordChanging.h"
#include "ProfileSessions.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>

namespace authdesk {

PasswordChangeDialog::PasswordChangeDialog(ProfileSessions &sessions, const QString &profileId, const QString &userId, QWidget *parent)
    : QDialog(parent)
    , m_sessions(sessions)
    , m_profileId(profileId)
{
    setObjectName(QStringLiteral("passwordChangeDialog"));
    setWindowTitle(tr("Change a password"));
    auto *form = new QFormLayout(this);
    m_user = new QLineEdit(userId, this);
    m_user->setObjectName(QStringLiteral("userIdEdit"));
    m_user->setAccessibleName(tr("User id"));
    form->addRow(tr("&User id:"), m_user);
    m_self = new QRadioButton(tr("&Own password (knows the current one)"), this);
    m_self->setObjectName(QStringLiteral("selfRadio"));
    m_forced = new QRadioButton(tr("&Force as an admin (enter your own password)"), this);
    m_forced->setObjectName(QStringLiteral("forcedRadio"));
    const bool own = userId.isEmpty() || userId == sessions.status(profileId).state.userId;
    (own ? m_self : m_forced)->setChecked(true);
    form->addRow(m_self);
    form->addRow(m_forced);
    m_current = new QLineEdit(this);
    m_current->setObjectName(QStringLiteral("currentPasswordEdit"));
    m_current->setEchoMode(QLineEdit::Password);
    m_currentLabel = new QLabel(this);
    m_currentLabel->setBuddy(m_current);
    form->addRow(m_currentLabel, m_current);
    m_fields = new NewPasswordFields(this);
    m_fields->setPersonalWords({userId});
    form->addRow(m_fields);
    m_message = new MessageBar(this);
    form->addRow(m_message);
    m_busy = form::busyBar(this, tr("Changing the password"));
    form->addRow(m_busy);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Change"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("changeButton"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &PasswordChangeDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(m_buttons);
    connect(m_self, &QRadioButton::toggled, this, &PasswordChangeDialog::updateMode);
    // An error about the new password goes as soon as the fields are fine again.
    connect(m_fields, &NewPasswordFields::edited, this, [this] {
        if (m_fieldProblem && m_fields->problem() != m_message->text()) { // answered, or another problem now
            m_fieldProblem = false;
            m_message->clear(MessageBar::Kind::Error);
        }
    });
    for (QLineEdit *e : {m_user, m_current})
        connect(e, &QLineEdit::textEdited, this, [this] {
            if (!m_fieldProblem)
                m_message->clear(MessageBar::Kind::Error); // the answer to what was typed before
        });
    updateMode();
}

PasswordChangeDialog::~PasswordChangeDialog()
{
    m_call.cancel();
}

void PasswordChangeDialog::updateMode()
{
    m_currentLabel->setText(m_self->isChecked() ? tr("C&urrent password:") : tr("Your (&admin) password:"));
    m_current->setAccessibleName(m_self->isChecked() ? tr("Current password") : tr("Your admin password"));
}

void PasswordChangeDialog::accept()
{
    const auto error = [this](const QString &t) { m_message->showError(t); };
    m_fieldProblem = false;
    if (m_user->text().trimmed().isEmpty())
        return error(tr("Enter the user id."));
    if (m_current->text().isEmpty())
        return error(m_self->isChecked() ? tr("Enter the current password.") : tr("Enter your own (admin) password."));
    if (const QString p = m_fields->problem(); !p.isEmpty()) {
        error(p);
        m_fieldProblem = true;
        return;
    }
    error({});
    m_busy->show();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    const auto mode = m_self->isChecked() ? PasswordChanging::ChangeMode::SelfService : PasswordChanging::ChangeMode::AdminForced;
    const QString user = m_user->text().trimmed(), current = m_current->text(), next = m_fields->password();
    m_call = m_sessions.actions().run<PasswordChanging, QString>(m_profileId, tr("Changing a password"),
                                       [user, mode, current, next](PasswordChanging &p, Callback<QString> cb) {
                                           return p.changePassword(user, mode, current, next, cb);
                                       },
                                       [this, error, guard = QPointer<PasswordChangeDialog>(this)](const Result<QString> &r) {
                                           if (!guard)
                                               return;
                                           m_busy->hide();
                                           m_buttons->button(QDialogButtonBox::Ok)->setEnabled(true);
                                           if (!r.ok())
                                               return error(r.error().message); // what was typed stays
                                           m_current->clear();
                                           m_fields->clear();
                                           QDialog::accept();
                                       });
}

} // namespace authdesk
