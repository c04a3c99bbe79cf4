// Every subgraph's migrations run up, seed, roll all the way down and up again, on the database under test.
import { describe, expect, it } from 'vitest';
import { migrateDownAll, migrateLatest } from '@unmn/shared/db';
import { subgraphs } from '../scripts/lib/subgraphs.js';
import { DIALECT, testDatabase } from './harness.js';

async function tables(db: ReturnType<typeof testDatabase>): Promise<string[]> {
  if (db.dialect === 'postgres') {
    const rows = await db.knex('information_schema.tables').where('table_schema', db.schema).pluck('table_name');
    return rows.filter((t: string) => !t.startsWith('knex_')).sort();
  }
  const rows = await db.knex('sqlite_master').where('type', 'table').pluck('name');
  return rows.filter((t: string) => !t.startsWith('knex_') && !t.startsWith('sqlite_')).sort();
}

describe.each(subgraphs.map((s) => [s.name, s] as const))(`migrations of %s (${DIALECT})`, (_, module) => {
  it('run up, seed, down to nothing, and up again', async () => {
    const db = testDatabase(module.name);
    try {
      await migrateLatest(db, module.migrations);
      const created = await tables(db);
      expect(created.length).toBeGreaterThan(0);
      await module.seed(db);
      await module.seed(db); // idempotent: a second start seeds nothing twice
      await migrateDownAll(db, module.migrations);
      // Only a full-text index's shadow tables may linger on SQLite if a migration forgot them; none should.
      expect(await tables(db)).toEqual([]);
      await migrateLatest(db, module.migrations);
      expect(await tables(db)).toEqual(created);
    } finally {
      await db.dispose();
    }
  });
});
