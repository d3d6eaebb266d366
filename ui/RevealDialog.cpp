// RevealDialog: see the header.
#include "RevealDialog.h"

#include "PageLayout.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace dpp::ui {

RevealDialog::RevealDialog(const QString& orderId, QWidget* parent)
    : ActionDialog(tr("Reveal personal data"), tr("&Reveal"), parent)
{
    setObjectName(QStringLiteral("revealDialog"));
    setMinimumWidth(480);
    setExplanation(tr("Reveal the buyer's personal data of order %1 only when your work needs it. The reason "
                      "and the ticket are recorded in the audit log; the data shows for a minute.")
                       .arg(orderId));
    m_fields = new QWidget(this);
    auto* form = new QFormLayout(m_fields);
    form->setContentsMargins(0, 0, 0, 0);
    m_category = new QComboBox(m_fields);
    m_category->setObjectName(QStringLiteral("revealCategoryCombo"));
    // No reason is chosen for the person: they pick the one that is true.
    m_category->addItem(tr("Choose a reason…"), QString());
    for (const QString& category : OrderStore::revealCategories())
        m_category->addItem(OrderStore::revealCategoryDisplayName(category), category);
    addFieldRow(form, tr("Rea&son:"), m_category);
    m_ticket = new QLineEdit(m_fields);
    m_ticket->setObjectName(QStringLiteral("revealTicketEdit"));
    m_ticket->setMaxLength(32);
    m_ticket->setPlaceholderText(tr("Optional, e.g. CS-10423"));
    auto* hint = makeHint(m_fields);
    setHint(hint, tr("The case or ticket this is for: letters, digits and - _ # . / : (at most 32)."),
            HintState::Neutral);
    addFieldRow(form, tr("&Ticket:"), m_ticket, {hint});
    content()->addWidget(m_fields);
    connect(m_category, &QComboBox::currentIndexChanged, this, [this] { showError(QString()); });
}

RevealReason RevealDialog::reason() const
{
    return {m_category->currentData().toString(), m_ticket->text().trimmed()};
}

bool RevealDialog::validate()
{
    const RevealReason chosen = reason();
    if (chosen.category.isEmpty()) {
        showError(tr("Choose why you need to see the personal data."));
        m_category->setFocus();
        return false;
    }
    if (!chosen.ticket.isEmpty() && !OrderStore::isValidTicket(chosen.ticket)) {
        showError(tr("The ticket may hold letters, digits and - _ # . / : only, at most 32 characters."));
        m_ticket->setFocus();
        return false;
    }
    return true;
}

} // namespace dpp::ui
