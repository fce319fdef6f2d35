#include "SandboxServer.h"

#include "EnableXService.h"
#include "OverkizService.h"
#include "Platform28Service.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonDocument>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
#include <QHttpHeaders>
#endif

// QtHttpServer's API for QAbstractHttpServer subclasses, by version, and what this file does:
// - 6.4: listen(); handleRequest/missingHandler get the QTcpSocket; a responder is made with
//   makeResponder() and writes with writeStatusLine/writeHeader/writeBody; request headers are
//   a QList of pairs. A drop aborts the socket.
// - 6.5-6.7: handleRequest gets a QHttpServerResponder (missingHandler as an rvalue), no socket;
//   the writeStatusLine/writeHeader/writeBody and header-list API stay.
// - 6.8 and later (the same in 6.9's sources): no listen() (a listening QTcpServer is given to
//   bind()), missingHandler takes the responder as an lvalue, the responder writes with
//   write(body, QHttpHeaders, status), request headers are a QHttpHeaders. QHttpHeaders keeps
//   names lower-case, so 6.8+ sends "content-type:" where 6.4 sent "Content-Type:" (header
//   names are case-insensitive in HTTP; clients must not care, and the core does not).
// From 6.5 on no responder call closes a connection without an answer (an unused responder
// just ends the request and the connection waits for the next one), so the sandbox accepts
// the connections itself (ConnectionListener) to abort the socket of a dropped request, as
// on 6.4. Qt's own reading is in qthttpserver's QHttpServerStream (6.5-6.7) and
// QHttpServerHttp1ProtocolHandler (6.8+): handleReadyRead, responderDestroyed.

namespace sandbox {

namespace {

QByteArray methodName(QHttpServerRequest::Method m)
{
    switch (m) {
    case QHttpServerRequest::Method::Get: return "GET";
    case QHttpServerRequest::Method::Put: return "PUT";
    case QHttpServerRequest::Method::Delete: return "DELETE";
    case QHttpServerRequest::Method::Post: return "POST";
    case QHttpServerRequest::Method::Head: return "HEAD";
    case QHttpServerRequest::Method::Options: return "OPTIONS";
    case QHttpServerRequest::Method::Patch: return "PATCH";
    default: return "OTHER";
    }
}

void send(QHttpServerResponder &responder, const Reply &reply)
{
    // Any int is sent as the status: QtHttpServer prints the number (and a reason if it knows one).
    const auto status = static_cast<QHttpServerResponder::StatusCode>(reply.status);
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    // One call; it adds Content-Length itself (after the other headers, which HTTP allows).
    QHttpHeaders headers;
    headers.append(QHttpHeaders::WellKnownHeader::ContentType, QLatin1StringView(reply.contentType));
    for (const auto &h : reply.headers)
        headers.append(QLatin1StringView(h.first), QLatin1StringView(h.second));
    responder.write(reply.body, headers, status);
#else
    responder.writeStatusLine(status);
    responder.writeHeader(QByteArrayLiteral("Content-Type"), reply.contentType);
    responder.writeHeader(QByteArrayLiteral("Content-Length"), QByteArray::number(reply.body.size()));
    for (const auto &h : reply.headers)
        responder.writeHeader(h.first, h.second);
    responder.writeBody(reply.body);
#endif
}

// The request's headers as (lower-case name, value) pairs, in the order received.
HeaderList requestHeaders(const QHttpServerRequest &request)
{
    HeaderList out;
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    const QHttpHeaders &headers = request.headers();
    for (qsizetype i = 0; i < headers.size(); ++i) {
        const QLatin1StringView name = headers.nameAt(i);
        out.append(qMakePair(QByteArray(name.data(), name.size()).toLower(), headers.valueAt(i).toByteArray()));
    }
#else
    for (const auto &h : request.headers())
        out.append(qMakePair(h.first.toLower(), h.second));
#endif
    return out;
}

// Splits "/a/b%20c/d;lsid=x" into decoded segments and the last segment's matrix parameters.
void splitPath(const QString &encodedPath, QStringList &segments, QHash<QString, QString> &matrix, QString &plainPath)
{
    QStringList raw = encodedPath.split(u'/', Qt::SkipEmptyParts);
    if (!raw.isEmpty()) {
        QString &last = raw.last();
        const QStringList parts = last.split(u';');
        last = parts.first();
        for (int i = 1; i < parts.size(); ++i) {
            const int eq = parts[i].indexOf(u'=');
            matrix.insert(parts[i].left(eq), eq < 0 ? QString() : QUrl::fromPercentEncoding(parts[i].mid(eq + 1).toUtf8()));
        }
    }
    plainPath = u'/' + raw.join(u'/');
    for (const QString &s : std::as_const(raw))
        segments << QUrl::fromPercentEncoding(s.toUtf8());
}

} // namespace

#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
// The TCP listener given to QtHttpServer. It accepts each connection itself, as
// QTcpServer::incomingConnection() does, and keeps a guarded pointer to its socket, so that
// a request can be traced back to its connection by the peer address and port that
// QHttpServerRequest reports (unique among live connections). QtHttpServer takes the socket
// over (its connection handler becomes the parent and deletes it); QPointer notices.
class ConnectionListener : public QTcpServer
{
public:
    using QTcpServer::QTcpServer;

