// RetentionView: when buyers' PII is due for purge (issue 5, item 4), for orders.view: tiles with
// the counts (overdue, due within 7 days, on hold, needs review) that choose the list below, and
// the chosen order's holds: kind, reason, review date, who set them. With retention.manage: legal
// and tax holds placed and released, the retention period (1 to 30 days, never longer than the
// DPP's 30), data minimisation (the PII fields left out at import) and the tax archive key (issue
// 6, item 6), shown once. With purge.execute: Purge all due (issue 6, item 3), confirmed, with
// step-up, off the GUI thread, certified.
#pragma once

#include "InlineMessage.h"
#include "retention/Retention.h"

#include <QWidget>
#include <map>

class QButtonGroup;
class QGroupBox;
class QLabel;
class QListWidget;
class QPushButton;
class QSpinBox;
class QTableView;

namespace dpp {
class Vault;
}

namespace dpp::ui {

class ActionDialog;
class PurgeResultPanel;
class RetentionListModel;

class RetentionView final : public QWidget
{
    Q_OBJECT

public:
    explicit RetentionView(QWidget* parent = nullptr);

    //! Shows the retention state of vault (owned by the window).
    void load(Vault* vault);
    //! Forgets the vault and everything shown, and closes dialogs (the console locked).
    void clear();
    //! Reads the counts, the list and the settings again.
    void refresh();

    //! Chooses the list (as its tile does).
    void showList(RetentionList which);
    RetentionListModel* model() const { return m_model; }
    //! Selects orderId's row when it is in the list read so far.
    bool selectOrder(const QString& orderId);
    //! The counts shown now.
    const RetentionCounts& counts() const { return m_counts; }
    PurgeResultPanel* purgeResultPanel() const { return m_purgeResult; }

signals:
    //! A hold or the period changed (the window refreshes what counts them).
    void retentionChanged();

private:
    void refreshCounts();
    void refreshSettings();
    void selectionChanged();
    void showHolds(const QString& orderId);
    void placeHold(HoldKind kind);
    void releaseHold(HoldKind kind);
    void savePeriod();
    void saveOmittedFields();
    void showMessage(InlineMessage::Kind kind, const QString& text);
    QString selectedOrderId() const;
    void finished(const QString& orderId, const QString& success);
    void updatePurgeButton();
    void purgeAllDue();
    void startPurge(int expected);
    void refreshTaxArchive();
    void makeTaxArchiveKey();

    Vault* m_vault = nullptr;
    bool m_canManage = false;
    bool m_canPurge = false;
    RetentionCounts m_counts;
    InlineMessage* m_message;
    QPushButton* m_purgeDue;
    PurgeResultPanel* m_purgeResult;
    QButtonGroup* m_tiles;
    std::map<RetentionList, QPushButton*> m_tileButtons;
    QLabel* m_listTitle;
    QTableView* m_table;
    RetentionListModel* m_model;

    QGroupBox* m_orderBox;
    QLabel* m_orderTitle;
    QLabel* m_holdDetails;
    QPushButton* m_placeLegal;
    QPushButton* m_placeTax;
    QPushButton* m_releaseLegal;
    QPushButton* m_releaseTax;
    QString m_shownOrderId;

    QGroupBox* m_taxArchiveBox;
    QLabel* m_taxArchiveState;
    QPushButton* m_makeTaxArchiveKey;
    QGroupBox* m_periodBox;
    QSpinBox* m_period;
    QPushButton* m_savePeriod;
    QGroupBox* m_minimisationBox;
    QListWidget* m_omitted;
    QPushButton* m_saveOmitted;
};

} // namespace dpp::ui
