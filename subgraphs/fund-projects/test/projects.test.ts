// The fund-projects subgraph alone over HTTP, as the gateway would call it (signed viewers, no gateway, no other
// subgraph): seeded facts, the status machine, every rule refused with its error and nothing written, bad input named
// by field, what each viewer sees through every path, funding summaries that agree with the programme list, and a
// constant number of SQL statements per page. Fields of other subgraphs' entities are reached through `_entities`,
// exactly as the gateway reaches them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countStatementsOf, startTestSubgraph, type TestSubgraph, type TestViewer } from '@unmn/shared/testing';
import { ORGANIZATIONS } from '@unmn/shared/organizations';
import { OBJECTIVE_COUNT } from '@unmn/shared/validate';
import { fundProjectsSubgraph } from '../src/index.js';
import { ProjectWrites } from '../src/data/writes.js';
import {
  CLOSE, CONTRIBUTE, DECIDE, FUND_MANAGER, PIPELINE, REPORT, SECRETARIAT, STEERING, SUBMIT, TRANSFER, UPDATE, approved, conceptNote, country, cents, member, ok,
  snapshot, submitted,
} from './fixtures.js';

let sub: TestSubgraph;
beforeAll(async () => {
  sub = await startTestSubgraph(fundProjectsSubgraph);
});
afterAll(async () => sub?.stop());

/** `_entities` over representations, as the gateway sends it; `selection` holds the `... on Type { }` fragments. */
const ENTITIES = (selection: string) => `query($r: [_Any!]!) { _entities(representations: $r) { ${selection} } }`;

describe('seeded reference data', () => {
  it('knows the fund MIG00 by all its names, never by the other fund MCS00', async () => {
    const { fund } = await ok(sub, `{ fund { code name shortName names { name kind provenance { confidence } } established { date place } launched { date place }
      capitalisationTargets { amount { amount currency } period } steeringCommitteeChair { id } } }`, {});
    expect(fund).toMatchObject({ code: 'MIG00', name: 'Start-up Fund for Safe, Orderly and Regular Migration', shortName: 'Migration MPTF' });
    expect(fund.names.map((n: any) => [n.name, n.kind])).toContainEqual(['Migration Compact Fund', 'EARLIER_WORKING_NAME']);
    expect(JSON.stringify(fund)).not.toContain('MCS00');
    expect(fund.established).toEqual({ date: '2019-05-08', place: 'Geneva' });
    expect(fund.launched.date).toBe('2019-07-16');
    expect(fund.capitalisationTargets.map((t: any) => t.amount)).toEqual([{ amount: '25000000.00', currency: 'USD' }, { amount: '70000000.00', currency: 'USD' }]);
    // The members subgraph resolves the rest of the organization (its acronym): tests/fund-projects.test.ts checks that.
    expect(fund.steeringCommitteeChair).toEqual({ id: 'iom' });
  });

  it('has five thematic areas covering all 23 objectives once, marked UNCERTAIN with a note to verify', async () => {
    const { thematicAreas } = await ok(sub, '{ thematicAreas { id number title provenance { confidence note } objectives { objective { number } provenance { confidence } } } }', {});
    expect(thematicAreas.map((t: any) => t.id)).toEqual(['ta1', 'ta2', 'ta3', 'ta4', 'ta5']);
    const numbers = thematicAreas.flatMap((t: any) => t.objectives.map((o: any) => o.objective.number)).sort((a: number, b: number) => a - b);
    expect(numbers).toEqual(Array.from({ length: OBJECTIVE_COUNT }, (_, i) => i + 1));
    for (const ta of thematicAreas) {
      expect(ta.provenance.confidence).toBe('UNCERTAIN');
      expect(ta.provenance.note).toMatch(/verify/i);
      expect(ta.provenance.note).toMatch(/Terms of Reference/);
      expect(ta.objectives.every((o: any) => o.provenance.confidence === 'UNCERTAIN')).toBe(true);
    }
    // Objective 20 as the gateway asks for it: this subgraph adds its thematic area to gcm-objectives' Objective.
    const { _entities } = await ok(sub, ENTITIES('... on Objective { number thematicArea { id } thematicAreaProvenance { confidence } }'), { r: [{ __typename: 'Objective', number: 20 }] });
    expect(_entities).toEqual([{ number: 20, thematicArea: { id: 'ta4' }, thematicAreaProvenance: { confidence: 'UNCERTAIN' } }]);
  });

  it('seeds the first six joint programmes of October 2020, about USD 12 million in total, budgets marked estimated', async () => {
    const { fundProjects } = await ok(sub, `{ fundProjects(filter: { sample: false, years: [2020] }, first: 20) { totalCount edges { node {
      code title status submittedOn decidedOn closedOn countries { iso3 } objectives { number } budget { amount } durationMonths budgetProvenance { confidence note } objectivesProvenance { confidence }
      participatingOrganizations { organization { id } } participantsProvenance { confidence note } provenance { confidence note sample } statusHistory { from to at note } } } } }`, {});
    const six = fundProjects.edges.map((e: any) => e.node);
    expect(six).toHaveLength(6);
    expect(six.map((p: any) => p.countries.map((c: any) => c.iso3).join('+')).sort()).toEqual(['CHL+MEX', 'GIN+LBR+SLE', 'MKD', 'PHL', 'TJK', 'ZAF']);
    expect(six.reduce((s: bigint, p: any) => s + cents(p.budget.amount), 0n)).toBe(cents('12000000.00'));
    expect(six.every((p: any) => p.decidedOn === '2020-10-19' && !p.provenance.sample)).toBe(true);
    const mkd = six.find((p: any) => p.code === 'JP-2020-MKD');
    expect(mkd).toMatchObject({
      title: 'Evidence-based migration policy planning and discourse in North Macedonia',
      budget: { amount: '1500000.00' },
      durationMonths: 30,
      objectives: [{ number: 1 }],
      objectivesProvenance: { confidence: 'CERTAIN' },
      budgetProvenance: { confidence: 'CERTAIN' },
    });
    expect(mkd.participatingOrganizations.map((p: any) => p.organization.id).sort()).toEqual(['iom', 'unfpa', 'unhcr']);
    const estimated = six.filter((p: any) => p.code !== 'JP-2020-MKD');
    expect(estimated.every((p: any) => p.budgetProvenance.confidence === 'UNCERTAIN' && /Estimated/.test(p.budgetProvenance.note))).toBe(true);
    expect(six.find((p: any) => p.code === 'JP-2020-GIN-LBR-SLE').objectives).toEqual([{ number: 9 }, { number: 10 }]);
  });

  it('says how sure each part of the first six is: participants apart, no invented submission date, closure inferred', async () => {
    const { fundProjects } = await ok(sub, `{ fundProjects(filter: { sample: false, years: [2020] }, first: 20) { edges { node {
      code status submittedOn decidedOn closedOn participantsProvenance { confidence note } provenance { confidence note } statusHistory { from to at note } } } } }`, {});
    const six = fundProjects.edges.map((e: any) => e.node);
    expect(six).toHaveLength(6);
    const participants = Object.fromEntries(six.map((p: any) => [p.code, p.participantsProvenance.confidence]));
    // The participants of four programmes are in the sources; the other two are placeholders.
    expect(participants).toEqual({
      'JP-2020-MKD': 'CERTAIN', 'JP-2020-ZAF': 'CERTAIN', 'JP-2020-PHL': 'CERTAIN', 'JP-2020-CHL-MEX': 'CERTAIN',
      'JP-2020-TJK': 'UNCERTAIN', 'JP-2020-GIN-LBR-SLE': 'UNCERTAIN',
    });
    for (const p of six) {
      if (p.participantsProvenance.confidence === 'UNCERTAIN') expect(p.participantsProvenance.note).toMatch(/Placeholder/);
      else expect(p.participantsProvenance.note).toMatch(/lead is an assumption/);
      // Each record mixes certain facts with inferred ones, so none claims CERTAIN as a whole.
      expect(p.provenance.confidence).toBe('LIKELY');
      // No invented submission date: the selection date, and the note says so.
      expect(p.submittedOn).toBe('2020-10-19');
      expect(p.provenance.note).toMatch(/submittedOn is the selection date/);
      // Closed by 2026 by inference from their 24-30 month durations; the closure date itself is unknown.
      expect(p.status).toBe('CLOSED');
      expect(p.closedOn).toBeNull();
      const closing = p.statusHistory.at(-1);
      expect(closing).toMatchObject({ from: 'ACTIVE', to: 'CLOSED' });
      expect(closing.note).toMatch(/^Closure inferred \(LIKELY\)/);
      expect(closing.at < '2023-06-01').toBe(true);
    }
  });

  it('marks the further programmes as sample data, and the seeded money balances', async () => {
    // As the secretariat, which sees programmes in every status (anonymous readers do not see concept notes).
    const { fundProjects, fund } = await ok(sub, `{ fundProjects(filter: { sample: true }, first: 50) { edges { node { status provenance { sample } } } }
      fund { depositedTotal { amount } transferredTotal { amount } balance { amount } } }`, {}, SECRETARIAT);
    const statuses = new Set(fundProjects.edges.map((e: any) => e.node.status));
    expect(statuses).toEqual(new Set(['CONCEPT_NOTE', 'PIPELINE', 'APPROVED', 'ACTIVE', 'CLOSED', 'NOT_SELECTED']));
    expect(fundProjects.edges.every((e: any) => e.node.provenance.sample)).toBe(true);
    expect(cents(fund.balance.amount)).toBe(cents(fund.depositedTotal.amount) - cents(fund.transferredTotal.amount));
    expect(cents(fund.balance.amount)).toBeGreaterThan(0n);
  });
});

