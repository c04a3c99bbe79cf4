// npx tsx bench/read-pool.ts [--reads 4] [--pools 1,3,4] [--rounds 5] [--rows 2000000]
// SQLite file database: wall time of N concurrent long reads (a recursive count) on the reader for each
// SQLITE_READ_POOL, alternating rounds, and how long a small write on the writer takes while they run. Not part of npm
// test. With one connection the reads queue; with more they run on libuv's threads, bounded by the cores. libuv has 4
// threads unless UV_THREADPOOL_SIZE says otherwise, and the writer runs on them too: a pool as large as the thread pool
// leaves the writer waiting for a read to end.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { createDatabase, type Database } from '@unmn/shared/db';
import { load, machine, median } from './lib.js';

const { values } = parseArgs({
  options: { reads: { type: 'string', default: '4' }, pools: { type: 'string', default: '1,3,4' }, rounds: { type: 'string', default: '5' }, rows: { type: 'string', default: '2000000' } },
});
const reads = Number(values.reads);
const rounds = Number(values.rounds);
const rows = Number(values.rows);
const pools = values.pools!.split(',').map(Number);
const LONG_READ = 'WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < ?) SELECT count(*) AS n FROM c';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-read-pool-'));
const open = async (readPool: number) => {
  const db = createDatabase({ name: `pool-${readPool}`, dataDir: dir, readPool });
  await db.knex.schema.createTable('notes', (t) => {
    t.increments('id');
    t.string('text');
  });
  return db;
};

/** Wall time of `reads` concurrent long reads, and of one insert started while they run. */
async function round(db: Database): Promise<{ readsMs: number; writeMs: number }> {
  const t0 = performance.now();
  const all = Promise.all(Array.from({ length: reads }, () => db.reader.raw(LONG_READ, [rows])));
  const w0 = performance.now();
  await db.knex('notes').insert({ text: 'during reads' });
  const writeMs = performance.now() - w0;
  await all;
  return { readsMs: performance.now() - t0, writeMs };
}

console.log(`machine: ${machine()}; load ${load()}; ${reads} concurrent reads of ${rows} recursive rows, ${rounds} rounds`);
const dbs = await Promise.all(pools.map(open));
try {
  const first = dbs[0];
  await first.reader.raw(LONG_READ, [rows]);
  const t = performance.now();
  await first.reader.raw(LONG_READ, [rows]);
  const single = performance.now() - t;
  const results = dbs.map(() => [] as { readsMs: number; writeMs: number }[]);
  for (let i = 0; i < rounds; i += 1) for (const [j, db] of dbs.entries()) results[j].push(await round(db));
  console.log(`one read alone: ${single.toFixed(0)} ms`);
  const base = median(results[0].map((r) => r.readsMs));
  for (const [j, pool] of pools.entries()) {
    const readsMs = median(results[j].map((r) => r.readsMs));
    const writeMs = median(results[j].map((r) => r.writeMs));
    console.log(
      `SQLITE_READ_POOL=${pool}: ${reads} reads in ${readsMs.toFixed(0)} ms (${(readsMs / single).toFixed(2)}x one read, ${(base / readsMs).toFixed(2)}x faster than pool ${pools[0]}); a write during them ${writeMs.toFixed(1)} ms`,
    );
  }
} finally {
  await Promise.all(dbs.map((db) => db.close()));
  fs.rmSync(dir, { recursive: true, force: true });
}