    // The connected socket the request came on, or nullptr once the client has gone.
    QTcpSocket *connectionOf(const QHttpServerRequest &request) const
    {
        for (const QPointer<QTcpSocket> &s : m_sockets) {
            if (s && s->state() == QAbstractSocket::ConnectedState && s->peerPort() == request.remotePort()
                && s->peerAddress() == request.remoteAddress())
                return s;
        }
        return nullptr;
    }

protected:
    void incomingConnection(qintptr descriptor) override
    {
        auto *socket = new QTcpSocket(this);
        socket->setSocketDescriptor(descriptor);
        m_sockets.removeIf([](const QPointer<QTcpSocket> &s) { return s.isNull(); });
        m_sockets.append(socket);
        addPendingConnection(socket); // QtHttpServer's cue (pendingConnectionAvailable)
    }

private:
    QList<QPointer<QTcpSocket>> m_sockets;
};
#endif

QJsonObject SandboxServer::Fault::toJson() const
{
    return {{QStringLiteral("route"), route}, {QStringLiteral("kind"), kind}, {QStringLiteral("ms"), ms},
            {QStringLiteral("status"), status}, {QStringLiteral("retryAfter"), retryAfter},
            {QStringLiteral("count"), count}, {QStringLiteral("bytes"), bytes}, {QStringLiteral("rate"), rate},
            {QStringLiteral("perSecond"), perSecond}, {QStringLiteral("handleFirst"), handleFirst}};
}

SandboxServer::SandboxServer(QObject *parent)
    : QAbstractHttpServer(parent)
{
    m_services.push_back(std::make_unique<EnableXService>(m_ctx));
    auto p28 = std::make_unique<Platform28Service>(m_ctx);
    m_p28 = p28.get();
    m_services.push_back(std::move(p28));
    auto ok = std::make_unique<OverkizService>(m_ctx);
    m_overkiz = ok.get();
    m_services.push_back(std::move(ok));
}

SandboxServer::~SandboxServer() = default;

quint16 SandboxServer::start(quint16 port)
{
#if QT_VERSION < QT_VERSION_CHECK(6, 5, 0)
    const quint16 p = listen(QHostAddress::LocalHost, port);
#else
    // Qt 6.8 has no listen(); bind() (there since 6.4) takes a listening QTcpServer, here the
    // one that keeps the sockets for "drop".
    auto listener = std::make_unique<ConnectionListener>();
    if (!listener->listen(QHostAddress::LocalHost, port))
        return 0;
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    if (!bind(listener.get()))
        return 0;
#else
    bind(listener.get());
#endif
    m_listener = listener.release(); // bind() made this server its parent
    const quint16 p = m_listener->serverPort();
#endif
    if (p)
        m_ctx.baseUrl = QStringLiteral("http://127.0.0.1:%1").arg(p);
    if (p) // the demo terms-of-use mails need the base URL only for links; reseed them now
        resetAll();
    return p;
}

void SandboxServer::resetAll()
{
    m_ctx.reset();
    m_faults.clear();
    m_requests = {};
    for (auto &s : m_services)
        s->reset();
}

bool SandboxServer::loadData(const QJsonObject &seed, QString *error)
{
    const QStringList known{QStringLiteral("enablex"), QStringLiteral("platform28"), QStringLiteral("overkiz")};
    for (auto it = seed.begin(); it != seed.end(); ++it) {
        if (!known.contains(it.key())) {
            if (error)
                *error = QStringLiteral("unknown section \"%1\"").arg(it.key());
            return false;
        }
    }
    for (auto &s : m_services)
        if (seed.contains(s->dialect()))
            s->seed(seed.value(s->dialect()).toObject());
    return true;
}

#if QT_VERSION < QT_VERSION_CHECK(6, 5, 0)
bool SandboxServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    Plan p = plan(request);
    if (p.drop) {
        socket->abort();
        return true;
    }
    auto responder = std::make_shared<QHttpServerResponder>(makeResponder(request, socket));
    if (p.delayMs <= 0) {
        send(*responder, p.reply);
        return true;
    }
    QPointer<QTcpSocket> alive(socket);
    QTimer::singleShot(p.delayMs, this, [responder, alive, later = p.later] {
        if (alive && alive->state() == QAbstractSocket::ConnectedState)
            send(*responder, later());
    });
    return true;
}

void SandboxServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    auto responder = makeResponder(request, socket);
    send(responder, Reply::json(404, QJsonObject{{QStringLiteral("error"), QStringLiteral("not found")}}));
}
#else
bool SandboxServer::handleRequest(const QHttpServerRequest &request, QHttpServerResponder &responder)
{
    Plan p = plan(request);
    if (p.drop) {
        // Close the connection unanswered, as on 6.4. The responder stays unused: when
        // QtHttpServer destroys it, it sees the socket closed and deletes the connection.
        if (QTcpSocket *socket = m_listener->connectionOf(request))
            socket->abort();
        return true;
    }
    if (p.delayMs <= 0) {
        send(responder, p.reply);
        return true;
    }
    // Holding the responder keeps the connection's handler (and socket) alive. As on 6.4, the
    // answer is computed and sent only if the client is still connected when the delay ends.
    auto held = std::make_shared<QHttpServerResponder>(std::move(responder));
    QPointer<QTcpSocket> alive(m_listener->connectionOf(request));
    QTimer::singleShot(p.delayMs, this, [held, alive, later = p.later] {
        if (alive && alive->state() == QAbstractSocket::ConnectedState)
            send(*held, later());
    });
    return true;
}

#if QT_VERSION < QT_VERSION_CHECK(6, 8, 0)
void SandboxServer::missingHandler(const QHttpServerRequest &, QHttpServerResponder &&responder)
#else
void SandboxServer::missingHandler(const QHttpServerRequest &, QHttpServerResponder &responder)
#endif
{
    send(responder, Reply::json(404, QJsonObject{{QStringLiteral("error"), QStringLiteral("not found")}}));
}
#endif

SandboxServer::Plan SandboxServer::plan(const QHttpServerRequest &request)
{
    Request r;
    r.method = methodName(request.method());
    const QUrl url = request.url();
    splitPath(url.path(QUrl::FullyEncoded), r.segments, r.matrix, r.path);
    r.query = request.query();
    r.headers = requestHeaders(request);
    r.body = request.body();
    r.client = request.remoteAddress().toString();

    Plan p;
    if (r.segments.value(0) == u"_sandbox") {
        r.segments.removeFirst();
        p.reply = control(r);
        return p;
    }
    DialectService *service = nullptr;
    for (auto &s : m_services) {
        const QStringList base = s->basePath().split(u'/', Qt::SkipEmptyParts);
        if (r.segments.mid(0, base.size()) == base) {
            service = s.get();
            r.segments = r.segments.mid(base.size());
            break;
        }
    }
    if (!service) {
        p.reply = Reply::json(404, QJsonObject{{QStringLiteral("error"), QStringLiteral("no such dialect path")}});
        return p;
    }
    const QString route = service->match(r);
    if (route.isEmpty()) {
        p.reply = service->errorReply(404, false);
        log(QString(), r, 404);
        return p;
    }
    if (const auto f = takeFault(route)) {
        if (f->kind == u"drop") {
            p.drop = true;
            log(route, r, 0);
            return p;
        }
        if (f->kind == u"delay" && f->handleFirst) {
            // The server has done it; the client hears of it late, or never (it gave up).
            p.delayMs = qMax(1, f->ms);
            Reply rep = service->handle(route, r);
            log(route, r, rep.status);
            p.later = [rep] { return rep; };
            return p;
        }
        if (f->kind == u"delay") {
            p.delayMs = qMax(1, f->ms);
            p.later = [this, route, r, service] {
                Reply rep = service->handle(route, r);
                log(route, r, rep.status);
                return rep;
            };
            return p;
        }
        p.reply = faultReply(*f, service);
        log(route, r, p.reply.status);
        return p;
    }
    p.reply = service->handle(route, r);
    log(route, r, p.reply.status);
    return p;
}

