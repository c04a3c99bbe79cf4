// Query.changes over HTTP, against real change feeds: three small servers that answer GET /changes with shared's own
// route over their own database (SQLite in memory, or PostgreSQL with DATABASE_URL), verifying the identity the
// exchange signs, as each subgraph does. No other subgraph is imported: the exchange knows them only by URL.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { audience, changeEventsMigration, changesRoute, recordChange, type ChangeInput } from '@unmn/shared/changes';
import { envPrefix, type SubgraphName } from '@unmn/shared/config';
import { migrateLatest } from '@unmn/shared/db';
import { startTestSubgraph, testConfig, testDatabase, type TestDatabase, type TestSubgraph, type TestViewer } from '@unmn/shared/testing';
import { IDENTITY_HEADER, verifyIdentity } from '@unmn/shared/viewer';
import { exchangeSubgraph } from '../src/index.js';

const SECRET = testConfig().auth.identitySecret;
const TIMEOUT_MS = 800;

/** One subgraph's feed: its table, its GET /changes, and switches to make it slow or take it down. */
interface Feed {
  name: SubgraphName;
  db: TestDatabase;
  url: string;
  /** Requests it has answered (or was asked) since the start. */
  reads: number;
  /** The identities it was read as (role/org), most recent last. */
  readers: string[];
  slow: boolean;
  record(change: Partial<ChangeInput> & { id: string }): Promise<void>;
  down(): Promise<void>;
  up(): Promise<void>;
  stop(): Promise<void>;
}

async function startFeed(name: SubgraphName, type: string): Promise<Feed> {
  const db = testDatabase(`feed-${name}`);
  await migrateLatest(db, [changeEventsMigration('0001_change_events')]);
  const route = changesRoute(db.knex, name, async (req) => {
    const viewer = await verifyIdentity(String(req.headers[IDENTITY_HEADER] ?? ''), SECRET);
    feed.readers.push(`${viewer.role}/${viewer.organizationId ?? ''}`);
    return viewer;
  });
  const server = http.createServer((req, res) => {
    feed.reads++;
    const answer = () => route(req, res, new URL(req.url ?? '/', 'http://feed').pathname) || res.writeHead(404).end();
    if (feed.slow) setTimeout(answer, TIMEOUT_MS * 3);
    else answer();
  });
  const listen = (port: number) => new Promise<void>((resolve) => server.listen(port, '127.0.0.1', () => resolve()));
  await listen(0);
  const port = (server.address() as AddressInfo).port;
  const feed: Feed = {
    name,
    db,
    url: `http://127.0.0.1:${port}/graphql`,
    reads: 0,
    readers: [],
    slow: false,
    record: (change) =>
      db.knex.transaction((trx) => recordChange(trx, { type, kind: 'UPDATED', version: 2, before: [audience.public], after: [audience.public], ...change })),
    async down() {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
    up: () => listen(port),
    async stop() {
      if (server.listening) await feed.down();
      await db.dispose();
    },
  };
  return feed;
}

let kr: Feed;
let sr: Feed;
let fp: Feed;
let sub: TestSubgraph;

beforeAll(async () => {
  kr = await startFeed('knowledge-resources', 'KnowledgeResource');
  sr = await startFeed('support-requests', 'SupportRequest');
  fp = await startFeed('fund-projects', 'FundProject');
  const urls = Object.fromEntries([kr, sr, fp].map((f) => [`${envPrefix(f.name)}_URL`, f.url]));
  sub = await startTestSubgraph(exchangeSubgraph, { env: { ...urls, SUBGRAPH_TIMEOUT_MS: String(TIMEOUT_MS) } });
});
afterAll(async () => {
  await sub?.stop();
  for (const feed of [kr, sr, fp]) await feed?.stop();
});

const CHANGES = `query($after: String, $first: Int, $types: [ChangeEntityType!]) {
  changes(after: $after, first: $first, types: $types) {
    edges { cursor node { type id kind version time subgraph entity { __typename ... on KnowledgeResource { id } ... on SupportRequest { id } ... on FundProject { id } } } }
    pageInfo { endCursor hasNextPage }
  }
}`;

interface Page {
  nodes: { type: string; id: string; kind: string; version: number; time: string; subgraph: string; entity: { __typename: string; id: string } | null }[];
  cursors: string[];
  endCursor: string;
  hasNextPage: boolean;
  errors?: any[];
}

async function changes(vars: { after?: string; first?: number; types?: string[] } = {}, viewer?: TestViewer): Promise<Page> {
  const { status, body } = await sub.query(CHANGES, vars, { viewer });
  expect(status).toBe(200);
  if (!body.data?.changes) throw new Error(`no changes: ${JSON.stringify(body)}`);
  const { edges, pageInfo } = body.data.changes;
  return { nodes: edges.map((e: any) => e.node), cursors: edges.map((e: any) => e.cursor), ...pageInfo, errors: body.errors };
}

/** The position to poll from now: every change so far is behind it. */
async function now(types?: string[], viewer?: TestViewer): Promise<string> {
  let page = await changes({ first: 500, types }, viewer);
  while (page.hasNextPage) page = await changes({ after: page.endCursor, first: 500, types }, viewer);
  return page.endCursor;
}

async function badAfter(vars: Record<string, unknown>): Promise<string> {
  const { body } = await sub.query(CHANGES, vars);
  expect(body.data ?? null).toBeNull();
  expect(body.errors).toHaveLength(1);
  expect(body.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'after' });
  return body.errors[0].message;
}

