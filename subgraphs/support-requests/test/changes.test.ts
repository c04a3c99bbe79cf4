// The change feed of support requests (GET /changes, @unmn/shared/changes) on this subgraph alone, on SQLite and, with
// DATABASE_URL, PostgreSQL: every write records one event in its transaction with the record's version and time, each
// viewer is told exactly what the visibility rule lets it see (LEFT_VIEW when a request leaves its sight, never a
// field of the record), and refused writes record nothing.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startTestSubgraph, type TestSubgraph } from '@unmn/shared/testing';
import { supportRequestsSubgraph } from '../src/index.js';
import { ASSESS, COMPLETE, MATCH, SUBMIT, UPDATE, VIEWERS, WITHDRAW, footprint, must, requestAt, stored, submission, type Who } from './fixtures.js';

let sub: TestSubgraph;
beforeAll(async () => {
  sub = await startTestSubgraph(supportRequestsSubgraph);
});
afterAll(() => sub?.stop());

interface Event { sequence: number; type: string; id: string; kind: string; version: number; time: string }

/** The newest sequence in the feed (the secretariat sees every event, but `latest` is the same for every reader). */
const latest = async (): Promise<number> => (await sub.changes({ first: 1 }, { viewer: VIEWERS.secretariat })).body.latest;

/** Every event `who` is shown after `after`, and the raw response body. */
async function feed(who: Who, after: number): Promise<{ events: Event[]; raw: string }> {
  const { status, body } = await sub.changes({ after, first: 500 }, { viewer: VIEWERS[who] });
  expect(status, JSON.stringify(body)).toBe(200);
  return { events: body.events, raw: JSON.stringify(body) };
}
const of = (events: Event[], id: string) => events.filter((e) => e.id === id).map((e) => [e.kind, e.version]);

const ask = (query: string, input: Record<string, unknown>, who: Who) => sub.query(query, { input }, { viewer: VIEWERS[who] });

