#include "ResetPages.h"

#include "BrowserReset.h"
#include "FormWidgets.h"
#include "KeyReset.h"
#include "MessageBar.h"
#include "NewPasswordFields.h"
#include "PasswordCheck.h"
#include "PasswordResetWizard.h"
#include "ProfileSessions.h"
#include "ProfileStore.h"
#include "TokenReset.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QTimer>
#include <QUrl>
#include <QUrlQuery>
#include <QVBoxLayout>

namespace authdesk {

namespace {
// Shows `text` as an error, or clears the bar when it is empty.
void showError(MessageBar *bar, const QString &text)
{
    bar->showError(text);
}
} // namespace

// ---- Start --------------------------------------------------------------------------

ResetStartPage::ResetStartPage(PasswordResetWizard *wizard)
    : m_wizard(wizard)
{
    setObjectName(QStringLiteral("startPage"));
    setTitle(tr("Whose password?"));
    auto *form = new QFormLayout(this);
    m_profile = new QComboBox(this);
    m_profile->setObjectName(QStringLiteral("profileCombo"));
    m_profile->setAccessibleName(tr("Profile"));
    form->addRow(tr("&Profile:"), m_profile);
    m_who = form::lineEdit(this, "whoEdit", tr("Who"));
    m_whoLabel = new QLabel(tr("&E-mail:"), this);
    m_whoLabel->setBuddy(m_who);
    form->addRow(m_whoLabel, m_who);
    m_email = form::lineEdit(this, "emailEdit", tr("E-mail"));
    form->addRow(tr("E-&mail:"), m_email);
    m_extras = new QGroupBox(tr("Extra validation (optional)"), this);
    auto *extra = new QFormLayout(m_extras);
    m_phone = form::lineEdit(m_extras, "phoneEdit", tr("Phone"));
    extra->addRow(tr("Phone:"), m_phone);
    m_mobile = form::lineEdit(m_extras, "mobileEdit", tr("Mobile"));
    extra->addRow(tr("Mobile:"), m_mobile);
    m_template = form::lineEdit(m_extras, "templateEdit", tr("E-mail template"));
    extra->addRow(tr("Template:"), m_template);
    m_resetUrl = form::lineEdit(m_extras, "resetUrlEdit", tr("Reset page URL"));
    extra->addRow(tr("Reset page URL:"), m_resetUrl);
    form->addRow(m_extras);
    m_request = new QRadioButton(tr("&Send a reset e-mail"), this);
    m_request->setObjectName(QStringLiteral("requestRadio"));
    m_request->setChecked(true);
    m_haveKey = new QRadioButton(tr("I &already have a reset key / token"), this);
    m_haveKey->setObjectName(QStringLiteral("haveKeyRadio"));
    form->addRow(m_request);
    form->addRow(m_haveKey);
    for (QLineEdit *e : {m_who, m_email})
        connect(e, &QLineEdit::textChanged, this, &QWizardPage::completeChanged);
    connect(m_profile, &QComboBox::currentIndexChanged, this, &ResetStartPage::onProfileChanged);
}

void ResetStartPage::initializePage()
{
    if (m_profile->count() > 0)
        return; // coming back: keep what was chosen
    for (const Profile &p : m_wizard->sessions().profiles().all())
        if (m_wizard->flowOf(p.id) != ResetFlow::None)
            m_profile->addItem(QIcon(QStringLiteral(":/icons/%1.svg").arg(p.dialect)), p.name, p.id);
    const int i = m_profile->findData(m_wizard->context().profileId);
    m_profile->setCurrentIndex(qMax(0, i));
    onProfileChanged();
}

void ResetStartPage::onProfileChanged()
{
    const ResetFlow f = m_wizard->flowOf(m_profile->currentData().toString());
    const bool byEmail = f == ResetFlow::KeyByEmail;
    m_whoLabel->setText(byEmail ? tr("&E-mail:") : tr("&User id:"));
    m_who->setAccessibleName(byEmail ? tr("E-mail") : tr("User id"));
    auto *form = static_cast<QFormLayout *>(layout());
    form->setRowVisible(m_email, !byEmail);
    m_extras->setVisible(f == ResetFlow::TokenByUser);
    m_haveKey->setVisible(f != ResetFlow::InBrowser); // finished in the browser: no key here
    if (f == ResetFlow::InBrowser)
        m_request->setChecked(true);
    Q_EMIT completeChanged();
}

bool ResetStartPage::isComplete() const
{
    const ResetFlow f = m_wizard->flowOf(m_profile->currentData().toString());
    if (f == ResetFlow::None || m_who->text().trimmed().isEmpty())
        return false;
    return f != ResetFlow::TokenByUser || !m_email->text().trimmed().isEmpty() || m_haveKey->isChecked();
}

bool ResetStartPage::validatePage()
{
    ResetContext &c = m_wizard->context();
    c.profileId = m_profile->currentData().toString();
    c.flow = m_wizard->flowOf(c.profileId);
    c.serverCheck = m_wizard->serverChecksPasswords(c.profileId);
    c.who = m_who->text().trimmed();
    c.email = c.flow == ResetFlow::InBrowser && m_email->text().trimmed().isEmpty() ? c.who : m_email->text().trimmed();
    c.phone = m_phone->text().trimmed();
    c.mobile = m_mobile->text().trimmed();
    c.templateName = m_template->text().trimmed();
    c.resetUrl = m_resetUrl->text().trimmed();
    c.haveKey = m_haveKey->isChecked() && c.flow != ResetFlow::InBrowser;
    return true;
}

int ResetStartPage::nextId() const
{
    return m_haveKey->isChecked() && m_haveKey->isVisible() ? PasswordResetWizard::KeyPage : PasswordResetWizard::RequestPage;
}

// ---- Request ------------------------------------------------------------------------

ResetRequestPage::ResetRequestPage(PasswordResetWizard *wizard)
    : m_wizard(wizard)
{
    setObjectName(QStringLiteral("requestPage"));
    setTitle(tr("Sending the reset e-mail"));
    auto *layout = new QVBoxLayout(this);
    m_status = new MessageBar(this, QStringLiteral("statusLabel"));
    layout->addWidget(m_status);
    m_busy = form::busyBar(this, QCoreApplication::translate("ResetPages", "Working"));
    layout->addWidget(m_busy);
    m_retry = new QPushButton(tr("&Try again"), this);
    m_retry->setObjectName(QStringLiteral("retryButton"));
    m_retry->hide();
    connect(m_retry, &QPushButton::clicked, this, &ResetRequestPage::send);
    layout->addWidget(m_retry, 0, Qt::AlignLeft);
    layout->addStretch();
}

ResetRequestPage::~ResetRequestPage()
{
    m_call.cancel();
}

void ResetRequestPage::initializePage()
{
    send();
}

void ResetRequestPage::cleanupPage()
{
    m_call.cancel(); // Back while sending: stop, nothing half-done is reported later
    m_busy->hide();
}

void ResetRequestPage::send()
{
    m_done = false;
    m_retry->hide();
    m_busy->show();
    Q_EMIT completeChanged();
    const ResetContext &c = m_wizard->context();
    m_status->showInfo(tr("Asking the server to send a reset e-mail to %1…").arg(c.flow == ResetFlow::KeyByEmail ? c.who : c.email));
    auto finish = [this, guard = QPointer<ResetRequestPage>(this)](const ApiError &e, const QString &okText) {
        if (!guard || e.kind == ErrorKind::Cancelled)
            return;
        m_busy->hide();
        m_done = !e.isError();
        m_retry->setVisible(e.isError());
        m_status->showMessage(e.isError() ? MessageBar::Kind::Error : MessageBar::Kind::Success, e.isError() ? e.message : okText);
        Q_EMIT completeChanged();
    };
    switch (c.flow) {
    case ResetFlow::KeyByEmail:
        m_call = m_wizard->run<KeyReset, QString>([c](KeyReset &k, Callback<QString> cb) { return k.requestPasswordReset(c.who, cb); },
                                                  [finish, c](const Result<QString> &r) {
            finish(r.error(), tr("A reset key was sent to %1. Paste it on the next page.").arg(c.who));
        });
        break;
    case ResetFlow::TokenByUser: {
        const P28ResetRequest q{c.who, c.email, c.phone, c.mobile, c.templateName, c.resetUrl};
        m_call = m_wizard->run<TokenReset, Done>([q](TokenReset &t, Callback<Done> cb) { return t.requestPasswordReset(q, cb); },
                                                 [finish, c](const Result<Done> &r) {
            finish(r.error(), tr("A reset token was sent to %1. Paste it on the next page.").arg(c.email));
        });
        break;
    }
    case ResetFlow::InBrowser:
        m_call = m_wizard->run<BrowserReset, Done>([c](BrowserReset &b, Callback<Done> cb) { return b.requestPasswordReset(c.who, c.email, cb); },
                                                   [finish, c](const Result<Done> &r) {
            finish(r.error(), c.serverCheck
                                  ? tr("A reset link was e-mailed to %1. The person opens it and chooses the new password in the "
                                       "browser. On the next page you can check a candidate password with the server first.")
                                        .arg(c.email)
                                  : tr("A reset link was e-mailed to %1. The person opens it and chooses the new password in the browser.")
                                        .arg(c.email));
        });
        break;
    case ResetFlow::None:
        finish(ApiError::make(ErrorKind::Unsupported, tr("This profile offers no password reset.")), {});
        break;
    }
}

bool ResetRequestPage::isComplete() const
{
    return m_done;
}

int ResetRequestPage::nextId() const
{
    return m_wizard->context().flow == ResetFlow::InBrowser ? PasswordResetWizard::PasswordPage : PasswordResetWizard::KeyPage;
}

// ---- Key ----------------------------------------------------------------------------

ResetKeyPage::ResetKeyPage(PasswordResetWizard *wizard)
    : m_wizard(wizard)
{
    setObjectName(QStringLiteral("keyPage"));
    setTitle(tr("The key from the e-mail"));
    auto *form = new QFormLayout(this);
    m_key = form::lineEdit(this, "keyEdit", tr("Reset key"));
    form->addRow(tr("Reset &key:"), m_key);
    m_username = form::lineEdit(this, "usernameEdit", tr("User name"));
    m_usernameLabel = new QLabel(tr("User &name:"), this);
    m_usernameLabel->setBuddy(m_username);
    form->addRow(m_usernameLabel, m_username);
    m_error = new MessageBar(this);
    form->addRow(m_error);
    m_busy = form::busyBar(this, QCoreApplication::translate("ResetPages", "Working"));
    form->addRow(m_busy);
    connect(m_key, &QLineEdit::textChanged, this, &ResetKeyPage::onKeyEdited);
    connect(m_username, &QLineEdit::textChanged, this, [this] {
        m_validated = false;
        Q_EMIT completeChanged();
    });
}

std::optional<QString> ResetKeyPage::keyInLink(const QString &link)
{
    const QUrl url(link.trimmed(), QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty() || !url.scheme().startsWith(QLatin1String("http")))
        return std::nullopt;
    // Reset pages carry it in the query (?key=…) or, kept from server logs, the fragment (#token=…).
    for (const QString &part : {url.query(QUrl::FullyEncoded), url.fragment(QUrl::FullyEncoded)}) {
        const QUrlQuery q(part);
        for (const char *name : {"key", "token", "resetKey", "resetToken", "reset_key", "reset_token"}) {
            const QString v = q.queryItemValue(QLatin1String(name), QUrl::FullyDecoded).trimmed();
            if (!v.isEmpty())
                return v;
        }
    }
    return QString();
}

void ResetKeyPage::onKeyEdited()
{
    m_validated = false;
    m_linkWithoutKey = false;
    if (const auto key = keyInLink(m_key->text())) {
        if (key->isEmpty()) {
            m_linkWithoutKey = true;
            showError(m_error, tr("This link holds no reset key or token. Paste the key from the e-mail, or the whole link it contains."));
        } else {
            m_key->setText(*key); // edits again: the key itself, no longer a link
            m_error->showInfo(tr("The key was taken from the pasted link."));
            return;
        }
    } else if (m_error->kind() != MessageBar::Kind::Info) {
        m_error->clear(); // a new key: the answer about the old one no longer applies
    }
    Q_EMIT completeChanged();
}

ResetKeyPage::~ResetKeyPage()
{
    m_call.cancel();
}

void ResetKeyPage::initializePage()
{
    const bool p28 = m_wizard->context().flow == ResetFlow::TokenByUser;
    setTitle(p28 ? tr("The token from the e-mail") : tr("The key from the e-mail"));
    static_cast<QFormLayout *>(layout())->setRowVisible(m_username, p28);
    if (p28 && m_username->text().isEmpty())
        m_username->setText(m_wizard->context().who.startsWith(QLatin1String("u-")) ? m_wizard->context().who.mid(2) : QString());
    m_validated = false;
    showError(m_error, {});
}

bool ResetKeyPage::isComplete() const
{
    const bool p28 = m_wizard->context().flow == ResetFlow::TokenByUser;
    return !m_key->text().trimmed().isEmpty() && !m_linkWithoutKey && (!p28 || !m_username->text().trimmed().isEmpty())
        && !m_busy->isVisible();
}

bool ResetKeyPage::validatePage()
{
    ResetContext &c = m_wizard->context();
    c.key = m_key->text().trimmed();
    c.username = m_username->text().trimmed();
    if (c.flow != ResetFlow::KeyByEmail || m_validated)
        return true; // a token has no check route: it is tried with the reset
    // A key is checked first (EnableX E3), which says whose account it is; Next is pressed
    // again for us when the answer is good.
    m_busy->show();
    showError(m_error, {});
    Q_EMIT completeChanged();
    const QString key = c.key;
    m_call = m_wizard->run<KeyReset, EnableXKeyOwner>([key](KeyReset &k, Callback<EnableXKeyOwner> cb) { return k.validateResetKey(key, cb); },
                                                      [this, guard = QPointer<ResetKeyPage>(this)](const Result<EnableXKeyOwner> &r) {
        if (!guard)
            return;
        m_busy->hide();
        Q_EMIT completeChanged();
        if (!r.ok())
            return showError(m_error, r.error().message);
        m_wizard->context().owner = r.value();
        m_validated = true;
        m_wizard->next();
    });
    return false;
}

// ---- New password -------------------------------------------------------------------

ResetPasswordPage::ResetPasswordPage(PasswordResetWizard *wizard)
    : m_wizard(wizard)
{
    setObjectName(QStringLiteral("passwordPage"));
    setTitle(tr("The new password"));
    auto *layout = new QVBoxLayout(this);
    m_intro = new QLabel(this);
    m_intro->setObjectName(QStringLiteral("introLabel"));
    m_intro->setWordWrap(true);
    layout->addWidget(m_intro);
    m_fields = new NewPasswordFields(this);
    layout->addWidget(m_fields);
    m_error = new MessageBar(this);
    layout->addWidget(m_error);
    m_busy = form::busyBar(this, QCoreApplication::translate("ResetPages", "Working"));
    layout->addWidget(m_busy);
    layout->addStretch();
    connect(m_fields, &NewPasswordFields::edited, this, [this] {
        if (m_fieldProblem && m_fields->problem() != m_error->text()) { // answered, or another problem now
            m_fieldProblem = false;
            m_error->clear();
        }
    });
    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(400); // ask the server once typing pauses, not per keystroke
    connect(m_debounce, &QTimer::timeout, this, &ResetPasswordPage::checkOnServer);
    connect(m_fields, &NewPasswordFields::passwordChanged, this, [this] {
        if (!m_fieldProblem)
            m_error->clear(); // the server's answer was about the old candidate
        if (m_wizard->context().serverCheck)
            m_debounce->start();
    });
}

ResetPasswordPage::~ResetPasswordPage()
{
    m_call.cancel();
    m_check.cancel();
}

void ResetPasswordPage::initializePage()
{
    const ResetContext &c = m_wizard->context();
    m_done = false;
    showError(m_error, {});
    QStringList personal{c.who, c.email, c.owner.email, c.owner.firstName, c.owner.lastName, c.username};
    personal.removeAll(QString());
    m_fields->setPersonalWords(personal);
    switch (c.flow) {
    case ResetFlow::KeyByEmail:
        m_intro->setText(tr("New password for %1 %2 <%3>.").arg(c.owner.firstName, c.owner.lastName, c.owner.email));
        break;
    case ResetFlow::TokenByUser:
        m_intro->setText(tr("New password for %1. It is sent as a SHA-256 hash, never in clear.").arg(c.username));
        break;
    case ResetFlow::InBrowser:
    case ResetFlow::None:
        m_intro->setText(tr("Optional: check a candidate password with the server before the person chooses it in the browser."));
        break;
    }
}

void ResetPasswordPage::checkOnServer()
{
    const QString pw = m_fields->password();
    m_check.cancel();
    if (pw.isEmpty())
        return;
    const QString who = m_wizard->context().who;
    m_check = m_wizard->run<PasswordCheck, OverkizPasswordQuality>([who, pw](PasswordCheck &p, Callback<OverkizPasswordQuality> cb) { return p.checkPassword(who, pw, cb); },
                                                                   [this, guard = QPointer<ResetPasswordPage>(this), pw](const Result<OverkizPasswordQuality> &r) {
        if (!guard || m_fields->password() != pw)
            return; // an answer for an older candidate
        if (r.ok())
            m_fields->setServerVerdict(r.value());
        else if (r.error().kind != ErrorKind::Cancelled)
            showError(m_error, r.error().message);
    });
}

bool ResetPasswordPage::validatePage()
{
    if (m_done)
        return true;
    ResetContext &c = m_wizard->context();
    if (c.flow == ResetFlow::InBrowser) {
        if (!m_fields->password().isEmpty()) {
            if (const QString p = m_fields->problem(); !p.isEmpty()) {
                showError(m_error, p);
                m_fieldProblem = true;
                return false;
            }
        }
        c.summary = tr("The reset link was sent to %1; the person sets the new password in the browser.").arg(c.email);
        m_fields->clear();
        return true;
    }
    if (const QString p = m_fields->problem(); !p.isEmpty()) {
        showError(m_error, p);
        m_fieldProblem = true;
        return false;
    }
    m_fieldProblem = false;
    m_busy->show();
    showError(m_error, {});
    auto done = [this, guard = QPointer<ResetPasswordPage>(this)](const ApiError &e, const QString &summary) {
        if (!guard)
            return;
        m_busy->hide();
        if (e.isError())
            return showError(m_error, e.message + u' ' + tr("(Back goes to the key.)"));
        m_wizard->context().summary = summary;
        m_fields->clear(); // passwords do not linger in widgets
        m_done = true;
        m_wizard->next();
    };
    const QString pw = m_fields->password();
    if (c.flow == ResetFlow::KeyByEmail) {
        const QString email = c.owner.email.isEmpty() ? c.who : c.owner.email;
        m_call = m_wizard->run<KeyReset, QString>([c, email, pw](KeyReset &k, Callback<QString> cb) { return k.resetPassword(c.key, email, pw, pw, cb); },
                                                  [done, email](const Result<QString> &r) {
            done(r.error(), tr("The password of %1 was reset.").arg(email));
        });
    } else {
        m_call = m_wizard->run<TokenReset, Done>([c, pw](TokenReset &t, Callback<Done> cb) { return t.resetPassword(c.key, c.username, pw, cb); },
                                                 [done, c](const Result<Done> &r) {
            done(r.error(), tr("The password of %1 was reset.").arg(c.username));
        });
    }
    return false;
}

} // namespace authdesk
