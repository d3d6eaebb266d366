// ImportSupport: typed JSON reading, ISO 8601 dates and the order collector of the parsers.
#include "orders/import/ImportSupport.h"

#include <QJsonDocument>
#include <QTimeZone>
#include <algorithm>

namespace dpp {

Error ImportInput::cancelled() const
{
    return Error(ErrorCode::Cancelled, OrderFileParser::tr("%1: the import was cancelled.").arg(fileName));
}

std::optional<QDateTime> parseIsoDateTime(QStringView text)
{
    const QString trimmed = text.trimmed().toString();
    if (trimmed.isEmpty())
        return std::nullopt;
    // Qt::ISODateWithMs takes "…Z", "….058Z", "+01:00" and no offset at all.
    QDateTime dateTime = QDateTime::fromString(trimmed, Qt::ISODateWithMs);
    if (!dateTime.isValid())
        return std::nullopt;
    if (dateTime.timeSpec() == Qt::LocalTime)
        dateTime.setTimeZone(QTimeZone::utc()); // no offset: Amazon's times are UTC, not ours
    return dateTime.toUTC();
}

QString JsonReader::join(const QString& path, QLatin1StringView key)
{
    return path.isEmpty() ? QString(key) : path + QLatin1Char('.') + key;
}

QString JsonReader::join(const QString& path, qsizetype index)
{
    return path + QLatin1Char('[') + QString::number(index) + QLatin1Char(']');
}

void JsonReader::fail(const QString& path, const QString& problem)
{
    if (!m_error)
        m_error = Error(ErrorCode::InvalidInput, tr("%1: %2: %3").arg(m_fileName, path, problem));
}

void JsonReader::failMissing(const QString& path, QLatin1StringView key)
{
    fail(join(path, key), tr("missing"));
}

std::optional<QString> JsonReader::text(const QJsonObject& object, const QString& path, QLatin1StringView key)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull())
        return std::nullopt;
    if (!value.isString()) {
        fail(join(path, key), tr("expected text"));
        return std::nullopt;
    }
    QString string = value.toString();
    if (string.isEmpty())
        return std::nullopt;
    return string;
}

std::optional<QDateTime> JsonReader::dateTime(const QJsonObject& object, const QString& path,
                                              QLatin1StringView key)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull() || (value.isString() && value.toString().isEmpty()))
        return std::nullopt;
    std::optional<QDateTime> parsed;
    if (value.isString())
        parsed = parseIsoDateTime(value.toString());
    if (!parsed)
        fail(join(path, key), tr("expected a date and time (ISO 8601)"));
    return parsed;
}

std::optional<int> JsonReader::integer(const QJsonObject& object, const QString& path, QLatin1StringView key)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull())
        return std::nullopt;
    const double number = value.toDouble(-1.0);
    if (!value.isDouble() || number < 0 || number > 1e9
        || number != static_cast<double>(static_cast<int>(number))) {
        fail(join(path, key), tr("expected a whole number"));
        return std::nullopt;
    }
    return static_cast<int>(number);
}

std::optional<QJsonObject> JsonReader::object(const QJsonObject& object, const QString& path,
                                              QLatin1StringView key)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull())
        return std::nullopt;
    if (!value.isObject()) {
        fail(join(path, key), tr("expected an object"));
        return std::nullopt;
    }
    return value.toObject();
}

std::optional<QJsonArray> JsonReader::array(const QJsonObject& object, const QString& path,
                                            QLatin1StringView key)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull())
        return std::nullopt;
    if (!value.isArray()) {
        fail(join(path, key), tr("expected an array"));
        return std::nullopt;
    }
    return value.toArray();
}

std::optional<QJsonObject> JsonReader::element(const QJsonArray& array, const QString& path, qsizetype index)
{
    const QJsonValue value = array.at(index);
    if (!value.isObject()) {
        fail(join(path, index), tr("expected an object"));
        return std::nullopt;
    }
    return value.toObject();
}

std::optional<QString> JsonReader::compactJson(const QJsonObject& object)
{
    if (object.isEmpty())
        return std::nullopt;
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

std::optional<QString> JsonReader::compactJson(const QJsonArray& array)
{
    if (array.isEmpty())
        return std::nullopt;
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

void OrderCollector::setPii(OrderRecord& part, PiiField field, const std::optional<QString>& value) const
{
    // Data minimisation: an omitted field never enters a record.
    if (!value || value->isEmpty() || m_omit.count(field) != 0)
        return;
    part.pii[field] = *value;
}

std::size_t OrderCollector::indexOf(const QString& orderId, const QString& origin)
{
    const auto it = m_index.constFind(orderId);
    if (it != m_index.constEnd())
        return *it;
    OrderRecord record;
    record.orderId = orderId;
    record.origin = origin;
    m_records.push_back(std::move(record));
    m_texts.emplace_back();
    m_index.insert(orderId, m_records.size() - 1);
    return m_records.size() - 1;
}

void OrderCollector::add(const OrderRecord& part)
{
    m_records[indexOf(part.orderId, part.origin)].mergeFrom(part);
}

void OrderCollector::add(const OrderRecord& part, const ItemTextList& itemTexts)
{
    add(part);
    for (const auto& [itemId, field, text] : itemTexts)
        addItemText(part.orderId, field, itemId, text);
}

void OrderCollector::addItemText(const QString& orderId, PiiField field, const QString& orderItemId,
                                 const std::optional<QString>& text)
{
    if (!text || text->isEmpty() || m_omit.count(field) != 0)
        return;
    ItemTexts& texts = m_texts[indexOf(orderId, QString())];
    auto& list = field == PiiField::GiftMessage ? texts.gift : texts.url;
    // One line per item: a line break inside a gift message becomes a space.
    QString line = *text;
    line.replace(QLatin1String("\r\n"), QLatin1String(" "));
    line.replace(QLatin1Char('\n'), QLatin1Char(' '));
    line.replace(QLatin1Char('\r'), QLatin1Char(' '));
    const auto it = std::find_if(list.begin(), list.end(),
                                 [&](const auto& entry) { return entry.first == orderItemId; });
    if (it != list.end())
        it->second = line;
    else
        list.append({orderItemId, line});
}

std::vector<OrderRecord> OrderCollector::take()
{
    const auto lines = [](const QList<std::pair<QString, QString>>& list) {
        QStringList result;
        for (const auto& [itemId, text] : list)
            result.append(itemId + QLatin1String(": ") + text);
        return result.join(QLatin1Char('\n'));
    };
    for (std::size_t i = 0; i < m_records.size(); ++i) {
        if (!m_texts[i].gift.isEmpty())
            m_records[i].pii[PiiField::GiftMessage] = lines(m_texts[i].gift);
        if (!m_texts[i].url.isEmpty())
            m_records[i].pii[PiiField::CustomizedUrl] = lines(m_texts[i].url);
    }
    m_index.clear();
    m_texts.clear();
    return std::move(m_records);
}

} // namespace dpp
