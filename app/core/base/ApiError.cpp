#include "ApiError.h"

#include <QCoreApplication>

namespace authdesk {

ApiError ApiError::make(ErrorKind kind, const QString &message, int httpStatus)
{
    ApiError e;
    e.kind = kind;
    e.message = message;
    e.httpStatus = httpStatus;
    e.retryable = kind == ErrorKind::Network || kind == ErrorKind::Timeout
        || kind == ErrorKind::Maintenance;
    return e;
}

QString errorKindId(ErrorKind kind)
{
    switch (kind) {
    case ErrorKind::None: return QStringLiteral("none");
    case ErrorKind::Network: return QStringLiteral("network");
    case ErrorKind::Timeout: return QStringLiteral("timeout");
    case ErrorKind::Tls: return QStringLiteral("tls");
    case ErrorKind::BadCredentials: return QStringLiteral("bad-credentials");
    case ErrorKind::SessionExpired: return QStringLiteral("session-expired");
    case ErrorKind::Forbidden: return QStringLiteral("forbidden");
    case ErrorKind::NotFound: return QStringLiteral("not-found");
    case ErrorKind::Validation: return QStringLiteral("validation");
    case ErrorKind::RateLimited: return QStringLiteral("rate-limited");
    case ErrorKind::Blocked: return QStringLiteral("blocked");
    case ErrorKind::Maintenance: return QStringLiteral("maintenance");
    case ErrorKind::Server: return QStringLiteral("server");
    case ErrorKind::MalformedAnswer: return QStringLiteral("malformed-answer");
    case ErrorKind::Cancelled: return QStringLiteral("cancelled");
    case ErrorKind::Unsupported: return QStringLiteral("unsupported");
    case ErrorKind::Keychain: return QStringLiteral("keychain");
    case ErrorKind::Usage: return QStringLiteral("usage");
    case ErrorKind::Storage: return QStringLiteral("storage");
    }
    return QStringLiteral("unknown");
}

QString errorKindTitle(ErrorKind kind)
{
    switch (kind) {
    case ErrorKind::None: return QCoreApplication::translate("ApiError", "No error");
    case ErrorKind::Network: return QCoreApplication::translate("ApiError", "Cannot reach the server");
    case ErrorKind::Timeout: return QCoreApplication::translate("ApiError", "The server took too long to answer");
    case ErrorKind::Tls: return QCoreApplication::translate("ApiError", "Secure connection refused");
    case ErrorKind::BadCredentials: return QCoreApplication::translate("ApiError", "Wrong credentials");
    case ErrorKind::SessionExpired: return QCoreApplication::translate("ApiError", "Session expired");
    case ErrorKind::Forbidden: return QCoreApplication::translate("ApiError", "Not allowed");
    case ErrorKind::NotFound: return QCoreApplication::translate("ApiError", "Not found");
    case ErrorKind::Validation: return QCoreApplication::translate("ApiError", "Invalid input");
    case ErrorKind::RateLimited: return QCoreApplication::translate("ApiError", "Too many requests");
    case ErrorKind::Blocked: return QCoreApplication::translate("ApiError", "Account blocked");
    case ErrorKind::Maintenance: return QCoreApplication::translate("ApiError", "Server under maintenance");
    case ErrorKind::Server: return QCoreApplication::translate("ApiError", "Server error");
    case ErrorKind::MalformedAnswer: return QCoreApplication::translate("ApiError", "Unexpected answer from the server");
    case ErrorKind::Cancelled: return QCoreApplication::translate("ApiError", "Cancelled");
    case ErrorKind::Unsupported: return QCoreApplication::translate("ApiError", "Not supported by this server");
    case ErrorKind::Keychain: return QCoreApplication::translate("ApiError", "Keychain unavailable");
    case ErrorKind::Usage: return QCoreApplication::translate("ApiError", "Missing or invalid input");
    case ErrorKind::Storage: return QCoreApplication::translate("ApiError", "Cannot write to the disk");
    }
    return {};
}

} // namespace authdesk
