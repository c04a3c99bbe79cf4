// The lists nested in this subgraph's types take the same sync arguments as its root list: SupportRequest.history
// (`updatedSince`, strictly after, and oldest or newest first) and the supportRequests connections on Country, Objective
// and Organization (`sort`, including by last change), each in a constant number of SQL statements however many
// parents a response has.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countStatementsOf, startTestSubgraph, type TestSubgraph } from '@unmn/shared/testing';
import { supportRequestsSubgraph } from '../src/index.js';
import { VIEWERS, requestAt, type Made, type Who } from './fixtures.js';

let sub: TestSubgraph;
let made: Made;
/** The instant each version's event of `made` is dated (set below, so the boundaries are exact). */
const AT = (version: number) => `2026-03-0${version}T10:00:00.000Z`;
beforeAll(async () => {
  sub = await startTestSubgraph(supportRequestsSubgraph);
  made = await requestAt(sub, 'COMPLETED'); // six events: submitted, assessed, matched, accepted, progress, completed
  for (let version = 1; version <= made.version; version++) {
    await sub.db.knex('support_request_events').where({ request_id: made.id, version }).update({ at: AT(version) });
  }
});
afterAll(() => sub?.stop());

async function measured(query: string, variables: Record<string, unknown>, who: Who) {
  let body: any;
  const statements = await countStatementsOf(sub.db, async () => ({ body } = await sub.query(query, variables, { viewer: VIEWERS[who] })));
  expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
  return { data: body.data, statements };
}

const HISTORY = `query($id: ID!, $since: DateTime, $sort: SupportRequestHistorySort) {
  supportRequest(id: $id) { history(updatedSince: $since, sort: $sort) { version at kind } } }`;
const versions = async (variables: Record<string, unknown>, who: Who = 'mex') =>
  (await measured(HISTORY, { id: made.id, ...variables }, who)).data.supportRequest.history?.map((e: any) => e.version);

describe('SupportRequest.history', () => {
  it('is oldest first by default, newest first on request, and with updatedSince only the events strictly after it', async () => {
    expect(made.version).toBe(6);
    expect(await versions({})).toEqual([1, 2, 3, 4, 5, 6]);
    expect(await versions({ sort: 'OLDEST_FIRST' })).toEqual([1, 2, 3, 4, 5, 6]);
    expect(await versions({ sort: 'NEWEST_FIRST' })).toEqual([6, 5, 4, 3, 2, 1]);
    // Strictly after: the event dated exactly at the instant is not repeated.
    expect(await versions({ since: AT(3) })).toEqual([4, 5, 6]);
    expect(await versions({ since: '2026-03-03T10:00:00.001Z' })).toEqual([4, 5, 6]);
    expect(await versions({ since: '2026-03-03T09:59:59.999Z' })).toEqual([3, 4, 5, 6]);
    expect(await versions({ since: AT(3), sort: 'NEWEST_FIRST' })).toEqual([6, 5, 4]);
    // Any offset is read as the instant it names.
    expect(await versions({ since: '2026-03-05T12:00:00+02:00' })).toEqual([6]);
    expect(await versions({ since: AT(6) })).toEqual([]);
  });

  it('stays restricted whatever the arguments, and refuses an instant that is not one', async () => {
    // Anonymous readers see a completed request's summary only: the history is null, not an empty list.
    expect(await versions({ since: AT(1) }, 'anonymous')).toBeUndefined();
    const { data } = await measured(HISTORY, { id: made.id, since: AT(1) }, 'unicef');
    expect(data.supportRequest).toEqual({ history: null });
    const message = await sub.badInput(HISTORY, { id: made.id, since: 'yesterday' }, { viewer: VIEWERS.mex });
    expect(message).toMatch(/DateTime/);
  });

  it('costs the same statements for 5 or 50 requests, one per distinct arguments', async () => {
    const q = `query($first: Int, $since: DateTime) { supportRequests(first: $first, sort: CODE_ASC) { edges { node { id
      all: history { version at }
      recent: history(updatedSince: $since, sort: NEWEST_FIRST) { version at }
      again: history(updatedSince: $since, sort: NEWEST_FIRST) { kind } } } } }`;
    // An instant in the middle of the stored history, so the filter keeps some events of a page and leaves out others.
    const times: string[] = (await sub.db.knex('support_request_events').orderBy('at').pluck('at')).map((t: unknown) => new Date(String(t)).toISOString());
    const since = times[Math.floor(times.length / 2)]!;
    const few = await measured(q, { first: 5, since }, 'secretariat');
    const many = await measured(q, { first: 50, since }, 'secretariat');
    const nodes = many.data.supportRequests.edges.map((e: any) => e.node);
    expect(nodes).toHaveLength(50);
    let kept = 0;
    let left = 0;
    for (const node of nodes) {
      const expected = node.all.filter((e: any) => e.at > since).map((e: any) => e.version).reverse();
      expect(node.recent.map((e: any) => e.version), node.id).toEqual(expected);
      expect(node.again).toHaveLength(expected.length);
      kept += expected.length;
      left += node.all.length - expected.length;
    }
    expect(kept).toBeGreaterThan(10);
    expect(left).toBeGreaterThan(10);
    // page and count, then one statement per distinct history arguments (`recent` and `again` share theirs).
    expect(few.statements).toBe(4);
    expect(many.statements).toBe(few.statements);
  });
});

