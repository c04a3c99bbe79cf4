// The few places the two dialects differ, for every store file of this subgraph.
import type { Knex } from 'knex';
import type { Database } from '@unmn/shared/db';

/** The year of a `YYYY-MM-DD` date expression, as an integer, in SQL. */
export const yearOf = (db: Database, date: string): string =>
  db.dialect === 'postgres' ? `cast(extract(year from ${date}) as integer)` : `cast(strftime('%Y', ${date}) as integer)`;

/** A programme's year in SQL: its start date's year, or its submission year (models.ts `projectYear` in JS). */
export const projectYearSql = (db: Database, table = 'fund_projects'): string => yearOf(db, `coalesce(${table}.start_date, ${table}.submitted_on)`);

/**
 * SELECT ... FOR UPDATE on PostgreSQL: concurrent writers wait for each other and then see each other's rows.
 * SQLite has one writer at a time (and this pool one connection), so a plain read is already serialised.
 */
export const locked = (db: Database, q: Knex.QueryBuilder): Knex.QueryBuilder => (db.dialect === 'postgres' ? q.forUpdate() : q);

/** Rows of a raw statement on either dialect. */
export const rawRows = <R>(result: R[] | { rows: R[] }): R[] => (Array.isArray(result) ? result : result.rows);

/** Runs `fn` in the caller's transaction, or in a new one. */
export const inTransaction = <T>(db: Database, fn: (trx: Knex.Transaction) => Promise<T>, outer?: Knex.Transaction): Promise<T> =>
  outer ? fn(outer) : db.knex.transaction(fn);
