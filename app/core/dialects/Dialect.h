#pragma once

#include <QString>
#include <optional>

namespace authdesk {

// The three API families in ../shared/api/CONTRACT.md.
enum class Dialect { EnableX, Platform28, Overkiz };

// Stable lower-case ids used in settings, the CLI and JSON output ("enablex", ...).
QString dialectId(Dialect d);
// Human-readable product name ("EnableX UCaaS", ...).
QString dialectDisplayName(Dialect d);
std::optional<Dialect> dialectFromId(const QString &id);

} // namespace authdesk
