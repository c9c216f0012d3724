<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
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
    <message>
        <source>Objective %</source>
        <translation>目標 %</translation>
    </message>
    <message>
        <source>Period (days)</source>
        <translation>期間 (日)</translation>
    </message>
    <message>
        <source>SLI buckets</source>
        <translation>SLI バケット</translation>
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
        <source>Cost breakdowns need a billing export (AWS CUR, FOCUS) or an OpenCost server. Connect OpenCost, or build the demo database to explore.</source>
        <translation>コストの内訳には請求データのエクスポート (AWS CUR、FOCUS) または OpenCost サーバーが必要です。OpenCost に接続するか、デモデータベースを作成して試してください。</translation>
    </message>
    <message>
        <source>Connect OpenCost…</source>
        <translation>OpenCost に接続…</translation>
    </message>
    <message>
        <source>AWS Cost and Usage Report (CSV, Parquet)</source>
        <translation>AWS コストと使用状況レポート (CSV、Parquet)</translation>
    </message>
    <message>
        <source>FOCUS cost export (CSV)</source>
        <translation>FOCUS コストエクスポート (CSV)</translation>
    </message>
    <message>
        <source>Cost breakdown (CSV)</source>
        <translation>コスト内訳 (CSV)</translation>
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
        <source>Versions of the selected set</source>
        <translation>選択したセットのバージョン</translation>
    </message>
    <message>
        <source>Latest version (read-only)</source>
        <translation>最新バージョン (読み取り専用)</translation>
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
        <source>SLO definitions (YAML)</source>
        <translation>SLO 定義 (YAML)</translation>
    </message>
    <message>
        <source>Error budgets (CSV)</source>
        <translation>エラーバジェット (CSV)</translation>
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
</context>
<context>
    <name>traceo::cli::slo</name>
    <message>
        <source>--%1 expects an RFC 3339 time such as 2026-11-27T12:00:00Z, not “%2”</source>
        <translation>--%1 には 2026-11-27T12:00:00Z のような RFC 3339 の時刻を指定してください（“%2” は不可）</translation>
    </message>
    <message>
        <source>--period-days expects a positive number of days</source>
        <translation>--period-days には正の日数を指定してください</translation>
    </message>
    <message>
        <source>%1:%2: SLO %3: an objective of 100 % leaves no error budget</source>
        <translation>%1:%2: SLO %3: 目標 100 % ではエラーバジェットが残りません</translation>
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
        <source>Burn rates, error budget and firing alerts of every SLO: [--at RFC3339].</source>
        <translation>全 SLO のバーンレート、エラーバジェット、発火中のアラート: [--at RFC3339]。</translation>
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
        <source>Add the SLOs of a Sloth prometheus/v1 or OpenSLO v1 spec file: FILE [--period-days N].</source>
        <translation>Sloth prometheus/v1 または OpenSLO v1 の仕様ファイルの SLO を追加します: FILE [--period-days N]。</translation>
    </message>
    <message>
        <source>The Sloth or OpenSLO spec (YAML).</source>
        <translation>Sloth または OpenSLO の仕様（YAML）。</translation>
    </message>
    <message>
        <source>Print the imported SLOs as OpenSLO v1 SLO documents (YAML).</source>
        <translation>取り込み済みの SLO を OpenSLO v1 の SLO ドキュメント（YAML）として出力します。</translation>
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
        <source>calendar time windows are not supported (only rolling ones)</source>
        <translation>カレンダー型の時間ウィンドウには対応していません（ローリングのみ）</translation>
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
</context>
</TS>
