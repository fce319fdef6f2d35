#pragma once

namespace authdesk {

// Keeps this process's memory (passwords, tokens, LSIDs, keys it holds while running) out
// of core dumps and away from other processes of the same user: on Linux the process is
// made non-dumpable (prctl PR_SET_DUMPABLE 0: no core file, no ptrace attach, /proc/PID/mem
// closed). Every program calls it first thing in main().
class ProcessGuard
{
public:
    static bool protect(); // false where it could not be done
    static bool isDumpable();
};

} // namespace authdesk
