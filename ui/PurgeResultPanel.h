// PurgeResultPanel: what a purge run from the Retention view did (issue 6, item 3): how many
// orders, the verification with each of its checks, and the certificate of sanitization with
// buttons to open it and its folder. A failed verification or a missing certificate shows as an
// error, never as a success.
#pragma once

#include "purge/PurgeEngine.h"

#include <QFrame>
#include <QUrl>
#include <functional>

class QLabel;
class QLineEdit;
class QPushButton;

namespace dpp::ui {

class PurgeResultPanel final : public QFrame
{
    Q_OBJECT

public:
    explicit PurgeResultPanel(QWidget* parent = nullptr);

    /*!
     * Shows run. certificatePath: the certificate's file; empty when it could not be written, then
     * certificateError says why.
     */
    void showRun(const PurgeRun& run, const QString& certificatePath, const QString& certificateError);
    //! Hides the panel and forgets the run (the console locked, or Dismiss).
    void clear();

    //! Whether what is shown is an error (verification failed or no certificate).
    bool isError() const { return m_error; }
    QString certificatePath() const { return m_certificatePath; }

    //! Test hook: called instead of QDesktopServices::openUrl.
    void setUrlOpener(std::function<bool(const QUrl&)> opener) { m_urlOpener = std::move(opener); }

private:
    void open(const QUrl& url);

    QLabel* m_title;
    QLabel* m_summary;
    QLabel* m_checks;
    QLabel* m_certificate;
    QLineEdit* m_path;
    QPushButton* m_openCertificate;
    QPushButton* m_showFolder;
    QPushButton* m_dismiss;
    QString m_certificatePath;
    bool m_error = false;
    std::function<bool(const QUrl&)> m_urlOpener;
};

} // namespace dpp::ui
