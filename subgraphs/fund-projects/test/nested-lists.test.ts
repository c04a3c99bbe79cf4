// The lists under a programme and under the fund (FundProject.transfers and .progressReports, Fund.contributions and
// .transfers, Organization.fundProjects and its siblings) take `updatedSince` in their filter and a sort by last change,
// so a partner system can sync deltas at every level, not only at the root: only what changed after the instant, in
// order of change, ties broken by id, pages that neither skip nor repeat while writes land, and a constant number of
// SQL statements however many programmes a page holds. On SQLite and, with DATABASE_URL, PostgreSQL.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countStatementsOf, startTestSubgraph, type TestSubgraph } from '@unmn/shared/testing';
import { fundProjectsSubgraph } from '../src/index.js';
import { CONTRIBUTE, FUND_MANAGER, approved, member, ok } from './fixtures.js';

let sub: TestSubgraph;
/** Just before this file's programmes were written: filtering on it leaves out the seeded data. */
let since: string;
/** This file's programmes, in creation order, with what was written to them. */
const programmes: { id: string; transfers: Written[]; reports: Written[] }[] = [];

interface Written { id: string; updatedAt: string }

const TRANSFER = `mutation($input: RecordTransferInput!) { recordTransfer(input: $input) { id updatedAt } }`;
const REPORT = `mutation($input: ReportProgressInput!) { reportProgress(input: $input) { id updatedAt } }`;
const CONTRIBUTION = `mutation($input: RecordContributionInput!) { recordContribution(input: $input) { id updatedAt } }`;
const PROJECT = `query($id: ID!, $transfers: TransferFilter, $transferSort: TransferSort, $reports: ProgressReportFilter, $reportSort: ProgressReportSort, $first: Int, $after: String) {
  fundProject(id: $id) {
    transfers(filter: $transfers, sort: $transferSort, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id updatedAt organization { id } } } }
    progressReports(filter: $reports, sort: $reportSort, first: $first) { totalCount edges { node { id updatedAt periodEnd organization { id } } } }
  } }`;

async function transfer(projectId: string, organizationId: string, amount = '1.00'): Promise<Written> {
  const written = (await ok(sub, TRANSFER, { input: { fundProjectId: projectId, organizationId, amount } }, FUND_MANAGER)).recordTransfer;
  programmes.find((p) => p.id === projectId)!.transfers.push(written);
  return written;
}
async function report(projectId: string, organizationId: string, periodEnd: string): Promise<Written> {
  const written = (await ok(sub, REPORT, { input: { fundProjectId: projectId, periodStart: '2026-01-01', periodEnd, narrative: 'Done.' } }, member(organizationId))).reportProgress;
  programmes.find((p) => p.id === projectId)!.reports.push(written);
  return written;
}

/** Ordered by last change, then id: computed here, independently of the code under test. */
const byChange = (rows: Written[], direction: 'ASC' | 'DESC' = 'ASC') =>
  [...rows].sort((a, b) => (a.updatedAt === b.updatedAt ? (a.id < b.id ? -1 : 1) : (a.updatedAt < b.updatedAt) === (direction === 'ASC') ? -1 : 1)).map((r) => r.id);
const ids = (connection: { edges: { node: { id: string } }[] }) => connection.edges.map((e) => e.node.id);

beforeAll(async () => {
  sub = await startTestSubgraph(fundProjectsSubgraph);
  since = new Date().toISOString();
  await ok(sub, CONTRIBUTE, { input: { donor: 'Nested lists donor', kind: 'DEPOSITED', amount: '100000.00' } }, FUND_MANAGER);
  for (let i = 0; i < 4; i++) programmes.push({ id: (await approved(sub, { title: `Nested ${i}` })).id, transfers: [], reports: [] });
  // Interleaved, so each programme's children are spread over time among the others'.
  for (let round = 0; round < 3; round++) {
    for (const [i, p] of programmes.entries()) {
      if (round <= i % 3) await transfer(p.id, round % 2 ? 'unhcr' : 'iom');
    }
  }
  await report(programmes[0]!.id, 'iom', '2026-03-31');
  await report(programmes[0]!.id, 'unhcr', '2026-06-30');
  await report(programmes[1]!.id, 'iom', '2026-02-28');
  await report(programmes[0]!.id, 'iom', '2026-01-31');
});
afterAll(() => sub?.stop());

