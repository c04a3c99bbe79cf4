import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { SupportRequestModel, SupportRequestEventModel, EventActorModel, MatchedPartnerModel, CountryRef, ObjectiveRef, OrganizationRef, StatsModel } from '../data/models.js';
import type { SupportRequestsContext } from '../context.js';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A calendar date in ISO 8601 form, e.g. `2018-12-10`. */
  Date: { input: string; output: string; }
  /** A point in time in ISO 8601 form with a UTC offset, e.g. `2026-11-28T09:00:00.000Z`. */
  DateTime: { input: string; output: string; }
  _FieldSet: { input: unknown; output: unknown; }
};

/** The secretariat's assessment: starts it (SUBMITTED -> UNDER_ASSESSMENT) or updates it while under assessment. */
export type AssessSupportRequestInput = {
  /** A comment for the history. */
  comment?: InputMaybe<Scalars['String']['input']>;
  /** The request. */
  id: Scalars['ID']['input'];
  /** Assessment notes (1 to 20000 characters). */
  notes: Scalars['String']['input'];
  /** Recommended responses. */
  recommendedResponses: Array<SupportKind>;
  /** The version you read. */
  version: Scalars['Int']['input'];
};

/** The secretariat's assessment of a request. Restricted: only full viewers see it. */
export type Assessment = {
  __typename?: 'Assessment';
  /** When the assessment was last written. */
  assessedAt: Scalars['DateTime']['output'];
  /** The secretariat's notes. */
  notes: Scalars['String']['output'];
  /** The responses the secretariat recommends. */
  recommendedResponses: Array<SupportKind>;
};

/** Completes a request in implementation. */
export type CompleteSupportRequestInput = {
  /** The request. */
  id: Scalars['ID']['input'];
  /** What was delivered (1 to 5000 characters). */
  summary: Scalars['String']['input'];
  /** The version you read. */
  version: Scalars['Int']['input'];
};

/** Who to contact about a request at the requesting authority. Restricted: only full viewers see it. */
export type ContactDetails = {
  __typename?: 'ContactDetails';
  /** Contact e-mail address. */
  email: Scalars['String']['output'];
  /** Contact person's name. */
  name: Scalars['String']['output'];
  /** Contact telephone number, if given. */
  phone?: Maybe<Scalars['String']['output']>;
};

/** Contact details given with a submission. */
export type ContactInput = {
  /** Contact e-mail address. */
  email: Scalars['String']['input'];
  /** Contact person's name (1 to 200 characters). */
  name: Scalars['String']['input'];
  /** Contact telephone number. */
  phone?: InputMaybe<Scalars['String']['input']>;
};

/** A UN Member State or observer State, owned by the members subgraph. This subgraph adds the support requests it made. */
export type Country = {
  __typename?: 'Country';
  /** ISO 3166-1 alpha-3 code, e.g. `MEX`: the key. */
  iso3: Scalars['ID']['output'];
  /** Support requests this country submitted that the viewer may see, newest submission first unless `sort` says otherwise. */
  supportRequests?: Maybe<SupportRequestConnection>;
};


/** A UN Member State or observer State, owned by the members subgraph. This subgraph adds the support requests it made. */
export type CountrySupportRequestsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<SupportRequestFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<SupportRequestSort>;
};

/** Declines a request under assessment. */
export type DeclineSupportRequestInput = {
  /** The request. */
  id: Scalars['ID']['input'];
  /** Why (1 to 5000 characters); the country sees it. */
  reason: Scalars['String']['input'];
  /** The version you read. */
  version: Scalars['Int']['input'];
};

/** Distribution of elapsed days over the requests that reached a milestone. */
export type DurationStats = {
  __typename?: 'DurationStats';
  /** How many requests reached the milestone. */
  count: Scalars['Int']['output'];
  /** Median days (continuous percentile, interpolated); null when count is 0. */
  medianDays?: Maybe<Scalars['Float']['output']>;
  /** 90th percentile days (continuous percentile, interpolated); null when count is 0. */
  p90Days?: Maybe<Scalars['Float']['output']>;
};

/** Who did something to a request. */
export type EventActor = {
  __typename?: 'EventActor';
  /** Their country, for the country role. */
  country?: Maybe<Country>;
  /** Their organization, for the member role. */
  organization?: Maybe<Organization>;
  /** The role they acted in. */
  role: Role;
  /** The token subject (a user id in the identity provider). */
  subject?: Maybe<Scalars['String']['output']>;
};

/** One of the GCM's ten guiding principles, owned by the gcm-objectives subgraph; referred to by letter. */
export type GuidingPrinciple = {
  __typename?: 'GuidingPrinciple';
  /** Letter of the sub-paragraph of GCM para 15, `a` to `j`. */
  letter: Scalars['String']['output'];
};

/** Regions of the Migration Network Hub's filter (continents, the top level of UN M49). */
export type HubRegion =
  /** Africa (UN M49 region 002). */
  | 'AFRICA'
  /** The Americas (UN M49 region 019): Latin America and the Caribbean, and Northern America. */
  | 'AMERICAS'
  /** Asia (UN M49 region 142). */
  | 'ASIA'
  /** Europe (UN M49 region 150). */
  | 'EUROPE'
  /** Oceania (UN M49 region 009). */
  | 'OCEANIA';

/** Matches partners (UNDER_ASSESSMENT -> PARTNERS_IDENTIFIED), or changes the match while PARTNERS_IDENTIFIED. */
export type MatchPartnersInput = {
  /** A comment for the history. */
  comment?: InputMaybe<Scalars['String']['input']>;
  /** The request. */
  id: Scalars['ID']['input'];
  /** The lead: one of `partners`. */
  lead: Scalars['ID']['input'];
  /** The partners (at least one, no duplicates). */
  partners: Array<PartnerInput>;
  /** The version you read. */
  version: Scalars['Int']['input'];
};

