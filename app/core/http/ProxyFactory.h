#pragma once

#include <QElapsedTimer>

#include <optional>

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
    ProxyFactory() { m_clock.start(); }
    // Sets the proxy for the URL's origin; nullopt goes back to the system's choice.
    void setProxyFor(const QUrl &url, const std::optional<QNetworkProxy> &proxy);
    QList<QNetworkProxy> queryProxy(const QNetworkProxyQuery &query) override;

private:
    static QString keyOf(const QUrl &url);
    QMutex m_lock; // queryProxy may be called from Qt's network thread
    QHash<QString, QNetworkProxy> m_byOrigin;
    // The system's answer per origin, kept for a minute: asking libproxy costs far more
    // than a request on a warm connection, and the system setting rarely changes.
    struct Cached {
        QList<QNetworkProxy> proxies;
        qint64 atMs = 0;
    };
    QHash<QString, Cached> m_system;
    QElapsedTimer m_clock;
};

} // namespace authdesk
