#include "CreateAccountDialog.h"

#include "FormWidgets.h"
#include "MessageBar.h"
#include "NewPasswordFields.h"
#include "AccountCreation.h"
#include "ProfileSessions.h"

#include <QCheckBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>

namespace authdesk {

CreateAccountDialog::CreateAccountDialog(ProfileSessions &sessions, const QString &profileId, QWidget *parent)
    : QDialog(parent)
    , m_sessions(sessions)
    , m_profileId(profileId)
{
    setObjectName(QStringLiteral("createAccountDialog"));
    setWindowTitle(tr("Create a main account"));
    m_form = new QFormLayout(this);
    addLine("labelEdit", tr("&Label:"), QStringLiteral("label"));
    addLine("emailEdit", tr("&E-mail:"), QStringLiteral("endUser.email"));
    addLine("userIdEdit", tr("&User id:"), QStringLiteral("endUser.userId"))->setPlaceholderText(tr("the e-mail when empty"));
    addLine("firstNameEdit", tr("&First name:"), QStringLiteral("endUser.firstName"));
    addLine("lastNameEdit", tr("La&st name:"), QStringLiteral("endUser.lastName"));
    addLine("gatewayEdit", tr("Gate&way:"), QStringLiteral("gatewayId"))->setPlaceholderText(QStringLiteral("1234-5678-9012"));
    addLine("templateEdit", tr("&Template:"), QStringLiteral("templateName"));
    addLine("applicationEdit", tr("&Application id:"), QStringLiteral("applicationId"));
    addLine("tariffsEdit", tr("Tar&iffs:"), QStringLiteral("tariffs"))->setPlaceholderText(tr("comma-separated"));
    addLine("cityEdit", tr("&City:"), QStringLiteral("location.city"));
    addLine("countryEdit", tr("C&ountry:"), QStringLiteral("location.country"))->setPlaceholderText(QStringLiteral("FR"));
    auto dateRow = [this](const char *name, const QString &label, QCheckBox *&check, QDateTimeEdit *&edit, const QString &field) {
        check = new QCheckBox(label, this);
        check->setObjectName(QLatin1String(name) + QStringLiteral("Check"));
        edit = new QDateTimeEdit(QDateTime::currentDateTimeUtc(), this);
        edit->setObjectName(QLatin1String(name) + QStringLiteral("Edit"));
        edit->setCalendarPopup(true);
        edit->setEnabled(false);
        edit->setAccessibleName(QString(label).remove(u'&'));
        connect(check, &QCheckBox::toggled, edit, &QWidget::setEnabled);
        m_form->addRow(check, edit);
        QLabel *err = form::fieldError(this, field + QStringLiteral("Error"));
        m_form->addRow(QString(), err);
        m_errors.insert(field, err);
    };
    dateRow("activation", tr("Acti&vation:"), m_hasActivation, m_activation, QStringLiteral("activationTimestamp"));
    dateRow("expiration", tr("E&xpiration:"), m_hasExpiration, m_expiration, QStringLiteral("expirationTimestamp"));
    m_password = new NewPasswordFields(this);
    m_form->addRow(m_password);
    QLabel *pwErr = form::fieldError(this, QStringLiteral("passwordError"));
    m_form->addRow(QString(), pwErr);
    m_errors.insert(QStringLiteral("password"), pwErr);
    connect(m_password, &NewPasswordFields::edited, pwErr, &QWidget::hide);
    // The person's own words (address, names) make a password easy to guess.
    static const char *const personal[] = {"endUser.email", "endUser.userId", "endUser.firstName", "endUser.lastName"};
    const auto updateWords = [this] {
        QStringList words;
        for (const char *f : personal)
            words << m_edits.value(QLatin1String(f))->text().trimmed();
        m_password->setPersonalWords(words);
    };
    for (const char *f : personal)
        connect(m_edits.value(QLatin1String(f)), &QLineEdit::textChanged, this, updateWords);
    m_error = new MessageBar(this);
    m_form->addRow(m_error);
    m_busy = form::busyBar(this, tr("Creating the account"));
    m_form->addRow(m_busy);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("C&reate"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("createButton"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &CreateAccountDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_form->addRow(m_buttons);
}

CreateAccountDialog::~CreateAccountDialog()
{
    m_call.cancel();
}

QLineEdit *CreateAccountDialog::addLine(const char *name, const QString &label, const QString &field)
{
    QLineEdit *e = form::lineEdit(this, name, QString(label).remove(u'&').remove(u':'));
    m_form->addRow(label, e);
    QLabel *err = form::fieldError(this, field + QStringLiteral("Error"));
    m_form->addRow(QString(), err);
    m_edits.insert(field, e);
    m_errors.insert(field, err);
    connect(e, &QLineEdit::textChanged, err, &QWidget::hide);
    return e;
}

OverkizMainAccount CreateAccountDialog::account() const
{
    auto text = [this](const char *f) { return m_edits.value(QLatin1String(f))->text().trimmed(); };
    OverkizMainAccount a;
    a.label = text("label");
    a.endUser.email = text("endUser.email");
    a.endUser.userId = text("endUser.userId");
    a.endUser.firstName = text("endUser.firstName");
    a.endUser.lastName = text("endUser.lastName");
    a.gatewayId = text("gatewayId");
    a.templateName = text("templateName");
    a.applicationId = text("applicationId");
    for (const QString &t : text("tariffs").split(u',', Qt::SkipEmptyParts))
        a.tariffs << t.trimmed();
    if (!text("location.city").isEmpty())
        a.location.insert(QStringLiteral("city"), text("location.city"));
    if (!text("location.country").isEmpty())
        a.location.insert(QStringLiteral("country"), text("location.country"));
    if (m_hasActivation->isChecked())
        a.activation = m_activation->dateTime().toUTC();
    if (m_hasExpiration->isChecked())
        a.expiration = m_expiration->dateTime().toUTC();
    a.password = m_password->password();
    return a;
}

QString CreateAccountDialog::fieldError(const QString &field) const
{
    const QLabel *l = m_errors.value(field);
    return l && !l->isHidden() ? l->text() : QString();
}

void CreateAccountDialog::showProblems(const QStringList &problems)
{
    for (QLabel *l : std::as_const(m_errors))
        l->hide();
    QStringList general;
    for (const QString &p : problems) {
        const QString field = p.section(u':', 0, 0);
        if (QLabel *l = m_errors.value(field)) {
            l->setText(p.section(u':', 1).trimmed());
            l->show();
        } else {
            general << p;
        }
    }
    m_error->showError(general.join(u'\n'));
}

void CreateAccountDialog::accept()
{
    const OverkizMainAccount a = account();
    QStringList problems = a.validate();
    // The core judges length; the fields judge the rest (match, strength, "use anyway").
    const QString pwProblem = m_password->problem();
    const bool lengthSaid = std::any_of(problems.cbegin(), problems.cend(), [](const QString &p) {
        return p.startsWith(QLatin1String("password:"));
    });
    if (!pwProblem.isEmpty() && !lengthSaid)
        problems << QStringLiteral("password: ") + pwProblem;
    if (!problems.isEmpty())
        return showProblems(problems);
    showProblems({});
    m_busy->show();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    m_call = m_sessions.actions().run<AccountCreation, Done>(m_profileId, tr("Creating an account"), [a](AccountCreation &c, Callback<Done> cb) {
        return c.createMainAccount(a, cb);
    }, [this, guard = QPointer<CreateAccountDialog>(this)](const Result<Done> &r) {
        if (!guard)
            return;
        m_busy->hide();
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(true);
        if (!r.ok())
            return showProblems({r.error().message});
        m_password->clear();
        QDialog::accept();
    });
}

} // namespace authdesk
