#include "AccountToolsView.h"

#include "AccountValidation.h"
#include "CoreContext.h"
#include "CreateAccountDialog.h"
#include "FormWidgets.h"
#include "MessageBar.h"
#include "PasswordChangeDialog.h"
#include "ProfileSessions.h"
#include "ProfileStore.h"
#include "Prompter.h"
#include "TermsOfUse.h"
#include "UserBlocking.h"
#include "UserLookup.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace authdesk {

namespace {
QLineEdit *edit(QWidget *parent, const char *name, const QString &accessible, bool secret = false)
{
    QLineEdit *e = form::lineEdit(parent, name, accessible);
    if (secret)
        e->setEchoMode(QLineEdit::PasswordEchoOnEdit);
    return e;
}
// Each tool answers in its own bar, under its own buttons.
MessageBar *result(QWidget *parent, const char *name)
{
    return new MessageBar(parent, QLatin1String(name));
}
using Kind = MessageBar::Kind;
QPushButton *button(QWidget *parent, const QString &text, const char *name)
{
    auto *b = new QPushButton(text, parent);
    b->setObjectName(QLatin1String(name));
    return b;
}
} // namespace

AccountToolsView::AccountToolsView(ProfileSessions &sessions, QWidget *parent)
    : QWidget(parent)
    , m_sessions(sessions)
{
    setObjectName(QStringLiteral("accountTools"));
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    m_profile = new QComboBox(this);
    m_profile->setObjectName(QStringLiteral("toolsProfileCombo"));
    m_profile->setAccessibleName(tr("Profile"));
    auto *pl = new QLabel(tr("P&rofile:"), this);
    pl->setBuddy(m_profile);
    top->addWidget(pl);
    top->addWidget(m_profile, 1);
    auto *wizardButton = button(this, tr("Reset a &password…"), "resetWizardButton");
    connect(wizardButton, &QPushButton::clicked, this, [this] { Q_EMIT resetWizardRequested(currentProfile()); });
    top->addWidget(wizardButton);
    m_changeButton = button(this, tr("C&hange a password…"), "changePasswordButton");
    connect(m_changeButton, &QPushButton::clicked, this, &AccountToolsView::changePassword);
    top->addWidget(m_changeButton);
    m_createButton = button(this, tr("Create a &main account…"), "createAccountButton");
    connect(m_createButton, &QPushButton::clicked, this, &AccountToolsView::createAccount);
    top->addWidget(m_createButton);
    layout->addLayout(top);
    m_message = result(this, "messageBar");
    layout->addWidget(m_message);

    m_existsBox = new QGroupBox(tr("Does a user exist?"), this);
    auto *ef = new QFormLayout(m_existsBox);
    m_existsEdit = edit(m_existsBox, "existsEdit", tr("User id to check"));
    ef->addRow(tr("User &id:"), m_existsEdit);
    m_existsLabel = result(m_existsBox, "existsLabel");
    ef->addRow(m_existsLabel);
    layout->addWidget(m_existsBox);
    m_existsDebounce = new QTimer(this);
    m_existsDebounce->setSingleShot(true);
    m_existsDebounce->setInterval(600); // one question per pause in typing
    connect(m_existsEdit, &QLineEdit::textChanged, m_existsDebounce, qOverload<>(&QTimer::start));
    connect(m_existsDebounce, &QTimer::timeout, this, &AccountToolsView::checkExists);

    m_blockBox = new QGroupBox(tr("Sign-in block"), this);
    auto *bf = new QFormLayout(m_blockBox);
    m_blockUser = edit(m_blockBox, "blockUserEdit", tr("User name to block or unblock"));
    bf->addRow(tr("User &name:"), m_blockUser);
    auto *br = new QHBoxLayout;
    const char *names[] = {"blockStatusButton", "blockButton", "unblockButton"};
    const QString texts[] = {tr("&Status"), tr("&Block"), tr("&Unblock")};
    for (int i = 0; i < 3; ++i) {
        auto *b = button(m_blockBox, texts[i], names[i]);
        connect(b, &QPushButton::clicked, this, [this, i] { blockAction(i); });
        br->addWidget(b);
    }
    br->addStretch();
    bf->addRow(br);
    m_blockLabel = result(m_blockBox, "blockLabel");
    bf->addRow(m_blockLabel);
    layout->addWidget(m_blockBox);

    m_validationBox = new QGroupBox(tr("Account validation"), this);
    auto *vf = new QFormLayout(m_validationBox);
    m_valUser = edit(m_validationBox, "validationUserEdit", tr("User id to validate"));
    vf->addRow(tr("Us&er id:"), m_valUser);
    m_valToken = edit(m_validationBox, "validationTokenEdit", tr("Validation token"), true);
    vf->addRow(tr("&Token:"), m_valToken);
    auto *vr = new QHBoxLayout;
    auto *send = button(m_validationBox, tr("Se&nd a token"), "sendValidationButton");
    auto *val = button(m_validationBox, tr("&Validate account"), "validateAccountButton");
    auto *valMail = button(m_validationBox, tr("Validate e-&mail"), "validateEmailButton");
    connect(send, &QPushButton::clicked, this, &AccountToolsView::sendValidation);
    connect(val, &QPushButton::clicked, this, [this] { validate(false); });
    connect(valMail, &QPushButton::clicked, this, [this] { validate(true); });
    for (auto *b : {send, val, valMail})
        vr->addWidget(b);
    vr->addStretch();
    vf->addRow(vr);
    m_valLabel = result(m_validationBox, "validationLabel");
    vf->addRow(m_valLabel);
    layout->addWidget(m_validationBox);

    m_termsBox = new QGroupBox(tr("Terms of use"), this);
    auto *tf = new QFormLayout(m_termsBox);
    m_gateway = edit(m_termsBox, "gatewayEdit", tr("Gateway id"));
    tf->addRow(tr("&Gateway:"), m_gateway);
    m_termsToken = edit(m_termsBox, "termsTokenEdit", tr("Terms-of-use token"), true);
    tf->addRow(tr("T&oken:"), m_termsToken);
    auto *tr2 = new QHBoxLayout;
    auto *accept = button(m_termsBox, tr("&Accept"), "acceptTermsButton");
    auto *decline = button(m_termsBox, tr("&Decline"), "declineTermsButton");
    connect(accept, &QPushButton::clicked, this, [this] { answerTerms(true); });
    connect(decline, &QPushButton::clicked, this, [this] { answerTerms(false); });
    tr2->addWidget(accept);
    tr2->addWidget(decline);
    tr2->addStretch();
    tf->addRow(tr2);
    m_termsLabel = result(m_termsBox, "termsLabel");
    tf->addRow(m_termsLabel);
    layout->addWidget(m_termsBox);
    layout->addStretch();

    connect(m_profile, &QComboBox::currentIndexChanged, this, &AccountToolsView::onProfileChanged);
    reloadProfiles();
}

