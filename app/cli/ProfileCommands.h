#pragma once

#include "CliContext.h"

namespace authdesk::cli {

// profiles list | show NAME | add NAME | remove NAME. Profiles hold no secret.
class ProfileCommands
{
public:
    static int run(CliContext &ctx, const QString &command);
    static QJsonObject toJson(const Profile &p);
};

} // namespace authdesk::cli
