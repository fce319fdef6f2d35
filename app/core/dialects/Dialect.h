#pragma once

#include <QString>

namespace authdesk {

// The ids of the built-in dialects (../shared/api/CONTRACT.md), as stored in profiles,
// keychain bindings and --dialect. Everything else about a dialect is in its descriptor
// (DialectRegistry): code outside the core asks the descriptor, not these names.
struct Dialect {
    static inline const QString EnableX = QStringLiteral("enablex");
    static inline const QString Platform28 = QStringLiteral("platform28");
    static inline const QString Overkiz = QStringLiteral("overkiz");
};

} // namespace authdesk