void AccountToolsView::reloadProfiles()
{
    const QString current = currentProfile();
    m_profile->clear();
    for (const Profile &p : m_sessions.profiles().all())
        m_profile->addItem(QIcon(QStringLiteral(":/icons/%1.svg").arg(p.dialect)), p.name, p.id);
    if (!current.isEmpty())
        setCurrentProfile(current);
    onProfileChanged();
}

void AccountToolsView::setCurrentProfile(const QString &profileId)
{
    const int i = m_profile->findData(profileId);
    if (i >= 0)
        m_profile->setCurrentIndex(i);
}

QString AccountToolsView::currentProfile() const
{
    return m_profile->currentData().toString();
}

void AccountToolsView::onProfileChanged()
{
    // Each tool shows where the profile's dialect offers it.
    const DialectDescriptor *d = m_sessions.descriptor(currentProfile());
    auto has = [d](Capability c) { return d && d->has(c); };
    m_existsBox->setVisible(has(Capability::UserExists));
    m_validationBox->setVisible(has(Capability::AccountValidation));
    m_termsBox->setVisible(has(Capability::TermsOfUse));
    m_createButton->setVisible(has(Capability::AccountCreation));
    m_blockBox->setVisible(has(Capability::BlockUsers));
    m_changeButton->setVisible(has(Capability::PasswordChange));
}