/** A matched organization's answer to being matched. */
export type MatchResponse =
  /** The organization accepted to take part. */
  | 'ACCEPTED'
  /** The organization declined. */
  | 'DECLINED'
  /** Not answered yet. */
  | 'PENDING';

/** An organization matched to a request as an implementing partner. */
export type MatchedPartner = {
  __typename?: 'MatchedPartner';
  /** Whether it leads the response (exactly one partner of a match leads). */
  isLead: Scalars['Boolean']['output'];
  /** When it was matched. */
  matchedAt: Scalars['DateTime']['output'];
  /** The organization. */
  organization?: Maybe<Organization>;
  /** When it answered; null while pending. */
  respondedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Whether it accepted. */
  response: MatchResponse;
  /** What it is expected to do, e.g. `technical lead on labour migration statistics`. */
  role: Scalars['String']['output'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Starts or updates the assessment (secretariat). */
  assessSupportRequest: SupportRequest;
  /** Completes a request in implementation (the lead partner or the secretariat). */
  completeSupportRequest: SupportRequest;
  /** Declines a request under assessment (secretariat). */
  declineSupportRequest: SupportRequest;
  /** Matches partners with one lead (secretariat). */
  matchPartners: SupportRequest;
  /** Records progress; the first report starts implementation once the lead accepted (the lead partner or the secretariat). */
  recordProgress: SupportRequest;
  /** Accepts or declines a match (a member of a matched organization, for that organization). */
  respondToMatch: SupportRequest;
  /** Submits a request (a country for itself, or the secretariat on a country's behalf). Idempotent by `idempotencyKey`. */
  submitSupportRequest: SupportRequest;
  /** Edits a request's content while SUBMITTED or UNDER_ASSESSMENT (the submitting country or the secretariat). */
  updateSupportRequest: SupportRequest;
  /** Withdraws a request before implementation (the submitting country). */
  withdrawSupportRequest: SupportRequest;
};


export type MutationAssessSupportRequestArgs = {
  input: AssessSupportRequestInput;
};


export type MutationCompleteSupportRequestArgs = {
  input: CompleteSupportRequestInput;
};


export type MutationDeclineSupportRequestArgs = {
  input: DeclineSupportRequestInput;
};


export type MutationMatchPartnersArgs = {
  input: MatchPartnersInput;
};


export type MutationRecordProgressArgs = {
  input: RecordProgressInput;
};


export type MutationRespondToMatchArgs = {
  input: RespondToMatchInput;
};


export type MutationSubmitSupportRequestArgs = {
  input: SubmitSupportRequestInput;
};


export type MutationUpdateSupportRequestArgs = {
  input: UpdateSupportRequestInput;
};


export type MutationWithdrawSupportRequestArgs = {
  input: WithdrawSupportRequestInput;
};

/** One of the 23 GCM objectives, owned by the gcm-objectives subgraph. This subgraph adds the support requests concerning it. */
export type Objective = {
  __typename?: 'Objective';
  /** Objective number, 1 to 23: the key. */
  number: Scalars['Int']['output'];
  /** Support requests concerning this objective that the viewer may see, newest submission first unless `sort` says otherwise. */
  supportRequests?: Maybe<SupportRequestConnection>;
};


/** One of the 23 GCM objectives, owned by the gcm-objectives subgraph. This subgraph adds the support requests concerning it. */
export type ObjectiveSupportRequestsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<SupportRequestFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<SupportRequestSort>;
};

/** How many requests concern one objective (a request with several objectives counts under each). */
export type ObjectiveCount = {
  __typename?: 'ObjectiveCount';
  /** How many requests. */
  count: Scalars['Int']['output'];
  /** The objective. */
  objective?: Maybe<Objective>;
};

/** A UN entity, owned by the members subgraph. This subgraph adds the support requests it is matched to. */
export type Organization = {
  __typename?: 'Organization';
  /** The organization's id, e.g. `iom`. */
  id: Scalars['ID']['output'];
  /** Support requests this organization is matched to as a partner that the viewer may see, newest submission first unless `sort` says otherwise. */
  supportRequests?: Maybe<SupportRequestConnection>;
};


/** A UN entity, owned by the members subgraph. This subgraph adds the support requests it is matched to. */
export type OrganizationSupportRequestsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<SupportRequestFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<SupportRequestSort>;
};

/** Relay pagination state of a connection. */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** Cursor of the last edge on this page; pass it as `after` for the next page. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** Whether another page follows; fetch it with `after: endCursor`. */
  hasNextPage: Scalars['Boolean']['output'];
  /** Whether this page was fetched with an `after` cursor. */
  hasPreviousPage: Scalars['Boolean']['output'];
  /** Cursor of the first edge on this page. */
  startCursor?: Maybe<Scalars['String']['output']>;
};

/** A partner to match. */
export type PartnerInput = {
  /** Organization id, e.g. `ilo`. */
  organization: Scalars['ID']['input'];
  /** What it is expected to do (1 to 300 characters). */
  role: Scalars['String']['input'];
};

/** How urgent the requesting country says its request is. */
export type Priority =
  /** Needed soon, e.g. ahead of a national plan's adoption. */
  | 'HIGH'
  /** Can wait for the next planning cycle. */
  | 'LOW'
  /** The usual case. */
  | 'MEDIUM'
  /** Needed now, e.g. in a crisis. */
  | 'URGENT';

export type Query = {
  __typename?: 'Query';
  /** One support request by id; null when it does not exist or the viewer may not see it. */
  supportRequest?: Maybe<SupportRequest>;
  /** One support request by reference code (e.g. `SR-2026-0042`); null when unknown or not visible. */
  supportRequestByCode?: Maybe<SupportRequest>;
  /** Analyst aggregates: counts by status, region, objective and kind; median and p90 days to milestones. */
  supportRequestStats?: Maybe<SupportRequestStats>;
  /** Support requests the viewer may see. Page size is capped at 100. */
  supportRequests?: Maybe<SupportRequestConnection>;
};


