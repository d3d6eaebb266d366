// AuditView: see the header. Filters apply as they change (no Apply button); the export reads the
// database again in pages rather than the model, so it writes every matching row, not only those
// scrolled to.
#include "AuditView.h"

#include "InlineMessage.h"
#include "PageLayout.h"
#include "models/AuditLogModel.h"
#include "vault/Vault.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDir>
#include <QFileDialog>
#include <QFontMetrics>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListView>
#include <QLocale>
#include <QPushButton>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

namespace dpp::ui {

namespace {

constexpr int ExportPageSize = 500;

QString csvField(QString value)
{
    // A spreadsheet runs a cell that starts with = + - @ as a formula (CSV injection).
    if (!value.isEmpty() && QStringLiteral("=+-@").contains(value.front()))
        value.prepend(QLatin1Char('\''));
    if (value.contains(QLatin1Char(',')) || value.contains(QLatin1Char('"'))
        || value.contains(QLatin1Char('\n')) || value.contains(QLatin1Char('\r'))) {
        value.replace(QStringLiteral("\""), QStringLiteral("\"\""));
        value = QLatin1Char('"') + value + QLatin1Char('"');
    }
    return value;
}

} // namespace

AuditView::AuditView(QWidget* parent)
    : QWidget(parent)
    , m_model(new AuditLogModel(this))
{
    setObjectName(QStringLiteral("auditView"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 16);
    layout->setSpacing(12);
    layout->addWidget(makeTitle(tr("Audit log"), this));

    auto* bar = new QGridLayout;
    bar->setHorizontalSpacing(8);
    bar->setVerticalSpacing(6);
    m_range = new QComboBox(this);
    m_range->setObjectName(QStringLiteral("auditRangeCombo"));
    m_range->addItem(tr("Last 24 hours"), QVariant::fromValue(Range::LastDay));
    m_range->addItem(tr("Last 7 days"), QVariant::fromValue(Range::LastWeek));
    m_range->addItem(tr("Last 30 days"), QVariant::fromValue(Range::LastMonth));
    m_range->addItem(tr("All"), QVariant::fromValue(Range::All));
    m_range->addItem(tr("Custom range"), QVariant::fromValue(Range::Custom));
    m_from = new QDateTimeEdit(this);
    m_from->setObjectName(QStringLiteral("auditFromEdit"));
    m_to = new QDateTimeEdit(this);
    m_to->setObjectName(QStringLiteral("auditToEdit"));
    for (QDateTimeEdit* edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
        edit->setTimeSpec(Qt::LocalTime);
        edit->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat) + QLatin1Char(' ')
                               + QLocale().timeFormat(QLocale::ShortFormat));
    }
    m_user = new QComboBox(this);
    m_user->setObjectName(QStringLiteral("auditUserCombo"));
    m_user->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_action = new QComboBox(this);
    m_action->setObjectName(QStringLiteral("auditActionCombo"));
    // As wide as the date fields above it; the open list still shows the long labels whole.
    m_action->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_action->setMinimumContentsLength(18);
    m_action->view()->setMinimumWidth(m_action->view()->sizeHintForColumn(0));
    m_action->addItem(tr("All actions"), QString());
    for (AuditAction action : allAuditActions())
        m_action->addItem(AuditLogModel::actionText(action), auditActionName(action));
    m_outcome = new QComboBox(this);
    m_outcome->setObjectName(QStringLiteral("auditOutcomeCombo"));
    m_outcome->addItem(tr("All outcomes"), QString());
    for (AuditOutcome outcome : {AuditOutcome::Allowed, AuditOutcome::Denied, AuditOutcome::Failed})
        m_outcome->addItem(AuditLogModel::outcomeText(auditOutcomeName(outcome)), auditOutcomeName(outcome));

    auto addField = [&](int row, int column, const QString& caption, QWidget* field) {
        auto* label = new QLabel(caption, this);
        label->setBuddy(field);
        bar->addWidget(label, row, column * 2, Qt::AlignRight | Qt::AlignVCenter);
        bar->addWidget(field, row, column * 2 + 1);
    };
    addField(0, 0, tr("&Period:"), m_range);
    addField(0, 1, tr("&From:"), m_from);
    addField(0, 2, tr("&To:"), m_to);
    addField(1, 0, tr("&User:"), m_user);
    addField(1, 1, tr("&Action:"), m_action);
    addField(1, 2, tr("&Outcome:"), m_outcome);
    bar->setColumnStretch(6, 1);
    layout->addLayout(bar);

    m_message = new InlineMessage(this);
    m_message->setObjectName(QStringLiteral("auditMessage"));
    layout->addWidget(m_message);