describe('supportRequests under Country, Objective and Organization', () => {
  const Q = `query($r: [_Any!]!, $sort: SupportRequestSort, $first: Int) { _entities(representations: $r) {
    ... on Country { iso3 supportRequests(sort: $sort, first: $first) { totalCount edges { node { id code submittedAt updatedAt } } } }
    ... on Objective { number supportRequests(sort: $sort, first: $first) { totalCount edges { node { id code submittedAt updatedAt } } } }
    ... on Organization { id supportRequests(sort: $sort, first: $first) { totalCount edges { node { id code submittedAt updatedAt } } } } } }`;
  const reps = [
    { __typename: 'Country', iso3: 'MEX' },
    ...Array.from({ length: 23 }, (_, i) => ({ __typename: 'Objective', number: i + 1 })),
    { __typename: 'Organization', id: 'iom' },
  ];
  const KEYS: Record<string, [(n: any) => string, 'asc' | 'desc']> = {
    SUBMITTED_DESC: [(n) => n.submittedAt, 'desc'],
    SUBMITTED_ASC: [(n) => n.submittedAt, 'asc'],
    UPDATED_ASC: [(n) => n.updatedAt, 'asc'],
    UPDATED_DESC: [(n) => n.updatedAt, 'desc'],
    CODE_ASC: [(n) => n.code, 'asc'],
  };

  it('orders each parent\'s requests by every sort, last change included, in the statements of the default order', async () => {
    const byDefault = await measured(Q, { r: reps, first: 100 }, 'secretariat');
    for (const [sort, [key, direction]] of Object.entries(KEYS)) {
      const { data, statements } = await measured(Q, { r: reps, sort, first: 100 }, 'secretariat');
      expect(statements, sort).toBe(byDefault.statements);
      let compared = 0;
      data._entities.forEach((parent: any, i: number) => {
        // The same requests as without a sort, in this sort's order (ties broken by id in the same direction).
        const nodes = parent.supportRequests.edges.map((e: any) => e.node);
        const expected = [...nodes].sort((a, b) => {
          const [x, y] = direction === 'asc' ? [a, b] : [b, a];
          return key(x) < key(y) ? -1 : key(x) > key(y) ? 1 : x.id < y.id ? -1 : x.id > y.id ? 1 : 0;
        });
        expect(nodes.map((n: any) => n.id), `${sort} under ${JSON.stringify(reps[i])}`).toEqual(expected.map((n: any) => n.id));
        expect(new Set(nodes.map((n: any) => n.id))).toEqual(new Set(byDefault.data._entities[i].supportRequests.edges.map((e: any) => e.node.id)));
        compared += nodes.length;
      });
      expect(compared).toBeGreaterThan(50);
    }
  });

  it('walks a parent\'s requests by last change with updatedSince, the way a partner system syncs', async () => {
    const page = async (variables: Record<string, unknown>) =>
      (await measured(`query($r: [_Any!]!, $since: DateTime) { _entities(representations: $r) { ... on Country {
        supportRequests(sort: UPDATED_ASC, filter: { updatedSince: $since }, first: 100) { edges { node { id updatedAt } } } } } }`,
      { r: [{ __typename: 'Country', iso3: 'MEX' }], ...variables }, 'secretariat')).data._entities[0].supportRequests.edges.map((e: any) => e.node);
    const before = await page({});
    const since = before.at(-1).updatedAt;
    const changed = await requestAt(sub, 'SUBMITTED');
    expect((await page({ since })).map((n: any) => n.id)).toEqual([changed.id]);
  });
});
