// QrCodeWidget: paints a QR code (app/auth/QrCode) for a phone's camera: black modules on white
// with the 4-module quiet zone ISO/IEC 18004 asks for, each module a whole number of pixels so the
// edges stay sharp at any size.
#pragma once

#include "auth/QrCode.h"

#include <QWidget>
#include <vector>

namespace dpp::ui {

class QrCodeWidget final : public QWidget
{
    Q_OBJECT

public:
    static constexpr int QuietZone = QrCode::QuietZone; //!< modules of white around the symbol
    static constexpr int PreferredModulePixels = 6;

    explicit QrCodeWidget(QWidget* parent = nullptr);
    ~QrCodeWidget() override;

    //! Shows code. The modules are copied; clear() overwrites them (they encode a TOTP key).
    void setCode(const QrCode& code);
    void clear();

    //! Modules per side without the quiet zone (0 when empty).
    int modules() const { return m_size; }
    //! Pixels per module at the current size (0 when empty).
    int modulePixels() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    int m_size = 0;
    std::vector<unsigned char> m_dark; //!< row-major, 1 = dark
};

} // namespace dpp::ui
