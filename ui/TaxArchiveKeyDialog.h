// TaxArchiveKeyDialog: the tax archive key's secret half, shown this once after it was made (issue
// 6, item 6). Every tax archive written from now on opens only with it, and DPP Console keeps only
// the public half, so the DPO must store it offline before the dialog may close; the lock, and
// every other way out, wipe it.
#pragma once

#include "crypto/SecureBytes.h"

#include <QDialog>

class QPushButton;

namespace dpp::ui {

class InlineMessage;
class SecretOnceBox;

class TaxArchiveKeyDialog final : public QDialog
{
    Q_OBJECT

public:
    //! Takes the key's display form (13 groups of 4); it is wiped when the dialog closes.
    TaxArchiveKeyDialog(SecureBytes key, const QString& fingerprint, QWidget* parent = nullptr);
    ~TaxArchiveKeyDialog() override;

public slots:
    //! Escape and the close button: refused until the key is confirmed as stored.
    void reject() override;
    void done(int result) override;

private:
    void wipe();

    SecureBytes m_key;
    SecretOnceBox* m_box;
    InlineMessage* m_message;
    QPushButton* m_close;
};

} // namespace dpp::ui
