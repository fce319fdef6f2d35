#include "Logging.h"

Q_LOGGING_CATEGORY(lcHttp, "authdesk.http", QtInfoMsg)
Q_LOGGING_CATEGORY(lcCore, "authdesk.core", QtInfoMsg)
