// PurgeCommands: dppctl's purge commands (issue 6, item 3): purge-due (the scheduler's daily
// job, or a person signed in with password and code) and verify-certificate. The work and its
// checks are the core's (PurgeEngine); these call it and print ids, counts and paths, never PII.
#pragma once

#include <QStringList>

namespace dpp::cli {

class CommandContext;

class PurgeCommands final
{
public:
    explicit PurgeCommands(CommandContext& context);

    /*!
     * Purges every due order and writes the certificate. Prints "Purged: N" and, when N > 0,
     * "Certificate: <absolute path>". Nothing due: exit 0, no PDF. A failure (including a purge
     * whose verification did not pass, which also raises an alarm) exits 1.
     */
    int purgeDue(const QStringList& arguments);
    //! Checks a certificate PDF against the audit log: exit 0 and the run it belongs to, else 1.
    int verifyCertificate(const QStringList& arguments);

private:
    CommandContext& m_context;
};

} // namespace dpp::cli
