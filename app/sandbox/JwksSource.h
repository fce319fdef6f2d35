#pragma once

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QString>

namespace sandbox {

// The signing keys of one OpenID issuer, read the way a resource server reads them:
// discovery (<issuer>/.well-known/openid-configuration) names the jwks_uri, whose keys are
// kept by kid. A kid not in the cache fetches the set again (key rotation), at most once in
// ten seconds so a stream of forged kids cannot make the sandbox hammer the provider.
//
// The fetch runs on a helper thread with its own network manager and the caller waits for
// it (five seconds at most): the sandbox's handlers answer synchronously, and a nested event
// loop on the server's thread would let other requests run inside this one.
class JwksSource
{
public:
    void setIssuer(const QString &issuer);
    QString issuer() const { return m_issuer; }
    // The JWK with this kid (an empty object when the issuer has none or cannot be reached;
    // *why then says which).
    QJsonObject key(const QString &kid, QString *why);

private:
    bool refresh(QString *why);

    QString m_issuer;
    QHash<QString, QJsonObject> m_keys;
    QDateTime m_lastFetch;
};

} // namespace sandbox
