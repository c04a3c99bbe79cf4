// Authorization cases for what the foundation (members, gcm-objectives) exposes: no mutations and no restricted
// fields yet, so the one case checks that each persona's verified identity reaches the subgraphs intact, which every
// other case in the matrix relies on. Subgraph teams add tests/authz/<subgraph>.ts files beside this one.
import { PERSONAS, type AuthzCase, type Persona } from './types.js';

const everyone = (outcome: AuthzCase['expect'][Persona]) =>
  Object.fromEntries(Object.keys(PERSONAS).map((p) => [p, outcome])) as AuthzCase['expect'];

export const cases: AuthzCase[] = [
  {
    subgraph: 'members',
    name: 'Query.viewer',
    kind: 'field',
    async prepare() {
      return { query: '{ viewer { role subject organization { id } country { iso3 } } }' };
    },
    expect: everyone('allowed'),
    check(data, persona) {
      const claims = PERSONAS[persona] as { role: string; org?: string; country?: string } | null;
      const role = (claims?.role ?? 'anonymous').toUpperCase().replace(/-/g, '_');
      return (
        data.viewer.role === role &&
        (data.viewer.organization?.id ?? null) === (claims?.org ?? null) &&
        (data.viewer.country?.iso3 ?? null) === (claims?.country ?? null) &&
        (claims ? data.viewer.subject !== null : data.viewer.subject === null)
      );
    },
  },
];
