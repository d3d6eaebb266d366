// PurgeLedgerFile: <name>.ledger, the purge ledger outside the database: one line per purged order
// (order id, time, run, reason, scope, deletion request), appended and forced to disk before a
// purge commits. It outlives the database, so a restore replays it and an order purged after a
// backup never comes back (issue 6, items 1 and 6). Ids and times only, never PII.
#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

namespace dpp {

struct LedgerEntry
{
    QString orderId;
    QDateTime purgedAt;
    qint64 runId = 0;
    QString reason; //!< PurgeEngine::reasonName
    bool everything = false; //!< the order facts went too, not only the buyer data
    std::optional<qint64> deletionRequestId;
};

class PurgeLedgerFile final
{
    Q_DECLARE_TR_FUNCTIONS(dpp::PurgeLedgerFile)

public:
    /*!
     * Appends entries and fsyncs. Lines: "purged", id, time (ISO 8601 UTC), run, reason, scope
     * ("pii" or "everything"), request id (empty when none), separated by tabs. Failed naming the
     * file when it cannot be written in full (a full disk); the caller then purges nothing.
     */
    static Result<void> append(const QString& path, const QList<LedgerEntry>& entries);

    struct Contents
    {
        QList<LedgerEntry> entries;
        qint64 unreadableLines = 0; //!< a line cut short by a crash, or not a ledger line
    };
    /*!
     * Reads every entry. A missing file is an empty ledger. Lines written before the scope and
     * request fields existed (five fields) read as scope "pii". Lines that are not ledger lines are
     * counted, not fatal: a crash may cut the last one short, and its purge did not commit.
     */
    static Result<Contents> read(const QString& path);
};

} // namespace dpp
