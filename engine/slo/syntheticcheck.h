#pragma once

#include "slorepository.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QMap>
#include <QString>

namespace traceo {

/// The HTTP statuses a check accepts: a union of inclusive ranges, written "200-299", "200,204" or
/// "200-299,404".
struct StatusRanges
{
    QList<std::pair<int, int>> ranges { { 200, 299 } };

    bool contains(int status) const;
    QString toString() const;
    /// Throws traceo::Error naming `what` (e.g. "--expect") and the 1-based position of the mistake.
    static StatusRanges parse(const QString& text, const QString& what);
    friend bool operator==(const StatusRanges&, const StatusRanges&) = default;
};

/// A synthetic HTTP check: the console itself probes `url` every `intervalSeconds`, and each probe is
/// one event of the check's SLO (`sloId`): good, or bad for a connection error, a timeout, an
/// unexpected status, a latency above the threshold or a body without `bodyContains`.
struct SyntheticCheck
{
    qint64 id = 0;
    qint64 sloId = 0;
    QString name;
    QString url;
    QString method = QStringLiteral("GET");
    StatusRanges expect;
    int latencyThresholdMs = 500;
    int timeoutMs = 5000;
    int intervalSeconds = 30;
    QString bodyContains; ///< empty: the body is not checked
    bool enabled = true;
};

/// The first problem of a check definition, as a user-facing sentence naming the field, or an empty
/// string when the check is valid. Only http and https URLs with a host are accepted.
QString syntheticCheckProblem(const SyntheticCheck& check);

/// What one probe saw, as the connector measured it (latency from request start to finished).
struct ProbeResult
{
    enum class Failure
    {
        None, ///< an HTTP status arrived (any status)
        Timeout,
        Connection,
        Tls,
        InvalidResponse
    };
    Failure failure = Failure::None;
    int status = 0;
    qint64 latencyMs = 0;
    QByteArray body;
    QString error; ///< the transport's message when `failure` is not None; names the URL
};

enum class ProbeVerdict
{
    Good,
    TransportError,
    UnexpectedStatus,
    TooSlow,
    BodyMismatch
};

struct ProbeClassification
{
    ProbeVerdict verdict = ProbeVerdict::Good;
    QString reason; ///< empty when good; otherwise a translated sentence
    bool good() const { return verdict == ProbeVerdict::Good; }
};

/// Pure: good or bad, checked in this order: transport failure, status, latency, body.
ProbeClassification classifyProbe(const SyntheticCheck& check, const ProbeResult& result);

/// Good/total events per SLO and Unix minute, added up between flushes: several probes in one
/// minute make one bucket.
class SliAccumulator
{
public:
    void add(qint64 sloId, qint64 minute, bool good);
    bool isEmpty() const { return m_buckets.isEmpty(); }
    /// The buckets gathered since the last take(), per SLO and ordered by minute; forgets them.
    QHash<qint64, QList<SliBucket>> take();

private:
    QHash<qint64, QMap<qint64, SliBucket>> m_buckets;
};

} // namespace traceo
