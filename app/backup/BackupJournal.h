// BackupJournal: <name>.backups, the backups a database made and destroyed, one JSON line each,
// outside the database. A database restored from an older backup does not know the backups made
// after it; the restore reads them from here, so they are still destroyed when they expire and
// still count for Amazon's deletion requests. Ids, times and paths only.
#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace dpp {

struct BackupJournalEntry
{
    enum class Event
    {
        Created,
        Destroyed,
    };
    Event event = Event::Created;
    QString backupId;
    QDateTime at; //!< when it was made, or destroyed
    QDateTime expiresAt; //!< Created
    QString path; //!< Created
    QString by; //!< who made or destroyed it
    QString reason; //!< Destroyed: "expired", "manual", "gone" (by other means), "failed" (never written)
};

class BackupJournal final
{
    Q_DECLARE_TR_FUNCTIONS(dpp::BackupJournal)

public:
    //! Appends one line and syncs it (mode 0600).
    static Result<void> append(const QString& path, const BackupJournalEntry& entry);
    //! Every readable line; a missing file is an empty journal, a line cut short by a crash is skipped.
    static Result<QList<BackupJournalEntry>> read(const QString& path);
};

} // namespace dpp
