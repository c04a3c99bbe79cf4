// The shapes resolvers receive (codegen maps the schema's types to these) and the read paths' arguments. Database rows
// and their mapper are in rows.ts.
import type { Connection } from '@unmn/shared/pagination';
import type { HubRegion } from '@unmn/shared/countries';
import type { ProvenanceModel } from '@unmn/shared/rows';

export const RESOURCE_TYPES = ['PRACTICE', 'TOOL_OR_GUIDANCE', 'RESEARCH_OR_REPORT', 'POLICY_BRIEF', 'TRAINING', 'DATASET', 'EVENT_OR_WEBINAR', 'STATEMENT'] as const;
export type ResourceType = (typeof RESOURCE_TYPES)[number];
export const SCOPES = ['GLOBAL', 'REGIONAL', 'NATIONAL', 'LOCAL'] as const;
export type Scope = (typeof SCOPES)[number];
export const REVIEW_STATUSES = ['DRAFT', 'SUBMITTED', 'UNDER_REVIEW', 'PUBLISHED', 'REJECTED'] as const;
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];
export const AUDIENCES = ['GOVERNMENTS', 'UN_SYSTEM', 'CIVIL_SOCIETY', 'RESEARCHERS', 'PRACTITIONERS', 'MIGRANTS_AND_COMMUNITIES', 'PRIVATE_SECTOR', 'GENERAL_PUBLIC'] as const;

/** A validated, normalized filter (resolvers/filter.ts builds it from a ResourceFilter argument). */
export interface ResourceFilterSpec {
  search?: string;
  /** Set only for ALL (every word required); absent means ANY, the default (search.ts). */
  searchMode?: 'ALL';
  /**
   * Never from a client: an any-word search narrowed to its top tier, the resources matching every word, scored as
   * the any-word search scores them (reads.ts ranks that tier alone when it fills the page).
   */
  topTier?: true;
  /** Never from a client: only samples (true) or only real resources (false); reads.ts ranks real ones first. */
  sample?: boolean;
  objectives?: number[];
  principles?: string[];
  regions?: string[];
  countries?: string[];
  languages?: string[];
  publishers?: string[];
  types?: string[];
  scopes?: string[];
  publishedFrom?: string;
  publishedTo?: string;
  reviewStatuses?: string[];
  mine?: boolean;
  updatedSince?: string;
  /** Set when the filter asks for real resources only (`includeSamples: false`). */
  excludeSamples?: boolean;
}

/** SupportRequest.relatedPractices' filter, normalized like ResourceFilterSpec (only keys that are set). */
export type RelatedPracticeFilterSpec = Pick<ResourceFilterSpec, 'updatedSince' | 'excludeSamples'>;

export type SortKey = 'RELEVANCE' | 'NEWEST' | 'OLDEST' | 'TITLE' | 'UPDATED_ASC' | 'UPDATED_DESC';
/** The parent types whose `resources` connection this subgraph serves. */
export type ParentScope = 'objective' | 'organization' | 'country';

export interface PracticeModel {
  implementedFrom: string | null;
  implementedUntil: string | null;
  completed: boolean;
  lessonsLearned: string | null;
  whyReplicable: string | null;
}

export interface KnowledgeResourceModel {
  /** Internal integer key: child tables and the full-text index refer to it. */
  seq: number;
  id: string;
  title: string;
  summary: string;
  body: string | null;
  type: ResourceType;
  url: string | null;
  publishedOn: string;
  geographicScope: Scope;
  targetAudience: (typeof AUDIENCES)[number][];
  practice: PracticeModel | null;
  reviewStatus: ReviewStatus;
  reviewComment: string | null;
  submittedAt: string | null;
  reviewedAt: string | null;
  ownerOrg: string | null;
  ownerCountry: string | null;
  provenance: ProvenanceModel;
  version: number;
  createdAt: string;
  updatedAt: string;
}

/** A row of a list: the resource and its score under a search (null without one). */
export interface ScoredResource {
  resource: KnowledgeResourceModel;
  score: number | null;
}

/** All tags of a resource, read in one statement for a whole page. */
export interface ResourceTags {
  objectives: number[];
  principles: string[];
  languages: string[];
  publishers: string[];
  countries: string[];
  regions: HubRegion[];
}

export const noTags = (): ResourceTags => ({ objectives: [], principles: [], languages: [], publishers: [], countries: [], regions: [] });

/** An edge: the resource plus, under a search, what the snippet loader needs and the score. */
export interface ResourceEdgeModel {
  node: KnowledgeResourceModel;
  cursor: string;
  /** The search text the list was filtered by; null without a search. */
  search: string | null;
  /** The filter's language codes, which choose the search's stemming (for the snippet); null without a filter. */
  searchLanguages: readonly string[] | null;
  score: number | null;
}

/**
 * A connection plus what its `facets` field needs to count the same matches later (facets are computed only when
 * asked for). `scope` says which parent the connection hangs under, so facets of many parents batch into one query.
 */
export interface ResourceConnectionModel extends Omit<Connection<KnowledgeResourceModel>, 'edges'> {
  edges: ResourceEdgeModel[];
  facetKey: FacetKey;
}

export interface FacetKey {
  /** null for Query.resources; otherwise the parent type whose connection this is. */
  scope: ParentScope | null;
  parentKey: string | number | null;
  /** The normalized (validated) filter; equal filters batch together. */
  filter: ResourceFilterSpec;
}

export interface FacetsModel {
  objectives: { objective: { number: number }; count: number }[];
  types: { type: ResourceType; count: number }[];
  languages: { language: string; count: number }[];
  regions: { region: string; count: number }[];
  publishers: { publisher: { id: string }; count: number }[];
}

/** Key stubs of other subgraphs' entities (this subgraph returns references, never their data). */
export interface ObjectiveRef { number: number }
export interface OrganizationRef { id: string }
export interface CountryRef { iso3: string }
export interface GuidingPrincipleRef { letter: string }

/** A support request as the gateway sends it to this subgraph: its key plus the @requires fields. */
export interface SupportRequestRef {
  id: string;
  country?: { iso3: string } | null;
  objectives?: { number: number }[] | null;
}
