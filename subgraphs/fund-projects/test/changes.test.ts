// The fund-projects change feed (GET /changes, @unmn/shared/changes) on this subgraph alone, on SQLite and, with
// DATABASE_URL, PostgreSQL: every write records its events in its transaction with the record's version and time (a
// transfer also records the programme whose money it moved), each viewer is told what the visibility rule lets it see
// (LEFT_VIEW when a programme leaves its sight, never a field of the record), a cursor resumes without gaps or repeats
// while writers keep committing, and refused writes record nothing.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startTestSubgraph, type TestSubgraph, type TestViewer } from '@unmn/shared/testing';
import { fundProjectsSubgraph } from '../src/index.js';
import {
  CLOSE, CONTRIBUTE, DECIDE, FUND_MANAGER, PIPELINE, REPORT, SECRETARIAT, STEERING, TRANSFER, UPDATE, approved, country, member, ok, snapshot, submitted,
} from './fixtures.js';

let sub: TestSubgraph;
beforeAll(async () => {
  sub = await startTestSubgraph(fundProjectsSubgraph);
  // Enough deposited for every transfer below.
  await ok(sub, CONTRIBUTE, { input: { donor: 'Feed test donor', kind: 'DEPOSITED', amount: '1000000.00' } }, FUND_MANAGER);
});
afterAll(() => sub?.stop());

interface Event { sequence: number; type: string; id: string; kind: string; version: number; time: string }

const ANONYMOUS: TestViewer = { role: 'anonymous' };

/** The newest sequence in the feed (the same for every reader). */
const latest = async (): Promise<number> => (await sub.changes({ first: 1 }, { viewer: FUND_MANAGER })).body.latest;

/** Every event `viewer` is shown after `after`, and the raw response body. */
async function feed(viewer: TestViewer, after: number, types?: string[]): Promise<{ events: Event[]; raw: string }> {
  const { status, body } = await sub.changes({ after, first: 500, types }, { viewer });
  expect(status, JSON.stringify(body)).toBe(200);
  return { events: body.events, raw: JSON.stringify(body) };
}
const of = (events: Event[], id: string) => events.filter((e) => e.id === id).map((e) => [e.kind, e.version]);
const brief = (events: Event[]) => events.map((e) => [e.type, e.id, e.kind, e.version]);

const PROGRAMME = `query($id: ID!) { fundProject(id: $id) { id version updatedAt } }`;
const TRANSFER_AT = `mutation($input: RecordTransferInput!) { recordTransfer(input: $input) { id updatedAt } }`;
const CONTRIBUTE_AT = `mutation($input: RecordContributionInput!) { recordContribution(input: $input) { id updatedAt } }`;
const REPORT_AT = `mutation($input: ReportProgressInput!) { reportProgress(input: $input) { id updatedAt } }`;

const transfer = (fundProjectId: string, organizationId: string, amount: string) => ({ input: { fundProjectId, organizationId, amount } });
const contribution = (donor: string, amount = '10.00') => ({ input: { donor, kind: 'DEPOSITED', amount } });

