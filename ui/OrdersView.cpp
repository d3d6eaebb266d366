// OrdersView: see the header. Filters apply as they change (the order-number field after a short
// pause in typing). Revealed values live only in m_revealed and the value labels; hiding them puts
// the masked text back and overwrites our copies (best effort: QLabel's text layout may keep one).
#include "OrdersView.h"

#include "GuardedAction.h"
#include "PageLayout.h"
#include "RevealDialog.h"
#include "VaultJob.h"
#include "models/OrdersModel.h"
#include "retention/Retention.h"
#include "vault/Vault.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDateEdit>
#include <QFileDialog>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMimeData>
#include <QProgressDialog>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QStandardPaths>
#include <QStyle>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>
#include <atomic>
#include <memory>

namespace dpp::ui {

namespace {

//! Overwrites a string we own before it goes (it may be shared: then only our reference goes).
void wipeString(QString& text)
{
    text.fill(QLatin1Char('0'));
    text.clear();
}

QString timeOfDay(const QDateTime& at)
{
    return QLocale().toString(at.toLocalTime().time(), QLocale::ShortFormat);
}

} // namespace

OrdersView::OrdersView(QWidget* parent)
    : QWidget(parent)
    , m_model(new OrdersModel(systemClock(), this))
{
    setObjectName(QStringLiteral("ordersView"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 16);
    layout->setSpacing(12);
    layout->addWidget(makeTitle(tr("Orders"), this));

    // The filter bar.
    auto* bar = new QGridLayout;
    bar->setHorizontalSpacing(8);
    bar->setVerticalSpacing(6);
    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("ordersStatusCombo"));
    m_status->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_period = new QComboBox(this);
    m_period->setObjectName(QStringLiteral("ordersPeriodCombo"));
    m_period->addItem(tr("Any time"), QVariant::fromValue(Period::All));
    m_period->addItem(tr("Last 7 days"), QVariant::fromValue(Period::LastWeek));
    m_period->addItem(tr("Last 30 days"), QVariant::fromValue(Period::LastMonth));
    m_period->addItem(tr("Last 90 days"), QVariant::fromValue(Period::Last90Days));
    m_period->addItem(tr("Custom range"), QVariant::fromValue(Period::Custom));
    m_from = new QDateEdit(QDate::currentDate().addDays(-30), this);
    m_from->setObjectName(QStringLiteral("ordersFromEdit"));
    m_to = new QDateEdit(QDate::currentDate(), this);
    m_to->setObjectName(QStringLiteral("ordersToEdit"));
    for (QDateEdit* edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
        edit->setEnabled(false);
    }
    m_marketplace = new QComboBox(this);
    m_marketplace->setObjectName(QStringLiteral("ordersMarketplaceCombo"));
    m_marketplace->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_prefix = new QLineEdit(this);
    m_prefix->setObjectName(QStringLiteral("ordersIdPrefixEdit"));
    m_prefix->setPlaceholderText(tr("Starts with, e.g. 902-"));
    m_prefix->setClearButtonEnabled(true);
    m_prefix->setMinimumWidth(m_prefix->fontMetrics().horizontalAdvance(QStringLiteral("999-0000000-0000000"))
                              + 40);
    auto addField = [&](int row, int column, const QString& caption, QWidget* field) {
        auto* label = new QLabel(caption, this);
        label->setBuddy(field);
        bar->addWidget(label, row, column * 2, Qt::AlignRight | Qt::AlignVCenter);
        bar->addWidget(field, row, column * 2 + 1);
    };
    addField(0, 0, tr("&Status:"), m_status);
    addField(0, 1, tr("&Purchased:"), m_period);
    addField(0, 2, tr("&From:"), m_from);
    addField(0, 3, tr("&To:"), m_to);
    addField(1, 0, tr("&Marketplace:"), m_marketplace);
    addField(1, 1, tr("&Order number:"), m_prefix);
    bar->setColumnStretch(8, 1);
    layout->addLayout(bar);

    m_message = new InlineMessage(this);
    m_message->setObjectName(QStringLiteral("ordersMessage"));
    layout->addWidget(m_message);

    auto* countRow = new QHBoxLayout;
    countRow->setSpacing(12);
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("ordersCountLabel"));
    countRow->addWidget(m_count);
    m_scopeNote = new QLabel(tr("Only orders waiting to be shipped are shown to your role."), this);
    m_scopeNote->setObjectName(QStringLiteral("ordersScopeNote"));
    m_scopeNote->setVisible(false);
    countRow->addWidget(m_scopeNote, 1);
    countRow->addStretch(0);
    m_import = new QPushButton(tr("&Import…"), this);
    m_import->setObjectName(QStringLiteral("ordersImportButton"));
    m_import->setToolTip(tr("Read SP-API order files (JSON) or flat-file order reports (TSV, TXT, CSV). "
                            "Orders already here are updated, never duplicated."));
    m_import->setVisible(false);
    countRow->addWidget(m_import);
    layout->addLayout(countRow);

