// JobProgressDialog: the progress of a vault job (a purge, a fulfilment, a backup). While the job
// owns the vault, Escape and the window's close button must not close it, or the window would take
// clicks again: they ask to cancel, as its Cancel button does, or do nothing when the job has no
// Cancel. The dialog stays until the job's result is in.
#pragma once

#include <QProgressDialog>

namespace dpp::ui {

class JobProgressDialog final : public QProgressDialog
{
public:
    //! cancelButtonText empty: no Cancel button, and the job cannot be cancelled.
    JobProgressDialog(const QString& labelText, const QString& cancelButtonText, int minimum, int maximum,
                      QWidget* parent = nullptr);

    void reject() override;

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    bool m_cancellable;
};

} // namespace dpp::ui