export type QuerySupportRequestArgs = {
  id: Scalars['ID']['input'];
};


export type QuerySupportRequestByCodeArgs = {
  code: Scalars['String']['input'];
};


export type QuerySupportRequestStatsArgs = {
  filter?: InputMaybe<SupportRequestFilter>;
};


export type QuerySupportRequestsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<SupportRequestFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<SupportRequestSort>;
};

/** A progress report; the first one starts implementation (PARTNERS_IDENTIFIED -> IN_IMPLEMENTATION). */
export type RecordProgressInput = {
  /** The request. */
  id: Scalars['ID']['input'];
  /** What happened (1 to 5000 characters). */
  note: Scalars['String']['input'];
  /** The version you read. */
  version: Scalars['Int']['input'];
};

/** How many requests come from one region. */
export type RegionCount = {
  __typename?: 'RegionCount';
  /** How many requests. */
  count: Scalars['Int']['output'];
  /** The Hub region. */
  region: HubRegion;
};

/** A matched member's answer. */
export type RespondToMatchInput = {
  /** True to accept, false to decline. */
  accept: Scalars['Boolean']['input'];
  /** A comment for the history. */
  comment?: InputMaybe<Scalars['String']['input']>;
  /** The request. */
  id: Scalars['ID']['input'];
  /** The version you read. */
  version: Scalars['Int']['input'];
};

/** A role a caller may hold (see the README's role table). */
export type Role =
  /** No token: may read published, public data. */
  | 'ANONYMOUS'
  /** A government or Resident Coordinator office for one Country: submits and follows that country's support requests. */
  | 'COUNTRY'
  /** The fund's management unit: creates and updates projects, records contributions and transfers. */
  | 'FUND_MANAGER'
  /** Staff of one Organization: submits and edits its own resources, acts on requests it is matched to, reports on projects it participates in. */
  | 'MEMBER'
  /** The Network secretariat: reviews resources, assesses and matches requests, and everything a member may. */
  | 'SECRETARIAT'
  /** The fund's steering committee: approves or declines projects for funding. */
  | 'STEERING_COMMITTEE';

/** How many requests have one value of a dimension. */
export type StatusCount = {
  __typename?: 'StatusCount';
  /** How many requests. */
  count: Scalars['Int']['output'];
  /** The status. */
  status: SupportRequestStatus;
};

/** The channel a request came through. */
export type SubmissionChannel =
  /** The UN country network on migration (co-chaired by the Resident Coordinator and IOM). */
  | 'COUNTRY_NETWORK_ON_MIGRATION'
  /** The government directly. */
  | 'GOVERNMENT_DIRECT'
  /** The UN Resident Coordinator's office in the country. */
  | 'RESIDENT_COORDINATOR_OFFICE';

/** A new support request. */
export type SubmitSupportRequestInput = {
  /** The channel it came through. */
  channel: SubmissionChannel;
  /** Who to contact. */
  contact: ContactInput;
  /** ISO alpha-3 code of the requesting country; a country caller may submit only for its own country. */
  country: Scalars['ID']['input'];
  /** Full description of the need (1 to 20000 characters). */
  description: Scalars['String']['input'];
  /** Guiding principle letters concerned (`a` to `j`, no duplicates). */
  guidingPrinciples?: InputMaybe<Array<Scalars['String']['input']>>;
  /** A key the client chooses (8 to 100 characters); retrying with the same key returns the same request instead of creating another. */
  idempotencyKey: Scalars['String']['input'];
  /** GCM objective numbers concerned (1 to 23, at least one, no duplicates). */
  objectives: Array<Scalars['Int']['input']>;
  /** How urgent it is (MEDIUM when omitted). */
  priority?: InputMaybe<Priority>;
  /** The requesting authority (1 to 300 characters). */
  requestingAuthority: Scalars['String']['input'];
  /** Kinds of support sought (at least one). */
  supportKinds: Array<SupportKind>;
  /** Short title (1 to 200 characters). */
  title: Scalars['String']['input'];
};

/** A kind of support a country may seek from the connection hub (GCM para 43(a)). */
export type SupportKind =
  /** Policy or programming advice. */
  | 'ADVICE'
  /** Identifying funding, e.g. a Migration MPTF concept note. */
  | 'FUNDING'
  /** A multi-agency joint programme. */
  | 'JOINT_PROGRAMME'
  /** Peer-to-peer exchange with countries that implemented similar solutions. */
  | 'PEER_EXCHANGE'
  /** Technical assistance or capacity building. */
  | 'TECHNICAL_ASSISTANCE';

/** How many requests seek one kind of support (a request seeking several kinds counts under each). */
export type SupportKindCount = {
  __typename?: 'SupportKindCount';
  /** How many requests. */
  count: Scalars['Int']['output'];
  /** The kind. */
  kind: SupportKind;
};

/**
 * A country's request to the Network's connection hub for support in implementing the GCM (GCM para 43(a)): its
 * assessment by the secretariat, the partners matched to it and its full status history.
 * Anonymous readers see only requests past assessment (PARTNERS_IDENTIFIED, IN_IMPLEMENTATION, COMPLETED) as a public
 * summary; the submitting country and matched partners see their requests in full; the secretariat sees everything.
 */
