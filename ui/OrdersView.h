// OrdersView: the orders of the database (issue 5, items 3 and 4) for orders.view, or only the
// unshipped ones for orders.view-unshipped (the warehouse): a filter bar, the count, the paged
// table (OrdersModel) and a detail pane with the order's facts, items and masked PII. With
// pii.reveal, "Reveal…" asks for a reason and step-up, then shows the values for a minute (or
// until another order is chosen, or the console locks); each has a Copy button whose clipboard
// entry asks clipboard managers to skip it and is taken back after 20 seconds. With orders.import,
// "Import…" reads order files off the GUI thread with a progress dialog that can cancel.
#pragma once

#include "InlineMessage.h"
#include "orders/OrderStore.h"

#include <QPointer>
#include <QWidget>
#include <chrono>
#include <functional>
#include <map>
#include <optional>

class QComboBox;
class QDateEdit;
class QFormLayout;
class QGridLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QScrollArea;
class QTableView;
class QTimer;
class QToolButton;
class QSplitter;

namespace dpp {
class Vault;
}

namespace dpp::ui {

class OrdersModel;

class OrdersView final : public QWidget
{
    Q_OBJECT

public:
    //! The quick choices of the purchase-date filter (the period combo's item data).
    enum class Period
    {
        All,
        LastWeek,
        LastMonth,
        Last90Days,
        Custom, //!< the from/to dates as edited
    };
    Q_ENUM(Period)

    static constexpr std::chrono::milliseconds DefaultRevealDuration{60'000};
    static constexpr std::chrono::milliseconds DefaultClipboardClearDelay{20'000};
    //! The hint KDE's Klipper and other clipboard managers read to keep an entry out of their history.
    static constexpr const char* PasswordManagerHintType = "x-kde-passwordManagerHint";

    explicit OrdersView(QWidget* parent = nullptr);
    ~OrdersView() override;

    //! Shows the orders of vault (owned by the window) that its session may see.
    void load(Vault* vault);
    //! Hides revealed values, takes a copied value off the clipboard, forgets the vault and every
    //! row, closes dialogs (the console locked).
    void clear();
    //! Counts and reads again, keeping the selected order when it is still listed.
    void reload();

    //! The filter the bar describes now (UTC bounds; unshippedOnly for the warehouse).
    OrderFilter currentFilter() const;
    OrdersModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    //! Selects the row of orderId when it is among the rows read so far; returns whether it was.
    bool selectOrder(const QString& orderId);
    //! The order the detail pane shows; empty when none.
    const QString& shownOrderId() const { return m_shownOrderId; }
    bool isRevealed() const { return m_revealed.has_value(); }

    //! How long revealed values stay (tests shorten it).
    void setRevealDuration(std::chrono::milliseconds duration) { m_revealDuration = duration; }
    //! How long a copied value stays on the clipboard (tests shorten it).
    void setClipboardClearDelay(std::chrono::milliseconds delay) { m_clipboardDelay = delay; }
    //! Test hook for "Import…": called instead of the file dialog; returns the chosen files.
    void setImportPathsProvider(std::function<QStringList()> provider)
    {
        m_importPaths = std::move(provider);
    }

signals:
    //! Orders were imported (the window refreshes what counts them).
    void ordersChanged();

private:
    struct PiiRow
    {
        QLabel* value;
        QToolButton* copy;
        QString masked;
    };

    void applyFilter();
    void periodChosen();
    void fillMarketplaces();
    void updateCount();
    void headerClicked(int column);
    void selectionChanged();
    void showDetail(const QString& orderId);
    void clearDetail();
    void reveal();
    void showRevealed(RevealedPii revealed);
    void hideRevealed();
    void copyValue(PiiField field);
    void clearClipboardIfOurs();
    void importFiles();
    void showImportResult(const Result<ImportSummary>& result);
    void setBusy(bool busy, const QString& text = QString());

    Vault* m_vault = nullptr;
    bool m_canReveal = false;
    bool m_unshippedOnly = false;
    InlineMessage* m_message;
    QComboBox* m_status;
    QComboBox* m_period;
    QDateEdit* m_from;
    QDateEdit* m_to;
    QComboBox* m_marketplace;
    QLineEdit* m_prefix;
    QTimer* m_prefixTimer;
    QLabel* m_scopeNote;
    QLabel* m_count;
    QPushButton* m_import;
    QWidget* m_busyRow;
    QLabel* m_busyText;
    QSplitter* m_splitter;
    QTableView* m_table;
    OrdersModel* m_model;

    // The detail pane.
    QScrollArea* m_detailScroll;
    QWidget* m_detail;
    QLabel* m_detailTitle;
    QLabel* m_detailEmpty;
    QWidget* m_detailBody;
    QFormLayout* m_factsForm;
    std::map<QString, QLabel*> m_facts; //!< by fact key
    QLabel* m_items;
    QWidget* m_piiBox;
    QGridLayout* m_piiGrid;
    QLabel* m_piiNote;
    QPushButton* m_reveal;
    QPushButton* m_hide;
    QLabel* m_revealNote;
    std::map<PiiField, PiiRow> m_piiRows;
    QString m_shownOrderId;
    PiiState m_shownPii = PiiState::None;

    std::optional<RevealedPii> m_revealed;
    QTimer* m_hideTimer;
    std::chrono::milliseconds m_revealDuration = DefaultRevealDuration;
    QString m_copied; //!< what Copy put on the clipboard, until it is taken back
    QTimer* m_clipboardTimer;
    std::chrono::milliseconds m_clipboardDelay = DefaultClipboardClearDelay;
    std::function<QStringList()> m_importPaths;
    bool m_busy = false;
};

} // namespace dpp::ui
