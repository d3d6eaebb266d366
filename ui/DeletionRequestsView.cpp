// DeletionRequestsView: see the header. Recording runs on the GUI thread (one insert). Fulfilling
// runs as a vault job, as "Purge all due" does: the purge rewrites the database (VACUUM) and reads
// every page back, which takes seconds; its export key travels from the job to the result dialog
// in its wiping buffer and is shown there once.
#include "DeletionRequestsView.h"

#include "DeletionFulfilmentDialog.h"
#include "GuardedAction.h"
#include "JobProgressDialog.h"
#include "NewDeletionRequestDialog.h"
#include "PageLayout.h"
#include "VaultJob.h"
#include "models/DeletionRequestModel.h"
#include "models/OrdersModel.h"
#include "purge/DeletionRequests.h"
#include "vault/Vault.h"

#include <QApplication>
#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QScrollArea>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>
#include <memory>
#include <optional>

namespace dpp::ui {

namespace {

//! Ids listed in full up to this many; beyond, the count and the first few.
constexpr int ListedIds = 10;

QLineEdit* makePathField(const QString& accessibleName, const char* name, QWidget* parent)
{
    auto* field = new QLineEdit(parent);
    field->setObjectName(QLatin1String(name));
    field->setReadOnly(true);
    field->setAccessibleName(accessibleName);
    return field;
}

void showPath(QLineEdit* field, const QString& path)
{
    field->setText(path);
    // The file name at the end tells the files apart: show it, not the start of the folder.
    field->setCursorPosition(static_cast<int>(path.size()));
    field->setToolTip(path);
}

QString scopeInWords(const DeletionRequest& r)
{
    const QLocale locale;
    switch (r.scope) {
    case DeletionScope::Everything:
        return DeletionRequestsView::tr("Everything in this database: every order, its facts and items too.");
    case DeletionScope::Orders:
        return r.orderIds.size() == 1 ? DeletionRequestsView::tr("1 listed order.")
                                      : DeletionRequestsView::tr("%1 listed orders.")
                                            .arg(locale.toString(static_cast<qint64>(r.orderIds.size())));
    case DeletionScope::PurchaseRange:
        return DeletionRequestsView::tr("Orders purchased from %1 to %2 (UTC days, both included).")
            .arg(locale.toString(r.from, QLocale::LongFormat), locale.toString(r.to, QLocale::LongFormat));
    }
    return {};
}

//! The status and the countdown that matters, as a sentence for the detail pane.
QString statusSentence(const DeletionRequest& r)
{
    const QLocale locale;
    const QString status = DeletionRequestModel::statusText(r.status);
    switch (r.status) {
    case DeletionStatus::Complete:
        return DeletionRequestsView::tr("%1: deleted, and no backup is known to hold the data.").arg(status);
    case DeletionStatus::Overdue:
        if (!r.fulfilledAt.isValid())
            return DeletionRequestsView::tr("%1: %2 h past the 72 hours.")
                .arg(status, locale.toString(-r.hoursLeft72h));
        return DeletionRequestsView::tr("%1: the 90 days for every copy passed %2 d ago.")
            .arg(status, locale.toString(-r.daysLeft90d));
    case DeletionStatus::Open:
    case DeletionStatus::Fulfilled:
        break;
    }
    return DeletionRequestsView::tr("%1: %2", "status: countdown")
        .arg(status, DeletionRequestModel::countdownText(r));
}

QString idsText(const QStringList& ids)
{
    if (ids.isEmpty())
        return DeletionRequestsView::tr("none with data left");
    if (ids.size() <= ListedIds)
        return DeletionRequestsView::tr("%1: %2", "count: order ids")
            .arg(OrdersModel::ordersText(ids.size()), ids.join(QStringLiteral(", ")));
    return DeletionRequestsView::tr("%1, the first: %2, …", "count, the first order ids")
        .arg(OrdersModel::ordersText(ids.size()), ids.mid(0, 3).join(QStringLiteral(", ")));
}

} // namespace

DeletionRequestsView::DeletionRequestsView(QWidget* parent)
    : QWidget(parent)
    , m_model(new DeletionRequestModel(this))
{
    setObjectName(QStringLiteral("deletionRequestsView"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 16);
    layout->setSpacing(16);

    // Left: what the DPP asks, the list.
    auto* main = new QVBoxLayout;
    main->setSpacing(12);
    auto* titleRow = new QHBoxLayout;
    titleRow->addWidget(makeTitle(tr("Deletion requests"), this), 1);
    m_record = new QPushButton(tr("&Record request…"), this);
    m_record->setObjectName(QStringLiteral("recordDeletionRequestButton"));
    m_record->setToolTip(tr("Record a request from Amazon to delete or return its data"));
    titleRow->addWidget(m_record, 0, Qt::AlignBottom);
    main->addLayout(titleRow);
    main->addWidget(makeParagraph(
        tr("When Amazon asks for its data to be deleted or returned, the DPP gives 72 hours from the "
           "request, "
           "and 90 days for every copy (backups too), with a written certification. Record each request "
           "here, then fulfil it: the orders it names are purged and certified."),
        this));
    m_message = new InlineMessage(this);
    m_message->setObjectName(QStringLiteral("deletionRequestsMessage"));
    main->addWidget(m_message);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("deletionRequestsSummary"));
    m_summary->setWordWrap(true);
    QFont bold = m_summary->font();
    bold.setBold(true);
    m_summary->setFont(bold);
    main->addWidget(m_summary);
    m_table = makeRecordTable(m_model, QAbstractItemView::SingleSelection, this);
    m_table->setObjectName(QStringLiteral("deletionRequestsTable"));
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->setAccessibleName(tr("Deletion requests"));
    fitColumnsToContents(m_table, DeletionRequestModel::ScopeColumn);
    main->addWidget(m_table, 1);
    layout->addLayout(main, 1);

    // Right: the selected request.
    auto* side = new QScrollArea(this);
    side->setObjectName(QStringLiteral("deletionRequestSide"));
    side->setWidgetResizable(true);
    side->setFrameShape(QFrame::NoFrame);
    side->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    side->setFixedWidth(380);
    m_side = side;
    auto* sideContent = new QWidget(side);
    auto* sideLayout = new QVBoxLayout(sideContent);
    sideLayout->setContentsMargins(0, 0, 4, 0);
    sideLayout->setSpacing(12);
    auto* box = new QGroupBox(tr("Selected request"), sideContent);
    box->setObjectName(QStringLiteral("deletionRequestBox"));
    auto* boxLayout = new QVBoxLayout(box);
    boxLayout->setSpacing(10);
    m_detailTitle = new QLabel(box);
    m_detailTitle->setObjectName(QStringLiteral("deletionRequestTitle"));
    m_detailTitle->setFont(bold);
    m_detailTitle->setWordWrap(true);
    m_detailTitle->setTextFormat(Qt::PlainText);
    m_detailTitle->setTextInteractionFlags(Qt::TextSelectableByMouse);
    boxLayout->addWidget(m_detailTitle);
    m_placeholder = makeParagraph(QString(), box);
    m_placeholder->setObjectName(QStringLiteral("deletionRequestPlaceholder"));
    boxLayout->addWidget(m_placeholder);

    m_details = new QWidget(box);
    m_details->setObjectName(QStringLiteral("deletionRequestDetails"));
    auto* detailsLayout = new QVBoxLayout(m_details);
    detailsLayout->setContentsMargins(0, 0, 0, 0);
    detailsLayout->setSpacing(10);
    // One form for every value, those of a fulfilment included, so that they line up.
    m_form = new QFormLayout;
    m_form->setLabelAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_form->setVerticalSpacing(6);
    m_status = addValueRow(m_form, tr("Status:"), QStringLiteral("deletionRequestStatus"));
    m_received = addValueRow(m_form, tr("Received:"), QStringLiteral("deletionRequestReceived"));
    m_deadline72h = addValueRow(m_form, tr("Delete by:"), QStringLiteral("deletionRequestDeadline72h"));
    m_deadline90d = addValueRow(m_form, tr("Every copy by:"), QStringLiteral("deletionRequestDeadline90d"));
    m_action = addValueRow(m_form, tr("Action:"), QStringLiteral("deletionRequestAction"));
    m_scope = addValueRow(m_form, tr("Scope:"), QStringLiteral("deletionRequestScope"));
    m_ordersNow = addValueRow(m_form, tr("Orders named now:"), QStringLiteral("deletionRequestOrdersNow"));
    m_note = addValueRow(m_form, tr("Note:"), QStringLiteral("deletionRequestNote"));
    m_recorded = addValueRow(m_form, tr("Recorded:"), QStringLiteral("deletionRequestRecorded"));
    m_fulfilledAt = addValueRow(m_form, tr("Fulfilled:"), QStringLiteral("deletionRequestFulfilledAt"));
    m_run = addValueRow(m_form, tr("Purge run:"), QStringLiteral("deletionRequestRun"));
    m_purged = addValueRow(m_form, tr("Orders purged:"), QStringLiteral("deletionRequestPurged"));
    // One label width for every request, so the values do not move when rows come and go; the
    // labels level with the first line of a value that wraps.
    alignFormLabels({m_form}, Qt::AlignLeft | Qt::AlignTop);
    detailsLayout->addLayout(m_form);

    // Once fulfilled: the files, a path a line (the file name at its end tells them apart).
    m_fulfilled = new QWidget(m_details);
    m_fulfilled->setObjectName(QStringLiteral("deletionRequestFulfilled"));
    auto* fulfilledLayout = new QVBoxLayout(m_fulfilled);
    fulfilledLayout->setContentsMargins(0, 0, 0, 0);
    fulfilledLayout->setSpacing(6);
    m_certificatePath
        = makePathField(tr("Certificate of sanitization"), "deletionCertificatePath", m_fulfilled);
    m_certificationPath
        = makePathField(tr("Certification of the request"), "deletionCertificationPath", m_fulfilled);
    m_exportPath = makePathField(tr("Return export"), "deletionExportPath", m_fulfilled);
    m_files = new QFormLayout;
    m_files->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_files->setRowWrapPolicy(QFormLayout::WrapAllRows);
    m_files->setVerticalSpacing(4);
    m_files->addRow(tr("Certificate of sanitization:"), m_certificatePath);
    m_files->addRow(tr("Certification of the request:"), m_certificationPath);
    m_files->addRow(tr("Return export (sent to Amazon):"), m_exportPath);
    fulfilledLayout->addLayout(m_files);
    auto* fileButtons = new QHBoxLayout;
    fileButtons->setSpacing(8);
    m_openCertificate = new QPushButton(tr("&Open certificate"), m_fulfilled);
    m_openCertificate->setObjectName(QStringLiteral("openDeletionCertificateButton"));
    m_openCertification = new QPushButton(tr("Open cer&tification"), m_fulfilled);
    m_openCertification->setObjectName(QStringLiteral("openDeletionCertificationButton"));
    m_showFolder = new QPushButton(tr("Show in &folder"), m_fulfilled);
    m_showFolder->setObjectName(QStringLiteral("showDeletionCertificateFolderButton"));
    m_showFolder->setToolTip(tr("Open the folder that holds the certificates"));
    fileButtons->addWidget(m_openCertificate);
    fileButtons->addWidget(m_openCertification);
    fileButtons->addWidget(m_showFolder);
    fileButtons->addStretch(1);
    fulfilledLayout->addLayout(fileButtons);
    detailsLayout->addWidget(m_fulfilled);

    auto* fulfilRow = new QHBoxLayout;
    fulfilRow->addStretch(1);
    m_fulfil = new QPushButton(tr("F&ulfil…"), m_details);
    m_fulfil->setObjectName(QStringLiteral("fulfilDeletionRequestButton"));
    fulfilRow->addWidget(m_fulfil);
    detailsLayout->addLayout(fulfilRow);
    // Why a disabled Fulfil… is disabled: in its tooltip, and in words under it for the keyboard.
    m_fulfilReason = makeHint(m_details);
    m_fulfilReason->setObjectName(QStringLiteral("fulfilDeletionRequestReason"));
    detailsLayout->addWidget(m_fulfilReason);
    boxLayout->addWidget(m_details);
    sideLayout->addWidget(box);
    sideLayout->addStretch(1);
    side->setWidget(sideContent);
    layout->addWidget(side);

    setTabOrder(m_record, m_table);
    setTabOrder(m_table, m_certificatePath);
    setTabOrder(m_certificatePath, m_certificationPath);
    setTabOrder(m_certificationPath, m_exportPath);
    setTabOrder(m_exportPath, m_openCertificate);
    setTabOrder(m_openCertificate, m_openCertification);
    setTabOrder(m_openCertification, m_showFolder);
    setTabOrder(m_showFolder, m_fulfil);

    // The countdowns move on while the view is open: read them again every minute, unless a dialog
    // or a vault job is in the way (a reset would lose what the person is looking at).
    m_refreshTimer = new QTimer(this);
    m_refreshTimer->setInterval(60'000);
    connect(m_refreshTimer, &QTimer::timeout, this, [this] {
        if (m_vault && isVisible() && !VaultJobs::isBusy() && !QApplication::activeModalWidget())
            refresh();
    });

    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &DeletionRequestsView::showSelected);
    connect(m_model, &QAbstractItemModel::modelReset, this, &DeletionRequestsView::showSelected);
    connect(m_model, &DeletionRequestModel::errorOccurred, this,
            [this](const QString& message) { showMessage(InlineMessage::Kind::Error, message); });
    connect(m_record, &QPushButton::clicked, this, &DeletionRequestsView::recordRequest);
    connect(m_fulfil, &QPushButton::clicked, this, &DeletionRequestsView::fulfilSelected);
    connect(m_openCertificate, &QPushButton::clicked, this, [this] { open(m_certificatePath->text()); });
    connect(m_openCertification, &QPushButton::clicked, this, [this] { open(m_certificationPath->text()); });
    connect(m_showFolder, &QPushButton::clicked, this,
            [this] { open(QFileInfo(m_certificationPath->text()).absolutePath()); });
    clear();
}

void DeletionRequestsView::load(Vault* vault)
{
    const qint64 selected = vault == m_vault ? selectedId() : 0;
    m_vault = vault;
    m_canPurge = vault->session().can(Permission::PurgeExecute);
    m_message->clearMessage();
    m_model->setVault(vault);
    updateSummary();
    if (!selectRequest(selected) && m_model->rowCount() > 0)
        m_table->selectRow(0);
    m_refreshTimer->start();
}

void DeletionRequestsView::refresh()
{
    if (!m_vault)
        return;
    const qint64 selected = selectedId();
    m_model->reload();
    updateSummary();
    if (!selectRequest(selected) && m_model->rowCount() > 0)
        m_table->selectRow(0);
}

void DeletionRequestsView::clear()
{
    GuardedAction::closeDialogs(this); // the record dialog, the confirmation, step-up, the result and its key
    m_refreshTimer->stop();
    m_vault = nullptr;
    m_canPurge = false;
    m_model->clear();
    m_message->clearMessage();
    m_summary->clear();
    m_detailTitle->clear();
    m_placeholder->clear();
    m_details->setVisible(false);
    for (QLabel* label : {m_status, m_received, m_deadline72h, m_deadline90d, m_action, m_scope, m_ordersNow,
                          m_note, m_recorded, m_fulfilReason, m_fulfilledAt, m_run, m_purged})
        label->clear();
    for (QLineEdit* field : {m_certificatePath, m_certificationPath, m_exportPath}) {
        field->clear();
        field->setToolTip(QString());
    }
    m_fulfil->setToolTip(QString());
}

bool DeletionRequestsView::selectRequest(qint64 id)
{
    const int row = id > 0 ? m_model->rowOf(id) : -1;
    if (row < 0)
        return false;
    m_table->selectRow(row);
    return true;
}

qint64 DeletionRequestsView::selectedId() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : rows.first().data(DeletionRequestModel::IdRole).toLongLong();
}

