// PageLayout: the frame the full-window pages share (first start, recovery key, unlock): a card
// of limited width centred in a scroll area, so the form neither stretches across a wide window
// nor gets clipped in a small one.
#pragma once

#include <QString>
#include <initializer_list>

class QFormLayout;
class QLabel;
class QWidget;

namespace dpp::ui {

//! Fills page with a centred card at most maxWidth pixels wide and returns the card.
QWidget* makeCenteredCard(QWidget* page, int maxWidth);

//! A plain widget that asks for preferredWidth (and takes less when the window is narrower): a
//! column of readable width for a view, added to its layout with Qt::AlignLeft.
QWidget* makeColumn(QWidget* parent, int preferredWidth);

//! A page heading.
QLabel* makeTitle(const QString& text, QWidget* parent);

//! A wrapped paragraph of explanatory text.
QLabel* makeParagraph(const QString& text, QWidget* parent);
//! A paragraph in bold: what must not be missed (a secret shown only once, the steps of a set-up).
QLabel* makeBoldParagraph(const QString& text, QWidget* parent);

enum class HintState
{
    Neutral, //!< explains a rule
    Error, //!< the input breaks the rule
    Good, //!< the input meets it
};

/*!
 * Adds a row to form: a label with a mnemonic (buddy field), the field, and under the field, close
 * to it, the hints and meters that belong to it. Returns the label.
 */
QLabel* addFieldRow(QFormLayout* form, const QString& labelText, QWidget* field,
                    std::initializer_list<QWidget*> below = {});

//! An indeterminate progress bar with text beside it, hidden until shown (long key derivations).
QWidget* makeBusyRow(const QString& text, QWidget* parent);

//! A small, wrapped hint to put under a field.
QLabel* makeHint(QWidget* parent);
//! Sets a hint's text and colour; an empty text hides it.
void setHint(QLabel* hint, const QString& text, HintState state);

} // namespace dpp::ui
