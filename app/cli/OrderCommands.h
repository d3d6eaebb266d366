// OrderCommands: dppctl's commands for orders and their retention (issue 5): import, orders list,
// retention list/hold/release/period, demo. Every check and audit row is the core's (OrderStore,
// Retention); these parse, call and print, and print no PII: lists show masked names only.
#pragma once

#include <QCommandLineOption>
#include <QList>
#include <QString>
#include <QStringList>

namespace dpp::cli {

class CommandContext;

class OrderCommands final
{
public:
    explicit OrderCommands(CommandContext& context);

    //! The options these commands read (main() adds them to its parser).
    static QList<QCommandLineOption> options();
    //! The commands' lines of dppctl --help.
    static QString usage();

    int import(const QStringList& arguments);
    int orders(const QStringList& arguments);
    int retention(const QStringList& arguments);
    int demo(const QStringList& arguments);

    //! Orders a demo run imports per transaction (and per progress line).
    static constexpr int DemoChunk = 5000;

private:
    int listOrders(const QStringList& arguments);
    int listRetention(const QStringList& arguments);
    int placeHold(const QStringList& arguments);
    int releaseHold(const QStringList& arguments);
    int period(const QStringList& arguments);

    CommandContext& m_context;
};

} // namespace dpp::cli