void DeletionRequestsView::showMessage(InlineMessage::Kind kind, const QString& text)
{
    m_message->showMessage(kind, text);
}

void DeletionRequestsView::updateSummary()
{
    int open = 0;
    int overdue = 0;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const DeletionStatus status = m_model->request(row).status;
        open += status == DeletionStatus::Open ? 1 : 0;
        overdue += status == DeletionStatus::Overdue ? 1 : 0;
    }
    if (m_model->rowCount() == 0) {
        m_summary->setText(tr("No deletion request is recorded."));
        m_summary->setStyleSheet(QString());
        return;
    }
    const QLocale locale;
    QStringList parts;
    parts << (open == 1 ? tr("1 request open") : tr("%1 requests open").arg(locale.toString(open)));
    if (overdue > 0)
        parts << (overdue == 1 ? tr("1 OVERDUE") : tr("%1 OVERDUE").arg(locale.toString(overdue)));
    m_summary->setText(tr("%1; newest first.", "counts").arg(parts.join(QStringLiteral(", "))));
    // Red when one is past its deadline: the words say so too.
    m_summary->setStyleSheet(overdue > 0
                                 ? QStringLiteral("QLabel { color: %1; }")
                                       .arg(OrdersModel::dueColor(OrdersModel::DueState::Overdue).name())
                                 : QString());
}