export type SupportRequest = {
  __typename?: 'SupportRequest';
  /** The secretariat's assessment; null before assessment. Restricted: null for summary viewers. */
  assessment?: Maybe<Assessment>;
  /** The channel it came through. */
  channel: SubmissionChannel;
  /** When it reached a final state (declined, completed or withdrawn); null before. */
  closedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Human reference code, e.g. `SR-2026-0042` (year of submission and a sequence number). */
  code: Scalars['String']['output'];
  /** Contact at the requesting authority. Restricted: null for summary viewers. */
  contact?: Maybe<ContactDetails>;
  /** The requesting country. */
  country?: Maybe<Country>;
  /** When this record was created. */
  createdAt: Scalars['DateTime']['output'];
  /** Full description of the need. Restricted: null for summary viewers. */
  description?: Maybe<Scalars['String']['output']>;
  /** The GCM guiding principles it concerns. */
  guidingPrinciples?: Maybe<Array<GuidingPrinciple>>;
  /** Every change, oldest first unless `sort` says otherwise. Restricted: null for summary viewers. */
  history?: Maybe<Array<SupportRequestEvent>>;
  /** Opaque id. */
  id: Scalars['ID']['output'];
  /** When implementation started; null before. */
  implementationStartedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The lead partner; null before matching. */
  leadPartner?: Maybe<Organization>;
  /** The GCM objectives it concerns (at least one). */
  objectives?: Maybe<Array<Objective>>;
  /** Matched partners, the lead first, then by organization id; empty before matching. */
  partners: Array<MatchedPartner>;
  /** When partners were first identified; null before. */
  partnersIdentifiedAt?: Maybe<Scalars['DateTime']['output']>;
  /** How urgent it is. Restricted: null for summary viewers. */
  priority?: Maybe<Priority>;
  /** The requesting country's Hub region. */
  region: HubRegion;
  /** The requesting authority, e.g. `Ministry of Labour and Social Protection`. Restricted: null for summary viewers. */
  requestingAuthority?: Maybe<Scalars['String']['output']>;
  /** True when the record is illustrative sample data, not a real request. */
  sample: Scalars['Boolean']['output'];
  /** Where it is in its life. */
  status: SupportRequestStatus;
  /** When it was submitted. */
  submittedAt: Scalars['DateTime']['output'];
  /** The kinds of support sought (at least one). */
  supportKinds: Array<SupportKind>;
  /** Short title. */
  title: Scalars['String']['output'];
  /** When this record last changed; filter lists with `updatedSince` to sync changes. */
  updatedAt: Scalars['DateTime']['output'];
  /** Version for optimistic concurrency: pass it back with any mutation. */
  version: Scalars['Int']['output'];
  /** What the viewer may see of this request. */
  viewerAccess: SupportRequestAccess;
};


/**
 * A country's request to the Network's connection hub for support in implementing the GCM (GCM para 43(a)): its
 * assessment by the secretariat, the partners matched to it and its full status history.
 * Anonymous readers see only requests past assessment (PARTNERS_IDENTIFIED, IN_IMPLEMENTATION, COMPLETED) as a public
 * summary; the submitting country and matched partners see their requests in full; the secretariat sees everything.
 */
export type SupportRequestHistoryArgs = {
  sort?: InputMaybe<SupportRequestHistorySort>;
  updatedSince?: InputMaybe<Scalars['DateTime']['input']>;
};

/** What the viewer may see of a request. */
export type SupportRequestAccess =
  /** Everything: the submitting country, a matched partner, or the secretariat. */
  | 'FULL'
  /** The public summary only (country, objectives, principles, kinds, title, status, partners, dates); restricted fields are null. */
  | 'SUMMARY';

/** A page of support requests. */
export type SupportRequestConnection = {
  __typename?: 'SupportRequestConnection';
  /** The requests on this page with their cursors. */
  edges: Array<SupportRequestEdge>;
  /** Pagination state. */
  pageInfo: PageInfo;
  /** How many requests the viewer may see match the filter in all. */
  totalCount: Scalars['Int']['output'];
};

/** A support request and its cursor. */
export type SupportRequestEdge = {
  __typename?: 'SupportRequestEdge';
  /** Opaque cursor; pass as `after`. */
  cursor: Scalars['String']['output'];
  /** The request. */
  node: SupportRequest;
};

/** One change to a support request. Every change is an event; nothing is overwritten without one. */
export type SupportRequestEvent = {
  __typename?: 'SupportRequestEvent';
  /** Who did it. */
  actor: EventActor;
  /** When. */
  at: Scalars['DateTime']['output'];
  /** Names of the fields this event changed, e.g. `title`, `assessment`, `partners`. */
  changes: Array<Scalars['String']['output']>;
  /** The actor's comment, if any. */
  comment?: Maybe<Scalars['String']['output']>;
  /** Status before; null for the submission. */
  fromStatus?: Maybe<SupportRequestStatus>;
  /** Opaque id. */
  id: Scalars['ID']['output'];
  /** What happened. */
  kind: SupportRequestEventKind;
  /** Status after (the same as `fromStatus` when the status did not change). */
  toStatus: SupportRequestStatus;
  /** The request's version after this event. */
  version: Scalars['Int']['output'];
};

/** What happened in an event of a request's history. */
export type SupportRequestEventKind =
  /** The secretariat started the assessment (or updated its notes). */
  | 'ASSESSED'
  /** It was completed. */
  | 'COMPLETED'
  /** The secretariat declined it. */
  | 'DECLINED'
  /** Its content was edited (see `changes`). */
  | 'EDITED'
  /** A matched organization accepted. */
  | 'MATCH_ACCEPTED'
  /** A matched organization declined. */
  | 'MATCH_DECLINED'
  /** The secretariat matched partners (or changed the match). */
  | 'PARTNERS_MATCHED'
  /** Progress was recorded; the first progress report starts implementation. */
  | 'PROGRESS_RECORDED'
  /** The request was submitted. */
  | 'SUBMITTED'
  /** The submitting country withdrew it. */
  | 'WITHDRAWN';