    auto* countRow = new QHBoxLayout;
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("auditCountLabel"));
    countRow->addWidget(m_count, 1);
    m_export = new QPushButton(tr("&Export CSV…"), this);
    m_export->setObjectName(QStringLiteral("auditExportButton"));
    m_export->setToolTip(tr("Write the rows that match the filter to a CSV file. The export is "
                            "recorded in the audit log."));
    countRow->addWidget(m_export);
    layout->addLayout(countRow);

    m_table = makeRecordTable(m_model, QAbstractItemView::ExtendedSelection, this);
    m_table->setObjectName(QStringLiteral("auditTable"));
    m_table->horizontalHeader()->setStretchLastSection(true);
    // Widths from the longest label each column can show, not ResizeToContents: that would read
    // every fetched row on each page.
    const QFontMetrics metrics = m_table->fontMetrics();
    const int padding = 2 * metrics.horizontalAdvance(QLatin1Char('M'));
    auto widest = [&](const QStringList& texts, int column) {
        int width = m_table->horizontalHeader()->fontMetrics().horizontalAdvance(
            m_model->headerData(column, Qt::Horizontal).toString());
        for (const QString& text : texts)
            width = std::max(width, metrics.horizontalAdvance(text));
        m_table->setColumnWidth(column, width + padding);
    };
    // A date with two-digit day, month and hour is the widest a locale's format gets.
    widest({AuditLogModel::timeText(QDateTime(QDate(2026, 12, 28), QTime(23, 58, 58)))},
           AuditLogModel::TimeColumn);
    widest({QString(12, QLatin1Char('n'))}, AuditLogModel::UserColumn);
    QStringList actions;
    for (AuditAction action : allAuditActions())
        actions << AuditLogModel::actionText(action);
    widest(actions, AuditLogModel::ActionColumn);
    widest({QStringLiteral("permission keys.manage")}, AuditLogModel::ObjectColumn);
    QStringList outcomes;
    for (AuditOutcome outcome : {AuditOutcome::Allowed, AuditOutcome::Denied, AuditOutcome::Failed})
        outcomes << AuditLogModel::outcomeText(auditOutcomeName(outcome));
    QFont bold = m_table->font();
    bold.setBold(true); // denied and failed are bold
    int outcomeWidth = 0;
    for (const QString& outcome : outcomes)
        outcomeWidth = std::max(outcomeWidth, QFontMetrics(bold).horizontalAdvance(outcome));
    m_table->setColumnWidth(
        AuditLogModel::OutcomeColumn,
        std::max(outcomeWidth + padding, m_table->columnWidth(AuditLogModel::OutcomeColumn)));
    layout->addWidget(m_table, 1);

    connect(m_range, &QComboBox::currentIndexChanged, this, &AuditView::rangeChosen);
    for (QDateTimeEdit* edit : {m_from, m_to})
        connect(edit, &QDateTimeEdit::dateTimeChanged, this, [this] {
            if (m_range->currentData().value<Range>() != Range::Custom) {
                const QSignalBlocker blocker(m_range);
                m_range->setCurrentIndex(m_range->findData(QVariant::fromValue(Range::Custom)));
            }
            applyFilter();
        });
    for (QComboBox* combo : {m_user, m_action, m_outcome})
        connect(combo, &QComboBox::currentIndexChanged, this, &AuditView::applyFilter);
    connect(m_export, &QPushButton::clicked, this, &AuditView::exportCsv);
    connect(m_model, &AuditLogModel::errorOccurred, this,
            [this](const QString& message) { m_message->showMessage(InlineMessage::Kind::Error, message); });
    connect(m_model, &QAbstractItemModel::modelReset, this, &AuditView::updateCount);

    const QSignalBlocker blocker(m_range);
    m_range->setCurrentIndex(m_range->findData(QVariant::fromValue(Range::LastWeek)));
}

void AuditView::load(Vault* vault)
{
    m_vault = vault;
    m_message->clearMessage();
    fillCombos();
    rangeChosen(); // fills the from/to fields for the quick choice, then reads the first page
}

void AuditView::fillCombos()
{
    const QString chosen = m_user->currentData().toString();
    const QSignalBlocker blocker(m_user);
    m_user->clear();
    m_user->addItem(tr("All users"), QString());
    if (!m_vault)
        return;
    auto actors = m_vault->audit().distinctActors();
    if (!actors) {
        m_message->showMessage(InlineMessage::Kind::Error, actors.error().message());
        return;
    }
    for (const QString& actor : actors.value())
        m_user->addItem(actor, actor);
    m_user->setCurrentIndex(std::max(0, m_user->findData(chosen)));
}

void AuditView::setRange(Range range)
{
    m_range->setCurrentIndex(m_range->findData(QVariant::fromValue(range)));
}

void AuditView::rangeChosen()
{
    const auto range = m_range->currentData().value<Range>();
    const QDateTime now = QDateTime::currentDateTime();
    {
        const QSignalBlocker fromBlocker(m_from);
        const QSignalBlocker toBlocker(m_to);
        switch (range) {
        case Range::LastDay:
            m_from->setDateTime(now.addDays(-1));
            break;
        case Range::LastWeek:
            m_from->setDateTime(now.addDays(-7));
            break;
        case Range::LastMonth:
            m_from->setDateTime(now.addDays(-30));
            break;
        case Range::All:
        case Range::Custom:
            break;
        }
        if (range != Range::Custom)
            m_to->setDateTime(now);
    }
    // "All" has no bounds to edit; the quick choices end "now" and keep showing new rows.
    m_from->setEnabled(range != Range::All);
    m_to->setEnabled(range != Range::All);
    applyFilter();
}

