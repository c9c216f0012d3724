<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>CostFormat</name>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>new</source>
        <translation>新規</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(なし)</translation>
    </message>
</context>
<context>
    <name>CostLoaders</name>
    <message>
        <source>Choose at least one dimension to group the costs by.</source>
        <translation>コストをグループ化するディメンションを 1 つ以上選択してください。</translation>
    </message>
    <message>
        <source>The anomaly of %1 on %2 is below the alert rule: there is no alert to acknowledge.</source>
        <translation>%2 の %1 の異常はアラートルール未満のため、確認済みにするアラートがありません。</translation>
    </message>
    <message>
        <source>HTML report</source>
        <translation>HTML レポート</translation>
    </message>
    <message>
        <source>CSV report</source>
        <translation>CSV レポート</translation>
    </message>
    <message>
        <source>PDF report</source>
        <translation>PDF レポート</translation>
    </message>
</context>
<context>
    <name>PaneLoaders</name>
    <message>
        <source>Service</source>
        <translation>サービス</translation>
    </message>
    <message>
        <source>SLO</source>
        <translation>SLO</translation>
    </message>
    <message numerus="yes">
        <source>%n SLO(s)</source>
        <translation>
            <numerusform>%n 件の SLO</numerusform>
        </translation>
    </message>
    <message>
        <source>Key</source>
        <translation>キー</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>階層</translation>
    </message>
    <message>
        <source>Stored</source>
        <translation>保存日時</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>有効期限</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>バイト</translation>
    </message>
    <message>
        <source>SQLite</source>
        <translation>SQLite</translation>
    </message>
    <message numerus="yes">
        <source>%n cached answer(s)</source>
        <translation>
            <numerusform>キャッシュ済みの応答 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>プロバイダー</translation>
    </message>
    <message>
        <source>Billing account</source>
        <translation>請求先アカウント</translation>
    </message>
    <message>
        <source>Period start</source>
        <translation>期間開始</translation>
    </message>
    <message>
        <source>Period end</source>
        <translation>期間終了</translation>
    </message>
    <message>
        <source>Line items</source>
        <translation>明細行</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>ソース</translation>
    </message>
    <message numerus="yes">
        <source>%n import(s)</source>
        <translation>
            <numerusform>%n 件のインポート</numerusform>
        </translation>
    </message>
    <message>
        <source>Policy set</source>
        <translation>ポリシーセット</translation>
    </message>
    <message>
        <source>Latest version</source>
        <translation>最新バージョン</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>作成者</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>保存日時</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>バージョン数</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>バージョン</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>メッセージ</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message numerus="yes">
        <source>%n policy set(s)</source>
        <translation>
            <numerusform>%n 件のポリシーセット</numerusform>
        </translation>
    </message>
    <message>
        <source>Experiment</source>
        <translation>実験</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>ターゲット</translation>
    </message>
    <message>
        <source>Fault</source>
        <translation>障害</translation>
    </message>
    <message>
        <source>Blast radius %</source>
        <translation>影響範囲 %</translation>
    </message>
    <message>
        <source>Guard SLO</source>
        <translation>ガード SLO</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message numerus="yes">
        <source>%n experiment(s)</source>
        <translation>
            <numerusform>%n 件の実験</numerusform>
        </translation>
    </message>
    <message>
        <source>Billed cost</source>
        <translation>請求コスト</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>目標</translation>
    </message>
    <message>
        <source>Budget left</source>
        <translation>残りバジェット</translation>
    </message>
    <message>
        <source>Burn 1h</source>
        <translation>バーン 1h</translation>
    </message>
    <message>
        <source>Burn 6h</source>
        <translation>バーン 6h</translation>
    </message>
    <message>
        <source>Burn 1d</source>
        <translation>バーン 1d</translation>
    </message>
    <message>
        <source>Burn 3d</source>
        <translation>バーン 3d</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>アラート</translation>
    </message>
    <message>
        <source>Exhausted in</source>
        <translation>枯渇まで</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>: %1 paging, %2 with a ticket</source>
        <translation>: ページ %1 件、チケット %2 件</translation>
    </message>
    <message>
        <source>The SLO with id %1 is no longer in the database.</source>
        <translation>ID %1 の SLO はデータベースにもう存在しません。</translation>
    </message>
    <message>
        <source>No SLO here was imported from a Sloth or OpenSLO spec, so there are no SLI queries to write rules for. Import a spec first.</source>
        <translation>Sloth または OpenSLO の仕様から取り込んだ SLO がないため、ルールを書き出すための SLI クエリがありません。先に仕様をインポートしてください。</translation>
    </message>
    <message>
        <source>These SLOs have different periods (%1 days) and Sloth&apos;s alert windows depend on the period: export them one at a time.</source>
        <translation>これらの SLO は期間 (%1 日) が異なり、Sloth のアラートウィンドウは期間によって変わります: 1 つずつエクスポートしてください。</translation>
    </message>
    <message>
        <source>No SLO here was imported from a Sloth or OpenSLO spec, so there is nothing to export as OpenSLO. Import a spec first.</source>
        <translation>Sloth または OpenSLO の仕様からインポートされた SLO がないため、OpenSLO としてエクスポートできるものはありません。先に仕様をインポートしてください。</translation>
    </message>
</context>
<context>
    <name>PolicyChecks</name>
    <message>
        <source>%1: expected an entity such as User::&quot;alice&quot;, found “%2”</source>
        <translation>%1: User::&quot;alice&quot; のようなエンティティが必要ですが、“%2” があります</translation>
    </message>
    <message numerus="yes">
        <source>The policies have %n problem(s); the first, at line %1, column %2: %3</source>
        <translation>
            <numerusform>ポリシーに %n 件の問題があります。最初の問題 (%1 行目、%2 列目): %3</numerusform>
        </translation>
    </message>
    <message>
        <source>Principal</source>
        <translation>プリンシパル</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>アクション</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>リソース</translation>
    </message>
    <message>
        <source>Schema</source>
        <translation>スキーマ</translation>
    </message>
    <message>
        <source>Entities</source>
        <translation>エンティティ</translation>
    </message>
    <message>
        <source>Context: %1</source>
        <translation>コンテキスト: %1</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>リクエスト</translation>
    </message>
    <message>
        <source>%1 (line %2): %3</source>
        <translation>%1 (%2 行目): %3</translation>
    </message>
</context>
<context>
    <name>cost::CostBreakdown</name>
    <message>
        <source>(other)</source>
        <translation>(その他)</translation>
    </message>
</context>
<context>
    <name>traceo::AuditLog</name>
    <message>
        <source>record 1 is missing: the log starts at record %1</source>
        <translation>レコード 1 がありません: ログはレコード %1 から始まっています</translation>
    </message>
    <message>
        <source>record %1 is missing: the log goes from record %2 to record %3</source>
        <translation>レコード %1 がありません: ログはレコード %2 からレコード %3 に飛んでいます</translation>
    </message>
    <message>
        <source>record %1 is out of place: sequence numbers start at 1</source>
        <translation>レコード %1 の位置が不正です: シーケンス番号は 1 から始まります</translation>
    </message>
    <message>
        <source>record 1 does not start the chain: its previous hash is not the genesis hash</source>
        <translation>レコード 1 がチェーンの先頭になっていません: その直前のハッシュがジェネシスハッシュではありません</translation>
    </message>
    <message>
        <source>record %1 does not follow record %2: its previous hash %3… is not the hash %4… of record %2 (records were inserted, removed, reordered or changed)</source>
        <translation>レコード %1 はレコード %2 に続いていません: その直前のハッシュ %3… はレコード %2 のハッシュ %4… ではありません (レコードが挿入、削除、並べ替え、または変更されています)</translation>
    </message>
    <message>
        <source>record %1 was changed or forged: its contents do not match its hash</source>
        <translation>レコード %1 は変更または偽造されています: 内容がハッシュと一致しません</translation>
    </message>
    <message>
        <source>no record has the anchored hash %1…: the log was cut short or rewritten (it ends at record %2)</source>
        <translation>アンカーしたハッシュ %1… を持つレコードがありません: ログが切り詰められたか書き換えられています (ログはレコード %2 で終わっています)</translation>
    </message>
</context>
<context>
    <name>traceo::CachePane</name>
    <message>
        <source>Cache</source>
        <translation>キャッシュ</translation>
    </message>
    <message>
        <source>The query cache is empty</source>
        <translation>クエリキャッシュは空です</translation>
    </message>
    <message>
        <source>Answers from Prometheus and OpenCost are cached in memory, Redis and this database so the last good data stays viewable offline. Connect Redis to share the cache, or build the demo database.</source>
        <translation>Prometheus と OpenCost からの応答はメモリ、Redis、このデータベースにキャッシュされるため、最後に取得できた正常なデータをオフラインでも表示できます。キャッシュを共有するには Redis に接続するか、デモデータベースを作成してください。</translation>
    </message>
    <message>
        <source>Connect Redis…</source>
        <translation>Redis に接続…</translation>
    </message>
    <message>
        <source>Cache statistics (CSV)</source>
        <translation>キャッシュ統計 (CSV)</translation>
    </message>
</context>
<context>
    <name>traceo::CedarLexerBackend</name>
    <message>
        <source>Cedar lexer</source>
        <translation>Cedar 字句解析器</translation>
    </message>
</context>
<context>
    <name>traceo::ChaosPane</name>
    <message>
        <source>Chaos</source>
        <translation>カオス</translation>
    </message>
    <message>
        <source>No experiments yet</source>
        <translation>実験はまだありません</translation>
    </message>
    <message>
        <source>Chaos experiments inject a fault into a target and stop when the SLO that guards it burns. Open a database with experiments, or build the demo database to explore.</source>
        <translation>カオス実験はターゲットに障害を注入し、そのターゲットを守る SLO がエラーバジェットを消費し始めると停止します。実験を含むデータベースを開くか、デモデータベースを作成して試してください。</translation>
    </message>
    <message>
        <source>Experiment plans (YAML)</source>
        <translation>実験計画 (YAML)</translation>
    </message>
    <message>
        <source>Experiment results (JSON)</source>
        <translation>実験結果 (JSON)</translation>
    </message>
</context>
<context>
    <name>traceo::CheckedEditor</name>
    <message>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>問題</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>検査中…</translation>
    </message>
    <message>
        <source>No problems</source>
        <translation>問題なし</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n 件の問題</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>traceo::CostAnomalyView</name>
    <message>
        <source>Acknowledge alert</source>
        <translation>アラートを確認済みにする</translation>
    </message>
    <message>
        <source>No cost anomalies in this window.</source>
        <translation>この期間にコストの異常はありません。</translation>
    </message>
    <message>
        <source>Select an anomaly to see what moved.</source>
        <translation>異常を選択すると変動の内訳を表示します。</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; on %2&lt;br&gt;expected %3, actual &lt;b&gt;%4&lt;/b&gt; (%5, %6)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (%2)&lt;br&gt;予測値 %3、実績値 &lt;b&gt;%4&lt;/b&gt; (%5、%6)</translation>
    </message>
    <message>
        <source>What moved:</source>
        <translation>変動の内訳:</translation>
    </message>
    <message>
        <source>&lt;tr&gt;&lt;td&gt;%1 &lt;b&gt;%2&lt;/b&gt;&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;%3 → %4&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;%5 of the impact&lt;/td&gt;&lt;/tr&gt;</source>
        <translation>&lt;tr&gt;&lt;td&gt;%1 &lt;b&gt;%2&lt;/b&gt;&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;%3 → %4&lt;/td&gt;&lt;td align=&apos;right&apos;&gt;影響の %5&lt;/td&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>Alert: %1</source>
        <translation>アラート: %1</translation>
    </message>
</context>
<context>
    <name>traceo::CostBreakdownModel</name>
    <message>
        <source>Effective cost</source>
        <translation>実効コスト</translation>
    </message>
    <message>
        <source>List cost</source>
        <translation>定価コスト</translation>
    </message>
    <message>
        <source>Billed cost</source>
        <translation>請求コスト</translation>
    </message>
    <message>
        <source>%1 = %2</source>
        <translation>%1 = %2</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>グループ</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>構成比</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>前期間</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>増減</translation>
    </message>
</context>
<context>
    <name>traceo::CostCharts</name>
    <message>
        <source>Daily cost</source>
        <translation>日別コスト</translation>
    </message>
    <message>
        <source>Share of the cost</source>
        <translation>コストの構成比</translation>
    </message>
    <message>
        <source>By service</source>
        <translation>サービス別</translation>
    </message>
    <message>
        <source>By region</source>
        <translation>リージョン別</translation>
    </message>
    <message>
        <source>all costs</source>
        <translation>全コスト</translation>
    </message>
    <message>
        <source>Daily cost by %1 — %2</source>
        <translation>%1 別の日別コスト — %2</translation>
    </message>
    <message>
        <source>%1 – %2 (UTC days)</source>
        <translation>%1 – %2 (UTC 日単位)</translation>
    </message>
    <message>
        <source>Anomaly on %1</source>
        <translation>%1 の異常</translation>
    </message>
    <message>
        <source>Share by service of %1</source>
        <translation>%1 のサービス別構成比</translation>
    </message>
    <message>
        <source>Share by region of %1</source>
        <translation>%1 のリージョン別構成比</translation>
    </message>
</context>
<context>
    <name>traceo::CostFeed</name>
    <message>
        <source>Computing the costs failed: %1</source>
        <translation>コストの計算に失敗しました: %1</translation>
    </message>
    <message>
        <source>Alert of %1 on %2 acknowledged.</source>
        <translation>%2 の %1 のアラートを確認済みにしました。</translation>
    </message>
    <message>
        <source>Open a database with cost data before exporting a report.</source>
        <translation>レポートをエクスポートする前に、コストデータを含むデータベースを開いてください。</translation>
    </message>
    <message>
        <source>%1: cannot write the report: %2</source>
        <translation>%1: レポートを書き込めません: %2</translation>
    </message>
    <message>
        <source>Cost report written to %1</source>
        <translation>コストレポートを %1 に書き込みました</translation>
    </message>
</context>
<context>
    <name>traceo::CostImportBar</name>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Stop the import: nothing of it is stored</source>
        <translation>インポートを中止します (何も保存されません)</translation>
    </message>
    <message>
        <source>Canceling…</source>
        <translation>キャンセルしています…</translation>
    </message>
</context>
<context>
    <name>traceo::CostImportTask</name>
    <message>
        <source>Reading %1 of %2…</source>
        <translation>%1 / %2 を読み込んでいます…</translation>
    </message>
    <message>
        <source>Storing billing period %1 of %2…</source>
        <translation>請求期間 %1 / %2 を保存しています…</translation>
    </message>
    <message>
        <source>Imported %1 line items (%2 billing periods) from %3.</source>
        <translation>%3 から明細行 %1 件 (請求期間 %2 件) をインポートしました。</translation>
    </message>
    <message>
        <source>Import canceled: nothing was stored.</source>
        <translation>インポートをキャンセルしました: 何も保存されていません。</translation>
    </message>
    <message>
        <source>The import stopped without a result.</source>
        <translation>インポートは結果なしで停止しました。</translation>
    </message>
    <message>
        <source>Starting the import…</source>
        <translation>インポートを開始しています…</translation>
    </message>
</context>
<context>
    <name>traceo::CostPane</name>
    <message>
        <source>Costs</source>
        <translation>コスト</translation>
    </message>
    <message>
        <source>No cost data yet</source>
        <translation>コストデータはまだありません</translation>
    </message>
    <message>
        <source>Anomalies (%1)</source>
        <translation>異常 (%1)</translation>
    </message>
    <message>
        <source>Recommendations (%1)</source>
        <translation>推奨事項 (%1)</translation>
    </message>
    <message>
        <source>Cost breakdowns need a billing export in FOCUS format (CSV or CSV.gz) from AWS, Azure, Google Cloud or OCI. Import one, or build the demo database to explore.</source>
        <translation>コストの内訳には、AWS、Azure、Google Cloud、OCI の FOCUS 形式の請求データのエクスポート (CSV または CSV.gz) が必要です。エクスポートをインポートするか、デモデータベースを作成して試してください。</translation>
    </message>
    <message>
        <source>Import a FOCUS export…</source>
        <translation>FOCUS エクスポートをインポート…</translation>
    </message>
    <message>
        <source>Anomalies</source>
        <translation>異常</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>推奨事項</translation>
    </message>
    <message>
        <source>Imports</source>
        <translation>インポート履歴</translation>
    </message>
    <message>
        <source>FOCUS cost export (CSV, CSV.gz)</source>
        <translation>FOCUS コストエクスポート (CSV、CSV.gz)</translation>
    </message>
    <message>
        <source>Cost %1</source>
        <translation>コスト %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; %2 from %3 to %4 (whole UTC days) · %5 line items · %6 against the period before (%7)</source>
        <translation>%3 ～ %4 (UTC の日単位) の%2 &lt;b&gt;%1&lt;/b&gt; · 明細行 %5 件 · 前期間比 %6 (%7)</translation>
    </message>
    <message>
        <source>Import FOCUS cost exports</source>
        <translation>FOCUS コストエクスポートのインポート</translation>
    </message>
    <message>
        <source>FOCUS exports (*.csv *.csv.gz *.gz);;All files (*)</source>
        <translation>FOCUS エクスポート (*.csv *.csv.gz *.gz);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Open a database before importing.</source>
        <translation>インポートする前にデータベースを開いてください。</translation>
    </message>
    <message>
        <source>An import is running already: wait for it or cancel it.</source>
        <translation>インポートは既に実行中です: 完了を待つか、キャンセルしてください。</translation>
    </message>
    <message numerus="yes">
        <source>Importing %n file(s)</source>
        <translation>
            <numerusform>%n 件のファイルをインポートしています</numerusform>
        </translation>
    </message>
    <message>
        <source>Export a cost report</source>
        <translation>コストレポートのエクスポート</translation>
    </message>
    <message>
        <source>%1 (*.%2)</source>
        <translation>%1 (*.%2)</translation>
    </message>