/** Filters for support requests; all given criteria must hold. Lists only ever contain requests the viewer may see. */
export type SupportRequestFilter = {
  /** Only requests from these countries (ISO alpha-3 codes). */
  countries?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Only requests concerning any of these objectives (1 to 23). */
  objectives?: InputMaybe<Array<Scalars['Int']['input']>>;
  /** Only requests matched to any of these organizations. */
  partners?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Only requests from countries in these Hub regions. */
  regions?: InputMaybe<Array<HubRegion>>;
  /** Only these statuses. */
  statuses?: InputMaybe<Array<SupportRequestStatus>>;
  /** Only requests submitted before this instant. */
  submittedBefore?: InputMaybe<Scalars['DateTime']['input']>;
  /** Only requests submitted at or after this instant. */
  submittedFrom?: InputMaybe<Scalars['DateTime']['input']>;
  /** Only requests seeking any of these kinds of support. */
  supportKinds?: InputMaybe<Array<SupportKind>>;
  /** Only records changed after this instant. */
  updatedSince?: InputMaybe<Scalars['DateTime']['input']>;
};

/** Orders of a request's history; events of one request never share a version, which orders them. */
export type SupportRequestHistorySort =
  /** Newest first. */
  | 'NEWEST_FIRST'
  /** Oldest first, in the order the changes happened (the default). */
  | 'OLDEST_FIRST';

/** Orders for support request lists; ties are broken by id. */
export type SupportRequestSort =
  /** By reference code. */
  | 'CODE_ASC'
  /** Oldest submission first. */
  | 'SUBMITTED_ASC'
  /** Newest submission first (the default). */
  | 'SUBMITTED_DESC'
  /** Least recently changed first: walk this with `updatedSince` to sync changes. */
  | 'UPDATED_ASC'
  /** Most recently changed first. */
  | 'UPDATED_DESC';

/** Aggregates over the support requests the viewer may see that match a filter. */
export type SupportRequestStats = {
  __typename?: 'SupportRequestStats';
  /** Counts by objective (only objectives with requests), by objective number. */
  byObjective: Array<ObjectiveCount>;
  /** Counts by Hub region (every region, zeros included). */
  byRegion: Array<RegionCount>;
  /** Counts by status (every status, zeros included). */
  byStatus: Array<StatusCount>;
  /** Counts by kind of support (every kind, zeros included). */
  bySupportKind: Array<SupportKindCount>;
  /** Days from submission to completion. */
  daysToCompletion: DurationStats;
  /** Days from submission to partners identified. */
  daysToPartnersIdentified: DurationStats;
  /** How many requests. */
  total: Scalars['Int']['output'];
};

/**
 * Where a support request is in its life. The server enforces the order:
 * SUBMITTED -> UNDER_ASSESSMENT -> (DECLINED | PARTNERS_IDENTIFIED) -> IN_IMPLEMENTATION -> COMPLETED, and
 * WITHDRAWN by the submitting country from any state before IN_IMPLEMENTATION.
 */
export type SupportRequestStatus =
  /** The support was delivered (final). */
  | 'COMPLETED'
  /** The secretariat decided the connection hub cannot take it on (final). */
  | 'DECLINED'
  /** The lead partner has started work. */
  | 'IN_IMPLEMENTATION'
  /** Implementing partners have been matched; they are accepting or declining. */
  | 'PARTNERS_IDENTIFIED'
  /** Received from the country; not yet looked at by the secretariat. */
  | 'SUBMITTED'
  /** The Network secretariat is assessing it. */
  | 'UNDER_ASSESSMENT'
  /** The submitting country withdrew it before implementation (final). */
  | 'WITHDRAWN';

/** An edit of a request's content, allowed while it is SUBMITTED or UNDER_ASSESSMENT. Omitted fields are unchanged. */
export type UpdateSupportRequestInput = {
  /** Why it was edited. */
  comment?: InputMaybe<Scalars['String']['input']>;
  /** New contact. */
  contact?: InputMaybe<ContactInput>;
  /** New description. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** New guiding principles. */
  guidingPrinciples?: InputMaybe<Array<Scalars['String']['input']>>;
  /** The request. */
  id: Scalars['ID']['input'];
  /** New objectives. */
  objectives?: InputMaybe<Array<Scalars['Int']['input']>>;
  /** New priority. */
  priority?: InputMaybe<Priority>;
  /** New requesting authority. */
  requestingAuthority?: InputMaybe<Scalars['String']['input']>;
  /** New kinds of support sought. */
  supportKinds?: InputMaybe<Array<SupportKind>>;
  /** New title. */
  title?: InputMaybe<Scalars['String']['input']>;
  /** The version you read. */
  version: Scalars['Int']['input'];
};

/** Withdraws a request before implementation. */
export type WithdrawSupportRequestInput = {
  /** The request. */
  id: Scalars['ID']['input'];
  /** Why (optional). */
  reason?: InputMaybe<Scalars['String']['input']>;
  /** The version you read. */
  version: Scalars['Int']['input'];
};



export type ResolverTypeWrapper<T> = Promise<T> | T;

export type ReferenceResolver<TResult, TReference, TContext> = (
      reference: TReference,
      context: TContext,
      info: GraphQLResolveInfo
    ) => Promise<TResult> | TResult;

      type ScalarCheck<T, S> = S extends true ? T : NullableCheck<T, S>;
      type NullableCheck<T, S> = Maybe<T> extends T ? Maybe<ListCheck<NonNullable<T>, S>> : ListCheck<T, S>;
      type ListCheck<T, S> = T extends (infer U)[] ? NullableCheck<U, S>[] : GraphQLRecursivePick<T, S>;
      export type GraphQLRecursivePick<T, S> = { [K in keyof T & keyof S]: ScalarCheck<T[K], S[K]> };
    

export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

/** Mapping of federation types */
export type FederationTypes = {
  Country: Country;
  Objective: Objective;
  Organization: Organization;
  SupportRequest: SupportRequest;
};

