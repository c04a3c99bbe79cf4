// Fixtures for this subgraph's own tests: the viewers the gateway would sign, programmes created through the API, and a
// snapshot of every fund-projects table to prove a refused write left nothing behind.
import { expect } from 'vitest';
import type { TestSubgraph, TestViewer } from '@unmn/shared/testing';

export const FUND_MANAGER: TestViewer = { role: 'fund-manager' };
export const STEERING: TestViewer = { role: 'steering-committee' };
export const SECRETARIAT: TestViewer = { role: 'secretariat' };
export const member = (organizationId: string): TestViewer => ({ role: 'member', organizationId });
export const country = (countryIso3: string): TestViewer => ({ role: 'country', countryIso3 });

export const PROJECT_FIELDS = 'id code version status budget { amount currency } transferred { amount } remaining { amount } participatingOrganizations { organization { id } isLead budgetShare { amount } transferred { amount } remaining { amount } }';

/** A valid concept note: IOM (lead) and UNHCR, USD 1,000.00 in Mexico; override any field. */
export const conceptNote = (overrides: Record<string, unknown> = {}) => ({
  title: 'Test programme',
  summary: 'A joint programme created by a test.',
  scope: 'NATIONAL',
  countries: ['MEX'],
  thematicAreaId: 'ta2',
  objectives: [7],
  participants: [
    { organizationId: 'iom', budgetShare: '600.00' },
    { organizationId: 'unhcr', budgetShare: '400.00' },
  ],
  leadOrganizationId: 'iom',
  budget: '1000.00',
  startDate: '2026-01-01',
  endDate: '2027-12-31',
  durationMonths: 24,
  ...overrides,
});

export const SUBMIT = `mutation($input: SubmitConceptNoteInput!) { submitConceptNote(input: $input) { ${PROJECT_FIELDS} } }`;
export const DECIDE = `mutation($input: DecideFundProjectInput!) { decideFundProject(input: $input) { ${PROJECT_FIELDS} decidedOn } }`;
export const PIPELINE = `mutation($input: FundProjectTransitionInput!) { moveToPipeline(input: $input) { ${PROJECT_FIELDS} } }`;
export const CLOSE = `mutation($input: FundProjectTransitionInput!) { closeFundProject(input: $input) { ${PROJECT_FIELDS} closedOn } }`;
export const UPDATE = `mutation($input: UpdateFundProjectInput!) { updateFundProject(input: $input) { ${PROJECT_FIELDS} title startDate endDate } }`;
export const TRANSFER = `mutation($input: RecordTransferInput!) { recordTransfer(input: $input) { id amount { amount currency } organization { id } fundProject { id status transferred { amount } } } }`;
export const REPORT = `mutation($input: ReportProgressInput!) { reportProgress(input: $input) { id organization { id } periodStart periodEnd narrative submittedBy fundProject { id version } } }`;
export const CONTRIBUTE = `mutation($input: RecordContributionInput!) { recordContribution(input: $input) { id kind amount { amount currency } donor donorCountry { iso3 } } }`;

/** Sends a request as `viewer` (anonymous when omitted) and fails the test on any error. */
export async function ok(sub: TestSubgraph, query: string, variables: Record<string, unknown> = {}, viewer?: TestViewer) {
  const { body } = await sub.query(query, variables, viewer ? { viewer } : {});
  expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
  return body.data;
}

/** Submits a concept note as the fund management unit. */
export async function submitted(sub: TestSubgraph, overrides: Record<string, unknown> = {}) {
  return (await ok(sub, SUBMIT, { input: conceptNote(overrides) }, FUND_MANAGER)).submitConceptNote;
}

/** Submits and approves a programme. */
export async function approved(sub: TestSubgraph, overrides: Record<string, unknown> = {}) {
  const p = await submitted(sub, overrides);
  return (await ok(sub, DECIDE, { input: { id: p.id, version: p.version, decision: 'APPROVE' } }, STEERING)).decideFundProject;
}

const TABLES = [
  'funds', 'thematic_areas', 'thematic_area_objectives', 'participating_organizations', 'fund_projects', 'fund_project_participants',
  'fund_project_countries', 'fund_project_objectives', 'fund_project_partners', 'fund_project_events', 'contributions', 'transfers',
  'fund_project_reports',
];

/** Every fund-projects table's rows (ordered): equal snapshots mean nothing was written. */
export async function snapshot(sub: TestSubgraph): Promise<string> {
  const parts: unknown[] = [];
  for (const table of TABLES) parts.push(table, await sub.db.knex(table).select().orderByRaw('1, 2'));
  return JSON.stringify(parts);
}

/** Cents of a decimal string, computed independently of the code under test. */
export const cents = (amount: string) => BigInt(amount.replace('.', ''));
/** A decimal string of cents, computed independently of the code under test. */
export const dollars = (c: bigint) => `${c / 100n}.${(c % 100n).toString().padStart(2, '0')}`;
