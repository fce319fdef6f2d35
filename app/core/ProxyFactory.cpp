#include "ProxyFactory.h"

#include <QMutexLocker>
#include <QUrl>

namespace authdesk {

QString ProxyFactory::keyOf(const QUrl &url)
{
    const int defaultPort = url.scheme() == QLatin1String("https") ? 443 : 80;
    return url.scheme() + QStringLiteral("://") + url.host().toLower() + QLatin1Char(':') + QString::number(url.port(defaultPort));
}

void ProxyFactory::setProxyFor(const QUrl &url, const QNetworkProxy &proxy)
{
    QMutexLocker lock(&m_lock);
    m_byOrigin.insert(keyOf(url), proxy);
}

QList<QNetworkProxy> ProxyFactory::queryProxy(const QNetworkProxyQuery &query)
{
    {
        QMutexLocker lock(&m_lock);
        const auto it = m_byOrigin.constFind(keyOf(query.url()));
        if (it != m_byOrigin.constEnd())
            return {*it};
    }
    return QNetworkProxyFactory::systemProxyForQuery(query);
}

} // namespace authdesk
