#include "HttpCall.h"

#include "Logging.h"
#include "Redactor.h"

#include <QElapsedTimer>
#include <QFile>
#include <QNetworkReply>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslError>

#ifdef Q_OS_LINUX
#include <unistd.h>
#endif

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
    case QNetworkReply::ContentReSendError:
        // Qt wanted to send it again after the connection closed (OnceUploadDevice refused).
        return HttpCall::tr("The connection closed before the server answered. The request may have reached the "
                            "server; it was not sent again. Check its effect before you repeat it.");
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
    // The connect deadline covers opening a connection (TCP and TLS): it starts when Qt opens
    // one for this request and ends at the first sign of it working. A request on a kept-alive
    // connection has no connect phase. Plain http:// is loopback only, where connecting is
    // immediate, and Qt 6.4-6.8 give a body-less request on it no such sign before the answer:
    // there the transfer deadline alone applies (a slow answer is not a failed connect).
    if (m_options.connectTimeoutMs < m_options.transferTimeoutMs && request.url.scheme() == QLatin1String("https")) {
        connect(reply, &QNetworkReply::socketStartedConnecting, this, [this] {
            if (!m_connected)
                m_connectDeadline.start(m_options.connectTimeoutMs);
        });
    }
    const auto connected = [this] {
        m_connected = true;
        m_connectDeadline.stop();
    };
    connect(reply, &QNetworkReply::encrypted, this, [this, connected] {
        connected();
        checkCertificate();
    });
    connect(reply, &QNetworkReply::requestSent, this, connected);
    connect(reply, &QNetworkReply::uploadProgress, this, connected);
    // Qt's own buffer for the body stays small (it stops reading the socket when full), so a
    // server that streams without end costs memory only up to our cap (onReadyRead).
    reply->setReadBufferSize(kReadBufferBytes);
    // Qt does not bound the header block while reading it: watch the process's memory until
    // the headers are in, and give up on an answer whose headers would not fit.
    m_headerWatch.setInterval(200);
    connect(&m_headerWatch, &QTimer::timeout, this, &HttpCall::watchHeaderMemory);
    m_residentAtStart = recentResidentBytes();
    if (m_residentAtStart > 0)
        m_headerWatch.start();
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

qint64 HttpCall::residentBytes()
{
#ifdef Q_OS_LINUX
    QFile statm(QStringLiteral("/proc/self/statm"));
    if (!statm.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> fields = statm.readAll().split(' ');
    static const long pageSize = ::sysconf(_SC_PAGESIZE);
    return fields.size() > 1 ? fields.at(1).toLongLong() * pageSize : 0;
#else
    return 0; // elsewhere only the transfer deadline bounds an endless header block
#endif
}

qint64 HttpCall::recentResidentBytes()
{
    thread_local QElapsedTimer age;
    thread_local qint64 value = 0;
    if (!age.isValid() || age.elapsed() >= 50) {
        value = residentBytes();
        age.start();
    }
    return value;
}

void HttpCall::watchHeaderMemory()
{
    if (m_done || !m_reply)
        return;
    if (residentBytes() - m_residentAtStart > kMaxHeaderGrowthBytes)
        fail(HttpResponse::Failure::TooLarge, tr("The server's answer has too many or too large headers."));
}

void HttpCall::checkCertificate()
{
    // Browsers ignore the common name and require subjectAltName (RFC 6125, CA/B Forum);
    // Qt still accepts a certificate that names its host only in the CN. Refuse it.
    const QSslCertificate peer = m_reply->sslConfiguration().peerCertificate();
    if (!peer.isNull() && peer.subjectAlternativeNames().isEmpty()) {
        fail(HttpResponse::Failure::Tls,
             tr("The server's certificate was refused: it names no host in subjectAltName (only in its common name)."));
    }
}

void HttpCall::abort()
{
    fail(HttpResponse::Failure::Cancelled, tr("The request was cancelled."));
}

void HttpCall::onMetaData()
{
    m_connected = true;
    m_connectDeadline.stop();
    m_headerWatch.stop();
    // The setting reaches Qt's HTTP thread only once the request has started: repeat it.
    m_reply->setReadBufferSize(kReadBufferBytes);
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status >= 200 && status != 204 && status != 304 && m_reply->rawHeaderPairs().isEmpty()) {
        // Qt drops all headers when there are more than 100 or they exceed 256 KiB together
        // (QHttpHeaderParser), then waits for a body it cannot frame: say what it is now. (An
        // answer with a body and truly no header at all cannot be framed either.)
        fail(HttpResponse::Failure::TooLarge, tr("The server's answer has too many or too large headers."));
        return;
    }
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
    } else if ((r.status == 0 && error != QNetworkReply::NoError) || error == QNetworkReply::ContentReSendError
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
        r.multiplexed = m_reply->attribute(QNetworkRequest::Http2WasUsedAttribute).toBool();
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
