// Fixtures for the fund-projects tests through the gateway: real tokens and programmes created through the API. The
// concept note and the operations are the package's own (subgraphs/fund-projects/test/fixtures.ts), so both suites
// submit the same programme.
import { expect } from 'vitest';
import { conceptNote, SUBMIT } from '../subgraphs/fund-projects/test/fixtures.js';
import { token, type TestGraph } from './harness.js';

export { conceptNote };

const tokens = new Map<string, string>();
/** A real signed token for a role (cached per graph config). */
export async function tokenFor(graph: TestGraph, claims: { role: string; org?: string; country?: string }): Promise<string> {
  const key = JSON.stringify([graph.config.auth.jwtSecret, claims]);
  if (!tokens.has(key)) tokens.set(key, await token(graph.config, claims));
  return tokens.get(key)!;
}

export const FUND_MANAGER = { role: 'fund-manager' } as const;

/** Sends a request and fails the test on any error. */
export async function ok(graph: TestGraph, query: string, variables: Record<string, unknown>, claims?: { role: string; org?: string }) {
  const { body } = await graph.query(query, variables, claims ? { token: await tokenFor(graph, claims) } : {});
  expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
  return body.data;
}

/** Submits a concept note as the fund management unit. */
export async function submitted(graph: TestGraph, overrides: Record<string, unknown> = {}) {
  return (await ok(graph, SUBMIT, { input: conceptNote(overrides) }, FUND_MANAGER)).submitConceptNote;
}
