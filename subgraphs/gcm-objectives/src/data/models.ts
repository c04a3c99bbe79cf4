// The shapes resolvers receive (codegen maps the schema's types to these), the rows the tables hold (DATE columns as
// `YYYY-MM-DD` text and timestamps as ISO strings on both drivers), and the mappers from one to the other.
import { provenanceFrom, type ConfidenceCode, type ProvenanceModel } from '@unmn/shared/rows';

/** Every reference row's provenance and timestamps. */
interface SourcedRow {
  source: string;
  confidence: ConfidenceCode;
  note: string | null;
  created_at: string;
  updated_at: string;
}
export interface ObjectiveRow extends SourcedRow {
  number: number; title: string; short_title: string; paragraph: number; hub_term_id: number; description: string;
}
export interface GuidingPrincipleRow extends SourcedRow {
  letter: string; code: string; title: string; summary: string;
}
export interface ReviewRow extends SourcedRow {
  id: string; kind: ReviewModel['kind']; title: string; year: number; start_date: string | null; end_date: string | null;
  location: string | null; regional_commission_id: string | null; convened_by: string | null; notes: string | null;
}
export interface ReviewOrganizerRow {
  review_id: string; organization_id: string; position: number;
}

export interface SdgGoalRow extends SourcedRow {
  number: number; title_en: string; title_fr: string; title_es: string; short_title_en: string; short_title_fr: string; short_title_es: string;
}
export interface SdgTargetRow extends SourcedRow {
  code: string; goal_number: number; position: number; title_en: string; title_fr: string; title_es: string;
}
/** A link row joined with its target's goal and position, so links sort in the Agenda's order. */
export interface ObjectiveSdgTargetRow extends SourcedRow {
  objective_number: number; target_code: string; goal_number: number; position: number;
}

/** A title in each of the Agenda's three languages, keyed by the schema's SdgLanguage. */
export type Titles = Record<'EN' | 'FR' | 'ES', string>;

export interface SdgGoalModel {
  number: number; title: Titles; shortTitle: Titles; provenance: ProvenanceModel; createdAt: string; updatedAt: string;
}
export interface SdgTargetModel {
  code: string; goalNumber: number; position: number; title: Titles; provenance: ProvenanceModel; createdAt: string; updatedAt: string;
}
export interface ObjectiveSdgTargetModel {
  objectiveNumber: number; targetCode: string; goalNumber: number; position: number; provenance: ProvenanceModel;
}
/** A FundProject reference from the gateway, carrying the objectives `sdgTargets` requires. */
export interface FundProjectRef {
  id: string; objectives?: readonly { number: number }[] | null;
}

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

export const toObjective = (r: ObjectiveRow): ObjectiveModel => ({
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

export const toGuidingPrinciple = (r: GuidingPrincipleRow): GuidingPrincipleModel => ({
  letter: r.letter,
  code: r.code,
  title: r.title,
  summary: r.summary,
  provenance: provenanceFrom(r),
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

export const toReview = (r: ReviewRow): ReviewModel => ({
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

export const toSdgGoal = (r: SdgGoalRow): SdgGoalModel => ({
  number: r.number,
  title: { EN: r.title_en, FR: r.title_fr, ES: r.title_es },
  shortTitle: { EN: r.short_title_en, FR: r.short_title_fr, ES: r.short_title_es },
  provenance: provenanceFrom(r),
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

export const toSdgTarget = (r: SdgTargetRow): SdgTargetModel => ({
  code: r.code,
  goalNumber: r.goal_number,
  position: r.position,
  title: { EN: r.title_en, FR: r.title_fr, ES: r.title_es },
  provenance: provenanceFrom(r),
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

export const toObjectiveSdgTarget = (r: ObjectiveSdgTargetRow): ObjectiveSdgTargetModel => ({
  objectiveNumber: r.objective_number,
  targetCode: r.target_code,
  goalNumber: r.goal_number,
  position: r.position,
  provenance: provenanceFrom(r),
});
