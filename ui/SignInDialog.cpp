#include "SignInDialog.h"

#include "AuthorizationCodeFlow.h"
#include "CoreContext.h"
#include "DialectRegistry.h"
#include "OidcClient.h"

#include "FormWidgets.h"
#include "MessageBar.h"
#include "ProfileSessions.h"
#include "ProfileStore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace authdesk {

SignInDialog::SignInDialog(ProfileSessions &sessions, const Profile &profile, const QString &reason, QWidget *parent)
    : QDialog(parent)
    , m_sessions(sessions)
    , m_profile(profile)
{
    setObjectName(QStringLiteral("signInDialog"));
    setWindowTitle(tr("Sign in to %1").arg(profile.name));
    auto *layout = new QVBoxLayout(this);
    // Modes, fields and labels come from the dialect's descriptor.
    static const DialectDescriptor unknown;
    const DialectDescriptor *found = sessions.context().dialects().find(profile.dialect);
    m_dialect = found ? found : &unknown;
    auto *intro = new QLabel(reason.isEmpty() ? tr("Sign in to %1 (%2).").arg(profile.name, m_dialect->displayName)
                                              : reason + u' ' + tr("Sign in again to continue."),
                             this);
    intro->setWordWrap(true);
    intro->setObjectName(QStringLiteral("introLabel"));
    layout->addWidget(intro);

    m_form = new QFormLayout;
    m_mode = new QComboBox(this);
    m_mode->setObjectName(QStringLiteral("modeCombo"));
    m_mode->setAccessibleName(tr("Sign-in method"));
    m_form->addRow(tr("&Method:"), m_mode);
    m_user = new QLineEdit(profile.userName, this);
    m_user->setObjectName(QStringLiteral("userEdit"));
    m_form->addRow(tr("&User:"), m_user);
    m_secret = new QLineEdit(this);
    m_secret->setObjectName(QStringLiteral("secretEdit"));
    m_secret->setEchoMode(QLineEdit::Password);
    m_secret->installEventFilter(this);
    m_form->addRow(tr("&Password:"), m_secret);
    m_caps = new QLabel(tr("Caps Lock seems to be on."), this);
    m_caps->setObjectName(QStringLiteral("capsLockLabel"));
    m_caps->hide();
    m_form->addRow(QString(), m_caps);
    if (m_dialect->needsApiId()) {
        m_apiId = new QLineEdit(profile.apiId, this);
        m_apiId->setObjectName(QStringLiteral("apiIdEdit"));
        const QString label = DialectDescriptor::text(m_dialect->profileApiIdLabel);
        m_apiId->setAccessibleName(DialectDescriptor::plain(label));
        m_form->addRow(label, m_apiId);
    }
    layout->addLayout(m_form);

    // Optional fields (Overkiz: application id, API key, setup OID) in a group of their own.
    using R = SignInField::Role;
    const std::pair<R, std::pair<const char *, QLineEdit **>> extras[] = {
        {R::ApplicationId, {"applicationIdEdit", &m_applicationId}},
        {R::ApiKey, {"extraApiKeyEdit", &m_extraApiKey}},
        {R::SetupOid, {"setupOidEdit", &m_setupOid}},
    };
    QFormLayout *extraForm = nullptr;
    for (const auto &[role, widget] : extras) {
        const SignInField *field = nullptr;
        for (const SignInMode &m : m_dialect->modes)
            field = field ? field : m.field(role);
        if (!field || !field->optional)
            continue;
        if (!m_extras) {
            m_extras = new QGroupBox(tr("Optional"), this);
            m_extras->setObjectName(QStringLiteral("extrasGroup"));
            extraForm = new QFormLayout(m_extras);
            layout->addWidget(m_extras);
        }
        auto *edit = new QLineEdit(m_extras);
        edit->setObjectName(QLatin1String(widget.first));
        if (field->isSecret())
            edit->setEchoMode(QLineEdit::Password);
        const QString label = DialectDescriptor::text(field->label);
        edit->setAccessibleName(DialectDescriptor::plain(label));
        extraForm->addRow(label, edit);
        *widget.second = edit;
    }

    m_remember = new QCheckBox(tr("&Remember (keep in the system keychain and sign in again when the session expires)"), this);
    m_remember->setObjectName(QStringLiteral("rememberCheck"));
    layout->addWidget(m_remember);
    m_keychain = new MessageBar(this, QStringLiteral("keychainBar"));
    layout->addWidget(m_keychain);
    const auto ks = sessions.keychain().lastStatus();
    if (ks != KeychainStore::Status::Ok || sessions.status(profile.id).keychainUnavailable)
        showKeychainState(int(ks == KeychainStore::Status::Ok ? KeychainStore::Status::Error : ks));
    // Ticking "Remember" asks the keychain at once, so that its absence is said now, not
    // discovered at the next start.
    connect(m_remember, &QCheckBox::toggled, this, [this](bool on) {
        if (on)
            checkKeychain();
    });
    m_error = new MessageBar(this);
    layout->addWidget(m_error);
    m_countdown = new QTimer(this);
    m_countdown->setInterval(1000);
    connect(m_countdown, &QTimer::timeout, this, &SignInDialog::tick);
    m_busy = form::busyBar(this, tr("Signing in"));
    layout->addWidget(m_busy);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Sign in"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("signInButton"));
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
    if (profile.identityProvider.isSet()) {
        m_sso = m_buttons->addButton(tr("Sign in with SS&O"), QDialogButtonBox::ActionRole);
        m_sso->setObjectName(QStringLiteral("ssoButton"));
        m_sso->setToolTip(tr("Sign in at %1 in your browser").arg(profile.identityProvider.issuer.host()));
        connect(m_sso, &QPushButton::clicked, this, &SignInDialog::signInWithSso);
    }
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SignInDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SignInDialog::reject);
    layout->addWidget(m_buttons);

    buildModes();
    connect(m_mode, &QComboBox::currentIndexChanged, this, &SignInDialog::updateMode);
    updateMode();
    (m_user->isVisible() && m_user->text().isEmpty() ? m_user : m_secret)->setFocus();
}

