// PurgeCommands: dppctl purge-due and verify-certificate.
#include "cli/PurgeCommands.h"

#include "cli/CommandContext.h"
#include "cli/Output.h"
#include "purge/PurgeEngine.h"

#include <QFileInfo>
#include <QJsonObject>

namespace dpp::cli {

PurgeCommands::PurgeCommands(CommandContext& context)
    : m_context(context)
{ }

int PurgeCommands::purgeDue(const QStringList& arguments)
{
    if (!arguments.isEmpty())
        return usageError(tr("usage: purge-due (no arguments)"));
    auto vault = m_context.signIn();
    if (!vault)
        return fail(vault.error());
    PurgeEngine engine(*vault.value());
    auto run = engine.purge({});
    if (!run)
        return fail(run.error());
    const auto count = run->orderIds.size();
    QString certificate;
    if (run->runId > 0) {
        auto written = engine.certify(run.value());
        if (!written) {
            printOut(tr("Purged: %1").arg(count));
            return fail(written.error());
        }
        certificate = QFileInfo(written.value()).absoluteFilePath();
    }
    if (m_context.json()) {
        QJsonObject out{{QStringLiteral("purged"), static_cast<qint64>(count)},
                        {QStringLiteral("run"), run->runId},
                        {QStringLiteral("verified"), run->runId == 0 || run->verification.passed()}};
        if (!certificate.isEmpty())
            out.insert(QStringLiteral("certificate"), certificate);
        printJson(out);
    } else {
        printOut(tr("Purged: %1").arg(count));
        if (!certificate.isEmpty())
            printOut(tr("Certificate: %1").arg(certificate));
    }
    if (!run->taxHeldLeft.isEmpty())
        printError(
            tr("warning: %1 due orders on tax hold wait for their invoice fields to go to the tax archive, "
               "which needs a person with the PII key and a tax archive key (Purge all due in the "
               "console): %2")
                .arg(run->taxHeldLeft.size())
                .arg(run->taxHeldLeft.join(QStringLiteral(", "))));
    if (run->runId > 0 && !run->verification.passed()) {
        printError(tr("the purge's verification did not pass (%1); an alarm was raised.")
                       .arg(run->verification.method));
        return ActionFailed;
    }
    return Ok;
}

int PurgeCommands::verifyCertificate(const QStringList& arguments)
{
    if (arguments.size() != 1)
        return usageError(tr("usage: verify-certificate FILE"));
    auto vault = m_context.signIn();
    if (!vault)
        return fail(vault.error());
    auto runId = PurgeEngine(*vault.value()).verifyCertificate(arguments.first());
    if (!runId) {
        printError(runId.error().message());
        return ActionFailed;
    }
    printOut(tr("Verified: this certificate is the one the audit log records for purge run %1.")
                 .arg(runId.value()));
    return Ok;
}

} // namespace dpp::cli
