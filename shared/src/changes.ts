// The change feed every subgraph keeps: one row per change to one of its entities, written by the write itself inside
// its transaction, so a change is in the feed exactly when it is committed. The exchange subgraph reads each feed over
// HTTP (GET /changes on every subgraph) and merges them behind `Query.changes` and the webhooks.
//
// Order: `sequence` is strictly increasing in commit order. SQLite has one writer, so that holds by itself. On
// PostgreSQL a sequence value is taken before commit, so two writers could commit 11 before 10 and a reader that saw
// 11 would skip 10 for good; recordChange therefore takes a transaction-scoped advisory lock first, so the writers of
// one subgraph take numbers and commit in the same order (the lock is held only from the event to the commit: record
// the change as the write's last statement).
//
// Visibility: an event carries no field of the record, only who could see the record before and after the change
// (its audiences). A reader is shown the event if it could see the record afterwards; if it could see it before but
// not after, it is shown LEFT_VIEW (withdrawn, unpublished, no longer shared with it); otherwise nothing.
import type http from 'node:http';
import type { Knex } from 'knex';
import { BadUserInputError } from './errors.js';
import { now, type Migration } from './db.js';
import type { Role, Viewer } from './viewer.js';

export const CHANGE_KINDS = ['CREATED', 'UPDATED', 'REMOVED', 'LEFT_VIEW'] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];
/** What a write records; LEFT_VIEW is never recorded, it is how a reader who lost sight of the record is told. */
export type RecordedKind = Exclude<ChangeKind, 'LEFT_VIEW'>;

/**
 * Who can see a record, as tokens: `public` (everyone, anonymous included), `role:<role>` (every viewer with that
 * role), `org:<id>` (members of that organization), `country:<ISO3>` (that country's users). A subgraph's policy.ts
 * derives them from the same facts as its SQL visibility predicate.
 */
export type Audience = string;
export const audience = {
  public: 'public' as Audience,
  role: (role: Role): Audience => `role:${role}`,
  org: (id: string): Audience => `org:${id}`,
  country: (iso3: string): Audience => `country:${iso3}`,
};

/** The audience tokens a viewer belongs to. */
export function audiencesOf(viewer: Viewer): Audience[] {
  const tokens = [audience.public, audience.role(viewer.role)];
  if (viewer.organizationId) tokens.push(audience.org(viewer.organizationId));
  if (viewer.countryIso3) tokens.push(audience.country(viewer.countryIso3));
  return tokens;
}

export interface ChangeInput {
  /** The GraphQL type name of the entity, e.g. `KnowledgeResource`. */
  type: string;
  id: string;
  kind: RecordedKind;
  /** The entity's version after the change (its optimistic-concurrency version), or 1 for entities without one. */
  version: number;
  /** Who could see the record before the change (null: it did not exist). */
  before: Audience[] | null;
  /** Who can see it after (null: it no longer exists). */
  after: Audience[] | null;
  /** When it happened; defaults to now. Pass the write's updated_at so the feed and the record agree. */
  at?: string;
}

export const CHANGE_EVENTS_TABLE = 'change_events';

/**
 * The feed's table, for each subgraph's migration list (frozen: a later change to the table is a new migration).
 * `name` is the subgraph's own migration name, so it sorts after the migrations it already has.
 */
export function changeEventsMigration(name: string): Migration {
  return {
    name,
    async up(knex) {
      await knex.schema.createTable(CHANGE_EVENTS_TABLE, (t) => {
        t.bigIncrements('sequence').primary();
        t.string('entity_type', 64).notNullable();
        t.string('entity_id', 128).notNullable();
        t.string('kind', 16).notNullable();
        t.integer('version').notNullable();
        t.timestamp('occurred_at', { useTz: true }).notNullable();
        // JSON arrays of audience tokens; null when the record did not exist before / does not exist after.
        t.text('audience_before');
        t.text('audience_after');
        t.index(['entity_type', 'sequence']);
      });
    },
    async down(knex) {
      await knex.schema.dropTableIfExists(CHANGE_EVENTS_TABLE);
    },
  };
}

const isPostgres = (knex: Knex) => /^(pg|postgres|postgresql)$/.test(String((knex.client as { config?: { client?: unknown } }).config?.client));

/** Records one change inside the write's transaction. Call it last in the transaction (see the ordering note above). */
export async function recordChange(trx: Knex.Transaction, change: ChangeInput): Promise<void> {
  // The lock orders one subgraph's writers only: subgraphs share the PostgreSQL server in schemas of their own, so the
  // key is the table's schema-qualified name.
  if (isPostgres(trx)) await trx.raw(`select pg_advisory_xact_lock(hashtext(current_schema() || '.${CHANGE_EVENTS_TABLE}'))`);
  await trx(CHANGE_EVENTS_TABLE).insert({
    entity_type: change.type,
    entity_id: change.id,
    kind: change.kind,
    version: change.version,
    occurred_at: change.at ?? now(),
    audience_before: change.before ? JSON.stringify(change.before) : null,
    audience_after: change.after ? JSON.stringify(change.after) : null,
  });
}

/** Records several changes of one write (e.g. a transfer changes the transfer and its project). */
export async function recordChanges(trx: Knex.Transaction, changes: ChangeInput[]): Promise<void> {
  for (const change of changes) await recordChange(trx, change);
}

/** One event as a reader sees it. */
export interface ChangeEvent {
  sequence: number;
  type: string;
  id: string;
  kind: ChangeKind;
  version: number;
  time: string;
}

