// The graph-wide change feed through the gateway (Query.changes, owned by the exchange subgraph, which reads every
// owner's GET /changes as the caller): writes in two subgraphs come back in order with the records resolved by their
// owners, a cursor taken mid-stream resumes with no gap or repeat while writes go on, a record that leaves a reader's
// view is LEFT_VIEW with nothing of it, bad cursors are refused naming `after`, and a subgraph that is down costs only
// its own changes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSubgraph } from '@unmn/shared/subgraph';
import { subgraphs as registry } from '../scripts/lib/subgraphs.js';
import { logSink, startTestGraph, token, type TestGraph } from './harness.js';
import { SUBMIT, WITHDRAW, must, requestAt, submission, tokens, type Tokens } from './fixtures/support-requests.js';

let graph: TestGraph;
let t: Tokens;
const logs = logSink(); // the gateway logs the subgraph stopped below; keep that out of the test output

beforeAll(async () => {
  graph = await startTestGraph({ logDestination: logs.stream });
  t = await tokens(graph);
});
afterAll(() => graph?.stop());

const CHANGES = `query($after: String, $first: Int, $types: [ChangeEntityType!]) {
  changes(after: $after, first: $first, types: $types) {
    edges { cursor node { type id kind version time subgraph
      entity { __typename ... on KnowledgeResource { id title } ... on SupportRequest { id code status } ... on FundProject { id } } } }
    pageInfo { endCursor hasNextPage }
  }
}`;

interface Node { type: string; id: string; kind: string; version: number; time: string; subgraph: string; entity: any }
interface Page { nodes: Node[]; endCursor: string; hasNextPage: boolean; errors?: any[]; raw: string }

async function changes(vars: { after?: string; first?: number; types?: string[] } = {}, bearer?: string): Promise<Page> {
  const { status, body } = await graph.query(CHANGES, vars, { token: bearer });
  expect(status, JSON.stringify(body)).toBe(200);
  if (!body.data?.changes) throw new Error(`changes failed: ${JSON.stringify(body.errors)}`);
  const { edges, pageInfo } = body.data.changes;
  return { nodes: edges.map((e: any) => e.node), ...pageInfo, errors: body.errors, raw: JSON.stringify(body) };
}

/** The position to poll from: every change so far is behind it. */
async function now(bearer?: string, types?: string[]): Promise<string> {
  let page = await changes({ first: 500, types }, bearer);
  while (page.hasNextPage) page = await changes({ after: page.endCursor, first: 500, types }, bearer);
  return page.endCursor;
}

/** Everything after `after`, page by page. */
async function readAll(after: string, bearer?: string, first = 50): Promise<Node[]> {
  const nodes: Node[] = [];
  let page: Page;
  do {
    page = await changes({ after, first }, bearer);
    expect(page.errors).toBeUndefined();
    nodes.push(...page.nodes);
    after = page.endCursor;
  } while (page.hasNextPage);
  return nodes;
}

async function gql(query: string, variables: Record<string, unknown>, bearer: string) {
  const { body } = await graph.query(query, variables, { token: bearer });
  if (body.errors) throw new Error(`${query.slice(0, 50)}... failed: ${JSON.stringify(body.errors)}`);
  return Object.values(body.data)[0] as any;
}

const SUBMIT_RESOURCE = 'mutation($input: SubmitResourceInput!) { submitResource(input: $input) { id version } }';
const REVIEW_RESOURCE = 'mutation($input: ReviewResourceInput!) { reviewResource(input: $input) { id version reviewStatus } }';

/** A resource the secretariat submits (for UNDP) and, unless told otherwise, publishes. */
async function resource(title: string, publish = true): Promise<{ id: string; version: number }> {
  const input = { title, summary: 'A short summary.', type: 'RESEARCH_OR_REPORT', languages: ['en'], publishedOn: '2024-05-01', objectives: [20], geographicScope: 'GLOBAL', publishers: ['undp'] };
  const r = await gql(SUBMIT_RESOURCE, { input }, t.secretariat);
  return publish ? gql(REVIEW_RESOURCE, { input: { id: r.id, version: r.version, decision: 'PUBLISH' } }, t.secretariat) : r;
}