const at = (second: number, ms = 0) => new Date(Date.UTC(2026, 10, 29, 12, 0, second, ms)).toISOString();
const ids = (page: Page) => page.nodes.map((n) => n.id);

describe('merging the feeds', () => {
  it('orders by time, then subgraph, then sequence, and keeps each subgraph in commit order whatever its clock says', async () => {
    const from = await now();
    await kr.record({ id: 'm-kr-1', at: at(1) });
    await fp.record({ id: 'm-fp-1', at: at(1) }); // same instant as m-kr-1: fund-projects sorts before knowledge-resources
    await sr.record({ id: 'm-sr-1', at: at(0) });
    await kr.record({ id: 'm-kr-2', at: at(3) });
    await kr.record({ id: 'm-kr-3', at: at(2) }); // committed after m-kr-2 with an earlier time: stays after it
    await sr.record({ id: 'm-sr-2', at: at(2, 500) });
    const page = await changes({ after: from });
    expect(ids(page)).toEqual(['m-sr-1', 'm-fp-1', 'm-kr-1', 'm-sr-2', 'm-kr-2', 'm-kr-3']);
    expect(page.nodes[0]).toEqual({ type: 'SUPPORT_REQUEST', id: 'm-sr-1', kind: 'UPDATED', version: 2, time: at(0), subgraph: 'support-requests', entity: { __typename: 'SupportRequest', id: 'm-sr-1' } });
    expect(page.nodes[1]).toMatchObject({ type: 'FUND_PROJECT', subgraph: 'fund-projects', entity: { __typename: 'FundProject', id: 'm-fp-1' } });
    expect(page.hasNextPage).toBe(false);
    expect(page.errors).toBeUndefined();
  });

  it('keeps two writes in the same millisecond, in commit order', async () => {
    const from = await now();
    await kr.record({ id: 'ms-a', at: at(10, 7) });
    await kr.record({ id: 'ms-b', at: at(10, 7) });
    expect(ids(await changes({ after: from }))).toEqual(['ms-a', 'ms-b']);
  });

  it('resumes from a cursor taken mid-stream with no gap or repeat while writes continue, page by page or from any edge', async () => {
    let cursor = await now();
    const written: string[] = [];
    const seen: string[] = [];
    const feeds = [kr, sr, fp];
    for (let round = 0; round < 6; round++) {
      // Each round writes to every feed, some at the same instant, then reads a page smaller than what was written.
      await Promise.all(
        feeds.map(async (feed, f) => {
          for (let i = 0; i < 3; i++) {
            const id = `flow-${round}-${feed.name}-${i}`;
            written.push(id);
            await feed.record({ id, at: new Date(Date.now() + (i === 2 ? 0 : -f)).toISOString() });
          }
        }),
      );
      const page = await changes({ after: cursor, first: 4 });
      expect(page.nodes.length).toBe(4);
      expect(page.hasNextPage).toBe(true);
      seen.push(...ids(page));
      // Every edge's cursor resumes right after its edge: the next page from the second edge starts with the third.
      const fromEdge = await changes({ after: page.cursors[1], first: 2 });
      expect(ids(fromEdge)).toEqual(ids(page).slice(2, 4));
      cursor = page.endCursor;
    }
    let page = await changes({ after: cursor, first: 5 });
    seen.push(...ids(page));
    while (page.hasNextPage) {
      page = await changes({ after: page.endCursor, first: 5 });
      seen.push(...ids(page));
    }
    expect(new Set(seen).size).toBe(seen.length);
    expect([...seen].sort()).toEqual([...written].sort());
    // Within one subgraph, in the order written.
    for (const feed of feeds) expect(seen.filter((id) => id.includes(feed.name))).toEqual(written.filter((id) => id.includes(feed.name)));
    // Nothing new: an empty page, still with the position to poll from, which then brings exactly the next write.
    const empty = await changes({ after: page.endCursor });
    expect(empty).toMatchObject({ nodes: [], hasNextPage: false });
    expect(empty.endCursor).toEqual(expect.any(String));
    await sr.record({ id: 'flow-after' });
    expect(ids(await changes({ after: empty.endCursor }))).toEqual(['flow-after']);
  });
});

