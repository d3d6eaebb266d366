// PageLayout: see the header.
#include "PageLayout.h"

#include <QFormLayout>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QScrollArea>
#include <QTableView>
#include <QVBoxLayout>

namespace dpp::ui {

namespace {

//! A frame that asks for its full width, so the centre column of the grid gives it that much
//! when the window is wide enough and less (down to its minimum) when it is not.
class Card final : public QFrame
{
public:
    Card(int preferredWidth, QWidget* parent)
        : QFrame(parent)
        , m_preferredWidth(preferredWidth)
    { }

    QSize sizeHint() const override { return {m_preferredWidth, QFrame::sizeHint().height()}; }

private:
    int m_preferredWidth;
};

} // namespace

QScrollArea* fillWithScrollArea(QWidget* page)
{
    auto* outer = new QVBoxLayout(page);
    outer->setContentsMargins(0, 0, 0, 0);
    auto* scroll = new QScrollArea(page);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);
    scroll->setFocusPolicy(Qt::NoFocus); // a click beside the fields must not take their focus
    outer->addWidget(scroll);
    return scroll;
}

QWidget* makeCenteredCard(QWidget* page, int maxWidth)
{
    QScrollArea* scroll = fillWithScrollArea(page);
    auto* canvas = new QWidget(scroll);
    auto* grid = new QGridLayout(canvas);
    grid->setContentsMargins(24, 24, 24, 24);
    auto* card = new Card(maxWidth, canvas);
    card->setObjectName(QStringLiteral("card"));
    card->setStyleSheet(
        QStringLiteral("QFrame#card { background: palette(base); border: 1px solid palette(mid);"
                       " border-radius: 8px; }"));
    card->setMaximumWidth(maxWidth);
    card->setMinimumWidth(std::min(maxWidth, 420));
    card->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    grid->addWidget(card, 1, 1);
    // Above the middle, and moving little when a message appears or goes.
    grid->setRowStretch(0, 1);
    grid->setRowStretch(2, 3);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(2, 1);
    scroll->setWidget(canvas);
    return card;
}

QVBoxLayout* addColumn(QBoxLayout* layout, QWidget* parent, int preferredWidth, int spacing)
{
    auto* column = new Card(preferredWidth, parent);
    column->setMaximumWidth(preferredWidth);
    auto* columnLayout = new QVBoxLayout(column);
    columnLayout->setContentsMargins(0, 0, 0, 0);
    columnLayout->setSpacing(spacing);
    // In a row with a stretch beside it rather than aligned left: an aligned widget gets only its
    // size hint's height, and wrapped text at a narrower width than the hint assumed is cut off.
    auto* row = new QHBoxLayout;
    row->addWidget(column, 1);
    row->addStretch(0);
    layout->addLayout(row);
    return columnLayout;
}

QLabel* makeTitle(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * 1.5);
    font.setBold(true);
    label->setFont(font);
    label->setWordWrap(true);
    return label;
}

QLabel* makeParagraph(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
}

QLabel* makeBoldParagraph(const QString& text, QWidget* parent)
{
    QLabel* label = makeParagraph(text, parent);
    QFont bold = label->font();
    bold.setBold(true);
    label->setFont(bold);
    return label;
}

QLabel* addFieldRow(QFormLayout* form, const QString& labelText, QWidget* field,
                    std::initializer_list<QWidget*> below)
{
    QWidget* parent = form->parentWidget();
    auto* label = new QLabel(labelText, parent);
    label->setBuddy(field);
    if (below.size() == 0) {
        form->addRow(label, field);
        return label;
    }
    // The label sits level with the field, not with the middle of field and hints.
    label->setMinimumHeight(field->sizeHint().height());
    label->setAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    auto* box = new QWidget(parent);
    auto* column = new QVBoxLayout(box);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(4);
    column->addWidget(field);
    for (QWidget* widget : below)
        column->addWidget(widget);
    form->addRow(label, box);
    return label;
}

QLabel* addValueRow(QFormLayout* form, const QString& label, const QString& objectName)
{
    auto* value = new QLabel(form->parentWidget());
    value->setObjectName(objectName);
    value->setTextFormat(Qt::PlainText);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    value->setWordWrap(true);
    // The value takes the whole width of its column and wraps there. Left to the style, some keep a
    // field at its size hint (macOS) or grow only expanding ones, and a wrapped label held at its
    // size hint's width shows one line of its text (the audit state in German).
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(label, value);
    return value;
}

void alignFormLabels(std::initializer_list<QFormLayout*> forms, Qt::Alignment alignment)
{
    QList<QWidget*> labels;
    for (QFormLayout* form : forms)
        for (int row = 0; row < form->rowCount(); ++row)
            if (QLayoutItem* item = form->itemAt(row, QFormLayout::LabelRole); item && item->widget())
                labels.append(item->widget());
    int width = 0;
    for (QWidget* label : labels)
        width = std::max(width, label->sizeHint().width());
    for (QWidget* label : labels) {
        label->setMinimumWidth(width);
        if (auto* text = qobject_cast<QLabel*>(label); text && alignment)
            text->setAlignment(alignment);
    }
}

QTableView* makeRecordTable(QAbstractItemModel* model, QAbstractItemView::SelectionMode selection,
                            QWidget* parent)
{
    auto* table = new QTableView(parent);
    table->setModel(model);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(selection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->verticalHeader()->setVisible(false);
    table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    return table;
}

void fitColumnsToContents(QTableView* table, int stretchColumn)
{
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setSectionResizeMode(stretchColumn, QHeaderView::Stretch);
}

QWidget* makeBusyRow(const QString& text, QWidget* parent)
{
    auto* row = new QWidget(parent);
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* spinner = new QProgressBar(row);
    spinner->setRange(0, 0); // indeterminate
    spinner->setMaximumWidth(120);
    spinner->setTextVisible(false);
    layout->addWidget(spinner);
    layout->addWidget(makeParagraph(text, row), 1);
    row->setVisible(false);
    return row;
}

QLabel* makeHint(QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * 0.92);
    label->setFont(font);
    return label;
}

void setHint(QLabel* hint, const QString& text, HintState state)
{
    hint->setText(text);
    hint->setVisible(!text.isEmpty());
    switch (state) {
    case HintState::Neutral:
        hint->setStyleSheet(QString());
        break;
    case HintState::Error:
        hint->setStyleSheet(QStringLiteral("QLabel { color: #b3261e; }"));
        break;
    case HintState::Good:
        hint->setStyleSheet(QStringLiteral("QLabel { color: #1b5e20; }"));
        break;
    }
    hint->setProperty("hintState", static_cast<int>(state));
}

} // namespace dpp::ui