describe('the fund-projects change feed', () => {
  it('records every write with the version and time the record got; money moved is an UPDATED programme too', async () => {
    const start = await latest();
    const p = await submitted(sub);
    const piped = (await ok(sub, PIPELINE, { input: { id: p.id, version: p.version } }, FUND_MANAGER)).moveToPipeline;
    const edited = (await ok(sub, UPDATE, { input: { id: p.id, version: piped.version, title: 'Renamed by the feed test' } }, FUND_MANAGER)).updateFundProject;
    const decided = (await ok(sub, DECIDE, { input: { id: p.id, version: edited.version, decision: 'APPROVE' } }, STEERING)).decideFundProject;
    const deposit = (await ok(sub, CONTRIBUTE_AT, contribution('Feed donor', '2000.00'), FUND_MANAGER)).recordContribution;
    const first = (await ok(sub, TRANSFER_AT, transfer(p.id, 'iom', '100.00'), FUND_MANAGER)).recordTransfer; // APPROVED -> ACTIVE
    const second = (await ok(sub, TRANSFER_AT, transfer(p.id, 'unhcr', '50.00'), FUND_MANAGER)).recordTransfer;
    const report = (await ok(sub, REPORT_AT, { input: { fundProjectId: p.id, periodStart: '2026-01-01', periodEnd: '2026-06-30', narrative: 'First half.' } }, member('iom'))).reportProgress;
    const active = (await ok(sub, PROGRAMME, { id: p.id }, FUND_MANAGER)).fundProject;
    const closed = (await ok(sub, CLOSE, { input: { id: p.id, version: active.version } }, FUND_MANAGER)).closeFundProject;
    expect([p.version, piped.version, edited.version, decided.version, active.version, closed.version]).toEqual([1, 2, 3, 4, 5, 6]);

    const { events } = await feed(FUND_MANAGER, start);
    expect(brief(events)).toEqual([
      ['FundProject', p.id, 'CREATED', 1],
      ['FundProject', p.id, 'UPDATED', 2],
      ['FundProject', p.id, 'UPDATED', 3],
      ['FundProject', p.id, 'UPDATED', 4],
      ['Contribution', deposit.id, 'CREATED', 1],
      ['Transfer', first.id, 'CREATED', 1],
      ['FundProject', p.id, 'UPDATED', 5], // the first transfer activates it
      ['Transfer', second.id, 'CREATED', 1],
      ['FundProject', p.id, 'UPDATED', 5], // money moved, status did not: same version, later time
      ['ProgressReport', report.id, 'CREATED', 1],
      ['FundProject', p.id, 'UPDATED', 5], // the report moved its updatedAt (delta sync)
      ['FundProject', p.id, 'UPDATED', 6],
    ]);
    const sequences = events.map((e) => e.sequence);
    expect(sequences).toEqual([...sequences].sort((a, b) => a - b));
    expect(new Set(sequences).size).toBe(sequences.length);
    // Times are the records' own: a client that syncs from the feed and one that syncs with updatedSince agree.
    const timeOf = (id: string, nth = -1) => events.filter((e) => e.id === id).at(nth)!.time;
    expect(timeOf(deposit.id)).toBe(new Date(deposit.updatedAt).toISOString());
    expect(timeOf(first.id)).toBe(new Date(first.updatedAt).toISOString());
    expect(timeOf(report.id)).toBe(new Date(report.updatedAt).toISOString());
    expect(timeOf(p.id, -2)).toBe(new Date(active.updatedAt).toISOString());
    const now = (await ok(sub, PROGRAMME, { id: p.id }, FUND_MANAGER)).fundProject;
    expect(timeOf(p.id)).toBe(new Date(now.updatedAt).toISOString());
    expect(events.at(-1)!.version).toBe(now.version);

    // `types` narrows the feed to some entity types.
    expect(brief((await feed(FUND_MANAGER, start, ['Transfer', 'Contribution'])).events)).toEqual([
      ['Contribution', deposit.id, 'CREATED', 1],
      ['Transfer', first.id, 'CREATED', 1],
      ['Transfer', second.id, 'CREATED', 1],
    ]);
  });

  it('shows a concept note only to those with a stake, to everyone from the pipeline on, and LEFT_VIEW when it is not selected', async () => {
    const start = await latest();
    const p = await submitted(sub, { title: 'Declined from the pipeline' });
    const piped = (await ok(sub, PIPELINE, { input: { id: p.id, version: p.version } }, STEERING)).moveToPipeline;
    const declined = (await ok(sub, DECIDE, { input: { id: p.id, version: piped.version, decision: 'NOT_SELECT' } }, STEERING)).decideFundProject;
    expect(declined.status).toBe('NOT_SELECTED');

    // Anonymous readers (and a country, and an organization that does not take part) first see it in the pipeline, as
    // CREATED for them, and lose it when it is not selected: LEFT_VIEW, with nothing of the record.
    for (const viewer of [ANONYMOUS, country('MEX'), member('ilo')]) {
      const { events, raw } = await feed(viewer, start);
      expect(of(events, p.id), viewer.role).toEqual([['CREATED', 2], ['LEFT_VIEW', 3]]);
      for (const secret of [p.code, 'Declined from the pipeline', 'NOT_SELECTED', 'unhcr', 'MEX"']) expect(raw).not.toContain(secret);
      expect(Object.keys(events.at(-1)!).sort()).toEqual(['id', 'kind', 'sequence', 'time', 'type', 'version']);
    }
    // Its participants and the fund's bodies see it throughout, and keep it.
    for (const viewer of [member('iom'), member('unhcr'), SECRETARIAT, STEERING, FUND_MANAGER]) {
      expect(of((await feed(viewer, start)).events, p.id), viewer.role).toEqual([['CREATED', 1], ['UPDATED', 2], ['UPDATED', 3]]);
    }
  });

  it('tells an organization dropped from a concept note LEFT_VIEW and one added CREATED', async () => {
    const start = await latest();
    const p = await submitted(sub);
    const edited = (
      await ok(sub, UPDATE, {
        input: { id: p.id, version: p.version, participants: [{ organizationId: 'iom', budgetShare: '600.00' }, { organizationId: 'ilo', budgetShare: '400.00' }] },
      }, FUND_MANAGER)
    ).updateFundProject;
    expect(edited.participatingOrganizations.map((x: { organization: { id: string } }) => x.organization.id).sort()).toEqual(['ilo', 'iom']);
    expect(of((await feed(member('unhcr'), start)).events, p.id)).toEqual([['CREATED', 1], ['LEFT_VIEW', 2]]);
    expect(of((await feed(member('ilo'), start)).events, p.id)).toEqual([['CREATED', 2]]);
    expect(of((await feed(member('iom'), start)).events, p.id)).toEqual([['CREATED', 1], ['UPDATED', 2]]);
    expect(of((await feed(ANONYMOUS, start)).events, p.id)).toEqual([]);
  });

  it('keeps two writes made in the same millisecond, in commit order', async () => {
    const p = await approved(sub);
    const start = await latest();
    vi.useFakeTimers({ now: new Date(), toFake: ['Date'] });
    let deposit, sent;
    try {
      deposit = (await ok(sub, CONTRIBUTE_AT, contribution('Same millisecond donor'), FUND_MANAGER)).recordContribution;
      sent = (await ok(sub, TRANSFER_AT, transfer(p.id, 'iom', '10.00'), FUND_MANAGER)).recordTransfer;
    } finally {
      vi.useRealTimers();
    }
    expect(deposit.updatedAt).toBe(sent.updatedAt);
    const { events } = await feed(ANONYMOUS, start);
    expect(brief(events)).toEqual([
      ['Contribution', deposit.id, 'CREATED', 1],
      ['Transfer', sent.id, 'CREATED', 1],
      ['FundProject', p.id, 'UPDATED', p.version + 1],
    ]);
    expect(new Set(events.map((e) => e.time))).toEqual(new Set([new Date(deposit.updatedAt).toISOString()]));
    expect(events[1]!.sequence).toBeGreaterThan(events[0]!.sequence);
  });

  it('resumes from a cursor taken mid-stream without gaps or repeats while writers keep committing', async () => {
    const p = await approved(sub, {
      budget: '100000.00',
      participants: [{ organizationId: 'iom', budgetShare: '60000.00' }, { organizationId: 'unhcr', budgetShare: '40000.00' }],
    });
    const start = await latest();
    // Three writers at once, each alternating deposits and transfers (the transfers all lock the same fund row and
    // programme, so on PostgreSQL they really wait for each other and commit in an order of their own).
    const written: string[] = [];
    const writers = Promise.all(
      [0, 1, 2].map(async (w) => {
        for (let i = 0; i < 8; i++) {
          const data = i % 2
            ? (await ok(sub, TRANSFER_AT, transfer(p.id, w % 2 ? 'iom' : 'unhcr', '1.00'), FUND_MANAGER)).recordTransfer
            : (await ok(sub, CONTRIBUTE_AT, contribution(`Writer ${w}.${i}`), FUND_MANAGER)).recordContribution;
          written.push(data.id);
        }
      }),
    );
    let done = false;
    void writers.then(() => (done = true));

    // A reader pages through in threes while the writes land; after its second page a cursor is kept for later.
    const seen: Event[] = [];
    let position = start;
    let kept: { position: number; seen: number; whileWriting: boolean } | null = null;
    for (let page = 0; ; page++) {
      const { status, body } = await sub.changes({ after: position, first: 3 }, { viewer: ANONYMOUS });
      expect(status, JSON.stringify(body)).toBe(200);
      seen.push(...body.events);
      position = body.position;
      if (page === 1) kept = { position, seen: seen.length, whileWriting: !done };
      if (done && position === body.latest) break;
      if (!body.events.length) await new Promise((r) => setTimeout(r, 5));
    }
    await writers;

    // Every write once, in sequence order, and nothing else: 24 writes, and the 12 transfers each also updated the programme.
    const sequences = seen.map((e) => e.sequence);
    expect(sequences).toEqual([...new Set(sequences)].sort((a, b) => a - b));
    expect(seen.filter((e) => e.type !== 'FundProject').map((e) => e.id).sort()).toEqual([...written].sort());
    expect(seen.filter((e) => e.type === 'FundProject').map((e) => e.id)).toEqual(Array(12).fill(p.id));
    // The same stream as one read after the fact, and the kept cursor resumes exactly where the reader was.
    expect((await feed(ANONYMOUS, start)).events).toEqual(seen);
    expect(kept).toMatchObject({ whileWriting: true, seen: expect.any(Number) });
    expect(kept!.seen).toBeGreaterThan(0);
    expect((await feed(ANONYMOUS, kept!.position)).events).toEqual(seen.slice(kept!.seen));
  });

  it('records nothing for a refused write', async () => {
    const p = await approved(sub);
    const before = { latest: await latest(), rows: await snapshot(sub) };
    const refusals: [string, Record<string, unknown>, TestViewer, string][] = [
      [TRANSFER, transfer(p.id, 'iom', '600.01').input, FUND_MANAGER, 'CONFLICT'], // beyond IOM's share of 600.00
      [TRANSFER, transfer(p.id, 'ilo', '1.00').input, FUND_MANAGER, 'BAD_USER_INPUT'], // not a participant
      [TRANSFER, transfer(p.id, 'iom', '1.00').input, SECRETARIAT, 'FORBIDDEN'],
      [TRANSFER, transfer(p.id, 'iom', '1.005').input, FUND_MANAGER, 'BAD_USER_INPUT'],
      [UPDATE, { id: p.id, version: p.version - 1, title: 'Stale' }, FUND_MANAGER, 'CONFLICT'],
      [PIPELINE, { id: p.id, version: p.version }, FUND_MANAGER, 'CONFLICT'], // already approved
      [REPORT, { fundProjectId: p.id, periodStart: '2026-01-01', periodEnd: '2026-03-31', narrative: 'Not ours.' }, member('ilo'), 'FORBIDDEN'],
      [CONTRIBUTE, { donor: 'Nobody', kind: 'DEPOSITED', amount: '-1.00' }, FUND_MANAGER, 'BAD_USER_INPUT'],
    ];
    for (const [query, input, viewer, code] of refusals) {
      const { body } = await sub.query(query, { input }, { viewer });
      expect(body.errors?.[0]?.extensions?.code, `${query.slice(0, 40)} as ${viewer.role}`).toBe(code);
    }
    expect(await latest()).toBe(before.latest);
    expect(await snapshot(sub)).toBe(before.rows);
    expect(Number((await sub.db.knex('change_events').where('sequence', '>', before.latest).count({ n: '*' }).first())?.n)).toBe(0);
  });

  it('leaves seeded data out: the feed starts with the first write after deployment', async () => {
    const fresh = await startTestSubgraph(fundProjectsSubgraph);
    try {
      expect((await fresh.changes({}, { viewer: FUND_MANAGER })).body).toEqual({ subgraph: 'fund-projects', events: [], position: 0, latest: 0 });
      await ok(fresh, CONTRIBUTE, contribution('First write'), FUND_MANAGER);
      expect((await fresh.changes({}, { viewer: FUND_MANAGER })).body.events.map((e: Event) => [e.sequence, e.type])).toEqual([[1, 'Contribution']]);
    } finally {
      await fresh.stop();
    }
  });
});
