// NewDeletionRequestDialog: see the header.
#include "NewDeletionRequestDialog.h"

#include "PageLayout.h"
#include "models/OrdersModel.h"

#include <QButtonGroup>
#include <QDateEdit>
#include <QDateTimeEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QRegularExpression>
#include <QTime>
#include <QTimeZone>
#include <QVBoxLayout>

namespace dpp::ui {

namespace {

//! The receipt time as a person reads it off Amazon's message: to the minute, in UTC.
QDateTime toTheMinute(const QDateTime& at)
{
    const QDateTime utc = at.toUTC();
    return QDateTime(utc.date(), QTime(utc.time().hour(), utc.time().minute()), QTimeZone::utc());
}

} // namespace

NewDeletionRequestDialog::NewDeletionRequestDialog(Clock clock, QWidget* parent)
    : ActionDialog(tr("Record deletion request"), tr("Re&cord request"), parent)
    , m_clock(std::move(clock))
{
    setObjectName(QStringLiteral("newDeletionRequestDialog"));
    setMinimumWidth(640);
    setExplanation(tr("Record Amazon's request as it came. The DPP asks for the data it names to be deleted "
                      "(or returned) within 72 hours of the request, and every copy within 90 days: both "
                      "clocks run from the time it was received."));
    const QDateTime now = toTheMinute(m_clock());

    m_fields = new QWidget(this);
    auto* form = new QFormLayout(m_fields);
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setLabelAlignment(Qt::AlignLeft | Qt::AlignTop);
    form->setVerticalSpacing(12);

    m_reference = new QLineEdit(m_fields);
    m_reference->setObjectName(QStringLiteral("deletionReferenceEdit"));
    m_reference->setPlaceholderText(tr("e.g. AMZ-DR-2026-0142"));
    m_referenceHint = makeHint(m_fields);
    m_referenceHint->setObjectName(QStringLiteral("deletionReferenceHint"));
    addFieldRow(form, tr("Amazon's &reference:"), m_reference, {m_referenceHint});

    m_received = new QDateTimeEdit(m_fields);
    m_received->setObjectName(QStringLiteral("deletionReceivedEdit"));
    m_received->setTimeSpec(Qt::UTC);
    m_received->setCalendarPopup(true);
    // The locale's own order of day, month and year, to the minute; the label says the zone.
    QString format = QLocale().dateTimeFormat(QLocale::ShortFormat);
    format.remove(QStringLiteral(":ss"));
    m_received->setDisplayFormat(format);
    m_received->setDateTime(now);
    m_receivedHint = makeHint(m_fields);
    m_receivedHint->setObjectName(QStringLiteral("deletionReceivedHint"));
    addFieldRow(form, tr("Recei&ved (UTC):"), m_received, {m_receivedHint});

    auto* actionBox = new QWidget(m_fields);
    auto* actionColumn = new QVBoxLayout(actionBox);
    actionColumn->setContentsMargins(0, 0, 0, 0);
    actionColumn->setSpacing(4);
    m_action = new QButtonGroup(this);
    m_delete = new QRadioButton(tr("&Delete the data"), actionBox);
    m_delete->setObjectName(QStringLiteral("deletionActionDelete"));
    m_delete->setChecked(true);
    m_return = new QRadioButton(tr("Re&turn it to Amazon, then delete it"), actionBox);
    m_return->setObjectName(QStringLiteral("deletionActionReturn"));
    m_action->addButton(m_delete);
    m_action->addButton(m_return);
    auto* returnHint = makeHint(actionBox);
    setHint(returnHint,
            tr("A return first writes the orders' data to a file encrypted under a new key, shown once, "
               "for you to send to Amazon; then the data is deleted."),
            HintState::Neutral);
    actionColumn->addWidget(m_delete);
    actionColumn->addWidget(m_return);
    actionColumn->addWidget(returnHint);
    auto* actionLabel = new QLabel(tr("Action:"), m_fields);
    form->addRow(actionLabel, actionBox);

    auto* scopeBox = new QWidget(m_fields);
    auto* scopeColumn = new QVBoxLayout(scopeBox);
    scopeColumn->setContentsMargins(0, 0, 0, 0);
    scopeColumn->setSpacing(4);
    m_scope = new QButtonGroup(this);
    m_listed = new QRadioButton(tr("Listed &orders:"), scopeBox);
    m_listed->setObjectName(QStringLiteral("deletionScopeOrders"));
    m_listed->setChecked(true);
    m_orderIds = new QPlainTextEdit(scopeBox);
    m_orderIds->setObjectName(QStringLiteral("deletionOrderIdsEdit"));
    m_orderIds->setAccessibleName(tr("Order ids"));
    m_orderIds->setTabChangesFocus(true);
    m_orderIds->setPlaceholderText(tr("One order id per line, or separated by commas"));
    m_orderIds->setFixedHeight(m_orderIds->fontMetrics().lineSpacing() * 4 + 12);
    // Fixed, not the Expanding of a text edit: else the form hands the dialog's spare height to the
    // row and the hint under the field drifts away from it.
    m_orderIds->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_range = new QRadioButton(tr("&Purchase dates (UTC days, both included):"), scopeBox);
    m_range->setObjectName(QStringLiteral("deletionScopeRange"));
    m_rangeRow = new QWidget(scopeBox);
    auto* rangeLayout = new QHBoxLayout(m_rangeRow);
    rangeLayout->setContentsMargins(24, 0, 0, 0);
    const QDate today = now.date();
    m_from = new QDateEdit(today.addMonths(-1), m_rangeRow);
    m_from->setObjectName(QStringLiteral("deletionFromEdit"));
    m_from->setCalendarPopup(true);
    m_to = new QDateEdit(today, m_rangeRow);
    m_to->setObjectName(QStringLiteral("deletionToEdit"));
    m_to->setCalendarPopup(true);
    auto* fromLabel = new QLabel(tr("&From"), m_rangeRow);
    fromLabel->setBuddy(m_from);
    auto* toLabel = new QLabel(tr("&until"), m_rangeRow);
    toLabel->setBuddy(m_to);
    rangeLayout->addWidget(fromLabel);
    rangeLayout->addWidget(m_from);
    rangeLayout->addWidget(toLabel);
    rangeLayout->addWidget(m_to);
    rangeLayout->addStretch(1);
    m_everything = new QRadioButton(tr("&Everything in this database (order facts and items too)"), scopeBox);
    m_everything->setObjectName(QStringLiteral("deletionScopeEverything"));
    m_scope->addButton(m_listed);
    m_scope->addButton(m_range);
    m_scope->addButton(m_everything);
    scopeColumn->addWidget(m_listed);
    scopeColumn->addWidget(m_orderIds);
    scopeColumn->addWidget(m_range);
    scopeColumn->addWidget(m_rangeRow);
    scopeColumn->addWidget(m_everything);
    form->addRow(new QLabel(tr("Scope:"), m_fields), scopeBox);

    m_note = new QPlainTextEdit(m_fields);
    m_note->setObjectName(QStringLiteral("deletionNoteEdit"));
    m_note->setTabChangesFocus(true);
    m_note->setFixedHeight(m_note->fontMetrics().lineSpacing() * 3 + 12);
    m_note->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    auto* noteHint = makeHint(m_fields);
    setHint(noteHint,
            tr("Optional. Kept in this database only: not in the audit log, the certificates or the "
               "export. Do not copy buyers' personal data into it."),
            HintState::Neutral);
    QLabel* noteLabel = addFieldRow(form, tr("&Note:"), m_note, {noteHint});
    // addFieldRow makes the label as tall as the field's size hint, a text edit's 192 pixels and not
    // its fixed height: the row would keep that height and push the hint away from the field.
    noteLabel->setMinimumHeight(m_note->height());
    alignFormLabels({form}, Qt::AlignLeft | Qt::AlignTop);
    content()->addWidget(m_fields);

    setTabOrder(m_reference, m_received);
    setTabOrder(m_received, m_delete);
    setTabOrder(m_delete, m_return);
    setTabOrder(m_return, m_listed);
    setTabOrder(m_listed, m_orderIds);
    setTabOrder(m_orderIds, m_range);
    setTabOrder(m_range, m_from);
    setTabOrder(m_from, m_to);
    setTabOrder(m_to, m_everything);
    setTabOrder(m_everything, m_note);

    connect(m_reference, &QLineEdit::textChanged, this, &NewDeletionRequestDialog::updateReferenceHint);
    connect(m_received, &QDateTimeEdit::dateTimeChanged, this, &NewDeletionRequestDialog::updateReceivedHint);
    connect(m_scope, &QButtonGroup::buttonToggled, this, &NewDeletionRequestDialog::updateScope);
    connect(m_orderIds, &QPlainTextEdit::textChanged, this, [this] { showError(QString()); });
    updateReferenceHint();
    updateReceivedHint();
    updateScope();
    m_reference->setFocus();
}

void NewDeletionRequestDialog::updateReferenceHint()
{
    const QString reference = m_reference->text();
    const QString rule
        = tr("As in Amazon's message: 1 to 64 letters (A–Z, a–z), digits and - _ . / : with no spaces.");
    if (reference.isEmpty())
        setHint(m_referenceHint, rule, HintState::Neutral);
    else if (DeletionRequests::isValidReference(reference))
        setHint(m_referenceHint, tr("✓ %1").arg(rule), HintState::Good);
    else
        setHint(m_referenceHint, rule, HintState::Error);
}

void NewDeletionRequestDialog::updateReceivedHint()
{
    const QDateTime received = m_received->dateTime();
    const QString local = OrdersModel::timeText(received);
    if (received > m_clock())
        setHint(m_receivedHint, tr("%1 your time: in the future.").arg(local), HintState::Error);
    else
        setHint(m_receivedHint, tr("%1 your time. The 72 hours run from here.").arg(local),
                HintState::Neutral);
}

void NewDeletionRequestDialog::updateScope()
{
    m_orderIds->setEnabled(m_listed->isChecked());
    m_rangeRow->setEnabled(m_range->isChecked());
    showError(QString());
}

DeletionScope NewDeletionRequestDialog::scope() const
{
    if (m_everything->isChecked())
        return DeletionScope::Everything;
    if (m_range->isChecked())
        return DeletionScope::PurchaseRange;
    return DeletionScope::Orders;
}

QStringList NewDeletionRequestDialog::orderIds() const
{
    static const QRegularExpression separators(QStringLiteral("[\\s,;]+"));
    return m_orderIds->toPlainText().split(separators, Qt::SkipEmptyParts);
}

NewDeletionRequest NewDeletionRequestDialog::request() const
{
    NewDeletionRequest r;
    r.reference = m_reference->text().trimmed();
    r.receivedAt = m_received->dateTime().toUTC();
    r.action = m_return->isChecked() ? DeletionAction::Return : DeletionAction::Delete;
    r.scope = scope();
    if (r.scope == DeletionScope::Orders)
        r.orderIds = orderIds();
    if (r.scope == DeletionScope::PurchaseRange) {
        r.from = m_from->date();
        r.to = m_to->date();
    }
    r.note = m_note->toPlainText().trimmed();
    return r;
}

bool NewDeletionRequestDialog::validate()
{
    if (!DeletionRequests::isValidReference(m_reference->text().trimmed())) {
        showError(m_reference->text().trimmed().isEmpty()
                      ? tr("Enter Amazon's reference of the request.")
                      : tr("Amazon's reference can only have 1 to 64 letters, digits and - _ . / : (no "
                           "spaces or other characters)."));
        m_reference->setFocus();
        return false;
    }
    if (m_received->dateTime() > m_clock()) {
        showError(tr("The time the request was received cannot be in the future."));
        m_received->setFocus();
        return false;
    }
    if (scope() == DeletionScope::Orders && orderIds().isEmpty()) {
        showError(tr("Enter the order ids the request names, one per line or separated by commas."));
        m_orderIds->setFocus();
        return false;
    }
    if (scope() == DeletionScope::PurchaseRange && m_from->date() > m_to->date()) {
        showError(tr("The first purchase date must not be after the last."));
        m_from->setFocus();
        return false;
    }
    return true;
}

} // namespace dpp::ui
