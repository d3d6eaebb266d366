// DeletionRequestCommands: dppctl's deletion-request add, list and fulfil (issue 6, item 5). The
// rules, countdowns and the purge are the core's (DeletionRequests); these parse and print ids,
// counts, paths and, once, a return export's key. Never PII, never the note.
#pragma once

#include <QCommandLineOption>
#include <QList>
#include <QString>
#include <QStringList>

namespace dpp::cli {

class CommandContext;

class DeletionRequestCommands final
{
public:
    explicit DeletionRequestCommands(CommandContext& context);

    //! deletion-request add | list | fulfil ID.
    int deletionRequest(const QStringList& arguments);

    //! The options these commands add to dppctl's parser (--orders is OrderCommands').
    static QList<QCommandLineOption> options();
    static QString usage();

private:
    int add(const QStringList& arguments);
    int list(const QStringList& arguments);
    int fulfil(const QStringList& arguments);

    CommandContext& m_context;
};

} // namespace dpp::cli