describe('the status machine', () => {
  it('takes a concept note through pipeline, approval, first transfer, to closure, recording each step', async () => {
    const submit = await sub.query(SUBMIT, { input: conceptNote({ title: 'Lifecycle programme' }) }, { viewer: member('unhcr') });
    expect(submit.body.errors).toBeUndefined();
    const p = submit.body.data.submitConceptNote;
    expect(p).toMatchObject({ status: 'CONCEPT_NOTE', version: 1, budget: { amount: '1000.00', currency: 'USD' }, transferred: { amount: '0.00' } });
    expect(p.participatingOrganizations[0]).toMatchObject({ organization: { id: 'iom' }, isLead: true });

    const inPipeline = (await ok(sub, PIPELINE, { input: { id: p.id, version: 1, note: 'Good fit' } }, FUND_MANAGER)).moveToPipeline;
    expect(inPipeline).toMatchObject({ status: 'PIPELINE', version: 2 });
    const decided = (await ok(sub, DECIDE, { input: { id: p.id, version: 2, decision: 'APPROVE', decidedOn: '2026-03-01' } }, STEERING)).decideFundProject;
    expect(decided).toMatchObject({ status: 'APPROVED', version: 3, decidedOn: '2026-03-01' });
    const t = (await ok(sub, TRANSFER, { input: { fundProjectId: p.id, organizationId: 'unhcr', amount: '150.25' } }, FUND_MANAGER)).recordTransfer;
    expect(t).toMatchObject({ amount: { amount: '150.25', currency: 'USD' }, organization: { id: 'unhcr' }, fundProject: { status: 'ACTIVE', transferred: { amount: '150.25' } } });
    const closed = (await ok(sub, CLOSE, { input: { id: p.id, version: 4 } }, FUND_MANAGER)).closeFundProject;
    expect(closed).toMatchObject({ status: 'CLOSED', version: 5, remaining: { amount: '849.75' } });
    const { fundProject } = await ok(sub, `query($id: ID!) { fundProject(id: $id) { statusHistory { from to byRole note } } }`, { id: p.id });
    expect(fundProject.statusHistory).toEqual([
      { from: null, to: 'CONCEPT_NOTE', byRole: 'member', note: null },
      { from: 'CONCEPT_NOTE', to: 'PIPELINE', byRole: 'fund-manager', note: 'Good fit' },
      { from: 'PIPELINE', to: 'APPROVED', byRole: 'steering-committee', note: null },
      { from: 'APPROVED', to: 'ACTIVE', byRole: 'fund-manager', note: 'First transfer recorded' },
      { from: 'ACTIVE', to: 'CLOSED', byRole: 'fund-manager', note: null },
    ]);
  });

  it('a programme that is not selected is final', async () => {
    const p = await submitted(sub);
    const d = (await ok(sub, DECIDE, { input: { id: p.id, version: 1, decision: 'NOT_SELECT', note: 'Thematic balance' } }, STEERING)).decideFundProject;
    expect(d.status).toBe('NOT_SELECTED');
    const before = await snapshot(sub);
    for (const [query, viewer, input] of [
      [DECIDE, STEERING, { id: p.id, version: 2, decision: 'APPROVE' }],
      [PIPELINE, FUND_MANAGER, { id: p.id, version: 2 }],
      [UPDATE, FUND_MANAGER, { id: p.id, version: 2, title: 'Revived' }],
    ] as const) {
      const { body } = await sub.query(query, { input }, { viewer });
      expect(body.errors[0].extensions.code).toBe('CONFLICT');
      expect(body.errors[0].message).toMatch(/NOT_SELECTED/);
    }
    expect(await snapshot(sub)).toBe(before);
  });
});

/** Sends `query` as `viewer`, expects the first error's code (and message), and that nothing was written. */
async function refused(query: string, variables: Record<string, unknown>, viewer: TestViewer, code: string, message: RegExp) {
  const before = await snapshot(sub);
  const { body } = await sub.query(query, variables, { viewer });
  expect(body.errors?.[0]?.extensions?.code, JSON.stringify(body.errors)).toBe(code);
  expect(body.errors[0].message).toMatch(message);
  expect(body.data?.[Object.keys(body.data ?? {})[0]] ?? null).toBeNull();
  expect(await snapshot(sub)).toBe(before);
  return body.errors[0];
}

