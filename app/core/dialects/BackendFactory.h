#pragma once

#include "Backend.h"

#include <memory>

namespace authdesk {

// The one place that knows which class speaks which dialect.
std::unique_ptr<Backend> makeBackend(const Profile &profile, QObject *parent = nullptr);

} // namespace authdesk
