// AtomicFile: QSaveFile, unbuffered, every write checked.
#include "common/AtomicFile.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <fcntl.h>
#include <unistd.h>

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
    // QSaveFile ignores the result of its own sync: check ours, so "saved" means on the disk.
    if (::fsync(file.handle()) != 0) {
        file.cancelWriting();
        return Error(ErrorCode::Failed,
                     QCoreApplication::translate("dpp::AtomicFile",
                                                 "Cannot write %1 to the disk; "
                                                 "the previous file is "
                                                 "unchanged.")
                         .arg(path));
    }
    if (!file.commit())
        return Error(ErrorCode::Failed,
                     QCoreApplication::translate("dpp::AtomicFile",
                                                 "Cannot write %1 (%2); the "
                                                 "previous file is unchanged.")
                         .arg(path, file.errorString()));
    // The rename is durable only once the folder is: without this a power cut can bring the old
    // file back (btrfs, ext4 without auto_da_alloc).
    const QByteArray folder = QFile::encodeName(QFileInfo(path).absolutePath());
    const int dir = ::open(folder.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dir >= 0) {
        ::fsync(dir);
        ::close(dir);
    }
    return success();
}

} // namespace dpp
