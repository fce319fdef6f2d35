#include "ProxyFactory.h"

#include "HttpClient.h"

#include <QMutexLocker>
#include <QUrl>

namespace authdesk {

QString ProxyFactory::keyOf(const QUrl &url)
{
    const int defaultPort = url.scheme() == QLatin1String("https") ? 443 : 80;
    return url.scheme() + QStringLiteral("://") + url.host().toLower() + QLatin1Char(':') + QString::number(url.port(defaultPort));
}

void ProxyFactory::setProxyFor(const QUrl &url, const std::optional<QNetworkProxy> &proxy)
{
    QMutexLocker lock(&m_lock);
    if (proxy)
        m_byOrigin.insert(keyOf(url), *proxy);
    else
        m_byOrigin.remove(keyOf(url));
}

QList<QNetworkProxy> ProxyFactory::queryProxy(const QNetworkProxyQuery &query)
{
    // This computer itself is never reached through a proxy, not even the profile's: an
    // http:// loopback sign-in would hand the password to the proxy in clear.
    if (HttpClient::isLoopbackHost(query.url().host()))
        return {QNetworkProxy(QNetworkProxy::NoProxy)};
    const QString key = keyOf(query.url());
    {
        QMutexLocker lock(&m_lock);
        const auto it = m_byOrigin.constFind(key);
        if (it != m_byOrigin.constEnd())
            return {*it};
        const auto cached = m_system.constFind(key);
        if (cached != m_system.constEnd() && m_clock.elapsed() - cached->atMs < 60'000)
            return cached->proxies;
    }
    const QList<QNetworkProxy> proxies = QNetworkProxyFactory::systemProxyForQuery(query);
    QMutexLocker lock(&m_lock);
    m_system.insert(key, Cached{proxies, m_clock.elapsed()});
    return proxies;
}

} // namespace authdesk
