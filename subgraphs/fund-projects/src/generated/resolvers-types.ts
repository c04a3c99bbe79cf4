import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { OrganizationRef, CountryRef, ObjectiveRef, SupportRequestRef, FundModel, CapitalisationTargetModel, ThematicAreaModel, ThematicAreaObjectiveModel, ThematicBalanceModel, ThematicBalanceRowModel, FundProjectModel, ParticipantModel, StatusChangeModel, ContributionModel, TransferModel, ProgressReportModel, FundingSummaryModel, FundingSummaryRowModel, FundingTotalsModel } from '../data/models.js';
import type { MoneyModel } from '../money.js';
import type { FundContext } from '../context.js';
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

/**
 * How long a field's or type's value may be cached, and by whom (Apollo's cache-control hints). The gateway's response
 * cache and HTTP Cache-Control follow the shortest hint in an answer; an answer with an unhinted object is not cached.
 */
export type CacheControlScope =
  /** Only the viewer who asked. */
  | 'PRIVATE'
  /** Any client may be given the cached answer. */
  | 'PUBLIC';

/** A fundraising target the fund set itself. */
export type CapitalisationTarget = {
  __typename?: 'CapitalisationTarget';
  /** The target amount. */
  amount: Money;
  /** What the target covers, e.g. `first year`. */
  period: Scalars['String']['output'];
  /** Where the target is stated. */
  provenance: Provenance;
  /** When (or for which event) it was set. */
  setFor: Scalars['String']['output'];
};

/** How sure the Network's reference data is of a fact. */
export type Confidence =
  /** Stated directly by an official or primary source (a UN document, a Network or MPTF Office page). */
  | 'CERTAIN'
  /** Stated by a secondary source, or inferred from more than one primary source. */
  | 'LIKELY'
  /** From a single weak source or not confirmed; verify before relying on it. */
  | 'UNCERTAIN';

/** A contribution to the fund. */
export type Contribution = {
  __typename?: 'Contribution';
  /** Amount. */
  amount: Money;
  /** When this record was created. */
  createdAt: Scalars['DateTime']['output'];
  /** Date of the pledge or deposit. */
  date: Scalars['Date']['output'];
  /** The contributor, e.g. `Germany`. */
  donor: Scalars['String']['output'];
  /** The contributor's country, when it is a State. */
  donorCountry?: Maybe<Country>;
  /** Opaque id. */
  id: Scalars['ID']['output'];
  /** Pledged or deposited. */
  kind: ContributionKind;
  /** Where this comes from; illustrative amounts are marked sample. */
  provenance: Provenance;
  /** When this record last changed. */
  updatedAt: Scalars['DateTime']['output'];
};

/** A page of contributions. */
export type ContributionConnection = {
  __typename?: 'ContributionConnection';
  /** The contributions on this page with their cursors. */
  edges: Array<ContributionEdge>;
  /** Pagination state. */
  pageInfo: PageInfo;
  /** How many contributions match the filter in all. */
  totalCount: Scalars['Int']['output'];
};

/** A contribution and its cursor. */
export type ContributionEdge = {
  __typename?: 'ContributionEdge';
  /** Opaque cursor; pass as `after`. */
  cursor: Scalars['String']['output'];
  /** The contribution. */
  node: Contribution;
};

/** Filters for contributions. */
export type ContributionFilter = {
  /** Only pledges or only deposits. */
  kind?: InputMaybe<ContributionKind>;
  /** Only records changed after this instant. */
  updatedSince?: InputMaybe<Scalars['DateTime']['input']>;
  /** Only contributions dated in this year. */
  year?: InputMaybe<Scalars['Int']['input']>;
};

/** A donor's pledge or deposit to the fund. */
export type ContributionKind =
  /** Received by the Administrative Agent; counts towards the balance. */
  | 'DEPOSITED'
  /** Promised, not yet received; does not count towards the balance. */
  | 'PLEDGED';

/** Ordering of contributions; ties are broken by id so pages are stable. */
export type ContributionSort = {
  /** Direction; ascending when omitted. */
  direction?: InputMaybe<SortDirection>;
  /** What to order by. */
  field: ContributionSortField;
};

/** What to order contributions by. */
export type ContributionSortField =
  /** Date of the pledge or deposit. */
  | 'DATE'
  /** Last change (for syncing). */
  | 'UPDATED_AT';

/** A UN Member State or observer State. */
export type Country = {
  __typename?: 'Country';
  /** Joint programmes of the fund that cover this country, ordered by code. */
  fundProjects?: Maybe<FundProjectConnection>;
  /** ISO 3166-1 alpha-3 code, e.g. `MEX`: the key. */
  iso3: Scalars['ID']['output'];
};


/** A UN Member State or observer State. */
export type CountryFundProjectsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<FundProjectFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<FundProjectSort>;
};

/** A steering committee decision. */
export type DecideFundProjectInput = {
  /** Date of the decision; today when omitted. */
  decidedOn?: InputMaybe<Scalars['Date']['input']>;
  /** Approve or not select. */
  decision: FundingDecision;
  /** The programme (in CONCEPT_NOTE or PIPELINE). */
  id: Scalars['ID']['input'];
  /** The decision note. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** The version you read; a stale version is a CONFLICT. */
  version: Scalars['Int']['input'];
};

/**
 * The Start-up Fund for Safe, Orderly and Regular Migration (the Migration MPTF), MPTF Office fund code MIG00: a UN
 * pooled fund that finances joint programmes implementing the GCM. Its balances are derived from the contributions and
 * transfers recorded here, never stored separately.
 */
export type Fund = {
  __typename?: 'Fund';
  /** The Administrative Agent, which transfers funds to participating UN organizations. */
  administrativeAgent: Scalars['String']['output'];
  /** Deposited minus transferred: what the fund can still transfer. Transfers never take it below zero. */
  balance: Money;
  /** Fundraising targets, oldest first. */
  capitalisationTargets: Array<CapitalisationTarget>;
  /** MPTF Office Gateway fund code: `MIG00`. */
  code: Scalars['ID']['output'];
  /** Contributions, newest first unless `sort` says otherwise. */
  contributions: ContributionConnection;
  /** Sum of all deposited contributions. */
  depositedTotal: Money;
  /** When and where the heads of the eight founding Executive Committee entities set it up (8 May 2019, Geneva). */
  established: FundMilestone;
  /** Its public launch (16 July 2019, New York). */
  launched: FundMilestone;
  /** Official name. */
  name: Scalars['String']['output'];
  /** Every name the fund is or was known by, including the earlier working name in the Network's 2019 letter. */
  names: Array<FundName>;
  /** Sum of contributions recorded as pledges (promises; the deposit that fulfils a pledge is recorded as its own contribution). */
  pledgedTotal: Money;
  /** Where the fund's facts come from. */
  provenance: Provenance;
  /** Short name: `Migration MPTF`. */
  shortName: Scalars['String']['output'];
  /** Chair of the Steering Committee (IOM, whose Director General coordinates the Network). */
  steeringCommitteeChair?: Maybe<Organization>;
  /** The fund's thematic areas, in order. */
  thematicAreas: Array<ThematicArea>;
  /** Share of approved budget per thematic area (approved, active and closed projects). */
  thematicBalance: ThematicBalance;
  /** Sum of all transfers to participating organizations. */
  transferredTotal: Money;
  /** Transfers, newest first unless `sort` says otherwise. */
  transfers: TransferConnection;
};


/**
 * The Start-up Fund for Safe, Orderly and Regular Migration (the Migration MPTF), MPTF Office fund code MIG00: a UN
 * pooled fund that finances joint programmes implementing the GCM. Its balances are derived from the contributions and
 * transfers recorded here, never stored separately.
 */
export type FundContributionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ContributionFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<ContributionSort>;
};


/**
 * The Start-up Fund for Safe, Orderly and Regular Migration (the Migration MPTF), MPTF Office fund code MIG00: a UN
 * pooled fund that finances joint programmes implementing the GCM. Its balances are derived from the contributions and
 * transfers recorded here, never stored separately.
 */
export type FundTransfersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<TransferFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<TransferSort>;
};

/** A dated fact in the fund's history (establishment, launch). */
export type FundMilestone = {
  __typename?: 'FundMilestone';
  /** The date. */
  date: Scalars['Date']['output'];
  /** What happened. */
  description: Scalars['String']['output'];
  /** Where it happened. */
  place: Scalars['String']['output'];
  /** Where this is stated. */
  provenance: Provenance;
};

/** A name the fund is or was known by. */
export type FundName = {
  __typename?: 'FundName';
  /** What kind of name it is. */
  kind: FundNameKind;
  /** The name. */
  name: Scalars['String']['output'];
  /** Where the name is used. */
  provenance: Provenance;
};

/** What a name of the fund is. */
export type FundNameKind =
  /** A name used before the fund was set up (not the code of another fund). */
  | 'EARLIER_WORKING_NAME'
  /** The official name on the MPTF Office Gateway. */
  | 'OFFICIAL'
  /** The short name in common use. */
  | 'SHORT';