describe('the change feed through the gateway', () => {
  it('brings writes in two subgraphs in the order they were made, each record resolved by its owner', async () => {
    const from = await now();
    const first = await resource('Feed e2e: remittance corridors');
    const request = await requestAt(graph, 'PARTNERS_IDENTIFIED'); // public from here on
    const second = await resource('Feed e2e: diaspora bonds');

    const nodes = await readAll(from);
    expect(nodes.map((n) => [n.subgraph, n.type, n.id, n.kind])).toEqual([
      ['knowledge-resources', 'KNOWLEDGE_RESOURCE', first.id, 'CREATED'],
      ['support-requests', 'SUPPORT_REQUEST', request.id, 'CREATED'],
      ['knowledge-resources', 'KNOWLEDGE_RESOURCE', second.id, 'CREATED'],
    ]);
    // Anonymous readers meet each record when it becomes public, at the version that made it so.
    expect(nodes.map((n) => n.version)).toEqual([first.version, request.version, second.version]);
    expect(nodes.map((n) => n.time)).toEqual([...nodes.map((n) => n.time)].sort());
    expect(nodes[0].entity).toEqual({ __typename: 'KnowledgeResource', id: first.id, title: 'Feed e2e: remittance corridors' });
    expect(nodes[1].entity).toEqual({ __typename: 'SupportRequest', id: request.id, code: request.code, status: 'PARTNERS_IDENTIFIED' });

    // The secretariat sees every step, drafts and assessment included, in the same order.
    const all = await readAll(from, t.secretariat);
    const ids = all.map((n) => n.id);
    expect(new Set(ids)).toEqual(new Set([first.id, request.id, second.id]));
    expect(all.filter((n) => n.id === request.id).map((n) => n.kind)).toEqual(['CREATED', 'UPDATED', 'UPDATED']);
    expect(ids.lastIndexOf(first.id)).toBeLessThan(ids.indexOf(request.id));
    expect(ids.lastIndexOf(request.id)).toBeLessThan(ids.indexOf(second.id));
  });

  it('resumes from a cursor taken mid-stream with no gap or repeat while writes continue', { timeout: 120_000 }, async () => {
    const from = await now(t.secretariat);
    const writes = Promise.all([
      (async () => {
        const ids: string[] = [];
        for (let i = 0; i < 4; i++) ids.push((await resource(`Feed e2e: concurrent ${i}`, false)).id);
        return ids;
      })(),
      (async () => {
        const ids: string[] = [];
        for (let i = 0; i < 4; i++) ids.push((await must(graph, SUBMIT, submission('MEX'), t.mex)).id);
        return ids;
      })(),
    ]);
    let done = false;
    const written = writes.then((ids) => {
      done = true;
      return ids.flat();
    });
    // A partner polling with small pages while the writers write, always from the cursor it was last given.
    const seen: Node[] = [];
    let cursor = from;
    let pagesWhileWriting = 0;
    for (;;) {
      const wasDone = done;
      const page = await changes({ after: cursor, first: 2 }, t.secretariat);
      expect(page.errors).toBeUndefined();
      seen.push(...page.nodes);
      if (!wasDone && page.nodes.length) pagesWhileWriting++;
      cursor = page.endCursor;
      if (wasDone && !page.hasNextPage) break;
      if (!page.nodes.length) await new Promise((r) => setTimeout(r, 10));
    }
    const ids = await written;
    expect(pagesWhileWriting).toBeGreaterThan(1);
    expect(seen.map((n) => n.id).sort()).toEqual([...ids].sort()); // each write once: no gap, no repeat
    expect(seen.every((n) => n.kind === 'CREATED')).toBe(true);
    // Within each subgraph, in the order its writes committed.
    expect(seen.filter((n) => n.subgraph === 'knowledge-resources').map((n) => n.id)).toEqual(ids.slice(0, 4));
    expect(seen.filter((n) => n.subgraph === 'support-requests').map((n) => n.id)).toEqual(ids.slice(4));
  });

  it('tells anonymous readers LEFT_VIEW when a resource is unpublished or a request withdrawn, with no field of either', async () => {
    const r = await resource('Feed e2e: to be unpublished');
    const request = await requestAt(graph, 'PARTNERS_IDENTIFIED');
    const from = await now();
    const unpublished = await gql(REVIEW_RESOURCE, { input: { id: r.id, version: r.version, decision: 'UNPUBLISH', comment: 'The source page was withdrawn.' } }, t.secretariat);
    const withdrawn = await must(graph, WITHDRAW, { id: request.id, version: request.version, reason: 'Handled nationally' }, t.mex);

    const page = await changes({ after: from });
    expect(page.nodes).toEqual([
      { type: 'KNOWLEDGE_RESOURCE', id: r.id, kind: 'LEFT_VIEW', version: unpublished.version, time: expect.any(String), subgraph: 'knowledge-resources', entity: null },
      { type: 'SUPPORT_REQUEST', id: request.id, kind: 'LEFT_VIEW', version: withdrawn.version, time: expect.any(String), subgraph: 'support-requests', entity: null },
    ]);
    for (const hidden of ['to be unpublished', 'source page', request.code, 'MEX', 'Handled nationally', 'WITHDRAWN']) expect(page.raw).not.toContain(hidden);
    // Their owners and the secretariat still see both: an ordinary update.
    const secretariat = (await readAll(from, t.secretariat)).filter((n) => [r.id, request.id].includes(n.id));
    expect(secretariat.map((n) => n.kind)).toEqual(['UPDATED', 'UPDATED']);
  });

  it('filters by type, and a cursor works only with the types it was issued for', async () => {
    const from = await now(undefined, ['SUPPORT_REQUEST']);
    const r = await resource('Feed e2e: not a request');
    const request = await requestAt(graph, 'PARTNERS_IDENTIFIED');
    const page = await changes({ after: from, types: ['SUPPORT_REQUEST'] });
    expect(page.nodes.map((n) => n.id)).toEqual([request.id]);
    expect(page.raw).not.toContain(r.id);
    const refused = await graph.query(CHANGES, { after: page.endCursor });
    expect(refused.body.data).toBeNull();
    expect(refused.body.errors).toEqual([expect.objectContaining({ message: expect.stringMatching(/^Invalid after: .*other `types`/), extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', argument: 'after' }) })]);
  });
});

describe('refusals', () => {
  const refusedAfter = async (after: string) => {
    const { body } = await graph.query(CHANGES, { after });
    expect(body.data).toBeNull();
    expect(body.errors).toHaveLength(1);
    expect(body.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'after' });
    return body.errors[0].message as string;
  };

  it('refuses a forged cursor (signed with another key, or altered) naming `after`', async () => {
    const cursor = await now();
    const [payload, mac] = cursor.split('.');
    const decoded = JSON.parse(Buffer.from(payload, 'base64url').toString());
    const moved = Buffer.from(JSON.stringify({ ...decoded, p: { ...decoded.p, 'support-requests': 1 } })).toString('base64url');
    expect(await refusedAfter(`${moved}.${mac}`)).toMatch(/not a cursor this graph issued/);
    expect(await refusedAfter('eyJ2IjoxLCJwIjp7fSwidCI6W119.forged')).toMatch(/not a cursor this graph issued/);
    expect(await refusedAfter('12345')).toMatch(/not a change-feed cursor/);
  });

  it('refuses a stale cursor (beyond a feed that was reset) naming `after` and the subgraph', async () => {
    await resource('Feed e2e: before the reset');
    const cursor = await now();
    const feed = graph.subgraphs['knowledge-resources'].db.knex;
    await feed('change_events').delete();
    try {
      expect(await refusedAfter(cursor)).toMatch(/stale.*knowledge-resources/);
    } finally {
      await resource('Feed e2e: after the reset'); // its sequence continues past the deleted rows
    }
  });

  it('refuses an unknown type as a validation error naming it', async () => {
    const { status, body } = await graph.query(CHANGES, { types: ['ORGANIZATION'] });
    expect(status).toBe(400);
    expect(body.data).toBeUndefined();
    expect(body.errors[0].message).toMatch(/"ORGANIZATION"/);
    expect(body.errors[0].message).toMatch(/ChangeEntityType/);
  });
});

describe('a subgraph that is down', () => {
  it("costs only its own changes: the others' come back with SERVICE_UNAVAILABLE naming it, and its own once it is back", async () => {
    const from = await now(t.secretariat);
    const name = 'support-requests';
    const stopped = graph.subgraphs[name];
    const request = await must(graph, SUBMIT, submission('MEX'), t.mex);
    await stopped.stop();
    let page: Page;
    try {
      const r = await resource('Feed e2e: while support-requests is down');
      page = await changes({ after: from }, t.secretariat);
      expect(page.nodes.map((n) => n.id)).toEqual([r.id, r.id]); // submitted, then published
      expect(page.errors).toEqual([
        expect.objectContaining({ message: expect.stringContaining('support-requests'), extensions: expect.objectContaining({ code: 'SERVICE_UNAVAILABLE', subgraph: name }) }),
      ]);
    } finally {
      const module = registry.find((m) => m.name === name)!;
      graph.subgraphs[name] = await startSubgraph(module, { config: graph.config, port: stopped.port, db: stopped.db, logDestination: logs.stream });
    }
    const after = await changes({ after: page.endCursor }, t.secretariat);
    expect(after.errors).toBeUndefined();
    expect(after.nodes.map((n) => [n.id, n.kind])).toEqual([[request.id, 'CREATED']]);
  });
});

// Anyone with a token reads the feed as themselves: a member's own draft is in its feed and no other member's.
describe('per caller', () => {
  it("shows a member its organization's draft and another member nothing of it", async () => {
    const iom = await token(graph.config, { role: 'member', org: 'iom', sub: 'iom-staff' });
    const [fromIom, fromUnicef] = [await now(iom), await now(t.unicef)];
    const input = { title: 'Feed e2e: IOM draft', summary: 'Draft.', type: 'RESEARCH_OR_REPORT', languages: ['en'], publishedOn: '2024-05-01', objectives: [1], geographicScope: 'GLOBAL', draft: true };
    const draft = await gql(SUBMIT_RESOURCE, { input }, iom);
    expect((await readAll(fromIom, iom)).map((n) => [n.id, n.kind, n.entity?.title])).toEqual([[draft.id, 'CREATED', 'Feed e2e: IOM draft']]);
    expect(await readAll(fromUnicef, t.unicef)).toEqual([]);
  });
});
