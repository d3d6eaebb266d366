// ImportSupport: what the order file parsers share (internal to app/orders/import): the input of a
// parse, typed JSON reading that names the path of a bad value, date parsing, and the collector
// that merges the parts of each order in the file's order.
#pragma once

#include "common/Result.h"
#include "orders/import/OrderFileParser.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>
#include <tuple>
#include <set>
#include <vector>

namespace dpp {

//! What every parser gets besides the content.
struct ImportInput
{
    QString fileName; //!< the file's name without its folder, for messages
    std::set<PiiField> omit;
    ImportProgress progress;
    qint64 totalBytes = 0;

    //! Reports progress; false when the person cancelled.
    bool report(qint64 done) const { return !progress || progress(done, totalBytes); }
    Error cancelled() const;
};

//! An ISO 8601 date and time ("2019-05-07T15:42:57.058Z", "2009-01-01T10:50:49-08:00") in UTC;
//! without an offset the time is taken as UTC, as Amazon sends it. nullopt if it is not one.
std::optional<QDateTime> parseIsoDateTime(QStringView text);

//! Reads typed values from JSON objects. A value of the wrong type is not skipped: the first one
//! met is kept as the error ("getOrder.json: payload.PurchaseDate: expected a date and time"), so
//! that a parser reads a whole object and asks failed() once. Messages name the path, never the
//! value. Null and empty strings count as absent.
class JsonReader final
{
    Q_DECLARE_TR_FUNCTIONS(dpp::OrderFileParser)

public:
    explicit JsonReader(QString fileName)
        : m_fileName(std::move(fileName))
    { }

    std::optional<QString> text(const QJsonObject& object, const QString& path, QLatin1StringView key);
    std::optional<QDateTime> dateTime(const QJsonObject& object, const QString& path, QLatin1StringView key);
    std::optional<int> integer(const QJsonObject& object, const QString& path, QLatin1StringView key);
    std::optional<QJsonObject> object(const QJsonObject& object, const QString& path, QLatin1StringView key);
    std::optional<QJsonArray> array(const QJsonObject& object, const QString& path, QLatin1StringView key);
    //! An element of an array that must be an object.
    std::optional<QJsonObject> element(const QJsonArray& array, const QString& path, qsizetype index);
    //! The object or array as compact JSON text; nullopt if it is empty.
    static std::optional<QString> compactJson(const QJsonObject& object);
    static std::optional<QString> compactJson(const QJsonArray& array);

    static QString join(const QString& path, QLatin1StringView key);
    static QString join(const QString& path, qsizetype index);

    //! Records a problem at path.key (the first one is kept).
    void fail(const QString& path, const QString& problem);
    void failMissing(const QString& path, QLatin1StringView key);
    bool failed() const { return m_error.has_value(); }
    Error error() const { return m_error.value_or(Error(ErrorCode::InvalidInput, QString())); }

private:
    QString m_fileName;
    std::optional<Error> m_error;
};

/*!
 * Collects the parts of the orders of one file: parts with the same order id merge into one
 * record, kept in the order the file first named them. PII goes in only through setPii and
 * addItemText, which drop omitted fields and empty values. Gift messages and customisation URLs
 * are kept per item and become one line per item ("<order item id>: <text>") at the end.
 */
class OrderCollector final
{
public:
    explicit OrderCollector(std::set<PiiField> omit)
        : m_omit(std::move(omit))
    { }

    void setPii(OrderRecord& part, PiiField field, const std::optional<QString>& value) const;
    //! Item texts a JSON part carries: order item id, GiftMessage or CustomizedUrl, text.
    using ItemTextList = QList<std::tuple<QString, PiiField, QString>>;

    //! Merges the part into the record of its order id (which must not be empty).
    void add(const OrderRecord& part);
    //! The same, then the part's item texts (addItemText for each).
    void add(const OrderRecord& part, const ItemTextList& itemTexts);
    //! The item's text for GiftMessage or CustomizedUrl; a later text for the same item replaces it.
    void addItemText(const QString& orderId, PiiField field, const QString& orderItemId,
                     const std::optional<QString>& text);
    //! The record collected so far for the order id, or null.
    const OrderRecord* find(const QString& orderId) const
    {
        const auto it = m_index.constFind(orderId);
        return it == m_index.constEnd() ? nullptr : &m_records[*it];
    }
    std::size_t size() const { return m_records.size(); }
    std::vector<OrderRecord> take();

private:
    struct ItemTexts
    {
        QList<std::pair<QString, QString>> gift;
        QList<std::pair<QString, QString>> url;
    };
    std::size_t indexOf(const QString& orderId, const QString& origin);

    std::set<PiiField> m_omit;
    std::vector<OrderRecord> m_records;
    std::vector<ItemTexts> m_texts; //!< beside m_records
    QHash<QString, std::size_t> m_index;
};

} // namespace dpp
