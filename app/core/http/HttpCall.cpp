#include "HttpCall.h"

#include "Logging.h"
#include "Redactor.h"

#include <QNetworkReply>
#include <QSslError>

namespace authdesk {

namespace {

QString networkErrorText(QNetworkReply::NetworkError e)
{
    // Qt's own errorString() embeds the URL, which can carry an LSID or a key: never use it.
    switch (e) {
    case QNetworkReply::ConnectionRefusedError:
        return HttpCall::tr("The server refused the connection. Is the address right and the server running?");
    case QNetworkReply::RemoteHostClosedError:
        return HttpCall::tr("The server closed the connection before it answered.");
    case QNetworkReply::HostNotFoundError:
        return HttpCall::tr("The server's host name could not be found.");
    case QNetworkReply::TimeoutError:
        return HttpCall::tr("The connection timed out.");
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
        return HttpCall::tr("The network is not available.");
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::ProxyAuthenticationRequiredError:
        return HttpCall::tr("The proxy server could not be used.");
    case QNetworkReply::SslHandshakeFailedError:
        return HttpCall::tr("The secure connection could not be established.");
    default:
        return HttpCall::tr("The connection to the server failed.");
    }
}

} // namespace

HttpCall::HttpCall(QNetworkReply *reply, const HttpRequest &request, const HttpOptions &options,
                   QObject *parent)
    : QObject(parent)
    , m_reply(reply)
    , m_request(request)
    , m_options(options)
{
    m_clock.start();
    reply->setParent(this);
    // Two deadlines: one for getting the request on the wire (a host that never accepts),
    // one for the whole exchange (a server that accepts and then says nothing).
    m_deadline.setSingleShot(true);
    m_connectDeadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, [this] {
        fail(HttpResponse::Failure::Timeout,
             tr("The server did not answer within %n second(s).", nullptr,
                qMax(1, m_options.transferTimeoutMs / 1000)));
    });
    connect(&m_connectDeadline, &QTimer::timeout, this, [this] {
        fail(HttpResponse::Failure::Timeout,
             tr("Could not connect to the server within %n second(s).", nullptr,
                qMax(1, m_options.connectTimeoutMs / 1000)));
    });
    m_deadline.start(m_options.transferTimeoutMs);
    if (m_options.connectTimeoutMs < m_options.transferTimeoutMs)
        m_connectDeadline.start(m_options.connectTimeoutMs);
    connect(reply, &QNetworkReply::requestSent, this, [this] {
        m_sent = true;
        m_connectDeadline.stop();
    });
    connect(reply, &QNetworkReply::metaDataChanged, this, &HttpCall::onMetaData);
    connect(reply, &QNetworkReply::readyRead, this, &HttpCall::onReadyRead);
    connect(reply, &QNetworkReply::finished, this, &HttpCall::onFinished);
    connect(reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError> &errors) {
        // Never ignored: a profile trusts a CA by adding it to the configuration instead.
        QStringList texts;
        for (const QSslError &e : errors)
            texts << e.errorString();
        m_pendingFailure = HttpResponse::Failure::Tls;
        m_pendingText = tr("The server's certificate was refused: %1").arg(texts.join(u"; "));
    });
}

HttpCall::HttpCall(const HttpRequest &request, HttpResponse::Failure failure, const QString &text,
                   QObject *parent)
    : QObject(parent)
    , m_request(request)
{
    m_clock.start();
    // Report on the next event-loop turn, like a real call, so callers can connect first.
    QTimer::singleShot(0, this, [this, failure, text] {
        HttpResponse r;
        r.failure = failure;
        r.failureText = text;
        complete(std::move(r));
    });
}

HttpCall::~HttpCall()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
    }
}

void HttpCall::abort()
{
    fail(HttpResponse::Failure::Cancelled, tr("The request was cancelled."));
}

void HttpCall::onMetaData()
{
    m_sent = true;
    m_connectDeadline.stop();
    const QVariant length = m_reply->header(QNetworkRequest::ContentLengthHeader);
    if (length.isValid() && length.toLongLong() > m_options.maxResponseBytes) {
        fail(HttpResponse::Failure::TooLarge,
             tr("The server's answer is too large (%1 bytes, the limit is %2).")
                 .arg(length.toLongLong())
                 .arg(m_options.maxResponseBytes));
    }
}

void HttpCall::onReadyRead()
{
    if (!m_reply || m_done)
        return;
    m_body += m_reply->readAll();
    if (m_body.size() > m_options.maxResponseBytes) {
        fail(HttpResponse::Failure::TooLarge,
             tr("The server's answer is larger than the limit of %1 bytes.").arg(m_options.maxResponseBytes));
    }
}

void HttpCall::fail(HttpResponse::Failure failure, const QString &text)
{
    if (m_done)
        return;
    HttpResponse r;
    r.failure = failure;
    r.failureText = text;
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
    }
    complete(std::move(r));
}

void HttpCall::onFinished()
{
    if (m_done || !m_reply)
        return;
    HttpResponse r;
    r.status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QNetworkReply::NetworkError error = m_reply->error();
    if (m_pendingFailure != HttpResponse::Failure::None) {
        r.status = 0;
        r.failure = m_pendingFailure;
        r.failureText = m_pendingText;
    } else if ((r.status == 0 && error != QNetworkReply::NoError)
               || (error > QNetworkReply::NoError && error < QNetworkReply::ContentAccessDenied)) {
        // Transport and proxy errors (codes below 200) end the call even when a status line
        // arrived: a connection dropped half-way through the body is not an answer.
        r.status = 0;
        r.failure = error == QNetworkReply::SslHandshakeFailedError ? HttpResponse::Failure::Tls
            : error == QNetworkReply::TimeoutError                  ? HttpResponse::Failure::Timeout
            : error == QNetworkReply::OperationCanceledError        ? HttpResponse::Failure::Cancelled
                                                                    : HttpResponse::Failure::Network;
        r.failureText = networkErrorText(error);
    } else {
        r.headers = m_reply->rawHeaderPairs();
        m_body += m_reply->readAll();
        if (m_body.size() > m_options.maxResponseBytes) {
            fail(HttpResponse::Failure::TooLarge,
                 tr("The server's answer is larger than the limit of %1 bytes.").arg(m_options.maxResponseBytes));
            return;
        }
        r.body = std::move(m_body);
    }
    complete(std::move(r));
}

void HttpCall::complete(HttpResponse response)
{
    if (m_done)
        return;
    m_done = true;
    m_deadline.stop();
    m_connectDeadline.stop();
    response.elapsedMs = m_clock.elapsed();
    response.failureText = Redactor::redact(response.failureText, m_request.secrets);
    QString path = m_request.url.path(QUrl::FullyEncoded);
    if (m_request.url.hasQuery())
        path += u'?' + m_request.url.query(QUrl::FullyEncoded);
    qCDebug(lcHttp).noquote() << QString::fromLatin1(m_request.method)
                              << Redactor::redact(path, m_request.secrets)
                              << (response.status ? QString::number(response.status)
                                                  : QStringLiteral("failed"))
                              << QStringLiteral("%1 ms").arg(response.elapsedMs);
    Q_EMIT finished(response);
    deleteLater();
}

} // namespace authdesk
