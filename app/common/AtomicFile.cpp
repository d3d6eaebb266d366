// AtomicFile: QSaveFile, unbuffered, every write checked.
#include "common/AtomicFile.h"

#include <QCoreApplication>
#include <QSaveFile>

namespace dpp {

Result<void> writeFileAtomically(const QString& path, const QByteArray& data)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
        return Error(ErrorCode::Failed,
                     QCoreApplication::translate("dpp::AtomicFile", "Cannot write %1: %2")
                         .arg(path, file.errorString()));
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    qint64 written = 0;
    while (written < data.size()) {
        const qint64 n = file.write(data.constData() + written, data.size() - written);
        if (n <= 0) {
            file.cancelWriting();
            return Error(ErrorCode::Failed,
                         QCoreApplication::translate("dpp::AtomicFile",
                                                     "Cannot write %1 (is the "
                                                     "disk full?); the previous "
                                                     "file is unchanged.")
                             .arg(path));
        }
        written += n;
    }
    if (!file.commit())
        return Error(ErrorCode::Failed,
                     QCoreApplication::translate("dpp::AtomicFile",
                                                 "Cannot write %1 (%2); the "
                                                 "previous file is unchanged.")
                         .arg(path, file.errorString()));
    return success();
}

} // namespace dpp