SignInDialog::~SignInDialog()
{
    m_call.cancel();
    if (m_flow)
        m_flow->disconnect(this);
}

void SignInDialog::checkKeychain()
{
    // Reading an entry that is not there costs nothing and tells whether a keychain answers.
    m_sessions.keychain().read(KeychainStore::key(m_profile.id, QStringLiteral("probe")),
                               [guard = QPointer<SignInDialog>(this)](const KeychainStore::Outcome &o) {
        if (!guard)
            return;
        if (o.status == KeychainStore::Status::Ok || o.status == KeychainStore::Status::NotFound)
            guard->m_keychain->clear();
        else
            guard->showKeychainState(int(o.status));
    });
}

void SignInDialog::showKeychainState(int status)
{
    QString why;
    switch (KeychainStore::Status(status)) {
    case KeychainStore::Status::NoKeychain:
        why = tr("There is no system keychain on this computer, or AuthDesk cannot reach it.");
        break;
    case KeychainStore::Status::Denied:
        why = tr("The system keychain is locked, or it refused AuthDesk access.");
        break;
    case KeychainStore::Status::TimedOut:
        why = tr("The system keychain does not answer.");
        break;
    default:
        why = tr("The system keychain reported a problem.");
        break;
    }
    m_keychain->showWarning(why + u' '
                            + tr("“Remember” keeps your sign-in only until AuthDesk closes; you will be asked again at the next start."));
}

void SignInDialog::buildModes()
{
    for (const SignInMode &m : m_dialect->modes)
        m_mode->addItem(DialectDescriptor::text(m.label), int(m.mode));
}

Credentials::Mode SignInDialog::mode() const
{
    return Credentials::Mode(m_mode->currentData().toInt());
}

