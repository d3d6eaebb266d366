// SecretOnceBox: a key shown this once inside a dialog (a return export's key, the tax archive
// key): a heading, what it is for, the key in a SecretLabel, Copy (marked secret for clipboard
// managers, taken off again by wipe()), and the box to tick once it is stored. The dialog keeps
// its Close disabled until stored() and calls wipe() on every way out.
#pragma once

#include <QString>
#include <QWidget>

class QCheckBox;

namespace dpp::ui {

class InlineMessage;
class SecretLabel;

class SecretOnceBox final : public QWidget
{
    Q_OBJECT

public:
    /*!
     * objectPrefix names the children for tests: <prefix>Label, <prefix>CopyButton,
     * <prefix>StoredCheckBox. message is the dialog's inline message, where Copy reports.
     */
    SecretOnceBox(const QString& heading, const QString& explanation, const QString& accessibleName,
                  const QString& storedText, const QString& objectPrefix, InlineMessage* message,
                  QWidget* parent = nullptr);

    //! shown: the key as laid out on screen; copied: as it goes to the clipboard.
    void showSecret(const QString& shown, const QString& copied);
    bool stored() const;
    QCheckBox* storedCheckBox() const { return m_stored; }
    //! Empties the label and takes the copy off the clipboard.
    void wipe();

signals:
    void storedChanged(bool stored);

private:
    SecretLabel* m_label;
    QCheckBox* m_stored;
    InlineMessage* m_message;
    QString m_copyText;
};

} // namespace dpp::ui
