#pragma once

#include <QList>
#include <QProcess>
#include <QString>

// nginx as a real TLS (and HTTP/2) front of the sandbox, with a throwaway CA and server
// certificates made by openssl in a folder of the caller's. Used by the TLS tests and by the
// network benchmarks (#15). Tools missing: available() says which.
class NginxFront
{
public:
    struct Server {
        quint16 port = 0;
        QString listenAddress;  // empty: every address of this machine
        QString certificate;    // a name given to makeCertificate()
        bool http2 = true;      // offered by ALPN
        QString upstream;       // http://127.0.0.1:PORT
        int upstreamKeepalive = 0; // idle connections kept to the upstream (0: one per request)
    };

    explicit NginxFront(const QString &folder);
    ~NginxFront();

    // The first of nginx and openssl that cannot be found, or empty.
    static QString missingTool();
    static quint16 freePort();
    static bool waitForPort(quint16 port, int timeoutMs = 10'000);

    // A CA ("ca.pem") and certificates it signs: `name`.pem / `name`.key, with the given
    // subjectAltName ("DNS:localhost,IP:127.0.0.1") or none, and the common name (the name).
    bool makeCa();
    bool makeCertificate(const QString &name, const QString &subjectAltName, const QString &commonName = QString()); // CN: name
    QString caFile() const { return path(QStringLiteral("ca.pem")); }
    QString path(const QString &name) const { return m_folder + u'/' + name; }
    QString accessLog() const { return path(QStringLiteral("nginx-access.log")); }

    // Writes nginx.conf for `servers` and starts nginx; false (with `error`) if it does not
    // answer on every port.
    bool start(const QList<Server> &servers, QString *error);
    void stop();

private:
    bool run(const QString &program, const QStringList &args) const;

    QString m_folder;
    QProcess m_nginx;
};
