// RestoreForm: see the header. The header is read again at each change of the file name: it is two
// lines at the start of the file, read without a key, so the person sees which backup it is (and
// whether it has expired) before typing a password.
#include "RestoreForm.h"

#include "CapsLockWatcher.h"
#include "InlineMessage.h"
#include "PageLayout.h"
#include "PasswordInput.h"
#include "SecondFactorField.h"
#include "models/BackupListModel.h"
#include "models/OrdersModel.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace dpp::ui {

namespace {

//! A path field with a button beside it that opens a file dialog.
QWidget* pathRow(QLineEdit* edit, QPushButton* button, QWidget* parent)
{
    auto* row = new QWidget(parent);
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(edit, 1);
    layout->addWidget(button);
    return row;
}

} // namespace

RestoreForm::RestoreForm(Target target, QWidget* parent)
    : QWidget(parent)
    , m_targetKind(target)
{
    setObjectName(QStringLiteral("restoreForm"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(10);

    m_fields = new QWidget(this);
    auto* form = new QFormLayout(m_fields);
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setLabelAlignment(Qt::AlignLeft | Qt::AlignTop);
    form->setVerticalSpacing(10);

    m_backup = new QLineEdit(m_fields);
    m_backup->setObjectName(QStringLiteral("restoreBackupEdit"));
    m_backup->setPlaceholderText(tr("a .dppbackup file"));
    m_browse = new QPushButton(tr("Bro&wse…"), m_fields);
    m_browse->setObjectName(QStringLiteral("restoreBrowseButton"));
    m_summary = makeHint(m_fields);
    m_summary->setObjectName(QStringLiteral("restoreBackupSummary"));
    addFieldRow(form, tr("&Backup:"), pathRow(m_backup, m_browse, m_fields), {m_summary})->setBuddy(m_backup);

    if (m_targetKind == Target::Chosen) {
        m_target = new QLineEdit(m_fields);
        m_target->setObjectName(QStringLiteral("restoreTargetEdit"));
        m_target->setPlaceholderText(tr("a new database file, e.g. restore-drill.db"));
        m_chooseTarget = new QPushButton(tr("C&hoose…"), m_fields);
        m_chooseTarget->setObjectName(QStringLiteral("restoreTargetButton"));
        m_targetHint = makeHint(m_fields);
        m_targetHint->setObjectName(QStringLiteral("restoreTargetHint"));
        addFieldRow(form, tr("Restore &to:"), pathRow(m_target, m_chooseTarget, m_fields), {m_targetHint})
            ->setBuddy(m_target);
    }

    m_userName = new QLineEdit(m_fields);
    m_userName->setObjectName(QStringLiteral("restoreUserEdit"));
    m_userName->setMaxLength(64);
    addFieldRow(form, tr("&User name:"), m_userName);
    m_password = new QLineEdit(m_fields);
    m_password->setObjectName(QStringLiteral("restorePasswordEdit"));
    makePasswordField(m_password);
    addFieldRow(form, tr("&Password:"), m_password);
    m_code = new SecondFactorField(QStringLiteral("restore"), m_fields);
    m_codeHint = makeHint(m_fields);
    m_codeHint->setObjectName(QStringLiteral("restoreCodeHint"));
    setHint(m_codeHint,
            tr("Your password and code as they were when the backup was made. Leave the code empty if "
               "your account had no two-factor sign-in then."),
            HintState::Neutral);
    QLabel* codeLabel = addFieldRow(form, tr("&Code:"), m_code, {m_codeHint});
    codeLabel->setBuddy(m_code->edit());
    alignFormLabels({form}, Qt::AlignLeft | Qt::AlignVCenter);
    // Level with the code's field, not with the middle of the field, the link and the hint.
    // (A fixed height: the form would otherwise give the label the row's and centre it there.)
    codeLabel->setFixedHeight(m_code->edit()->sizeHint().height());
    layout->addWidget(m_fields);

    m_capsLock = new InlineMessage(this);
    m_capsLock->setObjectName(QStringLiteral("restoreCapsLockWarning"));
    layout->addWidget(m_capsLock);
    m_capsWatcher = new CapsLockWatcher(this);
    m_capsWatcher->watch(m_password);
    connect(m_capsWatcher, &CapsLockWatcher::changed, this, [this](bool on) {
        m_capsLock->showMessage(InlineMessage::Kind::Warning, on ? tr("Caps Lock is on.") : QString());
    });
    m_error = new InlineMessage(this);
    m_error->setObjectName(QStringLiteral("restoreError"));
    layout->addWidget(m_error);
    m_busyRow = makeBusyRow(QString(), this);
    m_busyRow->setObjectName(QStringLiteral("restoreBusy"));
    layout->addWidget(m_busyRow);

    setTabOrder(m_backup, m_browse);
    QWidget* last = m_browse;
    if (m_target) {
        setTabOrder(m_browse, m_target);
        setTabOrder(m_target, m_chooseTarget);
        last = m_chooseTarget;
    }
    setTabOrder(last, m_userName);
    setTabOrder(m_userName, m_password);
    setTabOrder(m_password, m_code->edit());
    setTabOrder(m_code->edit(), m_code->switchButton());
    setFocusProxy(m_backup);

    connect(m_browse, &QPushButton::clicked, this, &RestoreForm::chooseBackup);
    connect(m_backup, &QLineEdit::textChanged, this, &RestoreForm::readHeader);
    // A long path shows its end (the file name); the whole of it is in the tooltip.
    connect(m_backup, &QLineEdit::textChanged, m_backup, &QLineEdit::setToolTip);
    if (m_target) {
        connect(m_chooseTarget, &QPushButton::clicked, this, &RestoreForm::chooseTarget);
        connect(m_target, &QLineEdit::textChanged, this, &RestoreForm::updateTargetHint);
    }
    // An error is about the last attempt: it goes as soon as the person changes anything.
    for (QLineEdit* edit : findChildren<QLineEdit*>()) {
        connect(edit, &QLineEdit::textEdited, m_error, &InlineMessage::clearMessage);
        connect(edit, &QLineEdit::returnPressed, this, &RestoreForm::submitRequested);
    }
    connect(m_code, &SecondFactorField::modeChanged, m_error, &InlineMessage::clearMessage);
    reset();
}

RestoreForm::~RestoreForm() = default;

void RestoreForm::setFixedTarget(const QString& database)
{
    m_fixedTarget = database;
}

void RestoreForm::reset(const QString& userName)
{
    m_backup->clear();
    if (m_target)
        m_target->clear();
    m_userName->setText(userName);
    m_password->clear();
    m_code->setRecoveryMode(false);
    m_code->clear();
    m_capsWatcher->reset();
    m_error->clearMessage();
    setBusy(QString());
    readHeader();
    updateTargetHint();
}

QString RestoreForm::backupPath() const
{
    return m_backup->text().trimmed();
}

QString RestoreForm::target() const
{
    if (!m_target)
        return m_fixedTarget;
    const QString path = m_target->text().trimmed();
    return path.isEmpty() ? QString() : QFileInfo(path).absoluteFilePath();
}

void RestoreForm::chooseBackup()
{
    QString path;
    if (m_backupChooser) {
        path = m_backupChooser();
    } else {
        const QString start = backupPath().isEmpty()
            ? QStandardPaths::writableLocation(QStandardPaths::HomeLocation)
            : QFileInfo(backupPath()).absolutePath();
        path = QFileDialog::getOpenFileName(
            this, tr("Choose a backup"), start,
            tr("DPP Console backups (*%1);;All files (*)").arg(QLatin1String(Backups::FileSuffix)));
    }
    if (path.isEmpty())
        return;
    m_error->clearMessage();
    m_backup->setText(QDir::toNativeSeparators(path));
    m_userName->setFocus();
}

void RestoreForm::chooseTarget()
{
    QString path;
    if (m_targetChooser) {
        path = m_targetChooser();
    } else {
        const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        path = QFileDialog::getSaveFileName(
            this, tr("Restore to a new database file"), QDir(folder).filePath(tr("restore-drill.db")),
            tr("Databases (*.db)"), nullptr, QFileDialog::DontConfirmOverwrite);
    }
    if (path.isEmpty())
        return;
    m_error->clearMessage();
    m_target->setText(QDir::toNativeSeparators(path));
}

void RestoreForm::readHeader()
{
    m_header.reset();
    const QString path = backupPath();
    if (path.isEmpty()) {
        setHint(m_summary, tr("Choose the backup file (…%1).").arg(QLatin1String(Backups::FileSuffix)),
                HintState::Neutral);
        return;
    }
    if (!QFileInfo(path).isFile()) {
        setHint(m_summary, tr("There is no file at this path."), HintState::Error);
        return;
    }
    Result<BackupHeader> header = BackupFile::readHeader(path);
    if (!header) {
        setHint(m_summary, header.error().message(), HintState::Error);
        return;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    m_header = std::move(header).value();
    setHint(m_summary, describe(*m_header, now),
            m_header->expiresAt <= now ? HintState::Error : HintState::Good);
}

QString RestoreForm::describe(const BackupHeader& header, const QDateTime& now)
{
    BackupRecord record;
    record.state = BackupRecord::State::Present;
    record.expiresAt = header.expiresAt;
    const QString orders
        = tr("%1, %2 with buyer data")
              .arg(OrdersModel::ordersText(header.orders), QLocale().toString(header.piiOrders));
    const QString made = tr("Made %1 by %2 from %3. %4.")
                             .arg(OrdersModel::timeText(header.createdAt), header.createdBy,
                                  QDir::toNativeSeparators(header.source), orders);
    if (header.expiresAt <= now)
        return made + QLatin1Char(' ')
            + tr("It expired on %1: an expired backup is not restored.")
                  .arg(OrdersModel::timeText(header.expiresAt));
    return made + QLatin1Char(' ')
        + tr("Kept until %1 (%2).")
              .arg(OrdersModel::timeText(header.expiresAt), BackupListModel::expiryText(record, now));
}

void RestoreForm::updateTargetHint()
{
    if (!m_targetHint)
        return;
    const QString path = target();
    if (path.isEmpty()) {
        setHint(m_targetHint,
                tr("A file that does not exist yet; its key file and ledger are made beside it. The open "
                   "database is not touched."),
                HintState::Neutral);
        return;
    }
    if (VaultPaths(path).exists()) {
        setHint(m_targetHint, tr("A database or key file is there already: choose another name."),
                HintState::Error);
        return;
    }
    if (!QFileInfo(QFileInfo(path).absolutePath()).isDir()) {
        setHint(m_targetHint, tr("The folder does not exist."), HintState::Error);
        return;
    }
    setHint(m_targetHint, tr("✓ A new database is made there."), HintState::Good);
}

bool RestoreForm::validate()
{
    m_error->clearMessage();
    const auto refuse = [this](QWidget* field, const QString& message) {
        m_error->showMessage(InlineMessage::Kind::Error, message);
        field->setFocus();
        return false;
    };
    readHeader();
    if (backupPath().isEmpty())
        return refuse(m_backup, tr("Choose the backup to restore."));
    if (!m_header)
        return refuse(m_backup, m_summary->text());
    if (m_header->expiresAt <= QDateTime::currentDateTimeUtc())
        return refuse(m_backup,
                      tr("This backup expired on %1. An expired backup is not restored: it may hold "
                         "buyer data past its retention.")
                          .arg(OrdersModel::timeText(m_header->expiresAt)));
    if (m_target) {
        const QString path = target();
        if (path.isEmpty())
            return refuse(m_target, tr("Choose the new database file to restore to."));
        if (VaultPaths(path).exists())
            return refuse(m_target,
                          tr("%1 or its key file exists already: a restore never replaces a "
                             "database. Choose another name.")
                              .arg(QDir::toNativeSeparators(path)));
    }
    if (m_userName->text().trimmed().isEmpty())
        return refuse(m_userName, tr("Enter your user name as it was in the backup."));
    if (m_password->text().isEmpty())
        return refuse(m_password, tr("Enter your password as it was when the backup was made."));
    if (!m_code->isEmpty() && !m_code->isComplete())
        return refuse(m_code,
                      m_code->isRecoveryMode()
                          ? tr("A recovery code has 10 letters and digits, like ABCDE-FGHJK.")
                          : tr("The code has 6 digits. Type the code your authenticator app shows now."));
    return true;
}

RestoreRequest RestoreForm::takeRequest()
{
    RestoreRequest request;
    request.backupPath = QFileInfo(backupPath()).absoluteFilePath();
    request.target = target();
    request.username = m_userName->text().trimmed();
    request.password = takePassword(m_password);
    if (!m_code->isEmpty())
        request.second = m_code->take();
    m_code->clear();
    return request;
}

void RestoreForm::showError(const Error& error)
{
    switch (error.code()) {
    case ErrorCode::SecondFactorRequired:
        m_error->showMessage(InlineMessage::Kind::Error,
                             tr("Your account used two-factor sign-in when the backup was made: type your "
                                "password again and the code from your authenticator app (or a recovery "
                                "code)."));
        m_password->setFocus();
        return;
    case ErrorCode::WrongCredentials:
        m_error->showMessage(InlineMessage::Kind::Error,
                             tr("%1 Type them as they were when the backup was made.").arg(error.message()));
        m_password->setFocus();
        return;
    default:
        m_error->showMessage(InlineMessage::Kind::Error, error.message());
        break;
    }
    if (error.code() == ErrorCode::AlreadyExists && m_target)
        m_target->setFocus();
    else
        m_password->setFocus();
    updateTargetHint();
}

void RestoreForm::clearError()
{
    m_error->clearMessage();
}

void RestoreForm::setBusy(const QString& text)
{
    m_busy = !text.isEmpty();
    m_fields->setEnabled(!m_busy);
    if (auto* label = m_busyRow->findChild<QLabel*>())
        label->setText(text);
    m_busyRow->setVisible(m_busy);
}

} // namespace dpp::ui
