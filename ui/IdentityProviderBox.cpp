#include "IdentityProviderBox.h"

#include "CoreContext.h"
#include "FormWidgets.h"
#include "MessageBar.h"
#include "OidcClient.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QVBoxLayout>

namespace authdesk {

IdentityProviderBox::IdentityProviderBox(CoreContext &context, const OidcSettings &settings, QWidget *parent)
    : QGroupBox(tr("Sign in through an identit&y provider (OpenID Connect)"), parent)
    , m_context(context)
{
    setObjectName(QStringLiteral("identityProviderBox"));
    setCheckable(true);
    setChecked(settings.isSet());
    auto *outer = new QVBoxLayout(this);
    m_fields = new QWidget(this);
    outer->addWidget(m_fields);
    auto *form = new QFormLayout(m_fields);
    form->setContentsMargins(0, 0, 0, 0);
    auto line = [this](const char *name, const QString &text, const QString &accessible) {
        QLineEdit *e = form::lineEdit(this, name, accessible);
        e->setText(text);
        connect(e, &QLineEdit::textChanged, this, &IdentityProviderBox::changed);
        return e;
    };
    m_issuer = line("issuerEdit", settings.issuer.toString(), tr("Issuer URL"));
    m_issuer->setPlaceholderText(QStringLiteral("https://login.example.com/realms/corp"));
    form->addRow(tr("Issue&r URL:"), m_issuer);
    m_clientId = line("clientIdEdit", settings.clientId, tr("Client ID"));
    form->addRow(tr("Client ID (pu&blic client):"), m_clientId);
    m_scopes = line("scopesEdit", settings.scopes, tr("Scopes"));
    form->addRow(tr("Sc&opes:"), m_scopes);
    m_tokenUse = new QComboBox(this);
    m_tokenUse->setObjectName(QStringLiteral("tokenUseCombo"));
    m_tokenUse->setAccessibleName(tr("Token the sign-in gets"));
    m_tokenUse->addItem(tr("ID token (jwt)"), int(OidcSettings::TokenUse::IdToken));
    m_tokenUse->addItem(tr("Access token (accessToken)"), int(OidcSettings::TokenUse::AccessToken));
    m_tokenUse->setCurrentIndex(m_tokenUse->findData(int(settings.tokenUse)));
    connect(m_tokenUse, &QComboBox::currentIndexChanged, this, &IdentityProviderBox::changed);
    form->addRow(tr("Token the sign-in &gets:"), m_tokenUse);
    m_resource = line("resourceEdit", settings.resource, tr("Resource"));
    m_resource->setPlaceholderText(tr("none"));
    form->addRow(tr("Resource (optiona&l):"), m_resource);
    auto *testRow = new QHBoxLayout;
    m_test = new QPushButton(tr("Test disco&very"), this);
    m_test->setObjectName(QStringLiteral("testDiscoveryButton"));
    connect(m_test, &QPushButton::clicked, this, &IdentityProviderBox::testDiscovery);
    testRow->addWidget(m_test);
    m_testResult = new MessageBar(this, QStringLiteral("discoveryResultLabel"));
    testRow->addWidget(m_testResult, 1);
    form->addRow(testRow);
    m_fields->setVisible(isChecked());
    connect(this, &QGroupBox::toggled, this, [this](bool on) {
        m_fields->setVisible(on);
        Q_EMIT changed();
    });
}

IdentityProviderBox::~IdentityProviderBox() = default;

OidcSettings IdentityProviderBox::settings() const
{
    OidcSettings s;
    if (!isChecked())
        return s;
    s.issuer = QUrl(m_issuer->text().trimmed(), QUrl::StrictMode);
    s.clientId = m_clientId->text().trimmed();
    s.scopes = m_scopes->text().simplified();
    s.tokenUse = OidcSettings::TokenUse(m_tokenUse->currentData().toInt());
    s.resource = m_resource->text().trimmed();
    return s;
}

void IdentityProviderBox::setAvailable(bool available)
{
    setEnabled(available);
    setToolTip(available ? QString() : tr("This dialect takes no token from an identity provider."));
}

void IdentityProviderBox::testDiscovery()
{
    const OidcSettings s = settings();
    if (const QString problem = s.validate(); !problem.isEmpty() || s.issuer.isEmpty()) {
        m_testResult->showError(problem.isEmpty() ? tr("Fill in the issuer URL.") : problem);
        return;
    }
    m_client = std::make_unique<OidcClient>(m_context.http(), m_context.clock(), s, m_options ? m_options() : HttpOptions());
    m_testResult->showInfo(tr("Asking %1…").arg(s.issuer.host()));
    m_test->setEnabled(false);
    m_client->discover([this, guard = QPointer<IdentityProviderBox>(this)](const Result<OidcProviderInfo> &r) {
        if (!guard)
            return;
        m_test->setEnabled(true);
        if (!r.ok()) {
            m_testResult->showError(r.error().message);
            return;
        }
        const OidcProviderInfo &p = r.value();
        // What the sign-ins need: the browser's code flow with PKCE, the CLI's device flow.
        if (p.authorizationEndpoint.isEmpty() && p.deviceAuthorizationEndpoint.isEmpty())
            m_testResult->showWarning(tr("The provider answers but offers neither a browser sign-in nor a device sign-in."));
        else if (p.deviceAuthorizationEndpoint.isEmpty())
            m_testResult->showSuccess(tr("The provider answers. Browser sign-in: yes; device sign-in (CLI): no."));
        else
            m_testResult->showSuccess(tr("The provider answers. Browser sign-in and device sign-in (CLI): yes."));
    });
}

} // namespace authdesk