void DeletionRequestsView::showSelected()
{
    const int row = m_model->rowOf(selectedId());
    if (row < 0 || !m_vault) {
        m_details->setVisible(false);
        m_detailTitle->setText(m_vault ? tr("No request chosen") : QString());
        m_placeholder->setText(
            !m_vault ? QString()
                : m_model->rowCount() > 0
                ? tr("Choose a request in the list to see its details.")
                : tr("When Amazon sends a deletion request, record it with Record request…"));
        m_placeholder->setVisible(m_vault != nullptr);
        return;
    }
    showRequest(m_model->request(row));
}

void DeletionRequestsView::showRequest(const DeletionRequest& r)
{
    const QLocale locale;
    m_placeholder->setVisible(false);
    m_details->setVisible(true);
    m_detailTitle->setText(tr("Request %1: Amazon's reference %2").arg(locale.toString(r.id), r.reference));
    m_status->setText(statusSentence(r));
    const QColor color = DeletionRequestModel::countdownColor(r);
    m_status->setStyleSheet(
        color.isValid()
            ? QStringLiteral("QLabel { color: %1; font-weight: %2; }")
                  .arg(color.name(),
                       DeletionRequestModel::isLate(r) ? QStringLiteral("bold") : QStringLiteral("normal"))
            : QString());
    // Local time first; Amazon's UTC beside it when the two differ.
    m_received->setText(
        r.receivedAt.toLocalTime().offsetFromUtc() == 0
            ? DeletionRequestModel::utcText(r.receivedAt)
            : tr("%1 (%2)", "local time (UTC time)")
                  .arg(OrdersModel::timeText(r.receivedAt), DeletionRequestModel::utcText(r.receivedAt)));
    m_deadline72h->setText(OrdersModel::timeText(r.deadline72h));
    m_deadline90d->setText(OrdersModel::timeText(r.deadline90d));
    m_action->setText(r.action == DeletionAction::Return
                          ? tr("Return: the orders' data is exported for Amazon (encrypted), then deleted.")
                          : tr("Delete."));
    m_scope->setText(scopeInWords(r));
    m_note->setText(r.note.isEmpty() ? tr("(none)") : r.note);
    m_recorded->setText(tr("%1, by %2").arg(OrdersModel::timeText(r.recordedAt), r.recordedBy));

    // What the scope names now, for a request still to fulfil (afterwards the purge says what went).
    const bool fulfilled = r.fulfilledAt.isValid();
    QString refusal;
    m_form->setRowVisible(m_ordersNow, !fulfilled);
    for (QLabel* row : {m_fulfilledAt, m_run, m_purged})
        m_form->setRowVisible(row, fulfilled);
    if (!fulfilled) {
        const Result<QStringList> ids = DeletionRequests(*m_vault).resolve(r.id);
        if (ids) {
            m_ordersNow->setText(idsText(ids.value()));
            m_ordersNow->setStyleSheet(QString());
        } else {
            m_ordersNow->setText(ids.error().message());
            m_ordersNow->setStyleSheet(
                QStringLiteral("QLabel { color: %1; }")
                    .arg(OrdersModel::dueColor(OrdersModel::DueState::Overdue).name()));
            refusal = ids.error().message();
        }
    }

    if (fulfilled)
        refusal = tr("Request %1 was fulfilled on %2; a request is fulfilled only once.")
                      .arg(locale.toString(r.id), OrdersModel::timeText(r.fulfilledAt));
    else if (!m_canPurge)
        refusal = tr("Fulfilling purges orders: it needs the permission to purge (purge.execute).");
    else if (r.action == DeletionAction::Return
             && (!m_vault->holdsPiiKey() || !m_vault->session().can(Permission::PiiReveal)))
        refusal = tr("A return exports the buyers' data for Amazon: it needs the PII key and the permission "
                     "to reveal PII.");
    m_fulfil->setEnabled(refusal.isEmpty());
    m_fulfil->setToolTip(refusal.isEmpty() ? tr("Purge what the request names, certified; asks you to "
                                                "confirm and for your password again")
                                           : refusal);
    setHint(m_fulfilReason, refusal, HintState::Neutral);

    m_fulfilled->setVisible(fulfilled);
    if (!fulfilled)
        return;
    const qint64 hours = r.receivedAt.secsTo(r.fulfilledAt) / 3600;
    m_fulfilledAt->setText(
        (hours < 72 ? tr("%1 by %3, %2 h after receipt: within the 72 hours.")
                    : tr("%1 by %3, %2 h after receipt: after the 72 hours."))
            .arg(OrdersModel::timeText(r.fulfilledAt), locale.toString(hours), r.fulfilledBy));
    m_run->setText(r.runId > 0 ? locale.toString(r.runId) : tr("none: nothing was left to purge"));
    m_purged->setText(locale.toString(r.purgedCount));
    showPath(m_certificatePath, r.certificatePath);
    showPath(m_certificationPath, r.certificationPath);
    showPath(m_exportPath, r.exportPath);
    // No run, no certificate: the certification says why; a deletion has no export.
    m_files->setRowVisible(m_certificatePath, !r.certificatePath.isEmpty());
    m_openCertificate->setVisible(!r.certificatePath.isEmpty());
    m_files->setRowVisible(m_exportPath, !r.exportPath.isEmpty());
}

