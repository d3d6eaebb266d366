// RestoreDialog: see the header.
#include "RestoreDialog.h"

#include "InlineMessage.h"
#include "PageLayout.h"
#include "RestoreForm.h"
#include "models/OrdersModel.h"

#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace dpp::ui {

RestoreDialog::RestoreDialog(const QString& userName, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("restoreDialog"));
    setWindowTitle(tr("Restore to another file"));
    setMinimumWidth(640);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 18, 20, 16);
    layout->setSpacing(12);

    auto* explanation = makeParagraph(
        tr("A restore drill: prove that a backup can be restored, without touching the open database. The "
           "backup is restored to a new database file; every order purged after the backup was made is "
           "purged there again, and every order due is purged, before anyone can look at it."),
        this);
    explanation->setObjectName(QStringLiteral("restoreExplanation"));
    layout->addWidget(explanation);
    m_form = new RestoreForm(RestoreForm::Target::Chosen, this);
    m_form->reset(userName);
    layout->addWidget(m_form);

    // After the restore: what it did, in place of the form.
    m_outcome = new QWidget(this);
    m_outcome->setObjectName(QStringLiteral("restoreOutcome"));
    auto* outcomeLayout = new QVBoxLayout(m_outcome);
    outcomeLayout->setContentsMargins(0, 0, 0, 0);
    outcomeLayout->setSpacing(8);
    m_outcomeTitle = new InlineMessage(m_outcome);
    m_outcomeTitle->setObjectName(QStringLiteral("restoreOutcomeTitle"));
    outcomeLayout->addWidget(m_outcomeTitle);
    m_outcomeText = makeParagraph(QString(), m_outcome);
    m_outcomeText->setObjectName(QStringLiteral("restoreOutcomeText"));
    m_outcomeText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    outcomeLayout->addWidget(m_outcomeText);
    m_warnings = new InlineMessage(m_outcome);
    m_warnings->setObjectName(QStringLiteral("restoreOutcomeWarnings"));
    outcomeLayout->addWidget(m_warnings);
    m_targetPath = new QLineEdit(m_outcome);
    m_targetPath->setObjectName(QStringLiteral("restoreOutcomePath"));
    m_targetPath->setReadOnly(true);
    m_targetPath->setAccessibleName(tr("Restored database"));
    m_showFolder = new QPushButton(tr("Show in &folder"), m_outcome);
    m_showFolder->setObjectName(QStringLiteral("restoreShowFolderButton"));
    auto* pathRow = new QHBoxLayout;
    pathRow->setSpacing(6);
    pathRow->addWidget(m_targetPath, 1);
    pathRow->addWidget(m_showFolder);
    outcomeLayout->addLayout(pathRow);
    outcomeLayout->addWidget(
        makeParagraph(tr("It is not opened here. To look at it, start a second console with "
                         "this command, and sign in as in the backup:"),
                      m_outcome));
    // A field, not a label: the command is copied from it whole.
    m_openCommand = new QLineEdit(m_outcome);
    m_openCommand->setObjectName(QStringLiteral("restoreOpenCommand"));
    m_openCommand->setReadOnly(true);
    m_openCommand->setAccessibleName(tr("Command that opens the restored database"));
    m_openCommand->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    outcomeLayout->addWidget(m_openCommand);
    auto* cleanUp
        = makeParagraph(tr("The restored database holds buyer data like the open one: when the drill "
                           "is over, delete its files (the .db, .keys, .ledger and the others beside "
                           "it)."),
                        m_outcome);
    cleanUp->setObjectName(QStringLiteral("restoreCleanUp"));
    outcomeLayout->addWidget(cleanUp);
    m_outcome->setVisible(false);
    layout->addWidget(m_outcome);
    layout->addStretch(1);

    auto* buttons = new QDialogButtonBox(this);
    m_restore = buttons->addButton(tr("Re&store"), QDialogButtonBox::AcceptRole);
    m_restore->setObjectName(QStringLiteral("restoreConfirmButton"));
    m_restore->setDefault(true);
    m_close = buttons->addButton(QDialogButtonBox::Cancel);
    m_close->setObjectName(QStringLiteral("restoreCancelButton"));
    layout->addWidget(buttons);

    connect(m_restore, &QPushButton::clicked, this, &RestoreDialog::submit);
    connect(m_form, &RestoreForm::submitRequested, this, &RestoreDialog::submit);
    connect(m_close, &QPushButton::clicked, this, &RestoreDialog::reject);
    connect(m_showFolder, &QPushButton::clicked, this, [this] {
        const QUrl url
            = QUrl::fromLocalFile(QFileInfo(QDir::fromNativeSeparators(m_targetPath->text())).absolutePath());
        if (m_urlOpener)
            m_urlOpener(url);
        else
            QDesktopServices::openUrl(url);
    });
    m_form->setFocus();
}

