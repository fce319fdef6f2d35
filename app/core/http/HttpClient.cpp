#include "HttpClient.h"

#include "HttpCall.h"
#include "Logging.h"
#include "OnceUploadDevice.h"
#include "ProxyFactory.h"
#include "TcpNoDelay.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslConfiguration>

namespace authdesk {

QByteArray HttpResponse::header(const QByteArray &name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

QList<QByteArray> HttpResponse::headerValues(const QByteArray &name) const
{
    QList<QByteArray> out;
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            out.append(h.second);
    }
    return out;
}

bool HttpResponse::isHtml() const
{
    if (header("Content-Type").toLower().contains("text/html"))
        return true;
    const QByteArray start = body.left(256).trimmed().toLower();
    return start.startsWith("<!doctype html") || start.startsWith("<html");
}

HttpClient::HttpClient(QObject *parent)
    : QObject(parent)
    , m_nam(new QNetworkAccessManager(this))
    , m_proxies(new ProxyFactory)
{
    m_nam->setProxyFactory(m_proxies); // takes ownership
    // Cookies are per profile (Overkiz JSESSIONID), never shared through the manager.
    m_nam->setCookieJar(nullptr);
    m_nam->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    m_nam->setAutoDeleteReplies(false);
}

bool HttpClient::isSafeMethod(const QByteArray &method)
{
    return method == "GET" || method == "HEAD" || method == "OPTIONS";
}

bool HttpClient::isLoopbackHost(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

HttpCall *HttpClient::send(const HttpRequest &request, const HttpOptions &options)
{
    HttpCall *call = nullptr;
    const QUrl &url = request.url;
    if (!url.isValid() || url.host().isEmpty()
        || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http"))) {
        call = new HttpCall(request, HttpResponse::Failure::Refused,
                            tr("The server address is not a valid http(s) URL."), this);
    } else if (url.scheme() == QLatin1String("http") && !isLoopbackHost(url.host())) {
        call = new HttpCall(request, HttpResponse::Failure::Tls,
                            tr("Plain http:// is only allowed to this computer (loopback); use https://."),
                            this);
    } else {
        QNetworkRequest req(url);
        for (const auto &h : request.headers)
            req.setRawHeader(h.first, h.second);
        if (!request.contentType.isEmpty())
            req.setHeader(QNetworkRequest::ContentTypeHeader, request.contentType);
        req.setRawHeader("Accept", "application/json");
        req.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
        req.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
        // HTTP/2 where the server offers it over TLS (ALPN): many calls share one connection
        // instead of six (#15). A body still goes out at most once (OnceUploadDevice) and
        // plain http:// on loopback stays HTTP/1.1 (no cleartext upgrade).
        req.setAttribute(QNetworkRequest::Http2AllowedAttribute, true);
        req.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
        if (!options.trustedCas.isEmpty()) {
            QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
            tls.addCaCertificates(options.trustedCas);
            req.setSslConfiguration(tls);
        }
        // The proxy is chosen per origin: set it, or clear what an earlier profile set.
        m_proxies->setProxyFor(url, options.proxy);
        QNetworkReply *reply = nullptr;
        if (isSafeMethod(request.method)) {
            // No body, not even an empty one: Qt then sends no upload device, and the request
            // goes out (and, being safe, may be resent by Qt) like a plain get().
            reply = m_nam->sendCustomRequest(req, request.method);
        } else {
            // Anything that may change the server reaches it at most once (OnceUploadDevice).
            auto *body = new OnceUploadDevice(request.body);
            reply = m_nam->sendCustomRequest(req, request.method, body);
            body->setParent(reply);
        }
        // New connections get TCP_NODELAY (see TcpNoDelay): a TLS one once it is up, a plain
        // one (loopback) once its socket surely exists, when its first request has gone out.
        connect(reply, &QNetworkReply::socketStartedConnecting, this, [this] { m_untunedSockets = true; });
        connect(reply, &QNetworkReply::encrypted, this, &HttpClient::tuneSockets);
        connect(reply, &QNetworkReply::requestSent, this, [this] {
            if (m_untunedSockets)
                tuneSockets();
        });
        call = new HttpCall(reply, request, options, this);
    }
    ++m_inFlight;
    Q_EMIT inFlightChanged(m_inFlight);
    connect(call, &HttpCall::finished, this, &HttpClient::callEnded);
    connect(call, &HttpCall::finished, this, [this](const HttpResponse &r) {
        // A refused handshake can stay cached with its connection; after a change of trust
        // (a CA added to the profile) the next attempt must start a fresh handshake.
        if (r.failure == HttpResponse::Failure::Tls)
            m_nam->clearConnectionCache();
    });
    return call;
}

void HttpClient::tuneSockets()
{
    m_untunedSockets = false;
    TcpNoDelay::applyToOpenSockets();
}

void HttpClient::callEnded()
{
    --m_inFlight;
    Q_EMIT inFlightChanged(m_inFlight);
}

} // namespace authdesk