</context>
<context>
    <name>traceo::CostTableModel</name>
    <message>
        <source>critical</source>
        <translation>重大</translation>
    </message>
    <message>
        <source>high</source>
        <translation>高</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>中</translation>
    </message>
    <message>
        <source>low</source>
        <translation>低</translation>
    </message>
    <message>
        <source>new</source>
        <translation>新規</translation>
    </message>
    <message>
        <source>open</source>
        <translation>オープン</translation>
    </message>
    <message>
        <source>acknowledged</source>
        <translation>確認済み</translation>
    </message>
    <message>
        <source>below the alert rule</source>
        <translation>アラートルール未満</translation>
    </message>
    <message>
        <source>%1×</source>
        <translation>%1×</translation>
    </message>
    <message>
        <source>never</source>
        <translation>回収不可</translation>
    </message>
    <message>
        <source>under a day</source>
        <translation>1 日未満</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n 日</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 months</source>
        <translation>%1 か月</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>Slice</source>
        <translation>スライス</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>予測値</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>実績値</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>影響額</translation>
    </message>
    <message>
        <source>Impact %</source>
        <translation>影響 %</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>重大度</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>スコア</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>アラート</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>優先度</translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation>施策</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>根拠</translation>
    </message>
    <message>
        <source>Eligible spend / month</source>
        <translation>対象支出 / 月</translation>
    </message>
    <message>
        <source>Savings rate</source>
        <translation>削減率</translation>
    </message>
    <message>
        <source>Savings / month</source>
        <translation>削減額 / 月</translation>
    </message>
    <message>
        <source>Savings / year</source>
        <translation>削減額 / 年</translation>
    </message>
    <message>
        <source>Implementation cost</source>
        <translation>実施コスト</translation>
    </message>
    <message>
        <source>ROI</source>
        <translation>ROI</translation>
    </message>
    <message>
        <source>Payback</source>
        <translation>回収期間</translation>
    </message>
    <message numerus="yes">
        <source>%n resource(s): %1</source>
        <translation>
            <numerusform>リソース %n 件: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>traceo::CostToolbar</name>
    <message>
        <source>Group by</source>
        <translation>グループ化</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>指標</translation>
    </message>
    <message>
        <source>Billed cost</source>
        <translation>請求コスト</translation>
    </message>
    <message>
        <source>Effective cost</source>
        <translation>実効コスト</translation>
    </message>
    <message>
        <source>List cost</source>
        <translation>定価コスト</translation>
    </message>
    <message>
        <source>Billed: the invoice. Effective: with commitments and discounts amortised. List: at public prices.</source>
        <translation>請求: 請求書の金額。実効: コミットメントと割引を償却した金額。定価: 公開価格での金額。</translation>
    </message>
    <message>
        <source>Filter: region=eu-west-1, service=Amazon EC2, or text…</source>
        <translation>絞り込み: region=eu-west-1, service=Amazon EC2 またはテキスト…</translation>
    </message>
    <message>
        <source>DIMENSION=VALUE terms, separated by commas, keep only those line items (values of one dimension are alternatives); other text filters the rows of the tree.</source>
        <translation>カンマ区切りの DIMENSION=VALUE 条件に一致する明細行だけを残します (同じディメンションの値はいずれかに一致すれば対象)。それ以外のテキストはツリーの行を絞り込みます。</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>インポート…</translation>
    </message>
    <message>
        <source>Import FOCUS cost exports (CSV or CSV.gz)</source>
        <translation>FOCUS のコストエクスポート (CSV または CSV.gz) をインポートします</translation>
    </message>
    <message>
        <source>%1…</source>
        <translation>%1…</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>レポートをエクスポート</translation>
    </message>
    <message>
        <source>A report of the window: totals, the breakdown by the chosen path, daily cost, anomalies and recommendations</source>
        <translation>期間のレポート: 合計、選択したグループ化による内訳、日別コスト、異常、推奨事項</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
</context>
<context>
    <name>traceo::CredentialStore</name>
    <message>
        <source>Cannot store the secret of %1 in the system keychain: %2</source>
        <translation>%1 のシークレットをシステムのキーチェーンに保存できません: %2</translation>
    </message>
    <message>
        <source>No secret stored for %1</source>
        <translation>%1 のシークレットは保存されていません</translation>
    </message>
    <message>
        <source>Cannot read the secret of %1 from the system keychain: %2</source>
        <translation>%1 のシークレットをシステムのキーチェーンから読み取れません: %2</translation>
    </message>
    <message>
        <source>Cannot delete the secret of %1 from the system keychain: %2</source>
        <translation>%1 のシークレットをシステムのキーチェーンから削除できません: %2</translation>
    </message>