/** Mapping of federation reference types */
export type FederationReferenceTypes = {
  Country:
    ( { __typename: 'Country' }
    & GraphQLRecursivePick<FederationTypes['Country'], {"iso3":true}> );
  Objective:
    ( { __typename: 'Objective' }
    & GraphQLRecursivePick<FederationTypes['Objective'], {"number":true}> );
  Organization:
    ( { __typename: 'Organization' }
    & GraphQLRecursivePick<FederationTypes['Organization'], {"id":true}> );
  SupportRequest:
    ( { __typename: 'SupportRequest' }
    & GraphQLRecursivePick<FederationTypes['SupportRequest'], {"id":true}> );
};



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  AssessSupportRequestInput: AssessSupportRequestInput;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  Assessment: ResolverTypeWrapper<Assessment>;
  CompleteSupportRequestInput: CompleteSupportRequestInput;
  ContactDetails: ResolverTypeWrapper<ContactDetails>;
  ContactInput: ContactInput;
  Country: ResolverTypeWrapper<CountryRef>;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DeclineSupportRequestInput: DeclineSupportRequestInput;
  DurationStats: ResolverTypeWrapper<DurationStats>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  EventActor: ResolverTypeWrapper<EventActorModel>;
  GuidingPrinciple: ResolverTypeWrapper<GuidingPrinciple>;
  HubRegion: HubRegion;
  MatchPartnersInput: MatchPartnersInput;
  MatchResponse: MatchResponse;
  MatchedPartner: ResolverTypeWrapper<MatchedPartnerModel>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Objective: ResolverTypeWrapper<ObjectiveRef>;
  ObjectiveCount: ResolverTypeWrapper<Omit<ObjectiveCount, 'objective'> & { objective?: Maybe<ResolversTypes['Objective']> }>;
  Organization: ResolverTypeWrapper<OrganizationRef>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  PartnerInput: PartnerInput;
  Priority: Priority;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RecordProgressInput: RecordProgressInput;
  RegionCount: ResolverTypeWrapper<RegionCount>;
  RespondToMatchInput: RespondToMatchInput;
  Role: Role;
  StatusCount: ResolverTypeWrapper<StatusCount>;
  SubmissionChannel: SubmissionChannel;
  SubmitSupportRequestInput: SubmitSupportRequestInput;
  SupportKind: SupportKind;
  SupportKindCount: ResolverTypeWrapper<SupportKindCount>;
  SupportRequest: ResolverTypeWrapper<SupportRequestModel>;
  SupportRequestAccess: SupportRequestAccess;
  SupportRequestConnection: ResolverTypeWrapper<Omit<SupportRequestConnection, 'edges'> & { edges: Array<ResolversTypes['SupportRequestEdge']> }>;
  SupportRequestEdge: ResolverTypeWrapper<Omit<SupportRequestEdge, 'node'> & { node: ResolversTypes['SupportRequest'] }>;
  SupportRequestEvent: ResolverTypeWrapper<SupportRequestEventModel>;
  SupportRequestEventKind: SupportRequestEventKind;
  SupportRequestFilter: SupportRequestFilter;
  SupportRequestHistorySort: SupportRequestHistorySort;
  SupportRequestSort: SupportRequestSort;
  SupportRequestStats: ResolverTypeWrapper<StatsModel>;
  SupportRequestStatus: SupportRequestStatus;
  UpdateSupportRequestInput: UpdateSupportRequestInput;
  WithdrawSupportRequestInput: WithdrawSupportRequestInput;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  AssessSupportRequestInput: AssessSupportRequestInput;
  String: Scalars['String']['output'];
  ID: Scalars['ID']['output'];
  Int: Scalars['Int']['output'];
  Assessment: Assessment;
  CompleteSupportRequestInput: CompleteSupportRequestInput;
  ContactDetails: ContactDetails;
  ContactInput: ContactInput;
  Country: CountryRef;
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  DeclineSupportRequestInput: DeclineSupportRequestInput;
  DurationStats: DurationStats;
  Float: Scalars['Float']['output'];
  EventActor: EventActorModel;
  GuidingPrinciple: GuidingPrinciple;
  MatchPartnersInput: MatchPartnersInput;
  MatchedPartner: MatchedPartnerModel;
  Boolean: Scalars['Boolean']['output'];
  Mutation: Record<PropertyKey, never>;
  Objective: ObjectiveRef;
  ObjectiveCount: Omit<ObjectiveCount, 'objective'> & { objective?: Maybe<ResolversParentTypes['Objective']> };
  Organization: OrganizationRef;
  PageInfo: PageInfo;
  PartnerInput: PartnerInput;
  Query: Record<PropertyKey, never>;
  RecordProgressInput: RecordProgressInput;
  RegionCount: RegionCount;
  RespondToMatchInput: RespondToMatchInput;
  StatusCount: StatusCount;
  SubmitSupportRequestInput: SubmitSupportRequestInput;
  SupportKindCount: SupportKindCount;
  SupportRequest: SupportRequestModel;
  SupportRequestConnection: Omit<SupportRequestConnection, 'edges'> & { edges: Array<ResolversParentTypes['SupportRequestEdge']> };
  SupportRequestEdge: Omit<SupportRequestEdge, 'node'> & { node: ResolversParentTypes['SupportRequest'] };
  SupportRequestEvent: SupportRequestEventModel;
  SupportRequestFilter: SupportRequestFilter;
  SupportRequestStats: StatsModel;
  UpdateSupportRequestInput: UpdateSupportRequestInput;
  WithdrawSupportRequestInput: WithdrawSupportRequestInput;
};

export type AssessmentResolvers<ContextType = SupportRequestsContext, ParentType extends ResolversParentTypes['Assessment'] = ResolversParentTypes['Assessment']> = {
  assessedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  notes?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  recommendedResponses?: Resolver<Array<ResolversTypes['SupportKind']>, ParentType, ContextType>;
};

