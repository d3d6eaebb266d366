// HoldDialog: puts an order on hold (issue 5, item 4). A legal hold stops the retention clock and
// needs a reason and a review date after today; a tax hold needs a reason (its invoice fields go to
// the tax archive at the purge). Only collects and checks; the Retention view calls the core.
#pragma once

#include "ActionDialog.h"
#include "retention/Retention.h"

class QDateEdit;
class QPlainTextEdit;

namespace dpp::ui {

class HoldDialog final : public ActionDialog
{
    Q_OBJECT

public:
    HoldDialog(const QString& orderId, HoldKind kind, QWidget* parent = nullptr);

    HoldKind kind() const { return m_kind; }
    QString reason() const;
    //! Legal holds: the chosen review date; invalid for tax holds.
    QDate reviewDate() const;

protected:
    bool validate() override;
    QWidget* fields() const override { return m_fields; }

private:
    HoldKind m_kind;
    QWidget* m_fields;
    QPlainTextEdit* m_reason;
    QDateEdit* m_review = nullptr;
};

} // namespace dpp::ui
