// AtomicFile: writes a whole file so that a crash or a full disk leaves the old file or the new
// one, never a mix, and never a silently shortened file.
#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QString>
#include <functional>

namespace dpp {

/*!
 * Replaces path with data (mode 0600) through a temporary file, fsync and rename (QSaveFile).
 * The file is opened unbuffered: QSaveFile's buffered write reports success for a write that the
 * disk cut short (seen with Qt 6.4 and a full file system), so every write is checked here.
 */
Result<void> writeFileAtomically(const QString& path, const QByteArray& data);

//! Writes one piece of the file; false when the disk took less (full), which ends the write.
using ChunkWriter = std::function<bool(QByteArrayView chunk)>;
/*!
 * The same for a file too large to hold in memory: produce writes it piece by piece through the
 * writer it is given. Its error, or a short write, leaves the previous file (or none) in place.
 */
Result<void> writeFileAtomically(const QString& path,
                                 const std::function<Result<void>(const ChunkWriter&)>& produce);

} // namespace dpp
