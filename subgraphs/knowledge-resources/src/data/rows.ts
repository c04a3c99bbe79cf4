// Database rows of `resources` as the drivers return them, and the one mapper to the model. SQLite returns booleans
// as 0/1; both drivers return integer keys as numbers and dates as ISO strings.
import { parseJson } from '@unmn/shared/db';
import { parseBool, provenanceFrom } from '@unmn/shared/rows';
import type { AUDIENCES, KnowledgeResourceModel, ResourceTags, ReviewStatus, ResourceType, Scope, ScoredResource } from './models.js';

/** The columns of a `resources` row a write sets (seq and version come from the database). */
export interface ResourceRow {
  id: string;
  title: string;
  summary: string;
  body: string | null;
  type: ResourceType;
  url: string | null;
  published_on: string;
  geographic_scope: Scope;
  /** JSON array of TargetAudience values. */
  target_audience: string;
  implemented_from: string | null;
  implemented_until: string | null;
  completed: boolean | number | null;
  lessons_learned: string | null;
  why_replicable: string | null;
  review_status: ReviewStatus;
  review_comment?: string | null;
  submitted_at: string | null;
  reviewed_at?: string | null;
  owner_org: string | null;
  owner_country: string | null;
  owner_subject: string | null;
  source: string;
  confidence: string;
  note: string | null;
  sample: boolean | number;
  version?: number;
  created_at: string;
  updated_at: string;
}

/** A `resources` row as read back (COLUMNS). */
export interface StoredResourceRow extends ResourceRow {
  seq: number;
  version: number;
}

/** A row of a ranked read: the key, the sort columns it may be ordered by, and the score under a search. */
export interface KeyRow {
  seq: number | string;
  published_on?: string;
  title?: string;
  sample?: boolean | number;
  updated_at?: string;
  score?: number | string | null;
  parent_key?: string | number;
}

/** Tag lists of a resource as a write sets them. */
export type TagsInput = ResourceTags;

export const COLUMNS = [
  'seq', 'id', 'title', 'summary', 'body', 'type', 'url', 'published_on', 'geographic_scope', 'target_audience',
  'implemented_from', 'implemented_until', 'completed', 'lessons_learned', 'why_replicable', 'review_status',
  'review_comment', 'submitted_at', 'reviewed_at', 'owner_org', 'owner_country', 'owner_subject', 'source',
  'confidence', 'note', 'sample', 'version', 'created_at', 'updated_at',
].map((c) => `resources.${c}`);

/** The columns the orders sort by, plus the key. */
export const KEY_COLUMNS = ['resources.seq', 'resources.published_on', 'resources.title', 'resources.sample', 'resources.updated_at'];

export const toResource = (r: StoredResourceRow): KnowledgeResourceModel => ({
  seq: Number(r.seq),
  id: r.id,
  title: r.title,
  summary: r.summary,
  body: r.body ?? null,
  type: r.type,
  url: r.url ?? null,
  publishedOn: r.published_on,
  geographicScope: r.geographic_scope,
  targetAudience: parseJson<(typeof AUDIENCES)[number][]>(r.target_audience, []),
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

export const scoreOf = (row: { score?: number | string | null }): number | null =>
  row.score === null || row.score === undefined ? null : Number(row.score);

export const toScored = (row: StoredResourceRow & { score?: number | string | null }): ScoredResource => ({ resource: toResource(row), score: scoreOf(row) });

/** Rows of a raw statement: PostgreSQL wraps them in `{ rows }`, SQLite returns the array. */
export const rawRows = <T>(result: { rows: T[] } | T[]): T[] => (Array.isArray(result) ? result : result.rows);

