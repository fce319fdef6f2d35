#include "StatusMapper.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QTimeZone>

namespace authdesk {

int StatusMapper::retryAfterSeconds(const HttpResponse &r)
{
    const QByteArray v = r.header("Retry-After").trimmed();
    if (v.isEmpty())
        return -1;
    bool ok = false;
    const int secs = v.toInt(&ok);
    if (ok)
        return qMax(0, secs);
    // HTTP-date, e.g. "Wed, 21 Oct 2015 07:28:00 GMT"
    QDateTime when = QLocale::c().toDateTime(QString::fromLatin1(v).section(u',', 1).trimmed(),
                                             QStringLiteral("dd MMM yyyy HH:mm:ss 'GMT'"));
    if (!when.isValid())
        return -1;
    when.setTimeZone(QTimeZone::utc());
    return int(qMax<qint64>(0, QDateTime::currentDateTimeUtc().secsTo(when)));
}

std::optional<ApiError> StatusMapper::transportError(const HttpResponse &r)
{
    using F = HttpResponse::Failure;
    switch (r.failure) {
    case F::None: break;
    case F::Network: return ApiError::make(ErrorKind::Network, r.failureText);
    case F::Timeout: return ApiError::make(ErrorKind::Timeout, r.failureText);
    case F::Tls: return ApiError::make(ErrorKind::Tls, r.failureText);
    case F::TooLarge: return ApiError::make(ErrorKind::MalformedAnswer, r.failureText);
    case F::Cancelled: return ApiError::make(ErrorKind::Cancelled, r.failureText);
    case F::Refused: return ApiError::make(ErrorKind::Usage, r.failureText);
    }
    if (r.isHtml()) {
        const bool maintenance = r.status == 503
            || r.body.toLower().contains("down for maintenance");
        if (maintenance) {
            ApiError e = ApiError::make(ErrorKind::Maintenance,
                                        tr("The server is down for maintenance. Try again later."),
                                        r.status);
            e.retryAfterSeconds = retryAfterSeconds(r);
            return e;
        }
        if (r.status >= 200 && r.status < 300)
            return malformed(r);
        return fromStatus(r);
    }
    return std::nullopt;
}

ApiError StatusMapper::malformed(const HttpResponse &r)
{
    const QString what = r.isHtml() ? tr("a web page")
        : r.body.isEmpty()          ? tr("an empty answer")
                                    : tr("data it does not understand");
    return ApiError::make(ErrorKind::MalformedAnswer,
                          tr("The server sent %1 where the console expected JSON (HTTP %2).")
                              .arg(what)
                              .arg(r.status),
                          r.status);
}

ApiError StatusMapper::fromStatus(const HttpResponse &r)
{
    const int s = r.status;
    ApiError e;
    switch (s) {
    case 400: e = ApiError::make(ErrorKind::Validation, tr("The server rejected the request as invalid."), s); break;
    case 401: e = ApiError::make(ErrorKind::SessionExpired, tr("The server no longer accepts this sign-in. Sign in again."), s); break;
    case 403: e = ApiError::make(ErrorKind::Forbidden, tr("You are not allowed to do this."), s); break;
    case 404: e = ApiError::make(ErrorKind::NotFound, tr("The server could not find it."), s); break;
    case 405: case 501: e = ApiError::make(ErrorKind::Unsupported, tr("This server does not offer that operation."), s); break;
    case 406: case 422: e = ApiError::make(ErrorKind::Validation, tr("The server did not accept the values."), s); break;
    case 408: case 504: e = ApiError::make(ErrorKind::Timeout, tr("The server timed out."), s); break;
    case 423: e = ApiError::make(ErrorKind::Blocked, tr("The account is blocked."), s); break;
    case 429: e = ApiError::make(ErrorKind::RateLimited, tr("Too many requests. Wait a moment and try again."), s); e.retryable = true; break;
    case 503: e = ApiError::make(ErrorKind::Maintenance, tr("The service is temporarily unavailable. Try again later."), s); break;
    default:
        if (s >= 300 && s < 400)
            e = ApiError::make(ErrorKind::Server, tr("The server answered with an unexpected redirect (HTTP %1).").arg(s), s);
        else if (s >= 500)
            e = ApiError::make(ErrorKind::Server, tr("The server had an internal error (HTTP %1).").arg(s), s);
        else
            e = ApiError::make(ErrorKind::Server, tr("The server answered with an unexpected status (HTTP %1).").arg(s), s);
    }
    e.retryAfterSeconds = retryAfterSeconds(r);
    return e;
}

} // namespace authdesk
