// HoldDialog: see the header.
#include "HoldDialog.h"

#include "PageLayout.h"

#include <QDateEdit>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>

namespace dpp::ui {

HoldDialog::HoldDialog(const QString& orderId, HoldKind kind, QWidget* parent)
    : ActionDialog(kind == HoldKind::Legal ? tr("Legal hold on %1").arg(orderId)
                                           : tr("Tax hold on %1").arg(orderId),
                   tr("&Place hold"), parent)
    , m_kind(kind)
{
    setObjectName(kind == HoldKind::Legal ? QStringLiteral("legalHoldDialog")
                                          : QStringLiteral("taxHoldDialog"));
    setMinimumWidth(500);
    setExplanation(
        kind == HoldKind::Legal
            ? tr("A legal hold keeps the order's personal data past its due date, for a lawsuit or "
                 "an authority's request. The retention clock stops until the hold is released; "
                 "look at it again by the review date.")
            : tr("A tax hold keeps the invoice fields for the tax records. The retention clock "
                 "runs on: when the order is purged, those fields go to the encrypted tax "
                 "archive and the rest is erased."));
    m_fields = new QWidget(this);
    auto* form = new QFormLayout(m_fields);
    form->setContentsMargins(0, 0, 0, 0);
    m_reason = new QPlainTextEdit(m_fields);
    m_reason->setObjectName(QStringLiteral("holdReasonEdit"));
    m_reason->setTabChangesFocus(true);
    m_reason->setPlaceholderText(kind == HoldKind::Legal
                                     ? tr("e.g. Case 2026-17, litigation hold letter of 3 March")
                                     : tr("e.g. Invoice kept for the VAT return"));
    m_reason->setFixedHeight(m_reason->fontMetrics().lineSpacing() * 4);
    auto* reasonHint = makeHint(m_fields);
    setHint(reasonHint,
            tr("Stays in the database for those who manage retention; it is not written to the "
               "audit log. Do not copy personal data into it."),
            HintState::Neutral);
    addFieldRow(form, tr("&Reason:"), m_reason, {reasonHint});
    if (kind == HoldKind::Legal) {
        const QDate tomorrow = QDate::currentDate().addDays(1);
        m_review = new QDateEdit(QDate::currentDate().addDays(90), m_fields);
        m_review->setObjectName(QStringLiteral("holdReviewDateEdit"));
        m_review->setCalendarPopup(true);
        m_review->setMinimumDate(tomorrow);
        m_review->setDisplayFormat(QLocale().dateFormat(QLocale::LongFormat));
        addFieldRow(form, tr("Re&view by:"), m_review);
    }
    content()->addWidget(m_fields);
    connect(m_reason, &QPlainTextEdit::textChanged, this, [this] { showError(QString()); });
}

QString HoldDialog::reason() const
{
    return m_reason->toPlainText().trimmed();
}

QDate HoldDialog::reviewDate() const
{
    return m_review ? m_review->date() : QDate();
}

bool HoldDialog::validate()
{
    if (reason().isEmpty()) {
        showError(tr("Say why the order is held."));
        m_reason->setFocus();
        return false;
    }
    if (m_review && m_review->date() <= QDate::currentDate()) {
        showError(tr("The review date must be after today."));
        return false;
    }
    return true;
}

} // namespace dpp::ui