export interface ChangePage {
  events: ChangeEvent[];
  /**
   * Where the next read starts (pass it as `after`): the last event scanned, shown or not, so events hidden from this
   * reader are passed over without being revealed, and nothing is skipped or read twice.
   */
  position: number;
  /** The newest sequence committed in this feed when it was read (0 when empty). */
  latest: number;
}

export interface ReadChangesOptions {
  after?: number;
  first?: number;
  /** Entity types to read; absent or empty reads all. */
  types?: string[];
}

export const MAX_CHANGES_PAGE = 500;

const sees = (tokens: Set<Audience>, audiences: unknown): boolean => {
  if (audiences === null || audiences === undefined) return false;
  const list = (typeof audiences === 'string' ? JSON.parse(audiences) : audiences) as Audience[];
  return list.some((a) => tokens.has(a));
};

type RecordedRow = { kind: string; audience_before: unknown; audience_after: unknown };

/** What this viewer is told of one recorded change, or null when it is told nothing. */
export function viewOf(viewer: Viewer, row: RecordedRow): ChangeKind | null {
  return kindFor(new Set(audiencesOf(viewer)), row);
}

/** viewOf for a viewer's audience tokens, worked out once per read rather than once per row. */
function kindFor(tokens: Set<Audience>, row: RecordedRow): ChangeKind | null {
  const before = sees(tokens, row.audience_before);
  const after = sees(tokens, row.audience_after);
  if (after) return row.kind === 'REMOVED' ? 'REMOVED' : before || row.kind !== 'UPDATED' ? (row.kind as ChangeKind) : 'CREATED';
  if (before) return row.kind === 'REMOVED' ? 'REMOVED' : 'LEFT_VIEW';
  return null;
}

/**
 * Reads the feed after `after` for this viewer, in sequence order. Refuses a position beyond the newest event (a
 * cursor from another deployment, or from before the database was reset) rather than waiting silently forever.
 */
export async function readChanges(knex: Knex, viewer: Viewer, { after = 0, first = 100, types = [] }: ReadChangesOptions = {}): Promise<ChangePage> {
  if (!Number.isSafeInteger(after) || after < 0) throw new BadUserInputError('after', `must be a sequence number of 0 or more; got ${after}`);
  if (!Number.isSafeInteger(first) || first < 1 || first > MAX_CHANGES_PAGE) {
    throw new BadUserInputError('first', `must be between 1 and ${MAX_CHANGES_PAGE}; got ${first}`);
  }
  const latestRow = await knex(CHANGE_EVENTS_TABLE).max({ latest: 'sequence' }).first();
  const latest = Number(latestRow?.latest ?? 0);
  if (after > latest) {
    throw new BadUserInputError('after', `position ${after} is beyond this feed's newest event (${latest}): the cursor is stale or from another deployment; start again without one`);
  }
  const tokens = new Set(audiencesOf(viewer));
  const events: ChangeEvent[] = [];
  let position = after;
  const batch = Math.min(MAX_CHANGES_PAGE, Math.max(first * 2, 50));
  for (;;) {
    const query = knex(CHANGE_EVENTS_TABLE).where('sequence', '>', position).andWhere('sequence', '<=', latest).orderBy('sequence').limit(batch);
    if (types.length) query.whereIn('entity_type', types);
    const rows = await query;
    for (const row of rows) {
      const kind = kindFor(tokens, row);
      position = Number(row.sequence);
      if (kind) {
        events.push({ sequence: position, type: row.entity_type, id: row.entity_id, kind, version: Number(row.version), time: new Date(row.occurred_at).toISOString() });
        if (events.length === first) return { events, position, latest };
      }
    }
    if (rows.length < batch) break;
  }
  // Every event of these types up to `latest` was scanned: the reader resumes from there.
  return { events, position: latest, latest };
}

/**
 * GET /changes?after=&first=&types=A,B on a subgraph: its feed as JSON for the viewer the request's signed identity
 * names (the exchange subgraph signs as the caller, or as a webhook's owner). Returns false for other paths.
 */
export function changesRoute(
  knex: Knex,
  service: string,
  viewerOf: (req: http.IncomingMessage) => Promise<Viewer>,
): (req: http.IncomingMessage, res: http.ServerResponse, pathname: string) => boolean {
  return (req, res, pathname) => {
    if (pathname !== '/changes' || req.method !== 'GET') return false;
    const send = (status: number, body: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
      res.end(JSON.stringify(body));
    };
    (async () => {
      const url = new URL(req.url ?? '/', 'http://subgraph');
      const int = (name: string, fallback: number) => {
        const raw = url.searchParams.get(name);
        if (raw === null || raw === '') return fallback;
        if (!/^\d+$/.test(raw)) throw new BadUserInputError(name, `must be a whole number; got "${raw}"`);
        return Number(raw);
      };
      const viewer = await viewerOf(req);
      const types = (url.searchParams.get('types') ?? '').split(',').map((t) => t.trim()).filter(Boolean);
      const page = await readChanges(knex, viewer, { after: int('after', 0), first: int('first', 100), types });
      send(200, { subgraph: service, ...page });
    })().catch((error: { message?: string; extensions?: { code?: string; argument?: string } }) => {
      const code = error.extensions?.code ?? 'INTERNAL_SERVER_ERROR';
      const status = code === 'BAD_USER_INPUT' ? 400 : code === 'UNAUTHENTICATED' ? 401 : 500;
      send(status, { error: { code, message: status === 500 ? 'The change feed could not be read' : error.message, argument: error.extensions?.argument } });
    });
    return true;
  };
}