std::optional<SandboxServer::Fault> SandboxServer::takeFault(const QString &route)
{
    for (int i = 0; i < m_faults.size(); ++i) {
        Fault &f = m_faults[i];
        if (f.route != route && f.route != u"*")
            continue;
        if (f.rate < 1.0 && m_random.generateDouble() >= f.rate)
            continue;
        if (f.kind == u"throttle") {
            if (!m_uptime.isValid())
                m_uptime.start();
            const qint64 t = m_uptime.elapsed();
            f.tokens = f.tokens < 0 ? f.perSecond : qMin(f.perSecond, f.tokens + (t - f.refilledAt) * f.perSecond / 1000.0);
            f.refilledAt = t;
            if (f.tokens >= 1) {
                f.tokens -= 1;
                continue; // within the rate: answered normally
            }
        }
        const Fault out = f;
        if (f.count > 0 && --f.count == 0)
            m_faults.removeAt(i);
        return out;
    }
    return std::nullopt;
}

Reply SandboxServer::faultReply(const Fault &f, DialectService *service)
{
    if (f.kind == u"status")
        return service->errorReply(f.status, false);
    if (f.kind == u"json") {
        Reply r = Reply::json(f.status, f.body);
        if (f.retryAfter >= 0 && f.status == 429)
            r.addHeader("Retry-After", QByteArray::number(f.retryAfter));
        return r;
    }
    if (f.kind == u"ratelimit" || f.kind == u"throttle") {
        Reply r = service->errorReply(429, true);
        r.addHeader("Retry-After", QByteArray::number(f.retryAfter));
        return r;
    }
    if (f.kind == u"maintenance") {
        Reply r = Reply::html(503, QStringLiteral("Maintenance"),
                              QStringLiteral("The service is down for maintenance. Please come back later."));
        r.addHeader("Retry-After", "120");
        return r;
    }
    if (f.kind == u"html")
        return Reply::html(200, QStringLiteral("Welcome"), QStringLiteral("This is a web page, not an API answer."));
    if (f.kind == u"oversize") {
        Reply r;
        QByteArray body("{\"data\":\"");
        body.append(QByteArray(qMax<qint64>(16, f.bytes) - 11, 'x'));
        body.append("\"}");
        r.body = body;
        return r;
    }
    // malformed
    Reply r;
    r.body = "{\"result\": 1, \"token\": \"abc";
    return r;
}

void SandboxServer::log(const QString &route, const Request &r, int status)
{
    const QByteArray auth = r.header("authorization");
    m_requests.append(QJsonObject{
        {QStringLiteral("route"), route},
        {QStringLiteral("method"), QString::fromLatin1(r.method)},
        {QStringLiteral("path"), r.path},
        {QStringLiteral("status"), status},
        {QStringLiteral("hasCookie"), !r.header("cookie").isEmpty()},
        {QStringLiteral("hasBearer"), auth.startsWith("Bearer")},
        {QStringLiteral("hasLsid"), r.matrix.contains(QStringLiteral("lsid"))},
        {QStringLiteral("hasApiKey"), r.query.hasQueryItem(QStringLiteral("apiKey"))},
        {QStringLiteral("contentType"), QString::fromLatin1(r.header("content-type"))},
        {QStringLiteral("authorization"), QString::fromLatin1(auth.left(auth.indexOf(' ')))}});
    while (m_requests.size() > 1000)
        m_requests.removeFirst();
}