describe('FundProject.transfers and .progressReports', () => {
  it('sort by last change, either way, ties broken by id; the defaults stay newest date and latest period first', async () => {
    const p = programmes[2]!;
    const asc = (await ok(sub, PROJECT, { id: p.id, transferSort: { field: 'UPDATED_AT' } })).fundProject;
    expect(ids(asc.transfers)).toEqual(byChange(p.transfers));
    expect(asc.transfers.totalCount).toBe(3);
    const desc = (await ok(sub, PROJECT, { id: p.id, transferSort: { field: 'UPDATED_AT', direction: 'DESC' } })).fundProject;
    expect(ids(desc.transfers)).toEqual(byChange(p.transfers, 'DESC'));

    const q = programmes[0]!;
    const reports = (await ok(sub, PROJECT, { id: q.id, reportSort: { field: 'UPDATED_AT' } })).fundProject.progressReports;
    expect(ids(reports)).toEqual(byChange(q.reports));
    const defaults = (await ok(sub, PROJECT, { id: q.id })).fundProject.progressReports;
    expect(defaults.edges.map((e: { node: { periodEnd: string } }) => e.node.periodEnd)).toEqual(['2026-06-30', '2026-03-31', '2026-01-31']);
  });

  it('updatedSince keeps only what changed after the instant; the organization filter narrows further', async () => {
    const p = programmes[0]!;
    const cut = p.reports[0]!.updatedAt;
    const after = (await ok(sub, PROJECT, { id: p.id, reports: { updatedSince: cut }, reportSort: { field: 'UPDATED_AT' } })).fundProject.progressReports;
    const expected = p.reports.filter((r) => r.updatedAt > cut);
    expect(expected.length).toBeGreaterThan(0);
    expect(ids(after)).toEqual(byChange(expected));
    expect(after.totalCount).toBe(expected.length);

    const unhcr = (await ok(sub, PROJECT, { id: p.id, reports: { organization: 'UNHCR' } })).fundProject.progressReports;
    expect(unhcr.edges.map((e: { node: { organization: { id: string } } }) => e.node.organization.id)).toEqual(['unhcr']);

    const q = programmes[1]!;
    const cutT = q.transfers[0]!.updatedAt;
    const transfers = (await ok(sub, PROJECT, { id: q.id, transfers: { updatedSince: cutT }, transferSort: { field: 'UPDATED_AT' } })).fundProject.transfers;
    expect(ids(transfers)).toEqual(byChange(q.transfers.filter((t) => t.updatedAt > cutT)));
    const toIom = (await ok(sub, PROJECT, { id: q.id, transfers: { organization: 'iom' } })).fundProject.transfers;
    expect(toIom.edges.every((e: { node: { organization: { id: string } } }) => e.node.organization.id === 'iom')).toBe(true);
    expect(toIom.totalCount).toBe(1);
  });

  it('pages by last change without skipping or repeating while a transfer lands between pages', async () => {
    const p = programmes[2]!;
    const vars = { id: p.id, transferSort: { field: 'UPDATED_AT' }, first: 2 };
    const first = (await ok(sub, PROJECT, vars)).fundProject.transfers;
    expect(first.pageInfo.hasNextPage).toBe(true);
    const landed = await transfer(p.id, 'unhcr');
    const seen = ids(first);
    let after = first.pageInfo.endCursor;
    for (;;) {
      const page = (await ok(sub, PROJECT, { ...vars, after })).fundProject.transfers;
      seen.push(...ids(page));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(seen).toEqual(byChange(p.transfers));
    expect(seen.at(-1)).toBe(landed.id);
  });

  it('refuses an unknown organization in a filter, naming it', async () => {
    const p = programmes[0]!;
    for (const filter of [{ transfers: { organization: 'nobody' } }, { reports: { organization: 'nobody' } }]) {
      const { body } = await sub.query(PROJECT, { id: p.id, ...filter });
      expect(body.errors).toHaveLength(1);
      expect(body.errors[0]).toMatchObject({ message: expect.stringContaining('"nobody"'), extensions: { code: 'BAD_USER_INPUT', argument: 'filter.organization' } });
    }
  });

  it('costs the same SQL for a page of one programme as for a page of many, whatever the arguments', async () => {
    const PAGE = `query($first: Int, $since: DateTime) { fundProjects(filter: { updatedSince: $since }, sort: { field: UPDATED_AT }, first: $first) { edges { node { id
      transfers(filter: { updatedSince: $since }, sort: { field: UPDATED_AT }, first: 2) { totalCount edges { node { id } } }
      latest: transfers(sort: { field: UPDATED_AT, direction: DESC }, first: 1) { edges { node { id } } }
      progressReports(filter: { updatedSince: $since }, sort: { field: UPDATED_AT }, first: 2) { totalCount edges { node { id } } }
    } } } }`;
    const one = await countStatementsOf(sub.db, () => ok(sub, PAGE, { first: 1, since }));
    let page: { edges: { node: { id: string; transfers: { totalCount: number; edges: unknown[] }; latest: { edges: { node: { id: string } }[] } } }[] } | null = null;
    const many = await countStatementsOf(sub.db, async () => (page = (await ok(sub, PAGE, { first: 10, since })).fundProjects));
    expect(page!.edges.length).toBe(programmes.length);
    expect(one).toBeGreaterThan(0);
    expect(many).toBe(one);
    // Right answers under each programme, from the two batches of transfers (one per distinct arguments).
    for (const { node } of page!.edges) {
      const p = programmes.find((x) => x.id === node.id)!;
      expect(node.transfers.totalCount).toBe(p.transfers.length);
      expect(node.latest.edges.map((e) => e.node.id)).toEqual(byChange(p.transfers, 'DESC').slice(0, 1));
    }
    console.info(`[figures] a page of programmes with two transfer lists and a report list: ${one} SQL statements for 1 programme, ${many} for ${programmes.length}`);
  });
});

describe('Fund.contributions and Fund.transfers', () => {
  it('sort by last change and keep only what changed after updatedSince', async () => {
    const c1 = (await ok(sub, CONTRIBUTION, { input: { donor: 'Sync donor 1', kind: 'PLEDGED', amount: '5.00', date: '2020-01-01' } }, FUND_MANAGER)).recordContribution;
    const c2 = (await ok(sub, CONTRIBUTION, { input: { donor: 'Sync donor 2', kind: 'PLEDGED', amount: '5.00', date: '2019-01-01' } }, FUND_MANAGER)).recordContribution;
    const { fund } = await ok(sub, `query($since: DateTime) { fund {
      contributions(filter: { updatedSince: $since }, sort: { field: UPDATED_AT }, first: 100) { edges { node { id } } }
      byDate: contributions(filter: { updatedSince: $since }, sort: { field: DATE }, first: 100) { edges { node { id date } } }
      transfers(filter: { updatedSince: $since }, sort: { field: UPDATED_AT, direction: DESC }, first: 100) { totalCount edges { node { id } } }
    } }`, { since });
    // Contributions: the deposit of beforeAll, then the two pledges, in order of change (their dates say otherwise).
    expect(ids(fund.contributions).slice(-2)).toEqual(byChange([c1, c2]));
    expect(ids(fund.byDate).indexOf(c2.id)).toBeLessThan(ids(fund.byDate).indexOf(c1.id));
    const all = programmes.flatMap((p) => p.transfers);
    expect(ids(fund.transfers)).toEqual(byChange(all, 'DESC'));

    const after = (await ok(sub, `query($since: DateTime) { fund { contributions(filter: { updatedSince: $since }, sort: { field: UPDATED_AT }) { edges { node { id } } } } }`, { since: c1.updatedAt })).fund;
    expect(ids(after.contributions)).toEqual(c2.updatedAt > c1.updatedAt ? [c2.id] : []);
  });
});

describe('programmes under another subgraph’s entities', () => {
  it('Organization.fundProjects sorts by last change, and a new report brings its programme up', async () => {
    const ENTITIES = `query($since: DateTime, $direction: SortDirection) { _entities(representations: [{ __typename: "Organization", id: "unhcr" }]) { ... on Organization {
      fundProjects(filter: { updatedSince: $since }, sort: { field: UPDATED_AT, direction: $direction }, first: 10) { edges { node { id updatedAt } } } } } }`;
    const list = async (sinceAt: string, direction = 'ASC') =>
      (await ok(sub, ENTITIES, { since: sinceAt, direction }))._entities[0].fundProjects.edges.map((e: { node: Written }) => e.node) as Written[];
    const before = await list(since);
    expect(before.map((p) => p.id).sort()).toEqual(programmes.map((p) => p.id).sort());
    expect(before.map((p) => p.id)).toEqual(byChange(before));
    expect((await list(since, 'DESC')).map((p) => p.id)).toEqual(byChange(before, 'DESC'));

    const cut = before.at(-1)!.updatedAt;
    const written = await report(programmes[2]!.id, 'unhcr', '2026-04-30');
    const changed = await list(cut);
    expect(changed.map((p) => p.id)).toEqual([programmes[2]!.id]);
    expect(changed[0]!.updatedAt).toBe(written.updatedAt);
  });
});
