// Authorization cases for the fund-projects subgraph's mutations, in the graph-wide matrix format (types.ts). Each
// attempt gets fresh data set up by the fund management unit / steering committee through the API.
import { token, type TestGraph } from '../harness.js';
import type { AuthzCase, Outcome, Persona } from './types.js';

const FM = { role: 'fund-manager' };
const SC = { role: 'steering-committee' };

async function call(graph: TestGraph, claims: { role: string }, query: string, variables: Record<string, unknown>) {
  const { body } = await graph.query(query, variables, { token: await token(graph.config, claims) });
  if (body.errors) throw new Error(`authz case set-up failed: ${JSON.stringify(body.errors)}`);
  return body.data;
}

/** A valid concept note with IOM (the `member-own` persona's organization) as lead and UNHCR. */
const note = () => ({
  title: 'Authorization case programme',
  summary: 'Created for the authorization matrix.',
  scope: 'NATIONAL',
  countries: ['MEX'],
  thematicAreaId: 'ta2',
  objectives: [7],
  participants: [{ organizationId: 'iom', budgetShare: '60.00' }, { organizationId: 'unhcr', budgetShare: '40.00' }],
  leadOrganizationId: 'iom',
  budget: '100.00',
});

const SUBMIT = 'mutation($input: SubmitConceptNoteInput!) { submitConceptNote(input: $input) { id version status } }';
const DECIDE = 'mutation($input: DecideFundProjectInput!) { decideFundProject(input: $input) { id version status } }';

const conceptNote = async (graph: TestGraph) => (await call(graph, FM, SUBMIT, { input: note() })).submitConceptNote;
const approvedProgramme = async (graph: TestGraph) => {
  const p = await conceptNote(graph);
  return (await call(graph, SC, DECIDE, { input: { id: p.id, version: p.version, decision: 'APPROVE' } })).decideFundProject;
};

/** Everyone else is refused: anonymous callers must sign in, signed-in callers without the role are forbidden. */
const only = (...allowed: Persona[]): Record<Persona, Outcome> => {
  const personas: Persona[] = ['anonymous', 'member-own', 'member-other', 'country-own', 'country-other', 'secretariat', 'fund-manager', 'steering-committee'];
  return Object.fromEntries(personas.map((p) => [p, allowed.includes(p) ? 'allowed' : p === 'anonymous' ? 'UNAUTHENTICATED' : 'FORBIDDEN'])) as Record<Persona, Outcome>;
};

export const cases: AuthzCase[] = [
  {
    subgraph: 'fund-projects',
    name: 'submitConceptNote',
    kind: 'mutation',
    // A member may submit only with its own organization among the participants (IOM here); the fund management unit
    // may submit for any.
    prepare: async () => ({ query: SUBMIT, variables: { input: note() } }),
    expect: only('member-own', 'fund-manager'),
  },
  {
    subgraph: 'fund-projects',
    name: 'moveToPipeline',
    kind: 'mutation',
    prepare: async (graph) => {
      const p = await conceptNote(graph);
      return { query: 'mutation($input: FundProjectTransitionInput!) { moveToPipeline(input: $input) { id status } }', variables: { input: { id: p.id, version: p.version } } };
    },
    expect: only('fund-manager', 'steering-committee'),
  },
  {
    subgraph: 'fund-projects',
    name: 'updateFundProject',
    kind: 'mutation',
    prepare: async (graph) => {
      const p = await conceptNote(graph);
      return { query: 'mutation($input: UpdateFundProjectInput!) { updateFundProject(input: $input) { id version } }', variables: { input: { id: p.id, version: p.version, title: 'Renamed' } } };
    },
    expect: only('fund-manager'),
  },
  {
    subgraph: 'fund-projects',
    name: 'decideFundProject',
    kind: 'mutation',
    prepare: async (graph) => {
      const p = await conceptNote(graph);
      return { query: DECIDE, variables: { input: { id: p.id, version: p.version, decision: 'APPROVE' } } };
    },
    expect: only('steering-committee'),
  },
  {
    subgraph: 'fund-projects',
    name: 'recordContribution',
    kind: 'mutation',
    prepare: async () => ({
      query: 'mutation($input: RecordContributionInput!) { recordContribution(input: $input) { id } }',
      variables: { input: { donor: 'Authorization case donor', kind: 'DEPOSITED', amount: '1.00' } },
    }),
    expect: only('fund-manager'),
  },
  {
    subgraph: 'fund-projects',
    name: 'recordTransfer',
    kind: 'mutation',
    prepare: async (graph) => {
      const p = await approvedProgramme(graph);
      return {
        query: 'mutation($input: RecordTransferInput!) { recordTransfer(input: $input) { id } }',
        variables: { input: { fundProjectId: p.id, organizationId: 'iom', amount: '0.01' } },
      };
    },
    expect: only('fund-manager'),
  },
  {
    subgraph: 'fund-projects',
    name: 'closeFundProject',
    kind: 'mutation',
    prepare: async (graph) => {
      const p = await approvedProgramme(graph);
      return { query: 'mutation($input: FundProjectTransitionInput!) { closeFundProject(input: $input) { id status } }', variables: { input: { id: p.id, version: p.version } } };
    },
    expect: only('fund-manager'),
  },
];
