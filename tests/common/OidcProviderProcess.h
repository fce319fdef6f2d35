#pragma once

#include <QProcess>
#include <QStringList>
#include <QUrl>

// Starts the real OpenID provider of tests/oidc (node-oidc-provider, certified) with node on a
// free loopback port. Needs `node` and tests/oidc/node_modules (scripts/install-deps puts
// them there); start() says what is missing otherwise.
class OidcProviderProcess
{
public:
    OidcProviderProcess() = default;
    ~OidcProviderProcess();
    OidcProviderProcess(const OidcProviderProcess &) = delete;
    OidcProviderProcess &operator=(const OidcProviderProcess &) = delete;

    // extraArgs: --code-ttl S, --device-interval S (see tests/oidc/provider.mjs).
    bool start(const QStringList &extraArgs = {}, QString *error = nullptr);
    void stop();
    QUrl issuer() const { return m_issuer; }

private:
    QProcess m_process;
    QUrl m_issuer;
};