</context>
<context>
    <name>traceo::CustomWindowDialog</name>
    <message>
        <source>Custom time window</source>
        <translation>カスタム期間</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>開始(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>終了(&amp;T):</translation>
    </message>
    <message>
        <source>The window must end after it starts.</source>
        <translation>終了は開始より後にしてください。</translation>
    </message>
</context>
<context>
    <name>traceo::Database</name>
    <message>
        <source>%1 is corrupt or unreadable: %2 (the file was not changed)</source>
        <translation>%1 は破損しているか読み取れません: %2 (ファイルは変更されていません)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 を読み取れません: %2</translation>
    </message>
    <message>
        <source>%1 is not a Traceo database: it is not an SQLite file (the file was not changed)</source>
        <translation>%1 は Traceo データベースではありません: SQLite ファイルではありません (ファイルは変更されていません)</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 を開けません: %2</translation>
    </message>
    <message>
        <source>%1 is corrupt: %2 (the file was not changed)</source>
        <translation>%1 は破損しています: %2 (ファイルは変更されていません)</translation>
    </message>
    <message>
        <source>%1 is an SQLite database but not a Traceo database (the file was not changed)</source>
        <translation>%1 は SQLite データベースですが、Traceo データベースではありません (ファイルは変更されていません)</translation>
    </message>
    <message>
        <source>%1 has schema version %2, newer than this program understands (%3): use a newer Traceo (the database was not changed)</source>
        <translation>%1 のスキーマバージョン %2 は、このプログラムが対応するバージョン (%3) より新しいです: 新しいバージョンの Traceo を使用してください (データベースは変更されていません)</translation>
    </message>
    <message>
        <source>There is no Traceo database at %1</source>
        <translation>%1 に Traceo データベースがありません</translation>
    </message>
    <message>
        <source>%1 is not a file</source>
        <translation>%1 はファイルではありません</translation>
    </message>
    <message>
        <source>Cannot create the folder %1</source>
        <translation>フォルダー %1 を作成できません</translation>
    </message>
    <message>
        <source>%1 holds tables but is not a Traceo database (nothing was changed)</source>
        <translation>%1 にはテーブルがありますが、Traceo データベースではありません (何も変更されていません)</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>データベース %1 を開けません: %2</translation>
    </message>
    <message>
        <source>ok (checked by the PostgreSQL server)</source>
        <translation>ok (PostgreSQL サーバーで確認済み)</translation>
    </message>
    <message>
        <source>Database %1: &quot;%2&quot; failed: %3</source>
        <translation>データベース %1: &quot;%2&quot; が失敗しました: %3</translation>
    </message>
    <message>
        <source>Database %1: cannot prepare &quot;%2&quot;: %3</source>
        <translation>データベース %1: &quot;%2&quot; を準備できません: %3</translation>
    </message>
    <message>
        <source>Database %1: cannot begin a transaction: %2</source>
        <translation>データベース %1: トランザクションを開始できません: %2</translation>
    </message>
    <message>
        <source>Database %1: commit failed: %2</source>
        <translation>データベース %1: コミットに失敗しました: %2</translation>
    </message>
</context>
<context>
    <name>traceo::DatabaseLocation</name>
    <message>
        <source>Malformed PostgreSQL URL &quot;%1&quot;: expected postgresql://user@host:port/database</source>
        <translation>PostgreSQL URL &quot;%1&quot; の形式が正しくありません: postgresql://user@host:port/database の形式で指定してください</translation>
    </message>
    <message>
        <source>PostgreSQL URL &quot;%1&quot; names no database: add /DATABASE after the host</source>
        <translation>PostgreSQL URL &quot;%1&quot; にデータベース名がありません: ホストの後に /DATABASE を追加してください</translation>
    </message>
    <message>
        <source>The database path is empty</source>
        <translation>データベースのパスが空です</translation>
    </message>
</context>
<context>
    <name>traceo::DatabaseOpener</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 を開けません: %2</translation>
    </message>
</context>
<context>
    <name>traceo::Demo</name>
    <message>
        <source>%1 already exists: choose another file or pass --force to replace it</source>
        <translation>%1 は既に存在します: 別のファイルを選択するか、--force を指定して置き換えてください</translation>
    </message>
    <message>
        <source>Cannot move the demo database into place at %1</source>
        <translation>デモデータベースを %1 に配置できません</translation>
    </message>
</context>
<context>
    <name>traceo::DemoBuildTask</name>
    <message>
        <source>Building the demo database was cancelled</source>
        <translation>デモデータベースの作成はキャンセルされました</translation>
    </message>
    <message>
        <source>Cannot build the demo database at %1: %2</source>
        <translation>%1 にデモデータベースを作成できません: %2</translation>
    </message>
</context>
<context>
    <name>traceo::HttpCall</name>
    <message>
        <source>not a valid http or https URL</source>
        <translation>有効な http または https の URL ではありません</translation>
    </message>
    <message>
        <source>timed out after %1 ms</source>
        <translation>%1 ms 後にタイムアウトしました</translation>
    </message>
    <message>
        <source>HTTP %1 %2</source>
        <translation>HTTP %1 %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>TLS handshake failed: %1</source>
        <translation>TLS ハンドシェイクに失敗しました: %1</translation>
    </message>
    <message>
        <source>invalid response: %1</source>
        <translation>無効な応答: %1</translation>
    </message>
    <message>
        <source>timed out: %1</source>
        <translation>タイムアウトしました: %1</translation>
    </message>
    <message>
        <source>connection failed: %1</source>
        <translation>接続に失敗しました: %1</translation>
    </message>
    <message>
        <source>canceled</source>
        <translation>キャンセルされました</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 (%n attempts)</source>
        <translation>
            <numerusform>%1: %2 (%n 回試行)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>traceo::MainWindow</name>
    <message>
        <source>Opening %1…</source>
        <translation>%1 を開いています…</translation>
    </message>
    <message>
        <source>the default database</source>
        <translation>既定のデータベース</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>データベースを開けません</translation>
    </message>
    <message>
        <source>Open a Traceo database</source>
        <translation>Traceo データベースを開く</translation>
    </message>
    <message>
        <source>Traceo databases (*.sqlite *.db *.traceo);;All files (*)</source>
        <translation>Traceo データベース (*.sqlite *.db *.traceo);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Build the demo database</source>
        <translation>デモデータベースの作成</translation>
    </message>
    <message>
        <source>Traceo databases (*.sqlite *.db *.traceo)</source>
        <translation>Traceo データベース (*.sqlite *.db *.traceo)</translation>
    </message>
    <message>
        <source>%1 is the database open now: choose another file for the demo.</source>
        <translation>%1 は現在開いているデータベースです。デモには別のファイルを選択してください。</translation>
    </message>
    <message>
        <source>Building the demo database…</source>
        <translation>デモデータベースを作成しています…</translation>
    </message>
    <message>
        <source>Demo database</source>
        <translation>デモデータベース</translation>
    </message>
    <message>
        <source>Building the demo database: %1…</source>
        <translation>デモデータベースを作成しています: %1…</translation>
    </message>
    <message>
        <source>Cannot build the demo database</source>
        <translation>デモデータベースを作成できません</translation>
    </message>
    <message>
        <source>Cannot save the data sources</source>
        <translation>データソースを保存できません</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>データベースを開く(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Build the demo database…</source>
        <translation>デモデータベースを作成(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>インポート(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>エクスポート(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>設定(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Reset layout</source>
        <translation>レイアウトをリセット(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Traceo Console</source>
        <translation>Traceo Console について(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Qt について(&amp;Q)</translation>
    </message>
    <message>
        <source>%1: %2…</source>
        <translation>%1: %2…</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>インポート</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>エクスポート</translation>
    </message>
    <message>
        <source>Importing %1 into %2 is coming in a later version. Nothing was imported.</source>
        <translation>%2 ペインへの %1 のインポートは今後のバージョンで対応予定です。何もインポートされていません。</translation>
    </message>
    <message>
        <source>Exporting %1 from %2 is coming in a later version. Nothing was exported.</source>
        <translation>%2 ペインからの %1 のエクスポートは今後のバージョンで対応予定です。何もエクスポートされていません。</translation>
    </message>
    <message>
        <source>About Traceo Console</source>
        <translation>Traceo Console について</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Traceo Console %1&lt;/h3&gt;&lt;p&gt;An operations console for site reliability engineers: error budgets, query cache, costs, policies and chaos experiments in one window, online or offline.&lt;/p&gt;&lt;p&gt;Qt %2&lt;br&gt;%3&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Traceo Console %1&lt;/h3&gt;&lt;p&gt;SRE (サイトリライアビリティエンジニア) のための運用コンソール。エラーバジェット、クエリキャッシュ、コスト、ポリシー、カオス実験を 1 つのウィンドウで、オンラインでもオフラインでも扱えます。&lt;/p&gt;&lt;p&gt;Qt %2&lt;br&gt;%3&lt;/p&gt;</translation>
    </message>
    <message>
        <source>No database open</source>
        <translation>データベースが開かれていません</translation>
    </message>
    <message>
        <source>Synthetic checks: %1</source>
        <translation>合成チェック: %1</translation>
    </message>
    <message>
        <source>SLI refresh: %1</source>
        <translation>SLI 更新: %1</translation>
    </message>
    <message numerus="yes">
        <source>SLI refresh: %n minute bucket(s) added from Prometheus</source>
        <translation>
            <numerusform>SLI 更新: Prometheus から %n 個の分単位バケットを追加しました</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>traceo::OpenCostClient</name>
    <message>
        <source>OpenCost: %1</source>
        <translation>OpenCost: %1</translation>
    </message>
</context>
<context>
    <name>traceo::PaneBase</name>
    <message>
        <source>Loading…</source>
        <translation>読み込み中…</translation>
    </message>
    <message>
        <source>The time window this pane follows</source>
        <translation>このペインに適用される期間</translation>
    </message>
    <message>
        <source>Open a database…</source>
        <translation>データベースを開く…</translation>
    </message>
    <message>
        <source>Build the demo database…</source>
        <translation>デモデータベースを作成…</translation>
    </message>
    <message>
        <source>Window: %1</source>
        <translation>期間: %1</translation>
    </message>
</context>
<context>
    <name>traceo::PaneFeed</name>
    <message>
        <source>Loading from %1 failed: %2</source>
        <translation>%1 からの読み込みに失敗しました: %2</translation>
    </message>
</context>
<context>
    <name>traceo::PolicyAuditView</name>
    <message>
        <source>Verify chain</source>
        <translation>チェーンを検証</translation>
    </message>
    <message>
        <source>Recompute every record&apos;s hash and check that each links to the one before</source>
        <translation>すべてのレコードのハッシュを再計算し、各レコードが直前のレコードにつながっていることを確認します</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>レコード</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時刻</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>判定</translation>
    </message>
    <message>
        <source>Principal</source>
        <translation>プリンシパル</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>アクション</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>リソース</translation>
    </message>
    <message>
        <source>Determining</source>
        <translation>決定ポリシー</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>Policy set</source>
        <translation>ポリシーセット</translation>
    </message>
    <message>
        <source>Policy SHA-256</source>
        <translation>ポリシー SHA-256</translation>
    </message>
    <message>
        <source>Allow</source>
        <translation>許可</translation>
    </message>
    <message>
        <source>Deny</source>
        <translation>拒否</translation>
    </message>
    <message>
        <source>(unsaved text)</source>
        <translation>(未保存のテキスト)</translation>
    </message>
    <message numerus="yes">
        <source>Newest %1 of %n decision(s), newest first</source>
        <translation>
            <numerusform>%n 件の判定のうち最新 %1 件 (新しい順)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>✔ Audit log intact: %n record(s) verified, each linked to the one before. Head hash %1.</source>
        <translation>
            <numerusform>✔ 監査ログは改ざんされていません: %n 件のレコードを検証し、各レコードが直前のレコードにつながっていることを確認しました。ヘッドハッシュ %1。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>✖ Record %1 was changed or is out of place: %2 (%n record(s) before it verified).</source>
        <translation>
            <numerusform>✖ レコード %1 が変更されているか、位置が不正です: %2 (それより前の %n 件のレコードは検証済み)。</numerusform>
        </translation>
    </message>
    <message>
        <source>✖ The audit log could not be verified: %1</source>
        <translation>✖ 監査ログを検証できませんでした: %1</translation>
    </message>
</context>
<context>
    <name>traceo::PolicyHistoryView</name>
    <message>
        <source>Roll back to this version…</source>
        <translation>このバージョンにロールバック…</translation>
    </message>
    <message>
        <source>Select one version to see what it changed, or two to compare them</source>
        <translation>バージョンを 1 つ選択すると変更内容を、2 つ選択すると比較を表示します</translation>
    </message>
    <message>
        <source>Save the selected version&apos;s text again as the newest version</source>
        <translation>選択したバージョンのテキストを最新バージョンとして再保存します</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>バージョン</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>作成者</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>メッセージ</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>保存日時</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Roll back to version %1…</source>
        <translation>バージョン %1 にロールバック…</translation>
    </message>
    <message>
        <source>Select a version to see its changes.</source>
        <translation>変更内容を表示するバージョンを選択してください。</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>バージョン %1</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(空)</translation>
    </message>
    <message>
        <source>Changes from %1 to %2</source>
        <translation>%1 から %2 への変更</translation>
    </message>
    <message>
        <source>The two versions have the same text.</source>
        <translation>2 つのバージョンのテキストは同じです。</translation>
    </message>
</context>
<context>
    <name>traceo::PolicyPane</name>
    <message>
        <source>Policies</source>
        <translation>ポリシー</translation>
    </message>
    <message>
        <source>Policy sets</source>
        <translation>ポリシーセット</translation>
    </message>
    <message>
        <source>No policy sets yet</source>
        <translation>ポリシーセットはまだありません</translation>
    </message>
    <message>
        <source>Policies say who may do what. Open a database that holds policy sets, or build the demo database to explore sample policies.</source>
        <translation>ポリシーは、誰が何を実行できるかを定めます。ポリシーセットを含むデータベースを開くか、デモデータベースを作成してサンプルポリシーを試してください。</translation>
    </message>
    <message>
        <source>Cedar policy set (.cedar)</source>
        <translation>Cedar ポリシーセット (.cedar)</translation>
    </message>
    <message>
        <source>Test bench</source>
        <translation>テストベンチ</translation>
    </message>
    <message>
        <source>New policy set…</source>
        <translation>新しいポリシーセット…</translation>
    </message>
    <message>
        <source>Select a policy set, or create one.</source>
        <translation>ポリシーセットを選択するか、新しく作成してください。</translation>
    </message>
    <message>
        <source>Entities as Cedar JSON: [{&quot;uid&quot;: {&quot;type&quot;: &quot;User&quot;, &quot;id&quot;: &quot;alice&quot;}, &quot;attrs&quot;: {}, &quot;parents&quot;: []}]</source>
        <translation>Cedar JSON 形式のエンティティ: [{&quot;uid&quot;: {&quot;type&quot;: &quot;User&quot;, &quot;id&quot;: &quot;alice&quot;}, &quot;attrs&quot;: {}, &quot;parents&quot;: []}]</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>開く…</translation>
    </message>
    <message>
        <source>Read entities from a JSON file</source>
        <translation>JSON ファイルからエンティティを読み込みます</translation>
    </message>
    <message>
        <source>Open entities</source>
        <translation>エンティティを開く</translation>
    </message>
    <message>
        <source>Cedar entities (*.json);;All files (*)</source>
        <translation>Cedar エンティティ (*.json);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>名前を付けて保存…</translation>
    </message>
    <message>
        <source>Write the entities to a JSON file</source>
        <translation>エンティティを JSON ファイルに書き出します</translation>
    </message>
    <message>
        <source>Type with the default schema</source>
        <translation>既定のスキーマで型付け</translation>
    </message>
    <message>
        <source>Read the entities and the request context with Traceo&apos;s default Cedar schema, so that strings such as &quot;10.20.0.5&quot; become the ipaddr values the policies compare</source>
        <translation>エンティティとリクエストのコンテキストを Traceo の既定の Cedar スキーマで読み込み、&quot;10.20.0.5&quot; のような文字列をポリシーが比較する ipaddr 値に変換します</translation>
    </message>
    <message>
        <source>Entities</source>
        <translation>エンティティ</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>元に戻す</translation>
    </message>
    <message>
        <source>Drop your changes and show the latest saved version again</source>
        <translation>変更を破棄し、最新の保存済みバージョンを再表示します</translation>
    </message>
    <message>
        <source>Save version…</source>
        <translation>バージョンを保存…</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存の変更</translation>
    </message>
    <message>
        <source>Your changes to “%1” are not saved. Discard them and show “%2”?</source>
        <translation>“%1” への変更は保存されていません。変更を破棄して “%2” を表示しますか?</translation>
    </message>
    <message>
        <source>New policy set</source>
        <translation>新しいポリシーセット</translation>
    </message>
    <message>
        <source>Name of the new policy set:</source>
        <translation>新しいポリシーセットの名前:</translation>
    </message>
    <message>
        <source>Save a new version of “%1”</source>
        <translation>“%1” の新しいバージョンを保存</translation>
    </message>
    <message>
        <source>What changed, and why?</source>
        <translation>変更内容とその理由は?</translation>
    </message>
    <message>
        <source>Saving failed</source>
        <translation>保存に失敗しました</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 を読めません: %2</translation>
    </message>
    <message>
        <source>Save entities</source>
        <translation>エンティティを保存</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message>
        <source>No policy set selected</source>
        <translation>ポリシーセットが選択されていません</translation>
    </message>
    <message>
        <source>version %1 by %2</source>
        <translation>バージョン %1 (%2)</translation>
    </message>
    <message>
        <source>not saved yet</source>
        <translation>未保存</translation>
    </message>
    <message>
        <source>(unsaved changes)</source>
        <translation>(未保存の変更あり)</translation>
    </message>
    <message>
        <source>Fix the problems in the policies before saving</source>
        <translation>保存する前にポリシーの問題を修正してください</translation>
    </message>
    <message>
        <source>Save the policies as a new version of the set</source>
        <translation>ポリシーをセットの新しいバージョンとして保存します</translation>
    </message>
    <message>
        <source>History</source>
        <translation>履歴</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>監査</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>レポート</translation>
    </message>
    <message>
        <source>Roll back</source>
        <translation>ロールバック</translation>
    </message>
    <message>
        <source>Save the text of version %1 of “%2” as its newest version? No version is deleted.</source>
        <translation>“%2” のバージョン %1 のテキストを最新バージョンとして保存しますか? バージョンは削除されません。</translation>
    </message>
    <message>
        <source>Rollback failed</source>
        <translation>ロールバックに失敗しました</translation>
    </message>
</context>
<context>
    <name>traceo::PolicyReportView</name>
    <message>
        <source>Policy</source>
        <translation>ポリシー</translation>
    </message>
    <message>
        <source>Effect</source>
        <translation>効果</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>決定回数</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>検出事項</translation>
    </message>
    <message>
        <source>shadowed by %1</source>
        <translation>%1 に隠されています</translation>
    </message>
    <message>
        <source>duplicate of %1</source>
        <translation>%1 と重複</translation>
    </message>
    <message>
        <source>never decided a request</source>
        <translation>リクエストを一度も決定していません</translation>
    </message>
    <message>
        <source>permit</source>
        <translation>permit</translation>
    </message>
    <message>
        <source>forbid</source>
        <translation>forbid</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt; version %2: %n policy(ies); %3 audited decision(s) against this text, %4 allowed.</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; バージョン %2: ポリシー %n 件。このテキストに対する監査済みの判定 %3 件、うち許可 %4 件。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>traceo::PrometheusClient</name>
    <message>
        <source>Prometheus query &quot;%1&quot; failed: %2</source>
        <translation>Prometheus クエリ &quot;%1&quot; が失敗しました: %2</translation>
    </message>
</context>
<context>
    <name>traceo::PrometheusParse</name>
    <message>
        <source>%1 is not a [timestamp, &quot;value&quot;] pair</source>
        <translation>%1 は [timestamp, &quot;value&quot;] のペアではありません</translation>
    </message>
    <message>
        <source>%1: the timestamp is not a number</source>
        <translation>%1: タイムスタンプが数値ではありません</translation>
    </message>
    <message>
        <source>%1: timestamp %2 is out of range</source>
        <translation>%1: タイムスタンプ %2 が範囲外です</translation>
    </message>
    <message>
        <source>%1: the value is not a string</source>
        <translation>%1: 値が文字列ではありません</translation>
    </message>
    <message>
        <source>%1: value &quot;%2&quot; is not a number</source>
        <translation>%1: 値 &quot;%2&quot; が数値ではありません</translation>
    </message>
    <message>
        <source>%1.metric is not an object</source>
        <translation>%1.metric がオブジェクトではありません</translation>
    </message>
    <message>
        <source>%1.metric.%2 is not a string</source>
        <translation>%1.metric.%2 が文字列ではありません</translation>
    </message>
    <message>
        <source>%1 is not an object</source>
        <translation>%1 がオブジェクトではありません</translation>
    </message>
    <message>
        <source>%1.values is not an array</source>
        <translation>%1.values が配列ではありません</translation>
    </message>
    <message>
        <source>data.resultType is missing</source>
        <translation>data.resultType がありません</translation>
    </message>
    <message>
        <source>unsupported result type &quot;%1&quot;</source>
        <translation>サポートされていない結果タイプ &quot;%1&quot;</translation>
    </message>
    <message>
        <source>data.result is not an array</source>
        <translation>data.result が配列ではありません</translation>
    </message>
    <message>
        <source>Prometheus query &quot;%1&quot; at %2: the response is not valid JSON: %3 at offset %4</source>
        <translation>%2 への Prometheus クエリ &quot;%1&quot;: 応答が有効な JSON ではありません: %3 (オフセット %4)</translation>
    </message>
    <message>
        <source>Prometheus query &quot;%1&quot; at %2 failed: %3: %4</source>
        <translation>%2 への Prometheus クエリ &quot;%1&quot; が失敗しました: %3: %4</translation>
    </message>
    <message>
        <source>error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>(no message)</source>
        <translation>(メッセージなし)</translation>
    </message>
    <message>
        <source>Prometheus query &quot;%1&quot; at %2: the response is not a Prometheus API answer (no &quot;status&quot;)</source>
        <translation>%2 への Prometheus クエリ &quot;%1&quot;: 応答が Prometheus API の応答ではありません (&quot;status&quot; がありません)</translation>
    </message>
    <message>
        <source>data is not an object</source>
        <translation>data がオブジェクトではありません</translation>
    </message>
    <message>
        <source>Prometheus query &quot;%1&quot; at %2: unexpected response: %3</source>
        <translation>%2 への Prometheus クエリ &quot;%1&quot;: 予期しない応答です: %3</translation>
    </message>
</context>
<context>
    <name>traceo::PrometheusRefresher</name>
    <message>
        <source>Prometheus source %1 (%2)</source>
        <translation>Prometheus ソース %1 (%2)</translation>
    </message>
    <message>
        <source>%1: not an http:// or https:// URL</source>
        <translation>%1: http:// または https:// の URL ではありません</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Prometheus source %1 (%2): it needs a %3 secret and no credential store is available</source>
        <translation>Prometheus ソース %1 (%2): %3 のシークレットが必要ですが、資格情報ストアを利用できません</translation>
    </message>
    <message>
        <source>Prometheus source %1 (%2): no secret in the keychain: %3</source>
        <translation>Prometheus ソース %1 (%2): キーチェーンにシークレットがありません: %3</translation>
    </message>
</context>
<context>
    <name>traceo::PrometheusSli</name>
    <message>
        <source>SLO %1: the query “%2”: %3</source>
        <translation>SLO %1: クエリ “%2”: %3</translation>
    </message>
    <message>
        <source>SLO %1: a raw SLI (“%2”) has no event counts to fill SLI buckets; use an events SLI</source>
        <translation>SLO %1: raw SLI (“%2”) には SLI バケットを埋めるイベント数がありません。events SLI を使ってください</translation>
    </message>
    <message>
        <source>SLO %1 has no SLI queries (it was not imported from a spec); nothing to refresh from Prometheus</source>
        <translation>SLO %1 には SLI クエリがありません (仕様から取り込まれていません)。Prometheus から更新するものはありません</translation>
    </message>
</context>
<context>
    <name>traceo::RedisClient</name>
    <message>
        <source>connection refused (is the server running and listening on that port?)</source>
        <translation>接続が拒否されました (サーバーが起動し、そのポートで待ち受けているか確認してください)</translation>
    </message>
    <message>
        <source>timed out after %1 ms</source>
        <translation>%1 ms 後にタイムアウトしました</translation>
    </message>
    <message>
        <source>host unreachable (%1)</source>
        <translation>ホストに到達できません (%1)</translation>
    </message>
    <message>
        <source>the server closed the connection</source>
        <translation>サーバーが接続を閉じました</translation>
    </message>
    <message>
        <source>protocol error: %1 (is this a Redis server?)</source>
        <translation>プロトコルエラー: %1 (Redis サーバーではない可能性があります)</translation>
    </message>
    <message>
        <source>Malformed Redis URL &quot;%1&quot;: expected redis://[:password@]host[:port][/db]</source>
        <translation>Redis URL &quot;%1&quot; の形式が正しくありません: redis://[:password@]host[:port][/db] の形式で指定してください</translation>
    </message>
    <message>
        <source>Redis URL &quot;%1&quot;: the database &quot;%2&quot; is not a number</source>
        <translation>Redis URL &quot;%1&quot;: データベース &quot;%2&quot; が数値ではありません</translation>
    </message>
    <message>
        <source>Cannot connect to Redis at %1: out of memory</source>
        <translation>%1 の Redis に接続できません: メモリ不足です</translation>
    </message>
    <message>
        <source>Cannot connect to Redis at %1: %2</source>
        <translation>%1 の Redis に接続できません: %2</translation>
    </message>
    <message>
        <source>Redis at %1 refused the credentials: %2</source>
        <translation>%1 の Redis が認証情報を拒否しました: %2</translation>
    </message>
    <message>
        <source>Redis at %1 cannot select database %2: %3</source>
        <translation>%1 の Redis でデータベース %2 を選択できません: %3</translation>
    </message>
    <message>
        <source>Redis at %1: the connection is closed</source>
        <translation>%1 の Redis: 接続は閉じられています</translation>
    </message>
    <message>
        <source>Redis at %1: empty command</source>
        <translation>%1 の Redis: コマンドが空です</translation>
    </message>
    <message>
        <source>Redis at %1 did not answer PING with PONG: %2</source>
        <translation>%1 の Redis が PING に PONG で応答しませんでした: %2</translation>
    </message>
    <message>
        <source>Redis at %1: %2 failed: %3</source>
        <translation>%1 の Redis: %2 が失敗しました: %3</translation>
    </message>
</context>
<context>
    <name>traceo::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Prometheus</source>
        <translation>Prometheus</translation>
    </message>
    <message>
        <source>OpenCost</source>
        <translation>OpenCost</translation>
    </message>
    <message>
        <source>Redis</source>
        <translation>Redis</translation>
    </message>
    <message>
        <source>Team database</source>
        <translation>チームデータベース</translation>
    </message>
    <message>
        <source>Leave empty to use the local database file</source>
        <translation>ローカルのデータベースファイルを使う場合は空欄のままにします</translation>
    </message>
    <message>
        <source>PostgreSQL URL:</source>
        <translation>PostgreSQL URL:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>変更なし</translation>
    </message>
    <message>
        <source>Kept in the system keychain under &quot;%1&quot;</source>
        <translation>システムのキーチェーンに &quot;%1&quot; として保存されています</translation>
    </message>
    <message>
        <source>URL:</source>
        <translation>URL:</translation>
    </message>
    <message>
        <source>Authentication:</source>
        <translation>認証方式:</translation>
    </message>
    <message>
        <source>Secret:</source>
        <translation>シークレット:</translation>
    </message>
    <message>
        <source>Checking the system keychain…</source>
        <translation>システムのキーチェーンを確認しています…</translation>
    </message>
    <message>
        <source>No system keychain: secrets are kept only until you quit.</source>
        <translation>システムのキーチェーンがありません: シークレットは終了するまでしか保持されません。</translation>
    </message>
</context>
<context>
    <name>traceo::SettingsRepository</name>
    <message>
        <source>Unknown data source kind &quot;%1&quot; (expected one of %2)</source>
        <translation>不明なデータソースの種類 &quot;%1&quot; (%2 のいずれかを指定してください)</translation>
    </message>
    <message>
        <source>A data source needs a name</source>
        <translation>データソースには名前が必要です</translation>
    </message>
</context>
<context>
    <name>traceo::SloChartFeed</name>
    <message>
        <source>Loading the charts failed: %1</source>
        <translation>チャートの読み込みに失敗しました: %1</translation>
    </message>
</context>
<context>
    <name>traceo::SloDetailView</name>
    <message>
        <source>Page alert firing</source>
        <translation>ページアラート発火中</translation>
    </message>
    <message>
        <source>Ticket alert firing</source>
        <translation>チケットアラート発火中</translation>
    </message>
    <message>
        <source>Error budget left</source>
        <translation>残りエラーバジェット</translation>
    </message>
    <message>
        <source>Burn rate against the alert thresholds</source>
        <translation>アラートしきい値に対するバーンレート</translation>
    </message>
    <message>
        <source>Select an SLO to see its error budget and burn rates.</source>
        <translation>エラーバジェットとバーンレートを表示する SLO を選択してください。</translation>
    </message>
    <message>
        <source>Budget left</source>
        <translation>残りバジェット</translation>
    </message>
    <message>
        <source>Budget exhausted</source>
        <translation>バジェット枯渇</translation>
    </message>
    <message>
        <source>0 %</source>
        <translation>0 %</translation>
    </message>
    <message>
        <source>Burn rate (× the budget rate)</source>
        <translation>バーンレート (バジェット消費ペースの × 倍)</translation>
    </message>
    <message>
        <source>%1×</source>
        <translation>%1×</translation>
    </message>
    <message>
        <source>%1 threshold %2 (%3 and %4 windows)</source>
        <translation>%1 しきい値 %2 (%3 と %4 のウィンドウ)</translation>
    </message>
    <message>
        <source>Burn rate %1</source>
        <translation>バーンレート %1</translation>
    </message>
    <message>
        <source>the calendar month (UTC)</source>
        <translation>暦月 (UTC)</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 日間</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 · %2&lt;/b&gt; — objective %3 over %4; budget left %5; burn rate now %6</source>
        <translation>&lt;b&gt;%1 · %2&lt;/b&gt; — 目標 %3（期間: %4）、残りバジェット %5、現在のバーンレート %6</translation>
    </message>
    <message>
        <source>Budget left (%1)</source>
        <translation>残りバジェット (%1)</translation>
    </message>
</context>
<context>
    <name>traceo::SloPane</name>
    <message>
        <source>SLO budgets</source>
        <translation>SLO バジェット</translation>
    </message>
    <message>
        <source>No SLOs yet</source>
        <translation>SLO はまだありません</translation>
    </message>
    <message>
        <source>Error budgets need SLO definitions and SLI data. Connect Prometheus to read SLIs, or build the demo database to explore with sample SLOs.</source>
        <translation>エラーバジェットには SLO の定義と SLI データが必要です。Prometheus に接続して SLI を読み込むか、デモデータベースを作成してサンプルの SLO を試してください。</translation>
    </message>
    <message>
        <source>Connect Prometheus…</source>
        <translation>Prometheus に接続…</translation>
    </message>
    <message>
        <source>Filter by service, SLO or alert…</source>
        <translation>サービス、SLO、アラートで絞り込み…</translation>
    </message>
    <message>
        <source>Import spec…</source>
        <translation>仕様をインポート…</translation>
    </message>
    <message>
        <source>Add the SLOs of a Sloth or OpenSLO spec file</source>
        <translation>Sloth または OpenSLO の仕様ファイルの SLO を追加します</translation>
    </message>
    <message>
        <source>Rules for the selected SLO…</source>
        <translation>選択した SLO のルール…</translation>
    </message>
    <message>
        <source>Rules for all SLOs…</source>
        <translation>すべての SLO のルール…</translation>
    </message>
    <message>
        <source>Add synthetic check…</source>
        <translation>合成チェックを追加…</translation>
    </message>
    <message>
        <source>Import an SLO spec</source>
        <translation>SLO 仕様をインポート</translation>
    </message>
    <message>
        <source>Sloth or OpenSLO specs (*.yaml *.yml);;All files (*)</source>
        <translation>Sloth または OpenSLO の仕様 (*.yaml *.yml);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Open a database before importing.</source>
        <translation>インポートする前にデータベースを開いてください。</translation>
    </message>
    <message>
        <source>%1: %2 SLO(s) added, %3 updated</source>
        <translation>%1: %2 件の SLO を追加、%3 件を更新</translation>
    </message>
    <message>
        <source>Export Prometheus rules</source>
        <translation>Prometheus ルールをエクスポート</translation>
    </message>
    <message>
        <source>Prometheus rule files (*.yaml *.yml)</source>
        <translation>Prometheus ルールファイル (*.yaml *.yml)</translation>
    </message>
    <message>
        <source>Open a database before exporting.</source>
        <translation>エクスポートする前にデータベースを開いてください。</translation>
    </message>
    <message>
        <source>%1: cannot write the file: %2</source>
        <translation>%1: ファイルに書き込めません: %2</translation>
    </message>
    <message>
        <source>Prometheus rules written to %1</source>
        <translation>Prometheus ルールを %1 に書き込みました</translation>
    </message>
    <message>
        <source>OpenSLO definitions…</source>
        <translation>OpenSLO 定義…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>エクスポート</translation>
    </message>
    <message>
        <source>Save the Prometheus recording and alert rules Sloth generates, or the SLOs as OpenSLO definitions</source>
        <translation>Sloth が生成する Prometheus のレコーディングルールとアラートルール、または SLO を OpenSLO 定義として保存します</translation>
    </message>
    <message>
        <source>Probe an http(s) URL on an interval and feed an SLO with the results</source>
        <translation>http(s) URL を一定間隔で監視し、その結果を SLO に取り込みます</translation>
    </message>
    <message>
        <source>SLO spec (Sloth or OpenSLO YAML)</source>
        <translation>SLO 仕様 (Sloth または OpenSLO YAML)</translation>
    </message>
    <message>
        <source>Prometheus rules (YAML)</source>
        <translation>Prometheus ルール (YAML)</translation>
    </message>
    <message>
        <source>OpenSLO definitions (YAML)</source>
        <translation>OpenSLO 定義 (YAML)</translation>
    </message>
    <message>
        <source>Export OpenSLO definitions</source>
        <translation>OpenSLO 定義をエクスポート</translation>
    </message>
    <message>
        <source>OpenSLO files (*.yaml *.yml)</source>
        <translation>OpenSLO ファイル (*.yaml *.yml)</translation>
    </message>
    <message>
        <source>OpenSLO definitions written to %1</source>
        <translation>OpenSLO 定義を %1 に書き出しました</translation>
    </message>
    <message>
        <source>Open a database before adding a synthetic check.</source>
        <translation>合成チェックを追加する前にデータベースを開いてください。</translation>
    </message>
    <message>
        <source>Synthetic check “%1” added; it feeds the SLO %2/%3</source>
        <translation>合成チェック “%1” を追加しました。SLO %2/%3 にデータを送ります</translation>
    </message>
</context>
<context>
    <name>traceo::SloRepository</name>
    <message>
        <source>Database %1: storing SLI buckets failed: %2</source>
        <translation>データベース %1: SLI バケットの保存に失敗しました: %2</translation>
    </message>
</context>
<context>
    <name>traceo::SloTableProxy</name>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1×</source>
        <translation>%1×</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 時間 %2 分</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 日 %2 時間</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>ページ</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>チケット</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>exhausted</source>
        <translation>枯渇</translation>
    </message>
</context>
<context>
    <name>traceo::SourceProbe</name>
    <message>
        <source>not checked</source>
        <translation>未確認</translation>
    </message>
    <message>
        <source>checking…</source>
        <translation>確認中…</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>接続済み</translation>
    </message>
    <message>
        <source>unreachable</source>
        <translation>到達不能</translation>
    </message>
    <message>
        <source>%1 is not a valid URL</source>
        <translation>%1 は有効な URL ではありません</translation>
    </message>
</context>
<context>
    <name>traceo::StatusPanel</name>
    <message>
        <source>Database: %1 (schema %2)</source>
        <translation>データベース: %1 (スキーマ %2)</translation>
    </message>
    <message>
        <source>No data sources (File &gt; Settings…)</source>
        <translation>データソースがありません (ファイル &gt; 設定…)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>traceo::Synthetic</name>
    <message>
        <source>%1 “%2”, position %3: %4</source>
        <translation>%1 “%2”、位置 %3: %4</translation>
    </message>
    <message>
        <source>expected a three-digit HTTP status</source>
        <translation>3 桁の HTTP ステータスが必要です</translation>
    </message>
    <message>
        <source>an HTTP status is between 100 and 599</source>
        <translation>HTTP ステータスは 100 から 599 の範囲です</translation>
    </message>
    <message>
        <source>expected a status such as 200 or a range such as 200-299</source>
        <translation>200 のようなステータス、または 200-299 のような範囲が必要です</translation>
    </message>
    <message>
        <source>a range must not end below its start</source>
        <translation>範囲の終わりを始まりより小さくすることはできません</translation>
    </message>
    <message>
        <source>expected a comma between statuses</source>
        <translation>ステータスの間にはカンマが必要です</translation>
    </message>
    <message>
        <source>Name: a check needs a name.</source>
        <translation>名前: チェックには名前が必要です。</translation>
    </message>
    <message>
        <source>URL “%1”: only http:// and https:// URLs with a host can be probed.</source>
        <translation>URL “%1”: プローブできるのは、ホストを含む http:// または https:// の URL だけです。</translation>
    </message>
    <message>
        <source>Method “%1”: expected an HTTP method in capitals such as GET or HEAD.</source>
        <translation>メソッド “%1”: GET や HEAD のような大文字の HTTP メソッドが必要です。</translation>
    </message>
    <message>
        <source>Expected status: name at least one status.</source>
        <translation>期待するステータス: ステータスを 1 つ以上指定してください。</translation>
    </message>
    <message>
        <source>Latency threshold: must be a positive number of milliseconds.</source>
        <translation>レイテンシのしきい値: 正のミリ秒数を指定してください。</translation>
    </message>
    <message>
        <source>Timeout: must be a positive number of milliseconds.</source>
        <translation>タイムアウト: 正のミリ秒数を指定してください。</translation>
    </message>
    <message>
        <source>Latency threshold: %1 ms is above the timeout of %2 ms, so it could never make a probe bad.</source>
        <translation>レイテンシのしきい値: %1 ms はタイムアウトの %2 ms を超えているため、プローブが不良と判定されることはありません。</translation>
    </message>
    <message>
        <source>Interval: must be a positive number of seconds.</source>
        <translation>間隔: 正の秒数を指定してください。</translation>
    </message>
    <message>
        <source>HTTP %1, expected %2</source>
        <translation>HTTP %1 (期待値 %2)</translation>
    </message>
    <message>
        <source>%1 ms, above the threshold of %2 ms</source>
        <translation>%1 ms (しきい値 %2 ms 超過)</translation>
    </message>
    <message>
        <source>the body does not contain “%1”</source>
        <translation>本文に “%1” が含まれていません</translation>
    </message>
    <message>
        <source>Check “%1”: %2</source>
        <translation>チェック “%1”: %2</translation>
    </message>
    <message>
        <source>Check “%1”: its SLO needs a service, an objective between 0 and 100 % and a positive period</source>
        <translation>チェック “%1”: その SLO には、サービス、0 から 100 % の間の目標、正の期間が必要です</translation>
    </message>
    <message>
        <source>A synthetic check named “%1” exists already</source>
        <translation>“%1” という名前の合成チェックは既に存在します</translation>
    </message>
    <message>
        <source>The SLO %1/%2 exists already: choose another name</source>
        <translation>SLO %1/%2 は既に存在します: 別の名前を選んでください</translation>
    </message>
</context>
<context>
    <name>traceo::SyntheticCheckDialog</name>
    <message>
        <source>api-health</source>
        <translation>api-health</translation>
    </message>
    <message>
        <source>https://api.example.com/healthz</source>
        <translation>https://api.example.com/healthz</translation>
    </message>
    <message>
        <source>200-299</source>
        <translation>200-299</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>optional: text a good answer contains</source>
        <translation>任意: 正常な応答に含まれるテキスト</translation>
    </message>
    <message>
        <source>checkout</source>
        <translation>checkout</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 日</translation>
    </message>
    <message>
        <source>Add a synthetic check</source>
        <translation>合成チェックを追加</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名前(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>URL(&amp;U):</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>メソッド(&amp;M):</translation>
    </message>
    <message>
        <source>&amp;Expected status:</source>
        <translation>期待するステータス(&amp;E):</translation>
    </message>
    <message>
        <source>&amp;Latency threshold:</source>
        <translation>レイテンシのしきい値(&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Timeout:</source>
        <translation>タイムアウト(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Interval:</source>
        <translation>間隔(&amp;I):</translation>
    </message>
    <message>
        <source>&amp;Body contains:</source>
        <translation>本文に含む文字列(&amp;B):</translation>
    </message>
    <message>
        <source>&amp;Service:</source>
        <translation>サービス(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Objective:</source>
        <translation>目標(&amp;O):</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>期間(&amp;P):</translation>
    </message>
    <message>
        <source>Expected status</source>
        <translation>期待するステータス</translation>
    </message>
    <message>
        <source>Service: the check&apos;s SLO needs a service.</source>
        <translation>サービス: チェックの SLO にはサービスが必要です。</translation>
    </message>
</context>
<context>
    <name>traceo::TestBench</name>
    <message>
        <source>Authorize</source>
        <translation>判定</translation>
    </message>
    <message>
        <source>Record in audit log</source>
        <translation>監査ログに記録</translation>
    </message>
    <message>
        <source>Context as a JSON object, e.g. {&quot;mfa&quot;: true}</source>
        <translation>JSON オブジェクト形式のコンテキスト。例: {&quot;mfa&quot;: true}</translation>
    </message>
    <message>
        <source>Decide the request with the policies in the editor (Ctrl+Return)</source>
        <translation>エディターのポリシーでリクエストを判定します (Ctrl+Return)</translation>
    </message>
    <message>
        <source>Click a policy to show it in the editor</source>
        <translation>ポリシーをクリックするとエディターに表示します</translation>
    </message>
    <message>
        <source>&amp;Principal</source>
        <translation>プリンシパル(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Action</source>
        <translation>アクション(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Resource</source>
        <translation>リソース(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Context</source>
        <translation>コンテキスト(&amp;C)</translation>
    </message>
    <message>
        <source>Append the decision to the tamper-evident audit log of this database</source>
        <translation>判定をこのデータベースの改ざん検知可能な監査ログに追記します</translation>
    </message>
    <message>
        <source>Determining policies</source>
        <translation>判定を決定したポリシー</translation>
    </message>
    <message>
        <source>Evaluation errors</source>
        <translation>評価エラー</translation>
    </message>
    <message>
        <source>Deciding…</source>
        <translation>判定中…</translation>
    </message>
    <message>
        <source>No decision yet</source>
        <translation>まだ判定していません</translation>
    </message>
    <message>
        <source>Fill in a request and press Authorize.</source>
        <translation>リクエストを入力して [判定] を押してください。</translation>
    </message>
    <message>
        <source>Cannot decide</source>
        <translation>判定できません</translation>
    </message>
    <message>
        <source>ALLOW</source>
        <translation>許可</translation>
    </message>
    <message>
        <source>DENY</source>
        <translation>拒否</translation>
    </message>
    <message numerus="yes">
        <source>Permitted by %n policy(ies).</source>
        <translation>
            <numerusform>%n 件のポリシーにより許可されました。</numerusform>
        </translation>
    </message>
    <message>
        <source>No policy permits this request: Cedar denies by default.</source>
        <translation>このリクエストを許可するポリシーはありません: Cedar は既定で拒否します。</translation>
    </message>
    <message numerus="yes">
        <source>Forbidden by %n policy(ies).</source>
        <translation>
            <numerusform>%n 件のポリシーにより禁止されました。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>traceo::TimeWindow</name>
    <message>
        <source>The time window must end after it starts (%1 to %2)</source>
        <translation>期間の終了は開始より後にしてください (%1 ～ %2)</translation>
    </message>
    <message>
        <source>Unknown time window &quot;%1&quot;: use 1h, 6h, 1d, 7d, 30d or FROM/TO in RFC 3339</source>
        <translation>不明な期間 &quot;%1&quot;: 1h, 6h, 1d, 7d, 30d、または RFC 3339 形式の FROM/TO を指定してください</translation>
    </message>
</context>
<context>
    <name>traceo::TimeWindowBar</name>
    <message>
        <source>Time window</source>
        <translation>期間</translation>
    </message>
    <message>
        <source>Time window:</source>
        <translation>期間:</translation>
    </message>
    <message>
        <source>Last 1h</source>
        <translation>過去1時間</translation>
    </message>
    <message>
        <source>6h</source>
        <translation>6時間</translation>
    </message>
    <message>
        <source>1d</source>
        <translation>1日</translation>
    </message>
    <message>
        <source>7d</source>
        <translation>7日</translation>
    </message>
    <message>
        <source>30d</source>
        <translation>30日</translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation>カスタム…</translation>
    </message>
    <message>
        <source>Choose a start and an end</source>
        <translation>開始と終了を選択</translation>
    </message>
</context>
<context>
    <name>traceo::TimeWindowState</name>
    <message>
        <source>Last hour</source>
        <translation>過去1時間</translation>
    </message>
    <message>
        <source>Last 6 hours</source>
        <translation>過去6時間</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>過去1日</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>過去7日間</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>過去30日間</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 ～ %2</translation>
    </message>
</context>
<context>
    <name>traceo::cedar</name>
    <message>
        <source>unexpected %1 after the expression</source>
        <translation>式の後に予期しない %1 があります</translation>
    </message>
    <message>
        <source>the end of the text</source>
        <translation>テキストの終わり</translation>
    </message>
    <message>
        <source>the string %1</source>
        <translation>文字列 %1</translation>
    </message>
    <message>
        <source>the number %1</source>
        <translation>数値 %1</translation>
    </message>
    <message>
        <source>a string without its closing quote</source>
        <translation>閉じ引用符のない文字列</translation>
    </message>
    <message>
        <source>the unexpected character `%1`</source>
        <translation>予期しない文字 `%1`</translation>
    </message>
    <message>
        <source>a string in double quotes</source>
        <translation>二重引用符で囲んだ文字列</translation>
    </message>
    <message>
        <source>`%1` is a reserved word and cannot name a type</source>
        <translation>`%1` は予約語のため型名に使えません</translation>
    </message>
    <message>
        <source>an entity such as User::&quot;alice&quot;</source>
        <translation>User::&quot;alice&quot; のようなエンティティ</translation>
    </message>
    <message>
        <source>`::` and a quoted id after the entity type</source>
        <translation>エンティティ型の後に `::` と引用符付きの ID</translation>
    </message>
    <message>
        <source>an annotation name after `@`</source>
        <translation>`@` の後に注釈名</translation>
    </message>
    <message>
        <source>duplicate annotation @%1</source>
        <translation>注釈 @%1 が重複しています</translation>
    </message>
    <message>
        <source>`permit` or `forbid`</source>
        <translation>`permit` または `forbid`</translation>
    </message>
    <message>
        <source>`)` after the resource</source>
        <translation>resource の後に `)`</translation>
    </message>
    <message>
        <source>a condition needs an expression between `{` and `}`</source>
        <translation>条件には `{` と `}` の間に式が必要です</translation>
    </message>
    <message>
        <source>`}` to close the condition</source>
        <translation>条件を閉じる `}`</translation>
    </message>
    <message>
        <source>`when`, `unless` or `;` to end the policy</source>
        <translation>`when`、`unless`、またはポリシーを終える `;`</translation>
    </message>
    <message>
        <source>the slot %1 cannot be used in the %2 scope</source>
        <translation>スロット %1 は %2 のスコープでは使えません</translation>
    </message>
    <message>
        <source>an entity type after `is`</source>
        <translation>`is` の後にエンティティ型</translation>
    </message>
    <message>
        <source>`==`, `in`, `is`, `,` or `)` after `%1`</source>
        <translation>`%1` の後に `==`、`in`、`is`、`,` または `)`</translation>
    </message>
    <message>
        <source>`,` or `]` in the list of actions</source>
        <translation>アクションの一覧に `,` または `]`</translation>
    </message>
    <message>
        <source>`is` cannot be used in the action scope</source>
        <translation>アクションのスコープでは `is` を使えません</translation>
    </message>
    <message>
        <source>`==`, `in` or `,` after `action`</source>
        <translation>`action` の後に `==`、`in` または `,`</translation>
    </message>
    <message>
        <source>`=` is not an operator: use `==` to compare</source>
        <translation>`=` は演算子ではありません。比較には `==` を使ってください</translation>
    </message>
    <message>
        <source>`%1` is not an attribute name; write it in quotes after `has`</source>
        <translation>`%1` は属性名ではありません。`has` の後では引用符で囲んでください</translation>
    </message>
    <message>
        <source>an attribute name after `has`</source>
        <translation>`has` の後に属性名</translation>
    </message>
    <message>
        <source>a pattern in double quotes after `like`</source>
        <translation>`like` の後に二重引用符で囲んだパターン</translation>
    </message>
    <message>
        <source>comparisons cannot be chained: add parentheses around %1</source>
        <translation>比較は連結できません。%1 の周りに括弧を付けてください</translation>
    </message>
    <message>
        <source>`!` and `-` cannot be mixed without parentheses</source>
        <translation>`!` と `-` は括弧なしで混在できません</translation>
    </message>
    <message>
        <source>too many `%1` in a row (at most 4)</source>
        <translation>`%1` が続きすぎています（最大 4 個）</translation>
    </message>
    <message>
        <source>the number -%1 does not fit in a 64-bit integer</source>
        <translation>数値 -%1 は 64 ビット整数に収まりません</translation>
    </message>
    <message>
        <source>an attribute or method name after `.`</source>
        <translation>`.` の後に属性名またはメソッド名</translation>
    </message>
    <message>
        <source>`,` or `%1`</source>
        <translation>`,` または `%1`</translation>
    </message>
    <message>
        <source>`%1` is a function: write %1(…), not as a method</source>
        <translation>`%1` は関数です。メソッドではなく %1(…) と書いてください</translation>
    </message>
    <message>
        <source>`%1` is a method: write value.%1(…)</source>
        <translation>`%1` はメソッドです。value.%1(…) と書いてください</translation>
    </message>
    <message>
        <source>unknown method `%1`</source>
        <translation>不明なメソッド `%1`</translation>
    </message>
    <message>
        <source>unknown function `%1`</source>
        <translation>不明な関数 `%1`</translation>
    </message>
    <message>
        <source>the number %1 does not fit in a 64-bit integer</source>
        <translation>数値 %1 は 64 ビット整数に収まりません</translation>
    </message>
    <message>
        <source>`)` to close the parenthesis</source>
        <translation>括弧を閉じる `)`</translation>
    </message>
    <message>
        <source>a record attribute name</source>
        <translation>レコードの属性名</translation>
    </message>
    <message>
        <source>duplicate record attribute `%1`</source>
        <translation>レコード属性 `%1` が重複しています</translation>
    </message>
    <message>
        <source>`:` after the attribute name</source>
        <translation>属性名の後に `:`</translation>
    </message>
    <message>
        <source>`,` or `}` in the record</source>
        <translation>レコード内に `,` または `}`</translation>
    </message>
    <message>
        <source>put `if … then … else …` in parentheses when it is part of a larger expression</source>
        <translation>大きな式の一部にするときは `if … then … else …` を括弧で囲んでください</translation>
    </message>
    <message>
        <source>unknown name `%1`: expected principal, action, resource, context, a literal or an entity such as User::&quot;alice&quot;</source>
        <translation>不明な名前 `%1`: principal、action、resource、context、リテラル、または User::&quot;alice&quot; のようなエンティティが必要です</translation>
    </message>
    <message>
        <source>an expression</source>
        <translation>式</translation>
    </message>
    <message>
        <source>expected %1, found %2</source>
        <translation>%1 が必要ですが、%2 があります</translation>
    </message>
    <message>
        <source>expression nested too deeply</source>
        <translation>式の入れ子が深すぎます</translation>
    </message>
    <message>
        <source>%1:%2:%3: expected %4, found `%5`</source>
        <translation>%1:%2:%3: %4 が必要ですが、`%5` があります</translation>
    </message>
    <message>
        <source>a name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>文字列</translation>
    </message>
    <message>
        <source>a valid string</source>
        <translation>正しい文字列</translation>
    </message>
    <message>
        <source>`entity`, `action`, `type` or `namespace`</source>
        <translation>`entity`、`action`、`type` または `namespace`</translation>
    </message>
    <message>
        <source>cannot read the file</source>
        <translation>ファイルを読めません</translation>
    </message>
    <message>
        <source>cannot read the policies %1</source>
        <translation>ポリシー %1 を読めません</translation>
    </message>
    <message>
        <source>cannot read the schema %1</source>
        <translation>スキーマ %1 を読めません</translation>
    </message>
    <message>
        <source>cannot read the entities %1</source>
        <translation>エンティティ %1 を読めません</translation>
    </message>
    <message>
        <source>this string has no closing quote</source>
        <translation>この文字列には閉じ引用符がありません</translation>
    </message>
    <message>
        <source>the action scope needs actions, such as Action::&quot;view&quot;; `%1` is not an action type</source>
        <translation>アクションのスコープには Action::&quot;view&quot; のようなアクションが必要です。`%1` はアクションの型ではありません</translation>
    </message>
    <message>
        <source>division is not supported in Cedar</source>
        <translation>Cedar では除算は使えません</translation>
    </message>
    <message>
        <source>remainder (`%`) is not supported in Cedar</source>
        <translation>Cedar では剰余（`%`）は使えません</translation>
    </message>
    <message>
        <source>`%1` takes %2 argument(s) but is given %3</source>
        <translation>`%1` の引数は %2 個ですが、%3 個渡されています</translation>
    </message>
    <message>
        <source>template slots such as %1 can only be used in the policy scope, not in a condition</source>
        <translation>%1 のようなテンプレートのスロットはポリシーのスコープでのみ使え、条件では使えません</translation>
    </message>
</context>
<context>
    <name>traceo::cli</name>
    <message>
        <source>Usage: traceo [--db FILE|URL] [--lang LANG] GROUP VERB [options]

Traceo Console&apos;s headless front end: every number the console shows, from the command line.

Commands:
</source>
        <translation>使い方: traceo [--db FILE|URL] [--lang LANG] GROUP VERB [options]

Traceo Console のヘッドレスフロントエンド: コンソールに表示されるすべての数値をコマンドラインから取得できます。

コマンド:
</translation>
    </message>
    <message>
        <source>
Run &quot;traceo GROUP VERB --help&quot; for the options of one command.
Exit codes: 0 success, 1 failure, 2 usage error.
</source>
        <translation>
各コマンドのオプションは &quot;traceo GROUP VERB --help&quot; で確認できます。
終了コード: 0 成功、1 失敗、2 使い方の誤り。
</translation>
    </message>
    <message>
        <source>Usage: traceo %1 VERB [options]

Verbs:
</source>
        <translation>使い方: traceo %1 VERB [options]

サブコマンド:
</translation>
    </message>
    <message>
        <source>Missing argument %1</source>
        <translation>引数 %1 がありません</translation>
    </message>
    <message>
        <source>traceo: unknown verb &quot;%1&quot; for &quot;%2&quot;</source>
        <translation>traceo: &quot;%2&quot; に不明なサブコマンド &quot;%1&quot; が指定されました</translation>
    </message>
    <message>
        <source>traceo: unknown command &quot;%1&quot;</source>
        <translation>traceo: 不明なコマンド &quot;%1&quot;</translation>
    </message>
    <message>
        <source>The database: an SQLite file or a postgresql:// URL (default: %1).</source>
        <translation>データベース: SQLite ファイルまたは postgresql:// URL (既定: %1)。</translation>
    </message>
    <message>
        <source>FILE|URL</source>
        <translation>FILE|URL</translation>
    </message>
    <message>
        <source>The language of messages (e.g. ja, zh_CN).</source>
        <translation>メッセージの言語 (例: ja, zh_CN)。</translation>
    </message>
    <message>
        <source>LANG</source>
        <translation>LANG</translation>
    </message>
    <message>
        <source>Output format: table, json or csv.</source>
        <translation>出力形式: table, json, csv のいずれか。</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>traceo: unknown format &quot;%1&quot;: use table, json or csv</source>
        <translation>traceo: 不明な形式 &quot;%1&quot;: table, json, csv のいずれかを指定してください</translation>
    </message>
</context>
<context>
    <name>traceo::cli::cost</name>
    <message>
        <source>Missing argument FILE</source>
        <translation>引数 FILE がありません</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n bad row(s) skipped; the first:</source>
        <translation>
            <numerusform>%1: 不正な行を %n 行スキップしました。最初の行:</numerusform>
        </translation>
    </message>
    <message>
        <source>--%1 expects a date (2024-09-01) or an RFC 3339 time, not “%2”</source>
        <translation>--%1 には日付 (2024-09-01) または RFC 3339 の時刻を指定してください（“%2” は不可）</translation>
    </message>
    <message>
        <source>--filter expects DIMENSION=VALUE, not “%1”</source>
        <translation>--filter には DIMENSION=VALUE を指定してください（“%1” は不可）</translation>
    </message>
    <message>
        <source>--metric expects billed, effective or list, not “%1”</source>
        <translation>--metric には billed、effective、list のいずれかを指定してください（“%1” は不可）</translation>
    </message>
    <message>
        <source>--top expects a positive number</source>
        <translation>--top には正の数を指定してください</translation>
    </message>
    <message>
        <source>Leave out bad rows (counted, the first reported) instead of failing on the first.</source>
        <translation>最初の不正な行で失敗せず、不正な行を除外します (件数を数え、最初の 1 行を報告します)。</translation>
    </message>
    <message>
        <source>List the stored billing periods.</source>
        <translation>保存済みの請求期間を一覧表示します。</translation>
    </message>
    <message>
        <source>Cost totals grouped by dimensions.</source>
        <translation>ディメンション別に集計したコスト合計。</translation>
    </message>
    <message>
        <source>Dimensions, comma-separated: provider, service, service-category, region, account, billing-account, resource-type, resource, charge-category, pricing-category, tag:KEY, day, week, month, or a column name.</source>
        <translation>カンマ区切りのディメンション: provider、service、service-category、region、account、billing-account、resource-type、resource、charge-category、pricing-category、tag:KEY、day、week、month、または列名。</translation>
    </message>
    <message>
        <source>DIM[,DIM…]</source>
        <translation>DIM[,DIM…]</translation>
    </message>
    <message>
        <source>Keep line items whose DIM is VALUE (repeatable).</source>
        <translation>DIM が VALUE の明細行だけを残します (複数指定可)。</translation>
    </message>
    <message>
        <source>DIM=VALUE</source>
        <translation>DIM=VALUE</translation>
    </message>
    <message>
        <source>Charge periods from this date or time (inclusive).</source>
        <translation>この日付または時刻以降の課金期間 (この時点を含む)。</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATE</translation>
    </message>
    <message>
        <source>Charge periods before this date or time; with --from, also compares with the period before.</source>
        <translation>この日付または時刻より前の課金期間。--from と併用すると、直前の期間との比較も行います。</translation>
    </message>
    <message>
        <source>The cost that orders and ranks: billed, effective or list.</source>
        <translation>並べ替えと順位付けに使うコスト: billed、effective、list のいずれか。</translation>
    </message>
    <message>
        <source>METRIC</source>
        <translation>METRIC</translation>
    </message>
    <message>
        <source>Keep the N largest rows and sum the rest as (other).</source>
        <translation>上位 N 行を残し、残りを (その他) として合計します。</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>--%1 expects a date (2026-09-01), not “%2”</source>
        <translation>--%1 には日付 (2026-09-01) を指定してください（“%2” は不可）</translation>
    </message>
    <message>
        <source>%1 anomalies, %2 new alerts.</source>
        <translation>異常 %1 件、新規アラート %2 件。</translation>
    </message>
    <message>
        <source>%1: cannot write the report: %2</source>
        <translation>%1: レポートを書き込めません: %2</translation>
    </message>
    <message>
        <source>Report written to %1.</source>
        <translation>レポートを %1 に書き込みました。</translation>
    </message>
    <message>
        <source>--ack expects the id of an alert, not “%1”</source>
        <translation>--ack にはアラートの ID を指定してください（“%1” は不可）</translation>
    </message>
    <message>
        <source>Cost alert %1 acknowledged.</source>
        <translation>コストアラート %1 を確認済みにしました。</translation>
    </message>
    <message>
        <source>List cost anomaly alerts, newest first, or acknowledge one with --ack.</source>
        <translation>コスト異常アラートを新しい順に一覧表示します。--ack で確認済みにできます。</translation>
    </message>
    <message>
        <source>Acknowledge the alert with this id.</source>
        <translation>この ID のアラートを確認済みにします。</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Only alerts not yet acknowledged.</source>
        <translation>未確認のアラートだけ。</translation>
    </message>
    <message>
        <source>Detect cost anomalies per service, account and region and per service; raise alerts for new ones.</source>
        <translation>サービス・アカウント・リージョン別、およびサービス別にコスト異常を検出し、新しい異常についてアラートを発行します。</translation>
    </message>
    <message>
        <source>Only anomalies on or after this day.</source>
        <translation>この日以降の異常だけ。</translation>
    </message>
    <message>
        <source>Only anomalies before this day.</source>
        <translation>この日より前の異常だけ。</translation>
    </message>
    <message>
        <source>Also find root causes by this tag key.</source>
        <translation>このタグキーで根本原因も調べます。</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>KEY</translation>
    </message>
    <message>
        <source>Savings recommendations from resource usage, by priority.</source>
        <translation>リソース使用状況に基づくコスト削減の推奨事項 (優先度順)。</translation>
    </message>
    <message>
        <source>Write a cost report of a period: totals, breakdown, charts, anomalies, recommendations.</source>
        <translation>期間のコストレポートを書き出します: 合計、内訳、チャート、異常、推奨事項。</translation>
    </message>
    <message>
        <source>A month (2026-09) or FROM..TO days.</source>
        <translation>月 (2026-09) または FROM..TO の日付範囲。</translation>
    </message>
    <message>
        <source>PERIOD</source>
        <translation>PERIOD</translation>
    </message>
    <message>
        <source>Breakdown dimensions, comma-separated (default: service).</source>
        <translation>内訳のディメンション、カンマ区切り (既定: service)。</translation>
    </message>
    <message>
        <source>DIMS</source>
        <translation>DIMS</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Import FOCUS cost exports (CSV or CSV.gz) and saved OpenCost responses: traceo cost import FILE… [--opencost-json FILE]…</source>
        <translation>FOCUS のコストエクスポート (CSV または CSV.gz) と保存済みの OpenCost 応答をインポートします: traceo cost import FILE… [--opencost-json FILE]…</translation>
    </message>
    <message>
        <source>A saved OpenCost /allocation or /cloudCost response (repeatable).</source>
        <translation>保存済みの OpenCost /allocation または /cloudCost の応答 (複数指定可)。</translation>
    </message>
    <message>
        <source>The currency of the OpenCost responses (OpenCost does not name it).</source>
        <translation>OpenCost の応答の通貨 (OpenCost は通貨を示しません)。</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>Give --url or --source, not both</source>
        <translation>--url と --source はどちらか一方だけを指定してください</translation>
    </message>
    <message>
        <source>No OpenCost data source named “%1” (traceo source list)</source>
        <translation>“%1” という名前の OpenCost データソースはありません (traceo source list)</translation>
    </message>
    <message>
        <source>traceo: the CLI does not read keychain secrets: %1 is asked without authentication</source>
        <translation>traceo: CLI はキーチェーンのシークレットを読み取りません: %1 には認証なしで問い合わせます</translation>
    </message>
    <message>
        <source>--url expects the OpenCost API&apos;s http:// or https:// URL, not “%1”</source>
        <translation>--url には OpenCost API の http:// または https:// の URL を指定してください（“%1” は不可）</translation>
    </message>
    <message>
        <source>--window expects a number of days (30d) or FROM,TO (2026-09-01,2026-10-01 or RFC 3339 times, FROM before TO), not “%1”</source>
        <translation>--window には日数 (30d) または FROM,TO (2026-09-01,2026-10-01 または RFC 3339 の時刻。FROM は TO より前) を指定してください（“%1” は不可）</translation>
    </message>
    <message>
        <source>--kind expects allocation, cloudcost or both, not “%1”</source>
        <translation>--kind には allocation、cloudcost、both のいずれかを指定してください（“%1” は不可）</translation>
    </message>
    <message>
        <source>Import Kubernetes allocations and cloud costs from an OpenCost server: --url URL|--source NAME [--window 30d].</source>
        <translation>OpenCost サーバーから Kubernetes のコスト配分とクラウドコストをインポートします: --url URL|--source NAME [--window 30d]。</translation>
    </message>
    <message>
        <source>The OpenCost API (e.g. http://opencost.opencost:9003, or https://HOST/model behind its UI).</source>
        <translation>OpenCost API (例: http://opencost.opencost:9003、または UI 経由の場合は https://HOST/model)。</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>A saved data source of kind opencost, instead of --url.</source>
        <translation>--url の代わりに使う、種類が opencost の保存済みデータソース。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>The last N days (today included) or FROM,TO; read in daily steps, each replacing the same day of an earlier import.</source>
        <translation>直近 N 日間 (今日を含む) または FROM,TO。1 日単位で読み込み、以前にインポートした同じ日のデータを置き換えます。</translation>
    </message>
    <message>
        <source>WINDOW</source>
        <translation>WINDOW</translation>
    </message>
    <message>
        <source>allocation (Kubernetes workloads), cloudcost (the cloud bill) or both.</source>
        <translation>allocation (Kubernetes ワークロード)、cloudcost (クラウドの請求)、both のいずれか。</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>KIND</translation>
    </message>
    <message>
        <source>OpenCost&apos;s aggregation of allocations, e.g. namespace or cluster,namespace,controller (default: per container).</source>
        <translation>OpenCost でのコスト配分の集約単位。例: namespace または cluster,namespace,controller (既定: コンテナー単位)。</translation>
    </message>
    <message>
        <source>PROPS</source>
        <translation>PROPS</translation>
    </message>
    <message>
        <source>The currency of the OpenCost server (OpenCost does not name it).</source>
        <translation>OpenCost サーバーの通貨 (OpenCost は通貨を示しません)。</translation>
    </message>
    <message>
        <source>The billing account of allocations whose properties name no cluster.</source>
        <translation>プロパティにクラスターが指定されていないコスト配分の請求先アカウント。</translation>
    </message>
    <message>
        <source>--%1 expects a non-negative number, not “%2”</source>
        <translation>--%1 には 0 以上の数値を指定してください（“%2” は不可）</translation>
    </message>
    <message>
        <source>--format expects html, csv or pdf, not “%1”</source>
        <translation>--format には html、csv、pdf のいずれかを指定してください（“%1” は不可）</translation>
    </message>
    <message>
        <source>--format pdf needs --out FILE</source>
        <translation>--format pdf には --out FILE が必要です</translation>
    </message>
    <message>
        <source>Only deviations of at least this amount a day from the expected cost (default: %1).</source>
        <translation>予測コストからの乖離が 1 日あたりこの金額以上のものだけ (既定: %1)。</translation>
    </message>
    <message>
        <source>AMOUNT</source>
        <translation>AMOUNT</translation>
    </message>
    <message>
        <source>Only deviations of at least this percentage of the expected cost (default: 15).</source>
        <translation>予測コストに対する乖離がこのパーセント以上のものだけ (既定: 15)。</translation>
    </message>
    <message>
        <source>PERCENT</source>
        <translation>PERCENT</translation>
    </message>
    <message>
        <source>html, csv or pdf.</source>
        <translation>html、csv、pdf のいずれか。</translation>
    </message>
    <message>
        <source>The file to write (default: standard output; pdf needs a file).</source>
        <translation>書き出すファイル (既定: 標準出力。pdf ではファイルが必要)。</translation>
    </message>
</context>
<context>
    <name>traceo::cli::db</name>
    <message>
        <source>property</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>value</source>
        <translation>値</translation>
    </message>
    <message>
        <source>%1: schema version %2 -&gt; %3</source>
        <translation>%1: スキーマバージョン %2 -&gt; %3</translation>
    </message>
    <message>
        <source>Print the database&apos;s path, driver, schema version and integrity.</source>
        <translation>データベースのパス、ドライバー、スキーマバージョン、整合性を表示します。</translation>
    </message>
    <message>
        <source>Create the database or bring its schema up to date.</source>
        <translation>データベースを作成するか、スキーマを最新の状態に更新します。</translation>
    </message>
</context>
<context>
    <name>traceo::cli::demo</name>
    <message>
        <source>traceo demo needs --db FILE: the SQLite file to create</source>
        <translation>traceo demo には --db FILE (作成する SQLite ファイル) が必要です</translation>
    </message>
    <message>
        <source>--seed takes a whole number, not &quot;%1&quot;</source>
        <translation>--seed には整数を指定してください (&quot;%1&quot; は無効です)</translation>
    </message>
    <message>
        <source>[%1/%2] %3</source>
        <translation>[%1/%2] %3</translation>
    </message>
    <message>
        <source>Demo database written to %1 (seed %2)</source>
        <translation>デモデータベースを %1 に書き込みました (シード %2)</translation>
    </message>
    <message>
        <source>Build a demo database: traceo demo --db FILE [--seed N] [--force].</source>
        <translation>デモデータベースを作成します: traceo demo --db FILE [--seed N] [--force]。</translation>
    </message>
    <message>
        <source>Random seed; the same seed gives the same data.</source>
        <translation>乱数シード。同じシードからは同じデータが生成されます。</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Replace FILE if it exists.</source>
        <translation>FILE が存在する場合は置き換えます。</translation>
    </message>
</context>
<context>
    <name>traceo::cli::policy</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 を読めません: %2</translation>
    </message>
    <message>
        <source>requests: %1 passed, %2 failed</source>
        <translation>リクエスト: 成功 %1、失敗 %2</translation>
    </message>
    <message>
        <source>%1 passed, %2 failed</source>
        <translation>%1 passed, %2 failed</translation>
    </message>
    <message>
        <source>--%1 is required</source>
        <translation>--%1 が必要です</translation>
    </message>
    <message>
        <source>%1: the request needs principal, action and resource entities %2</source>
        <translation>%1: リクエストには principal、action、resource のエンティティが必要です %2</translation>
    </message>
    <message>
        <source>Run Cedar integration tests: traceo policy run-tests TEST.json|DIR…</source>
        <translation>Cedar の統合テストを実行: traceo policy run-tests TEST.json|DIR…</translation>
    </message>
    <message>
        <source>The folder that paths inside the tests are relative to (default: found from the test file).</source>
        <translation>テスト内のパスの基準フォルダー（既定: テストファイルから探索）。</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>Check a Cedar policy file: prints file:line:column: message for each problem.</source>
        <translation>Cedar ポリシーファイルを検査: 問題ごとに file:line:column: message を出力します。</translation>
    </message>
    <message>
        <source>Decide one request: prints {decision, reason, errors} as JSON.</source>
        <translation>1 件のリクエストを判定: {decision, reason, errors} を JSON で出力します。</translation>
    </message>
    <message>
        <source>The Cedar policy file.</source>
        <translation>Cedar ポリシーファイル。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>The entities JSON file.</source>
        <translation>エンティティの JSON ファイル。</translation>
    </message>
    <message>
        <source>The request JSON file: {principal, action, resource, context}.</source>
        <translation>リクエストの JSON ファイル: {principal, action, resource, context}。</translation>
    </message>
    <message>
        <source>A .cedarschema file that types the data.</source>
        <translation>データの型を与える .cedarschema ファイル。</translation>
    </message>
    <message>
        <source>%1: %2 policies, %3 errors</source>
        <translation>%1: ポリシー %2 件、エラー %3 件</translation>
    </message>
    <message>
        <source>--%1 expects a version number, not “%2”</source>
        <translation>--%1 にはバージョン番号を指定してください（“%2” は不可）</translation>
    </message>
    <message>
        <source>The stored policy set.</source>
        <translation>保存済みのポリシーセット。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>The version (default: the latest).</source>
        <translation>バージョン (既定: 最新)。</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>--record needs --set NAME: decisions are recorded against a stored policy set</source>
        <translation>--record には --set NAME が必要です: 判定は保存済みのポリシーセットに対して記録されます</translation>
    </message>
    <message>
        <source>Give either --policies or --set, not both</source>
        <translation>--policies と --set はどちらか一方だけを指定してください</translation>
    </message>
    <message>
        <source>Append the decision to the audit log (needs --set).</source>
        <translation>判定を監査ログに追記します (--set が必要)。</translation>
    </message>
    <message>
        <source>%1: saved version %2 (sha256 %3)</source>
        <translation>%1: バージョン %2 を保存しました (sha256 %3)</translation>
    </message>
    <message>
        <source>%1 expects a version number, not “%2”</source>
        <translation>%1 にはバージョン番号を指定してください（“%2” は不可）</translation>
    </message>
    <message>
        <source>(the text of version %1)</source>
        <translation>(バージョン %1 のテキスト)</translation>
    </message>
    <message>
        <source>Who saves the version.</source>
        <translation>バージョンを保存する人。</translation>
    </message>
    <message>
        <source>Save a Cedar file as the next version of a policy set (refused with its position if it does not parse).</source>
        <translation>Cedar ファイルをポリシーセットの次のバージョンとして保存します (構文解析できない場合は、その位置を示して拒否します)。</translation>
    </message>
    <message>
        <source>What changed and why.</source>
        <translation>変更内容とその理由。</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>List the saved versions of one policy set or of all.</source>
        <translation>1 つまたはすべてのポリシーセットの保存済みバージョンを一覧表示します。</translation>
    </message>
    <message>
        <source>Show what changed between two versions: traceo policy diff --set NAME FROM TO (table: a unified diff).</source>
        <translation>2 つのバージョン間の変更を表示します: traceo policy diff --set NAME FROM TO (table: unified diff 形式)。</translation>
    </message>
    <message>
        <source>Save the text of an earlier version again, as a new version.</source>
        <translation>以前のバージョンのテキストを新しいバージョンとして再保存します。</translation>
    </message>
    <message>
        <source>The version to go back to.</source>
        <translation>戻す先のバージョン。</translation>
    </message>
    <message>
        <source>Print the text of a version (table: the Cedar text itself).</source>
        <translation>バージョンのテキストを出力します (table: Cedar のテキストそのもの)。</translation>
    </message>
    <message numerus="yes">
        <source>audit log intact: %n record(s), head hash %1</source>
        <translation>
            <numerusform>監査ログは改ざんされていません: %n 件のレコード、ヘッドハッシュ %1</numerusform>
        </translation>
    </message>
    <message>
        <source>audit log TAMPERED at record %1: %2</source>
        <translation>監査ログがレコード %1 で改ざんされています: %2</translation>
    </message>
    <message>
        <source>--limit expects a positive number, not “%1”</source>
        <translation>--limit には正の数を指定してください（“%1” は不可）</translation>
    </message>
    <message>
        <source>Unknown audit action “%1”: use verify, export or list</source>
        <translation>不明な監査アクション “%1”: verify、export、list のいずれかを使ってください</translation>
    </message>
    <message>
        <source>%1 version %2 (sha256 %3): %4 decisions, %5 allowed</source>
        <translation>%1 バージョン %2 (sha256 %3): 判定 %4 件、うち許可 %5 件</translation>
    </message>
    <message>
        <source>The decision audit log: traceo policy audit verify|export|list (verify exits 1 and names the first bad record when the log was tampered with).</source>
        <translation>判定の監査ログ: traceo policy audit verify|export|list (ログが改ざんされている場合、verify は終了コード 1 で終了し、最初の不正なレコードを示します)。</translation>
    </message>
    <message>
        <source>list, export: only decisions against this policy set.</source>
        <translation>list、export: このポリシーセットに対する判定だけ。</translation>
    </message>
    <message>
        <source>verify: a head hash noted earlier; the log must still contain that record.</source>
        <translation>verify: 以前に控えたヘッドハッシュ。ログにそのレコードがまだ含まれている必要があります。</translation>
    </message>
    <message>
        <source>HASH</source>
        <translation>HASH</translation>
    </message>
    <message>
        <source>list, export: only the newest N records.</source>
        <translation>list、export: 最新の N 件のレコードだけ。</translation>
    </message>
    <message>
        <source>Per policy of a stored version: how often it was determining or erroring in the audit log, never matched, shadowed by a forbid, or a duplicate.</source>
        <translation>保存済みバージョンのポリシーごとに: 監査ログで判定を決定した回数やエラーになった回数、一度も一致しなかったもの、forbid に隠されたもの、重複しているものを示します。</translation>
    </message>
</context>
<context>
    <name>traceo::cli::slo</name>
    <message>
        <source>--period-days expects a positive number of days</source>
        <translation>--period-days には正の日数を指定してください</translation>
    </message>
    <message>
        <source>%1: cannot read the file: %2</source>
        <translation>%1: ファイルを読めません: %2</translation>
    </message>
    <message>
        <source>--extra-label expects NAME=VALUE, not “%1”</source>
        <translation>--extra-label には NAME=VALUE を指定してください（“%1” は不可）</translation>
    </message>
    <message>
        <source>--period-mode expects traffic or sloth</source>
        <translation>--period-mode には traffic または sloth を指定してください</translation>
    </message>
    <message>
        <source>--from must not be after --to</source>
        <translation>--from は --to より後にできません</translation>
    </message>
    <message>
        <source>The SLO period in days (default 30).</source>
        <translation>SLO の期間（日数、既定は 30）。</translation>
    </message>
    <message>
        <source>DAYS</source>
        <translation>DAYS</translation>
    </message>
    <message>
        <source>The Sloth spec (YAML).</source>
        <translation>Sloth の仕様（YAML）。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>A Sloth AlertWindows file (sets the period).</source>
        <translation>Sloth の AlertWindows ファイル（期間を決めます）。</translation>
    </message>
    <message>
        <source>A label added to every SLO (repeatable).</source>
        <translation>すべての SLO に付けるラベル（複数指定可）。</translation>
    </message>
    <message>
        <source>NAME=VALUE</source>
        <translation>NAME=VALUE</translation>
    </message>
    <message>
        <source>List the SLOs with their objective and bucket count.</source>
        <translation>SLO を目標とバケット数とともに一覧表示します。</translation>
    </message>
    <message>
        <source>The instant (default now).</source>
        <translation>時刻（既定は現在）。</translation>
    </message>
    <message>
        <source>RFC3339</source>
        <translation>RFC3339</translation>
    </message>
    <message>
        <source>traffic (bad/total, default) or sloth (mean of 5-minute ratios).</source>
        <translation>traffic（不良/総数、既定）または sloth（5 分比率の平均）。</translation>
    </message>
    <message>
        <source>MODE</source>
        <translation>MODE</translation>
    </message>
    <message>
        <source>Alert firing intervals per SLO and tier: [--from RFC3339] [--to RFC3339].</source>
        <translation>SLO とティアごとのアラート発火区間: [--from RFC3339] [--to RFC3339]。</translation>
    </message>
    <message>
        <source>Start (default a day before --to).</source>
        <translation>開始（既定は --to の 1 日前）。</translation>
    </message>
    <message>
        <source>End (default now).</source>
        <translation>終了（既定は現在）。</translation>
    </message>
    <message>
        <source>%1: %2 SLOs added, %3 updated</source>
        <translation>%1: %2 件の SLO を追加、%3 件を更新</translation>
    </message>
    <message>
        <source>No SLO in the database was imported from a Sloth spec; name one with --spec FILE.</source>
        <translation>データベースには Sloth の仕様から取り込んだ SLO がありません。--spec FILE で指定してください。</translation>
    </message>
    <message>
        <source>Print the Prometheus rules Sloth generates for a spec: [--spec FILE] (default: the imported SLOs).</source>
        <translation>仕様から Sloth が生成する Prometheus ルールを出力します: [--spec FILE]（既定は取り込み済みの SLO）。</translation>
    </message>
    <message>
        <source>No SLO in the database was imported from a spec; there is nothing to export.</source>
        <translation>データベースには仕様から取り込んだ SLO がないため、エクスポートするものがありません。</translation>
    </message>
    <message>
        <source>The Sloth or OpenSLO spec (YAML).</source>
        <translation>Sloth または OpenSLO の仕様（YAML）。</translation>
    </message>
    <message>
        <source>Print the imported SLOs as OpenSLO v1 SLO documents (YAML).</source>
        <translation>取り込み済みの SLO を OpenSLO v1 の SLO ドキュメント（YAML）として出力します。</translation>
    </message>
    <message>
        <source>--spec needs --prometheus URL</source>
        <translation>--spec には --prometheus URL が必要です</translation>
    </message>
    <message>
        <source>Burn rates, error budget and firing alerts of every SLO: [--at RFC3339] [--prometheus URL [--spec FILE]].</source>
        <translation>全 SLO のバーンレート、エラーバジェット、発火中のアラート: [--at RFC3339] [--prometheus URL [--spec FILE]]。</translation>
    </message>
    <message>
        <source>Evaluate the SLI queries on this Prometheus server.</source>
        <translation>この Prometheus サーバーで SLI クエリを評価します。</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>With --prometheus: the SLOs of this spec instead of the imported ones.</source>
        <translation>--prometheus と併用: 取り込み済みの SLO の代わりに、この仕様の SLO を使います。</translation>
    </message>
    <message>
        <source>--prometheus expects the server&apos;s http:// or https:// URL, not “%1”</source>
        <translation>--prometheus にはサーバーの http:// または https:// の URL を指定してください（“%1” は不可）</translation>
    </message>
    <message>
        <source>%1: %2 samples read; %3 series added, %4 updated (%5 samples stored)</source>
        <translation>%1: %2 個のサンプルを読み込み、%3 個の系列を追加、%4 個を更新しました (保存したサンプル %5 個)</translation>
    </message>
    <message>
        <source>--backfill-days expects a positive number of days</source>
        <translation>--backfill-days には正の日数を指定してください</translation>
    </message>
    <message>
        <source>No SLO in the database has SLI queries; import a spec first</source>
        <translation>データベースに SLI クエリを持つ SLO がありません。先に仕様を取り込んでください</translation>
    </message>
    <message>
        <source>No SLO “%1” with SLI queries in the database</source>
        <translation>データベースに SLI クエリを持つ SLO “%1” はありません</translation>
    </message>
    <message>
        <source>--%1 expects an RFC 3339 time such as 2026-11-27T12:00:00Z, not “%2”</source>
        <translation>--%1 には 2026-11-27T12:00:00Z のような RFC 3339 の時刻を指定してください（“%2” は不可）</translation>
    </message>
    <message>
        <source>No SLO in the database has SLI queries; name a spec with --spec FILE</source>
        <translation>データベースに SLI クエリを持つ SLO がありません。--spec FILE で仕様を指定してください</translation>
    </message>
    <message>
        <source>Import counter series from an OpenMetrics or Prometheus text file with timestamps: FILE.</source>
        <translation>タイムスタンプ付きの OpenMetrics または Prometheus テキストファイルからカウンター系列をインポートします: FILE。</translation>
    </message>
    <message>
        <source>The exposition file (as promtool tsdb create-blocks-from openmetrics reads).</source>
        <translation>エクスポジションファイル (promtool tsdb create-blocks-from openmetrics が読む形式)。</translation>
    </message>
    <message>
        <source>Fill SLI buckets from Prometheus since the last refresh: --prometheus URL [--slo ID].</source>
        <translation>前回の更新以降の SLI バケットを Prometheus から埋めます: --prometheus URL [--slo ID]。</translation>
    </message>
    <message>
        <source>The Prometheus server.</source>
        <translation>Prometheus サーバー。</translation>
    </message>
    <message>
        <source>One SLO: its id, name or service-name (default: all).</source>
        <translation>1 つの SLO: ID、名前、または service-name (既定: すべて)。</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Refresh up to this instant (default now).</source>
        <translation>この時点まで更新します (既定: 現在)。</translation>
    </message>
    <message>
        <source>How far back the first refresh reaches (default 30).</source>
        <translation>最初の更新でさかのぼる日数 (既定: 30)。</translation>
    </message>
    <message>
        <source>Add the SLOs of a Sloth prometheus/v1 or OpenSLO v1 spec file: FILE [--period-days N | --calendar-month].</source>
        <translation>Sloth prometheus/v1 または OpenSLO v1 の仕様ファイルの SLO を追加します: FILE [--period-days N | --calendar-month]。</translation>
    </message>
    <message>
        <source>Sloth SLOs get the calendar month (UTC) as their period instead of --period-days.</source>
        <translation>Sloth の SLO の期間を --period-days ではなく暦月 (UTC) にします。</translation>
    </message>
</context>
<context>
    <name>traceo::cli::source</name>
    <message>
        <source>traceo source add needs --kind and --url</source>
        <translation>traceo source add には --kind と --url が必要です</translation>
    </message>
    <message>
        <source>Saved data source %1</source>
        <translation>データソース %1 を保存しました</translation>
    </message>
    <message>
        <source>Removed data source %1</source>
        <translation>データソース %1 を削除しました</translation>
    </message>
    <message>
        <source>List the data sources (Prometheus, OpenCost, Redis).</source>
        <translation>データソース (Prometheus、OpenCost、Redis) を一覧表示します。</translation>
    </message>
    <message>
        <source>Add or update a data source: NAME --kind KIND --url URL [--auth AUTH].</source>
        <translation>データソースを追加または更新します: NAME --kind KIND --url URL [--auth AUTH]。</translation>
    </message>
    <message>
        <source>The source&apos;s name.</source>
        <translation>データソースの名前。</translation>
    </message>
    <message>
        <source>prometheus, opencost or redis.</source>
        <translation>prometheus, opencost, redis のいずれか。</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>KIND</translation>
    </message>
    <message>
        <source>The source&apos;s URL.</source>
        <translation>データソースの URL。</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>none, bearer, basic or password; secrets go to the keychain.</source>
        <translation>none, bearer, basic, password のいずれか。シークレットはキーチェーンに保存されます。</translation>
    </message>
    <message>
        <source>AUTH</source>
        <translation>AUTH</translation>
    </message>
    <message>
        <source>Remove a data source by name.</source>
        <translation>名前を指定してデータソースを削除します。</translation>
    </message>
</context>
<context>
    <name>traceo::cli::synthetic</name>
    <message>
        <source>--%1 expects a positive whole number, not “%2”</source>
        <translation>--%1 には正の整数を指定してください（“%2” は不可）</translation>
    </message>
    <message>
        <source>traceo slo check add needs --%1</source>
        <translation>traceo slo check add には --%1 が必要です</translation>
    </message>
    <message>
        <source>--objective expects a percentage above 0 and below 100, such as 99.9, not “%1”</source>
        <translation>--objective には 0 より大きく 100 より小さいパーセント値 (99.9 など) を指定してください（“%1” は不可）</translation>
    </message>
    <message numerus="yes">
        <source>Added check %1 (%2 %3 every %n s) with SLO %4/%5</source>
        <translation>
            <numerusform>チェック %1 (%2 %3、%n 秒ごと) を SLO %4/%5 とともに追加しました</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no synthetic check named “%1”</source>
        <translation>“%1” という名前の合成チェックはありません</translation>
    </message>
    <message>
        <source>Removed check %1; its SLO and the history recorded so far stay</source>
        <translation>チェック %1 を削除しました。その SLO とこれまでに記録された履歴は残ります</translation>
    </message>
    <message>
        <source>good</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>bad</source>
        <translation>不良</translation>
    </message>
    <message>
        <source>%1 %2 %3 %4 %5 ms</source>
        <translation>%1 %2 %3 %4 %5 ms</translation>
    </message>
    <message>
        <source>--once and --duration exclude each other</source>
        <translation>--once と --duration は同時に指定できません</translation>
    </message>
    <message>
        <source>There is no enabled synthetic check: add one with traceo slo check add</source>
        <translation>有効な合成チェックがありません: traceo slo check add で追加してください</translation>
    </message>
    <message numerus="yes">
        <source>Recorded %n probe(s) into %1</source>
        <translation>
            <numerusform>%n 件のプローブを %1 に記録しました</numerusform>
        </translation>
    </message>
    <message>
        <source>Add a synthetic HTTP check and its SLO: --name N --url U --service S --objective PERCENT.</source>
        <translation>合成 HTTP チェックとその SLO を追加します: --name N --url U --service S --objective PERCENT。</translation>
    </message>
    <message>
        <source>The check&apos;s name (also its SLO&apos;s name).</source>
        <translation>チェックの名前 (SLO の名前にもなります)。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>The http:// or https:// URL to probe.</source>
        <translation>プローブする http:// または https:// の URL。</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>The HTTP method (default GET).</source>
        <translation>HTTP メソッド (既定: GET)。</translation>
    </message>
    <message>
        <source>METHOD</source>
        <translation>METHOD</translation>
    </message>
    <message>
        <source>Good statuses, e.g. 200-299 (default) or 200,204.</source>
        <translation>正常とみなすステータス。例: 200-299 (既定) または 200,204。</translation>
    </message>
    <message>
        <source>STATUSES</source>
        <translation>STATUSES</translation>
    </message>
    <message>
        <source>A slower answer counts as bad (default 500).</source>
        <translation>これより遅い応答は不良とみなします (既定: 500)。</translation>
    </message>
    <message>
        <source>MS</source>
        <translation>MS</translation>
    </message>
    <message>
        <source>Give up after (default 5000).</source>
        <translation>この時間が経過したら打ち切ります (既定: 5000)。</translation>
    </message>
    <message>
        <source>Seconds between probes (default 30).</source>
        <translation>プローブの間隔の秒数 (既定: 30)。</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SECONDS</translation>
    </message>
    <message>
        <source>A good answer&apos;s body contains this text.</source>
        <translation>正常な応答の本文にはこのテキストが含まれます。</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>The SLO&apos;s service.</source>
        <translation>SLO のサービス。</translation>
    </message>
    <message>
        <source>SERVICE</source>
        <translation>SERVICE</translation>
    </message>
    <message>
        <source>The SLO&apos;s objective in %, e.g. 99.9.</source>
        <translation>SLO の目標 (%)。例: 99.9。</translation>
    </message>
    <message>
        <source>PERCENT</source>
        <translation>PERCENT</translation>
    </message>
    <message>
        <source>The SLO period (default 30).</source>
        <translation>SLO の期間 (既定: 30)。</translation>
    </message>
    <message>
        <source>DAYS</source>
        <translation>DAYS</translation>
    </message>
    <message>
        <source>List the synthetic checks with their SLO and bucket count.</source>
        <translation>合成チェックを SLO とバケット数とともに一覧表示します。</translation>
    </message>
    <message>
        <source>Probe the enabled checks and record their SLI: [--once | --duration SECONDS] (default: until killed).</source>
        <translation>有効なチェックをプローブして SLI を記録します: [--once | --duration SECONDS] (既定: 終了されるまで)。</translation>
    </message>
    <message>
        <source>Probe each check once, record, and exit.</source>
        <translation>各チェックを 1 回プローブし、記録して終了します。</translation>
    </message>
    <message>
        <source>Run for this long, record, and exit.</source>
        <translation>この時間だけ実行し、記録して終了します。</translation>
    </message>
    <message>
        <source>Remove a synthetic check: NAME (its SLO and history stay).</source>
        <translation>合成チェックを削除します: NAME (その SLO と履歴は残ります)。</translation>
    </message>
    <message>
        <source>The check&apos;s name.</source>
        <translation>チェックの名前。</translation>
    </message>
</context>
<context>
    <name>traceo::cost::CostAlertRepository</name>
    <message>
        <source>There is no cost alert with id %1.</source>
        <translation>ID %1 のコストアラートはありません。</translation>
    </message>
</context>
<context>
    <name>traceo::cost::CostAnalysis</name>
    <message>
        <source>setting %1: “%2” is not a non-negative number</source>
        <translation>設定 %1: “%2” は 0 以上の数値ではありません</translation>
    </message>
    <message>
        <source>column %1: “%2” of resource %3 on %4 is not a percentage (0–100)</source>
        <translation>列 %1: %4 のリソース %3 の “%2” はパーセント値 (0–100) ではありません</translation>
    </message>
</context>
<context>
    <name>traceo::cost::CostBreakdown</name>
    <message>
        <source>No line items to break down by %1</source>
        <translation>%1 で内訳を出す明細行がありません</translation>
    </message>
    <message>
        <source>Unknown cost dimension “%1”: use provider, service, service-category, region, account, billing-account, resource-type, resource, charge-category, pricing-category, tag:KEY, day, week, month or the name of a text column</source>
        <translation>不明なコストディメンション “%1”: provider、service、service-category、region、account、billing-account、resource-type、resource、charge-category、pricing-category、tag:KEY、day、week、month、またはテキスト列の名前を使ってください</translation>
    </message>
    <message>
        <source>Too many combinations of %1 to break down</source>
        <translation>%1 の組み合わせが多すぎて内訳を出せません</translation>
    </message>
    <message>
        <source>(other)</source>
        <translation>(その他)</translation>
    </message>
</context>
<context>
    <name>traceo::cost::CostReport</name>
    <message>
        <source>period “%1”: expected a month (2026-09) or FROM..TO days (2026-09-01..2026-09-15)</source>
        <translation>期間 “%1”: 月 (2026-09) または FROM..TO の日付範囲 (2026-09-01..2026-09-15) が必要です</translation>
    </message>
    <message>
        <source>Cost report %1 – %2</source>
        <translation>コストレポート %1 – %2</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>合計</translation>
    </message>
    <message>
        <source>Billed</source>
        <translation>請求額</translation>
    </message>
    <message>
        <source>Effective</source>
        <translation>実効額</translation>
    </message>
    <message>
        <source>List</source>
        <translation>定価</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>前期間</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>通貨</translation>
    </message>
    <message>
        <source>Line items</source>
        <translation>明細行</translation>
    </message>
    <message>
        <source>Top services</source>
        <translation>上位サービス</translation>
    </message>
    <message>
        <source>Daily cost</source>
        <translation>日別コスト</translation>
    </message>
    <message>
        <source>Breakdown by %1</source>
        <translation>%1 別の内訳</translation>
    </message>
    <message>
        <source>Anomalies</source>
        <translation>異常</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>Slice</source>
        <translation>スライス</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>予測値</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>実績値</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>影響額</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>重大度</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>推奨事項</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>優先度</translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation>施策</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>リソース</translation>
    </message>
    <message>
        <source>Monthly savings</source>
        <translation>月間削減額</translation>
    </message>
    <message>
        <source>Annual savings</source>
        <translation>年間削減額</translation>
    </message>
    <message>
        <source>Implementation cost</source>
        <translation>実施コスト</translation>
    </message>
    <message>
        <source>Payback (months)</source>
        <translation>回収期間 (月)</translation>
    </message>
</context>
<context>
    <name>traceo::cost::CostStore</name>
    <message>
        <source>%1: the costs are in %2, the stored costs in %3: a store holds one currency</source>
        <translation>%1: コストの通貨は %2 ですが、保存済みのコストは %3 です。1 つのストアに保存できる通貨は 1 つだけです</translation>
    </message>
    <message>
        <source>%1: cost import %2: the stored column %3 is damaged</source>
        <translation>%1: コストのインポート %2: 保存済みの列 %3 が破損しています</translation>
    </message>
    <message>
        <source>%1: the stored cost column is damaged</source>
        <translation>%1: 保存済みのコスト列が破損しています</translation>
    </message>
    <message>
        <source>%1: the import was canceled</source>
        <translation>%1: インポートはキャンセルされました</translation>
    </message>
</context>
<context>
    <name>traceo::cost::FocusReader</name>
    <message>
        <source>%1:1: column %2 appears twice</source>
        <translation>%1:1: 列 %2 が 2 回出現しています</translation>
    </message>
    <message>
        <source>%1:1: column %2: this mandatory FOCUS column is missing</source>
        <translation>%1:1: 列 %2: この FOCUS の必須列がありません</translation>
    </message>
    <message>
        <source>%1: cannot start gzip decompression</source>
        <translation>%1: gzip の展開を開始できません</translation>
    </message>
    <message>
        <source>%1: the gzip data is corrupt (%2)</source>
        <translation>%1: gzip データが破損しています (%2)</translation>
    </message>
    <message>
        <source>%1: the gzip data ends early</source>
        <translation>%1: gzip データが途中で終わっています</translation>
    </message>
    <message>
        <source>%1:1: the file has no readable header line</source>
        <translation>%1:1: ファイルに読み取り可能なヘッダー行がありません</translation>
    </message>
    <message>
        <source>%1: cannot read the file: %2</source>
        <translation>%1: ファイルを読めません: %2</translation>
    </message>
    <message>
        <source>column %1: %2</source>
        <translation>列 %1: %2</translation>
    </message>
    <message>
        <source>malformed quoting</source>
        <translation>引用符の使い方が不正です</translation>
    </message>
    <message>
        <source>expected %1 fields, found %2</source>
        <translation>%1 個のフィールドが必要ですが、%2 個あります</translation>
    </message>
    <message>
        <source>a value is required</source>
        <translation>値が必要です</translation>
    </message>
    <message>
        <source>%1 is not a number</source>
        <translation>%1 は数値ではありません</translation>
    </message>
    <message>
        <source>%1 is not a date and time (YYYY-MM-DDTHH:mm:ssZ or YYYY-MM-DD HH:MM:SS)</source>
        <translation>%1 は日時ではありません (YYYY-MM-DDTHH:mm:ssZ または YYYY-MM-DD HH:MM:SS)</translation>
    </message>
    <message>
        <source>%1 is not a JSON object</source>
        <translation>%1 は JSON オブジェクトではありません</translation>
    </message>
    <message>
        <source>mixed currencies: %1 after %2 in earlier rows</source>
        <translation>通貨が混在しています: 前の行の %2 の後に %1 があります</translation>
    </message>
    <message>
        <source>%1: the import was canceled</source>
        <translation>%1: インポートはキャンセルされました</translation>
    </message>
</context>
<context>
    <name>traceo::cost::IsolationForest</name>
    <message>
        <source>Isolation Forest: the feature matrix is empty (%1 rows, %2 columns)</source>
        <translation>Isolation Forest: 特徴量行列が空です (%1 行、%2 列)</translation>
    </message>
    <message>
        <source>Isolation Forest: trees must be ≥ 1 and the sample size ≥ 2 (got %1 trees, sample size %2)</source>
        <translation>Isolation Forest: 木の数は 1 以上、サンプルサイズは 2 以上である必要があります (木の数 %1、サンプルサイズ %2)</translation>
    </message>
    <message>
        <source>Isolation Forest: the matrix has %1 columns, the forest was fitted on %2</source>
        <translation>Isolation Forest: 行列は %1 列ですが、フォレストは %2 列で学習されています</translation>
    </message>
</context>
<context>
    <name>traceo::cost::OpenCostReader</name>
    <message>
        <source>expected an object, not %1</source>
        <translation>オブジェクトが必要です（%1 は不可）</translation>
    </message>
    <message>
        <source>expected a number, not %1</source>
        <translation>数値が必要です（%1 は不可）</translation>
    </message>
    <message>
        <source>%1 is out of range</source>
        <translation>%1 は範囲外です</translation>
    </message>
    <message>
        <source>expected a string, not %1</source>
        <translation>文字列が必要です（%1 は不可）</translation>
    </message>
    <message>
        <source>expected an RFC 3339 time, not %1</source>
        <translation>RFC 3339 の時刻が必要です（%1 は不可）</translation>
    </message>
    <message>
        <source>the window is missing</source>
        <translation>期間 (window) がありません</translation>
    </message>
    <message>
        <source>the window ends before it starts</source>
        <translation>期間の終了が開始より前です</translation>
    </message>
    <message>
        <source>a number is required</source>
        <translation>数値が必要です</translation>
    </message>
    <message>
        <source>expected an array of cloud cost sets</source>
        <translation>クラウドコストセットの配列が必要です</translation>
    </message>
    <message>
        <source>an invoiced or net cost is required</source>
        <translation>invoiced または net のコストが必要です</translation>
    </message>
    <message>
        <source>%1:%2: not valid JSON: %3</source>
        <translation>%1:%2: 有効な JSON ではありません: %3</translation>
    </message>
    <message>
        <source>expected an OpenCost API response (a JSON object with code and data)</source>
        <translation>OpenCost API の応答 (code と data を持つ JSON オブジェクト) が必要です</translation>
    </message>
    <message>
        <source>OpenCost reported an error (%1): %2</source>
        <translation>OpenCost がエラーを返しました (%1): %2</translation>
    </message>
    <message>
        <source>expected the data of /allocation (an array of sets) or of /cloudCost (an object with sets)</source>
        <translation>/allocation のデータ (セットの配列) または /cloudCost のデータ (sets を持つオブジェクト) が必要です</translation>
    </message>
    <message>
        <source>expected an array of allocation sets (an /allocation response)</source>
        <translation>コスト配分セットの配列 (/allocation の応答) が必要です</translation>
    </message>
    <message>
        <source>%1: cannot read the file: %2</source>
        <translation>%1: ファイルを読めません: %2</translation>
    </message>
</context>
<context>
    <name>traceo::cost::Recommendations</name>
    <message>
        <source>on-demand compute running %1 of %2 days at %3 a day, coefficient of variation %4</source>
        <translation>オンデマンドのコンピューティングが %2 日中 %1 日稼働、1 日あたり %3、変動係数 %4</translation>
    </message>
    <message>
        <source>on-demand compute tagged %1, an interruptible workload</source>
        <translation>%1 のタグが付いたオンデマンドのコンピューティング (中断可能なワークロード)</translation>
    </message>
    <message>
        <source>short-lived on-demand compute: %1 runs of %2 days on average, %3 of %4 days</source>
        <translation>短期間のオンデマンドコンピューティング: 平均 %2 日の実行が %1 回、%4 日中 %3 日</translation>
    </message>
    <message>
        <source>data transfer of %1 %2 a day; all data transfer is %3 % of the bill</source>
        <translation>1 日あたり %1 %2 のデータ転送。データ転送全体は請求額の %3 %</translation>
    </message>
    <message>
        <source>weekly demand cycle, %1 % used on %2 against %3 % on %4, while the cost stays flat (coefficient of variation %5)</source>
        <translation>週単位の需要サイクル: %2 の使用率 %1 % に対し %4 は %3 % だが、コストは横ばい (変動係数 %5)</translation>
    </message>
    <message>
        <source>storage growing %1 % over %2 days with request charges at %3 % of its storage charges</source>
        <translation>ストレージが %2 日間で %1 % 増加、リクエスト料金はストレージ料金の %3 %</translation>
    </message>
    <message>
        <source>Reserved instances or savings plans for steady compute</source>
        <translation>定常的なコンピューティングへのリザーブドインスタンスまたは Savings Plans</translation>
    </message>
    <message>
        <source>Spot capacity for interruptible workloads</source>
        <translation>中断可能なワークロードへのスポットキャパシティ</translation>
    </message>
    <message>
        <source>Compression of heavy data transfer</source>
        <translation>大量のデータ転送の圧縮</translation>
    </message>
    <message>
        <source>Right-sizing of under-used compute</source>
        <translation>使用率の低いコンピューティングのライトサイジング</translation>
    </message>
    <message>
        <source>Auto-scaling for cyclic demand</source>
        <translation>周期的な需要へのオートスケーリング</translation>
    </message>
    <message>
        <source>Data tiering for cold storage</source>
        <translation>コールドストレージのデータ階層化</translation>
    </message>
    <message>
        <source>compute used %1 % on average and at most %2 % at its daily peak, over %3 days</source>
        <translation>%3 日間のコンピューティング使用率: 平均 %1 %、日次ピークの最大 %2 %</translation>
    </message>
    <message>
        <source>Right-sizing and auto-scaling were not evaluated: no compute resource has utilization data (the x_CpuUtilizationAvg and x_CpuUtilizationP95 columns).</source>
        <translation>ライトサイジングとオートスケーリングは評価されませんでした: 使用率データ (x_CpuUtilizationAvg 列と x_CpuUtilizationP95 列) を持つコンピューティングリソースがありません。</translation>
    </message>
    <message>
        <source>daily demand cycle, %1 % used on average against %2 % at the daily peak (medians over %3 days), while the cost stays flat (coefficient of variation %4)</source>
        <translation>日単位の需要サイクル: 平均使用率 %1 % に対し日次ピークは %2 % (%3 日間の中央値) だが、コストは横ばい (変動係数 %4)</translation>
    </message>
</context>
<context>
    <name>traceo::policy</name>
    <message>
        <source>Policy set “%1”: no version %2 to roll back to</source>
        <translation>ポリシーセット “%1”: ロールバック先のバージョン %2 がありません</translation>
    </message>
    <message>
        <source>Rollback to version %1</source>
        <translation>バージョン %1 へのロールバック</translation>
    </message>
    <message>
        <source>Policy set “%1” has no version %2</source>
        <translation>ポリシーセット “%1” にバージョン %2 はありません</translation>
    </message>
    <message>
        <source>No policy set named “%1”</source>
        <translation>“%1” という名前のポリシーセットはありません</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 を読めません: %2</translation>
    </message>
    <message numerus="yes">
        <source>(and %n more problem(s))</source>
        <translation>
            <numerusform>(ほかに %n 件の問題)</numerusform>
        </translation>
    </message>
    <message>
        <source>not a record</source>
        <translation>レコードではありません</translation>
    </message>
</context>
<context>
    <name>traceo::policyoperations</name>
    <message>
        <source>Recorded as audit record #%1.</source>
        <translation>監査レコード #%1 として記録しました。</translation>
    </message>
    <message>
        <source>Not recorded: %1</source>
        <translation>記録されませんでした: %1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
</context>
<context>
    <name>traceo::render::CostReportPdf</name>
    <message>
        <source>A PDF report needs a QGuiApplication for its fonts (traceo starts one for --format pdf).</source>
        <translation>PDF レポートのフォントには QGuiApplication が必要です (--format pdf の場合は traceo が起動します)。</translation>
    </message>
    <message>
        <source>From %1 to %2 inclusive; amounts in %3</source>
        <translation>%1 ～ %2 (両日を含む)。金額の通貨: %3</translation>
    </message>
    <message>
        <source>the bill&apos;s currency</source>
        <translation>請求書の通貨</translation>
    </message>
    <message>
        <source>None in this period.</source>
        <translation>この期間にはありません。</translation>
    </message>
    <message>
        <source>Cannot start the PDF document of %1</source>
        <translation>%1 の PDF ドキュメントを開始できません</translation>
    </message>
    <message>
        <source>%1 – page %2 of %3</source>
        <translation>%1 – %2 / %3 ページ</translation>
    </message>
</context>
<context>
    <name>traceo::slo</name>
    <message>
        <source>%1:%2: %3</source>
        <translation>%1:%2: %3</translation>
    </message>
    <message>
        <source>%1:%2: %3: %4</source>
        <translation>%1:%2: %3: %4</translation>
    </message>
    <message>
        <source>expected a mapping</source>
        <translation>マッピングが必要です</translation>
    </message>
    <message>
        <source>unknown field</source>
        <translation>不明なフィールドです</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>必須です</translation>
    </message>
    <message>
        <source>expected a string</source>
        <translation>文字列が必要です</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>空にできません</translation>
    </message>
    <message>
        <source>expected a mapping of names to values</source>
        <translation>名前から値へのマッピングが必要です</translation>
    </message>
    <message>
        <source>“%1” is not a valid Prometheus label name</source>
        <translation>“%1” は有効な Prometheus ラベル名ではありません</translation>
    </message>
    <message>
        <source>unsupported template action “{{%1}}”; only {{.window}} is known</source>
        <translation>テンプレートアクション “{{%1}}” には対応していません。使えるのは {{.window}} だけです</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>true または false が必要です</translation>
    </message>
    <message>
        <source>“%1” is not a valid SLO name (letters, digits, “-”, “_”, “.”)</source>
        <translation>“%1” は有効な SLO 名ではありません（英字、数字、“-”、“_”、“.”）</translation>
    </message>
    <message>
        <source>expected a number (a percentage such as 99.9)</source>
        <translation>数値（99.9 のようなパーセント）が必要です</translation>
    </message>
    <message>
        <source>must be greater than 0 and at most 100, not %1</source>
        <translation>0 より大きく 100 以下である必要があります（%1 は不可）</translation>
    </message>
    <message>
        <source>SLI plugins are not supported; use an events or raw SLI</source>
        <translation>SLI プラグインには対応していません。events または raw の SLI を使ってください</translation>
    </message>
    <message>
        <source>needs exactly one of “events” and “raw”</source>
        <translation>“events” と “raw” のどちらか一方だけが必要です</translation>
    </message>
    <message>
        <source>is required unless both page_alert and ticket_alert are disabled</source>
        <translation>page_alert と ticket_alert の両方を無効にしない限り必須です</translation>
    </message>
    <message>
        <source>“%1” is not supported; expected “prometheus/v1”</source>
        <translation>“%1” には対応していません。“prometheus/v1” が必要です</translation>
    </message>
    <message>
        <source>expected a list with at least one SLO</source>
        <translation>SLO を 1 つ以上含むリストが必要です</translation>
    </message>
    <message>
        <source>“%1” is used by another SLO of the service</source>
        <translation>“%1” はこのサービスの別の SLO で使われています</translation>
    </message>
    <message>
        <source>the file holds no Sloth spec</source>
        <translation>ファイルに Sloth の仕様がありません</translation>
    </message>
    <message>
        <source>%1: cannot read the file: %2</source>
        <translation>%1: ファイルを読めません: %2</translation>
    </message>
    <message>
        <source>expected an AlertWindows document</source>
        <translation>AlertWindows ドキュメントが必要です</translation>
    </message>
    <message>
        <source>expected apiVersion sloth.slok.dev/v1 and kind AlertWindows</source>
        <translation>apiVersion sloth.slok.dev/v1 と kind AlertWindows が必要です</translation>
    </message>
    <message>
        <source>“%1” is not a duration in whole minutes</source>
        <translation>“%1” は分単位の期間ではありません</translation>
    </message>
    <message>
        <source>expected a mapping with quick and slow windows</source>
        <translation>quick と slow のウィンドウを持つマッピングが必要です</translation>
    </message>
    <message>
        <source>expected a positive number</source>
        <translation>正の数が必要です</translation>
    </message>
    <message>
        <source>Sloth rules need four alert tiers (page quick and slow, ticket quick and slow), not %1</source>
        <translation>Sloth のルールには 4 つのアラートティア（page の quick と slow、ticket の quick と slow）が必要です（%1 は不可）</translation>
    </message>
    <message>
        <source>expected a string (lists of label values are not supported)</source>
        <translation>文字列が必要です（ラベル値のリストには対応していません）</translation>
    </message>
    <message>
        <source>expected an OpenSLO document (a mapping)</source>
        <translation>OpenSLO ドキュメント（マッピング）が必要です</translation>
    </message>
    <message>
        <source>“%1” is not supported (only openslo/v1)</source>
        <translation>“%1” には対応していません（openslo/v1 のみ）</translation>
    </message>
    <message>
        <source>data source references are not supported; give type: Prometheus and spec.query inline</source>
        <translation>データソース参照には対応していません。type: Prometheus と spec.query を直接記述してください</translation>
    </message>
    <message>
        <source>“%1” is not supported (only Prometheus)</source>
        <translation>“%1” には対応していません（Prometheus のみ）</translation>
    </message>
    <message>
        <source>threshold metrics are not supported (only ratioMetric)</source>
        <translation>しきい値メトリクスには対応していません（ratioMetric のみ）</translation>
    </message>
    <message>
        <source>cannot be combined with raw</source>
        <translation>raw と組み合わせることはできません</translation>
    </message>
    <message>
        <source>expected success or failure, not “%1”</source>
        <translation>success または failure が必要です（“%1” は不可）</translation>
    </message>
    <message>
        <source>is only for raw metrics</source>
        <translation>raw メトリクス専用です</translation>
    </message>
    <message>
        <source>needs total and exactly one of good and bad (or raw)</source>
        <translation>total と、good・bad のどちらか一方（または raw）が必要です</translation>
    </message>
    <message>
        <source>expected a list with one time window</source>
        <translation>時間ウィンドウを 1 つ含むリストが必要です</translation>
    </message>
    <message>
        <source>“%1” is not supported; give a whole number of days or weeks (28d, 30d, 4w)</source>
        <translation>“%1” には対応していません。日数または週数の整数で指定してください（28d、30d、4w）</translation>
    </message>
    <message>
        <source>needs exactly one of target and targetPercent</source>
        <translation>target と targetPercent のどちらか一方だけが必要です</translation>
    </message>
    <message>
        <source>expected a number</source>
        <translation>数値が必要です</translation>
    </message>
    <message>
        <source>must be greater than 0 and at most %1, not %2</source>
        <translation>0 より大きく %1 以下である必要があります（%2 は不可）</translation>
    </message>
    <message>
        <source>“%1” is not supported (only Occurrences)</source>
        <translation>“%1” には対応していません（Occurrences のみ）</translation>
    </message>
    <message>
        <source>needs exactly one of indicator and indicatorRef</source>
        <translation>indicator と indicatorRef のどちらか一方だけが必要です</translation>
    </message>
    <message>
        <source>no kind: SLI document named “%1” in the file</source>
        <translation>ファイルに “%1” という名前の kind: SLI ドキュメントがありません</translation>
    </message>
    <message>
        <source>alert policies are not supported (Traceo uses Sloth&apos;s burn-rate alerts)</source>
        <translation>アラートポリシーには対応していません（Traceo は Sloth のバーンレートアラートを使います）</translation>
    </message>
    <message>
        <source>expected a list with at least one objective</source>
        <translation>目標を 1 つ以上含むリストが必要です</translation>
    </message>
    <message>
        <source>is only for threshold metrics, which are not supported</source>
        <translation>しきい値メトリクス専用ですが、しきい値メトリクスには対応していません</translation>
    </message>
    <message>
        <source>is only for Timeslices budgeting, which is not supported</source>
        <translation>Timeslices 方式専用ですが、Timeslices には対応していません</translation>
    </message>
    <message>
        <source>composite objectives are not supported</source>
        <translation>複合目標には対応していません</translation>
    </message>
    <message>
        <source>“%1” is used by another SLI of the file</source>
        <translation>“%1” はファイル内の別の SLI で使われています</translation>
    </message>
    <message>
        <source>“%1” is not supported (SLO, SLI and Service are read)</source>
        <translation>“%1” には対応していません（読み込むのは SLO、SLI、Service です）</translation>
    </message>
    <message>
        <source>the file holds no OpenSLO SLO</source>
        <translation>ファイルに OpenSLO の SLO がありません</translation>
    </message>
    <message>
        <source>%1:%2: SLO %3: an objective of 100 % leaves no error budget</source>
        <translation>%1:%2: SLO %3: 目標 100 % ではエラーバジェットが残りません</translation>
    </message>
    <message>
        <source>a template action “{{” is not closed by “}}”</source>
        <translation>テンプレートアクション “{{” が “}}” で閉じられていません</translation>
    </message>
    <message>
        <source>is only for calendar time windows (isRolling: false)</source>
        <translation>暦ベースの期間 (isRolling: false) でのみ使用できます</translation>
    </message>
    <message>
        <source>“%1” is not supported for calendar time windows (only 1M, the calendar month)</source>
        <translation>暦ベースの期間では “%1” はサポートされていません（1M = 暦月のみ）</translation>
    </message>
    <message>
        <source>“%1” is not supported; calendar months are counted in UTC (timeZone: UTC)</source>
        <translation>“%1” はサポートされていません。暦月は UTC で数えます (timeZone: UTC)</translation>
    </message>
    <message>
        <source>“%1” is not supported; a calendar month starts on the 1st at 00:00:00 (2024-01-01 00:00:00)</source>
        <translation>“%1” はサポートされていません。暦月は 1 日の 00:00:00 に始まります (2024-01-01 00:00:00)</translation>
    </message>
</context>
<context>
    <name>traceo::slo::LocalSli</name>
    <message>
        <source>SLO %1: the raw SLI query “%2” cannot be evaluated over imported series; use a Prometheus source (--prometheus URL)</source>
        <translation>SLO %1: raw SLI のクエリ “%2” はインポートした系列では評価できません。Prometheus ソース (--prometheus URL) を使ってください</translation>
    </message>
    <message>
        <source>SLO %1: the query “%2” is not in the subset evaluated over imported series (sum(rate|increase(metric{matchers}[{{.window}}])) [by (labels)]): %3; use a Prometheus source (--prometheus URL)</source>
        <translation>SLO %1: クエリ “%2” は、インポートした系列で評価できるサブセット (sum(rate|increase(metric{matchers}[{{.window}}])) [by (labels)]) に含まれません: %3。Prometheus ソース (--prometheus URL) を使ってください</translation>
    </message>
</context>
<context>
    <name>traceo::slo::MetricSeriesStore</name>
    <message>
        <source>Cannot store the series %1: %2</source>
        <translation>系列 %1 を保存できません: %2</translation>
    </message>
</context>
<context>
    <name>traceo::slo::OpenMetricsReader</name>
    <message>
        <source>expected %1</source>
        <translation>%1 が必要です</translation>
    </message>
    <message>
        <source>expected a metric name</source>
        <translation>メトリクス名が必要です</translation>
    </message>
    <message>
        <source>expected a label name</source>
        <translation>ラベル名が必要です</translation>
    </message>
    <message>
        <source>unterminated label value</source>
        <translation>ラベル値が閉じられていません</translation>
    </message>
    <message>
        <source>unknown escape sequence in a label value</source>
        <translation>ラベル値に不明なエスケープシーケンスがあります</translation>
    </message>
    <message>
        <source>nothing may follow “# EOF”</source>
        <translation>“# EOF” の後には何も書けません</translation>
    </message>
    <message>
        <source>unknown metric type “%1”</source>
        <translation>不明なメトリクスタイプ “%1”</translation>
    </message>
    <message>
        <source>label “%1” appears twice</source>
        <translation>ラベル “%1” が 2 回出現しています</translation>
    </message>
    <message>
        <source>expected “,” or “}”</source>
        <translation>“,” または “}” が必要です</translation>
    </message>
    <message>
        <source>expected a space and the sample value</source>
        <translation>空白とサンプル値が必要です</translation>
    </message>
    <message>
        <source>invalid sample value</source>
        <translation>無効なサンプル値です</translation>
    </message>
    <message>
        <source>the sample has no timestamp; only timestamped samples can be imported</source>
        <translation>サンプルにタイムスタンプがありません。インポートできるのはタイムスタンプ付きのサンプルだけです</translation>
    </message>
    <message>
        <source>invalid timestamp (OpenMetrics timestamps are seconds)</source>
        <translation>無効なタイムスタンプです (OpenMetrics のタイムスタンプは秒単位です)</translation>
    </message>
    <message>
        <source>invalid timestamp (the Prometheus text format has integer milliseconds)</source>
        <translation>無効なタイムスタンプです (Prometheus テキスト形式では整数のミリ秒です)</translation>
    </message>
    <message>
        <source>unexpected text after the timestamp</source>
        <translation>タイムスタンプの後に予期しないテキストがあります</translation>
    </message>
    <message>
        <source>%1: cannot read the file: %2</source>
        <translation>%1: ファイルを読めません: %2</translation>
    </message>
</context>
<context>
    <name>traceo::slo::promql::Parser</name>
    <message>
        <source>unexpected text</source>
        <translation>予期しないテキストです</translation>
    </message>
    <message>
        <source>column %1: %2</source>
        <translation>列 %1: %2</translation>
    </message>
    <message>
        <source>expected “%1”</source>
        <translation>“%1” が必要です</translation>
    </message>
    <message>
        <source>expected %1</source>
        <translation>%1 が必要です</translation>
    </message>
    <message>
        <source>a second grouping clause</source>
        <translation>2 つ目のグループ化句</translation>
    </message>
    <message>
        <source>a label name</source>
        <translation>ラベル名</translation>
    </message>
    <message>
        <source>expected sum(…), rate(…) or increase(…); only Sloth&apos;s events form is evaluated locally</source>
        <translation>sum(…)、rate(…)、increase(…) のいずれかが必要です。ローカルで評価されるのは Sloth の events 形式だけです</translation>
    </message>
    <message>
        <source>a metric name</source>
        <translation>メトリクス名</translation>
    </message>
    <message>
        <source>invalid regular expression: %1</source>
        <translation>無効な正規表現です: %1</translation>
    </message>
    <message>
        <source>expected a metric name</source>
        <translation>メトリクス名が必要です</translation>
    </message>
    <message>
        <source>expected a range duration such as 5m</source>
        <translation>5m のような範囲の期間が必要です</translation>
    </message>
    <message>
        <source>expected a quoted string</source>
        <translation>引用符で囲んだ文字列が必要です</translation>
    </message>
    <message>
        <source>unsupported escape sequence</source>
        <translation>サポートされていないエスケープシーケンスです</translation>
    </message>
    <message>
        <source>unterminated string</source>
        <translation>文字列が閉じられていません</translation>
    </message>
</context>
</TS>
