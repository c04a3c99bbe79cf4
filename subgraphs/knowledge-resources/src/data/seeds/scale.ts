// `npm run seed -- knowledge-resources --scale N`: grows the database to N resources in all with the deterministic
// generator (the seeded sample set counts towards N), so benchmark data sets are reproducible. Resumable: it continues
// from the records already there.
import type { Database } from '@unmn/shared/db';
import { insertGenerated } from './generate.js';
import { benchmarkOptions } from './index.js';

export async function seedScale(db: Database, n: number, onProgress: (done: number, total: number) => void): Promise<number> {
  const have = Number((await db.knex('resources').max({ m: 'seq' }).first())?.m ?? 0);
  if (have >= n) return 0;
  onProgress(0, n - have);
  // A fixed timestamp: the same N always yields the same rows.
  await insertGenerated(db.knex, db.dialect, { from: have, to: n }, benchmarkOptions('2026-01-02T00:00:00.000Z'), (done) => onProgress(done, n - have), 2000);
  await refreshStatistics(db);
  return n - have;
}

/**
 * Fresh planner statistics after a bulk load: both databases otherwise plan searches on a tiny table's numbers. On
 * PostgreSQL VACUUM also sets the visibility map, without which index-only scans fetch every heap row.
 */
export async function refreshStatistics(db: Database): Promise<void> {
  await db.knex.raw(db.dialect === 'postgres' ? 'VACUUM ANALYZE' : 'ANALYZE');
}