describe('what each caller is shown', () => {
  it("reads every feed as the caller (the feed applies its visibility), and passes over others' events without revealing them", async () => {
    const iom = { role: 'member', organizationId: 'iom' } as const;
    const [fromIom, fromAnonymous] = [await now(undefined, iom), await now()];
    const draft = { before: null, after: [audience.org('iom'), audience.role('secretariat')], kind: 'CREATED' as const, version: 1 };
    await kr.record({ id: 'v-draft', ...draft });
    await kr.record({ id: 'v-published', kind: 'UPDATED', version: 2, before: draft.after, after: [audience.public] });
    await kr.record({ id: 'v-withdrawn', kind: 'UPDATED', version: 3, before: [audience.public], after: [audience.org('iom'), audience.role('secretariat')] });
    await kr.record({ id: 'v-deleted', kind: 'REMOVED', version: 4, before: [audience.public], after: null });

    const member = await changes({ after: fromIom }, iom);
    expect(kr.readers.at(-1)).toBe('member/iom');
    expect(member.nodes.map((n) => [n.id, n.kind])).toEqual([['v-draft', 'CREATED'], ['v-published', 'UPDATED'], ['v-withdrawn', 'UPDATED'], ['v-deleted', 'REMOVED']]);

    const anonymous = await changes({ after: fromAnonymous });
    expect(kr.readers.at(-1)).toBe('anonymous/');
    // The draft is not there at all; publishing is its arrival; withdrawing is LEFT_VIEW, with no record to read.
    expect(anonymous.nodes).toEqual([
      expect.objectContaining({ id: 'v-published', kind: 'CREATED', entity: { __typename: 'KnowledgeResource', id: 'v-published' } }),
      expect.objectContaining({ id: 'v-withdrawn', kind: 'LEFT_VIEW', entity: null }),
      expect.objectContaining({ id: 'v-deleted', kind: 'REMOVED', entity: null }),
    ]);
    // Anonymous's cursor moved past the draft it never saw: the next poll does not meet it again.
    const next = await changes({ after: anonymous.endCursor });
    expect(next.nodes).toEqual([]);
  });

  it('reads only the feeds that hold the types asked for, and only those types', async () => {
    const types = ['FUND_PROJECT', 'TRANSFER'];
    const from = await now(types);
    await fp.record({ id: 't-transfer', type: 'Transfer' });
    await fp.record({ id: 't-contribution', type: 'Contribution' });
    await fp.record({ id: 't-project', type: 'FundProject' });
    await kr.record({ id: 't-resource' });
    const [krReads, srReads] = [kr.reads, sr.reads];
    const page = await changes({ after: from, types });
    expect(page.nodes.map((n) => [n.type, n.id, n.entity])).toEqual([
      ['TRANSFER', 't-transfer', null], // not in the ChangedEntity union: no entity to resolve
      ['FUND_PROJECT', 't-project', { __typename: 'FundProject', id: 't-project' }],
    ]);
    expect([kr.reads - krReads, sr.reads - srReads]).toEqual([0, 0]);
    // The same set in another order, or with repeats, is the same set: its cursors work.
    expect((await changes({ after: page.endCursor, types: ['TRANSFER', 'FUND_PROJECT', 'TRANSFER'] })).nodes).toEqual([]);
  });
});

