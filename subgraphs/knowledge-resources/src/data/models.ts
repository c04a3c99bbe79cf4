// The shapes resolvers receive (codegen maps the schema's types to these), and the row mapper from database rows.
import { parseJson } from '@unmn/shared/db';
import type { Connection } from '@unmn/shared/pagination';
import { parseBool, provenanceFrom, type ProvenanceModel } from '@unmn/shared/rows';
import type { ResourceFilterSpec } from './store.js';

export const RESOURCE_TYPES = ['PRACTICE', 'TOOL_OR_GUIDANCE', 'RESEARCH_OR_REPORT', 'POLICY_BRIEF', 'TRAINING', 'DATASET', 'EVENT_OR_WEBINAR', 'STATEMENT'] as const;
export type ResourceType = (typeof RESOURCE_TYPES)[number];
export const SCOPES = ['GLOBAL', 'REGIONAL', 'NATIONAL', 'LOCAL'] as const;
export type Scope = (typeof SCOPES)[number];
export const REVIEW_STATUSES = ['DRAFT', 'SUBMITTED', 'UNDER_REVIEW', 'PUBLISHED', 'REJECTED'] as const;
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];
export const AUDIENCES = ['GOVERNMENTS', 'UN_SYSTEM', 'CIVIL_SOCIETY', 'RESEARCHERS', 'PRACTITIONERS', 'MIGRANTS_AND_COMMUNITIES', 'PRIVATE_SECTOR', 'GENERAL_PUBLIC'] as const;

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
  targetAudience: string[];
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

export const toResource = (r: any): KnowledgeResourceModel => ({
  seq: Number(r.seq),
  id: r.id,
  title: r.title,
  summary: r.summary,
  body: r.body ?? null,
  type: r.type,
  url: r.url ?? null,
  publishedOn: r.published_on,
  geographicScope: r.geographic_scope,
  targetAudience: parseJson<string[]>(r.target_audience, []),
  practice:
    r.type === 'PRACTICE'
      ? {
          implementedFrom: r.implemented_from ?? null,
          implementedUntil: r.implemented_until ?? null,
          completed: parseBool(r.completed),
          lessonsLearned: r.lessons_learned ?? null,
          whyReplicable: r.why_replicable ?? null,
        }
      : null,
  reviewStatus: r.review_status,
  reviewComment: r.review_comment ?? null,
  submittedAt: r.submitted_at ?? null,
  reviewedAt: r.reviewed_at ?? null,
  ownerOrg: r.owner_org ?? null,
  ownerCountry: r.owner_country ?? null,
  provenance: provenanceFrom(r),
  version: Number(r.version),
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

/** An edge: the resource plus, under a search, what the snippet loader needs and the score. */
export interface ResourceEdgeModel {
  node: KnowledgeResourceModel;
  cursor: string;
  /** The search text the list was filtered by; null without a search. */
  search: string | null;
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
  scope: 'objective' | 'organization' | 'country' | null;
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
