// The error contract of docs/errors.md, held against every subgraph from one table: a stale version, an illegal status
// change and a bad argument must reach clients in the same shape whichever subgraph refuses them, so one client code
// path handles all of them. Each subgraph runs alone (no gateway, no neighbours): the shapes are the subgraphs' own;
// the gateway passes `extensions` through unchanged (tests/security.test.ts holds what it masks).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestSubgraph, type TestSubgraph, type TestViewer } from '@unmn/shared/testing';
import type { SubgraphModule } from '@unmn/shared/subgraph';
import { membersSubgraph } from '@unmn/members';
import { gcmObjectivesSubgraph } from '@unmn/gcm-objectives';
import { knowledgeResourcesSubgraph } from '@unmn/knowledge-resources';
import { supportRequestsSubgraph } from '@unmn/support-requests';
import { fundProjectsSubgraph } from '@unmn/fund-projects';
import { exchangeSubgraph } from '@unmn/exchange';

interface Operation {
  query: string;
  variables?: Record<string, unknown>;
  viewer: TestViewer;
}

/** A record in a known status at a known version, made through the subgraph's own mutations. */
interface Made {
  id: string;
  version: number;
  status: string;
}

interface Row {
  module: SubgraphModule<any>;
  /** Creates a record the stale-version and illegal-transition operations act on. */
  make?(sub: TestSubgraph): Promise<Made>;
  /** An update naming a version the record is not at. */
  stale?(made: Made): Operation;
  /** An action the record's current status does not allow. */
  illegal?(made: Made): Operation;
  /** An operation with one bad argument, and the argument path the error must name. */
  badInput: Operation & { argument: string };
}

const SECRETARIAT: TestViewer = { role: 'secretariat', subject: 'contract-secretariat' };
const FUND_MANAGER: TestViewer = { role: 'fund-manager', subject: 'contract-fund-manager' };

const resource = (overrides: Record<string, unknown> = {}) => ({
  title: 'Error contract resource',
  summary: 'Created by the error contract table.',
  type: 'TOOL_OR_GUIDANCE',
  languages: ['en'],
  publishedOn: '2024-01-01',
  objectives: [23],
  geographicScope: 'REGIONAL',
  countries: ['MEX'],
  publishers: ['iom'],
  ...overrides,
});

const supportRequest = (overrides: Record<string, unknown> = {}) => ({
  idempotencyKey: `contract-${Math.random().toString(36).slice(2)}`,
  country: 'MEX',
  requestingAuthority: 'Secretaría de Gobernación',
  channel: 'RESIDENT_COORDINATOR_OFFICE',
  title: 'Remittance cost reduction plan',
  description: 'Advice on lowering remittance costs.',
  objectives: [20],
  supportKinds: ['ADVICE'],
  contact: { name: 'Ana Pérez', email: 'ana.perez@gobernacion.example' },
  ...overrides,
});

const conceptNote = (overrides: Record<string, unknown> = {}) => ({
  title: 'Error contract programme',
  summary: 'Created by the error contract table.',
  scope: 'NATIONAL',
  countries: ['MEX'],
  thematicAreaId: 'ta2',
  objectives: [7],
  participants: [{ organizationId: 'iom', budgetShare: '60.00' }, { organizationId: 'unhcr', budgetShare: '40.00' }],
  leadOrganizationId: 'iom',
  budget: '100.00',
  ...overrides,
});

/** Sends an operation that must succeed and returns its one root field. */
async function must(sub: TestSubgraph, op: Operation): Promise<any> {
  const { body } = await sub.query(op.query, op.variables, { viewer: op.viewer });
  if (body.errors) throw new Error(`set-up failed: ${JSON.stringify(body.errors)}`);
  return Object.values(body.data)[0];
}

