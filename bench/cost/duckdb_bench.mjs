// The DuckDB side of the cost benchmark (issue 4), on the same FOCUS CSV as bench_cost.
//   node duckdb_bench.mjs FILE.csv WORKDIR [THREADS]
// Loads the CSV into memory (CREATE TABLE t AS FROM read_csv, types auto-detected), runs the service x day
// GROUP BY 9 times, copies the table to a database file and reopens it. Prints one JSON object (times in
// ms, wall and CPU of the whole process) and writes the service x day
// totals to WORKDIR/duckdb-service-day.tsv (service, day, billed) for run.sh to compare with Traceo's.
import { DuckDBInstance } from '@duckdb/node-api';
import { writeFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';

const [csv, workdir, threads = '2'] = process.argv.slice(2);
if (!csv || !workdir) {
    console.error('usage: node duckdb_bench.mjs FILE.csv WORKDIR [THREADS]');
    process.exit(2);
}
const options = { threads: String(threads) };
const readCsv = `read_csv('${csv.replaceAll("'", "''")}', header = true, nullstr = 'NULL')`;
const serviceDay = `SELECT ServiceName, strftime(date_trunc('day', ChargePeriodStart), '%Y-%m-%d') AS day,
    SUM(BilledCost) AS billed FROM t GROUP BY ServiceName, date_trunc('day', ChargePeriodStart)`;

const cpuMs = () => {
    const u = process.cpuUsage(); // the whole process: DuckDB's threads included
    return (u.user + u.system) / 1000;
};
async function timed(f) {
    const w0 = performance.now();
    const c0 = cpuMs();
    const value = await f();
    return { wall: performance.now() - w0, cpu: cpuMs() - c0, value };
}
const rssKb = () => process.memoryUsage().rss / 1024;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const out = { threads: Number(threads) };

// 1. Import into memory: CREATE TABLE ... FROM read_csv (types auto-detected).
{
    const rss0 = rssKb();
    const instance = await DuckDBInstance.create(':memory:', options);
    const con = await instance.connect();
    const load = await timed(() => con.run(`CREATE TABLE t AS FROM ${readCsv}`));
    const count = (await con.runAndReadAll('SELECT count(*) FROM t')).getRows()[0][0];
    out.rows = Number(count);
    out.importMemory = { wall: load.wall, cpu: load.cpu };
    out.residentBytesPerRow = ((rssKb() - rss0) * 1024) / out.rows;
    const walls = [];
    const cpus = [];
    let rows = [];
    for (let i = 0; i < 9; ++i) {
        const q = await timed(() => con.runAndReadAll(serviceDay));
        walls.push(q.wall);
        cpus.push(q.cpu);
        rows = q.value.getRows();
    }
    out.serviceDay = { wall: median(walls), cpu: median(cpus), groups: rows.length };
    writeFileSync(join(workdir, 'duckdb-service-day.tsv'), rows.map((r) => `${r[0]}\t${r[1]}\t${r[2]}`).join('\n') + '\n');

    // 2. Persist the loaded table to a database file (no second CSV parse), then reopen that file.
    const file = join(workdir, 'costs.duckdb');
    rmSync(file, { force: true });
    rmSync(file + '.wal', { force: true });
    const persist = await timed(async () => {
        await con.run(`ATTACH '${file.replaceAll("'", "''")}' AS f`);
        await con.run('CREATE TABLE f.t AS FROM t');
        await con.run('DETACH f');
    });
    out.persist = { wall: persist.wall, cpu: persist.cpu, megabytes: statSync(file).size / 1e6 };
    con.closeSync();
    instance.closeSync();
    let reopened;
    let reopenCon;
    const reopen = await timed(async () => {
        reopened = await DuckDBInstance.create(file, options);
        reopenCon = await reopened.connect();
        return reopenCon.runAndReadAll(serviceDay);
    });
    out.reopen = { wall: reopen.wall, cpu: reopen.cpu, note: 'open + first service x day query' };
    reopenCon.closeSync();
    reopened.closeSync();
    rmSync(file, { force: true });
}

console.log(JSON.stringify(out));
