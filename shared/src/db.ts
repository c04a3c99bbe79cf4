// One knex factory for every subgraph. SQLite is the embedded default (one file per subgraph under DATA_DIR, WAL on);
// PostgreSQL is used when DATABASE_URL is set, each subgraph in its own schema so teams can own and migrate their
// tables independently. Migrations are plain modules listed in code (no directory scanning), so they run the same
// under tsx, vitest and a bundle.
import fs from 'node:fs';
import path from 'node:path';
import knexFactory, { type Knex } from 'knex';
import pg from 'pg';
import { SpanKind, SpanStatusCode, type Span, type Tracer } from '@opentelemetry/api';

export type Dialect = 'sqlite' | 'postgres';

export interface PoolStats {
  used: number;
  free: number;
  /** Callers waiting for a connection: above zero for long means the pool (10 on PostgreSQL) is too small. */
  pendingAcquires: number;
  max: number;
}

export interface Migration {
  name: string;
  up(knex: Knex): Promise<void>;
  down(knex: Knex): Promise<void>;
}

export interface Database {
  /** The writer: every write, and every read that must see a transaction's own uncommitted rows. */
  knex: Knex;
  /**
   * For reads outside a write transaction. On a SQLite file it is a pool of read-only connections (SQLITE_READ_POOL)
   * beside the one writer, so reads run on several cores and a long read no longer queues behind the writer (WAL lets
   * readers and one writer proceed together; each read sees what was committed when it began). Elsewhere it is `knex`.
   */
  reader: Knex;
  dialect: Dialect;
  /** PostgreSQL schema holding this subgraph's tables (null on SQLite). */
  schema: string | null;
  /** SQL statements executed so far through this connection pool; tests and /metrics read it. */
  readonly statementCount: number;
  /** Listens to every executed statement (for metrics). */
  onStatement(listener: (sql: string) => void): void;
  /** The connection pool right now: connections in use, idle, and callers waiting for one (for /metrics). */
  poolStats(): PoolStats;
  /**
   * Makes every statement a span (a child of whatever is active when it runs: a resolver, a request), carrying its
   * text with placeholders, never the parameter values. Called by the subgraph builder when tracing is on.
   */
  traceStatements(tracer: Tracer): void;
  close(): Promise<void>;
}

// pg parses DATE into a local-time JS Date and BIGINT into a string. Dates are wire strings here and money is integer
// cents well inside 2^53, so keep DATE as text, timestamps as ISO UTC strings and BIGINT as a number.
pg.types.setTypeParser(1082, (v) => v);
pg.types.setTypeParser(1114, (v) => new Date(`${v}Z`).toISOString());
pg.types.setTypeParser(1184, (v) => new Date(v).toISOString());
pg.types.setTypeParser(20, (v) => {
  const n = Number(v);
  if (!Number.isSafeInteger(n)) throw new Error(`BIGINT ${v} exceeds the safe integer range`);
  return n;
});

export interface DatabaseOptions {
  /** Subgraph name, e.g. `gcm-objectives`. */
  name: string;
  /** postgres:// URL; SQLite when absent. */
  url?: string;
  /** Folder for SQLite files; `:memory:` for a private in-memory database. */
  dataDir?: string;
  /** PostgreSQL schema; defaults to the subgraph name with underscores. */
  schema?: string;
  /**
   * Read connections beside the writer on a SQLite file (SQLITE_READ_POOL); 3 when absent. node-sqlite3 runs every
   * statement, the writer's too, on libuv's thread pool (4 threads unless UV_THREADPOOL_SIZE says otherwise): a read
   * pool as large as that leaves a write waiting for a long read to end (bench/read-pool.ts: 370 ms against 7 ms).
   */
  readPool?: number;
}

export const schemaFor = (name: string) => name.replace(/-/g, '_');