export type ContactDetailsResolvers<ContextType = SupportRequestsContext, ParentType extends ResolversParentTypes['ContactDetails'] = ResolversParentTypes['ContactDetails']> = {
  email?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  phone?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type CountryResolvers<ContextType = SupportRequestsContext, ParentType extends ResolversParentTypes['Country'] = ResolversParentTypes['Country'], FederationReferenceType extends FederationReferenceTypes['Country'] = FederationReferenceTypes['Country']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Country']> | FederationReferenceType, FederationReferenceType, ContextType>;
  iso3?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  supportRequests?: Resolver<Maybe<ResolversTypes['SupportRequestConnection']>, ParentType, ContextType, Partial<CountrySupportRequestsArgs>>;
};

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DurationStatsResolvers<ContextType = SupportRequestsContext, ParentType extends ResolversParentTypes['DurationStats'] = ResolversParentTypes['DurationStats']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  medianDays?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  p90Days?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
};

export type EventActorResolvers<ContextType = SupportRequestsContext, ParentType extends ResolversParentTypes['EventActor'] = ResolversParentTypes['EventActor']> = {
  country?: Resolver<Maybe<ResolversTypes['Country']>, ParentType, ContextType>;
  organization?: Resolver<Maybe<ResolversTypes['Organization']>, ParentType, ContextType>;
  role?: Resolver<ResolversTypes['Role'], ParentType, ContextType>;
  subject?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type GuidingPrincipleResolvers<ContextType = SupportRequestsContext, ParentType extends ResolversParentTypes['GuidingPrinciple'] = ResolversParentTypes['GuidingPrinciple']> = {
  letter?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type MatchedPartnerResolvers<ContextType = SupportRequestsContext, ParentType extends ResolversParentTypes['MatchedPartner'] = ResolversParentTypes['MatchedPartner']> = {
  isLead?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  matchedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  organization?: Resolver<Maybe<ResolversTypes['Organization']>, ParentType, ContextType>;
  respondedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  response?: Resolver<ResolversTypes['MatchResponse'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type MutationResolvers<ContextType = SupportRequestsContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  assessSupportRequest?: Resolver<ResolversTypes['SupportRequest'], ParentType, ContextType, RequireFields<MutationAssessSupportRequestArgs, 'input'>>;
  completeSupportRequest?: Resolver<ResolversTypes['SupportRequest'], ParentType, ContextType, RequireFields<MutationCompleteSupportRequestArgs, 'input'>>;
  declineSupportRequest?: Resolver<ResolversTypes['SupportRequest'], ParentType, ContextType, RequireFields<MutationDeclineSupportRequestArgs, 'input'>>;
  matchPartners?: Resolver<ResolversTypes['SupportRequest'], ParentType, ContextType, RequireFields<MutationMatchPartnersArgs, 'input'>>;
  recordProgress?: Resolver<ResolversTypes['SupportRequest'], ParentType, ContextType, RequireFields<MutationRecordProgressArgs, 'input'>>;
  respondToMatch?: Resolver<ResolversTypes['SupportRequest'], ParentType, ContextType, RequireFields<MutationRespondToMatchArgs, 'input'>>;
  submitSupportRequest?: Resolver<ResolversTypes['SupportRequest'], ParentType, ContextType, RequireFields<MutationSubmitSupportRequestArgs, 'input'>>;
  updateSupportRequest?: Resolver<ResolversTypes['SupportRequest'], ParentType, ContextType, RequireFields<MutationUpdateSupportRequestArgs, 'input'>>;
  withdrawSupportRequest?: Resolver<ResolversTypes['SupportRequest'], ParentType, ContextType, RequireFields<MutationWithdrawSupportRequestArgs, 'input'>>;
};

export type ObjectiveResolvers<ContextType = SupportRequestsContext, ParentType extends ResolversParentTypes['Objective'] = ResolversParentTypes['Objective'], FederationReferenceType extends FederationReferenceTypes['Objective'] = FederationReferenceTypes['Objective']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Objective']> | FederationReferenceType, FederationReferenceType, ContextType>;
  number?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  supportRequests?: Resolver<Maybe<ResolversTypes['SupportRequestConnection']>, ParentType, ContextType, Partial<ObjectiveSupportRequestsArgs>>;
};

export type ObjectiveCountResolvers<ContextType = SupportRequestsContext, ParentType extends ResolversParentTypes['ObjectiveCount'] = ResolversParentTypes['ObjectiveCount']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  objective?: Resolver<Maybe<ResolversTypes['Objective']>, ParentType, ContextType>;
};

export type OrganizationResolvers<ContextType = SupportRequestsContext, ParentType extends ResolversParentTypes['Organization'] = ResolversParentTypes['Organization'], FederationReferenceType extends FederationReferenceTypes['Organization'] = FederationReferenceTypes['Organization']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Organization']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  supportRequests?: Resolver<Maybe<ResolversTypes['SupportRequestConnection']>, ParentType, ContextType, Partial<OrganizationSupportRequestsArgs>>;
};

export type PageInfoResolvers<ContextType = SupportRequestsContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type QueryResolvers<ContextType = SupportRequestsContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  supportRequest?: Resolver<Maybe<ResolversTypes['SupportRequest']>, ParentType, ContextType, RequireFields<QuerySupportRequestArgs, 'id'>>;
  supportRequestByCode?: Resolver<Maybe<ResolversTypes['SupportRequest']>, ParentType, ContextType, RequireFields<QuerySupportRequestByCodeArgs, 'code'>>;
  supportRequestStats?: Resolver<Maybe<ResolversTypes['SupportRequestStats']>, ParentType, ContextType, Partial<QuerySupportRequestStatsArgs>>;
  supportRequests?: Resolver<Maybe<ResolversTypes['SupportRequestConnection']>, ParentType, ContextType, Partial<QuerySupportRequestsArgs>>;
};

