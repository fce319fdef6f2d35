#pragma once

#include <QString>

namespace authdesk {

// The contract's routes (../shared/api/CONTRACT.md), by their ids. Backends build requests
// and map errors by these values; the text id ("P15") is only a label for logs, the
// sandbox's per-route fault injection and tests.
enum class Route : quint8 {
    None,
    E1, E2, E3, E4, E5,
    P1, P2, P3, P4, P5, P6, P7, P8, P9, P10, P11, P12, P13, P14, P15,
    O1, O2, O3, O4, O5, O6, O7, O8, O9, O10, O11, O12, O13,
};

QString routeId(Route route);        // "P15"; empty for Route::None
Route routeFromId(const QString &id); // Route::None when unknown

} // namespace authdesk