/**
 * A joint programme of the fund: from concept note to closure, with its participating UN organizations, budget and the
 * money transferred so far.
 */
export type FundProject = {
  __typename?: 'FundProject';
  /** Total budget; equals the sum of the participants' shares. */
  budget: Money;
  /** Where the budget comes from; estimated budgets say so here. */
  budgetProvenance: Provenance;
  /** When it was closed. */
  closedOn?: Maybe<Scalars['Date']['output']>;
  /** Short human-readable code, e.g. `JP-2020-MKD`. */
  code: Scalars['String']['output'];
  /** The countries it covers, in the order given. */
  countries?: Maybe<Array<Country>>;
  /** When this record was created. */
  createdAt: Scalars['DateTime']['output'];
  /** When the steering committee decided; null before a decision. */
  decidedOn?: Maybe<Scalars['Date']['output']>;
  /** Planned duration in months. */
  durationMonths?: Maybe<Scalars['Int']['output']>;
  /** End date (planned or actual); never before the start date. */
  endDate?: Maybe<Scalars['Date']['output']>;
  /** Gender marker; null when not (yet) rated. */
  genderMarker?: Maybe<MarkerRating>;
  /** Human rights marker; null when not (yet) rated. */
  humanRightsMarker?: Maybe<MarkerRating>;
  /** Opaque id. */
  id: Scalars['ID']['output'];
  /** The lead organization. */
  leadOrganization?: Maybe<Organization>;
  /** National partners (government bodies, local authorities, civil society), as named in the programme. */
  nationalPartners: Array<Scalars['String']['output']>;
  /** The GCM objectives it addresses. */
  objectives?: Maybe<Array<Objective>>;
  /** Where the objectives come from and how sure they are. */
  objectivesProvenance: Provenance;
  /** Where the participating organizations and the choice of lead come from and how sure they are (placeholders to verify say so here); the record's `provenance` when not recorded apart. */
  participantsProvenance: Provenance;
  /** Participating UN organizations, lead first. */
  participatingOrganizations: Array<ParticipatingOrganization>;
  /** Progress reports from its participating organizations, latest period first unless `sort` says otherwise. */
  progressReports: ProgressReportConnection;
  /** Where the record comes from and how sure it is; sample programmes say so. */
  provenance: Provenance;
  /** The Hub regions of its countries, without repeats. */
  regions: Array<HubRegion>;
  /** Budget minus transferred. */
  remaining: Money;
  /** Where it works. */
  scope: ProjectScope;
  /** Start date (planned or actual). */
  startDate?: Maybe<Scalars['Date']['output']>;
  /** Where it stands. */
  status: FundProjectStatus;
  /** Every status change, oldest first. */
  statusHistory: Array<FundProjectStatusChange>;
  /** When the concept note was submitted. For reference records whose submission date the sources do not give (the first six programmes), the date they were selected; `provenance.note` says so. */
  submittedOn: Scalars['Date']['output'];
  /** What it sets out to do. */
  summary: Scalars['String']['output'];
  /** The country support request it came from, if any (owned by the support-requests subgraph). */
  supportRequest?: Maybe<SupportRequest>;
  /** Its thematic area. */
  thematicArea: ThematicArea;
  /** Title. */
  title: Scalars['String']['output'];
  /** Transferred so far (derived from transfers, never stored). */
  transferred: Money;
  /** Transfers to its participants, newest first unless `sort` says otherwise. */
  transfers: TransferConnection;
  /** When this record or its money last changed (a transfer counts); filter with `updatedSince` to sync. */
  updatedAt: Scalars['DateTime']['output'];
  /** Version for optimistic concurrency: pass it to updates and decisions. */
  version: Scalars['Int']['output'];
  /** Programme year used by filters and summaries: the start date's year, or the submission year without a start date. */
  year: Scalars['Int']['output'];
};


/**
 * A joint programme of the fund: from concept note to closure, with its participating UN organizations, budget and the
 * money transferred so far.
 */
export type FundProjectProgressReportsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ProgressReportFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<ProgressReportSort>;
};


/**
 * A joint programme of the fund: from concept note to closure, with its participating UN organizations, budget and the
 * money transferred so far.
 */
export type FundProjectTransfersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<TransferFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<TransferSort>;
};

/** A page of joint programmes. */
export type FundProjectConnection = {
  __typename?: 'FundProjectConnection';
  /** The joint programmes on this page with their cursors. */
  edges: Array<FundProjectEdge>;
  /** Pagination state. */
  pageInfo: PageInfo;
  /** How many joint programmes match the filter in all. */
  totalCount: Scalars['Int']['output'];
};

/** A joint programme and its cursor. */
export type FundProjectEdge = {
  __typename?: 'FundProjectEdge';
  /** Opaque cursor; pass as `after`. */
  cursor: Scalars['String']['output'];
  /** The joint programme. */
  node: FundProject;
};

/** Filters for joint programmes; all given criteria must hold, and within a list any value matches. */
export type FundProjectFilter = {
  /** Only programmes covering one of these countries (ISO alpha-3). */
  countries?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Only programmes addressing one of these GCM objectives (1 to 23). */
  objectives?: InputMaybe<Array<Scalars['Int']['input']>>;
  /** Only programmes one of these organizations participates in (organization ids, e.g. `iom`). */
  organizations?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Only programmes covering a country in one of these Hub regions. */
  regions?: InputMaybe<Array<HubRegion>>;
  /** Only illustrative sample programmes (true) or only real ones (false). */
  sample?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only these scopes. */
  scopes?: InputMaybe<Array<ProjectScope>>;
  /** Only these statuses. */
  statuses?: InputMaybe<Array<FundProjectStatus>>;
  /** Only these thematic areas (`ta1` to `ta5`). */
  thematicAreas?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Only records changed after this instant. */
  updatedSince?: InputMaybe<Scalars['DateTime']['input']>;
  /** Only programmes whose programme year (see `FundProject.year`) is one of these. */
  years?: InputMaybe<Array<Scalars['Int']['input']>>;
};

/** Ordering of joint programmes; ties are broken by id so pages are stable. */
export type FundProjectSort = {
  /** Direction; ascending when omitted. */
  direction?: InputMaybe<SortDirection>;
  /** What to order by. */
  field: FundProjectSortField;
};

/** What to order joint programmes by. */
export type FundProjectSortField =
  /** Budget. */
  | 'BUDGET'
  /** Code (the default). */
  | 'CODE'
  /** Submission date. */
  | 'SUBMITTED_ON'
  /** Title. */
  | 'TITLE'
  /** Last change (for syncing). */
  | 'UPDATED_AT';

/**
 * Where a joint programme stands. Transitions: CONCEPT_NOTE -> PIPELINE (fund management), CONCEPT_NOTE or PIPELINE ->
 * APPROVED or NOT_SELECTED (steering committee), APPROVED -> ACTIVE (on its first transfer), APPROVED or ACTIVE ->
 * CLOSED (fund management).
 */
export type FundProjectStatus =
  /** Funds transferred; under implementation. */
  | 'ACTIVE'
  /** Approved for funding by the steering committee; no transfer yet. */
  | 'APPROVED'
  /** Finished; takes no further transfers or changes. */
  | 'CLOSED'
  /** Submitted by participating UN organizations; awaiting review. */
  | 'CONCEPT_NOTE'
  /** Not selected for funding by the steering committee (final). */
  | 'NOT_SELECTED'
  /** Reviewed and in the Pipeline of Joint Programmes, awaiting funding. */
  | 'PIPELINE';

/** A change of a joint programme's status. */
export type FundProjectStatusChange = {
  __typename?: 'FundProjectStatusChange';
  /** When it changed. */
  at: Scalars['DateTime']['output'];
  /** Role of whoever made the change (e.g. `steering-committee`), or `seed` for reference data. */
  byRole: Scalars['String']['output'];
  /** The status before; null for the submission. */
  from?: Maybe<FundProjectStatus>;
  /** The reason or decision note, when given. */
  note?: Maybe<Scalars['String']['output']>;
  /** The status after. */
  to: FundProjectStatus;
};

/** A status change that names the version it read. */
export type FundProjectTransitionInput = {
  /** The programme. */
  id: Scalars['ID']['input'];
  /** A note recorded in the status history. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** The version you read; a stale version is a CONFLICT. */
  version: Scalars['Int']['input'];
};

/** The steering committee's decision on a concept note or pipeline programme. */
export type FundingDecision =
  /** Approve for funding. */
  | 'APPROVE'
  /** Do not select for funding. */
  | 'NOT_SELECT';

/** How to group the funding summary. */
export type FundingGroupBy =
  /** By country (a programme counts under each of its countries; rows overlap). */
  | 'COUNTRY'
  /** By GCM objective (a programme counts under each of its objectives; rows overlap). */
  | 'OBJECTIVE'
  /** By participating organization: each row sums that organization's budget shares and the transfers to it, so rows add up to the fund's totals. */
  | 'ORGANIZATION'
  /** By Hub region (a programme counts once under each region of its countries; rows overlap). */
  | 'REGION'
  /** By status (each programme in exactly one row). */
  | 'STATUS'
  /** By thematic area (each programme in exactly one row). */
  | 'THEMATIC_AREA'
  /** By programme year (each programme in exactly one row). */
  | 'YEAR';

