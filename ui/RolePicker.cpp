// RolePicker: see the header.
#include "RolePicker.h"

#include "PageLayout.h"
#include "models/UserListModel.h"

#include <QCheckBox>
#include <QGridLayout>
#include <QLabel>
#include <QStyle>

namespace dpp::ui {

RolePicker::RolePicker(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("rolePicker"));
    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(8);
    grid->setVerticalSpacing(2);
    int row = 0;
    for (Role role : Roles::personRoles()) {
        auto* box = new QCheckBox(Roles::displayName(role), this);
        box->setObjectName(QStringLiteral("roleCheckBox_") + Roles::name(role));
        QFont bold = box->font();
        bold.setBold(true);
        box->setFont(bold);
        grid->addWidget(box, row++, 0);
        QLabel* meaning = makeHint(this);
        meaning->setText(UserListModel::roleMeaning(role));
        // Under the box's text, not under the box itself.
        meaning->setContentsMargins(box->style()->pixelMetric(QStyle::PM_IndicatorWidth)
                                        + box->style()->pixelMetric(QStyle::PM_CheckBoxLabelSpacing),
                                    0, 0, 6);
        grid->addWidget(meaning, row++, 0);
        connect(box, &QCheckBox::toggled, this, &RolePicker::changed);
        m_boxes[role] = box;
    }
}

std::set<Role> RolePicker::roles() const
{
    std::set<Role> chosen;
    for (const auto& [role, box] : m_boxes)
        if (box->isChecked())
            chosen.insert(role);
    return chosen;
}

void RolePicker::setRoles(const std::set<Role>& roles)
{
    for (const auto& [role, box] : m_boxes)
        box->setChecked(roles.contains(role));
}

QCheckBox* RolePicker::checkBox(Role role) const
{
    const auto it = m_boxes.find(role);
    return it == m_boxes.end() ? nullptr : it->second;
}

} // namespace dpp::ui
