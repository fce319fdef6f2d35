#pragma once

#include <QString>

namespace authdesk {

// One CSV field (RFC 4180): quoted when it holds a comma, a quote or a line break.
inline QString csvField(QString s)
{
    if (s.contains(u',') || s.contains(u'"') || s.contains(u'\n'))
        s = u'"' + s.replace(u'"', QStringLiteral("\"\"")) + u'"';
    return s;
}

} // namespace authdesk
