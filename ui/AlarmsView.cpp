// AlarmsView: see the header. The note is required by AlarmService as well; the view checks it
// first so the error sits under the field rather than in the message line.
#include "AlarmsView.h"

#include "InlineMessage.h"
#include "PageLayout.h"
#include "models/AlarmModel.h"
#include "vault/Vault.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace dpp::ui {

AlarmsView::AlarmsView(QWidget* parent)
    : QWidget(parent)
    , m_model(new AlarmModel(this))
{
    setObjectName(QStringLiteral("alarmsView"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 16);
    layout->setSpacing(12);
    layout->addWidget(makeTitle(tr("Alarms"), this));

    m_message = new InlineMessage(this);
    m_message->setObjectName(QStringLiteral("alarmsMessage"));
    layout->addWidget(m_message);

    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("alarmsCountLabel"));
    layout->addWidget(m_count);

    m_table = makeRecordTable(m_model, QAbstractItemView::SingleSelection, this);
    m_table->setObjectName(QStringLiteral("alarmsTable"));
    fitColumnsToContents(m_table, AlarmModel::SubjectColumn);
    layout->addWidget(m_table, 1);

    m_placeholder = new QLabel(tr("Select an alarm to see its details."), this);
    m_placeholder->setObjectName(QStringLiteral("alarmPlaceholder"));
    m_placeholder->setEnabled(false);
    layout->addWidget(m_placeholder);

    m_details = new QWidget(this);
    m_details->setObjectName(QStringLiteral("alarmDetails"));
    auto* details = new QVBoxLayout(m_details);
    details->setContentsMargins(0, 0, 0, 0);
    details->setSpacing(8);
    m_detailsTitle = new QLabel(m_details);
    m_detailsTitle->setObjectName(QStringLiteral("alarmDetailsTitle"));
    QFont bold = m_detailsTitle->font();
    bold.setBold(true);
    m_detailsTitle->setFont(bold);
    details->addWidget(m_detailsTitle);
    m_detailsText = new QLabel(m_details);
    m_detailsText->setObjectName(QStringLiteral("alarmDetailsText"));
    m_detailsText->setWordWrap(true);
    m_detailsText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    details->addWidget(m_detailsText);

    m_acknowledgeBox = new QWidget(m_details);
    auto* box = new QVBoxLayout(m_acknowledgeBox);
    box->setContentsMargins(0, 4, 0, 0);
    box->setSpacing(6);
    auto* noteLabel = new QLabel(tr("&Note (required): what you found and what was done"), m_acknowledgeBox);
    box->addWidget(noteLabel);
    m_note = new QPlainTextEdit(m_acknowledgeBox);
    m_note->setObjectName(QStringLiteral("alarmNoteEdit"));
    m_note->setTabChangesFocus(true);
    m_note->setFixedHeight(m_note->fontMetrics().lineSpacing() * 4 + 12);
    noteLabel->setBuddy(m_note);
    box->addWidget(m_note);
    m_noteError = new InlineMessage(m_acknowledgeBox);
    m_noteError->setObjectName(QStringLiteral("alarmNoteError"));
    box->addWidget(m_noteError);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    m_acknowledge = new QPushButton(tr("&Acknowledge"), m_acknowledgeBox);
    m_acknowledge->setObjectName(QStringLiteral("alarmAcknowledgeButton"));
    m_acknowledge->setToolTip(tr("Close the alarm with your note. The note is kept with the alarm, "
                                 "not in the audit log."));
    buttons->addWidget(m_acknowledge);
    box->addLayout(buttons);
    details->addWidget(m_acknowledgeBox);
    layout->addWidget(m_details);
    m_details->hide();

    connect(m_model, &AlarmModel::errorOccurred, this,
            [this](const QString& message) { m_message->showMessage(InlineMessage::Kind::Error, message); });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &AlarmsView::showSelected);
    connect(m_model, &QAbstractItemModel::modelReset, this, &AlarmsView::showSelected);
    connect(m_acknowledge, &QPushButton::clicked, this, &AlarmsView::acknowledge);
    connect(m_note, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_note->toPlainText().trimmed().isEmpty())
            m_noteError->clearMessage();
    });
}

void AlarmsView::load(Vault* vault)
{
    m_vault = vault;
    m_message->clearMessage();
    m_model->setVault(vault);
    const qint64 open = m_model->rowCount();
    m_count->setText(open == 0       ? tr("No open alarms.")
                         : open == 1 ? tr("1 open alarm, newest first.")
                                     : tr("%1 open alarms, newest first.").arg(QLocale().toString(open)));
    if (open > 0)
        m_table->selectRow(0);
}

void AlarmsView::clear()
{
    m_vault = nullptr;
    m_model->clear();
    m_note->clear();
    m_noteError->clearMessage();
    m_message->clearMessage();
    m_count->clear();
    m_detailsTitle->clear();
    m_detailsText->clear();
    m_details->hide();
}

qint64 AlarmsView::selectedId() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : rows.first().data(AlarmModel::IdRole).toLongLong();
}

void AlarmsView::showSelected()
{
    const int row = m_model->rowOf(selectedId());
    m_note->clear();
    m_noteError->clearMessage();
    if (row < 0 || !m_vault) {
        m_details->hide();
        m_placeholder->setVisible(m_model->rowCount() > 0);
        return;
    }
    const Alarm& alarm = m_model->alarm(row);
    m_detailsTitle->setText(
        tr("%1 (%2)").arg(AlarmModel::ruleText(alarm.rule), AlarmModel::severityText(alarm.severity)));
    QStringList rows;
    for (qint64 seq : alarm.seqs)
        rows.append(QLatin1Char('#') + QLocale().toString(seq));
    QStringList lines;
    const QString description = AlarmModel::ruleDescription(alarm.rule);
    if (!description.isEmpty())
        lines.append(description);
    lines.append(tr("Raised: %1").arg(QLocale().toString(alarm.raisedAt.toLocalTime(), QLocale::LongFormat)));
    lines.append(tr("User: %1").arg(alarm.subject.isEmpty() ? tr("(system)") : alarm.subject));
    lines.append(tr("Audit rows behind it: %1").arg(rows.join(QStringLiteral(", "))));
    m_detailsText->setText(lines.join(QLatin1Char('\n')));
    m_acknowledgeBox->setVisible(m_vault->session().can(Permission::AlarmsAcknowledge));
    m_placeholder->hide();
    m_details->show();
}

void AlarmsView::acknowledge()
{
    const qint64 id = selectedId();
    if (!m_vault || id == 0)
        return;
    const QString note = m_note->toPlainText().trimmed();
    if (note.isEmpty()) {
        m_noteError->showMessage(InlineMessage::Kind::Error,
                                 tr("Write a note first: what you found and what was done."));
        m_note->setFocus();
        return;
    }
    Result<void> done = m_vault->alarms().acknowledge(id, note, m_vault->session());
    if (!done) {
        m_noteError->showMessage(InlineMessage::Kind::Error, done.error().message());
        return;
    }
    load(m_vault);
    m_message->showMessage(InlineMessage::Kind::Success, tr("The alarm was acknowledged."));
    emit acknowledged();
}

} // namespace dpp::ui
