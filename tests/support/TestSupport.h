// Helpers shared by the tests: file bytes, reference-material paths, tool paths.
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace dpp::test {

//! The whole content of a file (empty if missing).
QByteArray fileBytes(const QString& path);
//! True when needle occurs anywhere in the file's bytes.
bool fileContains(const QString& path, const QByteArray& needle);
//! The build folder (DPP_TEST_BIN_DIR), the source folder (DPP_SOURCE_DIR), ../shared/reference.
QString binDir();
QString sourceDir();
QString referenceDir();
//! Path of a program built by this project (dppctl, dpp-console).
QString builtProgram(const QString& name);

struct ProcessResult
{
    int exitCode = -1;
    bool crashed = false;
    QByteArray out;
    QByteArray err;
};
//! Runs a program with arguments, feeding stdinData, with a timeout (kills it on expiry).
ProcessResult runProgram(const QString& program, const QStringList& arguments, const QByteArray& stdinData = {},
                         int timeoutMs = 60000, const QStringList& extraEnvironment = {});

} // namespace dpp::test

// Appended for the storage tests.
namespace dpp::test {

//! The permission bits of a file (st_mode & 0777), or -1 when it does not exist.
int fileMode(const QString& path);

} // namespace dpp::test
