#pragma once

#include "HttpTypes.h"
#include "OidcSettings.h"

#include <QGroupBox>

#include <functional>
#include <memory>

class QComboBox;
class QLineEdit;
class QPushButton;

namespace authdesk {

class CoreContext;
class MessageBar;
class OidcClient;

// The identity-provider part of a profile (OpenID Connect, a public client): issuer, client
// id, scopes, which token the sign-in receives and the resource indicator, with "Test
// discovery" asking the issuer's discovery document through the profile's network settings.
// Checkable: unticked, the profile has no identity provider (and its fields fold away).
class IdentityProviderBox : public QGroupBox
{
    Q_OBJECT
public:
    IdentityProviderBox(CoreContext &context, const OidcSettings &settings, QWidget *parent = nullptr);
    ~IdentityProviderBox() override;

    OidcSettings settings() const; // empty when unticked
    // The profile's TLS trust, proxy and timeouts, for the discovery test.
    void setOptionsSource(std::function<HttpOptions()> source) { m_options = std::move(source); }
    // Only a dialect with a token sign-in takes one (the box is disabled otherwise).
    void setAvailable(bool available);

Q_SIGNALS:
    void changed();

private:
    void testDiscovery();

    CoreContext &m_context;
    std::function<HttpOptions()> m_options;
    QWidget *m_fields = nullptr;
    QLineEdit *m_issuer = nullptr;
    QLineEdit *m_clientId = nullptr;
    QLineEdit *m_scopes = nullptr;
    QComboBox *m_tokenUse = nullptr;
    QLineEdit *m_resource = nullptr;
    QPushButton *m_test = nullptr;
    MessageBar *m_testResult = nullptr;
    std::unique_ptr<OidcClient> m_client;
};

} // namespace authdesk
