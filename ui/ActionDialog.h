// ActionDialog: the frame of the Users view's dialogs (new user, disable, reset password, roles):
// an explanation, the fields, an inline error, a busy row while the core works, and a confirm
// button. The dialog only collects and checks input; the view runs the core call (after step-up)
// and answers with succeed() or showError(), so errors stay next to the fields they are about.
#pragma once

#include <QDialog>

class QLabel;
class QPushButton;
class QVBoxLayout;

namespace dpp::ui {

class InlineMessage;

class ActionDialog : public QDialog
{
    Q_OBJECT

public:
    ActionDialog(const QString& title, const QString& confirmText, QWidget* parent = nullptr);

    //! Shows an error of the core call; the dialog stays open.
    void showError(const QString& message);
    void setBusy(bool busy);
    bool isBusy() const { return m_busy; }
    //! The core call succeeded: closes the dialog (accepted).
    void succeed();

    QPushButton* confirmButton() const { return m_confirm; }

signals:
    //! Confirm was pressed and validate() passed: the view runs the core call.
    void submitted();

public slots:
    void reject() override;

protected:
    bool event(QEvent* event) override;
    void showEvent(QShowEvent* event) override;
    //! Where the subclass puts its fields (between the explanation and the error).
    QVBoxLayout* content() const { return m_content; }
    //! Sets the explanation at the top.
    void setExplanation(const QString& text);
    //! Checks the input before submitted(); shows its own error and returns false when it fails.
    virtual bool validate() { return true; }
    //! The widgets to disable while busy (besides the buttons).
    virtual QWidget* fields() const = 0;

private:
    void submit();
    //! Grows the dialog to the height its wrapped texts need at its width.
    void growToFit();

    QLabel* m_explanation;
    QVBoxLayout* m_content;
    InlineMessage* m_error;
    QWidget* m_busyRow;
    QPushButton* m_confirm;
    QPushButton* m_cancel;
    bool m_busy = false;
    bool m_shown = false;
};

} // namespace dpp::ui
