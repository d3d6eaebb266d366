// DeletionRequestsView: Amazon's requests to delete or return its data (issue 6, item 5), for
// deletion-requests.manage. The list of every request, newest first, with its status and the
// countdown that matters (72 hours to delete, 90 days for every copy) in words and colours; the
// selected request's details, the orders its scope names now and, once fulfilled, its certificate
// of sanitization and certification with buttons to open them. "Record request…" records one;
// "Fulfil…" (with purge.execute) confirms what will happen, asks for step-up and purges as a
// vault job, then shows the result, and for a return the export's key, once.
#pragma once

#include "InlineMessage.h"

#include <QUrl>
#include <QWidget>
#include <functional>

class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;

namespace dpp {
class Vault;
struct DeletionRequest;
} // namespace dpp

namespace dpp::ui {

class DeletionRequestModel;

class DeletionRequestsView final : public QWidget
{
    Q_OBJECT

public:
    explicit DeletionRequestsView(QWidget* parent = nullptr);

    //! Shows the requests of vault (owned by the window).
    void load(Vault* vault);
    //! Forgets the vault and everything shown, and closes dialogs (the console locked).
    void clear();
    //! Reads the requests again (the countdowns move on), keeping the selection.
    void refresh();

    DeletionRequestModel* model() const { return m_model; }
    //! Selects the request with id; false when it is not listed.
    bool selectRequest(qint64 id);
    //! The selected request's id, or 0.
    qint64 selectedId() const;

    //! Opens the dialog that records a request (as "Record request…").
    void recordRequest();
    //! Starts fulfilling the selected request (as "Fulfil…"): the confirmation first.
    void fulfilSelected();

    //! Test hook: called instead of QDesktopServices::openUrl.
    void setUrlOpener(std::function<bool(const QUrl&)> opener) { m_urlOpener = std::move(opener); }

private:
    void showSelected();
    void showRequest(const DeletionRequest& request);
    void showMessage(InlineMessage::Kind kind, const QString& text);
    void updateSummary();
    void confirmFulfil(const DeletionRequest& request, int named);
    void startFulfil(const DeletionRequest& request);
    void open(const QString& path);

    Vault* m_vault = nullptr;
    bool m_canPurge = false;
    DeletionRequestModel* m_model;
    InlineMessage* m_message;
    QLabel* m_summary;
    QPushButton* m_record;
    QTableView* m_table;
    QTimer* m_refreshTimer;

    QWidget* m_side;
    QLabel* m_detailTitle;
    QLabel* m_placeholder;
    QWidget* m_details;
    QFormLayout* m_form;
    QLabel* m_status;
    QLabel* m_received;
    QLabel* m_deadline72h;
    QLabel* m_deadline90d;
    QLabel* m_action;
    QLabel* m_scope;
    QLabel* m_ordersNow;
    QLabel* m_note;
    QLabel* m_recorded;
    QPushButton* m_fulfil;
    QLabel* m_fulfilReason;

    QWidget* m_fulfilled;
    QFormLayout* m_files;
    QLabel* m_fulfilledAt;
    QLabel* m_run;
    QLabel* m_purged;
    QLineEdit* m_certificatePath;
    QLineEdit* m_certificationPath;
    QLineEdit* m_exportPath;
    QPushButton* m_openCertificate;
    QPushButton* m_openCertification;
    QPushButton* m_showFolder;

    std::function<bool(const QUrl&)> m_urlOpener;
};

} // namespace dpp::ui
