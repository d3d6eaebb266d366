// PasswordStrengthMeter: four steps, coloured red, orange, green, dark green.
#include "PasswordStrengthMeter.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <cmath>

namespace dpp::ui {

PasswordStrengthMeter::PasswordStrengthMeter(QWidget* parent)
    : QWidget(parent)
    , m_bar(new QProgressBar(this))
    , m_label(new QLabel(this))
{
    m_bar->setObjectName(QStringLiteral("strengthBar"));
    m_bar->setRange(0, 4);
    m_bar->setValue(0);
    m_bar->setTextVisible(false);
    m_bar->setFixedHeight(8);
    m_bar->setMaximumWidth(160);
    m_label->setObjectName(QStringLiteral("strengthLabel"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_bar, 1);
    layout->addWidget(m_label, 2);
    setStrength(std::nullopt);
}

QString PasswordStrengthMeter::text() const
{
    return m_label->text();
}

void PasswordStrengthMeter::setStrength(const std::optional<PasswordStrength>& strength)
{
    if (!strength) {
        m_level.reset();
        m_bar->setValue(0);
        m_label->setText(tr("Strength: –"));
        m_bar->setAccessibleDescription(m_label->text());
        return;
    }
    m_level = strength->level();
    const char* colour = "#c62828";
    int step = 1;
    switch (strength->level()) {
    case PasswordStrength::Level::Poor:
        break;
    case PasswordStrength::Level::Fair:
        colour = "#e08a00";
        step = 2;
        break;
    case PasswordStrength::Level::Good:
        colour = "#2e7d32";
        step = 3;
        break;
    case PasswordStrength::Level::Excellent:
        colour = "#1b5e20";
        step = 4;
        break;
    }
    m_bar->setValue(step);
    m_bar->setStyleSheet(QStringLiteral("QProgressBar { border: 1px solid palette(mid); border-radius: 3px;"
                                        " background: palette(base); }"
                                        " QProgressBar::chunk { background: %1; border-radius: 2px; }")
                             .arg(QLatin1String(colour)));
    //: %1 is Poor, Fair, Good or Excellent; %2 the estimated bits of entropy
    m_label->setText(tr("Strength: %1 (about %2 bits)")
                         .arg(PasswordStrength::levelName(strength->level()),
                              QLocale().toString(std::llround(strength->entropyBits()))));
    m_bar->setAccessibleDescription(m_label->text());
}

} // namespace dpp::ui
