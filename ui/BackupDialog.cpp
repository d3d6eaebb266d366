// BackupDialog: see the header. The same-disk warning compares the devices QStorageInfo names for
// the folder and the database: a backup on the database's own disk is lost with it.
#include "BackupDialog.h"

#include "PageLayout.h"
#include "backup/Backups.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QStorageInfo>

namespace dpp::ui {

namespace {

const QString LastFolderKey = QStringLiteral("backups/lastFolder");

} // namespace

BackupDialog::BackupDialog(const QString& database, QWidget* parent)
    : ActionDialog(tr("Back up now"), tr("&Back up"), parent)
    , m_database(database)
{
    setObjectName(QStringLiteral("backupDialog"));
    setMinimumWidth(560);
    setExplanation(tr("A backup is an encrypted copy of the whole database, buyer data included. The same "
                      "passwords (and the recovery key) open it. A restore purges again every order "
                      "purged after the backup was made, so purged buyer data never comes back."));
    m_fields = new QWidget(this);
    auto* form = new QFormLayout(m_fields);
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setVerticalSpacing(10);

    m_folder = new QLineEdit(m_fields);
    m_folder->setObjectName(QStringLiteral("backupFolderEdit"));
    m_folder->setPlaceholderText(tr("a folder on another disk"));
    m_browse = new QPushButton(tr("Br&owse…"), m_fields);
    m_browse->setObjectName(QStringLiteral("backupBrowseButton"));
    auto* folderRow = new QWidget(m_fields);
    auto* folderLayout = new QHBoxLayout(folderRow);
    folderLayout->setContentsMargins(0, 0, 0, 0);
    folderLayout->setSpacing(6);
    folderLayout->addWidget(m_folder, 1);
    folderLayout->addWidget(m_browse);
    m_folderHint = makeHint(m_fields);
    m_folderHint->setObjectName(QStringLiteral("backupFolderHint"));
    addFieldRow(form, tr("&Folder:"), folderRow, {m_folderHint})->setBuddy(m_folder);

    m_expiry = new QSpinBox(m_fields);
    m_expiry->setObjectName(QStringLiteral("backupExpirySpin"));
    m_expiry->setRange(1, Backups::MaximumExpiryDays);
    m_expiry->setValue(Backups::DefaultExpiryDays);
    updateSuffix(m_expiry->value());
    auto* expiryHint = makeHint(m_fields);
    expiryHint->setObjectName(QStringLiteral("backupExpiryHint"));
    setHint(expiryHint,
            tr("The DPP keeps buyer data at most 30 days after shipment, so a backup is kept at most 30 "
               "days too. When it expires, the console and the scheduler destroy it: its key is "
               "overwritten and the file removed."),
            HintState::Neutral);
    auto* expiryRow = new QWidget(m_fields);
    auto* expiryLayout = new QHBoxLayout(expiryRow);
    expiryLayout->setContentsMargins(0, 0, 0, 0);
    expiryLayout->addWidget(m_expiry);
    expiryLayout->addStretch(1);
    addFieldRow(form, tr("&Keep for:"), expiryRow, {expiryHint})->setBuddy(m_expiry);
    alignFormLabels({form}, Qt::AlignLeft | Qt::AlignVCenter);
    content()->addWidget(m_fields);

    setTabOrder(m_folder, m_browse);
    setTabOrder(m_browse, m_expiry);
    setTabOrder(m_expiry, confirmButton());

    connect(m_browse, &QPushButton::clicked, this, &BackupDialog::chooseFolder);
    connect(m_folder, &QLineEdit::textChanged, this, &BackupDialog::updateFolderHint);
    connect(m_expiry, &QSpinBox::valueChanged, this, &BackupDialog::updateSuffix);
    m_folder->setText(QDir::toNativeSeparators(lastFolder()));
    updateFolderHint();
    m_folder->setFocus();
}

QString BackupDialog::folder() const
{
    const QString text = m_folder->text().trimmed();
    return text.isEmpty() ? QString() : QFileInfo(QDir::fromNativeSeparators(text)).absoluteFilePath();
}

int BackupDialog::expiryDays() const
{
    return m_expiry->value();
}

QString BackupDialog::lastFolder()
{
    return QSettings().value(LastFolderKey).toString();
}

void BackupDialog::rememberFolder(const QString& folder)
{
    QSettings().setValue(LastFolderKey, folder);
}

void BackupDialog::chooseFolder()
{
    QString chosen;
    if (m_chooser) {
        chosen = m_chooser();
    } else {
        const QString start
            = folder().isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::HomeLocation) : folder();
        chosen = QFileDialog::getExistingDirectory(this, tr("Folder for the backup"), start);
    }
    if (chosen.isEmpty())
        return;
    showError(QString());
    m_folder->setText(QDir::toNativeSeparators(chosen));
}

void BackupDialog::updateSuffix(int days)
{
    m_expiry->setSuffix(days == 1 ? tr(" day, then destroyed") : tr(" days, then destroyed"));
}

void BackupDialog::updateFolderHint()
{
    const QString path = folder();
    const QString advice = tr("Keep backups on another disk than the database (a USB drive, a network "
                              "share): a backup on the same disk is lost with it.");
    if (path.isEmpty()) {
        setHint(m_folderHint, advice, HintState::Neutral);
        return;
    }
    if (!QFileInfo(path).isDir()) {
        setHint(m_folderHint, tr("There is no folder at this path (is the drive connected?)."),
                HintState::Error);
        return;
    }
    const QStorageInfo there(path);
    const QStorageInfo database(QFileInfo(m_database).absolutePath());
    if (there.isValid() && database.isValid() && there.device() == database.device()) {
        setHint(m_folderHint,
                tr("This folder is on the same disk as the database: if the disk fails, both are lost. "
                   "Choose a folder on another disk if you can."),
                HintState::Error);
        return;
    }
    setHint(m_folderHint, tr("✓ On another disk than the database (%1).").arg(there.displayName()),
            HintState::Good);
}

bool BackupDialog::validate()
{
    const QString path = folder();
    if (path.isEmpty()) {
        showError(tr("Choose the folder to write the backup to."));
        m_folder->setFocus();
        return false;
    }
    if (!QFileInfo(path).isDir()) {
        showError(tr("The folder %1 does not exist (is the drive connected?).")
                      .arg(QDir::toNativeSeparators(path)));
        m_folder->setFocus();
        return false;
    }
    return true;
}

} // namespace dpp::ui
