// PurgeResultPanel: see the header. Colours as InlineMessage's (readable on light and dark palettes).
#include "PurgeResultPanel.h"

#include <QDesktopServices>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace dpp::ui {

namespace {

//! One check as a line of rich text: a mark, then what was found. No PII is ever in it.
QString checkLine(bool passed, const QString& text)
{
    return QStringLiteral("<tr><td style=\"color: %1; font-weight: bold; padding-right: 6px;\">%2</td>"
                          "<td>%3</td></tr>")
        .arg(passed ? QStringLiteral("#1b5e20") : QStringLiteral("#8a1c14"),
             passed ? QStringLiteral("\u2713") : QStringLiteral("\u2717"), text.toHtmlEscaped());
}

} // namespace

PurgeResultPanel::PurgeResultPanel(QWidget* parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("purgeResultPanel"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 10);
    layout->setSpacing(6);

    auto* titleRow = new QHBoxLayout;
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("purgeResultTitle"));
    m_title->setWordWrap(true);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    titleRow->addWidget(m_title, 1);
    m_dismiss = new QPushButton(tr("&Dismiss"), this);
    m_dismiss->setObjectName(QStringLiteral("purgeResultDismissButton"));
    m_dismiss->setToolTip(tr("Hide this result; the certificate stays where it is"));
    titleRow->addWidget(m_dismiss, 0, Qt::AlignTop);
    layout->addLayout(titleRow);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("purgeResultSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    layout->addWidget(m_summary);

    m_checks = new QLabel(this);
    m_checks->setObjectName(QStringLiteral("purgeResultChecks"));
    m_checks->setTextFormat(Qt::RichText);
    m_checks->setWordWrap(true);
    layout->addWidget(m_checks);

    m_certificate = new QLabel(this);
    m_certificate->setObjectName(QStringLiteral("purgeCertificateNote"));
    m_certificate->setWordWrap(true);
    m_certificate->setTextFormat(Qt::PlainText);
    layout->addWidget(m_certificate);
    // The path on a line of its own: the file name at its end is what tells certificates apart.
    m_path = new QLineEdit(this);
    m_path->setObjectName(QStringLiteral("purgeCertificatePath"));
    m_path->setReadOnly(true);
    m_path->setAccessibleName(tr("Certificate file"));
    layout->addWidget(m_path);
    auto* pathRow = new QHBoxLayout;
    pathRow->addStretch(1);
    m_openCertificate = new QPushButton(tr("&Open certificate"), this);
    m_openCertificate->setObjectName(QStringLiteral("openCertificateButton"));
    m_showFolder = new QPushButton(tr("Show in &folder"), this);
    m_showFolder->setObjectName(QStringLiteral("showCertificateFolderButton"));
    pathRow->addWidget(m_openCertificate);
    pathRow->addWidget(m_showFolder);
    layout->addLayout(pathRow);

    connect(m_openCertificate, &QPushButton::clicked, this,
            [this] { open(QUrl::fromLocalFile(m_certificatePath)); });
    connect(m_showFolder, &QPushButton::clicked, this,
            [this] { open(QUrl::fromLocalFile(QFileInfo(m_certificatePath).absolutePath())); });
    connect(m_dismiss, &QPushButton::clicked, this, &PurgeResultPanel::clear);
    clear();
}