/** Programme counts, budgets and transfers grouped one way, with overall totals. */
export type FundingSummary = {
  __typename?: 'FundingSummary';
  /** The grouping used. */
  groupBy: FundingGroupBy;
  /** One row per group, ordered by key. */
  rows: Array<FundingSummaryRow>;
  /** Whether a programme can appear in more than one row (so rows may add up to more than `totals`). */
  rowsOverlap: Scalars['Boolean']['output'];
  /** Totals over the matching programmes, each counted once. */
  totals: FundingTotals;
};

/** One group of the funding summary. */
export type FundingSummaryRow = {
  __typename?: 'FundingSummaryRow';
  /** Their total budget (for ORGANIZATION: the organization's budget shares). */
  budgetTotal: Money;
  /** The country (COUNTRY grouping). */
  country?: Maybe<Country>;
  /** The group's value as text: a thematic-area id, objective number, ISO alpha-3 code, region, organization id, year or status. */
  key: Scalars['String']['output'];
  /** The objective (OBJECTIVE grouping). */
  objective?: Maybe<Objective>;
  /** The organization (ORGANIZATION grouping). */
  organization?: Maybe<Organization>;
  /** Number of programmes in the group. */
  projectCount: Scalars['Int']['output'];
  /** The region (REGION grouping). */
  region?: Maybe<HubRegion>;
  /** The status (STATUS grouping). */
  status?: Maybe<FundProjectStatus>;
  /** The thematic area (THEMATIC_AREA grouping). */
  thematicArea?: Maybe<ThematicArea>;
  /** Transferred to them so far (for ORGANIZATION: transfers to the organization). */
  transferredTotal: Money;
  /** The programme year (YEAR grouping). */
  year?: Maybe<Scalars['Int']['output']>;
};

/** Totals over every programme matching the filter, each counted once. */
export type FundingTotals = {
  __typename?: 'FundingTotals';
  /** Their total budget. */
  budgetTotal: Money;
  /** Number of programmes. */
  projectCount: Scalars['Int']['output'];
  /** Transferred to them so far. */
  transferredTotal: Money;
};

/** Regions of the Migration Network Hub's filter (continents, the top level of UN M49). */
export type HubRegion =
  /** Africa (M49 region 002). */
  | 'AFRICA'
  /** The Americas (M49 region 019). */
  | 'AMERICAS'
  /** Asia (M49 region 142). */
  | 'ASIA'
  /** Europe (M49 region 150). */
  | 'EUROPE'
  /** Oceania (M49 region 009). */
  | 'OCEANIA';

/**
 * A programme marker rating (the gender marker and the human rights marker use the same 0 to 3 scale as the UN gender
 * equality marker).
 */
export type MarkerRating =
  /** 1: contributes in a limited way. */
  | 'LIMITED'
  /** 0: not expected to contribute. */
  | 'NO_CONTRIBUTION'
  /** 3: the principal objective. */
  | 'PRINCIPAL'
  /** 2: contributes significantly. */
  | 'SIGNIFICANT';

/**
 * An exact amount of money. Never a float: `amount` is a decimal string with exactly two decimal places
 * (e.g. `1500000.00`), computed from integer cents stored in the database.
 */
export type Money = {
  __typename?: 'Money';
  /** The amount as a decimal string with two decimal places, e.g. `1234.56`; negative only for a shortfall. */
  amount: Scalars['String']['output'];
  /** ISO 4217 currency code; the fund keeps its books in `USD`. */
  currency: Scalars['String']['output'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Closes an approved or active programme (fund management unit); it then takes no transfers or changes. */
  closeFundProject: FundProject;
  /** Approves a concept note or pipeline programme for funding, or does not select it (steering committee only). */
  decideFundProject: FundProject;
  /** Moves a concept note into the Pipeline of Joint Programmes (fund management unit or steering committee). */
  moveToPipeline: FundProject;
  /** Records a pledge or a deposit (fund management unit). */
  recordContribution: Contribution;
  /** Records a transfer to a participating organization (fund management unit). The first transfer makes an approved programme active. */
  recordTransfer: Transfer;
  /**
   * Reports progress on an approved, active or closed programme (a member for its own participating organization, or
   * the secretariat on a participant's behalf).
   */
  reportProgress: ProgressReport;
  /** Submits a joint programme concept note. A member may submit only with its own organization among the participants; the fund management unit may submit for any. */
  submitConceptNote: FundProject;
  /** Changes a joint programme (fund management unit), naming the version read. */
  updateFundProject: FundProject;
};


export type MutationCloseFundProjectArgs = {
  input: FundProjectTransitionInput;
};


export type MutationDecideFundProjectArgs = {
  input: DecideFundProjectInput;
};


export type MutationMoveToPipelineArgs = {
  input: FundProjectTransitionInput;
};


export type MutationRecordContributionArgs = {
  input: RecordContributionInput;
};


export type MutationRecordTransferArgs = {
  input: RecordTransferInput;
};


export type MutationReportProgressArgs = {
  input: ReportProgressInput;
};


export type MutationSubmitConceptNoteArgs = {
  input: SubmitConceptNoteInput;
};


export type MutationUpdateFundProjectArgs = {
  input: UpdateFundProjectInput;
};

/** One of the 23 objectives of the Global Compact for Safe, Orderly and Regular Migration (A/RES/73/195). */
export type Objective = {
  __typename?: 'Objective';
  /** Joint programmes of the fund that address this objective, ordered by code. */
  fundProjects?: Maybe<FundProjectConnection>;
  /** Objective number, 1 to 23: the key. */
  number: Scalars['Int']['output'];
  /** The fund's thematic area that groups this objective; see `thematicAreaProvenance` for how sure the mapping is. */
  thematicArea?: Maybe<ThematicArea>;
  /** Where the objective's thematic-area mapping comes from and how sure it is (UNCERTAIN until verified). */
  thematicAreaProvenance?: Maybe<Provenance>;
};


/** One of the 23 objectives of the Global Compact for Safe, Orderly and Regular Migration (A/RES/73/195). */
export type ObjectiveFundProjectsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<FundProjectFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<FundProjectSort>;
};

/**
 * A UN entity: a member of the UN Network on Migration, or another UN entity that takes part in the Network's work
 * (for example as a participating organization of a joint programme).
 */
export type Organization = {
  __typename?: 'Organization';
  /** Joint programmes of the fund this organization participates in (as lead or not), ordered by code. */
  fundProjects?: Maybe<FundProjectConnection>;
  /** Stable key: the lower-case acronym slug, e.g. `iom`, `un-women`. */
  id: Scalars['ID']['output'];
};


/**
 * A UN entity: a member of the UN Network on Migration, or another UN entity that takes part in the Network's work
 * (for example as a participating organization of a joint programme).
 */
export type OrganizationFundProjectsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<FundProjectFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<FundProjectSort>;
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

/** A participating UN organization and its budget share. */
export type ParticipantInput = {
  /** Its share of the budget in US dollars as a decimal string with at most two decimals, e.g. `500000.00`. Never a number. */
  budgetShare: Scalars['String']['input'];
  /** Organization id, e.g. `iom`; must be a known participating UN organization. */
  organizationId: Scalars['ID']['input'];
};

/** A participating UN organization of a joint programme, with its share of the budget. */
export type ParticipatingOrganization = {
  __typename?: 'ParticipatingOrganization';
  /** Its share of the budget; the shares add up to the budget. */
  budgetShare: Money;
  /** Whether it leads the joint programme (exactly one does). */
  isLead: Scalars['Boolean']['output'];
  /** The organization (resolved by the members subgraph). */
  organization?: Maybe<Organization>;
  /** Its share minus what it has received. */
  remaining: Money;
  /** Transferred to it so far (derived from transfers). */
  transferred: Money;
};

/**
 * A participating organization's report on its part of an approved joint programme: the period covered and what was
 * done. Reports are as public as the programme (approved, active and closed programmes are public).
 */
export type ProgressReport = {
  __typename?: 'ProgressReport';
  /** When this record was created. */
  createdAt: Scalars['DateTime']['output'];
  /** The joint programme reported on. */
  fundProject: FundProject;
  /** Opaque id. */
  id: Scalars['ID']['output'];
  /** What was done in the period, in the organization's words (plain text). */
  narrative: Scalars['String']['output'];
  /** The participating organization that reports. */
  organization?: Maybe<Organization>;
  /** Last day of the period covered. */
  periodEnd: Scalars['Date']['output'];
  /** First day of the period covered. */
  periodStart: Scalars['Date']['output'];
  /** The role that submitted it: MEMBER (the organization's own staff) or SECRETARIAT (on its behalf). */
  submittedBy: ReportSubmitter;
  /** When this record last changed. */
  updatedAt: Scalars['DateTime']['output'];
};

