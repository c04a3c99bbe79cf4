// Relay-style cursor pagination with keyset cursors: a cursor holds the sort-key values of its row, so pages stay
// stable while rows are added (offsets would skip or repeat rows under concurrent writes, which breaks delta sync).
import type { Knex } from 'knex';
import { BadUserInputError } from './errors.js';

export const DEFAULT_PAGE_SIZE = 20;
/** The documented cap on `first`: larger pages must be walked with `after`. */
export const MAX_PAGE_SIZE = 100;

export interface PageArgs {
  first?: number | null;
  after?: string | null;
}

export interface OrderColumn {
  /** SQL column (qualified if the query joins). */
  column: string;
  direction: 'asc' | 'desc';
  /** Reads this column's value from a returned row, for the cursor. */
  value: (row: any) => string | number | null;
}

export interface Edge<T> {
  node: T;
  cursor: string;
}
export interface PageInfo {
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  startCursor: string | null;
  endCursor: string | null;
}
export interface Connection<T> {
  edges: Edge<T>[];
  pageInfo: PageInfo;
  totalCount: number;
}

/** A connection with nothing in it (a parent without children). */
export const emptyConnection = <T>(): Connection<T> => ({
  edges: [],
  totalCount: 0,
  pageInfo: { hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null },
});

/** Validates `first` against the cap; the error names the argument. */
export function pageSize(first: number | null | undefined, argument = 'first'): number {
  if (first === null || first === undefined) return DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(first) || first < 0 || first > MAX_PAGE_SIZE) {
    throw new BadUserInputError(argument, `must be an integer from 0 to ${MAX_PAGE_SIZE} (got ${first}); use "after" to page further`);
  }
  return first;
}

export const encodeCursor = (values: (string | number | null)[]) => Buffer.from(JSON.stringify(values)).toString('base64url');

export function decodeCursor(cursor: string, length: number, argument = 'after'): (string | number | null)[] {
  try {
    const values = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    // Only the shapes encodeCursor writes: a forged cursor holding objects or arrays would otherwise reach the SQL
    // comparison and quietly return a wrong page.
    const scalar = (v: unknown) => v === null || typeof v === 'string' || (typeof v === 'number' && Number.isFinite(v));
    if (Array.isArray(values) && values.length === length && values.every(scalar)) return values;
  } catch {
    // fall through to the error below
  }
  throw new BadUserInputError(argument, 'is not a cursor returned by this list; pass an edge cursor or pageInfo.endCursor');
}

/**
 * Adds the keyset condition "comes after these values" for an ordering (any mix of directions). Exported for stores
 * that build their own paged statement (e.g. a CTE that counts and pages in one).
 */
export function whereAfter(query: Knex.QueryBuilder, order: OrderColumn[], values: (string | number | null)[]): void {
  query.where((outer) => {
    order.forEach((_, i) => {
      outer.orWhere((inner) => {
        for (let j = 0; j < i; j += 1) inner.where(order[j].column, values[j]);
        inner.where(order[i].column, order[i].direction === 'asc' ? '>' : '<', values[i]);
      });
    });
  });
}

/**
 * Runs a page of `query` (which has its filters but no ordering) and its total count: two SQL statements.
 * `order` must end in a unique column so the order is total.
 */
export async function paginate<Row>(query: Knex.QueryBuilder, order: OrderColumn[], args: PageArgs, map: (row: any) => Row = (r) => r): Promise<Connection<Row>> {
  const size = pageSize(args.first);
  const countQuery = query.clone().clearSelect().clearOrder().count({ n: '*' }).first();
  const page = query.clone();
  if (args.after) whereAfter(page, order, decodeCursor(args.after, order.length));
  for (const o of order) page.orderBy(o.column, o.direction);
  page.limit(size + 1);
  const [rows, count] = await Promise.all([page, countQuery]);
  return toConnection(rows as any[], size, Number((count as any)?.n ?? 0), order, Boolean(args.after), map);
}

export function toConnection<Row>(rows: any[], size: number, totalCount: number, order: OrderColumn[], hasPrevious: boolean, map: (row: any) => Row = (r) => r): Connection<Row> {
  const pageRows = rows.slice(0, size);
  const edges = pageRows.map((row) => ({ node: map(row), cursor: encodeCursor(order.map((o) => o.value(row))) }));
  return {
    edges,
    totalCount,
    pageInfo: {
      hasNextPage: rows.length > size,
      hasPreviousPage: hasPrevious,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}

/**
 * The first page of a connection for many parents at once (e.g. `resources(first: 5)` under each of 23 objectives):
 * one windowed statement for the rows and one grouped count, whatever the number of parents.
 * `base` selects the child rows (with any filters and joins) and must also select the parent key as `parent_key`;
 * `partitionColumn` is the SQL column holding that key. `after`, when given, applies under every parent.
 */
export async function paginateByParent<Row>(
  knex: Knex,
  base: Knex.QueryBuilder,
  partitionColumn: string,
  parentKeys: readonly (string | number)[],
  order: OrderColumn[],
  args: PageArgs,
  map: (row: any) => Row = (r) => r,
): Promise<Map<string | number, Connection<Row>>> {
  const size = pageSize(args.first);
  const result = new Map<string | number, Connection<Row>>();
  if (parentKeys.length === 0) return result;
  const filtered = base.clone().whereIn(partitionColumn, parentKeys as any[]);
  const countQuery = knex
    .from(filtered.clone().clearSelect().clearOrder().select({ parent_key: partitionColumn }).as('c'))
    .select('parent_key')
    .count({ n: '*' })
    .groupBy('parent_key');
  const paged = filtered.clone();
  if (args.after) whereAfter(paged, order, decodeCursor(args.after, order.length));
  const orderSql = order.map((o) => `?? ${o.direction === 'asc' ? 'asc' : 'desc'}`).join(', ');
  paged.select(knex.raw(`row_number() over (partition by ?? order by ${orderSql}) as page_rank`, [partitionColumn, ...order.map((o) => o.column)]));
  const rowsQuery = knex.from(paged.as('ranked')).where('page_rank', '<=', size + 1).orderBy('page_rank');
  const [rows, counts] = await Promise.all([rowsQuery, countQuery]);
  const byParent = new Map<string, any[]>();
  for (const row of rows as any[]) {
    const key = String(row.parent_key);
    if (!byParent.has(key)) byParent.set(key, []);
    byParent.get(key)!.push(row);
  }
  const countBy = new Map((counts as any[]).map((c) => [String(c.parent_key), Number(c.n)]));
  for (const key of parentKeys) {
    result.set(key, toConnection(byParent.get(String(key)) ?? [], size, countBy.get(String(key)) ?? 0, order, Boolean(args.after), map));
  }
  return result;
}
