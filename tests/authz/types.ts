// The graph-wide authorization matrix is assembled from one case file per subgraph (tests/authz/<subgraph>.ts, each
// exporting `cases: AuthzCase[]`). tests/authz-matrix.test.ts, the one runner, runs every case as every persona
// through the gateway, checks that only allowed mutations wrote to the case's subgraph (every table, every row), and
// prints the matrix it checked.
import type { TestGraph } from '../harness.js';

/**
 * Fixed personas with real tokens. Cases set up their data as owned by IOM and Mexico, so `member-own`/`country-own`
 * are the owners and `member-other`/`country-other` are not.
 */
export const PERSONAS = {
  anonymous: null,
  'member-own': { role: 'member', org: 'iom' },
  'member-other': { role: 'member', org: 'unicef' },
  'country-own': { role: 'country', country: 'MEX' },
  'country-other': { role: 'country', country: 'PHL' },
  secretariat: { role: 'secretariat' },
  'fund-manager': { role: 'fund-manager' },
  'steering-committee': { role: 'steering-committee' },
} as const;
export type Persona = keyof typeof PERSONAS;

/**
 * What a persona gets:
 * - `allowed`: no error, and `check` (if given) passes;
 * - `UNAUTHENTICATED` / `FORBIDDEN` / `CONFLICT` / `BAD_USER_INPUT`: the first error carries that code, nothing written;
 * - `hidden`: no error, but the restricted data is absent (null field or missing item), checked by `hidden`.
 */
export type Outcome = 'allowed' | 'hidden' | 'UNAUTHENTICATED' | 'FORBIDDEN';

export interface AuthzCase {
  /** Subgraph that owns the mutation or field. */
  subgraph: string;
  /** The mutation or `Type.field` checked, e.g. `submitResource` or `SupportRequest.assessment`. */
  name: string;
  kind: 'mutation' | 'field';
  /** Sets up fresh data for one persona's attempt (so attempts do not interfere) and returns the operation. */
  prepare(graph: TestGraph): Promise<{ query: string; variables?: Record<string, unknown> }>;
  expect: Record<Persona, Outcome>;
  /** For `hidden` outcomes: returns true when the response shows the data was withheld. */
  hidden?(data: any): boolean;
  /** For `allowed` outcomes: returns true when the data is what this persona should see (optional). */
  check?(data: any, persona: Persona): boolean;
}
