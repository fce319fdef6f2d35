#include "Route.h"

#include <array>

namespace authdesk {

namespace {
// In the order of the enum, after None.
constexpr std::array<const char *, 33> kIds = {
    "E1", "E2", "E3", "E4", "E5",
    "P1", "P2", "P3", "P4", "P5", "P6", "P7", "P8", "P9", "P10", "P11", "P12", "P13", "P14", "P15",
    "O1", "O2", "O3", "O4", "O5", "O6", "O7", "O8", "O9", "O10", "O11", "O12", "O13",
};
static_assert(kIds.size() == std::size_t(Route::O13), "one id for every route");
} // namespace

QString routeId(Route route)
{
    const auto i = std::size_t(route);
    return i == 0 || i > kIds.size() ? QString() : QString::fromLatin1(kIds[i - 1]);
}

Route routeFromId(const QString &id)
{
    for (std::size_t i = 0; i < kIds.size(); ++i) {
        if (id == QLatin1String(kIds[i]))
            return Route(i + 1);
    }
    return Route::None;
}

} // namespace authdesk