    m_busyRow = makeBusyRow(QString(), this);
    m_busyRow->setObjectName(QStringLiteral("ordersBusy"));
    m_busyText = m_busyRow->findChild<QLabel*>();
    layout->addWidget(m_busyRow);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("ordersSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_table = makeRecordTable(m_model, QAbstractItemView::SingleSelection, m_splitter);
    m_table->setObjectName(QStringLiteral("ordersTable"));
    // Fixed row heights and column widths: ResizeToContents would read every row of a million.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_table->setTextElideMode(Qt::ElideRight);
    QHeaderView* header = m_table->horizontalHeader();
    header->setSectionsClickable(true);
    header->setSortIndicatorShown(true);
    header->setSortIndicator(OrdersModel::PurchasedColumn, Qt::DescendingOrder);
    header->setStretchLastSection(true);
    {
        // Widths from the longest text a column can show, not ResizeToContents (that would read
        // rows), and tight: ten columns and the detail pane share a 1280-pixel window.
        const QFontMetrics metrics = m_table->fontMetrics();
        const int padding = metrics.horizontalAdvance(QLatin1Char('M'));
        const int arrow = style()->pixelMetric(QStyle::PM_HeaderMarkSize) + padding;
        // Some styles draw the header bold; measured so, a header is never cut.
        QFont headerFont = header->font();
        headerFont.setBold(true);
        const QFontMetrics headerMetrics(headerFont);
        auto widest = [&](int column, const QStringList& samples) {
            int width
                = headerMetrics.horizontalAdvance(m_model->headerData(column, Qt::Horizontal).toString())
                + padding + (OrdersModel::isSortable(column) ? arrow : 0);
            for (const QString& sample : samples)
                width = std::max(width, metrics.horizontalAdvance(sample) + padding);
            m_table->setColumnWidth(column, width);
        };
        const QDateTime sampleTime(QDate(2026, 12, 28), QTime(23, 58));
        widest(OrdersModel::OrderIdColumn, {QStringLiteral("999-0000000-0000000")});
        widest(OrdersModel::PurchasedColumn, {OrdersModel::timeText(sampleTime)});
        QStringList statuses;
        for (const QString& status : OrderStatus::all())
            statuses << OrdersModel::statusText(status);
        widest(OrdersModel::StatusColumn, statuses);
        widest(OrdersModel::ChannelColumn, {QStringLiteral("Amazon.co.uk")});
        widest(OrdersModel::BuyerColumn, {QStringLiteral("D*** B*** 0***")});
        widest(OrdersModel::TotalColumn,
               {OrdersModel::totalText(QStringLiteral("1234.56"), QStringLiteral("EUR"))});
        widest(OrdersModel::ShippingColumn,
               {tr("by %1", "ship by a date").arg(OrdersModel::dateText(sampleTime))});
        QFont bold = m_table->font();
        bold.setBold(true);
        m_table->setColumnWidth(
            OrdersModel::DueColumn,
            std::max(QFontMetrics(bold).horizontalAdvance(
                         OrdersModel::countdownText(sampleTime.addDays(-29), sampleTime, false, false))
                         + padding,
                     headerMetrics.horizontalAdvance(
                         m_model->headerData(OrdersModel::DueColumn, Qt::Horizontal).toString())
                         + padding + arrow));
        QStringList bases;
        for (DueBasis basis : {DueBasis::ShipTime, DueBasis::LatestShipDate, DueBasis::Cancelled,
                               DueBasis::AwaitingShipment, DueBasis::Incomplete})
            bases << RetentionRules::basisDisplayName(basis);
        widest(OrdersModel::BasisColumn, bases);
        widest(OrdersModel::HoldColumn, {OrdersModel::holdText(QStringLiteral("legal,tax"))});
    }
    // The countdown is what this console is for: it comes right after the status, before the
    // columns that a narrow window scrolls to (the model keeps the documented order).
    header->moveSection(header->visualIndex(OrdersModel::DueColumn), OrdersModel::StatusColumn + 1);
    m_splitter->addWidget(m_table);

    // The detail pane.
    auto* detailScroll = new QScrollArea(m_splitter);
    m_detailScroll = detailScroll;
    detailScroll->setObjectName(QStringLiteral("orderDetailScroll"));
    detailScroll->setWidgetResizable(true);
    detailScroll->setFrameShape(QFrame::StyledPanel);
    // Wrapped values take the pane's width; it never scrolls sideways (a cut-off value or Copy).
    detailScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    detailScroll->setMinimumWidth(300);
    m_detail = new QWidget(detailScroll);
    m_detail->setObjectName(QStringLiteral("orderDetail"));
    auto* detailLayout = new QVBoxLayout(m_detail);
    detailLayout->setContentsMargins(14, 12, 14, 12);
    detailLayout->setSpacing(10);
    m_detailTitle = new QLabel(m_detail);
    m_detailTitle->setObjectName(QStringLiteral("orderDetailTitle"));
    QFont titleFont = m_detailTitle->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_detailTitle->setFont(titleFont);
    m_detailTitle->setTextInteractionFlags(Qt::TextSelectableByMouse);
    detailLayout->addWidget(m_detailTitle);
    m_detailEmpty = makeParagraph(tr("Choose an order to see its details."), m_detail);
    m_detailEmpty->setObjectName(QStringLiteral("orderDetailEmpty"));
    detailLayout->addWidget(m_detailEmpty);

    m_detailBody = new QWidget(m_detail);
    auto* body = new QVBoxLayout(m_detailBody);
    body->setContentsMargins(0, 0, 0, 0);
    body->setSpacing(10);
    auto* facts = new QFormLayout;
    m_factsForm = facts;
    facts->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto addFact = [&](const char* key, const QString& caption) {
        QLabel* value = addValueRow(facts, caption, QStringLiteral("orderFact_") + QLatin1String(key));
        m_facts.emplace(QLatin1String(key), value);
    };
    addFact("status", tr("Status:"));
    addFact("purchased", tr("Purchased:"));
    addFact("channel", tr("Sales channel:"));
    addFact("fulfilment", tr("Fulfilled by:"));
    addFact("shipBy", tr("Ship by:"));
    addFact("shipped", tr("Shipped:"));
    addFact("delivery", tr("Delivery:"));
    addFact("total", tr("Total:"));
    addFact("due", tr("PII due for purge:"));
    addFact("basis", tr("Due date basis:"));
    addFact("hold", tr("Hold:"));
    addFact("imported", tr("Imported:"));
    body->addLayout(facts);

    auto* itemsHeading = new QLabel(tr("Items"), m_detailBody);
    QFont headingFont = itemsHeading->font();
    headingFont.setBold(true);
    itemsHeading->setFont(headingFont);
    body->addWidget(itemsHeading);
    m_items = makeParagraph(QString(), m_detailBody);
    m_items->setObjectName(QStringLiteral("orderItems"));
    m_items->setTextInteractionFlags(Qt::TextSelectableByMouse);
    body->addWidget(m_items);

    m_piiBox = new QWidget(m_detailBody);
    m_piiBox->setObjectName(QStringLiteral("orderPiiBox"));
    auto* piiLayout = new QVBoxLayout(m_piiBox);
    piiLayout->setContentsMargins(0, 4, 0, 0);
    piiLayout->setSpacing(8);
    auto* piiHeading = new QLabel(tr("Personal data"), m_piiBox);
    piiHeading->setFont(headingFont);
    piiLayout->addWidget(piiHeading);
    m_piiNote = makeParagraph(QString(), m_piiBox);
    m_piiNote->setObjectName(QStringLiteral("orderPiiNote"));
    piiLayout->addWidget(m_piiNote);
    m_piiGrid = new QGridLayout;
    m_piiGrid->setHorizontalSpacing(10);
    m_piiGrid->setVerticalSpacing(4);
    m_piiGrid->setColumnStretch(1, 1);
    piiLayout->addLayout(m_piiGrid);
    auto* revealRow = new QHBoxLayout;
    m_reveal = new QPushButton(tr("&Reveal…"), m_piiBox);
    m_reveal->setObjectName(QStringLiteral("revealButton"));
    m_reveal->setToolTip(
        tr("Show this order's personal data, with a reason that is recorded in the audit log"));
    m_hide = new QPushButton(tr("&Hide"), m_piiBox);
    m_hide->setObjectName(QStringLiteral("hidePiiButton"));
    m_hide->setVisible(false);
    revealRow->addWidget(m_reveal);
    revealRow->addWidget(m_hide);
    revealRow->addStretch(1);
    piiLayout->addLayout(revealRow);
    m_revealNote = makeParagraph(QString(), m_piiBox);
    m_revealNote->setObjectName(QStringLiteral("revealNote"));
    m_revealNote->setVisible(false);
    piiLayout->addWidget(m_revealNote);
    body->addWidget(m_piiBox);
    detailLayout->addWidget(m_detailBody);
    detailLayout->addStretch(1);
    detailScroll->setWidget(m_detail);
    m_splitter->addWidget(detailScroll);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 0);
    m_splitter->setSizes({800, 330});
    layout->addWidget(m_splitter, 1);

