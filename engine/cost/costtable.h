#pragma once

#include <QString>
#include <QStringList>
#include <cstdint>
#include <limits>
#include <vector>

namespace traceo::cost {

enum class ColumnKind : std::uint8_t
{
    Text = 0, ///< dictionary-encoded; code 0 is null
    Number = 1, ///< double; NaN is null
    Hour = 2 ///< int32 hours since 1970-01-01T00:00Z; kNullHour is null
};

inline constexpr std::int32_t kNullHour = std::numeric_limits<std::int32_t>::min();

/// Dictionary codes of one text column, 1, 2 or 4 bytes wide: whatever the dictionary needs.
class CodeArray
{
public:
    /// Narrows `codes` (all < dictionarySize) to the smallest width that holds them.
    void assign(const std::vector<std::uint32_t>& codes, std::size_t dictionarySize);
    void setRaw(int width, std::vector<std::uint8_t> bytes);
    std::uint32_t operator[](std::size_t i) const
    {
        switch (m_width) {
        case 1:
            return m_bytes[i];
        case 2:
            return reinterpret_cast<const std::uint16_t*>(m_bytes.data())[i];
        default:
            return reinterpret_cast<const std::uint32_t*>(m_bytes.data())[i];
        }
    }
    std::size_t size() const { return m_bytes.size() / std::size_t(m_width); }
    int width() const { return m_width; }
    const std::vector<std::uint8_t>& bytes() const { return m_bytes; }
    std::vector<std::uint32_t> toVector() const;

private:
    int m_width = 1;
    std::vector<std::uint8_t> m_bytes;
};

/// One column of line items. Only the member matching `kind` is filled.
struct CostColumn
{
    QString name;
    ColumnKind kind = ColumnKind::Text;
    std::vector<QString> dictionary; ///< Text: dictionary[0] is the null value ""
    CodeArray codes; ///< Text
    std::vector<double> numbers; ///< Number
    std::vector<std::int32_t> hours; ///< Hour

    std::size_t size() const;
    std::size_t memoryBytes() const;
    /// The text of row i ("" for null); for numbers and hours, their text form.
    QString text(std::size_t i) const;
};

/// FOCUS column names the engine knows by meaning. Everything else is kept as a text column.
namespace focus {
inline const QString BilledCost = QStringLiteral("BilledCost");
inline const QString EffectiveCost = QStringLiteral("EffectiveCost");
inline const QString ListCost = QStringLiteral("ListCost");
inline const QString ContractedCost = QStringLiteral("ContractedCost");
inline const QString ConsumedQuantity = QStringLiteral("ConsumedQuantity");
inline const QString ChargePeriodStart = QStringLiteral("ChargePeriodStart");
inline const QString ChargePeriodEnd = QStringLiteral("ChargePeriodEnd");
inline const QString BillingPeriodStart = QStringLiteral("BillingPeriodStart");
inline const QString BillingPeriodEnd = QStringLiteral("BillingPeriodEnd");
inline const QString BillingAccountId = QStringLiteral("BillingAccountId");
inline const QString BillingCurrency = QStringLiteral("BillingCurrency");
inline const QString ProviderName = QStringLiteral("ProviderName");
inline const QString ServiceName = QStringLiteral("ServiceName");
inline const QString ServiceCategory = QStringLiteral("ServiceCategory");
inline const QString RegionId = QStringLiteral("RegionId");
inline const QString SubAccountId = QStringLiteral("SubAccountId");
inline const QString ResourceId = QStringLiteral("ResourceId");
inline const QString ResourceType = QStringLiteral("ResourceType");
inline const QString ChargeCategory = QStringLiteral("ChargeCategory");
inline const QString PricingCategory = QStringLiteral("PricingCategory");
inline const QString ConsumedUnit = QStringLiteral("ConsumedUnit");
inline const QString Tags = QStringLiteral("Tags");
/// Extra columns (not FOCUS, x_ by its convention): the CPU utilization of a resource over the
/// charge period in percent (0–100), its mean and its 95th percentile. Read by the recommendations.
inline const QString CpuUtilizationAvg = QStringLiteral("x_CpuUtilizationAvg");
inline const QString CpuUtilizationP95 = QStringLiteral("x_CpuUtilizationP95");

/// How a column is stored: numbers and datetimes by name, everything else as text.
ColumnKind kindOf(const QString& name);
/// Columns an import cannot do without.
const QStringList& mandatoryColumns();
/// Columns loaded whenever the store is opened; the others are loaded when a query names them.
const QStringList& coreColumns();
} // namespace focus

/// Cost line items as columns: the in-memory form of one or more imports.
class CostTable
{
public:
    std::size_t rowCount() const { return m_rows; }
    const std::vector<CostColumn>& columns() const { return m_columns; }
    const CostColumn* column(const QString& name) const;
    /// Adds a column of rowCount() values (the first column sets rowCount()).
    void addColumn(CostColumn column);
    /// The rows `rows` of this table, with dictionaries reduced to the values they use.
    CostTable select(const std::vector<std::uint32_t>& rows) const;
    /// Appends the rows of `other`; columns missing on one side are null there.
    void append(const CostTable& other);
    /// The rows of all parts, in order; columns missing in a part are null there. Each column is
    /// written once, at its final size.
    static CostTable concatenate(std::vector<CostTable> parts);
    std::size_t memoryBytes() const;

private:
    CostColumn* findColumn(const QString& name);

    std::size_t m_rows = 0;
    std::vector<CostColumn> m_columns;
};

/// Hours since the epoch <-> UTC.
QString hourToIso(std::int32_t hour);

} // namespace traceo::cost
