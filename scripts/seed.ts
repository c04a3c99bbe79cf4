// npm run seed -- <subgraph> [--scale N]
// Without --scale: migrate and seed the subgraph's reference and sample data (what `npm start` does on first start).
// With --scale N: also grow the subgraph to N generated records for benchmarks, deterministically, with a progress bar.
// A subgraph supports --scale by exporting `seedScale(db, n, onProgress)` from subgraphs/<name>/src/data/seeds/scale.ts;
// this dispatcher finds it there, so adding one needs no change here.
// Uses DATABASE_URL (PostgreSQL) when set, else the SQLite files under DATA_DIR.
import fs from 'node:fs';
import { parseArgs } from 'node:util';
import cliProgress from 'cli-progress';
import { configOrExit } from '@unmn/shared/config';
import { createDatabase, type Database } from '@unmn/shared/db';
import { prepareDatabase } from '@unmn/shared/subgraph';
import { subgraphs } from './lib/subgraphs.js';

export interface ScaleSeeder {
  /** Grows the database to `n` records in all; returns how many it added. Reports progress as (done, toDo). */
  seedScale(db: Database, n: number, onProgress: (done: number, total: number) => void): Promise<number>;
}

const { values, positionals } = parseArgs({ allowPositionals: true, options: { scale: { type: 'string' } } });
const [name] = positionals;
const module = subgraphs.find((s) => s.name === name);
if (!module) {
  console.error(`Usage: npm run seed -- <subgraph> [--scale N]\nKnown subgraphs: ${subgraphs.map((s) => s.name).join(', ')}`);
  process.exit(2);
}
const scale = values.scale === undefined ? undefined : Number(values.scale.replace(/_/g, ''));
if (scale !== undefined && (!Number.isInteger(scale) || scale < 1)) {
  console.error(`--scale must be a positive whole number of records; got ${JSON.stringify(values.scale)}`);
  process.exit(2);
}

const config = configOrExit();
const db = createDatabase({ name: module.name, url: config.database.url, dataDir: config.database.dataDir });
try {
  await prepareDatabase(module, db);
  console.log(`${module.name}: migrated and seeded (${db.dialect === 'postgres' ? `PostgreSQL schema ${db.schema}` : `SQLite in ${config.database.dataDir}/`})`);
  if (scale !== undefined) {
    const file = new URL(`../subgraphs/${module.name}/src/data/seeds/scale.ts`, import.meta.url);
    if (!fs.existsSync(file)) {
      console.error(`${module.name} has no scale seeder (subgraphs/${module.name}/src/data/seeds/scale.ts); --scale is not supported for it.`);
      process.exit(2);
    }
    const seeder = (await import(`@unmn/${module.name}/data/seeds/scale`)) as ScaleSeeder;
    const bar = new cliProgress.SingleBar({ format: `${module.name} {bar} {percentage}% | {value}/{total} records | ETA {eta_formatted}` }, cliProgress.Presets.shades_classic);
    let started = false;
    const t0 = performance.now();
    const added = await seeder.seedScale(db, scale, (done, total) => {
      if (!started) {
        bar.start(total, 0);
        started = true;
      }
      bar.update(done);
    });
    if (started) bar.stop();
    console.log(added === 0
      ? `${module.name}: already holds at least ${scale} records; nothing added.`
      : `${module.name}: added ${added} records (now ${scale}) in ${((performance.now() - t0) / 1000).toFixed(1)} s.`);
  }
} finally {
  await db.close();
}
