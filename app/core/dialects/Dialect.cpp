#include "Dialect.h"

#include <QCoreApplication>

namespace authdesk {

QString dialectId(Dialect d)
{
    switch (d) {
    case Dialect::EnableX: return QStringLiteral("enablex");
    case Dialect::Platform28: return QStringLiteral("platform28");
    case Dialect::Overkiz: return QStringLiteral("overkiz");
    }
    return {};
}

QString dialectDisplayName(Dialect d)
{
    switch (d) {
    case Dialect::EnableX: return QStringLiteral("EnableX UCaaS");
    case Dialect::Platform28: return QStringLiteral("Platform28 Auth V2");
    case Dialect::Overkiz: return QStringLiteral("Overkiz End-User API");
    }
    return {};
}

std::optional<Dialect> dialectFromId(const QString &id)
{
    const QString v = id.trimmed().toLower();
    for (Dialect d : {Dialect::EnableX, Dialect::Platform28, Dialect::Overkiz}) {
        if (v == dialectId(d))
            return d;
    }
    return std::nullopt;
}

} // namespace authdesk
