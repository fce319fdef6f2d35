#pragma once

#include <QHash>
#include <QMutex>
#include <QNetworkProxyFactory>

namespace authdesk {

// One QNetworkAccessManager serves every profile, but each profile may name its own proxy.
// The factory picks the proxy by the request's scheme://host:port and falls back to the
// system configuration.
class ProxyFactory : public QNetworkProxyFactory
{
public:
    void setProxyFor(const QUrl &url, const QNetworkProxy &proxy);
    QList<QNetworkProxy> queryProxy(const QNetworkProxyQuery &query) override;

private:
    static QString keyOf(const QUrl &url);
    QMutex m_lock; // queryProxy may be called from Qt's network thread
    QHash<QString, QNetworkProxy> m_byOrigin;
};

} // namespace authdesk