export type RegionCountResolvers<ContextType = SupportRequestsContext, ParentType extends ResolversParentTypes['RegionCount'] = ResolversParentTypes['RegionCount']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  region?: Resolver<ResolversTypes['HubRegion'], ParentType, ContextType>;
};

export type StatusCountResolvers<ContextType = SupportRequestsContext, ParentType extends ResolversParentTypes['StatusCount'] = ResolversParentTypes['StatusCount']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['SupportRequestStatus'], ParentType, ContextType>;
};

export type SupportKindCountResolvers<ContextType = SupportRequestsContext, ParentType extends ResolversParentTypes['SupportKindCount'] = ResolversParentTypes['SupportKindCount']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['SupportKind'], ParentType, ContextType>;
};

export type SupportRequestResolvers<ContextType = SupportRequestsContext, ParentType extends ResolversParentTypes['SupportRequest'] = ResolversParentTypes['SupportRequest'], FederationReferenceType extends FederationReferenceTypes['SupportRequest'] = FederationReferenceTypes['SupportRequest']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['SupportRequest']> | FederationReferenceType, FederationReferenceType, ContextType>;
  assessment?: Resolver<Maybe<ResolversTypes['Assessment']>, ParentType, ContextType>;
  channel?: Resolver<ResolversTypes['SubmissionChannel'], ParentType, ContextType>;
  closedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  contact?: Resolver<Maybe<ResolversTypes['ContactDetails']>, ParentType, ContextType>;
  country?: Resolver<Maybe<ResolversTypes['Country']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  guidingPrinciples?: Resolver<Maybe<Array<ResolversTypes['GuidingPrinciple']>>, ParentType, ContextType>;
  history?: Resolver<Maybe<Array<ResolversTypes['SupportRequestEvent']>>, ParentType, ContextType, Partial<SupportRequestHistoryArgs>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  implementationStartedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  leadPartner?: Resolver<Maybe<ResolversTypes['Organization']>, ParentType, ContextType>;
  objectives?: Resolver<Maybe<Array<ResolversTypes['Objective']>>, ParentType, ContextType>;
  partners?: Resolver<Array<ResolversTypes['MatchedPartner']>, ParentType, ContextType>;
  partnersIdentifiedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  priority?: Resolver<Maybe<ResolversTypes['Priority']>, ParentType, ContextType>;
  region?: Resolver<ResolversTypes['HubRegion'], ParentType, ContextType>;
  requestingAuthority?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sample?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['SupportRequestStatus'], ParentType, ContextType>;
  submittedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  supportKinds?: Resolver<Array<ResolversTypes['SupportKind']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  viewerAccess?: Resolver<ResolversTypes['SupportRequestAccess'], ParentType, ContextType>;
};

export type SupportRequestConnectionResolvers<ContextType = SupportRequestsContext, ParentType extends ResolversParentTypes['SupportRequestConnection'] = ResolversParentTypes['SupportRequestConnection']> = {
  edges?: Resolver<Array<ResolversTypes['SupportRequestEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type SupportRequestEdgeResolvers<ContextType = SupportRequestsContext, ParentType extends ResolversParentTypes['SupportRequestEdge'] = ResolversParentTypes['SupportRequestEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['SupportRequest'], ParentType, ContextType>;
};

export type SupportRequestEventResolvers<ContextType = SupportRequestsContext, ParentType extends ResolversParentTypes['SupportRequestEvent'] = ResolversParentTypes['SupportRequestEvent']> = {
  actor?: Resolver<ResolversTypes['EventActor'], ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  changes?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  comment?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  fromStatus?: Resolver<Maybe<ResolversTypes['SupportRequestStatus']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['SupportRequestEventKind'], ParentType, ContextType>;
  toStatus?: Resolver<ResolversTypes['SupportRequestStatus'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type SupportRequestStatsResolvers<ContextType = SupportRequestsContext, ParentType extends ResolversParentTypes['SupportRequestStats'] = ResolversParentTypes['SupportRequestStats']> = {
  byObjective?: Resolver<Array<ResolversTypes['ObjectiveCount']>, ParentType, ContextType>;
  byRegion?: Resolver<Array<ResolversTypes['RegionCount']>, ParentType, ContextType>;
  byStatus?: Resolver<Array<ResolversTypes['StatusCount']>, ParentType, ContextType>;
  bySupportKind?: Resolver<Array<ResolversTypes['SupportKindCount']>, ParentType, ContextType>;
  daysToCompletion?: Resolver<ResolversTypes['DurationStats'], ParentType, ContextType>;
  daysToPartnersIdentified?: Resolver<ResolversTypes['DurationStats'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type Resolvers<ContextType = SupportRequestsContext> = {
  Assessment?: AssessmentResolvers<ContextType>;
  ContactDetails?: ContactDetailsResolvers<ContextType>;
  Country?: CountryResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  DurationStats?: DurationStatsResolvers<ContextType>;
  EventActor?: EventActorResolvers<ContextType>;
  GuidingPrinciple?: GuidingPrincipleResolvers<ContextType>;
  MatchedPartner?: MatchedPartnerResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Objective?: ObjectiveResolvers<ContextType>;
  ObjectiveCount?: ObjectiveCountResolvers<ContextType>;
  Organization?: OrganizationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  RegionCount?: RegionCountResolvers<ContextType>;
  StatusCount?: StatusCountResolvers<ContextType>;
  SupportKindCount?: SupportKindCountResolvers<ContextType>;
  SupportRequest?: SupportRequestResolvers<ContextType>;
  SupportRequestConnection?: SupportRequestConnectionResolvers<ContextType>;
  SupportRequestEdge?: SupportRequestEdgeResolvers<ContextType>;
  SupportRequestEvent?: SupportRequestEventResolvers<ContextType>;
  SupportRequestStats?: SupportRequestStatsResolvers<ContextType>;
};

