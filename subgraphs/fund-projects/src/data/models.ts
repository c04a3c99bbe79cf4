// The shapes resolvers receive (codegen maps the schema's types to these) and the row mappers. Money is BigInt cents
// in every model; resolvers turn it into `Money` strings at the edge.
import { parseBool, provenanceFrom, type ConfidenceCode, type ProvenanceModel } from '@unmn/shared/rows';
import type { HubRegion } from '@unmn/shared/countries';
import { centsFrom } from '../money.js';
import type {
  ContributionRow, FundProjectRow, ParticipantRow, ProgressReportRow, ProjectCountryRow, ProjectEventRow, ThematicAreaObjectiveRow, ThematicAreaRow, TransferRow,
} from './rows.js';

export const FUND_PROJECT_STATUSES = ['CONCEPT_NOTE', 'PIPELINE', 'APPROVED', 'ACTIVE', 'CLOSED', 'NOT_SELECTED'] as const;
export type FundProjectStatus = (typeof FUND_PROJECT_STATUSES)[number];
export type ProjectScope = 'NATIONAL' | 'MULTI_COUNTRY' | 'REGIONAL' | 'GLOBAL';
export type MarkerRating = 'NO_CONTRIBUTION' | 'LIMITED' | 'SIGNIFICANT' | 'PRINCIPAL';
export type ContributionKind = 'PLEDGED' | 'DEPOSITED';

export interface FundProjectModel {
  id: string;
  code: string;
  title: string;
  summary: string;
  scope: ProjectScope;
  thematicAreaId: string;
  budgetCents: bigint;
  durationMonths: number | null;
  startDate: string | null;
  endDate: string | null;
  status: FundProjectStatus;
  submittedOn: string;
  decidedOn: string | null;
  closedOn: string | null;
  genderMarker: MarkerRating | null;
  humanRightsMarker: MarkerRating | null;
  supportRequestId: string | null;
  provenance: ProvenanceModel;
  budgetProvenance: ProvenanceModel;
  objectivesProvenance: ProvenanceModel;
  /** Where the participating organizations and the lead come from; the record's provenance when not set apart. */
  participantsProvenance: ProvenanceModel;
  sample: boolean;
  version: number;
  createdAt: string;
  updatedAt: string;
}

export interface ParticipantModel {
  projectId: string;
  organizationId: string;
  isLead: boolean;
  shareCents: bigint;
  /** Sum of transfers to this organization for this programme (derived when read). */
  transferredCents: bigint;
}

export interface ProjectCountryModel {
  iso3: string;
  hubRegion: HubRegion;
}

export interface StatusChangeModel {
  from: FundProjectStatus | null;
  to: FundProjectStatus;
  at: string;
  byRole: string;
  note: string | null;
}

export interface ThematicAreaModel {
  id: string;
  number: number;
  title: string;
  provenance: ProvenanceModel;
  createdAt: string;
  updatedAt: string;
}

export interface ThematicAreaObjectiveModel {
  objectiveNumber: number;
  thematicAreaId: string;
  provenance: ProvenanceModel;
}

export interface ContributionModel {
  id: string;
  donor: string;
  donorCountryIso3: string | null;
  kind: ContributionKind;
  date: string;
  amountCents: bigint;
  provenance: ProvenanceModel;
  createdAt: string;
  updatedAt: string;
}

export interface TransferModel {
  id: string;
  projectId: string;
  organizationId: string;
  date: string;
  amountCents: bigint;
  provenance: ProvenanceModel;
  createdAt: string;
  updatedAt: string;
}

export interface ProgressReportModel {
  id: string;
  projectId: string;
  organizationId: string;
  periodStart: string;
  periodEnd: string;
  narrative: string;
  submittedBy: 'MEMBER' | 'SECRETARIAT';
  createdAt: string;
  updatedAt: string;
}

export interface FundTotalsModel {
  depositedCents: bigint;
  pledgedCents: bigint;
  transferredCents: bigint;
}

export type FundingGroupBy = 'THEMATIC_AREA' | 'OBJECTIVE' | 'COUNTRY' | 'REGION' | 'ORGANIZATION' | 'YEAR' | 'STATUS';

export interface FundingSummaryRowModel {
  groupBy: FundingGroupBy;
  key: string;
  /** The key as a region or a status, when the rows are grouped by one. */
  region: HubRegion | null;
  status: FundProjectStatus | null;
  projectCount: number;
  budgetCents: bigint;
  transferredCents: bigint;
}

export interface FundingTotalsModel {
  projectCount: number;
  budgetCents: bigint;
  transferredCents: bigint;
}

export interface FundingSummaryModel {
  groupBy: FundingGroupBy;
  rowsOverlap: boolean;
  rows: FundingSummaryRowModel[];
  totals: FundingTotalsModel;
}