/** A page of progress reports. */
export type ProgressReportConnection = {
  __typename?: 'ProgressReportConnection';
  /** The reports on this page with their cursors. */
  edges: Array<ProgressReportEdge>;
  /** Pagination state. */
  pageInfo: PageInfo;
  /** How many reports there are in all. */
  totalCount: Scalars['Int']['output'];
};

/** A progress report and its cursor. */
export type ProgressReportEdge = {
  __typename?: 'ProgressReportEdge';
  /** Opaque cursor; pass as `after`. */
  cursor: Scalars['String']['output'];
  /** The report. */
  node: ProgressReport;
};

/** Filters for progress reports. */
export type ProgressReportFilter = {
  /** Only reports by this participating organization (an organization id, e.g. `iom`). */
  organization?: InputMaybe<Scalars['ID']['input']>;
  /** Only records changed after this instant. */
  updatedSince?: InputMaybe<Scalars['DateTime']['input']>;
};

/** Ordering of progress reports; ties are broken by id so pages are stable. */
export type ProgressReportSort = {
  /** Direction; ascending when omitted. */
  direction?: InputMaybe<SortDirection>;
  /** What to order by. */
  field: ProgressReportSortField;
};

/** What to order progress reports by. */
export type ProgressReportSortField =
  /** Last day of the period covered. */
  | 'PERIOD_END'
  /** Last change (for syncing). */
  | 'UPDATED_AT';

/** Where a joint programme works. */
export type ProjectScope =
  /** Global; countries are optional. */
  | 'GLOBAL'
  /** Two or more countries (e.g. cross-border). */
  | 'MULTI_COUNTRY'
  /** One country. */
  | 'NATIONAL'
  /** A region, listed by its countries. */
  | 'REGIONAL';

/** Where a fact came from and how sure it is. Illustrative sample data says so in `sample`. */
export type Provenance = {
  __typename?: 'Provenance';
  /** How sure the fact is. */
  confidence: Confidence;
  /** A caveat or explanation, when the fact needs one. */
  note?: Maybe<Scalars['String']['output']>;
  /** True when the record is illustrative sample data, not a fact about the Network. */
  sample: Scalars['Boolean']['output'];
  /** The source: a URL or a document symbol. */
  source: Scalars['String']['output'];
};

export type Query = {
  __typename?: 'Query';
  /** The fund (MIG00). */
  fund?: Maybe<Fund>;
  /** One joint programme by id; null when unknown. */
  fundProject?: Maybe<FundProject>;
  /** Joint programmes with filters and ordering. Page size is capped at 100. */
  fundProjects?: Maybe<FundProjectConnection>;
  /** Programme counts, budgets and transfers grouped by one dimension, over the programmes matching the filter. */
  fundingSummary?: Maybe<FundingSummary>;
  /** The five thematic areas, in order. */
  thematicAreas?: Maybe<Array<ThematicArea>>;
  /** Share of approved budget per thematic area. */
  thematicBalance?: Maybe<ThematicBalance>;
};


export type QueryFundProjectArgs = {
  id: Scalars['ID']['input'];
};


export type QueryFundProjectsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<FundProjectFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<FundProjectSort>;
};


export type QueryFundingSummaryArgs = {
  filter?: InputMaybe<FundProjectFilter>;
  groupBy: FundingGroupBy;
};

/** A pledge or deposit to the fund. */
export type RecordContributionInput = {
  /** Amount in US dollars as a decimal string with at most two decimals, greater than 0 and at most 10000000000000. */
  amount: Scalars['String']['input'];
  /** Date; today when omitted. */
  date?: InputMaybe<Scalars['Date']['input']>;
  /** The contributor, e.g. `Germany`. */
  donor: Scalars['String']['input'];
  /** The contributor's country (ISO alpha-3), when it is a State. */
  donorCountry?: InputMaybe<Scalars['ID']['input']>;
  /** Pledged or deposited. */
  kind: ContributionKind;
  /** Where the figure comes from (e.g. an MPTF Office Gateway page). */
  source?: InputMaybe<Scalars['String']['input']>;
};

/** A transfer to a participating organization of an approved or active programme. */
export type RecordTransferInput = {
  /** Amount in US dollars as a decimal string with at most two decimals; no more than the organization's remaining share or the fund's balance. */
  amount: Scalars['String']['input'];
  /** Date; today when omitted. */
  date?: InputMaybe<Scalars['Date']['input']>;
  /** The programme (APPROVED or ACTIVE). */
  fundProjectId: Scalars['ID']['input'];
  /** The receiving organization; must participate in the programme. */
  organizationId: Scalars['ID']['input'];
  /** Where the figure comes from. */
  source?: InputMaybe<Scalars['String']['input']>;
};

/**
 * A progress report on an APPROVED, ACTIVE or CLOSED programme. A member reports for its own organization, which must
 * participate; the secretariat reports on a participant's behalf and names it.
 */
export type ReportProgressInput = {
  /** The programme. */
  fundProjectId: Scalars['ID']['input'];
  /** What was done, 1 to 20,000 characters of plain text. */
  narrative: Scalars['String']['input'];
  /** The reporting participant: a member's own organization when omitted; required from the secretariat. */
  organizationId?: InputMaybe<Scalars['ID']['input']>;
  /** Last day of the period covered; not before periodStart. */
  periodEnd: Scalars['Date']['input'];
  /** First day of the period covered; not in the future. */
  periodStart: Scalars['Date']['input'];
};

/** Who submitted a progress report. */
export type ReportSubmitter =
  /** Staff of the reporting organization. */
  | 'MEMBER'
  /** The Network secretariat, on the organization's behalf. */
  | 'SECRETARIAT';

/** Sort direction. */
export type SortDirection =
  /** Smallest first. */
  | 'ASC'
  /** Largest first. */
  | 'DESC';

/** A new joint programme concept note. */
export type SubmitConceptNoteInput = {
  /** Total budget in US dollars as a decimal string with at most two decimals, greater than 0 and at most 10000000000000. */
  budget: Scalars['String']['input'];
  /** Countries (ISO alpha-3 codes of UN Member or observer States). */
  countries: Array<Scalars['ID']['input']>;
  /** Planned duration in months (1 to 120). */
  durationMonths?: InputMaybe<Scalars['Int']['input']>;
  /** Planned end date; not before `startDate`. */
  endDate?: InputMaybe<Scalars['Date']['input']>;
  /** Gender marker rating. */
  genderMarker?: InputMaybe<MarkerRating>;
  /** Human rights marker rating. */
  humanRightsMarker?: InputMaybe<MarkerRating>;
  /** The lead organization; must be one of the participants. */
  leadOrganizationId: Scalars['ID']['input'];
  /** National partners by name. */
  nationalPartners?: InputMaybe<Array<Scalars['String']['input']>>;
  /** GCM objectives addressed (1 to 23), at least one. */
  objectives: Array<Scalars['Int']['input']>;
  /** Participating UN organizations (at least two, each once) with their budget shares, which must add up to `budget`. */
  participants: Array<ParticipantInput>;
  /** Where it works; determines how many countries it needs (NATIONAL one, MULTI_COUNTRY two or more, REGIONAL one or more). */
  scope: ProjectScope;
  /** Planned start date. */
  startDate?: InputMaybe<Scalars['Date']['input']>;
  /** What it sets out to do (1 to 20,000 characters). */
  summary: Scalars['String']['input'];
  /** The support request (support-requests subgraph) it responds to, if any. */
  supportRequestId?: InputMaybe<Scalars['ID']['input']>;
  /** Thematic area id (`ta1` to `ta5`). */
  thematicAreaId: Scalars['ID']['input'];
  /** Title (1 to 300 characters). */
  title: Scalars['String']['input'];
};

/**
 * A country's request to the Network's connection hub for support in implementing the GCM (GCM para 43(a)): its
 * assessment by the secretariat, the partners matched to it and its full status history.
 * Anonymous readers see only requests past assessment (PARTNERS_IDENTIFIED, IN_IMPLEMENTATION, COMPLETED) as a public
 * summary; the submitting country and matched partners see their requests in full; the secretariat sees everything.
 */
export type SupportRequest = {
  __typename?: 'SupportRequest';
  /** Joint programmes of the fund that grew out of this request, ordered by code. */
  fundProjects?: Maybe<FundProjectConnection>;
  /** Opaque id. */
  id: Scalars['ID']['output'];
};


/**
 * A country's request to the Network's connection hub for support in implementing the GCM (GCM para 43(a)): its
 * assessment by the secretariat, the partners matched to it and its full status history.
 * Anonymous readers see only requests past assessment (PARTNERS_IDENTIFIED, IN_IMPLEMENTATION, COMPLETED) as a public
 * summary; the submitting country and matched partners see their requests in full; the secretariat sees everything.
 */
export type SupportRequestFundProjectsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<FundProjectFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<FundProjectSort>;
};

