// Helpers shared by the tests.
#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>

namespace dpp::test {

QByteArray fileBytes(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

bool fileContains(const QString& path, const QByteArray& needle)
{
    return fileBytes(path).contains(needle);
}

static QString envPath(const char* name)
{
    return QDir::cleanPath(qEnvironmentVariable(name));
}

QString binDir()
{
    return envPath("DPP_TEST_BIN_DIR");
}

QString sourceDir()
{
    return envPath("DPP_SOURCE_DIR");
}

QString referenceDir()
{
    return envPath("DPP_REFERENCE_DIR");
}

QString builtProgram(const QString& name)
{
    for (const auto& sub : {QStringLiteral("app/cli"), QStringLiteral("ui"), QStringLiteral("tests"), QString()}) {
        const QString candidate = QDir(binDir()).filePath(sub.isEmpty() ? name : sub + QLatin1Char('/') + name);
        if (QFile::exists(candidate))
            return candidate;
    }
    return name;
}

ProcessResult runProgram(const QString& program, const QStringList& arguments, const QByteArray& stdinData,
                         int timeoutMs, const QStringList& extraEnvironment)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString& assignment : extraEnvironment) {
        const auto eq = assignment.indexOf(QLatin1Char('='));
        env.insert(assignment.left(eq), assignment.mid(eq + 1));
    }
    process.setProcessEnvironment(env);
    process.start(program, arguments);
    ProcessResult result;
    if (!process.waitForStarted(10000))
        return result;
    process.write(stdinData);
    process.closeWriteChannel();
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished(5000);
        result.crashed = true;
    }
    result.exitCode = process.exitCode();
    result.crashed = result.crashed || process.exitStatus() == QProcess::CrashExit;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

} // namespace dpp::test

// Appended for the storage tests.
#include <sys/stat.h>

namespace dpp::test {

int fileMode(const QString& path)
{
    struct stat st = {};
    if (::lstat(QFile::encodeName(path).constData(), &st) != 0)
        return -1;
    return static_cast<int>(st.st_mode & 0777);
}

} // namespace dpp::test