export function createDatabase(options: DatabaseOptions): Database {
  const readPool = options.readPool ?? 3;
  if (!Number.isInteger(readPool) || readPool < 1) {
    throw new Error(`readPool (SQLITE_READ_POOL) must be a whole number of connections, 1 or more; got ${readPool}`);
  }
  let knex: Knex;
  // PostgreSQL: its pool of 10 already serves reads in parallel, so a second pool would only add connections.
  // In-memory SQLite: each connection would open a separate, empty database, so reads must share the writer's one.
  let reader: Knex | undefined;
  let dialect: Dialect;
  let schema: string | null = null;
  if (options.url) {
    dialect = 'postgres';
    schema = options.schema ?? schemaFor(options.name);
    knex = knexFactory({
      client: 'pg',
      connection: options.url,
      searchPath: [schema],
      pool: { min: 0, max: 10 },
    });
  } else {
    dialect = 'sqlite';
    const memory = options.dataDir === ':memory:';
    const filename = memory ? ':memory:' : path.resolve(options.dataDir ?? 'data', `${options.name}.sqlite`);
    if (!memory) fs.mkdirSync(path.dirname(filename), { recursive: true });
    knex = knexFactory({
      client: 'sqlite3',
      connection: { filename },
      useNullAsDefault: true,
      // In-memory: every pooled connection would be a separate database, so keep exactly one.
      // File: one writer at a time is SQLite's model anyway; a single connection avoids SQLITE_BUSY between writers.
      pool: {
        min: 1,
        max: 1,
        afterCreate(conn: any, done: (err: Error | null, conn: unknown) => void) {
          conn.serialize(() => {
            conn.run('PRAGMA foreign_keys = ON');
            conn.run('PRAGMA busy_timeout = 5000');
            conn.run(memory ? 'PRAGMA journal_mode = MEMORY' : 'PRAGMA journal_mode = WAL', (err: Error | null) =>
              done(err, conn),
            );
          });
        },
      },
    });
    if (!memory) {
      reader = knexFactory({
        client: 'sqlite3',
        connection: { filename },
        useNullAsDefault: true,
        // min 0: nothing is opened before the writer has created the file and switched it to WAL (a setting the file
        // keeps). query_only makes a write sent here by mistake fail instead of contending with the writer.
        pool: {
          min: 0,
          max: readPool,
          afterCreate(conn: any, done: (err: Error | null, conn: unknown) => void) {
            conn.serialize(() => {
              conn.run('PRAGMA busy_timeout = 5000');
              conn.run('PRAGMA query_only = ON', (err: Error | null) => done(err, conn));
            });
          },
        },
      });
    }
  }
  const knexes = reader ? [knex, reader] : [knex];
  let count = 0;
  const listeners: ((sql: string) => void)[] = [];
  for (const k of knexes) {
    k.on('query', (q: { sql: string }) => {
      count += 1;
      for (const l of listeners) l(q.sql);
    });
  }
  // tarn, knex's pool; absent until the first connection is asked for, and again after destroy().
  const pool = () => (knex.client as { pool?: TarnPool }).pool;
  let traced = false;
  return {
    knex,
    reader: reader ?? knex,
    dialect,
    schema,
    get statementCount() {
      return count;
    },
    onStatement: (l) => void listeners.push(l),
    poolStats: () => {
      const p = pool();
      return {
        used: p?.numUsed() ?? 0,
        free: p?.numFree() ?? 0,
        pendingAcquires: p?.numPendingAcquires() ?? 0,
        max: p?.max ?? 0,
      };
    },
    traceStatements(tracer) {
      if (traced) return;
      traced = true;
      // knex emits 'query' as a statement is sent (in the caller's async context, so the span has the right parent)
      // and 'query-response' / 'query-error' when it ends, all carrying the same __knexQueryUid.
      const open = new Map<string, Span>();
      const system = dialect === 'postgres' ? 'postgresql' : 'sqlite';
      for (const k of knexes) k.on('query', (q: { sql: string; __knexQueryUid: string }) => {
        const operation = /^\s*(\w+)/.exec(q.sql)?.[1]?.toUpperCase() ?? 'SQL';
        const span = tracer.startSpan(`${operation} ${options.name}`, {
          kind: SpanKind.CLIENT,
          attributes: { 'db.system.name': system, 'db.query.text': q.sql, 'db.operation.name': operation, ...(schema ? { 'db.namespace': schema } : {}) },
        });
        open.set(q.__knexQueryUid, span);
      });
      const end = (uid: string, error?: Error) => {
        const span = open.get(uid);
        if (!span) return;
        open.delete(uid);
        if (error) {
          span.recordException(error);
          span.setStatus({ code: SpanStatusCode.ERROR });
        }
        span.end();
      };
      for (const k of knexes) {
        k.on('query-response', (_response: unknown, q: { __knexQueryUid: string }) => end(q.__knexQueryUid));
        k.on('query-error', (error: Error, q: { __knexQueryUid: string }) => end(q.__knexQueryUid, error));
      }
    },
    close: async () => {
      await Promise.all(knexes.map((k) => k.destroy()));
    },
  };
}

interface TarnPool {
  max: number;
  numUsed(): number;
  numFree(): number;
  numPendingAcquires(): number;
}

/**
 * The same database seen through its reader, for stores that take a whole Database (not a knex) and only read.
 * Everything but `knex` (dialect, schema, statement counts) is the database's own.
 */
export const readerOf = (db: Database): Database => Object.create(db, { knex: { value: db.reader } }) as Database;

const migrationSource = (migrations: Migration[]): Knex.MigrationSource<Migration> => ({
  getMigrations: async () => migrations,
  getMigrationName: (m) => m.name,
  getMigration: async (m) => m,
});

const migratorConfig = (db: Database, migrations: Migration[]): Knex.MigratorConfig => ({
  migrationSource: migrationSource(migrations),
  tableName: 'knex_migrations',
  ...(db.schema ? { schemaName: db.schema } : {}),
});

/** Brings the schema up to date (creating the PostgreSQL schema if needed). */
export async function migrateLatest(db: Database, migrations: Migration[]): Promise<void> {
  if (db.schema) await db.knex.raw('CREATE SCHEMA IF NOT EXISTS ??', [db.schema]);
  await db.knex.migrate.latest(migratorConfig(db, migrations));
}

/** Rolls back every migration (used by tests and `npm run migrate -- down`). */
export async function migrateDownAll(db: Database, migrations: Migration[]): Promise<void> {
  await db.knex.migrate.rollback(migratorConfig(db, migrations), true);
}

/** Drops a PostgreSQL schema and everything in it (tests clean up their private schemas with this). */
export async function dropSchema(db: Database): Promise<void> {
  if (db.schema) await db.knex.raw('DROP SCHEMA IF EXISTS ?? CASCADE', [db.schema]);
}

/** ISO 8601 UTC timestamp for created_at / updated_at columns, identical on both dialects. */
export const now = () => new Date().toISOString();

/** Adds created_at / updated_at columns, stored as timestamptz on PostgreSQL and ISO text on SQLite. */
export function timestamps(t: Knex.CreateTableBuilder): void {
  t.timestamp('created_at', { useTz: true }).notNullable();
  t.timestamp('updated_at', { useTz: true }).notNullable().index();
}

/** Parses a JSON text column (arrays and objects are stored as text on both dialects for portability). */
export const parseJson = <T>(value: unknown, fallback: T): T =>
  value === null || value === undefined ? fallback : typeof value === 'string' ? (JSON.parse(value) as T) : (value as T);
