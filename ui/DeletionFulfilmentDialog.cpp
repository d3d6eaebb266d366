// DeletionFulfilmentDialog: see the header.
#include "DeletionFulfilmentDialog.h"

#include "InlineMessage.h"
#include "PageLayout.h"
#include "SecretOnceBox.h"
#include "models/DeletionRequestModel.h"
#include "models/OrdersModel.h"

#include <QCheckBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace dpp::ui {

namespace {

QLineEdit* makePathField(const QString& path, const QString& accessibleName, const char* name,
                         QWidget* parent)
{
    auto* field = new QLineEdit(path, parent);
    field->setObjectName(QLatin1String(name));
    field->setReadOnly(true);
    field->setAccessibleName(accessibleName);
    // The file name at the end tells the files apart: show it, not the start of the folder.
    field->setCursorPosition(static_cast<int>(path.size()));
    field->setMinimumWidth(field->fontMetrics().averageCharWidth() * 60);
    return field;
}

} // namespace

DeletionFulfilmentDialog::DeletionFulfilmentDialog(const DeletionRequest& request, DeletionFulfilment done,
                                                   QWidget* parent)
    : QDialog(parent)
    , m_isReturn(!done.exportPath.isEmpty())
    , m_key(std::move(done.exportKey))
{
    setObjectName(QStringLiteral("deletionFulfilmentDialog"));
    setWindowTitle(tr("Deletion request %1 fulfilled").arg(QLocale().toString(request.id)));
    setMinimumWidth(720);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(22, 18, 22, 16);
    layout->setSpacing(12);

    const QString purged = OrdersModel::ordersText(done.purged);
    auto* title = makeBoldParagraph(
        done.purged == 0 ? tr("Amazon's request %1 is fulfilled. Its scope named no order with data left, so "
                              "nothing was purged.")
                               .arg(request.reference)
                         : tr("Amazon's request %1 is fulfilled: %2 purged.").arg(request.reference, purged),
        this);
    title->setObjectName(QStringLiteral("fulfilmentTitle"));
    layout->addWidget(title);

    auto* verification = new InlineMessage(this);
    verification->setObjectName(QStringLiteral("fulfilmentVerification"));
    if (done.purged == 0)
        verification->showMessage(InlineMessage::Kind::Info,
                                  tr("No purge run was needed; the certification says so."));
    else if (done.verified)
        verification->showMessage(
            InlineMessage::Kind::Success,
            tr("✓ Verification passed: no row, key or sealed value of the purged orders is left in the "
               "database, its free pages or its write-ahead log."));
    else
        verification->showMessage(
            InlineMessage::Kind::Error,
            tr("✗ Verification FAILED (%1): some of the purged data may still be readable. The request "
               "counts as fulfilled, but do not rely on it: see Alarms and tell whoever looks after the "
               "console's database.")
                .arg(done.verificationMethod));
    layout->addWidget(verification);

    auto* files = new QFormLayout;
    files->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    files->setLabelAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    if (!done.certificatePath.isEmpty())
        files->addRow(tr("Certificate of sanitization:"),
                      makePathField(done.certificatePath, tr("Certificate of sanitization"),
                                    "fulfilmentCertificatePath", this));
    files->addRow(tr("Certification of the request:"),
                  makePathField(done.certificationPath, tr("Certification of the request"),
                                "fulfilmentCertificationPath", this));
    if (m_isReturn) {
        // The file is what the person sends next: a way to its folder beside it.
        auto* exportRow = new QHBoxLayout;
        exportRow->addWidget(
            makePathField(done.exportPath, tr("Return export"), "fulfilmentExportPath", this), 1);
        auto* showExport = new QPushButton(tr("Show in &folder"), this);
        showExport->setObjectName(QStringLiteral("fulfilmentShowExportButton"));
        showExport->setToolTip(tr("Open the folder that holds the export, to send the file to Amazon"));
        exportRow->addWidget(showExport);
        files->addRow(tr("Return export for Amazon:"), exportRow);
        connect(showExport, &QPushButton::clicked, this,
                [this, folder = QFileInfo(done.exportPath).absolutePath()] { emit openRequested(folder); });
    }
    layout->addLayout(files);
    layout->addWidget(makeParagraph(done.complete ? tr("Keep the certificates with your DPP records. No "
                                                       "backup is known to hold the data: the request is "
                                                       "complete.")
                                                  : tr("Keep the certificates with your DPP records. A "
                                                       "backup may still hold the data: destroy it within "
                                                       "the 90 days."),
                                    this));

    m_message = new InlineMessage(this);
    m_message->setObjectName(QStringLiteral("fulfilmentMessage"));

    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    m_close = new QPushButton(tr("&Close"), this);
    m_close->setObjectName(QStringLiteral("fulfilmentCloseButton"));
    m_close->setDefault(true);

    if (m_isReturn) {
        m_keyBox = new SecretOnceBox(tr("Export key: shown only this once"),
                                     tr("The export file is encrypted (AES-256-GCM) under this key, which is "
                                        "stored nowhere: once this "
                                        "window closes it cannot be shown again, and without it nobody can "
                                        "open the file. Send the file "
                                        "and the key to Amazon by separate channels (for example the file by "
                                        "upload, the key by phone or "
                                        "in another message), never together."),
                                     tr("Export key"),
                                     tr("I have &stored the key to send it to Amazon apart from the file"),
                                     QStringLiteral("exportKey"), m_message, this);
        m_keyBox->showSecret(layoutKey(m_key),
                             QString::fromLatin1(m_key.chars(), static_cast<qsizetype>(m_key.size())));
        layout->addWidget(m_keyBox);
        layout->addWidget(m_message);
        m_close->setEnabled(false);
        m_close->setToolTip(tr("First confirm that you stored the key: it cannot be shown again."));
        connect(m_keyBox, &SecretOnceBox::storedChanged, this, [this](bool stored) {
            m_close->setEnabled(stored);
            m_close->setToolTip(
                stored ? QString() : tr("First confirm that you stored the key: it cannot be shown again."));
        });
        setTabOrder(m_keyBox->storedCheckBox(), m_close);
    } else {
        layout->addWidget(m_message);
    }
    buttons->addWidget(m_close);
    layout->addStretch(1);
    layout->addLayout(buttons);
    connect(m_close, &QPushButton::clicked, this, &QDialog::accept);
    if (m_keyBox)
        m_keyBox->storedCheckBox()->setFocus();
    else
        m_close->setFocus();
}

