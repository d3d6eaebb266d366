// ProcessHardening: no core dumps, no ptrace, private files (see KeePassXC's Bootstrap).
#include "crypto/ProcessHardening.h"

#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/stat.h>

namespace dpp {

bool hardenProcess()
{
    bool ok = true;
    rlimit noCore{0, 0};
    ok = setrlimit(RLIMIT_CORE, &noCore) == 0 && ok;
    ok = prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) == 0 && ok;
    umask(077);
    return ok;
}

} // namespace dpp
