// Authorization cases for the fund-projects subgraph's mutations and its read visibility, in the graph-wide matrix format (types.ts). Each
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

/** Who sees a programme that is not public (a concept note, or NOT_SELECTED): IOM (a participant) and the fund's bodies and the secretariat. */
const stakeholdersOnly: Record<Persona, Outcome> = {
  anonymous: 'hidden',
  'member-own': 'allowed',
  'member-other': 'hidden',
  'country-own': 'hidden',
  'country-other': 'hidden',
  secretariat: 'allowed',
  'fund-manager': 'allowed',
  'steering-committee': 'allowed',
};
const PROJECT_READ = 'query($id: ID!) { fundProject(id: $id) { id status budget { amount } participatingOrganizations { organization { id } budgetShare { amount } } } }';

const readCases: AuthzCase[] = [
  {
    subgraph: 'fund-projects',
    name: 'fundProject (a concept note)',
    kind: 'field',
    // A just-submitted concept note with its budget shares (IOM lead, UNHCR, in Mexico): not yet public.
    prepare: async (graph) => ({ query: PROJECT_READ, variables: { id: (await conceptNote(graph)).id } }),
    expect: stakeholdersOnly,
    hidden: (data) => data?.fundProject === null,
    check: (data) => data?.fundProject?.status === 'CONCEPT_NOTE' && data.fundProject.participatingOrganizations.length === 2,
  },
  {
    subgraph: 'fund-projects',
    name: 'fundProject (NOT_SELECTED)',
    kind: 'field',
    prepare: async (graph) => {
      const p = await conceptNote(graph);
      await call(graph, SC, DECIDE, { input: { id: p.id, version: p.version, decision: 'NOT_SELECT' } });
      return { query: PROJECT_READ, variables: { id: p.id } };
    },
    expect: stakeholdersOnly,
    hidden: (data) => data?.fundProject === null,
    check: (data) => data?.fundProject?.status === 'NOT_SELECTED',
  },
  {
    subgraph: 'fund-projects',
    name: 'fundProjects (concept notes in the list and its totals)',
    kind: 'field',
    // No seeded or test programme that is not public has UNICEF or a country persona among its participants, so
    // `member-other` and the country personas must find none at all; IOM finds the one just created.
    prepare: async (graph) => {
      await conceptNote(graph);
      return {
        query: `{ fundProjects(filter: { statuses: [CONCEPT_NOTE, NOT_SELECTED] }, first: 100) { totalCount edges { node { id status } } }
          fundingSummary(groupBy: STATUS, filter: { statuses: [CONCEPT_NOTE, NOT_SELECTED] }) { totals { projectCount } } }`,
      };
    },
    expect: stakeholdersOnly,
    hidden: (data) => data?.fundProjects?.totalCount === 0 && data.fundProjects.edges.length === 0 && data.fundingSummary.totals.projectCount === 0,
    check: (data) => data?.fundProjects?.totalCount > 0 && data.fundingSummary.totals.projectCount === data.fundProjects.totalCount,
  },
  {
    subgraph: 'fund-projects',
    name: 'fundProject (PIPELINE: public)',
    kind: 'field',
    prepare: async (graph) => {
      const p = await conceptNote(graph);
      await call(graph, FM, 'mutation($input: FundProjectTransitionInput!) { moveToPipeline(input: $input) { id } }', { input: { id: p.id, version: p.version } });
      return { query: PROJECT_READ, variables: { id: p.id } };
    },
    expect: { anonymous: 'allowed', 'member-own': 'allowed', 'member-other': 'allowed', 'country-own': 'allowed', 'country-other': 'allowed', secretariat: 'allowed', 'fund-manager': 'allowed', 'steering-committee': 'allowed' },
    hidden: (data) => data?.fundProject === null,
    check: (data) => data?.fundProject?.status === 'PIPELINE',
  },
];

export const cases: AuthzCase[] = [
  ...readCases,
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
  {
    subgraph: 'fund-projects',
    name: 'reportProgress',
    kind: 'mutation',
    prepare: async (graph) => {
      const p = await approvedProgramme(graph);
      return {
        query: 'mutation($input: ReportProgressInput!) { reportProgress(input: $input) { id } }',
        variables: { input: { fundProjectId: p.id, organizationId: 'iom', periodStart: '2026-01-01', periodEnd: '2026-03-31', narrative: 'Quarterly report.' } },
      };
    },
    // IOM participates; the secretariat may report on its behalf; another member may not report for IOM.
    expect: only('member-own', 'secretariat'),
  },
];
