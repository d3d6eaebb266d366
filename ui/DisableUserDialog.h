// DisableUserDialog: disables an account now or from a leaving date. Now removes the person's key
// slot at once; a date is carried out by the first sign-in on or after it.
#pragma once

#include "ActionDialog.h"

#include <QDateTime>

class QDateEdit;
class QRadioButton;

namespace dpp::ui {

class DisableUserDialog final : public ActionDialog
{
    Q_OBJECT

public:
    DisableUserDialog(const QString& userName, const QString& displayName, QWidget* parent = nullptr);

    //! Invalid for "now"; else the start of the chosen day, local time.
    QDateTime leavingAt() const;
    bool takesEffectNow() const;

    QRadioButton* nowButton() const { return m_now; }
    QRadioButton* laterButton() const { return m_later; }
    QDateEdit* dateEdit() const { return m_date; }

protected:
    QWidget* fields() const override { return m_fields; }

private:
    QWidget* m_fields;
    QRadioButton* m_now;
    QRadioButton* m_later;
    QDateEdit* m_date;
};

} // namespace dpp::ui
