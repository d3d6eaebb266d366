// JobProgressDialog: see the header.
#include "JobProgressDialog.h"

#include "VaultJob.h"

#include <QCloseEvent>

namespace dpp::ui {

JobProgressDialog::JobProgressDialog(const QString& labelText, const QString& cancelButtonText, int minimum,
                                     int maximum, QWidget* parent)
    : QProgressDialog(labelText, cancelButtonText, minimum, maximum, parent)
    , m_cancellable(!cancelButtonText.isEmpty())
{ }

void JobProgressDialog::reject()
{
    if (!VaultJobs::isBusy())
        QProgressDialog::reject();
    else if (m_cancellable)
        emit canceled();
}

void JobProgressDialog::closeEvent(QCloseEvent* event)
{
    if (!VaultJobs::isBusy()) {
        QProgressDialog::closeEvent(event);
        return;
    }
    event->ignore();
    if (m_cancellable)
        emit canceled();
}

} // namespace dpp::ui
