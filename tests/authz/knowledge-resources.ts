// Authorization cases of the knowledge-resources subgraph (format in ./types.ts). Data is owned by IOM (member-own)
// or Mexico (country-own), as the personas expect. Each prepare() creates fresh resources so attempts never interfere.
import { token, type TestGraph } from '../harness.js';
import type { AuthzCase } from './types.js';

const FIELDS = 'id reviewStatus version';

async function call(graph: TestGraph, claims: Parameters<typeof token>[1], query: string, variables: Record<string, unknown>) {
  const { body } = await graph.query(query, variables, { token: await token(graph.config, claims) });
  if (body.errors) throw new Error(`authz case setup failed: ${JSON.stringify(body.errors)}`);
  return body.data;
}

const input = (overrides: Record<string, unknown> = {}) => ({
  title: 'Authorization case resource',
  summary: 'Created by an authorization case.',
  type: 'TOOL_OR_GUIDANCE',
  languages: ['en'],
  publishedOn: '2024-01-01',
  objectives: [23],
  geographicScope: 'REGIONAL',
  countries: ['MEX'],
  publishers: ['iom'],
  ...overrides,
});

/** Submits a resource as IOM (member) or Mexico (country); returns { id, version }. */
async function submitAs(graph: TestGraph, owner: 'iom' | 'MEX', overrides: Record<string, unknown> = {}) {
  const claims = owner === 'iom' ? { role: 'member', org: 'iom' } : { role: 'country', country: 'MEX' };
  const data = await call(graph, claims, `mutation($input: SubmitResourceInput!) { submitResource(input: $input) { ${FIELDS} } }`, { input: input(overrides) });
  return data.submitResource as { id: string; version: number };
}

const SECRETARIAT_ONLY = {
  anonymous: 'UNAUTHENTICATED', 'member-own': 'FORBIDDEN', 'member-other': 'FORBIDDEN', 'country-own': 'FORBIDDEN',
  'country-other': 'FORBIDDEN', secretariat: 'allowed', 'fund-manager': 'FORBIDDEN', 'steering-committee': 'FORBIDDEN',
} as const;

let unique = 0;
const word = () => `authzword${Date.now().toString(36)}x${(unique += 1)}`.replace(/[0-9]/g, (d) => 'abcdefghij'[Number(d)]);