Reply SandboxServer::control(const Request &r)
{
    const QString what = r.segments.join(u'/');
    const QByteArray &m = r.method;
    bool okJson = true;
    const QJsonObject b = r.body.trimmed().isEmpty() ? QJsonObject{} : r.jsonObject(&okJson);
    if (!okJson)
        return Reply::json(400, QJsonObject{{QStringLiteral("error"), QStringLiteral("the body is not a JSON object")}});
    if (what == u"health")
        return Reply::json(200, QJsonObject{{QStringLiteral("ok"), true}});
    if (what == u"reset" && m == "POST") {
        resetAll();
        return Reply::json(200, QJsonObject{{QStringLiteral("ok"), true}});
    }
    if (what == u"outbox") {
        if (m == "DELETE") {
            m_ctx.clearOutbox();
            return Reply::json(200, QJsonObject{{QStringLiteral("ok"), true}});
        }
        return Reply::json(200, m_ctx.outbox(r.query.queryItemValue(QStringLiteral("to"), QUrl::FullyDecoded),
                                             r.query.queryItemValue(QStringLiteral("kind"), QUrl::FullyDecoded)));
    }
    if (what == u"clock") {
        if (m == "POST")
            m_ctx.advance(b.value(u"advanceSeconds").toInteger());
        return Reply::json(200, QJsonObject{{QStringLiteral("now"), m_ctx.now().toString(Qt::ISODate)}});
    }
    if (what == u"config") {
        if (m == "POST")
            m_ctx.applyConfig(b);
        return Reply::json(200, m_ctx.configJson());
    }
    if (what == u"faults") {
        if (m == "DELETE")
            m_faults.clear();
        if (m == "POST") {
            Fault f;
            f.route = b.value(u"route").toString();
            f.kind = b.value(u"kind").toString();
            static const QStringList kinds{QStringLiteral("delay"), QStringLiteral("drop"), QStringLiteral("status"),
                                           QStringLiteral("malformed"), QStringLiteral("oversize"), QStringLiteral("maintenance"),
                                           QStringLiteral("ratelimit"), QStringLiteral("html"), QStringLiteral("json"),
                                           QStringLiteral("throttle")};
            if (f.route.isEmpty() || !kinds.contains(f.kind))
                return Reply::json(400, QJsonObject{{QStringLiteral("error"), QStringLiteral("route and a known kind are required")}});
            f.ms = b.value(u"ms").toInt(f.ms);
            f.status = b.value(u"status").toInt(f.status);
            f.retryAfter = b.value(u"retryAfter").toInt(f.retryAfter);
            f.count = b.value(u"count").toInt(f.count);
            f.bytes = b.value(u"bytes").toInteger(f.bytes);
            f.rate = qBound(0.0, b.value(u"rate").toDouble(f.rate), 1.0);
            f.perSecond = qMax(1.0, b.value(u"perSecond").toDouble(f.perSecond));
            f.handleFirst = b.value(u"handleFirst").toBool(false);
            if (f.kind == u"throttle" && !b.contains(u"retryAfter"))
                f.retryAfter = 1;
            f.body = b.value(u"body").toObject();
            m_faults.append(f);
        }
        QJsonArray out;
        for (const Fault &f : std::as_const(m_faults))
            out.append(f.toJson());
        return Reply::json(200, out);
    }
    if (what == u"seed" && m == "POST") {
        QString error;
        if (!loadData(b, &error))
            return Reply::json(400, QJsonObject{{QStringLiteral("error"), error}});
        return Reply::json(200, QJsonObject{{QStringLiteral("ok"), true}});
    }
    if (what == u"platform28/sessions" && m == "POST") {
        const QStringList ids = m_p28->generateSessions(b.value(u"count").toInt(1),
                                                        b.value(u"userId").toString(QStringLiteral("u-alice")));
        return Reply::json(ids.isEmpty() ? 404 : 200, QJsonObject{{QStringLiteral("sessionIds"), QJsonArray::fromStringList(ids)}});
    }
    if (what == u"overkiz/terms" && m == "POST") {
        const bool ok = m_overkiz->issueTermsToken(b.value(u"gatewayId").toString());
        return Reply::json(ok ? 200 : 404, QJsonObject{{QStringLiteral("ok"), ok}});
    }
    if (what == u"requests") {
        if (m == "DELETE") {
            m_requests = {};
            return Reply::json(200, QJsonObject{{QStringLiteral("ok"), true}});
        }
        const QString route = r.query.queryItemValue(QStringLiteral("route"));
        QJsonArray out;
        for (const QJsonValue &v : std::as_const(m_requests))
            if (route.isEmpty() || v.toObject().value(u"route").toString() == route)
                out.append(v);
        return Reply::json(200, out);
    }
    return Reply::json(404, QJsonObject{{QStringLiteral("error"), QStringLiteral("no such control route")}});
}

} // namespace sandbox
