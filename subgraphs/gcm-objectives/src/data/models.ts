// The shapes resolvers receive (codegen maps the schema's types to these), and row mappers.
import { provenanceFrom, type ProvenanceModel } from '@unmn/shared/rows';

export interface ObjectiveModel {
  number: number; title: string; shortTitle: string; paragraph: number; description: string; hubTermId: number;
  hubUrl: string; provenance: ProvenanceModel; createdAt: string; updatedAt: string;
}
export interface GuidingPrincipleModel {
  letter: string; code: string; title: string; summary: string; provenance: ProvenanceModel; createdAt: string; updatedAt: string;
}
export interface ReviewModel {
  id: string; kind: 'REGIONAL_REVIEW' | 'INTERNATIONAL_MIGRATION_REVIEW_FORUM'; title: string; year: number;
  startDate: string | null; endDate: string | null; location: string | null; regionalCommissionId: string | null;
  convenedBy: string | null; notes: string | null; provenance: ProvenanceModel; createdAt: string; updatedAt: string;
}
export type CompactModel = typeof import('./seeds/compact.js').COMPACT;

export const toObjective = (r: any): ObjectiveModel => ({
  number: r.number,
  title: r.title,
  shortTitle: r.short_title,
  paragraph: r.paragraph,
  description: r.description,
  hubTermId: r.hub_term_id,
  hubUrl: `https://migrationnetwork.un.org/taxonomy/term/${r.hub_term_id}`,
  provenance: provenanceFrom(r),
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

export const toGuidingPrinciple = (r: any): GuidingPrincipleModel => ({
  letter: r.letter,
  code: r.code,
  title: r.title,
  summary: r.summary,
  provenance: provenanceFrom(r),
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

export const toReview = (r: any): ReviewModel => ({
  id: r.id,
  kind: r.kind,
  title: r.title,
  year: r.year,
  startDate: r.start_date,
  endDate: r.end_date,
  location: r.location,
  regionalCommissionId: r.regional_commission_id,
  convenedBy: r.convened_by,
  notes: r.notes,
  provenance: provenanceFrom(r),
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});