/**
 * One of the fund's five thematic areas, which group the 23 GCM objectives so donors can support the Compact in a
 * balanced way. The titles and the objective mapping are seeded from memory and marked UNCERTAIN until verified against
 * the Migration MPTF Terms of Reference.
 */
export type ThematicArea = {
  __typename?: 'ThematicArea';
  /** When this record was created. */
  createdAt: Scalars['DateTime']['output'];
  /** Joint programmes in this area, ordered by code. */
  fundProjects: FundProjectConnection;
  /** Stable id, `ta1` to `ta5`. */
  id: Scalars['ID']['output'];
  /** Number, 1 to 5. */
  number: Scalars['Int']['output'];
  /** The GCM objectives this area groups, by number, each with how sure the mapping is. */
  objectives: Array<ThematicAreaObjective>;
  /** Where the title comes from and how sure it is. */
  provenance: Provenance;
  /** Title. */
  title: Scalars['String']['output'];
  /** When this record last changed. */
  updatedAt: Scalars['DateTime']['output'];
};


/**
 * One of the fund's five thematic areas, which group the 23 GCM objectives so donors can support the Compact in a
 * balanced way. The titles and the objective mapping are seeded from memory and marked UNCERTAIN until verified against
 * the Migration MPTF Terms of Reference.
 */
export type ThematicAreaFundProjectsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<FundProjectFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<FundProjectSort>;
};

/** A GCM objective as grouped under a thematic area. */
export type ThematicAreaObjective = {
  __typename?: 'ThematicAreaObjective';
  /** The objective. */
  objective?: Maybe<Objective>;
  /** Where the mapping comes from and how sure it is. */
  provenance: Provenance;
};

/** How the approved budget divides over the thematic areas. */
export type ThematicBalance = {
  __typename?: 'ThematicBalance';
  /** Total budget of approved, active and closed projects. */
  approvedBudget: Money;
  /** One row per thematic area, in order; the percentages add up to exactly 100.00 when anything is approved. */
  areas: Array<ThematicBalanceRow>;
};

/** One thematic area's part of the approved budget. */
export type ThematicBalanceRow = {
  __typename?: 'ThematicBalanceRow';
  /** Their total budget. */
  approvedBudget: Money;
  /** Approved, active and closed projects in the area. */
  projectCount: Scalars['Int']['output'];
  /** Percentage of the fund's approved budget, a decimal string with two places (largest-remainder rounding). */
  sharePercent: Scalars['String']['output'];
  /** The thematic area. */
  thematicArea: ThematicArea;
};

/** Money transferred by the fund to a participating organization of an approved or active joint programme. */
export type Transfer = {
  __typename?: 'Transfer';
  /** Amount. */
  amount: Money;
  /** When this record was created. */
  createdAt: Scalars['DateTime']['output'];
  /** Date of the transfer. */
  date: Scalars['Date']['output'];
  /** The joint programme. */
  fundProject: FundProject;
  /** Opaque id. */
  id: Scalars['ID']['output'];
  /** The participating organization that received it. */
  organization?: Maybe<Organization>;
  /** Where this comes from; illustrative transfers are marked sample. */
  provenance: Provenance;
  /** When this record last changed. */
  updatedAt: Scalars['DateTime']['output'];
};

/** A page of transfers. */
export type TransferConnection = {
  __typename?: 'TransferConnection';
  /** The transfers on this page with their cursors. */
  edges: Array<TransferEdge>;
  /** Pagination state. */
  pageInfo: PageInfo;
  /** How many transfers match the filter in all. */
  totalCount: Scalars['Int']['output'];
};

/** A transfer and its cursor. */
export type TransferEdge = {
  __typename?: 'TransferEdge';
  /** Opaque cursor; pass as `after`. */
  cursor: Scalars['String']['output'];
  /** The transfer. */
  node: Transfer;
};

/** Filters for transfers. */
export type TransferFilter = {
  /** Only transfers to this joint programme. */
  fundProject?: InputMaybe<Scalars['ID']['input']>;
  /** Only transfers to this organization. */
  organization?: InputMaybe<Scalars['ID']['input']>;
  /** Only records changed after this instant. */
  updatedSince?: InputMaybe<Scalars['DateTime']['input']>;
  /** Only transfers dated in this year. */
  year?: InputMaybe<Scalars['Int']['input']>;
};

/** Ordering of transfers; ties are broken by id so pages are stable. */
export type TransferSort = {
  /** Direction; ascending when omitted. */
  direction?: InputMaybe<SortDirection>;
  /** What to order by. */
  field: TransferSortField;
};

/** What to order transfers by. */
export type TransferSortField =
  /** Date of the transfer. */
  | 'DATE'
  /** Last change (for syncing). */
  | 'UPDATED_AT';

/**
 * Changes to a joint programme; omitted fields stay as they are. The result must satisfy the same rules as a new concept
 * note. Closed and not-selected programmes cannot be changed.
 */
export type UpdateFundProjectInput = {
  /** New budget as a decimal string; the shares must still add up to it. */
  budget?: InputMaybe<Scalars['String']['input']>;
  /** New countries (replaces the list). */
  countries?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** New duration in months. */
  durationMonths?: InputMaybe<Scalars['Int']['input']>;
  /** New end date. */
  endDate?: InputMaybe<Scalars['Date']['input']>;
  /** New gender marker. */
  genderMarker?: InputMaybe<MarkerRating>;
  /** New human rights marker. */
  humanRightsMarker?: InputMaybe<MarkerRating>;
  /** The programme. */
  id: Scalars['ID']['input'];
  /** New lead; must be a participant. */
  leadOrganizationId?: InputMaybe<Scalars['ID']['input']>;
  /** New national partners (replaces the list). */
  nationalPartners?: InputMaybe<Array<Scalars['String']['input']>>;
  /** New objectives (replaces the list). */
  objectives?: InputMaybe<Array<Scalars['Int']['input']>>;
  /** New participants and shares (replaces the list); an organization that has received transfers must stay, with a share no smaller than what it received. */
  participants?: InputMaybe<Array<ParticipantInput>>;
  /** New scope. */
  scope?: InputMaybe<ProjectScope>;
  /** New start date. */
  startDate?: InputMaybe<Scalars['Date']['input']>;
  /** New summary. */
  summary?: InputMaybe<Scalars['String']['input']>;
  /** New source support request. */
  supportRequestId?: InputMaybe<Scalars['ID']['input']>;
  /** New thematic area. */
  thematicAreaId?: InputMaybe<Scalars['ID']['input']>;
  /** New title. */
  title?: InputMaybe<Scalars['String']['input']>;
  /** The version you read; a stale version is a CONFLICT. */
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
  Contribution: Contribution;
  Country: Country;
  Fund: Fund;
  FundProject: FundProject;
  Objective: Objective;
  Organization: Organization;
  SupportRequest: SupportRequest;
  ThematicArea: ThematicArea;
  Transfer: Transfer;
};

