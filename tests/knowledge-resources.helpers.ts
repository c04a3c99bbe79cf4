// Helpers shared by the knowledge-resources test files: tokens per persona, submitting and publishing through the
// gateway, and error assertions.
import { expect } from 'vitest';
import { token, type TestGraph } from './harness.js';

export interface Tokens {
  iom: string;
  unicef: string;
  mex: string;
  phl: string;
  secretariat: string;
  fundManager: string;
}

export async function tokens(graph: TestGraph): Promise<Tokens> {
  return {
    iom: await token(graph.config, { role: 'member', org: 'iom' }),
    unicef: await token(graph.config, { role: 'member', org: 'unicef' }),
    mex: await token(graph.config, { role: 'country', country: 'MEX' }),
    phl: await token(graph.config, { role: 'country', country: 'PHL' }),
    secretariat: await token(graph.config, { role: 'secretariat' }),
    fundManager: await token(graph.config, { role: 'fund-manager' }),
  };
}

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

export async function submit(graph: TestGraph, as: string, overrides: Record<string, unknown> = {}) {
  const { body } = await graph.query(
    `mutation($input: SubmitResourceInput!) { submitResource(input: $input) { ${RESOURCE_FIELDS} } }`,
    { input: resourceInput(overrides) },
    { token: as },
  );
  expect(body.errors).toBeUndefined();
  return body.data.submitResource;
}

export async function review(graph: TestGraph, as: string, id: string, version: number, decision: string, comment?: string) {
  return graph.query(
    `mutation($input: ReviewResourceInput!) { reviewResource(input: $input) { ${RESOURCE_FIELDS} } }`,
    { input: { id, version, decision, comment } },
    { token: as },
  );
}

/** Submits as `as` (secretariat when omitted) and publishes with the secretariat's token. */
export async function published(graph: TestGraph, t: Tokens, overrides: Record<string, unknown> = {}, as = t.secretariat) {
  const r = await submit(graph, as, overrides);
  const { body } = await review(graph, t.secretariat, r.id, r.version, 'PUBLISH');
  expect(body.errors).toBeUndefined();
  return body.data.reviewResource;
}

/** Asserts the response failed with `code` (and, for BAD_USER_INPUT, names `argument`). */
export function expectError(body: any, code: string, argument?: string) {
  expect(body.errors, JSON.stringify(body)).toBeDefined();
  expect(body.errors[0].extensions.code, JSON.stringify(body.errors[0])).toBe(code);
  if (argument) expect(body.errors[0].message).toContain(argument);
}
