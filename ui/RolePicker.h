// RolePicker: one check box per role a person can hold, each with a line saying what the role may
// do, so an administrator grants roles knowing what they give (least privilege, need-to-know).
#pragma once

#include "auth/Permission.h"

#include <QWidget>
#include <map>
#include <set>

class QCheckBox;

namespace dpp::ui {

class RolePicker final : public QWidget
{
    Q_OBJECT

public:
    explicit RolePicker(QWidget* parent = nullptr);

    std::set<Role> roles() const;
    void setRoles(const std::set<Role>& roles);
    //! The check box of role (objectName "roleCheckBox_<name>").
    QCheckBox* checkBox(Role role) const;

signals:
    void changed();

private:
    std::map<Role, QCheckBox*> m_boxes;
};

} // namespace dpp::ui