/** Mapping of federation reference types */
export type FederationReferenceTypes = {
  Contribution:
    ( { __typename: 'Contribution' }
    & GraphQLRecursivePick<FederationTypes['Contribution'], {"id":true}> );
  Country:
    ( { __typename: 'Country' }
    & GraphQLRecursivePick<FederationTypes['Country'], {"iso3":true}> );
  Fund:
    ( { __typename: 'Fund' }
    & GraphQLRecursivePick<FederationTypes['Fund'], {"code":true}> );
  FundProject:
    ( { __typename: 'FundProject' }
    & GraphQLRecursivePick<FederationTypes['FundProject'], {"id":true}> );
  Objective:
    ( { __typename: 'Objective' }
    & GraphQLRecursivePick<FederationTypes['Objective'], {"number":true}> );
  Organization:
    ( { __typename: 'Organization' }
    & GraphQLRecursivePick<FederationTypes['Organization'], {"id":true}> );
  SupportRequest:
    ( { __typename: 'SupportRequest' }
    & GraphQLRecursivePick<FederationTypes['SupportRequest'], {"id":true}> );
  ThematicArea:
    ( { __typename: 'ThematicArea' }
    & GraphQLRecursivePick<FederationTypes['ThematicArea'], {"id":true}> );
  Transfer:
    ( { __typename: 'Transfer' }
    & GraphQLRecursivePick<FederationTypes['Transfer'], {"id":true}> );
};



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  CacheControlScope: CacheControlScope;
  CapitalisationTarget: ResolverTypeWrapper<CapitalisationTargetModel>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Confidence: Confidence;
  Contribution: ResolverTypeWrapper<ContributionModel>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  ContributionConnection: ResolverTypeWrapper<Omit<ContributionConnection, 'edges'> & { edges: Array<ResolversTypes['ContributionEdge']> }>;
  ContributionEdge: ResolverTypeWrapper<Omit<ContributionEdge, 'node'> & { node: ResolversTypes['Contribution'] }>;
  ContributionFilter: ContributionFilter;
  ContributionKind: ContributionKind;
  ContributionSort: ContributionSort;
  ContributionSortField: ContributionSortField;
  Country: ResolverTypeWrapper<CountryRef>;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DecideFundProjectInput: DecideFundProjectInput;
  Fund: ResolverTypeWrapper<FundModel>;
  FundMilestone: ResolverTypeWrapper<FundMilestone>;
  FundName: ResolverTypeWrapper<FundName>;
  FundNameKind: FundNameKind;
  FundProject: ResolverTypeWrapper<FundProjectModel>;
  FundProjectConnection: ResolverTypeWrapper<Omit<FundProjectConnection, 'edges'> & { edges: Array<ResolversTypes['FundProjectEdge']> }>;
  FundProjectEdge: ResolverTypeWrapper<Omit<FundProjectEdge, 'node'> & { node: ResolversTypes['FundProject'] }>;
  FundProjectFilter: FundProjectFilter;
  FundProjectSort: FundProjectSort;
  FundProjectSortField: FundProjectSortField;
  FundProjectStatus: FundProjectStatus;
  FundProjectStatusChange: ResolverTypeWrapper<StatusChangeModel>;
  FundProjectTransitionInput: FundProjectTransitionInput;
  FundingDecision: FundingDecision;
  FundingGroupBy: FundingGroupBy;
  FundingSummary: ResolverTypeWrapper<FundingSummaryModel>;
  FundingSummaryRow: ResolverTypeWrapper<FundingSummaryRowModel>;
  FundingTotals: ResolverTypeWrapper<FundingTotalsModel>;
  HubRegion: HubRegion;
  MarkerRating: MarkerRating;
  Money: ResolverTypeWrapper<MoneyModel>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Objective: ResolverTypeWrapper<ObjectiveRef>;
  Organization: ResolverTypeWrapper<OrganizationRef>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  ParticipantInput: ParticipantInput;
  ParticipatingOrganization: ResolverTypeWrapper<ParticipantModel>;
  ProgressReport: ResolverTypeWrapper<ProgressReportModel>;
  ProgressReportConnection: ResolverTypeWrapper<Omit<ProgressReportConnection, 'edges'> & { edges: Array<ResolversTypes['ProgressReportEdge']> }>;
  ProgressReportEdge: ResolverTypeWrapper<Omit<ProgressReportEdge, 'node'> & { node: ResolversTypes['ProgressReport'] }>;
  ProgressReportFilter: ProgressReportFilter;
  ProgressReportSort: ProgressReportSort;
  ProgressReportSortField: ProgressReportSortField;
  ProjectScope: ProjectScope;
  Provenance: ResolverTypeWrapper<Provenance>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RecordContributionInput: RecordContributionInput;
  RecordTransferInput: RecordTransferInput;
  ReportProgressInput: ReportProgressInput;
  ReportSubmitter: ReportSubmitter;
  SortDirection: SortDirection;
  SubmitConceptNoteInput: SubmitConceptNoteInput;
  SupportRequest: ResolverTypeWrapper<SupportRequestRef>;
  ThematicArea: ResolverTypeWrapper<ThematicAreaModel>;
  ThematicAreaObjective: ResolverTypeWrapper<ThematicAreaObjectiveModel>;
  ThematicBalance: ResolverTypeWrapper<ThematicBalanceModel>;
  ThematicBalanceRow: ResolverTypeWrapper<ThematicBalanceRowModel>;
  Transfer: ResolverTypeWrapper<TransferModel>;
  TransferConnection: ResolverTypeWrapper<Omit<TransferConnection, 'edges'> & { edges: Array<ResolversTypes['TransferEdge']> }>;
  TransferEdge: ResolverTypeWrapper<Omit<TransferEdge, 'node'> & { node: ResolversTypes['Transfer'] }>;
  TransferFilter: TransferFilter;
  TransferSort: TransferSort;
  TransferSortField: TransferSortField;
  UpdateFundProjectInput: UpdateFundProjectInput;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  CapitalisationTarget: CapitalisationTargetModel;
  String: Scalars['String']['output'];
  Contribution: ContributionModel;
  ID: Scalars['ID']['output'];
  ContributionConnection: Omit<ContributionConnection, 'edges'> & { edges: Array<ResolversParentTypes['ContributionEdge']> };
  ContributionEdge: Omit<ContributionEdge, 'node'> & { node: ResolversParentTypes['Contribution'] };
  ContributionFilter: ContributionFilter;
  ContributionSort: ContributionSort;
  Country: CountryRef;
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  DecideFundProjectInput: DecideFundProjectInput;
  Fund: FundModel;
  FundMilestone: FundMilestone;
  FundName: FundName;
  FundProject: FundProjectModel;
  FundProjectConnection: Omit<FundProjectConnection, 'edges'> & { edges: Array<ResolversParentTypes['FundProjectEdge']> };
  FundProjectEdge: Omit<FundProjectEdge, 'node'> & { node: ResolversParentTypes['FundProject'] };
  FundProjectFilter: FundProjectFilter;
  FundProjectSort: FundProjectSort;
  FundProjectStatusChange: StatusChangeModel;
  FundProjectTransitionInput: FundProjectTransitionInput;
  FundingSummary: FundingSummaryModel;
  FundingSummaryRow: FundingSummaryRowModel;
  FundingTotals: FundingTotalsModel;
  Money: MoneyModel;
  Mutation: Record<PropertyKey, never>;
  Objective: ObjectiveRef;
  Organization: OrganizationRef;
  PageInfo: PageInfo;
  ParticipantInput: ParticipantInput;
  ParticipatingOrganization: ParticipantModel;
  ProgressReport: ProgressReportModel;
  ProgressReportConnection: Omit<ProgressReportConnection, 'edges'> & { edges: Array<ResolversParentTypes['ProgressReportEdge']> };
  ProgressReportEdge: Omit<ProgressReportEdge, 'node'> & { node: ResolversParentTypes['ProgressReport'] };
  ProgressReportFilter: ProgressReportFilter;
  ProgressReportSort: ProgressReportSort;
  Provenance: Provenance;
  Query: Record<PropertyKey, never>;
  RecordContributionInput: RecordContributionInput;
  RecordTransferInput: RecordTransferInput;
  ReportProgressInput: ReportProgressInput;
  SubmitConceptNoteInput: SubmitConceptNoteInput;
  SupportRequest: SupportRequestRef;
  ThematicArea: ThematicAreaModel;
  ThematicAreaObjective: ThematicAreaObjectiveModel;
  ThematicBalance: ThematicBalanceModel;
  ThematicBalanceRow: ThematicBalanceRowModel;
  Transfer: TransferModel;
  TransferConnection: Omit<TransferConnection, 'edges'> & { edges: Array<ResolversParentTypes['TransferEdge']> };
  TransferEdge: Omit<TransferEdge, 'node'> & { node: ResolversParentTypes['Transfer'] };
  TransferFilter: TransferFilter;
  TransferSort: TransferSort;
  UpdateFundProjectInput: UpdateFundProjectInput;
  Boolean: Scalars['Boolean']['output'];
  Int: Scalars['Int']['output'];
};

export type CacheControlDirectiveArgs = {
  inheritMaxAge?: Maybe<Scalars['Boolean']['input']>;
  maxAge?: Maybe<Scalars['Int']['input']>;
  scope?: Maybe<CacheControlScope>;
};

