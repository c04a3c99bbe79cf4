// SQLite file databases: a pool of read-only connections beside the one writer (WAL). Reads run side by side, a write
// is not held up by long reads, and a read right after a commit sees it.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDatabase, type Database } from '@unmn/shared/db';
import { testConfig } from '@unmn/shared/testing';

// A CPU-bound read of a few hundred milliseconds that touches no table, so only the connection it runs on matters.
const LONG_READ = 'WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < ?) SELECT count(*) AS n FROM c';
const ROWS = 1_000_000;

let dir: string;
let db: Database;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'read-pool-'));
  db = createDatabase({ name: 'read-pool', dataDir: dir, readPool: 3 });
  await db.knex.schema.createTable('notes', (t) => {
    t.increments('id');
    t.string('text').notNullable();
  });
});

afterAll(async () => {
  await db?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

/** Runs `reads` on the reader and reports how many of them were executing at the same time, at most. */
async function concurrentReads(reads: number): Promise<{ maxInFlight: number; results: number[] }> {
  let inFlight = 0;
  let maxInFlight = 0;
  // knex emits 'query' once a statement has its connection, and a response or an error when it ends.
  const start = () => {
    inFlight += 1;
    maxInFlight = Math.max(maxInFlight, inFlight);
  };
  const end = () => void (inFlight -= 1);
  db.reader.on('query', start).on('query-response', end).on('query-error', end);
  try {
    const results = await Promise.all(
      Array.from({ length: reads }, async () => Number(((await db.reader.raw(LONG_READ, [ROWS])) as { n: number }[])[0].n)),
    );
    return { maxInFlight, results };
  } finally {
    db.reader.off('query', start).off('query-response', end).off('query-error', end);
  }
}

describe('SQLite read pool', () => {
  it('is a separate pool of connections on a file, and the writer itself in memory', () => {
    expect(db.reader).not.toBe(db.knex);
    const memory = createDatabase({ name: 'read-pool-memory', dataDir: ':memory:' });
    expect(memory.reader).toBe(memory.knex);
    return memory.close();
  });

  it('runs concurrent reads on distinct connections at once', async () => {
    const { maxInFlight, results } = await concurrentReads(3);
    expect(results).toEqual([ROWS, ROWS, ROWS]);
    expect(maxInFlight).toBe(3);
  });

  it('lets a write commit while long reads are still running', async () => {
    let readsRunning = 0;
    const running = () => void (readsRunning += 1);
    db.reader.on('query', running);
    const reads = concurrentReads(3);
    while (readsRunning < 3) await new Promise((r) => setImmediate(r));
    db.reader.off('query', running);
    let readsDone = false;
    void reads.then(() => (readsDone = true));
    // One write, and a read of it on the writer's own connection, while all three reads are still busy.
    await db.knex.transaction((trx) => trx('notes').insert({ text: 'written during reads' }));
    expect(await db.knex('notes').where('text', 'written during reads').first()).toBeTruthy();
    expect(readsDone).toBe(false);
    await reads;
  });

  it('sees a committed write on the very next read', async () => {
    for (let i = 0; i < 20; i += 1) {
      const [id] = await db.knex('notes').insert({ text: `note ${i}` }).returning('id');
      const row = await db.reader('notes').where('id', typeof id === 'object' ? id.id : id).first();
      expect(row?.text).toBe(`note ${i}`);
    }
  });

  it('refuses writes sent to the reader', async () => {
    await expect(db.reader('notes').insert({ text: 'wrong pool' })).rejects.toThrow(/readonly/i);
  });

  it('counts the reader statements with the writer ones', async () => {
    const seen: string[] = [];
    db.onStatement((sql) => seen.push(sql));
    const before = db.statementCount;
    await db.reader('notes').count({ n: '*' });
    await db.knex('notes').count({ n: '*' });
    expect(db.statementCount - before).toBe(2);
    expect(seen).toHaveLength(2);
  });

  it('rejects a read pool of no connections, naming the setting', () => {
    expect(() => testConfig({ SQLITE_READ_POOL: '0' })).toThrow(/SQLITE_READ_POOL/);
    expect(() => testConfig({ SQLITE_READ_POOL: 'many' })).toThrow(/SQLITE_READ_POOL/);
    expect(() => createDatabase({ name: 'read-pool-zero', dataDir: dir, readPool: 0 })).toThrow(/SQLITE_READ_POOL.*1 or more/);
    expect(testConfig().database.readPool).toBe(3);
  });
});