AuditFilter AuditView::currentFilter() const
{
    AuditFilter filter;
    const auto range = m_range->currentData().value<Range>();
    if (range != Range::All)
        filter.from = m_from->dateTime().toUTC();
    if (range == Range::Custom)
        filter.to = m_to->dateTime().toUTC();
    filter.actor = m_user->currentData().toString();
    filter.action = m_action->currentData().toString();
    filter.outcome = m_outcome->currentData().toString();
    return filter;
}

void AuditView::applyFilter()
{
    if (!m_vault)
        return;
    m_message->clearMessage();
    m_model->setVault(m_vault, currentFilter());
}

void AuditView::updateCount()
{
    if (!m_vault) {
        m_count->clear();
        m_export->setEnabled(false);
        return;
    }
    auto count = m_vault->audit().count(m_model->filter());
    if (!count) {
        m_count->clear();
        m_message->showMessage(InlineMessage::Kind::Error, count.error().message());
        m_export->setEnabled(false);
        return;
    }
    m_count->setText(AuditLogModel::rowsText(count.value()));
    m_export->setEnabled(count.value() > 0);
}

Result<qint64> AuditView::writeCsv(AuditLog& log, const AuditFilter& filter, const QString& path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error(ErrorCode::Failed,
                     tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    // Machine-readable: stable column names, UTC times, the stored action and outcome names.
    auto writeLine = [&file](const QStringList& fields) {
        QStringList escaped;
        for (const QString& field : fields)
            escaped << csvField(field);
        const QByteArray line = escaped.join(QLatin1Char(',')).toUtf8() + "\r\n";
        return file.write(line) == line.size();
    };
    bool written
        = writeLine({QStringLiteral("seq"), QStringLiteral("time_utc"), QStringLiteral("actor"),
                     QStringLiteral("action"), QStringLiteral("object_type"), QStringLiteral("object_id"),
                     QStringLiteral("outcome"), QStringLiteral("details")});
    qint64 rows = 0;
    qint64 before = 0;
    // One page in memory at a time, however long the log.
    while (written) {
        auto page = log.query(filter, before, ExportPageSize);
        if (!page) {
            file.cancelWriting();
            return page.error();
        }
        for (const AuditRow& row : page.value()) {
            written = written
                && writeLine({QString::number(row.seq), row.at.toUTC().toString(Qt::ISODateWithMs), row.actor,
                              row.action, row.objectType, row.objectId, row.outcome, row.details});
            ++rows;
        }
        if (static_cast<int>(page->size()) < ExportPageSize)
            break;
        before = page->back().seq;
    }
    if (!written || !file.commit())
        return Error(ErrorCode::Failed,
                     tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    return rows;
}

void AuditView::exportCsv()
{
    if (!m_vault)
        return;
    QString path;
    if (m_exportPath) {
        path = m_exportPath();
    } else {
        const QString suggested
            = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                  .filePath(tr("audit-log-%1.csv").arg(QDate::currentDate().toString(Qt::ISODate)));
        path = QFileDialog::getSaveFileName(this, tr("Export audit log"), suggested, tr("CSV files (*.csv)"));
    }
    if (path.isEmpty())
        return;
    const AuditFilter filter = m_model->filter();
    AuditLog log = m_vault->audit();
    auto rows = writeCsv(log, filter, path);
    if (!rows) {
        m_message->showMessage(InlineMessage::Kind::Error, rows.error().message());
        return;
    }
    // DPP: an export of the log is itself a security event; its row holds the count, never content.
    auto recorded = log.append(AuditActor::of(m_vault->session()),
                               {AuditAction::AuditExported, AuditOutcome::Allowed,
                                QStringLiteral("audit-log"), QString(), AuditDetails().count(rows.value())});
    // append() ran its own transaction here, so it has published the new head already.
    if (!recorded) {
        m_message->showMessage(InlineMessage::Kind::Error,
                               tr("The rows were exported, but the export could not be recorded in the audit "
                                  "log: %1")
                                   .arg(recorded.error().message()));
        return;
    }
    fillCombos();
    m_model->reload();
    m_message->showMessage(InlineMessage::Kind::Success,
                           tr("Exported %1 to %2.", "rows, file")
                               .arg(AuditLogModel::rowsText(rows.value()), QDir::toNativeSeparators(path)));
}

void AuditView::clear()
{
    m_vault = nullptr;
    m_model->clear();
    m_message->clearMessage();
    const QSignalBlocker blocker(m_user);
    m_user->clear();
    m_count->clear();
}

} // namespace dpp::ui