    m_prefixTimer = new QTimer(this);
    m_prefixTimer->setSingleShot(true);
    m_prefixTimer->setInterval(300);
    m_hideTimer = new QTimer(this);
    m_hideTimer->setObjectName(QStringLiteral("revealHideTimer"));
    m_hideTimer->setSingleShot(true);
    m_clipboardTimer = new QTimer(this);
    m_clipboardTimer->setSingleShot(true);

    connect(m_period, &QComboBox::currentIndexChanged, this, &OrdersView::periodChosen);
    for (QDateEdit* edit : {m_from, m_to})
        connect(edit, &QDateEdit::dateChanged, this, &OrdersView::applyFilter);
    for (QComboBox* combo : {m_status, m_marketplace})
        connect(combo, &QComboBox::currentIndexChanged, this, &OrdersView::applyFilter);
    connect(m_prefix, &QLineEdit::textChanged, m_prefixTimer, qOverload<>(&QTimer::start));
    connect(m_prefixTimer, &QTimer::timeout, this, &OrdersView::applyFilter);
    connect(header, &QHeaderView::sectionClicked, this, &OrdersView::headerClicked);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &OrdersView::selectionChanged);
    connect(m_model, &QAbstractItemModel::modelReset, this, &OrdersView::updateCount);
    connect(m_model, &QAbstractItemModel::modelReset, this, &OrdersView::selectionChanged);
    connect(m_model, &OrdersModel::errorOccurred, this,
            [this](const QString& message) { m_message->showMessage(InlineMessage::Kind::Error, message); });
    connect(m_reveal, &QPushButton::clicked, this, &OrdersView::reveal);
    connect(m_hide, &QPushButton::clicked, this, &OrdersView::hideRevealed);
    connect(m_hideTimer, &QTimer::timeout, this, &OrdersView::hideRevealed);
    connect(m_clipboardTimer, &QTimer::timeout, this, &OrdersView::clearClipboardIfOurs);
    connect(m_import, &QPushButton::clicked, this, &OrdersView::importFiles);

    setBusy(false);
    clearDetail();
}

