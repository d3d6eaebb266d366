// NewDeletionRequestDialog: records one of Amazon's deletion requests (issue 6, item 5): Amazon's
// reference, when the request was received (UTC, the start of the 72 hours), delete or return,
// the scope (everything, listed order ids, a purchase-date range) and a note kept in the database
// only. Only collects and checks; the Deletion requests view calls the core and sends its errors
// back here.
#pragma once

#include "ActionDialog.h"
#include "common/Clock.h"
#include "purge/DeletionRequests.h"

class QButtonGroup;
class QDateEdit;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QRadioButton;

namespace dpp::ui {

class NewDeletionRequestDialog final : public ActionDialog
{
    Q_OBJECT

public:
    //! clock: the vault's, for "now" (the default receipt time, and "not in the future").
    explicit NewDeletionRequestDialog(Clock clock, QWidget* parent = nullptr);

    //! The request as entered (valid once validate() passed).
    NewDeletionRequest request() const;
    //! The order ids typed, one per line or separated by commas, spaces or semicolons.
    QStringList orderIds() const;

protected:
    bool validate() override;
    QWidget* fields() const override { return m_fields; }

private:
    void updateReferenceHint();
    void updateReceivedHint();
    void updateScope();
    DeletionScope scope() const;

    Clock m_clock;
    QWidget* m_fields;
    QLineEdit* m_reference;
    QLabel* m_referenceHint;
    QDateTimeEdit* m_received;
    QLabel* m_receivedHint;
    QButtonGroup* m_action;
    QRadioButton* m_delete;
    QRadioButton* m_return;
    QButtonGroup* m_scope;
    QRadioButton* m_everything;
    QRadioButton* m_listed;
    QRadioButton* m_range;
    QPlainTextEdit* m_orderIds;
    QWidget* m_rangeRow;
    QDateEdit* m_from;
    QDateEdit* m_to;
    QPlainTextEdit* m_note;
};

} // namespace dpp::ui
