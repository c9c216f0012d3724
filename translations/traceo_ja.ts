<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>PaneLoaders</name>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objective %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLI buckets</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n SLO(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n cached answer(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billing account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n import(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Policy set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n policy set(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Experiment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blast radius %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guard SLO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n experiment(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>traceo::CachePane</name>
    <message>
        <source>Cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The query cache is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers from Prometheus and OpenCost are cached in memory, Redis and this database so the last good data stays viewable offline. Connect Redis to share the cache, or build the demo database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect Redis…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cache statistics (CSV)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>traceo::ChaosPane</name>
    <message>
        <source>Chaos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No experiments yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chaos experiments inject a fault into a target and stop when the SLO that guards it burns. Open a database with experiments, or build the demo database to explore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Experiment plans (YAML)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Experiment results (JSON)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>traceo::CostPane</name>
    <message>
        <source>Costs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No cost data yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost breakdowns need a billing export (AWS CUR, FOCUS) or an OpenCost server. Connect OpenCost, or build the demo database to explore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect OpenCost…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AWS Cost and Usage Report (CSV, Parquet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FOCUS cost export (CSV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost breakdown (CSV)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>traceo::CredentialStore</name>
    <message>
        <source>Cannot store the secret of %1 in the system keychain: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No secret stored for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the secret of %1 from the system keychain: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot delete the secret of %1 from the system keychain: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>traceo::CustomWindowDialog</name>
    <message>
        <source>Custom time window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The window must end after it starts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>traceo::Database</name>
    <message>
        <source>%1 is corrupt or unreadable: %2 (the file was not changed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Traceo database: it is not an SQLite file (the file was not changed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is corrupt: %2 (the file was not changed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an SQLite database but not a Traceo database (the file was not changed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has schema version %2, newer than this program understands (%3): use a newer Traceo (the database was not changed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no Traceo database at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds tables but is not a Traceo database (nothing was changed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ok (checked by the PostgreSQL server)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database %1: &quot;%2&quot; failed: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database %1: cannot prepare &quot;%2&quot;: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database %1: cannot begin a transaction: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database %1: commit failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>traceo::DatabaseLocation</name>
    <message>
        <source>Malformed PostgreSQL URL &quot;%1&quot;: expected postgresql://user@host:port/database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL URL &quot;%1&quot; names no database: add /DATABASE after the host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database path is empty</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>traceo::DatabaseOpener</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>traceo::Demo</name>
    <message>
        <source>%1 already exists: choose another file or pass --force to replace it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot move the demo database into place at %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>traceo::DemoBuildTask</name>
    <message>
        <source>Building the demo database was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot build the demo database at %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>traceo::HttpCall</name>
    <message>
        <source>not a valid http or https URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timed out after %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS handshake failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid response: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timed out: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>canceled</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 (%n attempts)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>traceo::MainWindow</name>
    <message>
        <source>Opening %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the default database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a Traceo database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Traceo databases (*.sqlite *.db *.traceo);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build the demo database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Traceo databases (*.sqlite *.db *.traceo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the database open now: choose another file for the demo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building the demo database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building the demo database: %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot build the demo database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the data sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Build the demo database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Traceo Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing %1 into %2 is coming in a later version. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting %1 from %2 is coming in a later version. Nothing was exported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Traceo Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Traceo Console %1&lt;/h3&gt;&lt;p&gt;An operations console for site reliability engineers: error budgets, query cache, costs, policies and chaos experiments in one window, online or offline.&lt;/p&gt;&lt;p&gt;Qt %2&lt;br&gt;%3&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No database open</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>traceo::PaneBase</name>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time window this pane follows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build the demo database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>traceo::PaneFeed</name>
    <message>
        <source>Loading from %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>traceo::PolicyPane</name>
    <message>
        <source>Policies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy sets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versions of the selected set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest version (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No policy sets yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policies say who may do what. Open a database that holds policy sets, or build the demo database to explore sample policies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cedar policy set (.cedar)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>traceo::PrometheusClient</name>
    <message>
        <source>Prometheus query &quot;%1&quot; failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>traceo::PrometheusParse</name>
    <message>
        <source>%1 is not a [timestamp, &quot;value&quot;] pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the timestamp is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: timestamp %2 is out of range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the value is not a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: value &quot;%2&quot; is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.metric is not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.metric.%2 is not a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.values is not an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>data.resultType is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsupported result type &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>data.result is not an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prometheus query &quot;%1&quot; at %2: the response is not valid JSON: %3 at offset %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prometheus query &quot;%1&quot; at %2 failed: %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no message)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prometheus query &quot;%1&quot; at %2: the response is not a Prometheus API answer (no &quot;status&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>data is not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prometheus query &quot;%1&quot; at %2: unexpected response: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>traceo::RedisClient</name>
    <message>
        <source>connection refused (is the server running and listening on that port?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timed out after %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host unreachable (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server closed the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>protocol error: %1 (is this a Redis server?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Malformed Redis URL &quot;%1&quot;: expected redis://[:password@]host[:port][/db]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redis URL &quot;%1&quot;: the database &quot;%2&quot; is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot connect to Redis at %1: out of memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot connect to Redis at %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redis at %1 refused the credentials: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redis at %1 cannot select database %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redis at %1: the connection is closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redis at %1: empty command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redis at %1 did not answer PING with PONG: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redis at %1: %2 failed: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>traceo::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prometheus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenCost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave empty to use the local database file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept in the system keychain under &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authentication:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the system keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No system keychain: secrets are kept only until you quit.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>traceo::SettingsRepository</name>
    <message>
        <source>Unknown data source kind &quot;%1&quot; (expected one of %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A data source needs a name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>traceo::SloPane</name>
    <message>
        <source>SLO budgets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No SLOs yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error budgets need SLO definitions and SLI data. Connect Prometheus to read SLIs, or build the demo database to explore with sample SLOs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect Prometheus…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLO definitions (YAML)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error budgets (CSV)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>traceo::SourceProbe</name>
    <message>
        <source>not checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unreachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a valid URL</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>traceo::StatusPanel</name>
    <message>
        <source>Database: %1 (schema %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No data sources (File &gt; Settings…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>traceo::TimeWindow</name>
    <message>
        <source>The time window must end after it starts (%1 to %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown time window &quot;%1&quot;: use 1h, 6h, 1d, 7d, 30d or FROM/TO in RFC 3339</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>traceo::TimeWindowBar</name>
    <message>
        <source>Time window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time window:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 1h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>6h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>7d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>30d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a start and an end</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>traceo::TimeWindowState</name>
    <message>
        <source>Last hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 6 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>traceo::cli</name>
    <message>
        <source>Usage: traceo [--db FILE|URL] [--lang LANG] GROUP VERB [options]

Traceo Console&apos;s headless front end: every number the console shows, from the command line.

Commands:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Run &quot;traceo GROUP VERB --help&quot; for the options of one command.
Exit codes: 0 success, 1 failure, 2 usage error.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: traceo %1 VERB [options]

Verbs:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing argument %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>traceo: unknown verb &quot;%1&quot; for &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>traceo: unknown command &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database: an SQLite file or a postgresql:// URL (default: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE|URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language of messages (e.g. ja, zh_CN).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LANG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output format: table, json or csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>traceo: unknown format &quot;%1&quot;: use table, json or csv</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>traceo::cli::db</name>
    <message>
        <source>property</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: schema version %2 -&gt; %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the database&apos;s path, driver, schema version and integrity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the database or bring its schema up to date.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>traceo::cli::demo</name>
    <message>
        <source>traceo demo needs --db FILE: the SQLite file to create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--seed takes a whole number, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[%1/%2] %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo database written to %1 (seed %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build a demo database: traceo demo --db FILE [--seed N] [--force].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Random seed; the same seed gives the same data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace FILE if it exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>traceo::cli::source</name>
    <message>
        <source>traceo source add needs --kind and --url</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved data source %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed data source %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the data sources (Prometheus, OpenCost, Redis).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add or update a data source: NAME --kind KIND --url URL [--auth AUTH].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The source&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prometheus, opencost or redis.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KIND</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The source&apos;s URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none, bearer, basic or password; secrets go to the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AUTH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove a data source by name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
