#pragma once

#include "costanomaly.h"
#include "store/database.h"

#include <QDateTime>
#include <QList>

namespace traceo::cost {

/// When an anomaly becomes an alert: its deviation (15 % by default) and/or its absolute impact, and
/// the impact thresholds of the severities.
struct AlertRule
{
    DeviationRule deviation;
    SeverityThresholds severity;
};

/// The anomalies the rule alerts on, with the rule's severity, in the order given.
std::vector<CostAnomaly> alertingAnomalies(const std::vector<CostAnomaly>& anomalies, const AlertRule& rule);

struct CostAlert
{
    qint64 id = 0;
    CostAnomaly anomaly;
    QDateTime raisedAt;
    bool acknowledged = false;
    QDateTime acknowledgedAt; ///< invalid until acknowledged
};

/// Owns the cost_alert table (schema version 10): alerts raised from cost anomalies, one per day and
/// slice of the bill, kept until acknowledged and after.
class CostAlertRepository
{
public:
    explicit CostAlertRepository(std::shared_ptr<Database> db)
        : m_db(std::move(db))
    { }
    static std::vector<Migration> migrations();

    /// Stores an alert for each anomaly the rule alerts on, in one transaction, unless that day and
    /// slice already has one (raised earlier, perhaps acknowledged). Returns the alerts newly raised.
    QList<CostAlert> raise(const std::vector<CostAnomaly>& anomalies, const AlertRule& rule, const QDateTime& now);
    /// Newest first: by the time raised, then by the anomaly's day.
    QList<CostAlert> alerts(bool unacknowledgedOnly = false) const;
    /// Marks an alert acknowledged at `at` (an alert already acknowledged keeps its first time).
    /// Throws traceo::Error when there is no alert with this id.
    void acknowledge(qint64 id, const QDateTime& at);

private:
    std::shared_ptr<Database> m_db;
};

} // namespace traceo::cost
