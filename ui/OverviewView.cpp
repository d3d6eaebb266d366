// OverviewView: see the header.
#include "OverviewView.h"

#include "InlineMessage.h"
#include "models/KeySlotModel.h"
#include "vault/Vault.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QTableView>
#include <QVBoxLayout>

namespace dpp::ui {

OverviewView::OverviewView(QWidget* parent)
    : QWidget(parent)
    , m_slots(new KeySlotModel(this))
{
    setObjectName(QStringLiteral("overviewView"));
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto* scroll = new QScrollArea(this);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);
    scroll->setFocusPolicy(Qt::NoFocus); // a click beside the fields must not take their focus
    outer->addWidget(scroll);
    auto* content = new QWidget(scroll);
    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(20, 16, 20, 16);
    layout->setSpacing(14);

    auto* title = new QLabel(tr("Overview"), content);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    title->setFont(titleFont);
    layout->addWidget(title);

    m_error = new InlineMessage(content);
    m_error->setObjectName(QStringLiteral("overviewError"));
    layout->addWidget(m_error);

    auto* sessionBox = new QGroupBox(tr("Signed in"), content);
    auto* sessionForm = new QFormLayout(sessionBox);
    m_user = addValue(sessionForm, tr("User:"), QStringLiteral("overviewUser"));
    m_roles = addValue(sessionForm, tr("Roles:"), QStringLiteral("overviewRoles"));
    m_piiKey = addValue(sessionForm, tr("Personal data:"), QStringLiteral("overviewPiiKey"));
    layout->addWidget(sessionBox);

    auto* databaseBox = new QGroupBox(tr("Database"), content);
    auto* databaseForm = new QFormLayout(databaseBox);
    m_path = addValue(databaseForm, tr("File:"), QStringLiteral("overviewDatabasePath"));
    m_databaseId = addValue(databaseForm, tr("Database ID:"), QStringLiteral("overviewDatabaseId"));
    m_cipherVersion
        = addValue(databaseForm, tr("SQLCipher version:"), QStringLiteral("overviewCipherVersion"));
    m_schemaVersion = addValue(databaseForm, tr("Schema version:"), QStringLiteral("overviewSchemaVersion"));
    m_pageSize = addValue(databaseForm, tr("Page size:"), QStringLiteral("overviewPageSize"));
    m_cipherSettings = addValue(databaseForm, tr("Encryption:"), QStringLiteral("overviewCipherSettings"));
    m_keysGeneration
        = addValue(databaseForm, tr("Key file generation:"), QStringLiteral("overviewKeysGeneration"));
    m_failedUnlocks = addValue(databaseForm, tr("Failed unlock attempts recorded:"),
                               QStringLiteral("overviewFailedUnlocks"));
    layout->addWidget(databaseBox);

    auto* slotsBox = new QGroupBox(tr("Key slots"), content);
    auto* slotsLayout = new QVBoxLayout(slotsBox);
    auto* slotsHelp
        = new QLabel(tr("Each slot opens the database with its own secret. Only slots that hold the "
                        "PII key can decrypt buyers' personal data."),
                     slotsBox);
    slotsHelp->setWordWrap(true);
    slotsLayout->addWidget(slotsHelp);
    m_slotTable = new QTableView(slotsBox);
    m_slotTable->setObjectName(QStringLiteral("keySlotTable"));
    m_slotTable->setModel(m_slots);
    m_slotTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_slotTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_slotTable->setAlternatingRowColors(true);
    m_slotTable->verticalHeader()->setVisible(false);
    m_slotTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_slotTable->horizontalHeader()->setStretchLastSection(true);
    m_slotTable->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_slotTable->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_slotTable->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_slotTable->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    m_slotTable->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    slotsLayout->addWidget(m_slotTable);
    layout->addWidget(slotsBox);
    layout->addStretch(1);
    scroll->setWidget(content);
}

QLabel* OverviewView::addValue(QFormLayout* form, const QString& label, const QString& objectName)
{
    auto* value = new QLabel(form->parentWidget());
    value->setObjectName(objectName);
    value->setTextFormat(Qt::PlainText);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    value->setWordWrap(true);
    form->addRow(label, value);
    return value;
}

void OverviewView::refresh(const Vault& vault)
{
    const QLocale locale;
    const Session& session = vault.session();
    m_user->setText(session.name());
    QStringList roles;
    for (Role role : session.roles())
        roles.append(Roles::displayName(role));
    m_roles->setText(roles.join(QStringLiteral(", ")));
    m_piiKey->setText(vault.holdsPiiKey() ? tr("This session holds the PII key and can decrypt buyers' "
                                               "personal data.")
                                          : tr("This session cannot decrypt buyers' personal data."));

    const Result<VaultStatus> status = vault.status();
    if (!status) {
        m_error->showMessage(InlineMessage::Kind::Error, status.error().message());
        for (QLabel* label : {m_path, m_databaseId, m_cipherVersion, m_schemaVersion, m_pageSize,
                              m_cipherSettings, m_keysGeneration, m_failedUnlocks})
            label->clear();
        m_slots->clear();
        return;
    }
    m_error->clearMessage();
    m_path->setText(status->databasePath);
    m_databaseId->setText(status->databaseId);
    m_cipherVersion->setText(status->cipherVersion);
    m_schemaVersion->setText(locale.toString(status->schemaVersion));
    m_pageSize->setText(tr("%1 bytes").arg(locale.toString(status->pageSize)));
    m_cipherSettings->setText(
        tr("%1 with %2 per page, pages of %3 bytes, raw 256-bit key")
            .arg(status->cipher, status->pageHmac, QLocale().toString(status->pageSize)));
    m_keysGeneration->setText(locale.toString(status->keysGeneration));
    m_failedUnlocks->setText(locale.toString(status->failedUnlocksRecorded));
    m_slots->setKeySlots(status->keySlots);
}

void OverviewView::clear()
{
    m_error->clearMessage();
    for (QLabel* label : {m_user, m_roles, m_piiKey, m_path, m_databaseId, m_cipherVersion, m_schemaVersion,
                          m_pageSize, m_cipherSettings, m_keysGeneration, m_failedUnlocks})
        label->clear();
    m_slots->clear();
}

} // namespace dpp::ui