describe('refusals', () => {
  it('refuses a forged, altered or garbled cursor as BAD_USER_INPUT naming `after`, and reads no feed', async () => {
    const cursor = await now();
    const [body, mac] = cursor.split('.');
    const payload = JSON.parse(Buffer.from(body, 'base64url').toString());
    const altered = `${Buffer.from(JSON.stringify({ ...payload, p: { ...payload.p, 'knowledge-resources': 1 } })).toString('base64url')}.${mac}`;
    const reads = kr.reads + sr.reads + fp.reads;
    for (const after of [altered, `${body}.${'A'.repeat(43)}`, 'not-a-cursor', '', `${cursor}.x`]) {
      expect(await badAfter({ after })).toMatch(/^Invalid after: not a (change-feed )?cursor/);
    }
    expect(kr.reads + sr.reads + fp.reads).toBe(reads);
  });

  it('refuses a cursor used with other types than it was issued for', async () => {
    const all = await now();
    const some = await now(['SUPPORT_REQUEST']);
    expect(await badAfter({ after: all, types: ['SUPPORT_REQUEST'] })).toMatch(/issued for other `types`/);
    expect(await badAfter({ after: some })).toMatch(/issued for other `types`/);
    expect(await badAfter({ after: some, types: ['SUPPORT_REQUEST', 'FUND_PROJECT'] })).toMatch(/issued for other `types`/);
  });

  it('refuses a stale cursor (beyond the newest event of a feed, e.g. after its data was reset) naming the feed', async () => {
    await sr.record({ id: 'stale-1' });
    const cursor = await now();
    await sr.db.knex('change_events').delete();
    try {
      expect(await badAfter({ after: cursor })).toMatch(/stale.*support-requests/);
    } finally {
      await sr.record({ id: 'stale-2' }); // the sequence continues past the deleted rows: the cursor is valid again
    }
  });

  it('refuses `first` outside 1 to 500 naming it, and an unknown type as a validation error naming it', async () => {
    for (const first of [0, -1, 501]) {
      const { body } = await sub.query(CHANGES, { first });
      expect(body.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'first' });
    }
    const { status, body } = await sub.query(CHANGES, { types: ['ORGANIZATION'] });
    expect(status).toBe(400);
    expect(body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(body.errors[0].message).toMatch(/"ORGANIZATION"/);
  });
});

describe('a feed that is down or slow', () => {
  it("answers the others' changes with SERVICE_UNAVAILABLE naming it, keeps its place, and brings its changes once it is back", async () => {
    const from = await now();
    await kr.record({ id: 'o-kr-1' });
    await sr.record({ id: 'o-sr-1' });
    await sr.down();
    let page: Page;
    try {
      await kr.record({ id: 'o-kr-2' });
      page = await changes({ after: from });
      expect(ids(page)).toEqual(['o-kr-1', 'o-kr-2']);
      expect(page.errors).toEqual([
        expect.objectContaining({ path: ['changes'], extensions: { code: 'SERVICE_UNAVAILABLE', subgraph: 'support-requests' }, message: expect.stringMatching(/^The change feed of support-requests could not be reached/) }),
      ]);
      await sr.record({ id: 'o-sr-2' }); // written while its feed cannot be read (the subgraph's own database took it)
    } finally {
      await sr.up();
    }
    const after = await changes({ after: page.endCursor });
    expect(ids(after)).toEqual(['o-sr-1', 'o-sr-2']);
    expect(after.errors).toBeUndefined();
  });

  it('gives up on a feed slower than the deadline (SUBGRAPH_TIMEOUT_MS) and answers the rest in time', async () => {
    const from = await now();
    await fp.record({ id: 's-fp-1' });
    await kr.record({ id: 's-kr-1' });
    fp.slow = true;
    try {
      const started = performance.now();
      const page = await changes({ after: from });
      const took = performance.now() - started;
      expect(ids(page)).toEqual(['s-kr-1']);
      expect(page.errors).toEqual([expect.objectContaining({ extensions: { code: 'SERVICE_UNAVAILABLE', subgraph: 'fund-projects' }, message: expect.stringMatching(`did not answer within ${TIMEOUT_MS} ms`) })]);
      expect(took).toBeGreaterThanOrEqual(TIMEOUT_MS - 50);
      expect(took).toBeLessThan(TIMEOUT_MS * 2.5);
      fp.slow = false;
      expect(ids(await changes({ after: page.endCursor }))).toEqual(['s-fp-1']);
    } finally {
      fp.slow = false;
    }
  });
});
