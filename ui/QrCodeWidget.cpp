// QrCodeWidget: see the header.
#include "QrCodeWidget.h"

#include <QPainter>
#include <algorithm>

namespace dpp::ui {

QrCodeWidget::QrCodeWidget(QWidget* parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
}

QrCodeWidget::~QrCodeWidget()
{
    clear();
}

void QrCodeWidget::setCode(const QrCode& code)
{
    clear();
    m_size = std::max(0, code.size());
    m_dark.assign(static_cast<std::size_t>(m_size) * static_cast<std::size_t>(m_size), 0);
    for (int y = 0; y < m_size; ++y)
        for (int x = 0; x < m_size; ++x)
            m_dark[static_cast<std::size_t>(y * m_size + x)] = code.module(x, y) ? 1 : 0;
    updateGeometry();
    update();
}

void QrCodeWidget::clear()
{
    std::fill(m_dark.begin(), m_dark.end(), 0);
    m_dark.clear();
    m_size = 0;
    updateGeometry();
    update();
}

int QrCodeWidget::modulePixels() const
{
    if (m_size == 0)
        return 0;
    const int side = std::min(width(), height());
    return std::max(1, side / (m_size + 2 * QuietZone));
}

QSize QrCodeWidget::sizeHint() const
{
    const int side = m_size == 0 ? 0 : (m_size + 2 * QuietZone) * PreferredModulePixels;
    return {side, side};
}

QSize QrCodeWidget::minimumSizeHint() const
{
    // Three pixels a module still scans from a screen; fewer does not reliably.
    const int side = m_size == 0 ? 0 : (m_size + 2 * QuietZone) * 3;
    return {side, side};
}

void QrCodeWidget::paintEvent(QPaintEvent*)
{
    if (m_size == 0)
        return;
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing, false);
    const int module = modulePixels();
    const int side = (m_size + 2 * QuietZone) * module;
    const int left = (width() - side) / 2;
    const int top = (height() - side) / 2;
    // White whatever the palette: a dark theme must not invert the code (many readers fail then).
    painter.fillRect(left, top, side, side, Qt::white);
    for (int y = 0; y < m_size; ++y)
        for (int x = 0; x < m_size; ++x)
            if (m_dark[static_cast<std::size_t>(y * m_size + x)])
                painter.fillRect(left + (QuietZone + x) * module, top + (QuietZone + y) * module, module,
                                 module, Qt::black);
}

} // namespace dpp::ui