export const cases: AuthzCase[] = [
  {
    subgraph: 'knowledge-resources',
    name: 'submitResource',
    kind: 'mutation',
    async prepare() {
      return { query: `mutation($input: SubmitResourceInput!) { submitResource(input: $input) { ${FIELDS} } }`, variables: { input: input() } };
    },
    expect: {
      anonymous: 'UNAUTHENTICATED', 'member-own': 'allowed', 'member-other': 'allowed', 'country-own': 'allowed',
      'country-other': 'allowed', secretariat: 'allowed', 'fund-manager': 'FORBIDDEN', 'steering-committee': 'FORBIDDEN',
    },
  },
  {
    subgraph: 'knowledge-resources',
    name: 'updateResource (submitted by a member)',
    kind: 'mutation',
    async prepare(graph) {
      const r = await submitAs(graph, 'iom');
      return { query: `mutation($input: UpdateResourceInput!) { updateResource(input: $input) { ${FIELDS} } }`, variables: { input: { id: r.id, version: r.version, summary: 'Edited.' } } };
    },
    expect: {
      anonymous: 'UNAUTHENTICATED', 'member-own': 'allowed', 'member-other': 'FORBIDDEN', 'country-own': 'FORBIDDEN',
      'country-other': 'FORBIDDEN', secretariat: 'allowed', 'fund-manager': 'FORBIDDEN', 'steering-committee': 'FORBIDDEN',
    },
  },
  {
    subgraph: 'knowledge-resources',
    name: 'updateResource (submitted by a country)',
    kind: 'mutation',
    async prepare(graph) {
      const r = await submitAs(graph, 'MEX', { publishers: [] });
      return { query: `mutation($input: UpdateResourceInput!) { updateResource(input: $input) { ${FIELDS} } }`, variables: { input: { id: r.id, version: r.version, summary: 'Edited.' } } };
    },
    expect: {
      anonymous: 'UNAUTHENTICATED', 'member-own': 'FORBIDDEN', 'member-other': 'FORBIDDEN', 'country-own': 'allowed',
      'country-other': 'FORBIDDEN', secretariat: 'allowed', 'fund-manager': 'FORBIDDEN', 'steering-committee': 'FORBIDDEN',
    },
  },
  {
    subgraph: 'knowledge-resources',
    name: 'reviewResource',
    kind: 'mutation',
    async prepare(graph) {
      const r = await submitAs(graph, 'iom');
      return { query: `mutation($input: ReviewResourceInput!) { reviewResource(input: $input) { ${FIELDS} } }`, variables: { input: { id: r.id, version: r.version, decision: 'PUBLISH' } } };
    },
    expect: SECRETARIAT_ONLY,
  },
  {
    subgraph: 'knowledge-resources',
    name: 'KnowledgeResource.reviewComment',
    kind: 'field',
    async prepare(graph) {
      const r = await submitAs(graph, 'iom');
      await call(graph, { role: 'secretariat' }, `mutation($input: ReviewResourceInput!) { reviewResource(input: $input) { id } }`, {
        input: { id: r.id, version: r.version, decision: 'REQUEST_CHANGES', comment: 'Reviewer note for the submitter.' },
      });
      return { query: 'query($id: ID!) { resource(id: $id) { id reviewComment } }', variables: { id: r.id } };
    },
    expect: {
      anonymous: 'hidden', 'member-own': 'allowed', 'member-other': 'hidden', 'country-own': 'hidden',
      'country-other': 'hidden', secretariat: 'allowed', 'fund-manager': 'hidden', 'steering-committee': 'hidden',
    },
    hidden: (data) => data.resource === null || data.resource.reviewComment === null,
    check: (data) => data.resource.reviewComment === 'Reviewer note for the submitter.',
  },
  {
    subgraph: 'knowledge-resources',
    name: 'Query.resource (an unpublished resource)',
    kind: 'field',
    async prepare(graph) {
      const r = await submitAs(graph, 'MEX', { draft: true, publishers: [] });
      return { query: 'query($id: ID!) { resource(id: $id) { id reviewStatus } }', variables: { id: r.id } };
    },
    expect: {
      anonymous: 'hidden', 'member-own': 'hidden', 'member-other': 'hidden', 'country-own': 'allowed',
      'country-other': 'hidden', secretariat: 'allowed', 'fund-manager': 'hidden', 'steering-committee': 'hidden',
    },
    hidden: (data) => data.resource === null,
    check: (data) => data.resource.reviewStatus === 'DRAFT',
  },
  {
    subgraph: 'knowledge-resources',
    name: 'Objective.resources and facets (an unpublished resource)',
    kind: 'field',
    async prepare(graph) {
      const w = word();
      await submitAs(graph, 'iom', { title: `Unpublished ${w}`, objectives: [13] });
      return {
        query: 'query($w: String!) { objective(number: 13) { resources(filter: { search: $w }) { totalCount edges { node { id } } facets { types { count } } } } }',
        variables: { w },
      };
    },
    expect: {
      anonymous: 'hidden', 'member-own': 'allowed', 'member-other': 'hidden', 'country-own': 'hidden',
      'country-other': 'hidden', secretariat: 'allowed', 'fund-manager': 'hidden', 'steering-committee': 'hidden',
    },
    hidden: (data) => {
      const c = data.objective.resources;
      return c.totalCount === 0 && c.edges.length === 0 && c.facets.types.length === 0;
    },
    check: (data) => data.objective.resources.totalCount === 1 && data.objective.resources.facets.types[0].count === 1,
  },
];