template <typename Cap, typename T>
ActionHandle AccountToolsView::run(const QString &what, std::function<CallHandle(Cap &, Callback<T>)> call, Callback<T> done,
                                   ActionRunner::Needs needs)
{
    return m_sessions.actions().run<Cap, T>(currentProfile(), what, std::move(call), std::move(done), needs);
}

void AccountToolsView::checkExists()
{
    const QString user = m_existsEdit->text().trimmed();
    if (user.isEmpty())
        return m_existsLabel->clear();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (m_existsBlockedUntil.isValid() && now < m_existsBlockedUntil) {
        // Never hammer a rate-limited server: ask once when the window opens again.
        m_existsDebounce->start(int(now.msecsTo(m_existsBlockedUntil)) + 50);
        return;
    }
    m_existsCall.cancel();
    m_existsLabel->showInfo(tr("Checking %1…").arg(user));
    m_existsCall = run<UserLookup, bool>(tr("Looking up a user"), [user](UserLookup &l, Callback<bool> cb) { return l.userExists(user, cb); },
                                         [this, guard = QPointer<AccountToolsView>(this), user](const Result<bool> &r) {
        if (!guard || r.error().kind == ErrorKind::Cancelled)
            return;
        if (r.ok()) {
            m_existsBlockedUntil = {};
            m_existsLabel->showInfo(r.value() ? tr("%1 exists.").arg(user) : tr("%1 does not exist.").arg(user));
        } else if (r.error().kind == ErrorKind::RateLimited) {
            const int wait = qMax(1, r.error().retryAfterSeconds);
            m_existsBlockedUntil = QDateTime::currentDateTimeUtc().addSecs(wait);
            m_existsLabel->showWarning(tr("Too many checks: the server allows the next one at %1.")
                                       .arg(m_existsBlockedUntil.toLocalTime().toString(QStringLiteral("HH:mm:ss"))));
        } else {
            m_existsLabel->showError(r.error().message);
        }
    }, ActionRunner::Needs::Nothing);
}

void AccountToolsView::blockAction(int action)
{
    const QString user = m_blockUser->text().trimmed();
    if (user.isEmpty())
        return m_blockLabel->showError(tr("Enter the user name."));
    if (action == 1 && !Prompter::instance().confirm(this, tr("Block sign-in"), tr("Block every sign-in of %1?").arg(user), tr("Block %1").arg(user), true))
        return;
    auto show = [this, guard = QPointer<AccountToolsView>(this)](const Result<P28BlockStatus> &r) {
        if (!guard)
            return;
        if (!r.ok())
            return m_blockLabel->showError(r.error().message);
        m_blockLabel->showSuccess(r.value().blocked ? tr("%1 is blocked.").arg(r.value().username)
                                                : tr("%1 may sign in.").arg(r.value().username));
    };
    run<UserBlocking, P28BlockStatus>(tr("Blocking"), [user, action](UserBlocking &b, Callback<P28BlockStatus> cb) {
        return action == 0 ? b.blockStatus(user, cb) : b.setBlocked(user, action == 1, cb);
    }, show);
}