void DeletionRequestsView::open(const QString& path)
{
    if (path.isEmpty())
        return;
    const QUrl url = QUrl::fromLocalFile(path);
    if (m_urlOpener)
        m_urlOpener(url);
    else if (!QDesktopServices::openUrl(url))
        showMessage(InlineMessage::Kind::Error,
                    tr("No program could open %1.").arg(QDir::toNativeSeparators(path)));
}

void DeletionRequestsView::recordRequest()
{
    if (!m_vault || VaultJobs::isBusy())
        return;
    m_message->clearMessage();
    auto* dialog = new NewDeletionRequestDialog(m_vault->clock(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QPointer<NewDeletionRequestDialog> guard(dialog);
    connect(dialog, &ActionDialog::submitted, this, [this, guard] {
        if (!guard || !m_vault)
            return;
        const NewDeletionRequest request = guard->request();
        auto id = std::make_shared<qint64>(0);
        GuardedAction::run(
            guard, m_vault, GuardedAction::Where::GuiThread, GuardedAction::StepUp::WhenAsked,
            [vault = m_vault, request, id]() -> Result<void> {
                Result<qint64> recorded = DeletionRequests(*vault).record(request);
                if (!recorded)
                    return recorded.error();
                *id = recorded.value();
                return success();
            },
            [this, guard, id, request](const Result<void>& result) {
                if (!result) {
                    // Next to the fields it is about; the dialog stays open with what was typed.
                    if (guard)
                        guard->showError(result.error().message());
                    else
                        showMessage(InlineMessage::Kind::Error, result.error().message());
                    return;
                }
                if (guard)
                    guard->succeed();
                refresh();
                selectRequest(*id);
                showMessage(InlineMessage::Kind::Success,
                            tr("Deletion request %1 (Amazon's reference %2) was recorded. Fulfil it by %3.")
                                .arg(QLocale().toString(*id), request.reference,
                                     OrdersModel::timeText(request.receivedAt.addSecs(72 * 3600))));
            });
    });
    connect(dialog, &QDialog::finished, this, [this] { window()->activateWindow(); });
    dialog->open();
}

void DeletionRequestsView::fulfilSelected()
{
    const int row = m_model->rowOf(selectedId());
    if (!m_vault || row < 0 || !m_canPurge || VaultJobs::isBusy())
        return;
    m_message->clearMessage();
    // Read again: the list may be a minute old, and a request is fulfilled only once.
    const Result<DeletionRequest> request = DeletionRequests(*m_vault).get(m_model->request(row).id);
    if (!request) {
        showMessage(InlineMessage::Kind::Error, request.error().message());
        return;
    }
    if (request->fulfilledAt.isValid()) {
        refresh();
        showMessage(InlineMessage::Kind::Info,
                    tr("Request %1 has been fulfilled meanwhile; nothing was done.").arg(request->reference));
        return;
    }
    const Result<QStringList> ids = DeletionRequests(*m_vault).resolve(request->id);
    if (!ids) {
        showMessage(InlineMessage::Kind::Error, ids.error().message());
        return;
    }
    confirmFulfil(request.value(), static_cast<int>(ids->size()));
}

void DeletionRequestsView::confirmFulfil(const DeletionRequest& request, int named)
{
    const QString orders = OrdersModel::ordersText(named);
    const bool isReturn = request.action == DeletionAction::Return;
    const bool everything = request.scope == DeletionScope::Everything;
    QString question;
    if (named == 0)
        question = tr("Fulfil Amazon's request %1? Its scope names no order with data left.")
                       .arg(request.reference);
    else if (isReturn)
        question = tr("Return %1 to Amazon and then purge them, for Amazon's request %2?")
                       .arg(orders, request.reference);
    else if (everything)
        question = tr("Purge everything in this database, %1 with their facts and items, for Amazon's "
                      "request %2?")
                       .arg(orders, request.reference);
    else
        question = tr("Purge the buyer data of %1 for Amazon's request %2?").arg(orders, request.reference);

    QStringList details;
    if (named == 0) {
        details << tr("Nothing will be purged, but the request is recorded as fulfilled and its "
                      "certification is written.");
    } else {
        if (isReturn)
            details << tr(
                "Before the purge, their order facts, items and buyer data are written to an export "
                "file encrypted under a new key. The key is shown once, right after: you send the "
                "file and the key to Amazon by separate channels.");
        details << (everything
                        ? tr("The purge (NIST SP 800-88 \"purge\") erases each order's data key and "
                             "overwrites its rows, the order facts and items too. It cannot be undone.")
                        : tr("The purge (NIST SP 800-88 \"purge\") erases each order's data key and "
                             "overwrites its buyer data. It cannot be undone. The order facts (number, "
                             "dates, status, items) stay."));
        details << tr("A certificate of sanitization and a certification of the request are written for your "
                      "records.");
    }
    details << tr("Orders on legal or tax hold stop the fulfilment: nothing is done then. You will be asked "
                  "for your password again.");

    auto* box = new QMessageBox(QMessageBox::Warning, tr("Fulfil deletion request"), question,
                                QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("fulfilConfirmation"));
    box->setInformativeText(details.join(QStringLiteral("\n\n")));
    QPushButton* confirm = box->addButton(
        named == 0 ? tr("&Fulfil request")
                   : (isReturn ? tr("&Return and purge %1").arg(orders) : tr("&Purge %1").arg(orders)),
        QMessageBox::DestructiveRole);
    confirm->setObjectName(QStringLiteral("confirmFulfilButton"));
    QPushButton* cancel = box->addButton(tr("Cancel"), QMessageBox::RejectRole);
    cancel->setObjectName(QStringLiteral("cancelFulfilButton"));
    // purge.execute needs step-up (Vault::authorizeGuarded): asked first, so that the busy dialog
    // opens only for a fulfilment that can start.
    GuardedAction::confirmThenStepUp(
        this, [this] { return m_vault; }, box, confirm, cancel, [this, request] { startFulfil(request); },
        [this] { showMessage(InlineMessage::Kind::Info, tr("Cancelled: nothing was exported or purged.")); });
}

void DeletionRequestsView::startFulfil(const DeletionRequest& request)
{
    if (!m_vault || VaultJobs::isBusy())
        return;
    auto* progress = new JobProgressDialog(QString(), QString(), 0, 0, this);
    progress->setObjectName(QStringLiteral("fulfilProgress"));
    progress->setCancelButton(nullptr);
    auto* label = new QLabel(progress);
    label->setWordWrap(true);
    progress->setLabel(label);
    progress->setLabelText(request.action == DeletionAction::Return
                               ? tr("Writing the encrypted export, purging the orders, reading every page "
                                    "back to check that nothing is left, and writing the certificates…")
                               : tr("Purging the orders, reading every page back to check that nothing is "
                                    "left, and writing the certificates…"));
    progress->setWindowTitle(tr("Fulfil deletion request %1").arg(QLocale().toString(request.id)));
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(0);
    progress->setMinimumWidth(progress->fontMetrics().averageCharWidth() * 60);
    progress->setAutoClose(false);
    progress->setAutoReset(false);
    progress->setAttribute(Qt::WA_DeleteOnClose);
    progress->setValue(0);
    progress->show();
    QPointer<QProgressDialog> guard(progress);

    // Filled by the job, read on the GUI thread once it has finished; dropped (and the key wiped)
    // with the last copy of the callbacks if the console locks meanwhile.
    auto outcome = std::make_shared<std::optional<DeletionFulfilment>>();
    const qint64 id = request.id;
    GuardedAction::run(
        progress, m_vault, GuardedAction::Where::Background, GuardedAction::StepUp::WhenAsked,
        [vault = m_vault, id, outcome]() -> Result<void> {
            Result<DeletionFulfilment> done = DeletionRequests(*vault).fulfil(id);
            if (!done)
                return done.error();
            *outcome = std::move(done).value();
            return success();
        },
        [this, guard, outcome, request](const Result<void>& result) {
            if (guard)
                guard->close();
            refresh();
            selectRequest(request.id);
            if (!result) {
                showMessage(InlineMessage::Kind::Error, result.error().message());
                return;
            }
            DeletionFulfilment done = std::move(outcome->value());
            outcome->reset();
            const QString purged = OrdersModel::ordersText(done.purged);
            if (!done.verified)
                showMessage(InlineMessage::Kind::Error,
                            tr("Request %1 was fulfilled (%2 purged), but the purge's verification FAILED: "
                               "some purged data may still be readable. See Alarms.")
                                .arg(request.reference, purged));
            else
                showMessage(InlineMessage::Kind::Success,
                            tr("Request %1 was fulfilled: %2 purged, verified and certified.")
                                .arg(request.reference, purged));
            auto* resultDialog = new DeletionFulfilmentDialog(request, std::move(done), this);
            resultDialog->setAttribute(Qt::WA_DeleteOnClose);
            connect(resultDialog, &DeletionFulfilmentDialog::openRequested, this,
                    &DeletionRequestsView::open);
            connect(resultDialog, &QDialog::finished, this, [this] { window()->activateWindow(); });
            resultDialog->open();
        },
        [guard] {
            if (guard)
                guard->close();
        });
}

} // namespace dpp::ui
