// RevealDialog: why someone reveals an order's PII (issue 5, item 3): a reason category from
// OrderStore::revealCategories() and an optional ticket. Only collects and checks; the Orders view
// asks for step-up and calls OrderStore::reveal, which audits the reason (never the values).
#pragma once

#include "ActionDialog.h"
#include "orders/OrderStore.h"

class QComboBox;
class QLineEdit;

namespace dpp::ui {

class RevealDialog final : public ActionDialog
{
    Q_OBJECT

public:
    explicit RevealDialog(const QString& orderId, QWidget* parent = nullptr);

    RevealReason reason() const;

protected:
    bool validate() override;
    QWidget* fields() const override { return m_fields; }

private:
    QWidget* m_fields;
    QComboBox* m_category;
    QLineEdit* m_ticket;
};

} // namespace dpp::ui
