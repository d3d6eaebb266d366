// DeletionFulfilmentDialog: what fulfilling one of Amazon's deletion requests did (issue 6, item
// 5): how many orders were purged, whether the purge's verification passed, the certificate of
// sanitization and the certification of the request; for a return also the encrypted export and
// its key, shown this once (as the recovery key: copyable, marked secret for clipboard managers,
// gone once the person confirms they stored it, or when the console locks).
#pragma once

#include "crypto/SecureBytes.h"
#include "purge/DeletionRequests.h"

#include <QDialog>

class QLabel;
class QPushButton;

namespace dpp::ui {

class InlineMessage;
class SecretOnceBox;

class DeletionFulfilmentDialog final : public QDialog
{
    Q_OBJECT

public:
    //! Takes the fulfilment's export key; it is wiped when the dialog closes.
    DeletionFulfilmentDialog(const DeletionRequest& request, DeletionFulfilment done,
                             QWidget* parent = nullptr);
    ~DeletionFulfilmentDialog() override;

    //! The key as laid out on screen: 8 groups of 8 hex digits in two lines.
    static QString layoutKey(const SecureBytes& keyHex);

signals:
    //! "Show in folder" beside the export: the view opens path (with its test hook).
    void openRequested(const QString& path);

public slots:
    //! Escape and the close button: refused while a return's key is not confirmed as stored.
    void reject() override;
    //! Every way out (including the console's lock, which closes it at once) wipes the key.
    void done(int result) override;

private:
    void wipe();

    bool m_isReturn;
    SecureBytes m_key;
    SecretOnceBox* m_keyBox = nullptr;
    InlineMessage* m_message;
    QPushButton* m_close;
};

} // namespace dpp::ui