const TABLE: Record<string, Row> = {
  members: {
    module: membersSubgraph,
    badInput: { query: '{ countries(first: 101) { totalCount } }', viewer: { role: 'anonymous', subject: null }, argument: 'first' },
  },
  'gcm-objectives': {
    module: gcmObjectivesSubgraph,
    badInput: { query: '{ objectives(filter: { numbers: [20, 24] }) { number } }', viewer: { role: 'anonymous', subject: null }, argument: 'filter.numbers[1]' },
  },
  'knowledge-resources': {
    module: knowledgeResourcesSubgraph,
    async make(sub) {
      const r = await must(sub, { query: 'mutation($input: SubmitResourceInput!) { submitResource(input: $input) { id version reviewStatus } }', variables: { input: resource() }, viewer: SECRETARIAT });
      const published = await must(sub, {
        query: 'mutation($input: ReviewResourceInput!) { reviewResource(input: $input) { id version reviewStatus } }',
        variables: { input: { id: r.id, version: r.version, decision: 'PUBLISH' } },
        viewer: SECRETARIAT,
      });
      return { id: published.id, version: published.version, status: published.reviewStatus };
    },
    stale: (m) => ({
      query: 'mutation($input: UpdateResourceInput!) { updateResource(input: $input) { id } }',
      variables: { input: { id: m.id, version: m.version + 1, summary: 'Edited.' } },
      viewer: SECRETARIAT,
    }),
    illegal: (m) => ({
      query: 'mutation($input: ReviewResourceInput!) { reviewResource(input: $input) { id } }',
      variables: { input: { id: m.id, version: m.version, decision: 'PUBLISH' } },
      viewer: SECRETARIAT,
    }),
    badInput: {
      query: 'mutation($input: SubmitResourceInput!) { submitResource(input: $input) { id } }',
      variables: { input: resource({ objectives: [23, 24] }) },
      viewer: SECRETARIAT,
      argument: 'input.objectives[1]',
    },
  },
  'support-requests': {
    module: supportRequestsSubgraph,
    async make(sub) {
      const r = await must(sub, { query: 'mutation($input: SubmitSupportRequestInput!) { submitSupportRequest(input: $input) { id version status } }', variables: { input: supportRequest() }, viewer: SECRETARIAT });
      return { id: r.id, version: r.version, status: r.status };
    },
    stale: (m) => ({
      query: 'mutation($input: UpdateSupportRequestInput!) { updateSupportRequest(input: $input) { id } }',
      variables: { input: { id: m.id, version: m.version + 1, title: 'Edited title' } },
      viewer: SECRETARIAT,
    }),
    // Completing is allowed only from IN_IMPLEMENTATION; the request is SUBMITTED.
    illegal: (m) => ({
      query: 'mutation($input: CompleteSupportRequestInput!) { completeSupportRequest(input: $input) { id } }',
      variables: { input: { id: m.id, version: m.version, summary: 'Delivered' } },
      viewer: SECRETARIAT,
    }),
    badInput: {
      query: 'mutation($input: SubmitSupportRequestInput!) { submitSupportRequest(input: $input) { id } }',
      variables: { input: supportRequest({ country: 'XXX' }) },
      viewer: SECRETARIAT,
      argument: 'input.country',
    },
  },
  'fund-projects': {
    module: fundProjectsSubgraph,
    async make(sub) {
      const p = await must(sub, { query: 'mutation($input: SubmitConceptNoteInput!) { submitConceptNote(input: $input) { id version status } }', variables: { input: conceptNote() }, viewer: FUND_MANAGER });
      return { id: p.id, version: p.version, status: p.status };
    },
    stale: (m) => ({
      query: 'mutation($input: UpdateFundProjectInput!) { updateFundProject(input: $input) { id } }',
      variables: { input: { id: m.id, version: m.version + 1, title: 'Renamed' } },
      viewer: FUND_MANAGER,
    }),
    // Closing is allowed only once a programme is approved; this one is a concept note.
    illegal: (m) => ({
      query: 'mutation($input: FundProjectTransitionInput!) { closeFundProject(input: $input) { id } }',
      variables: { input: { id: m.id, version: m.version } },
      viewer: FUND_MANAGER,
    }),
    badInput: {
      query: 'mutation($input: SubmitConceptNoteInput!) { submitConceptNote(input: $input) { id } }',
      variables: { input: conceptNote({ objectives: [7, 24] }) },
      viewer: FUND_MANAGER,
      argument: 'input.objectives[1]',
    },
  },
  // The feed's bad argument; its webhook mutations' refusals are tested in subgraphs/exchange/test/.
  exchange: {
    module: exchangeSubgraph,
    badInput: { query: '{ changes(first: 0) { pageInfo { endCursor } } }', viewer: { role: 'anonymous', subject: null }, argument: 'first' },
  },
};

it('covers every subgraph of the graph', async () => {
  const { subgraphs } = await import('../scripts/lib/subgraphs.js');
  expect(Object.keys(TABLE).sort()).toEqual(subgraphs.map((s) => s.name).sort());
});

/** The one error of a refused operation. */
async function refusal(sub: TestSubgraph, op: Operation) {
  const { body } = await sub.query(op.query, op.variables, { viewer: op.viewer });
  expect(body.errors, JSON.stringify(body.data)).toHaveLength(1);
  return body.errors[0] as { message: string; extensions: Record<string, unknown> };
}

describe.each(Object.entries(TABLE))('%s', (name, row) => {
  let sub: TestSubgraph;
  beforeAll(async () => {
    sub = await startTestSubgraph(row.module);
  });
  afterAll(() => sub?.stop());

  it('refuses a bad argument with BAD_USER_INPUT naming it in `argument` and in the message', async () => {
    const error = await refusal(sub, row.badInput);
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: row.badInput.argument });
    expect(error.message.startsWith(`Invalid ${row.badInput.argument}: `), error.message).toBe(true);
  });

  if (row.stale) {
    it('refuses a stale version with CONFLICT, reason STALE_VERSION and the current version', async () => {
      const made = await row.make!(sub);
      const error = await refusal(sub, row.stale!(made));
      expect(error.extensions).toMatchObject({ code: 'CONFLICT', reason: 'STALE_VERSION', currentVersion: made.version });
      expect(error.message).toMatch(new RegExp(`is at version ${made.version}, not ${made.version + 1}: it changed since you read it\\. Read it again and retry\\.$`));
    });
  }

  if (row.illegal) {
    it('refuses an illegal status change with CONFLICT, reason ILLEGAL_TRANSITION, the current and requested status and the action', async () => {
      const made = await row.make!(sub);
      const error = await refusal(sub, row.illegal!(made));
      expect(error.extensions).toMatchObject({ code: 'CONFLICT', reason: 'ILLEGAL_TRANSITION', currentStatus: made.status });
      expect(typeof error.extensions.requestedStatus, JSON.stringify(error.extensions)).toBe('string');
      expect(typeof error.extensions.action, JSON.stringify(error.extensions)).toBe('string');
      expect(error.message).toMatch(new RegExp(`^Cannot .+: its status is ${made.status}; .+ is allowed only from .+\\.`));
    });
  }

  if (!row.stale && !row.illegal && name !== 'exchange') {
    it('has no writes, so no CONFLICT to check', () => {
      const sdl = row.module.typeDefs.loc?.source.body ?? '';
      expect(sdl, name).not.toMatch(/\btype Mutation\b/);
    });
  }
});