OrdersView::~OrdersView()
{
    hideRevealed();
    clearClipboardIfOurs();
}

void OrdersView::load(Vault* vault)
{
    m_vault = vault;
    m_message->clearMessage();
    const Session& session = vault->session();
    m_canReveal = session.can(Permission::PiiReveal);
    // The warehouse sees only what it picks (the core forces it too).
    m_unshippedOnly = !session.can(Permission::OrdersView);
    m_scopeNote->setVisible(m_unshippedOnly);
    m_import->setVisible(session.can(Permission::OrdersImport));
    {
        const QString chosen = m_status->currentData().toString();
        const QSignalBlocker blocker(m_status);
        m_status->clear();
        m_status->addItem(tr("All statuses"), QString());
        for (const QString& status : OrderStatus::all())
            if (!m_unshippedOnly || OrderStatus::isAwaitingShipment(status))
                m_status->addItem(OrdersModel::statusText(status), status);
        m_status->setCurrentIndex(std::max(0, m_status->findData(chosen)));
    }
    fillMarketplaces();
    periodChosen(); // sets the dates of the quick choice, then reads
}

void OrdersView::fillMarketplaces()
{
    const QString chosen = m_marketplace->currentData().toString();
    const QSignalBlocker blocker(m_marketplace);
    m_marketplace->clear();
    m_marketplace->addItem(tr("All marketplaces"), QString());
    if (!m_vault)
        return;
    OrderStore store(*m_vault);
    Result<QStringList> marketplaces = store.marketplaces();
    if (!marketplaces) {
        m_message->showMessage(InlineMessage::Kind::Error, marketplaces.error().message());
        return;
    }
    for (const QString& marketplace : marketplaces.value())
        m_marketplace->addItem(marketplace, marketplace);
    m_marketplace->setCurrentIndex(std::max(0, m_marketplace->findData(chosen)));
}

void OrdersView::periodChosen()
{
    const auto period = m_period->currentData().value<Period>();
    const QDate today = QDate::currentDate();
    {
        const QSignalBlocker fromBlocker(m_from);
        const QSignalBlocker toBlocker(m_to);
        switch (period) {
        case Period::LastWeek:
            m_from->setDate(today.addDays(-7));
            break;
        case Period::LastMonth:
            m_from->setDate(today.addDays(-30));
            break;
        case Period::Last90Days:
            m_from->setDate(today.addDays(-90));
            break;
        case Period::All:
        case Period::Custom:
            break;
        }
        if (period != Period::Custom)
            m_to->setDate(today);
    }
    m_from->setEnabled(period == Period::Custom);
    m_to->setEnabled(period == Period::Custom);
    applyFilter();
}

OrderFilter OrdersView::currentFilter() const
{
    OrderFilter filter;
    if (const QString status = m_status->currentData().toString(); !status.isEmpty())
        filter.statuses = {status};
    const auto period = m_period->currentData().value<Period>();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    switch (period) {
    case Period::All:
        break;
    case Period::LastWeek:
        filter.purchasedFrom = now.addDays(-7);
        break;
    case Period::LastMonth:
        filter.purchasedFrom = now.addDays(-30);
        break;
    case Period::Last90Days:
        filter.purchasedFrom = now.addDays(-90);
        break;
    case Period::Custom:
        // Whole local days: from the start of the first to the end of the last.
        filter.purchasedFrom = m_from->date().startOfDay().toUTC();
        filter.purchasedTo = m_to->date().addDays(1).startOfDay().toUTC();
        break;
    }
    filter.marketplaceId = m_marketplace->currentData().toString();
    filter.orderIdPrefix = m_prefix->text().trimmed();
    filter.unshippedOnly = m_unshippedOnly;
    return filter;
}

void OrdersView::applyFilter()
{
    if (!m_vault || m_busy)
        return;
    m_prefixTimer->stop();
    m_message->clearMessage();
    m_model->setVault(m_vault, currentFilter());
}

void OrdersView::reload()
{
    if (!m_vault)
        return;
    const QString keep = m_shownOrderId;
    fillMarketplaces();
    m_model->reload();
    if (!keep.isEmpty()) {
        (void)m_model->summary(0); // reads the first page, where a kept order is looked for
        selectOrder(keep);
    }
}

void OrdersView::updateCount()
{
    if (!m_vault) {
        m_count->clear();
        return;
    }
    m_count->setText(OrdersModel::ordersText(m_model->rowCount()));
}