DeletionFulfilmentDialog::~DeletionFulfilmentDialog()
{
    wipe();
}

QString DeletionFulfilmentDialog::layoutKey(const SecureBytes& keyHex)
{
    // Groups of 8 to read out or copy by hand without losing the place; QByteArray::fromHex (and so
    // DeletionRequests::openExport) skips the spaces and the line break.
    QString text;
    text.reserve(static_cast<qsizetype>(keyHex.size() + keyHex.size() / 8));
    for (std::size_t i = 0; i < keyHex.size(); ++i) {
        if (i > 0 && i % 8 == 0)
            text.append(i % 32 == 0 ? QLatin1Char('\n') : QLatin1Char(' '));
        text.append(QLatin1Char(keyHex.chars()[i]));
    }
    return text;
}

void DeletionFulfilmentDialog::reject()
{
    if (m_keyBox && !m_keyBox->stored()) {
        m_message->showMessage(InlineMessage::Kind::Warning,
                               tr("Store the key first and tick the box: it cannot be shown again."));
        return;
    }
    QDialog::reject();
}

void DeletionFulfilmentDialog::done(int result)
{
    wipe();
    QDialog::done(result);
}

void DeletionFulfilmentDialog::wipe()
{
    if (m_keyBox)
        m_keyBox->wipe();
    m_key.clear();
}

} // namespace dpp::ui
