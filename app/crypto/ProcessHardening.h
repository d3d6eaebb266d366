// ProcessHardening: called first in every program, before any key is touched.
#pragma once

namespace dpp {

/*!
 * Makes the process non-dumpable (no core files, no ptrace attach by other processes of the same
 * user; PR_SET_DUMPABLE) and sets RLIMIT_CORE to 0, and sets umask 077 so every file the program
 * creates (database, WAL, key slots) is private. Returns false if any step failed; the caller
 * decides whether to go on (the programs go on with a warning, as KeePassXC does).
 */
bool hardenProcess();

} // namespace dpp
