// Schema: the numbered migrations of the database. Each step runs in its own transaction and
// stores its number in PRAGMA user_version, so a crash between steps leaves a consistent version.
#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <vector>

namespace dpp {

class Database;

struct Migration
{
    int version; //!< the user_version after this step
    QString description;
    QStringList statements; //!< DDL/DML with no bound values
};

class Schema final
{
    Q_DECLARE_TR_FUNCTIONS(dpp::Schema)

public:
    //! Every migration of this program, in order (version 1, 2, ...).
    static const std::vector<Migration>& migrations();
    static int latestVersion();

    static Result<int> version(Database& db);

    /*!
     * Brings db up to targetVersion (default: latest), one transaction per step. A database newer
     * than this program gives Unsupported and is not touched.
     */
    static Result<void> migrate(Database& db, int targetVersion = -1);

    //! The same over a given list of steps (numbered 1, 2, ... without gaps). For tests, which
    //! need a step that fails; the program itself uses migrations().
    static Result<void> migrate(Database& db, const std::vector<Migration>& steps, int targetVersion = -1);
};

} // namespace dpp
