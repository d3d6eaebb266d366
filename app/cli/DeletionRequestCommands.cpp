// DeletionRequestCommands: dppctl deletion-request add, list and fulfil.
#include "cli/DeletionRequestCommands.h"

#include "cli/CommandContext.h"
#include "cli/Output.h"
#include "purge/DeletionRequests.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QTimeZone>

namespace dpp::cli {

namespace {

const QString ReferenceOption = QStringLiteral("reference");
const QString ReceivedOption = QStringLiteral("received");
const QString OrdersOption = QStringLiteral("orders");
const QString FromOption = QStringLiteral("from");
const QString ToOption = QStringLiteral("to");
const QString EverythingOption = QStringLiteral("everything");
const QString ReturnOption = QStringLiteral("return");
const QString NoteOption = QStringLiteral("note");

QString scopeText(const DeletionRequest& r)
{
    switch (r.scope) {
    case DeletionScope::Everything:
        return QStringLiteral("everything");
    case DeletionScope::Orders:
        return QStringLiteral("orders:") + r.orderIds.join(QLatin1Char(','));
    case DeletionScope::PurchaseRange:
        return QStringLiteral("range:%1..%2").arg(r.from.toString(Qt::ISODate), r.to.toString(Qt::ISODate));
    }
    return {};
}

} // namespace

DeletionRequestCommands::DeletionRequestCommands(CommandContext& context)
    : m_context(context)
{ }

QList<QCommandLineOption> DeletionRequestCommands::options()
{
    return {
        {ReferenceOption, tr("deletion-request add: Amazon's reference of the request."),
         QStringLiteral("REF")},
        {ReceivedOption,
         tr("deletion-request add: when Amazon's request came (ISO 8601; UTC unless it says)."),
         QStringLiteral("ISO8601")},
        {FromOption, tr("deletion-request add: orders purchased from this day (UTC, included)."),
         QStringLiteral("YYYY-MM-DD")},
        {ToOption,
         tr("deletion-request add: orders purchased up to this day (UTC, included); restore: the database "
            "file to restore to (it must not exist)."),
         QStringLiteral("DAY|PATH")},
        {EverythingOption, tr("deletion-request add: the request covers all Amazon Information.")},
        {ReturnOption, tr("deletion-request add: return the data to Amazon (encrypted) before deleting it.")},
        {NoteOption, tr("deletion-request add: a note kept in the database only (not in the audit log)."),
         QStringLiteral("TEXT")},
    };
}

QString DeletionRequestCommands::usage()
{
    return tr(
        "\nAmazon's deletion requests (delete within 72 hours, every copy within 90 days):\n"
        "  deletion-request add --reference REF --received ISO8601\n"
        "      (--orders ID,ID | --from DATE --to DATE | --everything) [--return] [--note TEXT]\n"
        "  deletion-request list   id, reference, received, action, scope, status, hours left to\n"
        "                          72 h, days left to 90 d (--json: one object)\n"
        "  deletion-request fulfil ID  purge and certify; prints Purged: N, Certificate: PATH,\n"
        "                          Certification: PATH; a return also Export: PATH and its key, once\n");
}

int DeletionRequestCommands::deletionRequest(const QStringList& arguments)
{
    const QString action = arguments.value(0);
    if (action == QLatin1String("add"))
        return add(arguments.mid(1));
    if (action == QLatin1String("list"))
        return list(arguments.mid(1));
    if (action == QLatin1String("fulfil"))
        return fulfil(arguments.mid(1));
    return usageError(tr("deletion-request takes add, list or fulfil ID."));
}

int DeletionRequestCommands::add(const QStringList& arguments)
{
    const QString usageText = tr("usage: deletion-request add --reference REF --received ISO8601 "
                                 "(--orders ID,ID | --from DATE --to DATE | --everything) [--return]");
    if (!arguments.isEmpty() || !m_context.isSet(ReferenceOption) || !m_context.isSet(ReceivedOption))
        return usageError(usageText);
    const int scopes = (m_context.isSet(OrdersOption) ? 1 : 0)
        + (m_context.isSet(FromOption) || m_context.isSet(ToOption) ? 1 : 0)
        + (m_context.isSet(EverythingOption) ? 1 : 0);
    if (scopes != 1)
        return usageError(usageText);
    NewDeletionRequest request;
    request.reference = m_context.value(ReferenceOption);
    if (!DeletionRequests::isValidReference(request.reference))
        return usageError(tr("the reference has 1 to 64 letters, digits and - _ . / : (no spaces)."));
    QDateTime received = QDateTime::fromString(m_context.value(ReceivedOption), Qt::ISODate);
    if (!received.isValid())
        return usageError(tr("--received takes an ISO 8601 time, e.g. 2026-03-01T09:30:00Z."));
    if (received.timeSpec() == Qt::LocalTime)
        received.setTimeZone(QTimeZone::utc());
    request.receivedAt = received.toUTC();
    request.action = m_context.isSet(ReturnOption) ? DeletionAction::Return : DeletionAction::Delete;
    request.note = m_context.value(NoteOption);
    if (m_context.isSet(OrdersOption)) {
        request.scope = DeletionScope::Orders;
        request.orderIds = m_context.value(OrdersOption).split(u',', Qt::SkipEmptyParts);
        if (request.orderIds.isEmpty())
            return usageError(usageText);
    } else if (m_context.isSet(EverythingOption)) {
        request.scope = DeletionScope::Everything;
    } else {
        request.scope = DeletionScope::PurchaseRange;
        request.from = QDate::fromString(m_context.value(FromOption), Qt::ISODate);
        request.to = QDate::fromString(m_context.value(ToOption), Qt::ISODate);
        if (!request.from.isValid() || !request.to.isValid() || request.from > request.to)
            return usageError(tr("--from and --to take days (YYYY-MM-DD), the first not after the second."));
    }
    auto vault = m_context.signIn();
    if (!vault)
        return fail(vault.error());
    auto id = DeletionRequests(*vault.value()).record(request);
    if (!id)
        return fail(id.error());
    if (m_context.json())
        printJson({{QStringLiteral("id"), id.value()}});
    else
        printOut(tr("Recorded deletion request %1.").arg(id.value()));
    return Ok;
}

int DeletionRequestCommands::list(const QStringList& arguments)
{
    if (!arguments.isEmpty())
        return usageError(tr("usage: deletion-request list [--json]"));
    auto vault = m_context.signIn();
    if (!vault)
        return fail(vault.error());
    auto requests = DeletionRequests(*vault.value()).list();
    if (!requests)
        return fail(requests.error());
    if (m_context.json()) {
        QJsonArray array;
        for (const DeletionRequest& r : requests.value())
            array.append(QJsonObject{{QStringLiteral("id"), r.id},
                                     {QStringLiteral("reference"), r.reference},
                                     {QStringLiteral("received"), r.receivedAt.toString(Qt::ISODate)},
                                     {QStringLiteral("action"), DeletionRequests::actionName(r.action)},
                                     {QStringLiteral("scope"), scopeText(r)},
                                     {QStringLiteral("status"), DeletionRequests::statusName(r.status)},
                                     {QStringLiteral("hours_left_72h"), r.hoursLeft72h},
                                     {QStringLiteral("days_left_90d"), r.daysLeft90d}});
        printJson({{QStringLiteral("requests"), array}});
        return Ok;
    }
    for (const DeletionRequest& r : requests.value())
        printOut(QStringLiteral("%1  %2  %3  %4  %5  %6  %7 h  %8 d")
                     .arg(r.id)
                     .arg(r.reference, r.receivedAt.toString(Qt::ISODate),
                          DeletionRequests::actionName(r.action), scopeText(r),
                          DeletionRequests::statusName(r.status))
                     .arg(r.hoursLeft72h)
                     .arg(r.daysLeft90d));
    return Ok;
}

int DeletionRequestCommands::fulfil(const QStringList& arguments)
{
    bool numeric = false;
    const qint64 id = arguments.value(0).toLongLong(&numeric);
    if (arguments.size() != 1 || !numeric || id <= 0)
        return usageError(tr("usage: deletion-request fulfil ID"));
    auto vault = m_context.signIn();
    if (!vault)
        return fail(vault.error());
    auto done = DeletionRequests(*vault.value()).fulfil(id);
    if (!done)
        return fail(done.error());
    printOut(tr("Purged: %1").arg(done->purged));
    if (!done->certificatePath.isEmpty())
        printOut(tr("Certificate: %1").arg(QFileInfo(done->certificatePath).absoluteFilePath()));
    printOut(tr("Certification: %1").arg(QFileInfo(done->certificationPath).absoluteFilePath()));
    if (!done->exportPath.isEmpty()) {
        printOut(tr("Export: %1").arg(QFileInfo(done->exportPath).absoluteFilePath()));
        // Straight from its wiping buffer; shown only now, stored nowhere.
        writeSecretLine("Export key: ", done->exportKey);
    }
    if (!done->verified) {
        printError(tr("the purge's verification did not pass (%1); an alarm was raised.")
                       .arg(done->verificationMethod));
        return ActionFailed;
    }
    return Ok;
}

} // namespace dpp::cli
