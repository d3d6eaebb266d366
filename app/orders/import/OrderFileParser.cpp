// OrderFileParser: reads a file, tells its format from the content and hands it to the parser of
// that format (SpApiV0Parser, SpApi2026Parser, FlatFileReader).
#include "orders/import/OrderFileParser.h"

#include "orders/import/FlatFileReader.h"
#include "orders/import/SpApi2026Parser.h"
#include "orders/import/SpApiV0Parser.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace dpp {

namespace {

// Line and column (from 1) of a byte offset, for JSON syntax errors.
std::pair<qsizetype, qsizetype> lineAndColumn(QByteArrayView data, qsizetype offset)
{
    offset = std::clamp<qsizetype>(offset, 0, data.size());
    qsizetype line = 1;
    qsizetype lineStart = 0;
    for (qsizetype i = 0; i < offset; ++i) {
        if (data[i] == '\n') {
            ++line;
            lineStart = i + 1;
        }
    }
    return {line, offset - lineStart + 1};
}

// Amazon's error responses ({"errors": [{"code", "message", "details"}]}): its own code and
// message are what the person needs to see; they are Amazon's words, not the seller's data.
std::optional<Error> amazonError(const QJsonObject& root, const QString& fileName)
{
    const QJsonValue errors = root.value("errors"_L1);
    if (!errors.isArray() || errors.toArray().isEmpty())
        return std::nullopt;
    QStringList parts;
    for (const QJsonValue& entry : errors.toArray()) {
        const QJsonObject error = entry.toObject();
        const QString code = error.value("code"_L1).toString();
        const QString message = error.value("message"_L1).toString().left(300);
        parts.append(message.isEmpty() ? code : OrderFileParser::tr("%1 (%2)").arg(message, code));
    }
    return Error(ErrorCode::InvalidInput,
                 OrderFileParser::tr("%1: the file holds an error answer from Amazon, not orders: %2")
                     .arg(fileName, parts.join("; "_L1)));
}

Result<ParsedOrders> parseJson(QByteArrayView data, const ImportInput& input)
{
    if (!input.report(0))
        return input.cancelled();
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(data.toByteArray(), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const auto [line, column] = lineAndColumn(data, parseError.offset);
        return Error(ErrorCode::InvalidInput,
                     OrderFileParser::tr("%1: line %2, column %3: the JSON is not valid (%4).")
                         .arg(input.fileName)
                         .arg(line)
                         .arg(column)
                         .arg(parseError.errorString()));
    }
    const QJsonObject root = document.object();
    if (document.isObject()) {
        if (const auto error = amazonError(root, input.fileName))
            return *error;
        if (SpApiV0Parser::accepts(root))
            return SpApiV0Parser::parse(root, input);
        if (SpApi2026Parser::accepts(root))
            return SpApi2026Parser::parse(root, input);
    }
    return Error(
        ErrorCode::InvalidInput,
        OrderFileParser::tr("%1: this JSON is not an SP-API Orders response (v0 \"payload\", or 2026-01-01 "
                            "\"order\" or \"orders\").")
            .arg(input.fileName));
}

} // namespace

Result<ParsedOrders> OrderFileParser::parseFile(const QString& path, const std::set<PiiField>& omit,
                                                const ImportProgress& progress)
{
    const QString name = QFileInfo(path).fileName();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(ErrorCode::Failed,
                     tr("%1: the file cannot be read (%2).").arg(name, file.errorString()));
    const QByteArray data = file.readAll();
    if (file.error() != QFileDevice::NoError)
        return Error(ErrorCode::Failed,
                     tr("%1: the file cannot be read (%2).").arg(name, file.errorString()));
    return parse(data, name, omit, progress);
}

Result<ParsedOrders> OrderFileParser::parse(const QByteArray& data, const QString& displayName,
                                            const std::set<PiiField>& omit, const ImportProgress& progress)
{
    ImportInput input;
    // Messages name the file, never its folder (which may hold a person's name).
    input.fileName = QFileInfo(displayName).fileName();
    input.omit = omit;
    input.progress = progress;
    input.totalBytes = data.size();

    QByteArrayView content(data);
    if (content.startsWith("\xEF\xBB\xBF"))
        content = content.sliced(3);
    qsizetype first = 0;
    while (first < content.size() && QChar::isSpace(static_cast<uchar>(content[first])))
        ++first;
    if (first == content.size())
        return Error(ErrorCode::InvalidInput, tr("%1: the file is empty.").arg(input.fileName));
    if (content[first] == '{' || content[first] == '[')
        return parseJson(content, input);
    return FlatFileReader::parse(data, input);
}

} // namespace dpp
