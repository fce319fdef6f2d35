#include "OverkizErrorMap.h"

#include "JsonReader.h"

namespace authdesk {

namespace {
// The service quotes and punctuates the same text differently ("Not authenticated.").
QString normalised(const QString &text)
{
    QString t = text.trimmed();
    while (!t.isEmpty() && (t.startsWith(u'"') || t.startsWith(u'.')))
        t.remove(0, 1);
    while (!t.isEmpty() && (t.endsWith(u'"') || t.endsWith(u'.')))
        t.chop(1);
    return t.toLower();
}
} // namespace

ApiError OverkizErrorMap::map(Route route, const HttpResponse &response, ApiError e)
{
    const auto o = json::parseObject(response.body);
    if (!o)
        return e;
    const QString code = json::str(*o, u"errorCode");
    const QString text = json::str(*o, u"error");
    const QString t = normalised(text);
    e.serverCode = code;
    e.serverText = text;
    const auto set = [&e](ErrorKind kind, const QString &message, bool retryable = false) {
        e.kind = kind;
        e.message = message;
        e.retryable = retryable;
        return e;
    };
    const auto throttled = [&](bool retryable) {
        // Waiting helps; signing in again would add one more request to a busy server.
        return set(ErrorKind::RateLimited,
                   e.retryAfterSeconds >= 0 ? tr("The server is busy (%1). You may try again in %n second(s).", nullptr, e.retryAfterSeconds).arg(text)
                                            : tr("The server is busy (%1). Wait a moment and try again.").arg(text),
                   retryable);
    };

    // Texts that mean the same under any code.
    if (t.contains(u"temporarily banned"))
        return set(ErrorKind::Blocked, tr("Too many attempts with an invalid token: the server has banned this client for a while."));
    if (t.contains(u"too many executions"))
        return throttled(true);
    if (t.contains(u"access denied to gateway"))
        return set(ErrorKind::Forbidden, tr("The server refused access to this gateway for this account: %1").arg(text));

    if (code == u"AUTHENTICATION_ERROR") {
        if (t.contains(u"too many requests")) {
            // The sign-in throttle: never retried automatically; say when to try again. The
            // seconds come from Retry-After only: the text echoes the login, digits included.
            return set(ErrorKind::RateLimited,
                       e.retryAfterSeconds >= 0 ? tr("Too many sign-in attempts. Try again in %n second(s).", nullptr, e.retryAfterSeconds)
                                                : tr("Too many sign-in attempts. Try again later."));
        }
        if (t.contains(u"api key is required"))
            return set(ErrorKind::Forbidden, tr("This setup needs an API key: sign in with the API key filled in."));
        if (t.contains(u"no such user account"))
            return set(ErrorKind::NotFound, tr("There is no account with this user id on this server. Check the user id and the server (brand or region)."));
        if (t.contains(u"bad credentials"))
            return set(ErrorKind::BadCredentials, tr("The user id or the password (or token) is wrong."));
        return set(ErrorKind::BadCredentials, tr("The server refused the sign-in: %1").arg(text));
    }
    if (code == u"RESOURCE_ACCESS_DENIED") {
        if (t.contains(u"not authenticated"))
            return set(ErrorKind::SessionExpired, tr("The Overkiz session has expired. Sign in again."));
        if (t.contains(u"too many requests"))
            return throttled(route != Route::O10); // the exists check reports instead of waiting
        if (t.contains(u"too many concurrent requests"))
            return throttled(true);
        if (t.contains(u"cannot be accessed through this application"))
            return set(ErrorKind::Forbidden, tr("This setup cannot be used through this application or server. Check the application id or the server (brand)."));
        if (t.contains(u"no such user account"))
            return set(ErrorKind::Forbidden, tr("Signed in, but this account has no Overkiz user on this server. Use the right server or sign-in method."));
        if (t.contains(u"missing authorization token"))
            return set(ErrorKind::Forbidden, tr("The server expects a bearer token (a local or token API): check the profile's address."));
        return set(ErrorKind::Forbidden, tr("The server refused access: %1").arg(text));
    }
    if (code == u"EXEC_QUEUE_FULL")
        return throttled(true);
    if (code == u"QUOTA_EXCEEDED" || t.contains(u"quota exceeded"))
        return throttled(e.retryAfterSeconds >= 0);
    if (code == u"UNSPECIFIED_ERROR") {
        if (t.contains(u"invalid token"))
            return set(ErrorKind::Validation, text);
        if (t.contains(u"not such token") || t.contains(u"unknown user") || t.contains(u"unknown object"))
            return set(ErrorKind::NotFound, text);
        if (response.status == 400 || response.status == 404)
            return set(response.status == 404 ? ErrorKind::NotFound : ErrorKind::Validation, text.isEmpty() ? e.message : text);
    }
    if (code == u"INVALID_API_CALL")
        return set(ErrorKind::Unsupported, tr("The server does not offer this: %1").arg(text));
    if (code.startsWith(u"NO_SUCH_"))
        return set(ErrorKind::NotFound, text);
    if (code == u"INVALID_PARAMETER" || code == u"MISSING_PARAMETERS" || code == u"INVALID_FIELD_VALUE" || code == u"DUPLICATE_FIELD_OR_VALUE")
        return set(ErrorKind::Validation, text);
    if (e.kind == ErrorKind::SessionExpired && !code.isEmpty()) {
        // A 401 with a code this table does not know is not proof of an expired session.
        e.kind = ErrorKind::Forbidden;
    }
    if (!text.isEmpty())
        e.message += u' ' + text;
    return e;
}

} // namespace authdesk
