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
    return writeFileAtomically(path, [&data](const ChunkWriter& write) -> Result<void> {
        if (!write(QByteArrayView(data)))
            return Error(ErrorCode::Failed, {});
        return success();
    });
}

Result<void> writeFileAtomically(const QString& path,
                                 const std::function<Result<void>(const ChunkWriter&)>& produce)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
        return Error(ErrorCode::Failed,
                     QCoreApplication::translate("dpp::AtomicFile", "Cannot write %1: %2")
                         .arg(path, file.errorString()));
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    bool full = false;
    const ChunkWriter write = [&file, &full](QByteArrayView chunk) {
        qint64 written = 0;
        while (written < chunk.size()) {
            const qint64 n = file.write(chunk.data() + written, chunk.size() - written);
            if (n <= 0) {
                full = true;
                return false;
            }
            written += n;
        }
        return true;
    };
    const Result<void> produced = produce(write);
    if (full) {
        file.cancelWriting();
        return Error(ErrorCode::Failed,
                     QCoreApplication::translate("dpp::AtomicFile",
                                                 "Cannot write %1 (is the "
                                                 "disk full?); the previous "
                                                 "file is unchanged.")
                         .arg(path));
    }
    if (!produced) {
        file.cancelWriting();
        return produced;
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