export interface ThematicBalanceRowModel {
  thematicAreaId: string;
  projectCount: number;
  approvedCents: bigint;
  sharePercent: string;
}

export interface ThematicBalanceModel {
  approvedCents: bigint;
  areas: ThematicBalanceRowModel[];
}

export type FundModel = typeof import('./reference/fund.js').FUND;

export const toFundProject = (r: FundProjectRow): FundProjectModel => ({
  id: r.id,
  code: r.code,
  title: r.title,
  summary: r.summary,
  scope: r.scope,
  thematicAreaId: r.thematic_area_id,
  budgetCents: centsFrom(r.budget_cents),
  durationMonths: r.duration_months ?? null,
  startDate: r.start_date ?? null,
  endDate: r.end_date ?? null,
  status: r.status,
  submittedOn: r.submitted_on,
  decidedOn: r.decided_on ?? null,
  closedOn: r.closed_on ?? null,
  genderMarker: r.gender_marker ?? null,
  humanRightsMarker: r.human_rights_marker ?? null,
  supportRequestId: r.support_request_id ?? null,
  provenance: provenanceFrom(r),
  budgetProvenance: provenanceFrom(r, 'budget_'),
  objectivesProvenance: provenanceFrom(r, 'objectives_'),
  participantsProvenance: r.participants_source ? provenanceFrom(r, 'participants_') : provenanceFrom(r),
  sample: parseBool(r.sample),
  version: Number(r.version),
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

export const toParticipant = (r: ParticipantRow): ParticipantModel => ({
  projectId: r.project_id,
  organizationId: r.organization_id,
  isLead: parseBool(r.is_lead),
  shareCents: centsFrom(r.share_cents),
  transferredCents: centsFrom(r.transferred_cents ?? 0),
});

export const toThematicArea = (r: ThematicAreaRow): ThematicAreaModel => ({
  id: r.id,
  number: r.number,
  title: r.title,
  provenance: provenanceFrom(r),
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

export const toThematicAreaObjective = (r: ThematicAreaObjectiveRow): ThematicAreaObjectiveModel => ({
  objectiveNumber: Number(r.objective_number),
  thematicAreaId: r.thematic_area_id,
  provenance: provenanceFrom(r),
});

export const toContribution = (r: ContributionRow): ContributionModel => ({
  id: r.id,
  donor: r.donor,
  donorCountryIso3: r.donor_country_iso3 ?? null,
  kind: r.kind,
  date: r.date,
  amountCents: centsFrom(r.amount_cents),
  provenance: provenanceFrom(r),
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

export const toTransfer = (r: TransferRow): TransferModel => ({
  id: r.id,
  projectId: r.project_id,
  organizationId: r.organization_id,
  date: r.date,
  amountCents: centsFrom(r.amount_cents),
  provenance: provenanceFrom(r),
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

export const toProgressReport = (r: ProgressReportRow): ProgressReportModel => ({
  id: r.id,
  projectId: r.project_id,
  organizationId: r.organization_id,
  periodStart: r.period_start,
  periodEnd: r.period_end,
  narrative: r.narrative,
  submittedBy: r.by_role === 'secretariat' ? 'SECRETARIAT' : 'MEMBER',
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

export const toProjectCountry = (r: ProjectCountryRow): ProjectCountryModel => ({ iso3: r.country_iso3, hubRegion: r.hub_region });

export const toStatusChange = (r: ProjectEventRow): StatusChangeModel => ({
  from: r.from_status ?? null,
  to: r.to_status,
  at: r.at,
  byRole: r.by_role,
  note: r.note ?? null,
});

/** Programme year: the start date's year, or the submission year when there is no start date. */
export const projectYear = (p: Pick<FundProjectModel, 'startDate' | 'submittedOn'>) => Number((p.startDate ?? p.submittedOn).slice(0, 4));

/** Key stubs of other subgraphs' entities: this subgraph only ever knows their keys. */
export interface OrganizationRef { id: string }
export interface CountryRef { iso3: string }
export interface ObjectiveRef { number: number }
export interface SupportRequestRef { id: string }
export type CapitalisationTargetModel = FundModel['capitalisationTargets'][number];

/** Who made a change, for the status history and the records' provenance. */
export interface Actor { role: string; subject: string | null }

/** Provenance as a write gives it (a confidence code, as stored). */
export interface ProvenanceInput { source: string; confidence: ConfidenceCode; note?: string | null }

/** Provenance of what a client writes through the API: its own `source` when given, else who wrote it. */
export const apiProvenance = (verb: 'submitted' | 'updated' | 'recorded', role: string, organizationId: string | null = null, given: string | null = null): ProvenanceInput => ({
  source: given ?? `${verb} through the API by ${role}${organizationId ? ` (${organizationId})` : ''}`,
  confidence: 'C',
});