export type CacheControlDirectiveResolver<Result, Parent, ContextType = FundContext, Args = CacheControlDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type CapitalisationTargetResolvers<ContextType = FundContext, ParentType extends ResolversParentTypes['CapitalisationTarget'] = ResolversParentTypes['CapitalisationTarget']> = {
  amount?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  period?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  provenance?: Resolver<ResolversTypes['Provenance'], ParentType, ContextType>;
  setFor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ContributionResolvers<ContextType = FundContext, ParentType extends ResolversParentTypes['Contribution'] = ResolversParentTypes['Contribution'], FederationReferenceType extends FederationReferenceTypes['Contribution'] = FederationReferenceTypes['Contribution']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Contribution']> | FederationReferenceType, FederationReferenceType, ContextType>;
  amount?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  date?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  donor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  donorCountry?: Resolver<Maybe<ResolversTypes['Country']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ContributionKind'], ParentType, ContextType>;
  provenance?: Resolver<ResolversTypes['Provenance'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
};

export type ContributionConnectionResolvers<ContextType = FundContext, ParentType extends ResolversParentTypes['ContributionConnection'] = ResolversParentTypes['ContributionConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ContributionEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ContributionEdgeResolvers<ContextType = FundContext, ParentType extends ResolversParentTypes['ContributionEdge'] = ResolversParentTypes['ContributionEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Contribution'], ParentType, ContextType>;
};

export type CountryResolvers<ContextType = FundContext, ParentType extends ResolversParentTypes['Country'] = ResolversParentTypes['Country'], FederationReferenceType extends FederationReferenceTypes['Country'] = FederationReferenceTypes['Country']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Country']> | FederationReferenceType, FederationReferenceType, ContextType>;
  fundProjects?: Resolver<Maybe<ResolversTypes['FundProjectConnection']>, ParentType, ContextType, Partial<CountryFundProjectsArgs>>;
  iso3?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type FundResolvers<ContextType = FundContext, ParentType extends ResolversParentTypes['Fund'] = ResolversParentTypes['Fund'], FederationReferenceType extends FederationReferenceTypes['Fund'] = FederationReferenceTypes['Fund']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Fund']> | FederationReferenceType, FederationReferenceType, ContextType>;
  administrativeAgent?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  balance?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  capitalisationTargets?: Resolver<Array<ResolversTypes['CapitalisationTarget']>, ParentType, ContextType>;
  code?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  contributions?: Resolver<ResolversTypes['ContributionConnection'], ParentType, ContextType, Partial<FundContributionsArgs>>;
  depositedTotal?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  established?: Resolver<ResolversTypes['FundMilestone'], ParentType, ContextType>;
  launched?: Resolver<ResolversTypes['FundMilestone'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  names?: Resolver<Array<ResolversTypes['FundName']>, ParentType, ContextType>;
  pledgedTotal?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  provenance?: Resolver<ResolversTypes['Provenance'], ParentType, ContextType>;
  shortName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  steeringCommitteeChair?: Resolver<Maybe<ResolversTypes['Organization']>, ParentType, ContextType>;
  thematicAreas?: Resolver<Array<ResolversTypes['ThematicArea']>, ParentType, ContextType>;
  thematicBalance?: Resolver<ResolversTypes['ThematicBalance'], ParentType, ContextType>;
  transferredTotal?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  transfers?: Resolver<ResolversTypes['TransferConnection'], ParentType, ContextType, Partial<FundTransfersArgs>>;
};

export type FundMilestoneResolvers<ContextType = FundContext, ParentType extends ResolversParentTypes['FundMilestone'] = ResolversParentTypes['FundMilestone']> = {
  date?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  place?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  provenance?: Resolver<ResolversTypes['Provenance'], ParentType, ContextType>;
};

export type FundNameResolvers<ContextType = FundContext, ParentType extends ResolversParentTypes['FundName'] = ResolversParentTypes['FundName']> = {
  kind?: Resolver<ResolversTypes['FundNameKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  provenance?: Resolver<ResolversTypes['Provenance'], ParentType, ContextType>;
};

export type FundProjectResolvers<ContextType = FundContext, ParentType extends ResolversParentTypes['FundProject'] = ResolversParentTypes['FundProject'], FederationReferenceType extends FederationReferenceTypes['FundProject'] = FederationReferenceTypes['FundProject']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['FundProject']> | FederationReferenceType, FederationReferenceType, ContextType>;
  budget?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  budgetProvenance?: Resolver<ResolversTypes['Provenance'], ParentType, ContextType>;
  closedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  countries?: Resolver<Maybe<Array<ResolversTypes['Country']>>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  decidedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  durationMonths?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  endDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  genderMarker?: Resolver<Maybe<ResolversTypes['MarkerRating']>, ParentType, ContextType>;
  humanRightsMarker?: Resolver<Maybe<ResolversTypes['MarkerRating']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  leadOrganization?: Resolver<Maybe<ResolversTypes['Organization']>, ParentType, ContextType>;
  nationalPartners?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  objectives?: Resolver<Maybe<Array<ResolversTypes['Objective']>>, ParentType, ContextType>;
  objectivesProvenance?: Resolver<ResolversTypes['Provenance'], ParentType, ContextType>;
  participantsProvenance?: Resolver<ResolversTypes['Provenance'], ParentType, ContextType>;
  participatingOrganizations?: Resolver<Array<ResolversTypes['ParticipatingOrganization']>, ParentType, ContextType>;
  progressReports?: Resolver<ResolversTypes['ProgressReportConnection'], ParentType, ContextType, Partial<FundProjectProgressReportsArgs>>;
  provenance?: Resolver<ResolversTypes['Provenance'], ParentType, ContextType>;
  regions?: Resolver<Array<ResolversTypes['HubRegion']>, ParentType, ContextType>;
  remaining?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  scope?: Resolver<ResolversTypes['ProjectScope'], ParentType, ContextType>;
  startDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['FundProjectStatus'], ParentType, ContextType>;
  statusHistory?: Resolver<Array<ResolversTypes['FundProjectStatusChange']>, ParentType, ContextType>;
  submittedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  summary?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  supportRequest?: Resolver<Maybe<ResolversTypes['SupportRequest']>, ParentType, ContextType>;
  thematicArea?: Resolver<ResolversTypes['ThematicArea'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  transferred?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  transfers?: Resolver<ResolversTypes['TransferConnection'], ParentType, ContextType, Partial<FundProjectTransfersArgs>>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type FundProjectConnectionResolvers<ContextType = FundContext, ParentType extends ResolversParentTypes['FundProjectConnection'] = ResolversParentTypes['FundProjectConnection']> = {
  edges?: Resolver<Array<ResolversTypes['FundProjectEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type FundProjectEdgeResolvers<ContextType = FundContext, ParentType extends ResolversParentTypes['FundProjectEdge'] = ResolversParentTypes['FundProjectEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['FundProject'], ParentType, ContextType>;
};

export type FundProjectStatusChangeResolvers<ContextType = FundContext, ParentType extends ResolversParentTypes['FundProjectStatusChange'] = ResolversParentTypes['FundProjectStatusChange']> = {
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  byRole?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  from?: Resolver<Maybe<ResolversTypes['FundProjectStatus']>, ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  to?: Resolver<ResolversTypes['FundProjectStatus'], ParentType, ContextType>;
};

export type FundingSummaryResolvers<ContextType = FundContext, ParentType extends ResolversParentTypes['FundingSummary'] = ResolversParentTypes['FundingSummary']> = {
  groupBy?: Resolver<ResolversTypes['FundingGroupBy'], ParentType, ContextType>;
  rows?: Resolver<Array<ResolversTypes['FundingSummaryRow']>, ParentType, ContextType>;
  rowsOverlap?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  totals?: Resolver<ResolversTypes['FundingTotals'], ParentType, ContextType>;
};

export type FundingSummaryRowResolvers<ContextType = FundContext, ParentType extends ResolversParentTypes['FundingSummaryRow'] = ResolversParentTypes['FundingSummaryRow']> = {
  budgetTotal?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  country?: Resolver<Maybe<ResolversTypes['Country']>, ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  objective?: Resolver<Maybe<ResolversTypes['Objective']>, ParentType, ContextType>;
  organization?: Resolver<Maybe<ResolversTypes['Organization']>, ParentType, ContextType>;
  projectCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  region?: Resolver<Maybe<ResolversTypes['HubRegion']>, ParentType, ContextType>;
  status?: Resolver<Maybe<ResolversTypes['FundProjectStatus']>, ParentType, ContextType>;
  thematicArea?: Resolver<Maybe<ResolversTypes['ThematicArea']>, ParentType, ContextType>;
  transferredTotal?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  year?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type FundingTotalsResolvers<ContextType = FundContext, ParentType extends ResolversParentTypes['FundingTotals'] = ResolversParentTypes['FundingTotals']> = {
  budgetTotal?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  projectCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  transferredTotal?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
};

export type MoneyResolvers<ContextType = FundContext, ParentType extends ResolversParentTypes['Money'] = ResolversParentTypes['Money']> = {
  amount?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type MutationResolvers<ContextType = FundContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  closeFundProject?: Resolver<ResolversTypes['FundProject'], ParentType, ContextType, RequireFields<MutationCloseFundProjectArgs, 'input'>>;
  decideFundProject?: Resolver<ResolversTypes['FundProject'], ParentType, ContextType, RequireFields<MutationDecideFundProjectArgs, 'input'>>;
  moveToPipeline?: Resolver<ResolversTypes['FundProject'], ParentType, ContextType, RequireFields<MutationMoveToPipelineArgs, 'input'>>;
  recordContribution?: Resolver<ResolversTypes['Contribution'], ParentType, ContextType, RequireFields<MutationRecordContributionArgs, 'input'>>;
  recordTransfer?: Resolver<ResolversTypes['Transfer'], ParentType, ContextType, RequireFields<MutationRecordTransferArgs, 'input'>>;
  reportProgress?: Resolver<ResolversTypes['ProgressReport'], ParentType, ContextType, RequireFields<MutationReportProgressArgs, 'input'>>;
  submitConceptNote?: Resolver<ResolversTypes['FundProject'], ParentType, ContextType, RequireFields<MutationSubmitConceptNoteArgs, 'input'>>;
  updateFundProject?: Resolver<ResolversTypes['FundProject'], ParentType, ContextType, RequireFields<MutationUpdateFundProjectArgs, 'input'>>;
};

export type ObjectiveResolvers<ContextType = FundContext, ParentType extends ResolversParentTypes['Objective'] = ResolversParentTypes['Objective'], FederationReferenceType extends FederationReferenceTypes['Objective'] = FederationReferenceTypes['Objective']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Objective']> | FederationReferenceType, FederationReferenceType, ContextType>;
  fundProjects?: Resolver<Maybe<ResolversTypes['FundProjectConnection']>, ParentType, ContextType, Partial<ObjectiveFundProjectsArgs>>;
  number?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  thematicArea?: Resolver<Maybe<ResolversTypes['ThematicArea']>, ParentType, ContextType>;
  thematicAreaProvenance?: Resolver<Maybe<ResolversTypes['Provenance']>, ParentType, ContextType>;
};

export type OrganizationResolvers<ContextType = FundContext, ParentType extends ResolversParentTypes['Organization'] = ResolversParentTypes['Organization'], FederationReferenceType extends FederationReferenceTypes['Organization'] = FederationReferenceTypes['Organization']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Organization']> | FederationReferenceType, FederationReferenceType, ContextType>;
  fundProjects?: Resolver<Maybe<ResolversTypes['FundProjectConnection']>, ParentType, ContextType, Partial<OrganizationFundProjectsArgs>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type PageInfoResolvers<ContextType = FundContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ParticipatingOrganizationResolvers<ContextType = FundContext, ParentType extends ResolversParentTypes['ParticipatingOrganization'] = ResolversParentTypes['ParticipatingOrganization']> = {
  budgetShare?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  isLead?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  organization?: Resolver<Maybe<ResolversTypes['Organization']>, ParentType, ContextType>;
  remaining?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  transferred?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
};

export type ProgressReportResolvers<ContextType = FundContext, ParentType extends ResolversParentTypes['ProgressReport'] = ResolversParentTypes['ProgressReport']> = {
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  fundProject?: Resolver<ResolversTypes['FundProject'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  narrative?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  organization?: Resolver<Maybe<ResolversTypes['Organization']>, ParentType, ContextType>;
  periodEnd?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  periodStart?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  submittedBy?: Resolver<ResolversTypes['ReportSubmitter'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
};

export type ProgressReportConnectionResolvers<ContextType = FundContext, ParentType extends ResolversParentTypes['ProgressReportConnection'] = ResolversParentTypes['ProgressReportConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ProgressReportEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ProgressReportEdgeResolvers<ContextType = FundContext, ParentType extends ResolversParentTypes['ProgressReportEdge'] = ResolversParentTypes['ProgressReportEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['ProgressReport'], ParentType, ContextType>;
};

export type ProvenanceResolvers<ContextType = FundContext, ParentType extends ResolversParentTypes['Provenance'] = ResolversParentTypes['Provenance']> = {
  confidence?: Resolver<ResolversTypes['Confidence'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sample?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = FundContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  fund?: Resolver<Maybe<ResolversTypes['Fund']>, ParentType, ContextType>;
  fundProject?: Resolver<Maybe<ResolversTypes['FundProject']>, ParentType, ContextType, RequireFields<QueryFundProjectArgs, 'id'>>;
  fundProjects?: Resolver<Maybe<ResolversTypes['FundProjectConnection']>, ParentType, ContextType, Partial<QueryFundProjectsArgs>>;
  fundingSummary?: Resolver<Maybe<ResolversTypes['FundingSummary']>, ParentType, ContextType, RequireFields<QueryFundingSummaryArgs, 'groupBy'>>;
  thematicAreas?: Resolver<Maybe<Array<ResolversTypes['ThematicArea']>>, ParentType, ContextType>;
  thematicBalance?: Resolver<Maybe<ResolversTypes['ThematicBalance']>, ParentType, ContextType>;
};

export type SupportRequestResolvers<ContextType = FundContext, ParentType extends ResolversParentTypes['SupportRequest'] = ResolversParentTypes['SupportRequest'], FederationReferenceType extends FederationReferenceTypes['SupportRequest'] = FederationReferenceTypes['SupportRequest']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['SupportRequest']> | FederationReferenceType, FederationReferenceType, ContextType>;
  fundProjects?: Resolver<Maybe<ResolversTypes['FundProjectConnection']>, ParentType, ContextType, Partial<SupportRequestFundProjectsArgs>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type ThematicAreaResolvers<ContextType = FundContext, ParentType extends ResolversParentTypes['ThematicArea'] = ResolversParentTypes['ThematicArea'], FederationReferenceType extends FederationReferenceTypes['ThematicArea'] = FederationReferenceTypes['ThematicArea']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['ThematicArea']> | FederationReferenceType, FederationReferenceType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  fundProjects?: Resolver<ResolversTypes['FundProjectConnection'], ParentType, ContextType, Partial<ThematicAreaFundProjectsArgs>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  number?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  objectives?: Resolver<Array<ResolversTypes['ThematicAreaObjective']>, ParentType, ContextType>;
  provenance?: Resolver<ResolversTypes['Provenance'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
};

export type ThematicAreaObjectiveResolvers<ContextType = FundContext, ParentType extends ResolversParentTypes['ThematicAreaObjective'] = ResolversParentTypes['ThematicAreaObjective']> = {
  objective?: Resolver<Maybe<ResolversTypes['Objective']>, ParentType, ContextType>;
  provenance?: Resolver<ResolversTypes['Provenance'], ParentType, ContextType>;
};

export type ThematicBalanceResolvers<ContextType = FundContext, ParentType extends ResolversParentTypes['ThematicBalance'] = ResolversParentTypes['ThematicBalance']> = {
  approvedBudget?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  areas?: Resolver<Array<ResolversTypes['ThematicBalanceRow']>, ParentType, ContextType>;
};

export type ThematicBalanceRowResolvers<ContextType = FundContext, ParentType extends ResolversParentTypes['ThematicBalanceRow'] = ResolversParentTypes['ThematicBalanceRow']> = {
  approvedBudget?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  projectCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  sharePercent?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  thematicArea?: Resolver<ResolversTypes['ThematicArea'], ParentType, ContextType>;
};

export type TransferResolvers<ContextType = FundContext, ParentType extends ResolversParentTypes['Transfer'] = ResolversParentTypes['Transfer'], FederationReferenceType extends FederationReferenceTypes['Transfer'] = FederationReferenceTypes['Transfer']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Transfer']> | FederationReferenceType, FederationReferenceType, ContextType>;
  amount?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  date?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  fundProject?: Resolver<ResolversTypes['FundProject'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  organization?: Resolver<Maybe<ResolversTypes['Organization']>, ParentType, ContextType>;
  provenance?: Resolver<ResolversTypes['Provenance'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
};

export type TransferConnectionResolvers<ContextType = FundContext, ParentType extends ResolversParentTypes['TransferConnection'] = ResolversParentTypes['TransferConnection']> = {
  edges?: Resolver<Array<ResolversTypes['TransferEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type TransferEdgeResolvers<ContextType = FundContext, ParentType extends ResolversParentTypes['TransferEdge'] = ResolversParentTypes['TransferEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Transfer'], ParentType, ContextType>;
};

export type Resolvers<ContextType = FundContext> = {
  CapitalisationTarget?: CapitalisationTargetResolvers<ContextType>;
  Contribution?: ContributionResolvers<ContextType>;
  ContributionConnection?: ContributionConnectionResolvers<ContextType>;
  ContributionEdge?: ContributionEdgeResolvers<ContextType>;
  Country?: CountryResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  Fund?: FundResolvers<ContextType>;
  FundMilestone?: FundMilestoneResolvers<ContextType>;
  FundName?: FundNameResolvers<ContextType>;
  FundProject?: FundProjectResolvers<ContextType>;
  FundProjectConnection?: FundProjectConnectionResolvers<ContextType>;
  FundProjectEdge?: FundProjectEdgeResolvers<ContextType>;
  FundProjectStatusChange?: FundProjectStatusChangeResolvers<ContextType>;
  FundingSummary?: FundingSummaryResolvers<ContextType>;
  FundingSummaryRow?: FundingSummaryRowResolvers<ContextType>;
  FundingTotals?: FundingTotalsResolvers<ContextType>;
  Money?: MoneyResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Objective?: ObjectiveResolvers<ContextType>;
  Organization?: OrganizationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  ParticipatingOrganization?: ParticipatingOrganizationResolvers<ContextType>;
  ProgressReport?: ProgressReportResolvers<ContextType>;
  ProgressReportConnection?: ProgressReportConnectionResolvers<ContextType>;
  ProgressReportEdge?: ProgressReportEdgeResolvers<ContextType>;
  Provenance?: ProvenanceResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  SupportRequest?: SupportRequestResolvers<ContextType>;
  ThematicArea?: ThematicAreaResolvers<ContextType>;
  ThematicAreaObjective?: ThematicAreaObjectiveResolvers<ContextType>;
  ThematicBalance?: ThematicBalanceResolvers<ContextType>;
  ThematicBalanceRow?: ThematicBalanceRowResolvers<ContextType>;
  Transfer?: TransferResolvers<ContextType>;
  TransferConnection?: TransferConnectionResolvers<ContextType>;
  TransferEdge?: TransferEdgeResolvers<ContextType>;
};

export type DirectiveResolvers<ContextType = FundContext> = {
  cacheControl?: CacheControlDirectiveResolver<any, any, ContextType>;
};
