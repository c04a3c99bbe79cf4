// The organizations a request may be matched to: every organization the graph knows (shared/organizations.ts, the same
// list the members subgraph seeds), so partner ids can be validated here without reading members' database.
import { ORGANIZATIONS } from '@unmn/shared/organizations';

export const PARTNER_ORGANIZATIONS: readonly (readonly [id: string, acronym: string])[] = ORGANIZATIONS.map((o) => [o.id, o.acronym] as const);