void SignInDialog::updateMode()
{
    // Each mode has its own values: a password never lands in an API-key field, an e-mail
    // never in an App ID. The profile's user belongs to the first (default) mode only.
    const int now = int(mode());
    if (m_shownMode != now) {
        if (m_shownMode >= 0)
            m_values.insert(m_shownMode, {m_user->text(), m_secret->text()});
        const bool first = m_dialect->modes.isEmpty() || int(m_dialect->modes.first().mode) == now;
        const auto kept = m_values.constFind(now);
        const Values v = kept != m_values.cend() ? *kept : Values{first ? m_profile.userName : QString(), QString()};
        m_values.remove(now);
        m_user->setText(v.user);
        m_secret->setText(v.secret);
        m_shownMode = now;
        // The answer to the other mode's try goes; a throttled sign-in stays said, the wait is
        // the server's whatever the mode.
        if (!m_countdown->isActive())
            m_error->clear();
    }
    using R = SignInField::Role;
    const SignInMode *m = m_dialect->mode(mode());
    const SignInField *user = m ? m->field(R::User) : nullptr;
    const SignInField *secret = m ? m->field(R::Secret) : nullptr;
    m_form->setRowVisible(m_user, user != nullptr);
    auto *userLabel = qobject_cast<QLabel *>(m_form->labelForField(m_user));
    auto *secretLabel = qobject_cast<QLabel *>(m_form->labelForField(m_secret));
    const QString userText = user ? DialectDescriptor::text(user->label) : tr("&User:");
    const QString secretText = secret ? DialectDescriptor::text(secret->label) : tr("&Password:");
    userLabel->setText(userText);
    secretLabel->setText(secretText);
    m_user->setAccessibleName(DialectDescriptor::plain(userText));
    m_secret->setAccessibleName(DialectDescriptor::plain(secretText));
    if (m_apiId)
        m_form->setRowVisible(m_apiId, m && m->usesProfileApiId);
}

bool SignInDialog::eventFilter(QObject *watched, QEvent *event)
{
    // Qt cannot read the Caps Lock state portably; an upper-case letter typed without Shift
    // (or the reverse) tells it reliably enough for a hint.
    if (watched == m_secret && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const QString t = key->text();
        if (t.size() == 1 && t.at(0).isLetter() && t.at(0).toLower() != t.at(0).toUpper()) {
            const bool shift = key->modifiers().testFlag(Qt::ShiftModifier);
            m_caps->setVisible(t.at(0).isUpper() != shift);
        }
    }
    return QDialog::eventFilter(watched, event);
}

Credentials SignInDialog::credentials() const
{
    Credentials c;
    c.mode = mode();
    c.user = m_user->isVisibleTo(this) ? m_user->text().trimmed() : QString();
    c.secret = m_secret->text();
    if (m_extras) {
        c.applicationId = m_applicationId->text().trimmed();
        c.apiKey = m_extraApiKey->text();
        c.setupOid = m_setupOid->text().trimmed();
    }
    return c;
}

void SignInDialog::setBusy(bool busy)
{
    for (QWidget *w : {static_cast<QWidget *>(m_mode), static_cast<QWidget *>(m_user), static_cast<QWidget *>(m_secret),
                       static_cast<QWidget *>(m_remember)})
        w->setEnabled(!busy);
    if (m_apiId)
        m_apiId->setEnabled(!busy);
    if (m_extras)
        m_extras->setEnabled(!busy);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!busy && !m_countdown->isActive());
    if (m_sso)
        m_sso->setEnabled(!busy);
    m_busy->setVisible(busy);
    if (busy)
        m_error->clear();
}

void SignInDialog::showError(const QString &text)
{
    m_error->showError(text);
    m_secret->setFocus();
    m_secret->selectAll();
}

void SignInDialog::startCountdown(int seconds)
{
    m_retryAt = QDeadlineTimer(qint64(seconds) * 1000);
    m_countdown->start();
    tick();
}

void SignInDialog::tick()
{
    // The button says how long is left; it comes back by itself when the server takes tries again.
    QPushButton *ok = m_buttons->button(QDialogButtonBox::Ok);
    const int left = int((m_retryAt.remainingTime() + 999) / 1000);
    if (left <= 0) {
        m_countdown->stop();
        ok->setText(tr("&Sign in"));
        ok->setEnabled(!m_busy->isVisible());
        m_error->showInfo(tr("You can try to sign in again."));
        return;
    }
    ok->setEnabled(false);
    ok->setText(tr("Sign in (%n s)", nullptr, left));
}