describe('the support-requests change feed', () => {
  it('records one event per write, CREATED then UPDATED, each with the version and time the record got', async () => {
    const start = await latest();
    const done = await requestAt(sub, 'COMPLETED'); // submit, assess, match, accept, progress, complete
    let edited = await must(sub, SUBMIT, submission('PHL'), 'phl');
    edited = await must(sub, UPDATE, { id: edited.id, version: edited.version, title: 'Labour migration governance' }, 'phl');
    const declined = await requestAt(sub, 'DECLINED'); // submit, assess, decline
    const { events } = await feed('secretariat', start);

    expect(events.every((e) => e.type === 'SupportRequest')).toBe(true);
    expect(of(events, done.id)).toEqual([['CREATED', 1], ['UPDATED', 2], ['UPDATED', 3], ['UPDATED', 4], ['UPDATED', 5], ['UPDATED', 6]]);
    expect(of(events, edited.id)).toEqual([['CREATED', 1], ['UPDATED', 2]]);
    expect(of(events, declined.id)).toEqual([['CREATED', 1], ['UPDATED', 2], ['UPDATED', 3]]);
    expect(events).toHaveLength(11);
    // Strictly increasing, and the last event of each request carries exactly the stored version and last change.
    expect(events.map((e) => e.sequence)).toEqual([...events.map((e) => e.sequence)].sort((a, b) => a - b));
    for (const id of [done.id, edited.id, declined.id]) {
      const last = events.filter((e) => e.id === id).at(-1)!;
      const row = (await stored(sub, id))!;
      expect(last.version).toBe(row.version);
      expect(last.time).toBe(new Date(row.updatedAt).toISOString());
    }
  });

  it('shows anonymous readers a request when it becomes public and LEFT_VIEW when it is withdrawn, without any field of it', async () => {
    const r = await requestAt(sub, 'UNDER_ASSESSMENT');
    const start = await latest();
    const matched = await must(sub, MATCH, { id: r.id, version: r.version, partners: [{ organization: 'iom', role: 'Lead' }, { organization: 'ilo', role: 'Statistics' }], lead: 'iom' }, 'secretariat');
    const withdrawn = await must(sub, WITHDRAW, { id: r.id, version: matched.version, reason: 'Handled nationally' }, 'mex');
    expect(withdrawn.status).toBe('WITHDRAWN');

    const anonymous = await feed('anonymous', start);
    expect(anonymous.events).toEqual([
      { sequence: expect.any(Number), type: 'SupportRequest', id: r.id, kind: 'CREATED', version: matched.version, time: expect.any(String) },
      { sequence: expect.any(Number), type: 'SupportRequest', id: r.id, kind: 'LEFT_VIEW', version: withdrawn.version, time: expect.any(String) },
    ]);
    // Nothing of the record travels with the event: not its code, country, title, status, reason or partners.
    for (const secret of [r.code, 'MEX', 'Remittance', 'WITHDRAWN', 'Handled nationally', 'iom']) expect(anonymous.raw).not.toContain(secret);
    // Anyone who only saw the public summary loses sight of it too; its owners keep it.
    expect(of((await feed('phl', start)).events, r.id)).toEqual([['CREATED', matched.version], ['LEFT_VIEW', withdrawn.version]]);
    expect(of((await feed('mex', start)).events, r.id)).toEqual([['UPDATED', matched.version], ['UPDATED', withdrawn.version]]);
    expect(of((await feed('secretariat', start)).events, r.id)).toEqual([['UPDATED', matched.version], ['UPDATED', withdrawn.version]]);
  });

  it('tells a matched organization of changes to a request that is not public, and an unrelated one nothing', async () => {
    const start = await latest();
    const r = await requestAt(sub, 'WITHDRAWN'); // submit, assess, match IOM (lead) and ILO, withdraw
    const versions = { assessed: 2, matched: 3, withdrawn: 4 };
    expect(r.version).toBe(versions.withdrawn);

    // Before the match neither organization could see it; from the match on IOM and ILO see it in full, and keep
    // seeing it once withdrawn. UNICEF saw only the public summary, so the withdrawal takes it out of its sight.
    expect(of((await feed('iom', start)).events, r.id)).toEqual([['CREATED', versions.matched], ['UPDATED', versions.withdrawn]]);
    expect(of((await feed('ilo', start)).events, r.id)).toEqual([['CREATED', versions.matched], ['UPDATED', versions.withdrawn]]);
    expect(of((await feed('unicef', start)).events, r.id)).toEqual([['CREATED', versions.matched], ['LEFT_VIEW', versions.withdrawn]]);

    // A request that is never public: only its country and the secretariat hear of it, no organization does.
    const hidden = await requestAt(sub, 'DECLINED');
    for (const who of ['iom', 'ilo', 'unicef', 'anonymous', 'phl'] as const) expect(of((await feed(who, start)).events, hidden.id), who).toEqual([]);
    expect(of((await feed('mex', start)).events, hidden.id)).toEqual([['CREATED', 1], ['UPDATED', 2], ['UPDATED', 3]]);
  });

  it('keeps two writes made in the same millisecond, in commit order', async () => {
    const start = await latest();
    vi.useFakeTimers({ now: new Date('2026-11-29T12:00:00.000Z'), toFake: ['Date'] });
    let first, second;
    try {
      first = await must(sub, SUBMIT, submission('MEX', { title: 'First in the millisecond' }), 'mex');
      second = await must(sub, SUBMIT, submission('MEX', { title: 'Second in the millisecond' }), 'mex');
    } finally {
      vi.useRealTimers();
    }
    const { events } = await feed('mex', start);
    expect(events.map((e) => e.id)).toEqual([first.id, second.id]);
    expect(events.map((e) => e.time)).toEqual(['2026-11-29T12:00:00.000Z', '2026-11-29T12:00:00.000Z']);
    expect(events[1]!.sequence).toBeGreaterThan(events[0]!.sequence);
  });

  it('records nothing for a refused or repeated write, and one event for the winner of a race', async () => {
    const r = await requestAt(sub, 'PARTNERS_IDENTIFIED');
    const before = { latest: await latest(), rows: await footprint(sub) };
    const refusals: [string, Record<string, unknown>, Who, string][] = [
      [WITHDRAW, { id: r.id, version: r.version }, 'phl', 'FORBIDDEN'],
      [WITHDRAW, { id: r.id, version: r.version }, 'anonymous', 'UNAUTHENTICATED'],
      [WITHDRAW, { id: r.id, version: r.version - 1 }, 'mex', 'CONFLICT'],
      [COMPLETE, { id: r.id, version: r.version, summary: 'Too early' }, 'iom', 'CONFLICT'],
      [MATCH, { id: r.id, version: r.version, partners: [{ organization: 'nobody', role: 'x' }], lead: 'nobody' }, 'secretariat', 'BAD_USER_INPUT'],
      [SUBMIT, submission('MEX', { title: '' }), 'mex', 'BAD_USER_INPUT'],
    ];
    for (const [query, input, who, code] of refusals) {
      const { body } = await ask(query, input, who);
      expect(body.errors?.[0]?.extensions?.code, `${query.slice(0, 30)} as ${who}`).toBe(code);
    }
    // An idempotent retry answers with the original request and writes nothing either.
    const once = submission('MEX');
    const original = await must(sub, SUBMIT, once, 'mex');
    const afterOriginal = await latest();
    expect(afterOriginal).toBe(before.latest + 1);
    expect((await must(sub, SUBMIT, once, 'mex')).id).toBe(original.id);
    expect(await latest()).toBe(afterOriginal);
    expect((await footprint(sub)).change_events).toBe(before.rows.change_events + 1);

    // Eight writers on one version: one wins, and the feed has its event only.
    const racers = await Promise.all(
      Array.from({ length: 8 }, (_, i) => ask(ASSESS, { id: original.id, version: original.version, notes: `Assessment ${i}`, recommendedResponses: ['ADVICE'] }, 'secretariat')),
    );
    expect(racers.filter((x) => !x.body.errors)).toHaveLength(1);
    const { events } = await feed('secretariat', afterOriginal);
    expect(of(events, original.id)).toEqual([['UPDATED', 2]]);
    expect((await stored(sub, original.id))!.version).toBe(2);
  });
});