void PurgeResultPanel::showRun(const PurgeRun& run, const QString& certificatePath,
                               const QString& certificateError)
{
    const QLocale locale;
    const PurgeVerification& v = run.verification;
    const int count = static_cast<int>(run.orderIds.size());
    m_certificatePath = certificatePath;
    m_error = !v.passed() || certificatePath.isEmpty();

    const QString n = locale.toString(count);
    if (v.passed())
        m_title->setText(count == 1 ? tr("1 order purged. Verification passed.")
                                    : tr("%1 orders purged. Verification passed.").arg(n));
    else
        m_title->setText(count == 1 ? tr("1 order purged, but the verification FAILED.")
                                    : tr("%1 orders purged, but the verification FAILED.").arg(n));
    // A run that failed its checks must not read as done: what it did, then what is in doubt.
    QString summary = v.passed()
        ? tr("Their buyer data is destroyed for good: data keys erased, rows overwritten. The "
             "order facts stay.")
        : tr("Their data keys were erased and their rows deleted, but the checks below did not "
             "all hold: some of the purged data may still be readable. Do not rely on this run; "
             "tell whoever looks after the console's database, and see Alarms.");
    summary += QLatin1Char(' ')
        + tr("Run %1, finished %2.")
              .arg(locale.toString(run.runId),
                   locale.toString(run.finishedAt.toLocalTime(), QLocale::ShortFormat));
    if (run.oldestDue.isValid())
        summary += QLatin1Char(' ')
            + tr("Due dates from %1 to %2.")
                  .arg(locale.toString(run.oldestDue.toLocalTime().date(), QLocale::ShortFormat),
                       locale.toString(run.newestDue.toLocalTime().date(), QLocale::ShortFormat));
    if (run.taxArchived > 0)
        summary += QLatin1Char(' ')
            + tr("Before the purge, the invoice fields of the orders on tax hold (%1) were sealed into the "
                 "tax "
                 "archive %2: move that file to offline storage.")
                  .arg(locale.toString(run.taxArchived), run.taxArchivePath);
    m_summary->setText(summary);

    QString checks = QStringLiteral("<table>");
    checks += checkLine(v.rowsGone,
                        v.rowsGone ? tr("No PII or data-key row of a purged order is left.")
                                   : tr("Rows of purged orders are still in the database."));
    if (v.pagesScanned > 0)
        checks += checkLine(
            v.pagesClean,
            v.pagesClean ? tr("%1 pages read decrypted, free pages included: none holds any of the "
                              "%2 purged keys and sealed values.")
                               .arg(locale.toString(v.pagesScanned), locale.toString(v.needlesSearched))
                         : tr("%1 pages read decrypted: purged keys or sealed values are still in some.")
                               .arg(locale.toString(v.pagesScanned)));
    else
        checks += checkLine(false, tr("The pages could not be read for the verification: %1").arg(v.method));
    checks += checkLine(
        v.walBytes == 0,
        v.walBytes == 0 ? tr("The write-ahead log is empty.")
                        : tr("The write-ahead log still holds %1 bytes.").arg(locale.toString(v.walBytes)));
    checks += checkLine(
        v.freePages == 0,
        v.freePages == 0
            ? tr("No free pages: nothing is left in unused space.")
            : tr("Free pages are left in the database file: %1.").arg(locale.toString(v.freePages)));
    checks += QStringLiteral("</table>");
    m_checks->setText(checks);

    const bool certified = !certificatePath.isEmpty();
    m_certificate->setText(
        certified ? tr("Certificate of sanitization (keep it with your DPP records):")
                  : tr("The certificate of sanitization could not be written: %1").arg(certificateError));
    m_path->setText(certificatePath);
    m_path->setCursorPosition(0);
    for (QWidget* widget : std::initializer_list<QWidget*>{m_path, m_openCertificate, m_showFolder})
        widget->setVisible(certified);

    // Green for a run that passed and is certified, red otherwise; the frame alone carries the colour
    // (a selector by name), so the path field and the buttons keep their usual look.
    setStyleSheet(m_error ? QStringLiteral("QFrame#purgeResultPanel { background: #fdecea; border: 1px solid "
                                           "#e8a29c; border-radius: 4px; } QLabel { color: #8a1c14; }")
                          : QStringLiteral("QFrame#purgeResultPanel { background: #e7f5ea; border: 1px solid "
                                           "#9fd0a8; border-radius: 4px; } QLabel { color: #1b5e20; }"));
    setVisible(true);
}

void PurgeResultPanel::clear()
{
    m_certificatePath.clear();
    m_error = false;
    m_title->clear();
    m_summary->clear();
    m_checks->clear();
    m_certificate->clear();
    m_path->clear();
    setVisible(false);
}

void PurgeResultPanel::open(const QUrl& url)
{
    if (m_certificatePath.isEmpty())
        return;
    if (m_urlOpener)
        m_urlOpener(url);
    else
        QDesktopServices::openUrl(url);
}

} // namespace dpp::ui