void AccountToolsView::sendValidation()
{
    const QString user = m_valUser->text().trimmed();
    if (user.isEmpty())
        return m_valLabel->showError(tr("Enter the user id."));
    run<AccountValidation, Done>(tr("Account validation"), [user](AccountValidation &v, Callback<Done> cb) { return v.sendValidationToken(user, cb); },
                                 [this, guard = QPointer<AccountToolsView>(this), user](const Result<Done> &r) {
        if (guard)
            m_valLabel->showMessage(r.ok() ? Kind::Success : Kind::Error,
                                    r.ok() ? tr("A validation token was e-mailed to %1 (any older one no longer works).").arg(user)
                                           : r.error().message);
    }, ActionRunner::Needs::Nothing);
}

void AccountToolsView::validate(bool emailOnly)
{
    const QString token = m_valToken->text().trimmed();
    const QString user = m_valUser->text().trimmed();
    if (token.isEmpty() || (!emailOnly && user.isEmpty()))
        return m_valLabel->showError(emailOnly ? tr("Enter the token.") : tr("Enter the user id and the token."));
    auto done = [this, guard = QPointer<AccountToolsView>(this)](const Result<bool> &r) {
        if (!guard)
            return;
        if (r.ok())
            m_valToken->clear(); // single use: it is spent
        const bool validated = r.ok() && r.value();
        m_valLabel->showMessage(validated ? Kind::Success : Kind::Error,
                                r.ok() ? (r.value() ? tr("Validated.") : tr("The server did not validate it.")) : r.error().message);
    };
    // Validating an account is public; validating an e-mail address needs a sign-in.
    run<AccountValidation, bool>(tr("Account validation"), [emailOnly, user, token](AccountValidation &v, Callback<bool> cb) {
        return emailOnly ? v.validateEmail(token, cb) : v.validateAccount(user, token, cb);
    }, done, emailOnly ? ActionRunner::Needs::SignIn : ActionRunner::Needs::Nothing);
}

void AccountToolsView::answerTerms(bool accept)
{
    const QString gateway = m_gateway->text().trimmed();
    const QString token = m_termsToken->text().trimmed();
    if (gateway.isEmpty() || token.isEmpty())
        return m_termsLabel->showError(tr("Enter the gateway id and the token."));
    run<TermsOfUse, bool>(tr("The terms of use"), [gateway, token, accept](TermsOfUse &t, Callback<bool> cb) {
        return t.answerTerms(gateway, token, accept, cb);
    }, [this, guard = QPointer<AccountToolsView>(this), accept](const Result<bool> &r) {
        if (!guard)
            return;
        if (r.ok())
            m_termsToken->clear();
        m_termsLabel->showMessage(r.ok() ? Kind::Success : Kind::Error,
                                  !r.ok() ? r.error().message
                              : accept ? tr("The terms of use were accepted.")
                                       : tr("The terms of use were declined."));
    }, ActionRunner::Needs::Nothing);
}

void AccountToolsView::createAccount()
{
    m_message->clear();
    const QString id = currentProfile();
    m_sessions.actions().whenSignedIn(id, tr("Creating an account"), [this, guard = QPointer<AccountToolsView>(this), id] {
        if (!guard)
            return;
        auto *dialog = new CreateAccountDialog(m_sessions, id, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QDialog::accepted, this, [this] { m_message->showSuccess(tr("The main account was created.")); });
        dialog->open();
    }, [this, guard = QPointer<AccountToolsView>(this)](const ApiError &e) {
        if (guard)
            m_message->showError(e.message);
    });
}

void AccountToolsView::changePassword()
{
    m_message->clear();
    const QString id = currentProfile();
    m_sessions.actions().whenSignedIn(id, tr("Changing a password"), [this, guard = QPointer<AccountToolsView>(this), id] {
        Backend *b = guard ? m_sessions.backend(id) : nullptr;
        if (!b)
            return;
        auto *dialog = new PasswordChangeDialog(m_sessions, id, b->state().userId, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QDialog::accepted, this, [this] { m_message->showSuccess(tr("The password was changed.")); });
        dialog->open();
    }, [this, guard = QPointer<AccountToolsView>(this)](const ApiError &e) {
        if (guard)
            m_message->showError(e.message);
    });
}

} // namespace authdesk
