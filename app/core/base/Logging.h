#pragma once

#include <QLoggingCategory>

// authdesk.http: one line per request (method, redacted path, status, milliseconds).
// Enable with QT_LOGGING_RULES="authdesk.http.debug=true".
Q_DECLARE_LOGGING_CATEGORY(lcHttp)
Q_DECLARE_LOGGING_CATEGORY(lcCore)
