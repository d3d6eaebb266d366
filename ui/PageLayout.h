// PageLayout: the frame the full-window pages share (first start, recovery key, unlock): a card
// of limited width centred in a scroll area, so the form neither stretches across a wide window
// nor gets clipped in a small one. And the pieces the views share: a column of readable width,
// forms of values, tables of records.
#pragma once

#include <QAbstractItemView>
#include <QString>
#include <initializer_list>

class QAbstractItemModel;
class QBoxLayout;
class QFormLayout;
class QLabel;
class QScrollArea;
class QTableView;
class QVBoxLayout;
class QWidget;

namespace dpp::ui {

//! Fills page with a frameless scroll area that resizes its widget to the page, and returns it.
QScrollArea* fillWithScrollArea(QWidget* page);

//! Fills page with a centred card at most maxWidth pixels wide and returns the card.
QWidget* makeCenteredCard(QWidget* page, int maxWidth);

/*!
 * Adds to layout a column of readable width for a view: it asks for preferredWidth and takes less
 * when the window is narrower. Returns the column's own layout (no margins, spacing between its
 * widgets); the column is its parentWidget(), a child of parent.
 */
QVBoxLayout* addColumn(QBoxLayout* layout, QWidget* parent, int preferredWidth, int spacing);

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

//! Adds a row to form with a value to read: plain text, selectable, wrapped. Returns the value.
QLabel* addValueRow(QFormLayout* form, const QString& label, const QString& objectName);

/*!
 * Gives the labels of forms one width, the widest one's, so that the fields of every form start in
 * one column. With alignment, the labels' text is aligned so too (Qt::AlignTop: level with the first
 * line of a value that wraps, not between its lines).
 */
void alignFormLabels(std::initializer_list<QFormLayout*> forms, Qt::Alignment alignment = {});

//! A read-only table of records (audit rows, alarms, accounts): whole rows selected, alternating
//! colours, no row numbers, a line a row, the headers aligned with the text under them.
QTableView* makeRecordTable(QAbstractItemModel* model, QAbstractItemView::SelectionMode selection,
                            QWidget* parent);
//! Every column of table as wide as its contents but stretchColumn, which takes the rest.
void fitColumnsToContents(QTableView* table, int stretchColumn);

//! A small, wrapped hint to put under a field.
QLabel* makeHint(QWidget* parent);
//! Sets a hint's text and colour; an empty text hides it.
void setHint(QLabel* hint, const QString& text, HintState state);

} // namespace dpp::ui
