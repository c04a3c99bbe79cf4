// Helpers shared by this package's tests: the viewers the gateway would sign for each persona, submitting and
// publishing straight to the subgraph, `_entities` as the gateway sends it, and error assertions.
import { expect } from 'vitest';
import type { TestSubgraph, TestViewer } from '@unmn/shared/testing';

/** The personas, as the gateway derives them from their tokens. */
export const AS = {
  anonymous: undefined,
  iom: { role: 'member', organizationId: 'iom' },
  unicef: { role: 'member', organizationId: 'unicef' },
  mex: { role: 'country', countryIso3: 'MEX' },
  phl: { role: 'country', countryIso3: 'PHL' },
  secretariat: { role: 'secretariat' },
  fundManager: { role: 'fund-manager' },
  steeringCommittee: { role: 'steering-committee' },
} satisfies Record<string, TestViewer | undefined>;

export type As = TestViewer | undefined;

export const RESOURCE_FIELDS = 'id version reviewStatus reviewComment title type languages regions publishers { id } countries { iso3 } objectives { number }';

/** A valid submission; override what a test cares about. */
export const resourceInput = (overrides: Record<string, unknown> = {}) => ({
  title: 'Test resource on migration',
  summary: 'A short summary.',
  type: 'RESEARCH_OR_REPORT',
  languages: ['en'],
  publishedOn: '2024-05-01',
  objectives: [1],
  geographicScope: 'GLOBAL',
  ...overrides,
});

/** Sends a query to the subgraph as `viewer` (anonymous when undefined). */
export const ask = (sub: TestSubgraph, query: string, variables: Record<string, unknown> = {}, viewer?: As) =>
  sub.query(query, variables, { viewer });

export async function submit(sub: TestSubgraph, as: As, overrides: Record<string, unknown> = {}) {
  const { body } = await ask(sub, `mutation($input: SubmitResourceInput!) { submitResource(input: $input) { ${RESOURCE_FIELDS} } }`, { input: resourceInput(overrides) }, as);
  expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
  return body.data.submitResource;
}

export const review = (sub: TestSubgraph, as: As, id: string, version: number, decision: string, comment?: string) =>
  ask(sub, `mutation($input: ReviewResourceInput!) { reviewResource(input: $input) { ${RESOURCE_FIELDS} } }`, { input: { id, version, decision, comment } }, as);

export const update = (sub: TestSubgraph, as: As, input: Record<string, unknown>) =>
  ask(sub, `mutation($input: UpdateResourceInput!) { updateResource(input: $input) { ${RESOURCE_FIELDS} } }`, { input }, as);

/** Submits as `as` (the secretariat when omitted) and publishes as the secretariat. */
export async function published(sub: TestSubgraph, overrides: Record<string, unknown> = {}, as: As = AS.secretariat) {
  const r = await submit(sub, as, overrides);
  const { body } = await review(sub, AS.secretariat, r.id, r.version, 'PUBLISH');
  expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
  return body.data.reviewResource;
}

/** `_entities` exactly as the gateway sends it: representations as a variable, the selection under type conditions. */
export const ENTITIES = (selection: string) => `query($r: [_Any!]!) { _entities(representations: $r) { ${selection} } }`;

export async function entities(sub: TestSubgraph, representations: Record<string, unknown>[], selection: string, as?: As) {
  const { body } = await ask(sub, ENTITIES(selection), { r: representations }, as);
  expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
  return body.data._entities as any[];
}

export const objectiveRefs = (numbers: number[]) => numbers.map((number) => ({ __typename: 'Objective', number }));
export const ALL_OBJECTIVES = Array.from({ length: 23 }, (_, i) => i + 1);

/** Asserts the response failed with `code` (and, for BAD_USER_INPUT, names `argument`). */
export function expectError(body: any, code: string, argument?: string) {
  expect(body.errors, JSON.stringify(body)).toBeDefined();
  expect(body.errors[0].extensions.code, JSON.stringify(body.errors[0])).toBe(code);
  if (argument) expect(body.errors[0].message).toContain(argument);
}

/** Rows in a table of this subgraph's database. */
export const rowCount = async (sub: TestSubgraph, table: string) => Number((await sub.db.knex(table).count({ n: '*' }).first())!.n);
