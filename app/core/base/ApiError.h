#pragma once

#include <QString>
#include <QMetaType>

namespace authdesk {

// Every failed call ends in exactly one of these kinds; callers decide on the kind,
// people read the message.
enum class ErrorKind {
    None,
    Network,          // unreachable, refused, dropped connection
    Timeout,          // connect or transfer timeout
    Tls,              // certificate refused, or plain http:// to a non-loopback host
    BadCredentials,   // wrong password / key / token at sign-in
    SessionExpired,   // token/LSID/cookie no longer valid: sign in again
    Forbidden,        // signed in but not allowed
    NotFound,
    Validation,       // the server (or we, before sending) rejected the input
    RateLimited,      // 429 / throttled; see retryAfterSeconds and retryable
    Blocked,          // the account is blocked (Platform28 423) or banned
    Maintenance,      // 503 / "down for maintenance" page
    Server,           // 5xx or an unexpected status
    MalformedAnswer,  // not the JSON we expect, HTML instead of JSON, too large
    Cancelled,        // the caller cancelled
    Unsupported,      // the server lacks the route (e.g. P15 answering 404/405)
    Keychain,         // the OS keychain could not be used
    Usage,            // the caller asked for something that cannot be sent (e.g. empty field)
    Storage,          // the audit log or the settings could not be written: nothing was sent
};

struct ApiError {
    ErrorKind kind = ErrorKind::None;
    QString message;        // one clear sentence for a person; never contains a secret
    int httpStatus = 0;     // 0 when no HTTP answer arrived
    QString serverCode;     // dialect code: EnableX result, Platform28 code, Overkiz errorCode
    QString serverText;     // the server's own text, when it sent one
    int retryAfterSeconds = -1; // from Retry-After (or the throttle text), -1 when unknown
    bool retryable = false; // true when repeating the same call later may succeed

    bool isError() const { return kind != ErrorKind::None; }

    static ApiError make(ErrorKind kind, const QString &message, int httpStatus = 0);
};

// Stable english id for scripts and JSON output ("network", "timeout", ...).
QString errorKindId(ErrorKind kind);
// A short, translatable title for the kind ("Cannot reach the server", ...).
QString errorKindTitle(ErrorKind kind);

} // namespace authdesk

Q_DECLARE_METATYPE(authdesk::ApiError)