void SignInDialog::clearSecrets()
{
    m_secret->clear(); // passwords do not linger in widgets
    if (m_extraApiKey)
        m_extraApiKey->clear();
    m_values.clear();
}

void SignInDialog::accept()
{
    const Credentials c = credentials();
    if (m_user->isVisibleTo(this) && c.user.isEmpty())
        return showError(tr("Fill in the field “%1”.").arg(m_user->accessibleName()));
    if (c.secret.isEmpty())
        return showError(tr("Fill in the field “%1”.").arg(m_secret->accessibleName()));
    if (m_apiId && m_apiId->isVisibleTo(this) && m_apiId->text().trimmed() != m_profile.apiId) {
        // The API id belongs to the profile: keep what was typed there.
        m_profile.apiId = m_apiId->text().trimmed();
        if (const auto written = m_sessions.profiles().save(m_profile); !written.ok())
            return showError(written.error().message);
        m_sessions.profileChanged(m_profile.id);
    }
    send(c, m_remember->isChecked());
}

void SignInDialog::send(const Credentials &c, bool remember)
{
    setBusy(true);
    m_call = m_sessions.signIn(m_profile.id, c, remember, [this, guard = QPointer<SignInDialog>(this)](const Result<SignInState> &r) {
        if (!guard)
            return;
        setBusy(false);
        if (r.ok()) {
            clearSecrets();
            QDialog::accept();
            return;
        }
        const ApiError &e = r.error();
        if (e.kind == ErrorKind::Cancelled)
            return;
        QString text = e.message;
        if (e.kind == ErrorKind::RateLimited && e.retryAfterSeconds >= 0)
            text += u' ' + tr("You can try again at %1.").arg(QTime::currentTime().addSecs(e.retryAfterSeconds).toString(QStringLiteral("HH:mm:ss")));
        showError(text);
        if (e.kind == ErrorKind::RateLimited && e.retryAfterSeconds > 0)
            startCountdown(e.retryAfterSeconds);
    });
}

void SignInDialog::signInWithSso()
{
    QString caError;
    const HttpOptions options = m_profile.httpOptions(&caError);
    if (!caError.isEmpty())
        return showError(caError);
    m_flow.reset();
    m_oidc = std::make_unique<OidcClient>(m_sessions.context().http(), m_sessions.context().clock(), m_profile.identityProvider, options);
    m_flow = std::make_unique<AuthorizationCodeFlow>(*m_oidc);
    connect(m_flow.get(), &AuthorizationCodeFlow::openBrowser, this, [this](const QUrl &url) {
        m_error->showInfo(tr("Finish the sign-in in your browser, at %1. This window waits for its answer.").arg(url.host()));
        if (!QDesktopServices::openUrl(url))
            showError(tr("No browser could be opened for the sign-in at %1.").arg(url.host()));
    });
    connect(m_flow.get(), &SignInFlow::succeeded, this, [this](const OidcTokens &tokens) {
        Credentials c = DialectRegistry::ssoCredentials(m_profile.identityProvider, tokens);
        // "Remember" keeps the provider's refresh token (not the password it never saw): an
        // expired session then gets a fresh token and signs in again without asking.
        if (!m_remember->isChecked())
            c.refreshToken.clear();
        send(c, m_remember->isChecked());
    });
    connect(m_flow.get(), &SignInFlow::failed, this, [this](const ApiError &e) {
        setBusy(false);
        if (e.kind != ErrorKind::Cancelled)
            showError(e.message);
    });
    setBusy(true);
    m_flow->start();
}

void SignInDialog::reject()
{
    if (m_busy->isVisible()) {
        if (m_flow)
            m_flow->cancel();
        m_call.cancel(); // first Escape stops the sign-in, the second closes
        setBusy(false);
        showError(tr("Sign-in cancelled."));
        return;
    }
    clearSecrets();
    QDialog::reject();
}

} // namespace authdesk
