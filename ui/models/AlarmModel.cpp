// AlarmModel: see the header.
#include "AlarmModel.h"

#include "vault/Vault.h"

#include <QApplication>
#include <QBrush>
#include <QColor>
#include <QLocale>
#include <QStyle>

namespace dpp::ui {

AlarmModel::AlarmModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void AlarmModel::setVault(Vault* vault)
{
    m_vault = vault;
    reload();
}

void AlarmModel::reload()
{
    beginResetModel();
    m_alarms.clear();
    QString error;
    if (m_vault) {
        auto open = m_vault->alarms().openAlarms(m_vault->session());
        if (open)
            m_alarms = std::move(open).value();
        else
            error = open.error().message();
    }
    endResetModel();
    if (!error.isEmpty())
        emit errorOccurred(error);
}

void AlarmModel::clear()
{
    beginResetModel();
    m_vault = nullptr;
    m_alarms.clear();
    endResetModel();
}

int AlarmModel::rowOf(qint64 id) const
{
    for (std::size_t i = 0; i < m_alarms.size(); ++i)
        if (m_alarms[i].id == id)
            return static_cast<int>(i);
    return -1;
}

int AlarmModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_alarms.size());
}

int AlarmModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AlarmModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Alarm& a = alarm(index.row());
    if (role == IdRole)
        return a.id;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case SeverityColumn:
            return severityText(a.severity);
        case RuleColumn:
            return ruleText(a.rule);
        case RaisedColumn:
            return QLocale().toString(a.raisedAt.toLocalTime(), QLocale::ShortFormat);
        case SubjectColumn:
            return a.subject.isEmpty() ? tr("(system)") : a.subject;
        case RowsColumn:
            return QLocale().toString(static_cast<qint64>(a.seqs.size()));
        }
    }
    if (index.column() == SeverityColumn) {
        if (role == Qt::DecorationRole)
            return severityIcon(a.severity);
        if (role == Qt::ForegroundRole)
            return QBrush(severityColor(a.severity));
    }
    if (role == Qt::TextAlignmentRole && index.column() == RowsColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == RuleColumn)
        return ruleDescription(a.rule);
    return {};
}

QVariant AlarmModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case SeverityColumn:
        return tr("Severity");
    case RuleColumn:
        return tr("Rule");
    case RaisedColumn:
        return tr("Raised");
    case SubjectColumn:
        return tr("User");
    case RowsColumn:
        return tr("Audit rows");
    }
    return {};
}

QString AlarmModel::ruleText(const QString& rule)
{
    if (rule == QLatin1String(AlarmRule::DeniedActions))
        return tr("Repeated denied actions");
    if (rule == QLatin1String(AlarmRule::PiiVolume))
        return tr("Many personal data accesses");
    if (rule == QLatin1String(AlarmRule::CanaryTouch))
        return tr("Canary record touched");
    if (rule == QLatin1String(AlarmRule::UnlockOutsideHours))
        return tr("Unlock outside working hours");
    if (rule == QLatin1String(AlarmRule::ChainVerification))
        return tr("Audit chain verification failed");
    if (rule == QLatin1String(AlarmRule::PurgeFailed))
        return tr("Purge not verified");
    return rule;
}

QString AlarmModel::ruleDescription(const QString& rule)
{
    if (rule == QLatin1String(AlarmRule::DeniedActions))
        return tr("One user was refused several actions or unlocks within a few minutes.");
    if (rule == QLatin1String(AlarmRule::PiiVolume))
        return tr("One user revealed, printed or exported more personal data within an hour than "
                  "the configured limit.");
    if (rule == QLatin1String(AlarmRule::CanaryTouch))
        return tr("A planted canary record was revealed, printed or exported.");
    if (rule == QLatin1String(AlarmRule::UnlockOutsideHours))
        return tr("The database was unlocked, or an unlock was tried, outside the configured "
                  "working hours.");
    if (rule == QLatin1String(AlarmRule::ChainVerification))
        return tr("The audit log's chain did not verify: rows may have been changed or removed.");
    if (rule == QLatin1String(AlarmRule::PurgeFailed))
        return tr("A purge ran, but its verification found purged data left, a WAL not emptied or "
                  "free pages: the buyer data may not be fully gone.");
    return {};
}

QString AlarmModel::severityText(const QString& severity)
{
    if (severity == QLatin1String("info"))
        return tr("Info");
    if (severity == QLatin1String("warning"))
        return tr("Warning");
    if (severity == QLatin1String("critical"))
        return tr("Critical");
    return severity;
}

int AlarmModel::severityRank(const QString& severity)
{
    if (severity == QLatin1String("info"))
        return 0;
    if (severity == QLatin1String("critical"))
        return 2;
    return 1;
}

QColor AlarmModel::severityColor(const QString& severity)
{
    // The same dark orange and red as the audit view's denied and failed rows.
    switch (severityRank(severity)) {
    case 0:
        return QColor(0x20, 0x50, 0x90);
    case 2:
        return QColor(0xb0, 0x00, 0x20);
    default:
        return QColor(0xa0, 0x4a, 0x00);
    }
}

QIcon AlarmModel::severityIcon(const QString& severity)
{
    QStyle* style = QApplication::style();
    switch (severityRank(severity)) {
    case 0:
        return style->standardIcon(QStyle::SP_MessageBoxInformation);
    case 2:
        return style->standardIcon(QStyle::SP_MessageBoxCritical);
    default:
        return style->standardIcon(QStyle::SP_MessageBoxWarning);
    }
}

} // namespace dpp::ui