void OrdersView::headerClicked(int column)
{
    QHeaderView* header = m_table->horizontalHeader();
    const int current
        = m_model->sortKey() == OrderSort::DueDate ? OrdersModel::DueColumn : OrdersModel::PurchasedColumn;
    if (!OrdersModel::isSortable(column)) {
        // Only the database's two orders exist; the arrow stays where the rows are sorted.
        header->setSortIndicator(current, m_model->sortOrder());
        return;
    }
    Qt::SortOrder order;
    if (column == current)
        order = m_model->sortOrder() == Qt::AscendingOrder ? Qt::DescendingOrder : Qt::AscendingOrder;
    else // newest purchases first; the soonest due first
        order = column == OrdersModel::PurchasedColumn ? Qt::DescendingOrder : Qt::AscendingOrder;
    header->setSortIndicator(column, order);
    m_model->sort(column, order);
}

bool OrdersView::selectOrder(const QString& orderId)
{
    const int row = m_model->cachedRowOf(orderId);
    if (row < 0) {
        m_table->clearSelection();
        return false;
    }
    m_table->selectRow(row);
    m_table->scrollTo(m_model->index(row, 0));
    return true;
}

void OrdersView::selectionChanged()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    const QString orderId
        = rows.isEmpty() ? QString() : rows.first().data(OrdersModel::OrderIdRole).toString();
    if (orderId == m_shownOrderId && !orderId.isEmpty())
        return;
    // Another order (or none): what was revealed goes at once.
    hideRevealed();
    if (orderId.isEmpty())
        clearDetail();
    else
        showDetail(orderId);
}

