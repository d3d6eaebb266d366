// RetentionView: see the header. The calls into the core run here, through GuardedAction (should
// the core ever ask for step-up), and their errors go back into the dialog that asked. The purge
// alone runs as a vault job: it rewrites the whole database (VACUUM) and reads every page back.
#include "RetentionView.h"

#include "GuardedAction.h"
#include "HoldDialog.h"
#include "JobProgressDialog.h"
#include "PageLayout.h"
#include "PurgeResultPanel.h"
#include "TaxArchiveKeyDialog.h"
#include "VaultJob.h"
#include "models/OrdersModel.h"
#include "models/RetentionListModel.h"
#include "orders/OrderStore.h"
#include "purge/PurgeEngine.h"
#include "purge/TaxArchive.h"
#include "vault/Vault.h"

#include <QButtonGroup>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>
#include <atomic>
#include <memory>

namespace dpp::ui {

namespace {

QString listTitle(RetentionList which)
{
    switch (which) {
    case RetentionList::Overdue:
        return RetentionView::tr("Overdue: PII kept past its due date");
    case RetentionList::DueWithin7Days:
        return RetentionView::tr("Due within 7 days");
    case RetentionList::OnHold:
        return RetentionView::tr("On hold");
    case RetentionList::NeedsReview:
        return RetentionView::tr("Needs review: unshipped 60 days after purchase");
    case RetentionList::All:
        return RetentionView::tr("Every order with PII, by due date");
    }
    return {};
}

} // namespace

RetentionView::RetentionView(QWidget* parent)
    : QWidget(parent)
    , m_model(new RetentionListModel(systemClock(), this))
{
    setObjectName(QStringLiteral("retentionView"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 16);
    layout->setSpacing(16);

    // Left: the tiles and the list they choose.
    auto* main = new QVBoxLayout;
    main->setSpacing(12);
    auto* titleRow = new QHBoxLayout;
    titleRow->addWidget(makeTitle(tr("Retention"), this), 1);
    m_purgeDue = new QPushButton(tr("&Purge all due…"), this);
    m_purgeDue->setObjectName(QStringLiteral("purgeAllDueButton"));
    m_purgeDue->setVisible(false);
    titleRow->addWidget(m_purgeDue, 0, Qt::AlignBottom);
    main->addLayout(titleRow);
    m_message = new InlineMessage(this);
    m_message->setObjectName(QStringLiteral("retentionMessage"));
    main->addWidget(m_message);
    m_purgeResult = new PurgeResultPanel(this);
    main->addWidget(m_purgeResult);

    auto* tiles = new QHBoxLayout;
    tiles->setSpacing(10);
    m_tiles = new QButtonGroup(this);
    m_tiles->setExclusive(true);
    auto addTile = [&](RetentionList which, const char* name, const QString& tip) {
        auto* tile = new QPushButton(this);
        tile->setObjectName(QLatin1String(name));
        tile->setCheckable(true);
        tile->setToolTip(tip);
        tile->setMinimumHeight(tile->fontMetrics().height() * 4);
        tile->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        m_tiles->addButton(tile, static_cast<int>(which));
        m_tileButtons.emplace(which, tile);
        tiles->addWidget(tile);
    };
    addTile(RetentionList::Overdue, "retentionOverdueTile",
            tr("Orders whose PII is past its due date and not under a legal hold: purge them"));
    addTile(RetentionList::DueWithin7Days, "retentionDueSoonTile",
            tr("Orders whose PII falls due in the next 7 days"));
    addTile(RetentionList::OnHold, "retentionOnHoldTile", tr("Orders under a legal or tax hold"));
    addTile(RetentionList::NeedsReview, "retentionNeedsReviewTile",
            tr("Orders still unshipped 60 days after purchase: they have no due date until someone looks"));
    main->addLayout(tiles);

    m_listTitle = new QLabel(this);
    m_listTitle->setObjectName(QStringLiteral("retentionListTitle"));
    QFont bold = m_listTitle->font();
    bold.setBold(true);
    m_listTitle->setFont(bold);
    main->addWidget(m_listTitle);
    m_table = makeRecordTable(m_model, QAbstractItemView::SingleSelection, this);
    m_table->setObjectName(QStringLiteral("retentionTable"));
    m_table->setTextElideMode(Qt::ElideRight);
    fitColumnsToContents(m_table, RetentionListModel::HoldColumn);
    main->addWidget(m_table, 1);
    layout->addLayout(main, 1);

    // Right: the chosen order's holds, then the settings.
    auto* side = new QScrollArea(this);
    side->setObjectName(QStringLiteral("retentionSide"));
    side->setWidgetResizable(true);
    side->setFrameShape(QFrame::NoFrame);
    side->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    side->setFixedWidth(400);
    auto* sideContent = new QWidget(side);
    auto* sideLayout = new QVBoxLayout(sideContent);
    sideLayout->setContentsMargins(0, 0, 4, 0);
    sideLayout->setSpacing(12);

    m_orderBox = new QGroupBox(tr("Selected order"), sideContent);
    m_orderBox->setObjectName(QStringLiteral("retentionOrderBox"));
    auto* orderLayout = new QVBoxLayout(m_orderBox);
    m_orderTitle = new QLabel(m_orderBox);
    m_orderTitle->setObjectName(QStringLiteral("retentionOrderTitle"));
    m_orderTitle->setFont(bold);
    m_orderTitle->setTextInteractionFlags(Qt::TextSelectableByMouse);
    orderLayout->addWidget(m_orderTitle);
    m_holdDetails = makeParagraph(QString(), m_orderBox);
    m_holdDetails->setObjectName(QStringLiteral("retentionHoldDetails"));
    m_holdDetails->setTextInteractionFlags(Qt::TextSelectableByMouse);
    orderLayout->addWidget(m_holdDetails);
    auto* holdButtons = new QGridLayout;
    holdButtons->setHorizontalSpacing(8);
    m_placeLegal = new QPushButton(tr("&Legal hold…"), m_orderBox);
    m_placeLegal->setObjectName(QStringLiteral("placeLegalHoldButton"));
    m_placeLegal->setToolTip(tr("Keep this order's PII past its due date for a legal matter"));
    m_placeTax = new QPushButton(tr("Ta&x hold…"), m_orderBox);
    m_placeTax->setObjectName(QStringLiteral("placeTaxHoldButton"));
    m_placeTax->setToolTip(
        tr("Keep the invoice fields for the tax records (in the tax archive after the purge)"));
    m_releaseLegal = new QPushButton(tr("Release le&gal hold"), m_orderBox);
    m_releaseLegal->setObjectName(QStringLiteral("releaseLegalHoldButton"));
    m_releaseTax = new QPushButton(tr("Release t&ax hold"), m_orderBox);
    m_releaseTax->setObjectName(QStringLiteral("releaseTaxHoldButton"));
    holdButtons->addWidget(m_placeLegal, 0, 0);
    holdButtons->addWidget(m_placeTax, 0, 1);
    holdButtons->addWidget(m_releaseLegal, 1, 0);
    holdButtons->addWidget(m_releaseTax, 1, 1);
    orderLayout->addLayout(holdButtons);
    sideLayout->addWidget(m_orderBox);

    m_taxArchiveBox = new QGroupBox(tr("Tax archive"), sideContent);
    m_taxArchiveBox->setObjectName(QStringLiteral("taxArchiveBox"));
    auto* taxLayout = new QVBoxLayout(m_taxArchiveBox);
    m_taxArchiveState = makeParagraph(QString(), m_taxArchiveBox);
    m_taxArchiveState->setObjectName(QStringLiteral("taxArchiveState"));
    taxLayout->addWidget(m_taxArchiveState);
    m_makeTaxArchiveKey = new QPushButton(tr("&Make a tax archive key…"), m_taxArchiveBox);
    m_makeTaxArchiveKey->setObjectName(QStringLiteral("makeTaxArchiveKeyButton"));
    m_makeTaxArchiveKey->setToolTip(
        tr("A key pair for the cold tax archive: DPP Console keeps the public half, "
           "you keep the secret half offline"));
    taxLayout->addWidget(m_makeTaxArchiveKey, 0, Qt::AlignLeft);
    sideLayout->addWidget(m_taxArchiveBox);

    m_periodBox = new QGroupBox(tr("Retention period"), sideContent);
    m_periodBox->setObjectName(QStringLiteral("retentionPeriodBox"));
    auto* periodLayout = new QVBoxLayout(m_periodBox);
    periodLayout->addWidget(makeParagraph(
        tr("Buyers' personal data is purged this many days after the order shipped. The DPP allows at most "
           "30 days, so the period can only be shortened below that, never made longer. Every due date is "
           "recomputed when you save."),
        m_periodBox));
    auto* periodRow = new QHBoxLayout;
    m_period = new QSpinBox(m_periodBox);
    m_period->setObjectName(QStringLiteral("retentionPeriodSpin"));
    m_period->setRange(RetentionRules::MinimumPeriodDays, RetentionRules::DefaultPeriodDays);
    m_period->setSuffix(tr(" days after shipment"));
    connect(m_period, &QSpinBox::valueChanged, this, [this](int days) {
        m_period->setSuffix(days == 1 ? tr(" day after shipment") : tr(" days after shipment"));
    });
    m_savePeriod = new QPushButton(tr("&Save period"), m_periodBox);
    m_savePeriod->setObjectName(QStringLiteral("saveRetentionPeriodButton"));
    periodRow->addWidget(m_period);
    periodRow->addWidget(m_savePeriod);
    periodRow->addStretch(1);
    periodLayout->addLayout(periodRow);
    sideLayout->addWidget(m_periodBox);

    m_minimisationBox = new QGroupBox(tr("Data minimisation"), sideContent);
    m_minimisationBox->setObjectName(QStringLiteral("dataMinimisationBox"));
    auto* minimisationLayout = new QVBoxLayout(m_minimisationBox);
    minimisationLayout->addWidget(makeParagraph(
        tr("Ticked fields are left out when orders are imported: they never reach the database. Leave "
           "out what your work does not need. Orders imported before keep what they have."),
        m_minimisationBox));
    m_omitted = new QListWidget(m_minimisationBox);
    m_omitted->setObjectName(QStringLiteral("omittedFieldsList"));
    m_omitted->setMinimumHeight(m_omitted->fontMetrics().height() * 10);
    for (PiiField field : PiiFields::all()) {
        auto* item = new QListWidgetItem(PiiFields::displayName(field), m_omitted);
        item->setData(Qt::UserRole, PiiFields::name(field));
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    minimisationLayout->addWidget(m_omitted);
    m_saveOmitted = new QPushButton(tr("Save &fields left out"), m_minimisationBox);
    m_saveOmitted->setObjectName(QStringLiteral("saveOmittedFieldsButton"));
    minimisationLayout->addWidget(m_saveOmitted, 0, Qt::AlignLeft);
    sideLayout->addWidget(m_minimisationBox);
    sideLayout->addStretch(1);
    side->setWidget(sideContent);
    layout->addWidget(side);

    connect(m_tiles, &QButtonGroup::idClicked, this,
            [this](int id) { showList(static_cast<RetentionList>(id)); });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &RetentionView::selectionChanged);
    connect(m_model, &QAbstractItemModel::modelReset, this, &RetentionView::selectionChanged);
    connect(m_model, &RetentionListModel::errorOccurred, this,
            [this](const QString& message) { showMessage(InlineMessage::Kind::Error, message); });
    connect(m_placeLegal, &QPushButton::clicked, this, [this] { placeHold(HoldKind::Legal); });
    connect(m_placeTax, &QPushButton::clicked, this, [this] { placeHold(HoldKind::Tax); });
    connect(m_releaseLegal, &QPushButton::clicked, this, [this] { releaseHold(HoldKind::Legal); });
    connect(m_releaseTax, &QPushButton::clicked, this, [this] { releaseHold(HoldKind::Tax); });
    connect(m_savePeriod, &QPushButton::clicked, this, &RetentionView::savePeriod);
    connect(m_saveOmitted, &QPushButton::clicked, this, &RetentionView::saveOmittedFields);
    connect(m_purgeDue, &QPushButton::clicked, this, &RetentionView::purgeAllDue);
    connect(m_makeTaxArchiveKey, &QPushButton::clicked, this, &RetentionView::makeTaxArchiveKey);
    m_tileButtons.at(RetentionList::Overdue)->setChecked(true);
    clear();
}

void RetentionView::load(Vault* vault)
{
    m_vault = vault;
    m_canManage = vault->session().can(Permission::RetentionManage);
    m_canPurge = vault->session().can(Permission::PurgeExecute);
    m_message->clearMessage();
    m_purgeResult->clear();
    m_periodBox->setVisible(m_canManage);
    m_minimisationBox->setVisible(m_canManage);
    m_taxArchiveBox->setVisible(m_canManage);
    refresh();
}

void RetentionView::refresh()
{
    if (!m_vault)
        return;
    const QString keep = m_shownOrderId;
    refreshCounts();
    refreshSettings();
    const int checked = m_tiles->checkedId();
    m_model->setList(m_vault, checked < 0 ? RetentionList::Overdue : static_cast<RetentionList>(checked));
    m_listTitle->setText(listTitle(m_model->list()));
    if (!keep.isEmpty())
        selectOrder(keep);
}

void RetentionView::refreshCounts()
{
    Retention retention(*m_vault);
    Result<RetentionCounts> counts = retention.counts();
    if (!counts) {
        showMessage(InlineMessage::Kind::Error, counts.error().message());
        m_counts = {};
    } else {
        m_counts = counts.value();
    }
    const QLocale locale;
    auto setTile = [&](RetentionList which, qint64 count, const QString& caption,
                       OrdersModel::DueState state) {
        QPushButton* tile = m_tileButtons.at(which);
        tile->setText(QStringLiteral("%1\n%2").arg(locale.toString(count), caption));
        tile->setAccessibleName(tr("%1: %2", "tile caption, count").arg(caption, locale.toString(count)));
        const QColor color = count > 0 ? OrdersModel::dueColor(state) : QColor();
        tile->setStyleSheet(
            color.isValid()
                ? QStringLiteral("QPushButton { color: %1; font-weight: bold; }").arg(color.name())
                : QString());
    };
    setTile(RetentionList::Overdue, m_counts.overdue, tr("Overdue"), OrdersModel::DueState::Overdue);
    setTile(RetentionList::DueWithin7Days, m_counts.dueWithin7Days, tr("Due within 7 days"),
            OrdersModel::DueState::Soon);
    setTile(RetentionList::OnHold, m_counts.onHold, tr("On hold"), OrdersModel::DueState::NoDueDate);
    setTile(RetentionList::NeedsReview, m_counts.needsReview, tr("Needs review"),
            OrdersModel::DueState::Soon);
    updatePurgeButton();
}

void RetentionView::updatePurgeButton()
{
    m_purgeDue->setVisible(m_vault && m_canPurge);
    const bool due = m_counts.overdue > 0;
    m_purgeDue->setEnabled(due);
    // Qt shows a disabled button's tooltip too: it says why there is nothing to press.
    m_purgeDue->setToolTip(
        due ? tr("Destroy the buyer data of every order past its due date (orders on legal hold are left "
                 "out), then write a certificate of sanitization")
            : tr("Nothing is due: no order's buyer data is past its due date"));
}

void RetentionView::refreshSettings()
{
    if (!m_canManage)
        return;
    refreshTaxArchive();
    Retention retention(*m_vault);
    Result<int> days = retention.periodDays();
    if (days)
        m_period->setValue(days.value());
    else
        showMessage(InlineMessage::Kind::Error, days.error().message());
    OrderStore store(*m_vault);
    Result<std::set<PiiField>> omitted = store.omittedFields();
    if (!omitted) {
        showMessage(InlineMessage::Kind::Error, omitted.error().message());
        return;
    }
    for (int i = 0; i < m_omitted->count(); ++i) {
        QListWidgetItem* item = m_omitted->item(i);
        const std::optional<PiiField> field = PiiFields::fromName(item->data(Qt::UserRole).toString());
        item->setCheckState(field && omitted->contains(*field) ? Qt::Checked : Qt::Unchecked);
    }
}

void RetentionView::showList(RetentionList which)
{
    if (QPushButton* tile = m_tileButtons.contains(which) ? m_tileButtons.at(which) : nullptr)
        tile->setChecked(true);
    if (!m_vault)
        return;
    m_model->setList(m_vault, which);
    m_listTitle->setText(listTitle(which));
}

bool RetentionView::selectOrder(const QString& orderId)
{
    const int row = m_model->rowOf(orderId);
    if (row < 0)
        return false;
    m_table->selectRow(row);
    return true;
}

QString RetentionView::selectedOrderId() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : rows.first().data(RetentionListModel::OrderIdRole).toString();
}

void RetentionView::selectionChanged()
{
    showHolds(selectedOrderId());
}

void RetentionView::showHolds(const QString& orderId)
{
    m_shownOrderId = orderId;
    const bool shown = !orderId.isEmpty() && m_vault;
    m_orderBox->setVisible(true);
    for (QPushButton* button : {m_placeLegal, m_placeTax, m_releaseLegal, m_releaseTax})
        button->setVisible(shown && m_canManage);
    if (!shown) {
        m_orderTitle->setText(tr("No order chosen"));
        m_holdDetails->setText(tr("Choose an order in the list to see its holds."));
        return;
    }
    m_orderTitle->setText(tr("Order %1").arg(orderId));
    Retention retention(*m_vault);
    Result<QList<Hold>> holds = retention.holds(orderId);
    if (!holds) {
        m_holdDetails->setText(holds.error().message());
        return;
    }
    const QLocale locale;
    QStringList active;
    int released = 0;
    bool legal = false;
    bool tax = false;
    for (const Hold& hold : holds.value()) {
        if (!hold.active()) {
            ++released;
            continue;
        }
        (hold.kind == HoldKind::Legal ? legal : tax) = true;
        QString text
            = tr("%1: %2", "hold kind: reason").arg(Retention::holdKindDisplayName(hold.kind), hold.reason);
        if (hold.reviewDate.isValid())
            text += QLatin1Char('\n')
                + tr("Review by %1.").arg(locale.toString(hold.reviewDate, QLocale::LongFormat));
        text += QLatin1Char('\n') + tr("Set by %1 on %2.").arg(hold.setBy, OrdersModel::timeText(hold.setAt));
        active << text;
    }
    QString details = active.isEmpty() ? tr("Not on hold.") : active.join(QStringLiteral("\n\n"));
    if (released > 0)
        details += QStringLiteral("\n\n")
            + (released == 1 ? tr("1 earlier hold was released.")
                             : tr("%1 earlier holds were released.").arg(locale.toString(released)));
    m_holdDetails->setText(details);
    m_placeLegal->setEnabled(!legal);
    m_placeTax->setEnabled(!tax);
    m_releaseLegal->setEnabled(legal);
    m_releaseTax->setEnabled(tax);
}

void RetentionView::showMessage(InlineMessage::Kind kind, const QString& text)
{
    m_message->showMessage(kind, text);
}

void RetentionView::finished(const QString& orderId, const QString& success)
{
    refresh();
    if (!selectOrder(orderId))
        showHolds(orderId); // it left the list (a hold took it off "Overdue"): its holds still show
    showMessage(InlineMessage::Kind::Success, success);
    emit retentionChanged();
}

void RetentionView::placeHold(HoldKind kind)
{
    const QString orderId = m_shownOrderId;
    if (!m_vault || orderId.isEmpty() || !m_canManage)
        return;
    auto* dialog = new HoldDialog(orderId, kind, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QPointer<HoldDialog> guard(dialog);
    connect(dialog, &ActionDialog::submitted, this, [this, guard, orderId, kind] {
        if (!guard || !m_vault)
            return;
        const QString reason = guard->reason();
        const QDate review = guard->reviewDate();
        GuardedAction::run(
            guard, m_vault, GuardedAction::Where::GuiThread, GuardedAction::StepUp::WhenAsked,
            [vault = m_vault, orderId, kind, reason, review] {
                Retention retention(*vault);
                return retention.placeHold(orderId, kind, reason, review);
            },
            [this, guard, orderId, kind](const Result<void>& result) {
                if (!result) {
                    if (guard)
                        guard->showError(result.error().message());
                    else
                        showMessage(InlineMessage::Kind::Error, result.error().message());
                    return;
                }
                if (guard)
                    guard->succeed();
                finished(orderId,
                         kind == HoldKind::Legal
                             ? tr("Order %1 is on legal hold; its retention clock has stopped.").arg(orderId)
                             : tr("Order %1 is on tax hold.").arg(orderId));
            });
    });
    connect(dialog, &QDialog::finished, this, [this] { window()->activateWindow(); });
    dialog->open();
}

void RetentionView::releaseHold(HoldKind kind)
{
    const QString orderId = m_shownOrderId;
    if (!m_vault || orderId.isEmpty() || !m_canManage)
        return;
    auto* question
        = new QMessageBox(QMessageBox::Question, tr("Release hold"),
                          kind == HoldKind::Legal ? tr("Release the legal hold on order %1?").arg(orderId)
                                                  : tr("Release the tax hold on order %1?").arg(orderId),
                          QMessageBox::NoButton, this);
    question->setObjectName(QStringLiteral("releaseHoldConfirmation"));
    question->setInformativeText(
        kind == HoldKind::Legal ? tr("The retention clock runs again; the time on hold moves the due date "
                                     "on. Personal data already past it is purged at the next purge.")
                                : tr("The invoice fields are no longer kept for tax when the order is "
                                     "purged."));
    QPushButton* release = question->addButton(tr("&Release hold"), QMessageBox::AcceptRole);
    release->setObjectName(QStringLiteral("confirmReleaseHoldButton"));
    QPushButton* cancel = question->addButton(tr("Cancel"), QMessageBox::RejectRole);
    question->setDefaultButton(cancel);
    question->setEscapeButton(cancel);
    question->setAttribute(Qt::WA_DeleteOnClose);
    connect(question, &QMessageBox::buttonClicked, this,
            [this, release, orderId, kind](QAbstractButton* button) {
                if (button != release || !m_vault)
                    return;
                QMetaObject::invokeMethod(
                    this,
                    [this, orderId, kind] {
                        if (!m_vault)
                            return;
                        GuardedAction::run(
                            this, m_vault, GuardedAction::Where::GuiThread, GuardedAction::StepUp::WhenAsked,
                            [vault = m_vault, orderId, kind] {
                                return Retention(*vault).releaseHold(orderId, kind);
                            },
                            [this, orderId, kind](const Result<void>& result) {
                                if (!result) {
                                    showMessage(InlineMessage::Kind::Error, result.error().message());
                                    return;
                                }
                                finished(orderId,
                                         kind == HoldKind::Legal
                                             ? tr("The legal hold on order %1 was released.").arg(orderId)
                                             : tr("The tax hold on order %1 was released.").arg(orderId));
                            });
                    },
                    Qt::QueuedConnection);
            });
    connect(question, &QDialog::finished, this, [this] { window()->activateWindow(); });
    question->open();
}

void RetentionView::savePeriod()
{
    if (!m_vault || !m_canManage)
        return;
    const int days = m_period->value();
    GuardedAction::run(
        this, m_vault, GuardedAction::Where::GuiThread, GuardedAction::StepUp::WhenAsked,
        [vault = m_vault, days] { return Retention(*vault).setPeriodDays(days); },
        [this, days](const Result<void>& result) {
            if (!result) {
                showMessage(InlineMessage::Kind::Error, result.error().message());
                refreshSettings();
                return;
            }
            refresh();
            showMessage(InlineMessage::Kind::Success,
                        days == 1 ? tr("Personal data is now kept 1 day after shipment; every due date was "
                                       "recomputed.")
                                  : tr("Personal data is now kept %1 days after shipment; every due date was "
                                       "recomputed.")
                                        .arg(QLocale().toString(days)));
            emit retentionChanged();
        });
}

void RetentionView::saveOmittedFields()
{
    if (!m_vault || !m_canManage)
        return;
    std::set<PiiField> fields;
    for (int i = 0; i < m_omitted->count(); ++i) {
        QListWidgetItem* item = m_omitted->item(i);
        if (item->checkState() != Qt::Checked)
            continue;
        if (const std::optional<PiiField> field = PiiFields::fromName(item->data(Qt::UserRole).toString()))
            fields.insert(*field);
    }
    GuardedAction::run(
        this, m_vault, GuardedAction::Where::GuiThread, GuardedAction::StepUp::WhenAsked,
        [vault = m_vault, fields] { return OrderStore(*vault).setOmittedFields(fields); },
        [this, count = fields.size()](const Result<void>& result) {
            if (!result) {
                showMessage(InlineMessage::Kind::Error, result.error().message());
                refreshSettings();
                return;
            }
            showMessage(InlineMessage::Kind::Success,
                        count == 0       ? tr("Every field is imported again from the next import.")
                            : count == 1 ? tr("From the next import, 1 field is left out.")
                                         : tr("From the next import, %1 fields are left out.")
                                               .arg(QLocale().toString(static_cast<qint64>(count))));
        });
}

void RetentionView::refreshTaxArchive()
{
    const Result<std::optional<TaxArchiveKey>> key = TaxArchive(*m_vault).currentKey();
    if (!key) {
        m_taxArchiveState->setText(key.error().message());
        return;
    }
    if (!key->has_value()) {
        m_taxArchiveState->setText(tr(
            "No tax archive key yet. Orders on a tax hold keep their invoice fields in a sealed archive file "
            "for offline storage before their buyer data is purged; until a key exists they stay past their "
            "due date."));
        m_makeTaxArchiveKey->setText(tr("&Make a tax archive key…"));
        return;
    }
    const QLocale locale;
    m_taxArchiveState->setText(
        tr("Archives are sealed to the key %1, made %2. Move each archive file from the tax-archive folder "
           "beside the database to offline storage.")
            .arg(key->value().fingerprint,
                 locale.toString(key->value().createdAt.toLocalTime().date(), QLocale::ShortFormat)));
    m_makeTaxArchiveKey->setText(tr("&Replace the tax archive key…"));
}

void RetentionView::makeTaxArchiveKey()
{
    if (!m_vault || !m_canManage || VaultJobs::isBusy())
        return;
    const Result<std::optional<TaxArchiveKey>> current = TaxArchive(*m_vault).currentKey();
    auto* question = new QMessageBox(QMessageBox::Question, tr("Tax archive key"),
                                     current && current->has_value() ? tr("Replace the tax archive key?")
                                                                     : tr("Make a tax archive key?"),
                                     QMessageBox::NoButton, this);
    question->setObjectName(QStringLiteral("taxArchiveKeyQuestion"));
    question->setInformativeText(
        (current && current->has_value() ? tr("Archives written from now on are sealed to the new key; those "
                                              "written before still need the "
                                              "old one, so keep it.")
                 + QStringLiteral("\n\n")
                                         : QString())
        + tr("The key is shown once. Have paper or an offline place ready to store it. You will be asked for "
             "your password again."));
    QPushButton* make = question->addButton(tr("&Make key"), QMessageBox::AcceptRole);
    make->setObjectName(QStringLiteral("confirmTaxArchiveKeyButton"));
    QPushButton* cancel = question->addButton(tr("Cancel"), QMessageBox::RejectRole);
    GuardedAction::confirmThenStepUp(
        this, [this] { return m_vault; }, question, make, cancel,
        [this] {
            auto made = TaxArchive(*m_vault).createKey();
            if (!made) {
                showMessage(InlineMessage::Kind::Error, made.error().message());
                return;
            }
            refreshTaxArchive();
            const Result<std::optional<TaxArchiveKey>> key = TaxArchive(*m_vault).currentKey();
            auto* dialog = new TaxArchiveKeyDialog(
                std::move(made).value(), key && key->has_value() ? key->value().fingerprint : QString(),
                this);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            dialog->setWindowModality(Qt::WindowModal);
            dialog->open();
        });
}

void RetentionView::purgeAllDue()
{
    if (!m_vault || !m_canPurge || VaultJobs::isBusy())
        return;
    m_message->clearMessage();
    PurgeEngine engine(*m_vault);
    const Result<QStringList> due = engine.dueOrders();
    if (!due) {
        showMessage(InlineMessage::Kind::Error, due.error().message());
        return;
    }
    const int count = static_cast<int>(due->size());
    if (count == 0) {
        refresh(); // the tile said otherwise: show what is true now
        showMessage(InlineMessage::Kind::Info, tr("Nothing is due: no order was purged."));
        return;
    }
    const QLocale locale;
    QString oldest;
    if (const Result<OrderDetail> first = OrderStore(*m_vault).detail(due->first());
        first && first->summary.due.isValid())
        oldest = locale.toString(first->summary.due.toLocalTime().date(), QLocale::LongFormat);

    auto* question = new QMessageBox(
        QMessageBox::Warning, tr("Purge all due"),
        count == 1 ? tr("Purge the buyer data of 1 order past its due date?")
                   : tr("Purge the buyer data of %1 orders past their due date?").arg(locale.toString(count)),
        QMessageBox::NoButton, this);
    question->setObjectName(QStringLiteral("purgeConfirmation"));
    QString details;
    if (!oldest.isEmpty())
        details += tr("The oldest has been due since %1.").arg(oldest) + QStringLiteral("\n\n");
    details += tr("Purging destroys their buyer data for good: each order's data key is erased and its "
                  "rows are overwritten, so it cannot be undone. The order facts (number, dates, status, "
                  "items) stay. A certificate of sanitization is written for your records.")
        + QStringLiteral("\n\n")
        + tr("Orders on legal hold are left out. Orders on tax hold first have their invoice fields sealed "
             "into "
             "the tax archive; without a tax archive key they are left out too. You will be asked for your "
             "password again.");
    question->setInformativeText(details);
    QPushButton* purge = question->addButton(count == 1 ? tr("&Purge 1 order")
                                                        : tr("&Purge %1 orders").arg(locale.toString(count)),
                                             QMessageBox::DestructiveRole);
    purge->setObjectName(QStringLiteral("confirmPurgeButton"));
    QPushButton* cancel = question->addButton(tr("Cancel"), QMessageBox::RejectRole);
    cancel->setObjectName(QStringLiteral("cancelPurgeButton"));
    // purge.execute needs step-up (Vault::authorizeGuarded): asked first, so that the progress
    // dialog opens only for a run that can start.
    GuardedAction::confirmThenStepUp(
        this, [this] { return m_vault; }, question, purge, cancel, [this, count] { startPurge(count); });
}

void RetentionView::startPurge(int expected)
{
    if (!m_vault || VaultJobs::isBusy())
        return;
    auto cancelled = std::make_shared<std::atomic_bool>(false);
    auto committed = std::make_shared<bool>(false); // GUI thread only: the last order is in
    auto* progress = new JobProgressDialog(QString(), tr("Cancel"), 0, 1000, this);
    progress->setObjectName(QStringLiteral("purgeProgress"));
    // The labels are sentences: wrapped, not cut off at the dialog's edge.
    auto* label = new QLabel(progress);
    label->setWordWrap(true);
    progress->setLabel(label);
    progress->setLabelText(
        tr("Orders to purge: %1. Erasing their data keys and overwriting their buyer data…")
            .arg(QLocale().toString(expected)));
    progress->setWindowTitle(tr("Purge all due"));
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(0);
    progress->setMinimumWidth(progress->fontMetrics().averageCharWidth() * 60);
    progress->setAutoClose(false);
    progress->setAutoReset(false);
    progress->setAttribute(Qt::WA_DeleteOnClose);
    // Cancel must not hide the dialog: the job goes on until its next progress report, and the
    // window stays modal (the vault is the job's) until the result is in.
    // QProgressDialog connects them by name; only a disconnect by name undoes it.
    QObject::disconnect(progress, SIGNAL(canceled()), progress, SLOT(cancel()));
    QPointer<QProgressDialog> guard(progress);
    connect(progress, &QProgressDialog::canceled, this, [guard, cancelled, committed] {
        if (*committed || !guard)
            return;
        *cancelled = true;
        guard->setLabelText(tr("Cancelling: nothing will be purged…"));
        if (auto* button = guard->findChild<QPushButton*>())
            button->setEnabled(false);
    });
    progress->setValue(0);
    progress->show();

    auto outcome = std::make_shared<std::optional<PurgeRun>>();
    auto certificate = std::make_shared<std::optional<Result<QString>>>();
    QPointer<RetentionView> self(this);
    auto report = [self, guard, committed](qint64 done, qint64 total) {
        if (!guard || !self)
            return;
        if (done >= total) {
            // Committed: what is left (VACUUM, checkpoint, reading every page back, the
            // certificate) takes a while and cannot be cancelled any more.
            *committed = true;
            guard->setLabelText(tr("Orders purged: %1. Compacting the database and reading every page back "
                                   "to check that nothing is left; then the certificate is written…")
                                    .arg(QLocale().toString(total)));
            if (auto* button = guard->findChild<QPushButton*>())
                button->setEnabled(false);
            guard->setRange(0, 0);
            return;
        }
        guard->setLabelText(tr("Erasing the data keys and overwriting the buyer data: %1 of %2 orders…")
                                .arg(QLocale().toString(done), QLocale().toString(total)));
        guard->setValue(total > 0 ? static_cast<int>(std::min<qint64>(1000, done * 1000 / total)) : 0);
    };
    GuardedAction::run(
        progress, m_vault, GuardedAction::Where::Background, GuardedAction::StepUp::WhenAsked,
        [vault = m_vault, cancelled, outcome, certificate, self, report]() -> Result<void> {
            PurgeEngine engine(*vault);
            PurgeRequest request;
            request.reason = PurgeReason::Due;
            Result<PurgeRun> run
                = engine.purge(request, [cancelled, self, report](qint64 done, qint64 total) {
                      // The dialog lives on the GUI thread: the report goes there queued.
                      if (self)
                          QMetaObject::invokeMethod(
                              self.data(), [report, done, total] { report(done, total); },
                              Qt::QueuedConnection);
                      return !cancelled->load();
                  });
            if (!run)
                return run.error();
            // The certificate in the same job (it writes the audit log: the vault is the job's), and
            // never the call's result: GuardedAction would run the purge again on its error.
            if (run->runId > 0)
                *certificate = engine.certify(run.value());
            *outcome = std::move(run).value();
            return success();
        },
        [this, guard, cancelled, outcome, certificate](const Result<void>& result) {
            if (guard)
                guard->close();
            refresh();
            emit retentionChanged();
            if (!result) {
                if (result.error().code() == ErrorCode::Cancelled)
                    showMessage(
                        InlineMessage::Kind::Warning,
                        tr("The purge was cancelled before anything was committed: nothing was purged."));
                else
                    showMessage(InlineMessage::Kind::Error, result.error().message());
                return;
            }
            const PurgeRun& run = outcome->value();
            if (!run.taxHeldLeft.isEmpty())
                showMessage(
                    InlineMessage::Kind::Warning,
                    tr("Orders on tax hold left out, still due: %1. Their invoice fields go to the tax "
                       "archive first, which needs a tax archive key (Tax archive, on the right) and your "
                       "PII key with PII access on.")
                        .arg(run.taxHeldLeft.join(QStringLiteral(", "))));
            if (run.runId == 0) {
                if (run.taxHeldLeft.isEmpty())
                    showMessage(InlineMessage::Kind::Info,
                                tr("Nothing was due when the purge ran: no order was purged."));
                return;
            }
            const Result<QString>& certified = certificate->value();
            m_purgeResult->showRun(run, certified ? certified.value() : QString(),
                                   certified ? QString() : certified.error().message());
            if (*cancelled)
                showMessage(InlineMessage::Kind::Warning,
                            tr("Cancel came too late: the purge had already been committed."));
        },
        [guard] {
            if (guard)
                guard->close();
        });
}

void RetentionView::clear()
{
    GuardedAction::closeDialogs(this); // the hold dialogs, the questions, the purge's progress
    m_vault = nullptr;
    m_canManage = false;
    m_canPurge = false;
    m_purgeDue->setVisible(false);
    m_purgeResult->clear();
    m_counts = {};
    m_model->clear();
    m_message->clearMessage();
    for (auto& [which, tile] : m_tileButtons) {
        tile->setText(QString());
        tile->setStyleSheet(QString());
    }
    m_listTitle->clear();
    m_shownOrderId.clear();
    m_orderTitle->clear();
    m_holdDetails->clear();
    for (QPushButton* button : {m_placeLegal, m_placeTax, m_releaseLegal, m_releaseTax})
        button->setVisible(false);
    m_periodBox->setVisible(false);
    m_minimisationBox->setVisible(false);
    m_taxArchiveBox->setVisible(false);
    m_taxArchiveState->clear();
    for (int i = 0; i < m_omitted->count(); ++i)
        m_omitted->item(i)->setCheckState(Qt::Unchecked);
}

} // namespace dpp::ui
