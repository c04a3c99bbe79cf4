// The tables' rows as the drivers return them, and their mappers to the models resolvers receive. PostgreSQL returns
// timestamptz through shared/db.ts's parser as ISO strings and booleans as booleans; SQLite returns the ISO text we
// wrote and 0/1.
import { parseJson } from '@unmn/shared/db';
import { parseBool } from '@unmn/shared/rows';
import type { Role } from '@unmn/shared/viewer';
import type {
  Channel, EventKind, HubRegion, MatchResponse, MatchedPartnerModel, Priority, Status, SupportKind,
  SupportRequestEventModel, SupportRequestModel,
} from './models.js';

type Timestamp = string | Date;
type Bool = boolean | number;

export interface SupportRequestRow {
  id: string;
  code: string;
  country_iso3: string;
  region: HubRegion;
  channel: Channel;
  requesting_authority: string;
  title: string;
  description: string;
  contact_name: string;
  contact_email: string;
  contact_phone: string | null;
  priority: Priority;
  status: Status;
  assessment_notes: string | null;
  /** JSON array of SupportKind. */
  assessment_recommended: string | null;
  assessed_at: Timestamp | null;
  lead_organization_id: string | null;
  submitted_at: Timestamp;
  partners_identified_at: Timestamp | null;
  implementation_started_at: Timestamp | null;
  closed_at: Timestamp | null;
  submitter_role: Role;
  submitter_subject: string | null;
  idempotency_scope: string | null;
  idempotency_key: string | null;
  request_hash: string | null;
  sample: Bool;
  version: number;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface PartnerRow {
  request_id: string;
  organization_id: string;
  is_lead: Bool;
  role: string;
  response: MatchResponse;
  responded_at: Timestamp | null;
  matched_at: Timestamp;
}

export interface EventRow {
  id: number | string;
  request_id: string;
  kind: EventKind;
  actor_role: Role;
  actor_subject: string | null;
  actor_organization_id: string | null;
  actor_country_iso3: string | null;
  at: Timestamp;
  from_status: Status | null;
  to_status: Status;
  comment: string | null;
  /** JSON array of field names. */
  changes: string;
  version: number;
}

export interface ObjectiveRow { request_id: string; objective_number: number }
export interface PrincipleRow { request_id: string; letter: string }
export interface KindRow { request_id: string; kind: SupportKind }

/** An aggregate row: a group key and its count (PostgreSQL returns count(*) as a string). */
export interface CountRow { key: string | number; n: number | string }

/** The columns the duration statistics read. */
export type MilestoneRow = Pick<SupportRequestRow, 'submitted_at' | 'partners_identified_at' | 'closed_at' | 'status'>;

export const iso = (v: Timestamp): string => (v instanceof Date ? v.toISOString() : String(v));
const isoOrNull = (v: Timestamp | null | undefined): string | null => (v === null || v === undefined ? null : iso(v));

export const toSupportRequest = (r: SupportRequestRow): SupportRequestModel => ({
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
    : { notes: r.assessment_notes, recommendedResponses: parseJson<SupportKind[]>(r.assessment_recommended, []), assessedAt: isoOrNull(r.assessed_at)! },
  leadOrganizationId: r.lead_organization_id ?? null,
  submittedAt: iso(r.submitted_at),
  partnersIdentifiedAt: isoOrNull(r.partners_identified_at),
  implementationStartedAt: isoOrNull(r.implementation_started_at),
  closedAt: isoOrNull(r.closed_at),
  submitterRole: r.submitter_role,
  submitterSubject: r.submitter_subject ?? null,
  sample: parseBool(r.sample),
  version: Number(r.version),
  createdAt: iso(r.created_at),
  updatedAt: iso(r.updated_at),
});

export const toPartner = (r: PartnerRow): MatchedPartnerModel => ({
  organizationId: r.organization_id,
  isLead: parseBool(r.is_lead),
  role: r.role,
  response: r.response,
  respondedAt: isoOrNull(r.responded_at),
  matchedAt: iso(r.matched_at),
});

export const toEvent = (r: EventRow): SupportRequestEventModel => ({
  id: String(r.id),
  kind: r.kind,
  actor: { role: r.actor_role, subject: r.actor_subject ?? null, organizationId: r.actor_organization_id ?? null, countryIso3: r.actor_country_iso3 ?? null },
  at: iso(r.at),
  fromStatus: r.from_status ?? null,
  toStatus: r.to_status,
  comment: r.comment ?? null,
  changes: parseJson<string[]>(r.changes, []),
  version: Number(r.version),
});