void OrdersView::clearDetail()
{
    m_shownOrderId.clear();
    m_shownPii = PiiState::None;
    m_detailTitle->clear();
    m_detailTitle->setVisible(false);
    m_detailEmpty->setVisible(true);
    m_detailBody->setVisible(false);
    for (auto& [key, label] : m_facts)
        label->clear();
    m_items->clear();
    // The grid's widgets go with their rows.
    while (QLayoutItem* item = m_piiGrid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_piiRows.clear();
}

void OrdersView::showDetail(const QString& orderId)
{
    clearDetail();
    if (!m_vault || VaultJobs::isBusy())
        return;
    OrderStore store(*m_vault);
    Result<OrderDetail> detail = store.detail(orderId);
    if (!detail) {
        m_message->showMessage(InlineMessage::Kind::Error, detail.error().message());
        return;
    }
    const OrderSummary& order = detail->summary;
    const QDateTime now = m_vault->clock()();
    m_shownOrderId = order.orderId;
    m_shownPii = order.pii;
    m_detailTitle->setText(tr("Order %1").arg(order.orderId));
    m_detailTitle->setVisible(true);
    m_detailEmpty->setVisible(false);
    m_detailBody->setVisible(true);

    auto setFact = [this](const char* key, const QString& text) {
        QLabel* label = m_facts.at(QLatin1String(key));
        label->setText(text);
        // A fact the order does not have takes no line.
        m_factsForm->setRowVisible(label, !text.isEmpty());
    };
    setFact("status", OrdersModel::statusText(order.status));
    setFact("purchased", OrdersModel::timeText(order.purchaseDate));
    QString channel = order.salesChannel;
    if (!order.marketplaceId.isEmpty())
        channel = channel.isEmpty() ? order.marketplaceId
                                    : tr("%1 (marketplace %2)", "sales channel, marketplace id")
                                          .arg(order.salesChannel, order.marketplaceId);
    setFact("channel", channel);
    setFact("fulfilment",
            order.fulfillmentChannel == QLatin1String("AFN")       ? tr("Amazon (FBA)")
                : order.fulfillmentChannel == QLatin1String("MFN") ? tr("The seller")
                                                                   : order.fulfillmentChannel);
    QString shipBy;
    if (detail->earliestShipDate && order.latestShipDate.isValid())
        shipBy = tr("%1 to %2", "date range")
                     .arg(OrdersModel::dateText(*detail->earliestShipDate),
                          OrdersModel::dateText(order.latestShipDate));
    else if (order.latestShipDate.isValid())
        shipBy = OrdersModel::dateText(order.latestShipDate);
    setFact("shipBy", shipBy);
    QString shipped = OrdersModel::timeText(order.shipTime);
    if (detail->itemsShipped || detail->itemsUnshipped)
        shipped = (shipped.isEmpty() ? QString() : shipped + QStringLiteral("; "))
            + tr("items shipped: %1, waiting: %2")
                  .arg(QLocale().toString(detail->itemsShipped.value_or(0)),
                       QLocale().toString(detail->itemsUnshipped.value_or(0)));
    setFact("shipped", shipped);
    QStringList delivery;
    if (detail->latestDeliveryDate)
        delivery << tr("by %1", "deliver by a date").arg(OrdersModel::dateText(*detail->latestDeliveryDate));
    if (!order.deliveryStatus.isEmpty())
        delivery << order.deliveryStatus;
    if (!detail->shipCountry.isEmpty())
        delivery << tr("to %1", "a country code").arg(detail->shipCountry);
    setFact("delivery", delivery.join(QStringLiteral(", ")));
    setFact("total", OrdersModel::totalText(order.orderTotal, order.currency));
    const bool legalHold = order.hold.split(QLatin1Char(',')).contains(QStringLiteral("legal"));
    const bool purged = order.pii == PiiState::Purged;
    QString due = OrdersModel::countdownText(order.due, now, legalHold, purged);
    if (order.due.isValid() && !purged && !legalHold)
        due = tr("%1 (%2)", "countdown (date)").arg(due, OrdersModel::timeText(order.due));
    setFact("due", due);
    const QColor dueColor = OrdersModel::dueColor(OrdersModel::dueState(order.due, now, legalHold, purged));
    m_facts.at(QStringLiteral("due"))
        ->setStyleSheet(dueColor.isValid() ? QStringLiteral("color: %1;").arg(dueColor.name()) : QString());
    QString basis = RetentionRules::basisDisplayName(order.basis);
    if (order.basisTime.isValid())
        basis = tr("%1, %2", "basis, its time").arg(basis, OrdersModel::timeText(order.basisTime));
    setFact("basis", basis);
    setFact("hold", OrdersModel::holdText(order.hold));
    setFact("imported", OrdersModel::timeText(detail->importedAt));

    QStringList items;
    for (const OrderItem& item : detail->items) {
        QString line
            = tr("%1 × %2", "quantity, title")
                  .arg(QLocale().toString(item.quantityOrdered.value_or(0)),
                       item.title.value_or(item.sellerSku.value_or(item.asin.value_or(item.orderItemId))));
        QStringList codes;
        if (item.sellerSku)
            codes << tr("SKU %1").arg(*item.sellerSku);
        if (item.asin)
            codes << tr("ASIN %1").arg(*item.asin);
        if (item.itemPrice)
            codes << OrdersModel::totalText(*item.itemPrice, item.currency.value_or(order.currency));
        if (!codes.isEmpty())
            line += QStringLiteral(" (") + codes.join(QStringLiteral(", ")) + QLatin1Char(')');
        items << line;
    }
    m_items->setText(items.isEmpty() ? tr("No items imported.") : items.join(QLatin1Char('\n')));

    // The PII: masked, one row a field; the Copy buttons wait for a reveal.
    int row = 0;
    for (const MaskedPii& pii : detail->pii) {
        auto* name = new QLabel(PiiFields::displayName(pii.field), m_piiBox);
        name->setAlignment(Qt::AlignLeft | Qt::AlignTop);
        name->setWordWrap(true);
        name->setMaximumWidth(name->fontMetrics().horizontalAdvance(QString(14, QLatin1Char('n'))));
        auto* value = new QLabel(pii.masked, m_piiBox);
        value->setObjectName(QStringLiteral("piiValue_") + PiiFields::name(pii.field));
        value->setTextFormat(Qt::PlainText);
        value->setWordWrap(true);
        // Not selectable: Copy is the one way out, and it marks the clipboard entry as secret.
        value->setTextInteractionFlags(Qt::NoTextInteraction);
        value->setContextMenuPolicy(Qt::NoContextMenu);
        auto* copy = new QToolButton(m_piiBox);
        copy->setObjectName(QStringLiteral("piiCopy_") + PiiFields::name(pii.field));
        copy->setText(tr("Copy"));
        copy->setToolTip(tr("Copy to the clipboard for %n seconds", nullptr,
                            static_cast<int>(m_clipboardDelay.count() / 1000)));
        copy->setVisible(false);
        const PiiField field = pii.field;
        connect(copy, &QToolButton::clicked, this, [this, field] { copyValue(field); });
        m_piiGrid->addWidget(name, row, 0, Qt::AlignTop);
        m_piiGrid->addWidget(value, row, 1, Qt::AlignTop);
        m_piiGrid->addWidget(copy, row, 2, Qt::AlignTop);
        m_piiRows.emplace(pii.field, PiiRow{value, copy, pii.masked});
        ++row;
    }
    const bool present = order.pii == PiiState::Present;
    if (order.pii == PiiState::Purged)
        m_piiNote->setText(tr("The personal data of this order was purged."));
    else if (!present || detail->pii.isEmpty())
        m_piiNote->setText(tr("No personal data is stored for this order."));
    else if (!m_canReveal)
        m_piiNote->setText(tr("Masked. Your role does not reveal personal data."));
    else
        m_piiNote->setText(tr("Masked. Reveal it only when your work on this order needs it."));
    m_reveal->setVisible(m_canReveal && present && !detail->pii.isEmpty());
    m_reveal->setEnabled(!m_busy);
    m_hide->setVisible(false);
    m_revealNote->setVisible(false);
}

void OrdersView::reveal()
{
    if (!m_vault || m_shownOrderId.isEmpty() || !m_canReveal || m_busy)
        return;
    const QString orderId = m_shownOrderId;
    auto* dialog = new RevealDialog(orderId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QPointer<RevealDialog> guard(dialog);
    connect(dialog, &ActionDialog::submitted, this, [this, guard, orderId] {
        if (!guard || !m_vault)
            return;
        const RevealReason reason = guard->reason();
        auto revealed = std::make_shared<std::optional<RevealedPii>>();
        // Step-up first (the core documents reveal as needing it), then the decryption on the GUI
        // thread: one order's fields, a few AES-GCM opens.
        GuardedAction::run(
            guard, m_vault, GuardedAction::Where::GuiThread, GuardedAction::StepUp::UpFront,
            [vault = m_vault, orderId, reason, revealed]() -> Result<void> {
                OrderStore store(*vault);
                Result<RevealedPii> values = store.reveal(orderId, reason);
                if (!values)
                    return values.error();
                *revealed = std::move(values).value();
                return success();
            },
            [this, guard, orderId, revealed](const Result<void>& result) {
                if (!result) {
                    if (guard)
                        guard->showError(result.error().message());
                    else
                        m_message->showMessage(InlineMessage::Kind::Error, result.error().message());
                    return;
                }
                if (guard)
                    guard->succeed();
                if (orderId != m_shownOrderId || !revealed->has_value()) {
                    if (revealed->has_value())
                        for (auto& [field, value] : (*revealed)->values)
                            wipeString(value);
                    return; // another order was chosen meanwhile: nothing of this one shows
                }
                showRevealed(std::move(**revealed));
                revealed->reset();
            });
    });
    // Without a window manager (kiosk sessions, the offscreen platform) nothing makes the window
    // active again when the dialog closes, and its shortcuts (Ctrl+L) would not fire.
    connect(dialog, &QDialog::finished, this, [this] { window()->activateWindow(); });
    dialog->open();
}

namespace {

//! The value with places to wrap after @ . - / , (an e-mail address or a URL is one long word): the
//! pane is narrow, and a value cut off or scrolled sideways would be misread.
QString breakable(const QString& value)
{
    QString shown;
    shown.reserve(value.size() + value.size() / 4);
    for (const QChar c : value) {
        shown.append(c);
        if (c == QLatin1Char('@') || c == QLatin1Char('.') || c == QLatin1Char('-') || c == QLatin1Char('/')
            || c == QLatin1Char(','))
            shown.append(QChar(0x200B)); // zero-width space
    }
    return shown;
}

} // namespace

void OrdersView::showRevealed(RevealedPii revealed)
{
    hideRevealed();
    m_revealed = std::move(revealed);
    for (auto& [field, row] : m_piiRows) {
        const auto value = m_revealed->values.find(field);
        if (value == m_revealed->values.end())
            continue;
        QString shown = breakable(value->second);
        row.value->setText(shown);
        wipeString(shown);
        row.value->setStyleSheet(QStringLiteral("font-weight: bold;"));
        row.copy->setVisible(true);
    }
    m_hideTimer->start(m_revealDuration);
    const QDateTime until = QDateTime::currentDateTime().addMSecs(m_revealDuration.count());
    m_revealNote->setText(tr("Shown until %1. Hidden again then, when you choose another order, or when the "
                             "console locks. Copied values leave the clipboard after %n seconds.",
                             nullptr, static_cast<int>(m_clipboardDelay.count() / 1000))
                              .arg(timeOfDay(until)));
    m_revealNote->setVisible(true);
    m_piiNote->setText(tr("Revealed. The reason was recorded in the audit log."));
    m_reveal->setVisible(false);
    m_hide->setVisible(true);
    // The values and what happens to them, in view without scrolling for them.
    QMetaObject::invokeMethod(
        this, [this] { m_detailScroll->ensureWidgetVisible(m_revealNote, 0, 10); }, Qt::QueuedConnection);
}

void OrdersView::hideRevealed()
{
    m_hideTimer->stop();
    if (!m_revealed)
        return;
    for (auto& [field, row] : m_piiRows) {
        row.value->setText(row.masked);
        row.value->setStyleSheet(QString());
        row.copy->setVisible(false);
    }
    for (auto& [field, value] : m_revealed->values)
        wipeString(value);
    m_revealed.reset();
    m_revealNote->clear();
    m_revealNote->setVisible(false);
    m_piiNote->setText(tr("Masked. Reveal it only when your work on this order needs it."));
    m_hide->setVisible(false);
    m_reveal->setVisible(m_canReveal && m_shownPii == PiiState::Present && !m_piiRows.empty());
}

void OrdersView::copyValue(PiiField field)
{
    if (!m_revealed)
        return;
    const auto value = m_revealed->values.find(field);
    if (value == m_revealed->values.end())
        return;
    clearClipboardIfOurs();
    m_copied = value->second;
    auto* mime = new QMimeData;
    mime->setText(m_copied);
    // KDE's Klipper, and the managers that follow it, keep entries with this hint out of their history.
    mime->setData(QLatin1String(PasswordManagerHintType), QByteArrayLiteral("secret"));
    QApplication::clipboard()->setMimeData(mime);
    m_clipboardTimer->start(m_clipboardDelay);
    m_message->showMessage(InlineMessage::Kind::Info,
                           tr("%1 copied. The clipboard is cleared in %n seconds.", nullptr,
                              static_cast<int>(m_clipboardDelay.count() / 1000))
                               .arg(PiiFields::displayName(field)));
}

void OrdersView::clearClipboardIfOurs()
{
    m_clipboardTimer->stop();
    if (m_copied.isEmpty())
        return;
    QClipboard* clipboard = QApplication::clipboard();
    // Only our entry: something the person copied since is theirs.
    if (clipboard->text() == m_copied)
        clipboard->clear();
    wipeString(m_copied);
    if (m_message->kind() == InlineMessage::Kind::Info)
        m_message->clearMessage();
}

void OrdersView::setBusy(bool busy, const QString& text)
{
    m_busy = busy;
    m_busyText->setText(text);
    m_busyRow->setVisible(busy);
    m_import->setEnabled(!busy);
    m_reveal->setEnabled(!busy);
    for (QWidget* field :
         std::initializer_list<QWidget*>{m_status, m_period, m_marketplace, m_prefix, m_table})
        field->setEnabled(!busy);
    const bool custom = m_period->currentData().value<Period>() == Period::Custom;
    m_from->setEnabled(!busy && custom);
    m_to->setEnabled(!busy && custom);
}

void OrdersView::importFiles()
{
    if (!m_vault || m_busy)
        return;
    QStringList paths;
    if (m_importPaths) {
        paths = m_importPaths();
    } else {
        paths = QFileDialog::getOpenFileNames(
            this, tr("Import orders"), QStandardPaths::writableLocation(QStandardPaths::DownloadLocation),
            tr("Order files (*.json *.tsv *.txt *.csv);;All files (*)"));
    }
    if (paths.isEmpty())
        return;
    hideRevealed();
    m_message->clearMessage();
    auto cancelled = std::make_shared<std::atomic_bool>(false);
    auto* progress = new QProgressDialog(tr("Importing %n file(s)…", nullptr, static_cast<int>(paths.size())),
                                         tr("Cancel"), 0, 1000, this);
    progress->setObjectName(QStringLiteral("importProgress"));
    progress->setWindowTitle(tr("Import orders"));
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(0);
    progress->setAutoClose(false);
    progress->setAutoReset(false);
    progress->setAttribute(Qt::WA_DeleteOnClose);
    QPointer<QProgressDialog> guard(progress);
    connect(progress, &QProgressDialog::canceled, this, [this, cancelled] {
        *cancelled = true;
        setBusy(true, tr("Cancelling the import; the file being read is rolled back…"));
    });
    progress->setValue(0);
    progress->show();
    setBusy(true, tr("Importing orders…"));

    QPointer<OrdersView> self(this);
    runVaultJob(
        this,
        [vault = m_vault, paths, cancelled, self, guard]() {
            OrderStore store(*vault);
            return store.importFiles(paths, [cancelled, self, guard](qint64 done, qint64 total) {
                const int value
                    = total > 0 ? static_cast<int>(std::min<qint64>(1000, done * 1000 / total)) : 0;
                // The dialog lives on the GUI thread: the value goes there queued.
                if (self)
                    QMetaObject::invokeMethod(
                        self.data(),
                        [guard, value] {
                            if (guard)
                                guard->setValue(value);
                        },
                        Qt::QueuedConnection);
                return !cancelled->load();
            });
        },
        [this, guard](Result<ImportSummary> result) {
            if (guard)
                guard->close();
            setBusy(false);
            showImportResult(result);
            reload();
            emit ordersChanged();
        });
}

void OrdersView::showImportResult(const Result<ImportSummary>& result)
{
    if (!result) {
        if (result.error().code() == ErrorCode::Cancelled)
            m_message->showMessage(InlineMessage::Kind::Warning,
                                   tr("The import was cancelled. The file being read changed nothing; files "
                                      "read before it stay imported."));
        else
            m_message->showMessage(InlineMessage::Kind::Error, result.error().message());
        return;
    }
    const ImportSummary& summary = result.value();
    const QLocale locale;
    QString text = tr("Imported: %1 new, %2 updated (%3 of them unchanged).")
                       .arg(locale.toString(summary.added), locale.toString(summary.updated),
                            locale.toString(summary.unchanged));
    if (summary.piiDropped > 0)
        text += QLatin1Char(' ')
            + tr("Orders purged before, whose personal data was not stored again: %1.")
                  .arg(locale.toString(summary.piiDropped));
    if (summary.refusedFiles > 0) {
        text += QLatin1Char('\n')
            + (summary.refusedFiles == 1 ? tr("1 file was refused and changed nothing:")
                                         : tr("%1 files were refused and changed nothing:")
                                               .arg(locale.toString(summary.refusedFiles)));
        for (const QString& refusal : summary.refusals)
            text += QStringLiteral("\n• ") + refusal;
    }
    m_message->showMessage(
        summary.refusedFiles > 0 ? InlineMessage::Kind::Warning : InlineMessage::Kind::Success, text);
}

void OrdersView::clear()
{
    GuardedAction::closeDialogs(this);
    hideRevealed();
    // The console locks: a copied value leaves the clipboard now, not after its delay.
    clearClipboardIfOurs();
    m_vault = nullptr;
    m_canReveal = false;
    m_unshippedOnly = false;
    m_model->clear();
    clearDetail();
    m_message->clearMessage();
    m_count->clear();
    m_scopeNote->setVisible(false);
    m_import->setVisible(false);
    {
        const QSignalBlocker blocker(m_marketplace);
        m_marketplace->clear();
    }
    {
        const QSignalBlocker blocker(m_prefix);
        m_prefix->clear();
    }
    m_prefixTimer->stop();
    setBusy(false);
}

} // namespace dpp::ui
