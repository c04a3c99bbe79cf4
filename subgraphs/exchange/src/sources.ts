// The feeds the exchange reads: which subgraph records which entity types, and where its GET /changes is. Only the
// subgraphs that own a type of the feed are read (members and gcm-objectives write nothing, so their feeds are always
// empty); a subgraph that starts recording a new type is added here and to ChangeEntityType in schema.graphql.
import type { Config, SubgraphName } from '@unmn/shared/config';

/** ChangeEntityType (the schema's enum) -> the type name the owning subgraph records (its GraphQL type name). */
export const ENTITY_TYPES = {
  KNOWLEDGE_RESOURCE: 'KnowledgeResource',
  SUPPORT_REQUEST: 'SupportRequest',
  FUND_PROJECT: 'FundProject',
  CONTRIBUTION: 'Contribution',
  TRANSFER: 'Transfer',
  PROGRESS_REPORT: 'ProgressReport',
} as const;
export type ChangeEntityType = keyof typeof ENTITY_TYPES;
export type RecordedType = (typeof ENTITY_TYPES)[ChangeEntityType];

export const ENTITY_TYPE_OF = Object.fromEntries(Object.entries(ENTITY_TYPES).map(([e, t]) => [t, e])) as Record<string, ChangeEntityType>;

/** Each feed and the recorded types it holds: every type has exactly one owner. */
export const OWNERS: Partial<Record<SubgraphName, readonly RecordedType[]>> = {
  'knowledge-resources': ['KnowledgeResource'],
  'support-requests': ['SupportRequest'],
  'fund-projects': ['FundProject', 'Contribution', 'Transfer', 'ProgressReport'],
};

export interface Source {
  subgraph: SubgraphName;
  /** Its GET /changes endpoint. */
  url: string;
  /** The recorded types it holds. */
  types: readonly RecordedType[];
  /** Deadline for one read (<NAME>_TIMEOUT_MS, default SUBGRAPH_TIMEOUT_MS): past it, the source counts as down. */
  timeoutMs: number;
}

/** The /changes endpoint beside a subgraph's configured GraphQL URL (`.../graphql` -> `.../changes`). */
export const changesUrl = (graphqlUrl: string): string => new URL('changes', graphqlUrl.replace(/\/graphql\/?$/, '/')).toString();

/** The feeds to read, from the configured subgraph URLs (<NAME>_URL), in a fixed order. */
export function sourcesOf(config: Config): Source[] {
  return Object.entries(OWNERS).map(([name, types]) => {
    const subgraph = config.subgraphs[name as SubgraphName];
    return { subgraph: subgraph.name, url: changesUrl(subgraph.url), types: types!, timeoutMs: subgraph.timeoutMs };
  });
}
