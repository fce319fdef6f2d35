#pragma once

#include <QByteArray>
#include <QList>
#include <QNetworkProxy>
#include <QPair>
#include <QSslCertificate>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace authdesk {

using HeaderList = QList<QPair<QByteArray, QByteArray>>;

// Transport settings of one profile. Defaults suit an interactive console.
struct HttpOptions {
    int connectTimeoutMs = 10'000;   // until the request is on the wire
    int transferTimeoutMs = 30'000;  // from then until the whole answer has arrived
    qint64 maxResponseBytes = 8 * 1024 * 1024; // larger answers are aborted
    QList<QSslCertificate> trustedCas;         // extra CAs the profile trusts
    std::optional<QNetworkProxy> proxy;        // unset: the system proxy
};

struct HttpRequest {
    QByteArray method = "GET";
    QUrl url;
    HeaderList headers;
    QByteArray body;
    QByteArray contentType; // empty: no Content-Type header
    QString routeId;        // contract id (E1, P5, O10...) for logs and tests
    // Every secret that appears in url, headers or body (passwords, tokens, LSIDs,
    // keys): redacted from logs and error texts.
    QStringList secrets;
};

struct HttpResponse {
    int status = 0;          // 0: no HTTP answer
    HeaderList headers;
    QByteArray body;
    qint64 elapsedMs = 0;
    bool multiplexed = false; // came over HTTP/2: one connection carries many calls at once

    // Transport outcome when status == 0 (or the body is unusable).
    enum class Failure { None, Network, Timeout, Tls, TooLarge, Cancelled, Refused };
    Failure failure = Failure::None;
    QString failureText; // already redacted

    QByteArray header(const QByteArray &name) const;
    QList<QByteArray> headerValues(const QByteArray &name) const;
    bool isHtml() const;
};

} // namespace authdesk
