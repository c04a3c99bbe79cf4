// The shapes resolvers receive (codegen maps the schema's types to these), and the row mappers from database rows.
import { parseBool } from '@unmn/shared/rows';
import { parseJson } from '@unmn/shared/db';
import type { Role } from '@unmn/shared/viewer';

export type Status = 'SUBMITTED' | 'UNDER_ASSESSMENT' | 'DECLINED' | 'PARTNERS_IDENTIFIED' | 'IN_IMPLEMENTATION' | 'COMPLETED' | 'WITHDRAWN';
export const STATUSES: readonly Status[] = ['SUBMITTED', 'UNDER_ASSESSMENT', 'DECLINED', 'PARTNERS_IDENTIFIED', 'IN_IMPLEMENTATION', 'COMPLETED', 'WITHDRAWN'];
export type SupportKind = 'ADVICE' | 'TECHNICAL_ASSISTANCE' | 'PEER_EXCHANGE' | 'JOINT_PROGRAMME' | 'FUNDING';
export const SUPPORT_KINDS: readonly SupportKind[] = ['ADVICE', 'TECHNICAL_ASSISTANCE', 'PEER_EXCHANGE', 'JOINT_PROGRAMME', 'FUNDING'];
export type HubRegion = 'AFRICA' | 'AMERICAS' | 'ASIA' | 'EUROPE' | 'OCEANIA';
export const HUB_REGIONS: readonly HubRegion[] = ['AFRICA', 'AMERICAS', 'ASIA', 'EUROPE', 'OCEANIA'];
export type Channel = 'RESIDENT_COORDINATOR_OFFICE' | 'COUNTRY_NETWORK_ON_MIGRATION' | 'GOVERNMENT_DIRECT';
export type Priority = 'LOW' | 'MEDIUM' | 'HIGH' | 'URGENT';
export type MatchResponse = 'PENDING' | 'ACCEPTED' | 'DECLINED';
export type EventKind =
  | 'SUBMITTED' | 'EDITED' | 'ASSESSED' | 'DECLINED' | 'PARTNERS_MATCHED' | 'MATCH_ACCEPTED' | 'MATCH_DECLINED'
  | 'PROGRESS_RECORDED' | 'COMPLETED' | 'WITHDRAWN';

/** Key stubs of other subgraphs' entities: this subgraph only ever returns their keys. */
export interface CountryRef { iso3: string }
export interface ObjectiveRef { number: number }
export interface OrganizationRef { id: string }

export interface SupportRequestModel {
  id: string;
  code: string;
  countryIso3: string;
  region: HubRegion;
  channel: Channel;
  requestingAuthority: string;
  title: string;
  description: string;
  contact: { name: string; email: string; phone: string | null };
  priority: Priority;
  status: Status;
  assessment: { notes: string; recommendedResponses: SupportKind[]; assessedAt: string } | null;
  leadOrganizationId: string | null;
  submittedAt: string;
  partnersIdentifiedAt: string | null;
  implementationStartedAt: string | null;
  closedAt: string | null;
  submitterRole: Role;
  submitterSubject: string | null;
  sample: boolean;
  version: number;
  createdAt: string;
  updatedAt: string;
}

export interface MatchedPartnerModel {
  organizationId: string;
  isLead: boolean;
  role: string;
  response: MatchResponse;
  respondedAt: string | null;
  matchedAt: string;
}

export interface EventActorModel {
  role: Role;
  subject: string | null;
  organizationId: string | null;
  countryIso3: string | null;
}

export interface SupportRequestEventModel {
  id: string;
  kind: EventKind;
  actor: EventActorModel;
  at: string;
  fromStatus: Status | null;
  toStatus: Status;
  comment: string | null;
  changes: string[];
  version: number;
}

export interface DurationStatsModel {
  count: number;
  medianDays: number | null;
  p90Days: number | null;
}

export interface StatsModel {
  total: number;
  byStatus: { status: Status; count: number }[];
  byRegion: { region: HubRegion; count: number }[];
  byObjective: { objective: ObjectiveRef; count: number }[];
  bySupportKind: { kind: SupportKind; count: number }[];
  daysToPartnersIdentified: DurationStatsModel;
  daysToCompletion: DurationStatsModel;
}

// PostgreSQL returns timestamptz through shared/db.ts's parser as ISO strings; SQLite stores the ISO text we wrote.
const ts = (v: unknown): string | null => (v === null || v === undefined ? null : v instanceof Date ? v.toISOString() : String(v));

export const toSupportRequest = (r: any): SupportRequestModel => ({
  id: r.id,
  code: r.code,
  countryIso3: r.country_iso3,
  region: r.region,
  channel: r.channel,
  requestingAuthority: r.requesting_authority,
  title: r.title,
  description: r.description,
  contact: { name: r.contact_name, email: r.contact_email, phone: r.contact_phone ?? null },
  priority: r.priority,
  status: r.status,
  assessment: r.assessment_notes === null || r.assessment_notes === undefined
    ? null
    : { notes: r.assessment_notes, recommendedResponses: parseJson<SupportKind[]>(r.assessment_recommended, []), assessedAt: ts(r.assessed_at)! },
  leadOrganizationId: r.lead_organization_id ?? null,
  submittedAt: ts(r.submitted_at)!,
  partnersIdentifiedAt: ts(r.partners_identified_at),
  implementationStartedAt: ts(r.implementation_started_at),
  closedAt: ts(r.closed_at),
  submitterRole: r.submitter_role,
  submitterSubject: r.submitter_subject ?? null,
  sample: parseBool(r.sample),
  version: Number(r.version),
  createdAt: ts(r.created_at)!,
  updatedAt: ts(r.updated_at)!,
});

export const toPartner = (r: any): MatchedPartnerModel => ({
  organizationId: r.organization_id,
  isLead: parseBool(r.is_lead),
  role: r.role,
  response: r.response,
  respondedAt: ts(r.responded_at),
  matchedAt: ts(r.matched_at)!,
});

export const toEvent = (r: any): SupportRequestEventModel => ({
  id: String(r.id),
  kind: r.kind,
  actor: { role: r.actor_role, subject: r.actor_subject ?? null, organizationId: r.actor_organization_id ?? null, countryIso3: r.actor_country_iso3 ?? null },
  at: ts(r.at)!,
  fromStatus: r.from_status ?? null,
  toStatus: r.to_status,
  comment: r.comment ?? null,
  changes: parseJson<string[]>(r.changes, []),
  version: Number(r.version),
});
