#include "ProfileDialog.h"

#include "Backend.h"
#include "CoreContext.h"
#include "FormWidgets.h"
#include "IdentityProviderBox.h"
#include "MessageBar.h"
#include "Prompter.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QToolButton>

namespace authdesk {

ProfileDialog::ProfileDialog(CoreContext &context, const Profile &profile, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_original(profile)
{
    setObjectName(QStringLiteral("profileDialog"));
    setWindowTitle(profile.id.isEmpty() ? tr("New profile") : tr("Edit profile %1").arg(profile.name));
    auto *form = new QFormLayout(this);
    auto line = [this](const char *name, const QString &text, const QString &accessible) {
        QLineEdit *e = form::lineEdit(this, name, accessible);
        e->setText(text);
        connect(e, &QLineEdit::textChanged, this, &ProfileDialog::validate);
        return e;
    };
    m_name = line("nameEdit", profile.name, tr("Name"));
    form->addRow(tr("&Name:"), m_name);
    m_dialect = new QComboBox(this);
    m_dialect->setObjectName(QStringLiteral("dialectCombo"));
    m_dialect->setAccessibleName(tr("Dialect"));
    for (const DialectDescriptor &d : context.dialects().all())
        m_dialect->addItem(QIcon(QStringLiteral(":/icons/%1.svg").arg(d.id)), d.displayName, d.id);
    m_dialect->setCurrentIndex(qMax(0, m_dialect->findData(profile.dialect)));
    form->addRow(tr("&Dialect:"), m_dialect);
    m_url = line("urlEdit", profile.baseUrl.toString(), tr("Server address"));
    m_url->setPlaceholderText(QStringLiteral("https://host/path"));
    form->addRow(tr("Server &address:"), m_url);
    m_apiId = line("apiIdEdit", profile.apiId, tr("API id"));
    form->addRow(tr("API &id:"), m_apiId);
    m_user = line("userEdit", profile.userName, tr("Default user"));
    form->addRow(tr("Default &user:"), m_user);
    m_caFile = line("caFileEdit", profile.caFile, tr("Trusted CA file"));
    m_caFile->setPlaceholderText(tr("only the system's CAs"));
    auto *caRow = new QHBoxLayout;
    caRow->addWidget(m_caFile);
    auto *browse = new QToolButton(this);
    browse->setText(tr("…"));
    browse->setObjectName(QStringLiteral("caBrowseButton"));
    browse->setAccessibleName(tr("Choose the CA file"));
    connect(browse, &QToolButton::clicked, this, [this] {
        const QString f = Prompter::instance().openFileName(this, tr("Trusted CA certificate"), tr("PEM certificates (*.pem *.crt);;All files (*)"));
        if (!f.isEmpty())
            m_caFile->setText(f);
    });
    caRow->addWidget(browse);
    // A label before a layout gets no buddy from QFormLayout (and would show its "&").
    auto *caLabel = new QLabel(tr("Trusted &CA:"), this);
    caLabel->setBuddy(m_caFile);
    form->addRow(caLabel, caRow);
    m_proxy = line("proxyEdit", profile.proxy, tr("Proxy"));
    m_proxy->setPlaceholderText(tr("system proxy; or none, http://host:port, socks5://host:port"));
    form->addRow(tr("&Proxy:"), m_proxy);
    // The proxy user's password goes to the keychain, never into the settings file.
    m_proxyPassword = line("proxyPasswordEdit", QString(), tr("Proxy password"));
    m_proxyPassword->setEchoMode(QLineEdit::Password);
    m_proxyPassword->setPlaceholderText(tr("kept in the keychain; empty: unchanged"));
    form->addRow(tr("Proxy pass&word:"), m_proxyPassword);
    auto spin = [this](const char *name, int ms, const QString &accessible) {
        auto *s = new QSpinBox(this);
        s->setObjectName(QLatin1String(name));
        s->setRange(1, 600);
        s->setSuffix(tr(" s"));
        s->setValue(qMax(1, ms / 1000));
        s->setAccessibleName(accessible);
        return s;
    };
    m_connectTimeout = spin("connectTimeoutSpin", profile.connectTimeoutMs, tr("Connect timeout"));
    form->addRow(tr("Conn&ect timeout:"), m_connectTimeout);
    m_transferTimeout = spin("transferTimeoutSpin", profile.transferTimeoutMs, tr("Answer timeout"));
    form->addRow(tr("Answer ti&meout:"), m_transferTimeout);
    m_identityProvider = new IdentityProviderBox(context, profile.identityProvider, this);
    m_identityProvider->setOptionsSource([this] { return this->profile().httpOptions(); });
    connect(m_identityProvider, &IdentityProviderBox::changed, this, &ProfileDialog::validate);
    form->addRow(m_identityProvider);

    m_problem = new MessageBar(this, QStringLiteral("problemLabel"));
    form->addRow(m_problem);
    auto *testRow = new QHBoxLayout;
    m_testButton = new QPushButton(tr("&Test connection"), this);
    m_testButton->setObjectName(QStringLiteral("testButton"));
    connect(m_testButton, &QPushButton::clicked, this, &ProfileDialog::testConnection);
    testRow->addWidget(m_testButton);
    m_testResult = new MessageBar(this, QStringLiteral("testResultLabel"));
    testRow->addWidget(m_testResult, 1);
    form->addRow(testRow);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("saveButton"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ProfileDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(m_buttons);
    connect(m_dialect, &QComboBox::currentIndexChanged, this, &ProfileDialog::onDialectChanged);
    onDialectChanged();
}

ProfileDialog::~ProfileDialog()
{
    m_test.cancel();
}

Profile ProfileDialog::profile() const
{
    Profile p = m_original;
    p.name = m_name->text().trimmed();
    p.dialect = m_dialect->currentData().toString();
    p.baseUrl = QUrl(m_url->text().trimmed(), QUrl::StrictMode);
    const DialectDescriptor *d = m_context.dialects().find(p.dialect);
    p.apiId = d && d->needsApiId() ? m_apiId->text().trimmed() : QString();
    p.userName = m_user->text().trimmed();
    p.caFile = m_caFile->text().trimmed();
    p.proxy = m_proxy->text().trimmed();
    p.proxyPassword = m_proxyPassword->text();
    if (const QUrl proxy(p.proxy); p.proxyPassword.isEmpty() && !proxy.password().isEmpty())
        p.proxyPassword = proxy.password(); // typed into the URL: kept the same way
    p.connectTimeoutMs = m_connectTimeout->value() * 1000;
    p.transferTimeoutMs = m_transferTimeout->value() * 1000;
    // A dialect without a token sign-in keeps no identity provider (the box is disabled then).
    p.identityProvider = m_identityProvider->isEnabled() ? m_identityProvider->settings() : OidcSettings();
    return p;
}

void ProfileDialog::save()
{
    m_saved = profile();
    if (m_saver) {
        const Result<Profile> written = m_saver(m_saved);
        if (!written.ok()) {
            m_problem->showError(written.error().message);
            return;
        }
        m_saved = written.value();
    }
    accept();
}

void ProfileDialog::onDialectChanged()
{
    const DialectDescriptor *d = m_context.dialects().find(m_dialect->currentData().toString());
    m_apiId->setEnabled(d && d->needsApiId());
    m_identityProvider->setAvailable(d && (d->mode(Credentials::Mode::Jwt) || d->mode(Credentials::Mode::AccessToken)));
    if (d && m_url->text().trimmed().isEmpty() && !d->defaultBaseUrl.isEmpty())
        m_url->setText(d->defaultBaseUrl.toString());
    validate();
}

void ProfileDialog::validate()
{
    const QString problem = m_context.dialects().validate(profile());
    // What is still wrong with the form: a warning while typing, not yet an error.
    m_problem->showWarning(problem);
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(problem.isEmpty());
    m_testButton->setEnabled(problem.isEmpty());
}

void ProfileDialog::testConnection()
{
    m_test.cancel();
    Profile p = profile();
    if (p.id.isEmpty())
        p.id = QStringLiteral("profile-test");
    m_testBackend = m_context.dialects().createBackend(p, m_context);
    if (!m_testBackend)
        return;
    m_testResult->showInfo(tr("Testing…"));
    m_testButton->setEnabled(false);
    m_test = m_testBackend->testConnection([this, guard = QPointer<ProfileDialog>(this)](const Result<Done> &r) {
        if (!guard)
            return;
        m_testButton->setEnabled(true);
        if (r.ok())
            m_testResult->showSuccess(tr("The server answers."));
        else
            m_testResult->showError(r.error().message);
    });
}

} // namespace authdesk
