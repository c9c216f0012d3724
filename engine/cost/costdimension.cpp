#include "costdimension.h"

#include "core/error.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>

namespace traceo::cost {

namespace {

QString normalized(const QString& dimension)
{
    QString d = dimension.trimmed().toLower();
    d.replace(u'_', u'-');
    return d;
}

QDate dayDate(std::int32_t day)
{
    return QDate(1970, 1, 1).addDays(day);
}

} // namespace

namespace {

template <typename Code, typename Key>
void addCodes(const Code* codes, const std::uint32_t* remap, Key* keys, std::size_t count, Key stride)
{
    if (remap) {
        for (std::size_t i = 0; i < count; ++i)
            keys[i] += Key(remap[codes[i]]) * stride;
    } else {
        for (std::size_t i = 0; i < count; ++i)
            keys[i] += Key(codes[i]) * stride;
    }
}

} // namespace

template <typename Key> void KeyDimension::addKeys(Key* keys, std::size_t begin, std::size_t count, Key stride) const
{
    if (m_codes) {
        const std::uint8_t* bytes = m_codes->bytes().data();
        const std::uint32_t* remap = m_remap.empty() ? nullptr : m_remap.data();
        if (m_codes->width() == 1)
            addCodes(bytes + begin, remap, keys, count, stride);
        else if (m_codes->width() == 2)
            addCodes(reinterpret_cast<const std::uint16_t*>(bytes) + begin, remap, keys, count, stride);
        else
            addCodes(reinterpret_cast<const std::uint32_t*>(bytes) + begin, remap, keys, count, stride);
    } else if (m_hours) {
        const std::uint32_t* dayKey = m_dayKey.data();
        const std::int32_t* hours = m_hours + begin;
        for (std::size_t i = 0; i < count; ++i)
            keys[i] += Key(dayKey[floorDay(hours[i]) - m_firstDay]) * stride;
    }
}

template void KeyDimension::addKeys(std::uint32_t*, std::size_t, std::size_t, std::uint32_t) const;
template void KeyDimension::addKeys(std::uint64_t*, std::size_t, std::size_t, std::uint64_t) const;

QString dimensionColumn(const QString& dimension)
{
    static const QHash<QString, QString> names {
        { QStringLiteral("provider"), focus::ProviderName },
        { QStringLiteral("service"), focus::ServiceName },
        { QStringLiteral("service-category"), focus::ServiceCategory },
        { QStringLiteral("region"), focus::RegionId },
        { QStringLiteral("region-name"), QStringLiteral("RegionName") },
        { QStringLiteral("account"), focus::SubAccountId },
        { QStringLiteral("account-name"), QStringLiteral("SubAccountName") },
        { QStringLiteral("billing-account"), focus::BillingAccountId },
        { QStringLiteral("resource-type"), focus::ResourceType },
        { QStringLiteral("resource"), focus::ResourceId },
        { QStringLiteral("charge-category"), focus::ChargeCategory },
        { QStringLiteral("pricing-category"), focus::PricingCategory },
        { QStringLiteral("currency"), focus::BillingCurrency },
    };
    return names.value(normalized(dimension), dimension.trimmed());
}

KeyDimension::KeyDimension(const CostTable& table, const QString& dimension)
{
    const QString d = normalized(dimension);
    if (d == u"day" || d == u"week" || d == u"month") {
        const CostColumn* start = table.column(focus::ChargePeriodStart);
        if (!start)
            throw Error(QCoreApplication::translate("traceo::cost::CostBreakdown", "No line items to break down by %1")
                            .arg(dimension));
        m_hours = start->hours.data();
        std::int32_t first = 0;
        std::int32_t last = -1;
        if (!start->hours.empty()) {
            const auto [lo, hi] = std::minmax_element(start->hours.begin(), start->hours.end());
            first = floorDay(*lo);
            last = floorDay(*hi);
        }
        m_firstDay = first;
        QHash<QString, std::uint32_t> keys;
        for (std::int32_t day = first; day <= last; ++day) {
            const QDate date = dayDate(day);
            QString label;
            if (d == u"day")
                label = date.toString(Qt::ISODate);
            else if (d == u"week")
                label = date.addDays(1 - date.dayOfWeek()).toString(Qt::ISODate);
            else
                label = date.toString(QStringLiteral("yyyy-MM"));
            auto it = keys.constFind(label);
            if (it == keys.constEnd()) {
                it = keys.insert(label, std::uint32_t(m_labels.size()));
                m_labels.push_back(label);
            }
            m_dayKey.push_back(*it);
        }
        return;
    }
    if (d.startsWith(u"tag:")) {
        const QString key = dimension.trimmed().mid(4);
        const CostColumn* tags = table.column(focus::Tags);
        m_labels.push_back(QString());
        if (!tags)
            return;
        m_codes = &tags->codes;
        QHash<QString, std::uint32_t> keys;
        m_remap.assign(tags->dictionary.size(), 0);
        for (std::size_t i = 1; i < tags->dictionary.size(); ++i) {
            const QJsonValue v = QJsonDocument::fromJson(tags->dictionary[i].toUtf8()).object().value(key);
            if (v.isUndefined() || v.isNull())
                continue;
            const QString label = v.isString() ? v.toString() : v.toVariant().toString();
            auto it = keys.constFind(label);
            if (it == keys.constEnd()) {
                it = keys.insert(label, std::uint32_t(m_labels.size()));
                m_labels.push_back(label);
            }
            m_remap[i] = *it;
        }
        return;
    }
    const QString name = dimensionColumn(dimension);
    const auto& columns = table.columns();
    auto it = std::find_if(columns.begin(), columns.end(), [&](const CostColumn& c) { return c.name == name; });
    if (it == columns.end())
        it = std::find_if(columns.begin(), columns.end(),
            [&](const CostColumn& c) { return c.name.compare(name, Qt::CaseInsensitive) == 0; });
    if (it == columns.end() && table.rowCount() == 0) {
        m_labels.push_back(QString()); // an empty store: every dimension is empty
        return;
    }
    if (it == columns.end() || it->kind != ColumnKind::Text)
        throw Error(QCoreApplication::translate("traceo::cost::CostBreakdown",
            "Unknown cost dimension “%1”: use provider, service, service-category, region, account, "
            "billing-account, resource-type, resource, charge-category, pricing-category, tag:KEY, day, week, "
            "month or the name of a text column")
                        .arg(dimension));
    m_codes = &it->codes;
    m_labels = it->dictionary;
}

} // namespace traceo::cost
