#include "Profile.h"

#include "HttpClient.h"

#include <QCoreApplication>
#include <QFile>
#include <QUuid>

namespace authdesk {

QString Profile::newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces).left(8);
}

QString Profile::validate() const
{
    if (name.trimmed().isEmpty())
        return QCoreApplication::translate("Profile", "The profile needs a name.");
    if (!baseUrl.isValid() || baseUrl.host().isEmpty())
        return QCoreApplication::translate("Profile", "The server address must be a full URL such as https://host/path.");
    if (baseUrl.scheme() != QLatin1String("https") && baseUrl.scheme() != QLatin1String("http"))
        return QCoreApplication::translate("Profile", "The server address must start with https://.");
    if (baseUrl.scheme() == QLatin1String("http") && !HttpClient::isLoopbackHost(baseUrl.host()))
        return QCoreApplication::translate("Profile", "Plain http:// is only allowed to this computer (loopback); use https://.");
    if (!baseUrl.userInfo().isEmpty())
        return QCoreApplication::translate("Profile", "Do not put a user name or password in the server address.");
    if (!caFile.isEmpty() && !QFile::exists(caFile))
        return QCoreApplication::translate("Profile", "The trusted CA file does not exist.");
    if (!proxy.isEmpty() && proxy != QLatin1String("none")) {
        const QUrl p(proxy);
        if (!p.isValid() || p.host().isEmpty() || p.port() <= 0
            || (p.scheme() != QLatin1String("http") && p.scheme() != QLatin1String("socks5")))
            return QCoreApplication::translate("Profile", "The proxy must look like http://host:port or socks5://host:port.");
    }
    if (const QString problem = identityProvider.validate(); !problem.isEmpty())
        return problem;
    if (connectTimeoutMs < 100 || transferTimeoutMs < 100)
        return QCoreApplication::translate("Profile", "Timeouts must be at least 100 ms.");
    return {};
}

HttpOptions Profile::httpOptions(QString *caError) const
{
    HttpOptions o;
    o.connectTimeoutMs = connectTimeoutMs;
    o.transferTimeoutMs = transferTimeoutMs;
    if (!caFile.isEmpty()) {
        o.trustedCas = QSslCertificate::fromPath(caFile, QSsl::Pem);
        if (o.trustedCas.isEmpty() && caError)
            *caError = QCoreApplication::translate("Profile", "The trusted CA file holds no PEM certificate.");
    }
    if (proxy == QLatin1String("none")) {
        o.proxy = QNetworkProxy(QNetworkProxy::NoProxy);
    } else if (!proxy.isEmpty()) {
        const QUrl p(proxy);
        o.proxy = QNetworkProxy(p.scheme() == QLatin1String("socks5") ? QNetworkProxy::Socks5Proxy
                                                                       : QNetworkProxy::HttpProxy,
                                p.host(), quint16(p.port()), p.userName(),
                                proxyPassword.isEmpty() ? p.password() : proxyPassword);
    }
    return o;
}

} // namespace authdesk