void RestoreDialog::submit()
{
    if (m_busy || m_showsOutcome)
        return;
    if (!m_form->validate())
        return;
    emit submitted();
}

void RestoreDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_form->setBusy(busy ? tr("Restoring: checking the backup, signing you in to its copy, then purging "
                              "again what was purged since; this takes a few seconds…")
                         : QString());
    m_restore->setEnabled(!busy);
    m_close->setEnabled(!busy);
}

void RestoreDialog::reject()
{
    if (m_busy)
        return; // the restore runs on its own files; it ends in a moment
    QDialog::reject();
}

QStringList RestoreDialog::outcomeLines(const RestoreOutcome& outcome)
{
    QStringList lines;
    lines << tr("Restored from the backup made %1 by %2.")
                 .arg(OrdersModel::timeText(outcome.backup.createdAt), outcome.backup.createdBy);
    lines
        << tr("Purged again, because the purge ledgers record them as purged after the backup was made: %1.")
               .arg(OrdersModel::ordersText(outcome.replayed));
    lines << tr("Purged because they are due now under the retention rules: %1.")
                 .arg(OrdersModel::ordersText(outcome.purgedAsDue));
    if (outcome.backupsLearned > 0)
        lines << tr("Backups made after this one, learnt from the backup journal: %1.")
                     .arg(QLocale().toString(outcome.backupsLearned));
    for (const QString& certificate : outcome.certificates)
        lines << tr("Certificate of sanitization: %1").arg(QDir::toNativeSeparators(certificate));
    return lines;
}

QStringList RestoreDialog::outcomeWarnings(const RestoreOutcome& outcome)
{
    QStringList warnings;
    if (!outcome.taxHeldLeft.isEmpty())
        warnings << tr("%1 due on tax hold are left for a person who can write the tax archive: %2.")
                        .arg(OrdersModel::ordersText(outcome.taxHeldLeft.size()),
                             outcome.taxHeldLeft.mid(0, 10).join(QStringLiteral(", "))
                                 + (outcome.taxHeldLeft.size() > 10 ? QStringLiteral(", …") : QString()));
    if (outcome.ledgerLinesUnreadable > 0)
        warnings << tr("%1 lines of the purge ledgers could not be read (a line a crash cut short has no "
                       "purge behind it).")
                        .arg(QLocale().toString(outcome.ledgerLinesUnreadable));
    if (!outcome.previousAuditHead.isEmpty())
        warnings << tr("The lost database's audit head is kept as %1.")
                        .arg(QDir::toNativeSeparators(outcome.previousAuditHead));
    return warnings;
}

void RestoreDialog::showOutcome(const RestoreOutcome& outcome)
{
    m_showsOutcome = true;
    m_form->setVisible(false);
    m_outcomeTitle->showMessage(InlineMessage::Kind::Success,
                                tr("The backup works: it was restored to a new database file."));
    m_outcomeText->setText(outcomeLines(outcome).join(QLatin1Char('\n')));
    const QStringList warnings = outcomeWarnings(outcome);
    m_warnings->showMessage(InlineMessage::Kind::Warning, warnings.join(QLatin1Char('\n')));
    const QString path = QDir::toNativeSeparators(QFileInfo(outcome.target).absoluteFilePath());
    m_targetPath->setText(path);
    m_targetPath->setCursorPosition(0);
    m_targetPath->setToolTip(path);
    const QString argument = path.contains(QLatin1Char(' ')) ? QStringLiteral("\"%1\"").arg(path) : path;
    m_openCommand->setText(QStringLiteral("dpp-console --database %1").arg(argument));
    m_openCommand->setCursorPosition(0);
    m_outcome->setVisible(true);
    m_restore->setVisible(false);
    m_close->setText(tr("&Close"));
    m_close->setEnabled(true);
    m_close->setDefault(true);
    m_close->setFocus();
    // The form was taller than the outcome: no empty half dialog. The wrapped texts need their
    // height at this width, which QDialog does not ask its layout for by itself.
    QMetaObject::invokeMethod(
        this,
        [this] {
            if (layout() && layout()->hasHeightForWidth())
                resize(width(), layout()->totalHeightForWidth(width()));
        },
        Qt::QueuedConnection);
}

} // namespace dpp::ui
