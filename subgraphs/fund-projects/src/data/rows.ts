// The rows this subgraph's tables hand back, as both dialects return them: booleans may be 0/1 (SQLite), bigint money
// may be a number (SQLite) or a string (PostgreSQL), and a SUM is cast to text in SQL so it arrives exact. Mappers in
// models.ts take these, never `any`. Enumerated columns carry their domain: only this subgraph writes them.
import type { HubRegion } from '@unmn/shared/countries';
import type { ConfidenceCode } from '@unmn/shared/rows';
import type { ContributionKind, FundProjectStatus, MarkerRating, ProjectScope } from './models.js';

/** A bigint cents column or a SUM cast to text. */
export type CentsValue = string | number | bigint | null;
export type BoolValue = boolean | number | string;

interface ProvenanceRow {
  source: string;
  confidence: ConfidenceCode;
  note: string | null;
}

interface Timestamps {
  created_at: string;
  updated_at: string;
}

export interface FundProjectRow extends ProvenanceRow, Timestamps {
  id: string;
  code: string;
  title: string;
  summary: string;
  scope: ProjectScope;
  thematic_area_id: string;
  budget_cents: CentsValue;
  duration_months: number | null;
  start_date: string | null;
  end_date: string | null;
  status: FundProjectStatus;
  submitted_on: string;
  decided_on: string | null;
  closed_on: string | null;
  gender_marker: MarkerRating | null;
  human_rights_marker: MarkerRating | null;
  support_request_id: string | null;
  budget_source: string;
  budget_confidence: ConfidenceCode;
  budget_note: string | null;
  objectives_source: string;
  objectives_confidence: ConfidenceCode;
  objectives_note: string | null;
  participants_source: string | null;
  participants_confidence: ConfidenceCode | null;
  participants_note: string | null;
  sample: BoolValue;
  version: number | string;
}

/** fund_project_participants, with what each has received (`transferred_cents`) when a read joins the transfers. */
export interface ParticipantRow {
  project_id: string;
  organization_id: string;
  is_lead: BoolValue;
  share_cents: CentsValue;
  position: number;
  transferred_cents?: CentsValue;
}

export interface ProjectCountryRow {
  project_id: string;
  country_iso3: string;
  hub_region: HubRegion;
  position: number;
}

export interface ProjectObjectiveRow {
  project_id: string;
  objective_number: number | string;
  position: number;
}

export interface ProjectPartnerRow {
  project_id: string;
  position: number;
  name: string;
}

export interface ProjectEventRow {
  id: number;
  project_id: string;
  from_status: FundProjectStatus | null;
  to_status: FundProjectStatus;
  at: string;
  by_role: string;
  by_subject: string | null;
  note: string | null;
}

export interface ThematicAreaRow extends ProvenanceRow, Timestamps {
  id: string;
  number: number;
  title: string;
}

export interface ThematicAreaObjectiveRow extends ProvenanceRow {
  objective_number: number | string;
  thematic_area_id: string;
}

export interface ContributionRow extends ProvenanceRow, Timestamps {
  id: string;
  fund_code: string;
  donor: string;
  donor_country_iso3: string | null;
  kind: ContributionKind;
  date: string;
  amount_cents: CentsValue;
  sample: BoolValue;
}

export interface TransferRow extends ProvenanceRow, Timestamps {
  id: string;
  project_id: string;
  organization_id: string;
  date: string;
  amount_cents: CentsValue;
  sample: BoolValue;
}

export interface ProgressReportRow extends Timestamps {
  id: string;
  project_id: string;
  organization_id: string;
  period_start: string;
  period_end: string;
  narrative: string;
  by_role: string;
  by_subject: string | null;
}

/** One group of a funding summary or the thematic balance: a key, a count and two sums cast to text. */
export interface SumRow {
  group_key?: string | number;
  n: number | string;
  budget: CentsValue;
  transferred: CentsValue;
}

/** A row under a parent key, as paginateByParent selects it. */
export type WithParentKey<R> = R & { parent_key: string | number };