describe('every rule refuses with its error and writes nothing', () => {
  it('a joint programme has at least two participating organizations', async () => {
    await refused(SUBMIT, { input: conceptNote({ participants: [{ organizationId: 'iom', budgetShare: '1000.00' }] }) }, FUND_MANAGER, 'BAD_USER_INPUT', /input\.participants.*at least two/);
  });

  it('exactly one lead: the lead is required and must be a participant; the database holds at most one', async () => {
    const { leadOrganizationId: _, ...noLead } = conceptNote();
    await refused(SUBMIT, { input: noLead }, FUND_MANAGER, 'BAD_USER_INPUT', /leadOrganizationId/);
    await refused(SUBMIT, { input: conceptNote({ leadOrganizationId: 'unicef' }) }, FUND_MANAGER, 'BAD_USER_INPUT', /input\.leadOrganizationId.*must be one of the participants/);
    const p = await submitted(sub);
    await expect(sub.db.knex('fund_project_participants').where({ project_id: p.id, organization_id: 'unhcr' }).update({ is_lead: true })).rejects.toThrow(/UNIQUE|unique/);
  });

  it('budget shares add up to the budget', async () => {
    const err = await refused(SUBMIT, { input: conceptNote({ budget: '1000.01' }) }, FUND_MANAGER, 'BAD_USER_INPUT', /input\.participants.*add up to 1000\.00 but the budget is 1000\.01/);
    expect(err.extensions.argument).toBe('input.participants');
    const p = await submitted(sub);
    await refused(UPDATE, { input: { id: p.id, version: 1, budget: '2000.00' } }, FUND_MANAGER, 'BAD_USER_INPUT', /input\.participants.*add up/);
  });

  it('only the steering committee approves or declines', async () => {
    const p = await submitted(sub);
    for (const viewer of [FUND_MANAGER, SECRETARIAT, member('iom')]) {
      await refused(DECIDE, { input: { id: p.id, version: 1, decision: 'APPROVE' } }, viewer, 'FORBIDDEN', /Only steering-committee may approve or decline/);
    }
  });

  it('a transfer goes only to an approved or active programme', async () => {
    const p = await submitted(sub);
    await refused(TRANSFER, { input: { fundProjectId: p.id, organizationId: 'iom', amount: '1.00' } }, FUND_MANAGER, 'CONFLICT', /its status is CONCEPT_NOTE; moving it to ACTIVE is allowed only from APPROVED or ACTIVE/);
    await refused(TRANSFER, { input: { fundProjectId: 'fp-nope', organizationId: 'iom', amount: '1.00' } }, FUND_MANAGER, 'NOT_FOUND', /fp-nope/);
  });

  it('a transfer goes only to a participating organization', async () => {
    const p = await approved(sub);
    await refused(TRANSFER, { input: { fundProjectId: p.id, organizationId: 'unicef', amount: '1.00' } }, FUND_MANAGER, 'BAD_USER_INPUT', /input\.organizationId.*does not participate/);
  });

  it('never beyond the organization\'s share', async () => {
    const p = await approved(sub);
    await ok(sub, TRANSFER, { input: { fundProjectId: p.id, organizationId: 'unhcr', amount: '399.99' } }, FUND_MANAGER);
    const err = await refused(TRANSFER, { input: { fundProjectId: p.id, organizationId: 'unhcr', amount: '0.02' } }, FUND_MANAGER, 'CONFLICT', /exceed its share.*remaining 0\.01/);
    expect(err.extensions).toMatchObject({ reason: 'SHARE_EXCEEDED', remaining: '0.01' });
    await ok(sub, TRANSFER, { input: { fundProjectId: p.id, organizationId: 'unhcr', amount: '0.01' } }, FUND_MANAGER);
    // Shares cannot shrink below what was transferred, and a paid participant cannot be removed.
    const { fundProject } = await ok(sub, 'query($id: ID!) { fundProject(id: $id) { version } }', { id: p.id });
    await refused(UPDATE, { input: { id: p.id, version: fundProject.version, participants: [{ organizationId: 'iom', budgetShare: '700.00' }, { organizationId: 'unhcr', budgetShare: '300.00' }] } }, FUND_MANAGER, 'BAD_USER_INPUT', /input\.participants\[1\]\.budgetShare.*already received 400\.00/);
    await refused(UPDATE, { input: { id: p.id, version: fundProject.version, participants: [{ organizationId: 'iom', budgetShare: '500.00' }, { organizationId: 'ilo', budgetShare: '500.00' }] } }, FUND_MANAGER, 'BAD_USER_INPUT', /input\.participants: unhcr has already received/);
  });

  it('never beyond the fund\'s deposited balance', async () => {
    const { fund } = await ok(sub, '{ fund { balance { amount } } }', {});
    const balance = cents(fund.balance.amount);
    const big = (c: bigint) => `${c / 100n}.${(c % 100n).toString().padStart(2, '0')}`;
    const share = balance + 100n;
    const p = await approved(sub, { budget: big(share * 2n), participants: [{ organizationId: 'iom', budgetShare: big(share) }, { organizationId: 'unhcr', budgetShare: big(share) }] });
    const err = await refused(TRANSFER, { input: { fundProjectId: p.id, organizationId: 'iom', amount: big(balance + 1n) } }, FUND_MANAGER, 'CONFLICT', /exceed the fund's deposited balance/);
    expect(err.extensions).toMatchObject({ reason: 'BALANCE_EXCEEDED', balance: fund.balance.amount });
    // A pledge does not count towards the balance; a deposit does.
    await ok(sub, CONTRIBUTE, { input: { donor: 'Test donor', kind: 'PLEDGED', amount: '1.00' } }, FUND_MANAGER);
    await refused(TRANSFER, { input: { fundProjectId: p.id, organizationId: 'iom', amount: big(balance + 1n) } }, FUND_MANAGER, 'CONFLICT', /deposited balance/);
    await ok(sub, CONTRIBUTE, { input: { donor: 'Test donor', kind: 'DEPOSITED', amount: '0.01' } }, FUND_MANAGER);
    await ok(sub, TRANSFER, { input: { fundProjectId: p.id, organizationId: 'iom', amount: big(balance + 1n) } }, FUND_MANAGER);
    const after = await ok(sub, '{ fund { balance { amount } } }', {});
    expect(after.fund.balance.amount).toBe('0.00');
    // Put the balance back for the other tests.
    await ok(sub, CONTRIBUTE, { input: { donor: 'Test donor', kind: 'DEPOSITED', amount: '100000000.00' } }, FUND_MANAGER);
  });

  it('a closed programme takes no transfer and no change', async () => {
    const p = await approved(sub);
    const closed = (await ok(sub, CLOSE, { input: { id: p.id, version: p.version } }, FUND_MANAGER)).closeFundProject;
    const transfer = await refused(TRANSFER, { input: { fundProjectId: p.id, organizationId: 'iom', amount: '1.00' } }, FUND_MANAGER, 'CONFLICT', /Cannot record a transfer to fund project .*: its status is CLOSED;.* CLOSED is final/);
    // Every status refusal has the lifecycle's one shape (shared/state-machine.ts).
    expect(transfer.extensions).toMatchObject({ reason: 'ILLEGAL_TRANSITION', currentStatus: 'CLOSED', requestedStatus: 'ACTIVE', action: 'recordTransfer' });
    const edit = await refused(UPDATE, { input: { id: p.id, version: closed.version, title: 'Reopened' } }, FUND_MANAGER, 'CONFLICT', /Cannot edit fund project .*: its status is CLOSED/);
    expect(edit.extensions).toMatchObject({ reason: 'ILLEGAL_TRANSITION', currentStatus: 'CLOSED', requestedStatus: 'CLOSED', action: 'update' });
    await refused(CLOSE, { input: { id: p.id, version: closed.version } }, FUND_MANAGER, 'CONFLICT', /only from APPROVED or ACTIVE/);
  });

  it('a change names the version it read; a stale one is a CONFLICT', async () => {
    const p = await submitted(sub);
    const updated = (await ok(sub, UPDATE, { input: { id: p.id, version: 1, title: 'Renamed' } }, FUND_MANAGER)).updateFundProject;
    expect(updated).toMatchObject({ title: 'Renamed', version: 2 });
    const err = await refused(UPDATE, { input: { id: p.id, version: 1, title: 'Lost update' } }, FUND_MANAGER, 'CONFLICT', /version 2, not 1/);
    // The graph-wide stale-version shape (shared/versioning.ts), the same in every subgraph.
    expect(err.extensions).toMatchObject({ code: 'CONFLICT', currentVersion: 2, reason: 'STALE_VERSION' });
    await refused(PIPELINE, { input: { id: p.id, version: 1 } }, FUND_MANAGER, 'CONFLICT', /version 2, not 1/);
  });

  it('an update changes lead, shares, budget and lists together, in one piece', async () => {
    const p = await submitted(sub);
    const u = (await ok(sub, UPDATE, { input: {
      id: p.id, version: 1, budget: '1500.50', leadOrganizationId: 'ilo',
      participants: [{ organizationId: 'ilo', budgetShare: '900.50' }, { organizationId: 'unhcr', budgetShare: '600.00' }], countries: ['chl', 'PER'], scope: 'MULTI_COUNTRY',
    } }, FUND_MANAGER)).updateFundProject;
    expect(u.budget.amount).toBe('1500.50');
    expect(u.participatingOrganizations.map((x: any) => [x.organization.id, x.isLead, x.budgetShare.amount])).toEqual([['ilo', true, '900.50'], ['unhcr', false, '600.00']]);
  });
});

describe('bad input: BAD_USER_INPUT naming the field, nothing half-written', () => {
  const cases: [string, Record<string, unknown>, RegExp][] = [
    ['negative budget', { budget: '-1000.00' }, /input\.budget: must not be negative/],
    ['fractional-cent budget', { budget: '1000.005' }, /input\.budget: has a fraction of a cent/],
    ['fractional-cent share', { participants: [{ organizationId: 'iom', budgetShare: '600.001' }, { organizationId: 'unhcr', budgetShare: '400.00' }] }, /input\.participants\[0\]\.budgetShare: has a fraction of a cent/],
    ['budget beyond 1e13', { budget: '10000000000000.01' }, /input\.budget: must be at most 10000000000000\.00/],
    ['exponent notation', { budget: '1e3' }, /input\.budget: must be a decimal string/],
    ['zero share', { participants: [{ organizationId: 'iom', budgetShare: '1000.00' }, { organizationId: 'unhcr', budgetShare: '0' }] }, /input\.participants\[1\]\.budgetShare: must be greater than 0/],
    ['unknown organization', { participants: [{ organizationId: 'iom', budgetShare: '600.00' }, { organizationId: 'acme', budgetShare: '400.00' }] }, /input\.participants\[1\]\.organizationId: "acme" is not the id of an organization the graph knows/],
    ['duplicate organization', { participants: [{ organizationId: 'iom', budgetShare: '600.00' }, { organizationId: 'iom', budgetShare: '400.00' }] }, /input\.participants\[1\]\.organizationId: "iom" is listed twice/],
    ['unknown country', { countries: ['XXX'] }, /input\.countries\[0\]: "XXX" is not the ISO alpha-3 code/],
    ['a territory that is not a UN State', { countries: ['GRL'] }, /input\.countries\[0\]/],
    ['national scope with two countries', { countries: ['MEX', 'GTM'] }, /input\.countries: a NATIONAL programme has exactly one country/],
    ['lead not a participant', { leadOrganizationId: 'who' }, /input\.leadOrganizationId/],
    ['end before start', { startDate: '2026-06-01', endDate: '2026-05-31' }, /input\.endDate: 2026-05-31 is before the start date 2026-06-01/],
    ['objective out of range', { objectives: [24] }, /input\.objectives\[0\]: GCM objectives are numbered 1 to 23; got 24/],
    ['unknown thematic area', { thematicAreaId: 'ta9' }, /input\.thematicAreaId/],
    ['empty title', { title: '  ' }, /input\.title/],
  ];
  it.each(cases)('refuses a concept note with %s', async (_, overrides, message) => {
    const err = await refused(SUBMIT, { input: conceptNote(overrides) }, FUND_MANAGER, 'BAD_USER_INPUT', message);
    expect(err.extensions.argument).toMatch(/^input\./);
  });

  it('refuses an amount sent as a number: money is never a float, not even on input', async () => {
    await refused(SUBMIT, { input: conceptNote({ budget: 1000.0 }) }, FUND_MANAGER, 'BAD_USER_INPUT', /budget.*String cannot represent a non string value/);
    const p = await approved(sub);
    await refused(TRANSFER, { input: { fundProjectId: p.id, organizationId: 'iom', amount: 0.1 } }, FUND_MANAGER, 'BAD_USER_INPUT', /amount/);
  });

  it.each([
    ['negative', '-0.01', /input\.amount: must not be negative/],
    ['fractional-cent', '0.015', /input\.amount: has a fraction of a cent/],
    ['beyond 1e13', '10000000000001', /input\.amount: must be at most/],
    ['zero', '0.00', /input\.amount: must be greater than 0/],
  ])('refuses a %s transfer or contribution amount', async (_, amount, message) => {
    const p = await approved(sub);
    await refused(TRANSFER, { input: { fundProjectId: p.id, organizationId: 'iom', amount } }, FUND_MANAGER, 'BAD_USER_INPUT', message);
    await refused(CONTRIBUTE, { input: { donor: 'Test donor', kind: 'DEPOSITED', amount } }, FUND_MANAGER, 'BAD_USER_INPUT', message);
  });

  it('refuses an unknown donor country and a bad update, leaving the programme as it was', async () => {
    await refused(CONTRIBUTE, { input: { donor: 'Atlantis', donorCountry: 'ATL', kind: 'DEPOSITED', amount: '1.00' } }, FUND_MANAGER, 'BAD_USER_INPUT', /input\.donorCountry/);
    const p = await submitted(sub);
    // Valid new participants and countries, but an end date before the start: none of it may stick.
    await refused(UPDATE, { input: {
      id: p.id, version: 1, countries: ['PER'], participants: [{ organizationId: 'iom', budgetShare: '500.00' }, { organizationId: 'ilo', budgetShare: '500.00' }],
      endDate: '2025-01-01',
    } }, FUND_MANAGER, 'BAD_USER_INPUT', /input\.endDate/);
  });

  it('refuses a bad filter naming it', async () => {
    const { body } = await sub.query('{ fundProjects(filter: { objectives: [0] }) { totalCount } }');
    expect(body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(body.errors[0].message).toMatch(/filter\.objectives\[0\]/);
  });

  it.each([
    ['an unknown country', '{ countries: ["MEX", "XXX"] }', 'filter.countries[1]', /"XXX" is not the ISO alpha-3 code/],
    ['an unknown organization', '{ organizations: ["acme"] }', 'filter.organizations[0]', /"acme" is not the id of an organization the graph knows/],
    ['an objective out of range', '{ objectives: [24] }', 'filter.objectives[0]', /GCM objectives are numbered 1 to 23; got 24/],
    ['an unknown thematic area', '{ thematicAreas: ["ta1", "ta9"] }', 'filter.thematicAreas[1]', /"ta9" is not a thematic area/],
  ])('refuses a list filter with %s, naming the value, on every list that takes the filter', async (_, filter, argument, message) => {
    // Never a silent totalCount 0: a typo must not read as "no programmes".
    for (const query of [
      `{ fundProjects(filter: ${filter}) { totalCount } }`,
      `{ fundingSummary(groupBy: STATUS, filter: ${filter}) { totals { projectCount } } }`,
      ...[['Objective', 'number: 1'], ['Organization', 'id: "iom"'], ['Country', 'iso3: "MEX"'], ['ThematicArea', 'id: "ta1"'], ['SupportRequest', 'id: "sr-1"']].map(
        ([type, key]) => `{ _entities(representations: [{ __typename: "${type}", ${key} }]) { ... on ${type} { fundProjects(filter: ${filter}) { totalCount } } } }`,
      ),
    ]) {
      const { body } = await sub.query(query);
      expect(body.errors?.[0]?.extensions, query).toMatchObject({ code: 'BAD_USER_INPUT', argument });
      expect(body.errors[0].message).toMatch(message);
    }
  });
});

describe('reads', () => {
  it('filters by status, thematic area, objective, country, region, organization, year and updatedSince', async () => {
    const q = `query($f: FundProjectFilter, $s: FundProjectSort) { fundProjects(filter: $f, sort: $s, first: 100) { totalCount edges { node { code status year updatedAt thematicArea { id }
      objectives { number } countries { iso3 } regions participatingOrganizations { organization { id } } budget { amount } } } } }`;
    const all = (await ok(sub, q, {})).fundProjects.edges.map((e: any) => e.node);
    const check = async (f: Record<string, unknown>, keep: (p: any) => boolean) => {
      const got = (await ok(sub, q, { f })).fundProjects.edges.map((e: any) => e.node.code).sort();
      const want = all.filter(keep).map((p: any) => p.code).sort();
      expect(want.length, JSON.stringify(f)).toBeGreaterThan(0);
      expect(got).toEqual(want);
    };
    await check({ statuses: ['ACTIVE', 'PIPELINE'] }, (p) => ['ACTIVE', 'PIPELINE'].includes(p.status));
    await check({ thematicAreas: ['ta4'] }, (p) => p.thematicArea.id === 'ta4');
    await check({ objectives: [10] }, (p) => p.objectives.some((o: any) => o.number === 10));
    await check({ countries: ['mex'] }, (p) => p.countries.some((c: any) => c.iso3 === 'MEX'));
    await check({ regions: ['OCEANIA'] }, (p) => p.regions.includes('OCEANIA'));
    await check({ organizations: ['unfpa'] }, (p) => p.participatingOrganizations.some((o: any) => o.organization.id === 'unfpa'));
    await check({ years: [2022] }, (p) => p.year === 2022);
    const cutoff = all.map((p: any) => p.updatedAt).sort().at(-3);
    await check({ updatedSince: cutoff }, (p) => p.updatedAt > cutoff);
    const byBudget = (await ok(sub, q, { s: { field: 'BUDGET', direction: 'DESC' } })).fundProjects.edges.map((e: any) => cents(e.node.budget.amount));
    expect(byBudget).toEqual([...byBudget].sort((a, b) => (a < b ? 1 : a > b ? -1 : 0)));
  });

  it('pages with stable cursors', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    do {
      const { fundProjects }: any = await ok(sub, 'query($a: String) { fundProjects(first: 4, after: $a, sort: { field: TITLE }) { totalCount pageInfo { hasNextPage endCursor } edges { node { id } } } }', { a: after });
      seen.push(...fundProjects.edges.map((e: any) => e.node.id));
      after = fundProjects.pageInfo.hasNextPage ? fundProjects.pageInfo.endCursor : null;
      if (!after) expect(seen).toHaveLength(fundProjects.totalCount);
    } while (after);
    expect(new Set(seen).size).toBe(seen.length);
  });

  it('extends Objective, Organization, Country and SupportRequest with their programmes', async () => {
    const p = await submitted(sub, { supportRequestId: 'sr-test-1', countries: ['NER'] });
    // As the gateway asks: objective 1, UNFPA and Niger by their keys, then the support request the programme names.
    const { _entities: [objective, organization, niger] } = await ok(sub, ENTITIES(`... on Objective { fundProjects(first: 10) { edges { node { code } } } }
      ... on Organization { fundProjects { edges { node { code } } } }
      ... on Country { fundProjects { totalCount edges { node { id supportRequest { id } } } } }`),
    { r: [{ __typename: 'Objective', number: 1 }, { __typename: 'Organization', id: 'unfpa' }, { __typename: 'Country', iso3: 'NER' }] }, FUND_MANAGER);
    expect(objective.fundProjects.edges.map((e: any) => e.node.code)).toContain('JP-2020-MKD');
    expect(organization.fundProjects.edges.map((e: any) => e.node.code)).toEqual(['JP-2020-MKD']);
    expect(niger.fundProjects.totalCount).toBe(1);
    expect(niger.fundProjects.edges[0].node).toEqual({ id: p.id, supportRequest: { id: 'sr-test-1' } });
    const { _entities: [request] } = await ok(sub, ENTITIES('... on SupportRequest { fundProjects { edges { node { id } } } }'), { r: [{ __typename: 'SupportRequest', id: 'sr-test-1' }] }, FUND_MANAGER);
    expect(request).toEqual({ fundProjects: { edges: [{ node: { id: p.id } }] } });
  });

  it('gives the thematic balance with percentages that add up to exactly 100', async () => {
    const { thematicBalance, fundProjects } = await ok(sub, `{ thematicBalance { approvedBudget { amount } areas { thematicArea { id } projectCount approvedBudget { amount } sharePercent } }
      fundProjects(filter: { statuses: [APPROVED, ACTIVE, CLOSED] }, first: 100) { edges { node { budget { amount } } } } }`, {});
    const approvedTotal = fundProjects.edges.reduce((s: bigint, e: any) => s + cents(e.node.budget.amount), 0n);
    expect(cents(thematicBalance.approvedBudget.amount)).toBe(approvedTotal);
    expect(thematicBalance.areas.reduce((s: bigint, a: any) => s + cents(a.approvedBudget.amount), 0n)).toBe(approvedTotal);
    expect(thematicBalance.areas.reduce((s: bigint, a: any) => s + cents(a.sharePercent), 0n)).toBe(10000n);
  });
});

describe('who sees which programmes', () => {
  const NODE = 'id code status budget { amount } participatingOrganizations { organization { id } budgetShare { amount } }';
  const NOT_PUBLIC = ['CONCEPT_NOTE', 'NOT_SELECTED'];

  /** Every FundProject in a response (anything with a `status` and `participatingOrganizations`). */
  const projectsIn = (v: any, out: any[] = []): any[] => {
    if (Array.isArray(v)) v.forEach((x) => projectsIn(x, out));
    else if (v && typeof v === 'object') {
      if ('participatingOrganizations' in v && 'status' in v) out.push(v);
      Object.values(v).forEach((x) => projectsIn(x, out));
    }
    return out;
  };

  /** Asks for programmes through every path this subgraph offers, as `viewer` (anonymous when omitted). */
  async function everyPath(ids: string[], viewer?: TestViewer) {
    const send = async (query: string, variables: Record<string, unknown> = {}) => {
      const { body } = await sub.query(query, variables, viewer ? { viewer } : {});
      expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
      return body.data;
    };
    const responses: any[] = [];
    responses.push(await send(`{ fundProjects(first: 100) { totalCount edges { node { ${NODE} } } }
      byStatus: fundProjects(filter: { statuses: [CONCEPT_NOTE, NOT_SELECTED] }, first: 100) { totalCount edges { node { ${NODE} } } } }`));
    if (ids.length) responses.push(await send(`{ ${ids.map((id, i) => `p${i}: fundProject(id: "${id}") { ${NODE} }`).join(' ')} }`));
    const list = `fundProjects(first: 100) { totalCount edges { node { ${NODE} } } }`;
    // The country, objective and organizations of other subgraphs, extended here, as the gateway reaches them.
    responses.push(await send(ENTITIES(`... on Country { ${list} } ... on Objective { ${list} } ... on Organization { ${list} }`), {
      r: [{ __typename: 'Country', iso3: 'BTN' }, { __typename: 'Objective', number: 23 }, { __typename: 'Organization', id: 'iom' }, { __typename: 'Organization', id: 'unhcr' }],
    }));
    responses.push(await send(`{ thematicAreas { ${list} } }`));
    responses.push(await send(`{ fund { transfers(first: 100) { edges { node { fundProject { ${NODE} } } } } } }`));
    // FundProject by id, and SupportRequest.fundProjects.
    const entities = await send(ENTITIES(`... on FundProject { ${NODE} } ... on SupportRequest { fundProjects(first: 100) { totalCount edges { node { ${NODE} } } } }`), {
      r: [...ids.map((id) => ({ __typename: 'FundProject', id })), { __typename: 'SupportRequest', id: 'sr-visibility' }],
    });
    responses.push(entities);
    const { fundingSummary, thematicBalance, fundProjects } = await send(`{ fundingSummary(groupBy: STATUS) { rows { status projectCount budgetTotal { amount } } totals { projectCount budgetTotal { amount } } }
      thematicBalance { approvedBudget { amount } }
      fundProjects(first: 100) { totalCount edges { node { status budget { amount } } } } }`);
    return { seen: projectsIn(responses), entities: entities._entities, fundingSummary, thematicBalance, list: fundProjects };
  }

  it('anonymous readers and viewers without a stake never see a concept note or a NOT_SELECTED programme, through any path', async () => {
    // A concept note submitted by a member (IOM with UNHCR, with its budget shares), one not selected, one in the pipeline.
    const iom = member('iom');
    const fresh = { countries: ['BTN'], objectives: [23], supportRequestId: 'sr-visibility' };
    const note = (await ok(sub, SUBMIT, { input: conceptNote(fresh) }, iom)).submitConceptNote;
    const rejected = await submitted(sub, fresh);
    await ok(sub, DECIDE, { input: { id: rejected.id, version: 1, decision: 'NOT_SELECT' } }, STEERING);
    const pipeline = await submitted(sub, fresh);
    await ok(sub, PIPELINE, { input: { id: pipeline.id, version: 1 } }, FUND_MANAGER);
    const ids = [note.id, rejected.id, pipeline.id];

    for (const viewer of [undefined, member('unicef'), country('BTN')]) {
      const { seen, entities } = await everyPath(ids, viewer);
      const who = JSON.stringify(viewer ?? 'anonymous');
      expect(seen.length, who).toBeGreaterThan(20);
      expect(seen.filter((p) => NOT_PUBLIC.includes(p.status)), who).toEqual([]);
      expect(seen.some((p) => p.id === pipeline.id), who).toBe(true); // the pipeline is public
      expect(entities.slice(0, 2), who).toEqual([null, null]);
    }
    // Participants (IOM and UNHCR members) and the fund's bodies and the secretariat see all three.
    for (const viewer of [iom, member('unhcr'), FUND_MANAGER, STEERING, SECRETARIAT]) {
      const { seen, entities } = await everyPath(ids, viewer);
      for (const id of ids) expect(seen.some((p) => p.id === id), `${JSON.stringify(viewer)} sees ${id}`).toBe(true);
      expect(entities.slice(0, 3).map((e: any) => e.id)).toEqual(ids);
      expect(entities[3].fundProjects.totalCount).toBe(3);
    }
  });

  it('summaries and totals agree with the programmes each viewer can list', async () => {
    for (const viewer of [undefined, member('iom'), member('unicef'), FUND_MANAGER]) {
      const { fundingSummary, thematicBalance, list } = await everyPath([], viewer);
      const nodes = list.edges.map((e: any) => e.node);
      expect(list.totalCount).toBe(nodes.length);
      expect(fundingSummary.totals.projectCount).toBe(list.totalCount);
      expect(cents(fundingSummary.totals.budgetTotal.amount)).toBe(nodes.reduce((s: bigint, n: any) => s + cents(n.budget.amount), 0n));
      for (const row of fundingSummary.rows) {
        const mine = nodes.filter((n: any) => n.status === row.status);
        expect(row.projectCount, `${row.status} for ${JSON.stringify(viewer)}`).toBe(mine.length);
        expect(cents(row.budgetTotal.amount)).toBe(mine.reduce((s: bigint, n: any) => s + cents(n.budget.amount), 0n));
      }
      const approved = nodes.filter((n: any) => ['APPROVED', 'ACTIVE', 'CLOSED'].includes(n.status));
      expect(cents(thematicBalance.approvedBudget.amount)).toBe(approved.reduce((s: bigint, n: any) => s + cents(n.budget.amount), 0n));
      if (!viewer) expect(fundingSummary.rows.map((r: any) => r.status)).not.toContain('CONCEPT_NOTE');
    }
  });
});

const SUMMARY = `query($g: FundingGroupBy!, $f: FundProjectFilter) { fundingSummary(groupBy: $g, filter: $f) { rowsOverlap
  rows { key thematicArea { id } objective { number } country { iso3 } region organization { id } year status projectCount budgetTotal { amount } transferredTotal { amount } }
  totals { projectCount budgetTotal { amount } transferredTotal { amount } } } }`;
const LIST = `query($f: FundProjectFilter) { fundProjects(filter: $f, first: 100) { totalCount edges { node { budget { amount } transferred { amount }
  participatingOrganizations { organization { id } budgetShare { amount } transferred { amount } } } } } }`;
const FILTER_FOR: Record<string, (key: string) => Record<string, unknown>> = {
  THEMATIC_AREA: (k) => ({ thematicAreas: [k] }),
  OBJECTIVE: (k) => ({ objectives: [Number(k)] }),
  COUNTRY: (k) => ({ countries: [k] }),
  REGION: (k) => ({ regions: [k] }),
  ORGANIZATION: (k) => ({ organizations: [k] }),
  YEAR: (k) => ({ years: [Number(k)] }),
  STATUS: (k) => ({ statuses: [k] }),
};

describe('fundingSummary agrees with fundProjects', () => {
  const filters: (Record<string, unknown> | undefined)[] = [undefined, { statuses: ['ACTIVE', 'CLOSED', 'APPROVED'] }, { regions: ['AFRICA', 'AMERICAS'] }];
  it.each(filters.map((f) => [f]))('for every grouping (filter %j)', async (filter) => {
    const everything = (await ok(sub, LIST, { f: filter })).fundProjects;
    expect(everything.totalCount).toBeLessThanOrEqual(100);
    const sumOf = (nodes: any[], pick: (n: any) => string) => nodes.reduce((s, n) => s + cents(pick(n)), 0n);
    for (const groupBy of Object.keys(FILTER_FOR)) {
      const { fundingSummary } = await ok(sub, SUMMARY, { g: groupBy, f: filter });
      const nodes = everything.edges.map((e: any) => e.node);
      expect(fundingSummary.totals.projectCount).toBe(everything.totalCount);
      expect(cents(fundingSummary.totals.budgetTotal.amount)).toBe(sumOf(nodes, (n) => n.budget.amount));
      expect(cents(fundingSummary.totals.transferredTotal.amount)).toBe(sumOf(nodes, (n) => n.transferred.amount));
      expect(fundingSummary.rows.length).toBeGreaterThan(0);
      for (const row of fundingSummary.rows) {
        const f = { ...(filter ?? {}), ...FILTER_FOR[groupBy](row.key) };
        const group = (await ok(sub, LIST, { f })).fundProjects;
        const members = group.edges.map((e: any) => e.node);
        expect(row.projectCount, `${groupBy} ${row.key}`).toBe(group.totalCount);
        if (groupBy === 'ORGANIZATION') {
          const mine = members.map((n: any) => n.participatingOrganizations.find((p: any) => p.organization.id === row.key));
          expect(cents(row.budgetTotal.amount)).toBe(sumOf(mine, (p) => p.budgetShare.amount));
          expect(cents(row.transferredTotal.amount)).toBe(sumOf(mine, (p) => p.transferred.amount));
          expect(row.organization).toEqual({ id: row.key });
        } else {
          expect(cents(row.budgetTotal.amount), `${groupBy} ${row.key}`).toBe(sumOf(members, (n) => n.budget.amount));
          expect(cents(row.transferredTotal.amount)).toBe(sumOf(members, (n) => n.transferred.amount));
        }
      }
      // Groupings where each programme sits in one row (or, for organizations, each cent in one row) add up to the totals.
      if (!fundingSummary.rowsOverlap) {
        expect(fundingSummary.rows.reduce((s: bigint, r: any) => s + cents(r.budgetTotal.amount), 0n)).toBe(cents(fundingSummary.totals.budgetTotal.amount));
        expect(fundingSummary.rows.reduce((s: bigint, r: any) => s + cents(r.transferredTotal.amount), 0n)).toBe(cents(fundingSummary.totals.transferredTotal.amount));
      }
    }
  });
});

describe('progress reports', () => {
  const IOM = member('iom');
  const report = (fundProjectId: string, overrides: Record<string, unknown> = {}) => ({
    input: { fundProjectId, periodStart: '2026-01-01', periodEnd: '2026-06-30', narrative: 'Trained 40 consular officers.', ...overrides },
  });
  const REPORTS = `query($id: ID!) { fundProject(id: $id) { version updatedAt progressReports(first: 10) { totalCount edges { node { organization { id } periodEnd narrative submittedBy } } } } }`;

  it("a participant reports on its programme; the secretariat on a participant's behalf; anyone reads them, latest period first", async () => {
    const p = await approved(sub);
    const before = (await ok(sub, REPORTS, { id: p.id })).fundProject;
    const mine = (await ok(sub, REPORT, report(p.id), IOM)).reportProgress;
    expect(mine).toMatchObject({ organization: { id: 'iom' }, periodStart: '2026-01-01', periodEnd: '2026-06-30', submittedBy: 'MEMBER', fundProject: { id: p.id, version: p.version } });
    const onBehalf = (await ok(sub, REPORT, report(p.id, { organizationId: 'unhcr', periodStart: '2026-07-01', periodEnd: '2026-09-30', narrative: '  Opened two shelters.  ' }), SECRETARIAT)).reportProgress;
    expect(onBehalf).toMatchObject({ organization: { id: 'unhcr' }, narrative: 'Opened two shelters.', submittedBy: 'SECRETARIAT' });
    const after = (await ok(sub, REPORTS, { id: p.id })).fundProject;
    expect(after.progressReports).toEqual({
      totalCount: 2,
      edges: [
        { node: { organization: { id: 'unhcr' }, periodEnd: '2026-09-30', narrative: 'Opened two shelters.', submittedBy: 'SECRETARIAT' } },
        { node: { organization: { id: 'iom' }, periodEnd: '2026-06-30', narrative: 'Trained 40 consular officers.', submittedBy: 'MEMBER' } },
      ],
    });
    // Delta sync sees the programme changed; its version (what editors name) does not move for a report.
    expect(after.version).toBe(before.version);
    expect(after.updatedAt > before.updatedAt).toBe(true);
  });

  it('refuses a programme that is not approved, a non-participant, another organization, and bad periods or text, writing nothing', async () => {
    const p = await approved(sub);
    const note = await submitted(sub);
    await refused(REPORT, report(note.id), IOM, 'CONFLICT', /Cannot report progress on fund project .*: its status is CONCEPT_NOTE; reportProgress is allowed only from APPROVED or ACTIVE or CLOSED/);
    await refused(REPORT, report(p.id), member('unicef'), 'FORBIDDEN', /reports only on programmes its organization \(unicef\) participates in/);
    await refused(REPORT, report(p.id, { organizationId: 'unhcr' }), IOM, 'FORBIDDEN', /only for its own organization \(iom\)/);
    await refused(REPORT, report(p.id, { organizationId: 'unicef' }), SECRETARIAT, 'BAD_USER_INPUT', /"unicef" does not participate/);
    const noOrg = await refused(REPORT, report(p.id), SECRETARIAT, 'BAD_USER_INPUT', /required when the secretariat reports/);
    expect(noOrg.extensions.argument).toBe('input.organizationId');
    const backwards = await refused(REPORT, report(p.id, { periodStart: '2026-06-30', periodEnd: '2026-01-01' }), IOM, 'BAD_USER_INPUT', /2026-01-01 is before the period's start 2026-06-30/);
    expect(backwards.extensions.argument).toBe('input.periodEnd');
    await refused(REPORT, report(p.id, { periodStart: '2999-01-01', periodEnd: '2999-06-30' }), IOM, 'BAD_USER_INPUT', /in the future/);
    await refused(REPORT, report(p.id, { narrative: '   ' }), IOM, 'BAD_USER_INPUT', /must not be empty/);
    await refused(REPORT, report(p.id, { narrative: 'x'.repeat(20_001) }), IOM, 'BAD_USER_INPUT', /20001 characters long; the limit is 20000/);
    await refused(REPORT, report('fp-none'), IOM, 'NOT_FOUND', /fp-none/);
    await refused(REPORT, report(p.id), FUND_MANAGER, 'FORBIDDEN', /report progress/);
  });

  it('a closed programme still takes its final report', async () => {
    const p = await approved(sub);
    await ok(sub, CLOSE, { input: { id: p.id, version: p.version } }, FUND_MANAGER);
    expect((await ok(sub, REPORT, report(p.id, { narrative: 'Final report.' }), IOM)).reportProgress.narrative).toBe('Final report.');
  });
});

describe('batching', () => {
  const PAGE = `query($n: Int!) { fundProjects(first: $n) { edges { node { code budget { amount } transferred { amount } remaining { amount } thematicArea { title }
    participatingOrganizations { organization { id } isLead budgetShare { amount } transferred { amount } } leadOrganization { id }
    countries { iso3 } regions objectives { number } nationalPartners statusHistory { to }
    progressReports(first: 2) { totalCount edges { node { periodEnd organization { id } } } } } } } }`;

  it('fundProjects(first: 50) with participants, countries and objectives runs a constant number of SQL statements', async () => {
    // Top up to well over 50 programmes, through the write path the API uses.
    const writes = new ProjectWrites(sub.db);
    const source = { source: 'test', confidence: 'C' as const };
    for (let i = 0; i < 55; i += 1) {
      await writes.createProject(
        {
          title: `Batch programme ${i}`, summary: 'For statement counting.', scope: 'MULTI_COUNTRY', countries: ['MEX', 'GTM', 'HND'], thematicAreaId: 'ta3', objectives: [9, 10, 11],
          participants: [{ organizationId: 'iom', shareCents: 100n }, { organizationId: 'unhcr', shareCents: 50n }, { organizationId: 'unicef', shareCents: 50n }],
          leadOrganizationId: 'iom', nationalPartners: ['Ministry'], budgetCents: 200n, durationMonths: null, startDate: null, endDate: null,
          genderMarker: null, humanRightsMarker: null, supportRequestId: null,
        },
        { submittedOn: '2026-01-01', provenance: source, budgetProvenance: source, objectivesProvenance: source },
        { role: 'test', subject: null },
      );
    }
    // As the fund management unit, which sees these concept notes (anonymous readers would not).
    const one = await countStatementsOf(sub.db, () => ok(sub, PAGE, { n: 1 }, FUND_MANAGER));
    let page: any;
    const fifty = await countStatementsOf(sub.db, async () => {
      page = await ok(sub, PAGE, { n: 50 }, FUND_MANAGER);
    });
    expect(page.fundProjects.edges).toHaveLength(50);
    expect(page.fundProjects.edges.every((e: any) => e.node.participatingOrganizations.length >= 2)).toBe(true);
    // page + count, participants (with transfers), countries, objectives, partners, history, thematic areas, reports + their counts.
    expect(fifty).toBe(one);
    expect(fifty).toBeLessThanOrEqual(10);
  });

  it('programmes under many organizations and objectives cost a constant number of statements', async () => {
    // The gateway's two entity fetches for `organizations { fundProjects }` and `objectives { thematicArea fundProjects }`.
    const ORGS = ENTITIES('... on Organization { id fundProjects(first: 3) { totalCount edges { node { code participatingOrganizations { organization { id } } } } } }');
    const OBJECTIVES = ENTITIES('... on Objective { number thematicArea { id } fundProjects(first: 2) { edges { node { code countries { iso3 } } } } }');
    const orgs = (ids: string[]) => ids.map((id) => ({ __typename: 'Organization', id }));
    const objectives = (numbers: number[]) => numbers.map((number) => ({ __typename: 'Objective', number }));
    const both = async (orgIds: string[], numbers: number[]) => {
      const [o, n] = [await ok(sub, ORGS, { r: orgs(orgIds) }), await ok(sub, OBJECTIVES, { r: objectives(numbers) })];
      return { organizations: o._entities, objectives: n._entities };
    };
    // One organization and one objective against every organization the graph knows (about 40, many with programmes)
    // and all 23 objectives.
    const every = ORGANIZATIONS.map((o) => o.id);
    const few = await countStatementsOf(sub.db, () => both(['iom'], [1]));
    let many: any;
    const manyStatements = await countStatementsOf(sub.db, async () => {
      many = await both(every, Array.from({ length: OBJECTIVE_COUNT }, (_, i) => i + 1));
    });
    expect(many.organizations).toHaveLength(every.length);
    expect(many.organizations.filter((o: any) => o.fundProjects.totalCount > 0).length).toBeGreaterThanOrEqual(10);
    expect(many.objectives.every((o: any) => o.thematicArea?.id)).toBe(true);
    expect(manyStatements).toBe(few);
  });
});
