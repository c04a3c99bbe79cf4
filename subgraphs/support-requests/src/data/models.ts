// The shapes resolvers receive (codegen maps the schema's types to these). Row shapes and their mappers: rows.ts.
import type { HubRegionCode } from '@unmn/shared/countries';
import type { Role } from '@unmn/shared/viewer';

export type Status = 'SUBMITTED' | 'UNDER_ASSESSMENT' | 'DECLINED' | 'PARTNERS_IDENTIFIED' | 'IN_IMPLEMENTATION' | 'COMPLETED' | 'WITHDRAWN';
export const STATUSES: readonly Status[] = ['SUBMITTED', 'UNDER_ASSESSMENT', 'DECLINED', 'PARTNERS_IDENTIFIED', 'IN_IMPLEMENTATION', 'COMPLETED', 'WITHDRAWN'];
export type SupportKind = 'ADVICE' | 'TECHNICAL_ASSISTANCE' | 'PEER_EXCHANGE' | 'JOINT_PROGRAMME' | 'FUNDING';
export const SUPPORT_KINDS: readonly SupportKind[] = ['ADVICE', 'TECHNICAL_ASSISTANCE', 'PEER_EXCHANGE', 'JOINT_PROGRAMME', 'FUNDING'];
/** The Hub's regions: shared/countries.ts owns the list and which country is in which. */
export type HubRegion = HubRegionCode;
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
