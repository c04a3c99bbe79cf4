import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { OrganizationModel, CountryModel, NetworkRoleModel, NetworkModel, UnNetworkModel, UnNetworkTotalModel, SupportRequestRef, FundProjectRef } from '../data/models.js';
import type { ViewerModel } from '@unmn/shared/viewer';
import type { MembersContext } from '../context.js';
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

/** How sure the Network's reference data is of a fact. */
export type Confidence =
  /** Stated directly by an official or primary source (a UN document, a Network or MPTF Office page). */
  | 'CERTAIN'
  /** Stated by a secondary source, or inferred from more than one primary source. */
  | 'LIKELY'
  /** From a single weak source or not confirmed; verify before relying on it. */
  | 'UNCERTAIN';

/** A UN Member State or observer State. */
export type Country = {
  __typename?: 'Country';
  /** Common short name, e.g. `Bolivia`. */
  commonName: Scalars['String']['output'];
  /** When this record was created. */
  createdAt: Scalars['DateTime']['output'];
  /** Whether the country is a GCM Champion country, as far as the reference data establishes. */
  gcmChampion: Scalars['Boolean']['output'];
  /** Where the Champion status comes from; null when not a Champion. */
  gcmChampionProvenance?: Maybe<Provenance>;
  /** The Migration Network Hub's region filter value. */
  hubRegion: HubRegion;
  /** M49 intermediate region where one exists, e.g. `South America`. */
  intermediateRegion?: Maybe<M49Area>;
  /** ISO 3166-1 alpha-2 code, e.g. `MX`. */
  iso2: Scalars['String']['output'];
  /** ISO 3166-1 alpha-3 code, e.g. `MEX`: the key. */
  iso3: Scalars['ID']['output'];
  /** UN M49 numeric code, e.g. `484`. */
  m49Code: Scalars['String']['output'];
  /** Name as the UN M49 standard gives it, e.g. `Bolivia (Plurinational State of)`. */
  name: Scalars['String']['output'];
  /** Official long name. */
  officialName: Scalars['String']['output'];
  /** M49 region (continent). */
  region: M49Area;
  /** The UN regional commission whose GCM regional review the country takes part in. */
  regionalCommission: Organization;
  /** How the regional commission was assigned (a documented rule over M49 regions; memberships overlap). */
  regionalCommissionProvenance: Provenance;
  /** M49 sub-region, e.g. `Latin America and the Caribbean`. */
  subRegion?: Maybe<M49Area>;
  /** The UN country network on migration of this country, when a public source names one; null when none is known (the Network counted more country networks than the reference data names: see `unNetworkTotals`). */
  unNetwork?: Maybe<UnNetwork>;
  /** Member State or observer State. */
  unStatus: UnStatus;
  /** When this record last changed. */
  updatedAt: Scalars['DateTime']['output'];
};

/** A page of countries. */
export type CountryConnection = {
  __typename?: 'CountryConnection';
  /** The countries on this page with their cursors. */
  edges: Array<CountryEdge>;
  /** Pagination state. */
  pageInfo: PageInfo;
  /** How many countries match the filter in all. */
  totalCount: Scalars['Int']['output'];
};

/** A country and its cursor. */
export type CountryEdge = {
  __typename?: 'CountryEdge';
  /** Opaque cursor; pass as `after`. */
  cursor: Scalars['String']['output'];
  /** The country. */
  node: Country;
};

/** Filters for countries; all given criteria must hold. */
export type CountryFilter = {
  /** Only GCM Champion countries (true) or others (false). */
  gcmChampion?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only these Hub regions. */
  hubRegions?: InputMaybe<Array<HubRegion>>;
  /** Only these ISO alpha-3 codes. */
  iso3?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Only countries in this M49 area (region, sub-region or intermediate region code, e.g. `419`). */
  m49Area?: InputMaybe<Scalars['String']['input']>;
  /** Only countries assigned to this regional commission (organization id, e.g. `eclac`). */
  regionalCommission?: InputMaybe<Scalars['ID']['input']>;
  /** Case-insensitive text in any of the names. */
  search?: InputMaybe<Scalars['String']['input']>;
  /** Only Member States or only observer States. */
  unStatus?: InputMaybe<UnStatus>;
  /** Only records changed after this instant. */
  updatedSince?: InputMaybe<Scalars['DateTime']['input']>;
};

/** Orders of a country list; ties are broken by ISO alpha-3 code. */
export type CountrySort =
  /** By ISO alpha-3 code (the default). */
  | 'ISO3_ASC'
  /** Least recently changed first: walk this with `updatedSince` to sync changes. */
  | 'UPDATED_ASC'
  /** Most recently changed first. */
  | 'UPDATED_DESC';

/**
 * A joint programme of the Migration MPTF (owned by the fund-projects subgraph); members adds the country networks of
 * the countries it covers.
 */
export type FundProject = {
  __typename?: 'FundProject';
  /** The countries it covers (owned by fund-projects; needed here to find their networks). */
  countries?: Maybe<Array<Country>>;
  /** The programme's id. */
  id: Scalars['ID']['output'];
  /** The UN country networks on migration of the countries it covers, in the order of its countries, for those countries that have a known network. */
  unNetworks?: Maybe<Array<UnNetwork>>;
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

/** An area of the UN M49 standard (region, sub-region or intermediate region). */
export type M49Area = {
  __typename?: 'M49Area';
  /** Three-digit M49 code, e.g. `002`. */
  code: Scalars['String']['output'];
  /** Area name, e.g. `Africa`. */
  name: Scalars['String']['output'];
};

/** The UN Network on Migration itself: its coordinator, secretariat and Executive Committee. */
export type Network = {
  __typename?: 'Network';
  /** The coordinator (IOM). */
  coordinator: Organization;
  /** The date of the Secretary-General's Executive Committee decision that set it up (23 May 2018); an IOM page says the Network was set up in June 2018, and it was publicly active from December 2018. */
  establishedOn: Scalars['Date']['output'];
  /** Members of the Executive Committee on the given date (today when omitted), ordered by acronym. */
  executiveCommittee: Array<Organization>;
  /** Every Executive Committee seat with its dates, ordered by start date then acronym. */
  executiveCommitteeHistory: Array<NetworkRole>;
  /** Number of member organizations in the reference data whose membership is at least as sure as `minConfidence`: 14 are CERTAIN, 30 CERTAIN or LIKELY, 38 in all (the founding membership's size; the full founding list was not available). */
  memberCount: Scalars['Int']['output'];
  /** The Network's name. */
  name: Scalars['String']['output'];
  /** Where these facts come from. */
  provenance: Provenance;
  /** The secretariat (IOM; based in Geneva). */
  secretariat: Organization;
};


/** The UN Network on Migration itself: its coordinator, secretariat and Executive Committee. */
export type NetworkExecutiveCommitteeArgs = {
  on?: InputMaybe<Scalars['Date']['input']>;
};


/** The UN Network on Migration itself: its coordinator, secretariat and Executive Committee. */
export type NetworkExecutiveCommitteeHistoryArgs = {
  updatedSince?: InputMaybe<Scalars['DateTime']['input']>;
};


/** The UN Network on Migration itself: its coordinator, secretariat and Executive Committee. */
export type NetworkMemberCountArgs = {
  minConfidence?: InputMaybe<Confidence>;
};

/** An organization's membership of the UN Network on Migration. */
export type NetworkMembership = {
  __typename?: 'NetworkMembership';
  /** Where the membership fact comes from and how sure it is. */
  provenance: Provenance;
  /** Earliest date the membership is documented from; null when unknown. */
  since?: Maybe<Scalars['Date']['output']>;
};

/** A role an organization holds in the Network for a period. */
export type NetworkRole = {
  __typename?: 'NetworkRole';
  /** When this record was created. */
  createdAt: Scalars['DateTime']['output'];
  /** Which role. */
  kind: NetworkRoleKind;
  /** The latest date a source confirms the role; after it the role is assumed to continue, not documented. Null when no later source than `since` was seen. */
  lastConfirmedOn?: Maybe<Scalars['Date']['output']>;
  /** Who holds it. */
  organization: Organization;
  /** Where this comes from. */
  provenance: Provenance;
  /** First day held (as documented); null when unknown. */
  since?: Maybe<Scalars['Date']['output']>;
  /** Last day held; null while current (as far as documented: see `lastConfirmedOn`). */
  until?: Maybe<Scalars['Date']['output']>;
  /** When this record last changed; filter lists of roles with `updatedSince` to sync changes. */
  updatedAt: Scalars['DateTime']['output'];
};

/** A role in the Network's governance. */
export type NetworkRoleKind =
  /** Coordinator of the Network (IOM, per GCM para 45(a)). */
  | 'COORDINATOR'
  /** A seat on the Executive Committee, the Network's principal decision-making body. */
  | 'EXECUTIVE_COMMITTEE'
  /** Secretariat of the Network (IOM, per GCM para 45(a)). */
  | 'SECRETARIAT';

/**
 * A UN entity: a member of the UN Network on Migration, or another UN entity that takes part in the Network's work
 * (for example as a participating organization of a joint programme).
 */
export type Organization = {
  __typename?: 'Organization';
  /** The usual acronym, e.g. `IOM`, `UN Women`. */
  acronym: Scalars['String']['output'];
  /** When this record was created. */
  createdAt: Scalars['DateTime']['output'];
  /** City of its headquarters. */
  headquarters?: Maybe<Scalars['String']['output']>;
  /** Stable key: the lower-case acronym slug, e.g. `iom`, `un-women`. */
  id: Scalars['ID']['output'];
  /** Whether it is a member of the UN Network on Migration (as far as the reference data establishes). */
  isNetworkMember: Scalars['Boolean']['output'];
  /** What kind of UN body it is. */
  kind: OrganizationKind;
  /** Full name. */
  name: Scalars['String']['output'];
  /** Its membership of the Network, with since-date and provenance; null when not a member. */
  networkMembership?: Maybe<NetworkMembership>;
  /** Roles it holds or held in the Network (Executive Committee seat, coordinator, secretariat), with dates, by start date. */
  networkRoles: Array<NetworkRole>;
  /** Whether it sits on the Network's Executive Committee on the given date (today when omitted). */
  onExecutiveCommittee: Scalars['Boolean']['output'];
  /** When this record last changed; filter lists with `updatedSince` to sync changes. */
  updatedAt: Scalars['DateTime']['output'];
  /** Official website. */
  website?: Maybe<Scalars['String']['output']>;
};


/**
 * A UN entity: a member of the UN Network on Migration, or another UN entity that takes part in the Network's work
 * (for example as a participating organization of a joint programme).
 */
export type OrganizationNetworkRolesArgs = {
  updatedSince?: InputMaybe<Scalars['DateTime']['input']>;
};


/**
 * A UN entity: a member of the UN Network on Migration, or another UN entity that takes part in the Network's work
 * (for example as a participating organization of a joint programme).
 */
export type OrganizationOnExecutiveCommitteeArgs = {
  on?: InputMaybe<Scalars['Date']['input']>;
};

/** A page of organizations. */
export type OrganizationConnection = {
  __typename?: 'OrganizationConnection';
  /** The organizations on this page with their cursors. */
  edges: Array<OrganizationEdge>;
  /** Pagination state. */
  pageInfo: PageInfo;
  /** How many organizations match the filter in all. */
  totalCount: Scalars['Int']['output'];
};

/** An organization and its cursor. */
export type OrganizationEdge = {
  __typename?: 'OrganizationEdge';
  /** Opaque cursor; pass as `after`. */
  cursor: Scalars['String']['output'];
  /** The organization. */
  node: Organization;
};

/** Filters for organizations; all given criteria must hold. */
export type OrganizationFilter = {
  /** Only organizations on the Executive Committee on this date. */
  executiveCommitteeOn?: InputMaybe<Scalars['Date']['input']>;
  /** Only these ids. */
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Only these kinds. */
  kinds?: InputMaybe<Array<OrganizationKind>>;
  /** Only memberships of these confidences. */
  membershipConfidence?: InputMaybe<Array<Confidence>>;
  /** Only Network members (true) or non-members (false). */
  networkMember?: InputMaybe<Scalars['Boolean']['input']>;
  /** Case-insensitive text in the acronym or name. */
  search?: InputMaybe<Scalars['String']['input']>;
  /** Only records changed after this instant. */
  updatedSince?: InputMaybe<Scalars['DateTime']['input']>;
};

/** What kind of body an organization is within (or outside) the UN system. */
export type OrganizationKind =
  /** Another UN entity, initiative, or training and research body. */
  | 'OTHER_UN_ENTITY'
  /** One of the five UN regional commissions (ECA, ECE, ECLAC, ESCAP, ESCWA). */
  | 'REGIONAL_COMMISSION'
  /** A related organization of the UN system (e.g. IOM). */
  | 'RELATED_ORGANIZATION'
  /** A UN specialized agency (e.g. ILO, WHO, FAO). */
  | 'SPECIALIZED_AGENCY'
  /** A UN fund or programme (e.g. UNDP, UNICEF, WFP). */
  | 'UN_FUND_OR_PROGRAMME'
  /** A department or office of the UN Secretariat (e.g. DESA, OHCHR, UNODC). */
  | 'UN_SECRETARIAT_ENTITY';

/** Orders of an organization list; ties are broken by id. */
export type OrganizationSort =
  /** By id (the default). */
  | 'ID_ASC'
  /** Least recently changed first: walk this with `updatedSince` to sync changes. */
  | 'UPDATED_ASC'
  /** Most recently changed first. */
  | 'UPDATED_DESC';

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
  /** UN Member States and observer States ordered by ISO alpha-3 code unless `sort` says otherwise. Page size is capped at 100. */
  countries?: Maybe<CountryConnection>;
  /** One country by ISO alpha-3 code (case-insensitive); null when unknown. */
  country?: Maybe<Country>;
  /** The Network: coordinator, secretariat, Executive Committee. */
  network?: Maybe<Network>;
  /** One organization by id (e.g. `iom`); null when unknown. */
  organization?: Maybe<Organization>;
  /** Organizations ordered by id unless `sort` says otherwise, with filters. Page size is capped at 100. */
  organizations?: Maybe<OrganizationConnection>;
  /** One UN network on migration by id (e.g. `country-uga`); null when unknown. */
  unNetwork?: Maybe<UnNetwork>;
  /** The Network's published totals of country (or regional) networks over time, oldest first: each a dated fact with its source. The reference data names fewer networks than these totals count. */
  unNetworkTotals?: Maybe<Array<UnNetworkTotal>>;
  /** Country and regional UN networks on migration that public sources name, ordered by id unless `sort` says otherwise. Page size is capped at 100. */
  unNetworks?: Maybe<UnNetworkConnection>;
  /** Who is asking. */
  viewer?: Maybe<Viewer>;
};


export type QueryCountriesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<CountryFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<CountrySort>;
};


export type QueryCountryArgs = {
  iso3: Scalars['ID']['input'];
};


export type QueryOrganizationArgs = {
  id: Scalars['ID']['input'];
};


export type QueryOrganizationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<OrganizationFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<OrganizationSort>;
};


export type QueryUnNetworkArgs = {
  id: Scalars['ID']['input'];
};


export type QueryUnNetworkTotalsArgs = {
  from?: InputMaybe<Scalars['Date']['input']>;
  kind?: InputMaybe<UnNetworkKind>;
  to?: InputMaybe<Scalars['Date']['input']>;
  updatedSince?: InputMaybe<Scalars['DateTime']['input']>;
};


export type QueryUnNetworksArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<UnNetworkFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<UnNetworkSort>;
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

/**
 * A country's request to the Network's connection hub (owned by the support-requests subgraph); members adds the
 * country network that carries it.
 */
export type SupportRequest = {
  __typename?: 'SupportRequest';
  /** The requesting country (owned by support-requests; needed here to find its network). */
  country?: Maybe<Country>;
  /** The request's id. */
  id: Scalars['ID']['output'];
  /** The UN country network on migration of the requesting country, when one is known; null otherwise. */
  unNetwork?: Maybe<UnNetwork>;
};

/**
 * A country or regional UN network on migration: the UN system's coordination on migration where the Network's work
 * is carried out, supporting governments' implementation, follow-up and review of the GCM. Only networks that a public
 * source names are listed, each with that source in `provenance`.
 */
export type UnNetwork = {
  __typename?: 'UnNetwork';
  /** The country a COUNTRY network works in; null for a REGIONAL one. */
  country?: Maybe<Country>;
  /** When this record was created. */
  createdAt: Scalars['DateTime']['output'];
  /** Whom a government or partner contacts: for a country network the UN Resident Coordinator's Office (through which the Network's Terms of Reference route its support at country level); for a regional one its coordinating body. */
  entryPoint: Scalars['String']['output'];
  /** The day it was launched or established, when a source dates it; null when unknown. */
  establishedOn?: Maybe<Scalars['Date']['output']>;
  /** Stable key: `country-<iso3 in lower case>` (e.g. `country-uga`) or `regional-<slug>` (e.g. `regional-arab-states`). */
  id: Scalars['ID']['output'];
  /** Country or regional network. */
  kind: UnNetworkKind;
  /** Its co-chairs, co-leads, coordinator or secretariat among UN entities, in the order the source gives them; empty when the source names none. A country network's other co-chair, the Resident Coordinator, is not an organization here: see `entryPoint`. */
  leads: Array<Organization>;
  /** Its name as the Network's pages give it, e.g. `UN Network on Migration in Uganda`. */
  name: Scalars['String']['output'];
  /** The public source naming the network, how sure the facts are, and what the source leaves open. */
  provenance: Provenance;
  /** The region a REGIONAL network covers, in the Network's words (e.g. `Europe and Central Asia`); null for a COUNTRY one. */
  region?: Maybe<Scalars['String']['output']>;
  /** The UN regional commission whose region a REGIONAL network works in; null for a COUNTRY network or when the region is only part of a commission's. */
  regionalCommission?: Maybe<Organization>;
  /** When this record last changed; filter lists with `updatedSince` to sync changes. */
  updatedAt: Scalars['DateTime']['output'];
  /** A page publishing or reporting its workplan; null when none was found. */
  workplanUrl?: Maybe<Scalars['String']['output']>;
};

/** A page of UN networks on migration. */
export type UnNetworkConnection = {
  __typename?: 'UnNetworkConnection';
  /** The networks on this page with their cursors. */
  edges: Array<UnNetworkEdge>;
  /** Pagination state. */
  pageInfo: PageInfo;
  /** How many networks match the filter in all. */
  totalCount: Scalars['Int']['output'];
};

/** A UN network on migration and its cursor. */
export type UnNetworkEdge = {
  __typename?: 'UnNetworkEdge';
  /** Opaque cursor; pass as `after`. */
  cursor: Scalars['String']['output'];
  /** The network. */
  node: UnNetwork;
};

/** Filters for UN networks on migration; all given criteria must hold. */
export type UnNetworkFilter = {
  /** Only networks whose facts are this sure. */
  confidence?: InputMaybe<Array<Confidence>>;
  /** Only the country networks of these countries (ISO alpha-3, any case); an unknown code is a BAD_USER_INPUT naming it. */
  countries?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Only networks established on or after this day (networks with an unknown date are left out). */
  establishedFrom?: InputMaybe<Scalars['Date']['input']>;
  /** Only networks established on or before this day (networks with an unknown date are left out). */
  establishedTo?: InputMaybe<Scalars['Date']['input']>;
  /** Only these kinds. */
  kinds?: InputMaybe<Array<UnNetworkKind>>;
  /** Only networks this organization leads (organization id, e.g. `iom`). */
  lead?: InputMaybe<Scalars['ID']['input']>;
  /** Only regional networks in this regional commission's region (organization id, e.g. `eclac`). */
  regionalCommission?: InputMaybe<Scalars['ID']['input']>;
  /** Only records changed after this instant. */
  updatedSince?: InputMaybe<Scalars['DateTime']['input']>;
};

/** Whether a UN network on migration works in one country or across a region. */
export type UnNetworkKind =
  /** A UN country network on migration, set up by a UN country team (co-chaired, where known, by the Resident Coordinator and IOM). */
  | 'COUNTRY'
  /** A regional UN network on migration, serving the country networks and UN country teams of a region. */
  | 'REGIONAL';

/** Orders of a UN network list; ties are broken by id. */
export type UnNetworkSort =
  /** By id (the default). */
  | 'ID_ASC'
  /** Least recently changed first: walk this with `updatedSince` to sync changes. */
  | 'UPDATED_ASC'
  /** Most recently changed first. */
  | 'UPDATED_DESC';

/** A number of UN networks on migration the Network published, as a dated fact of its own (with its source). */
export type UnNetworkTotal = {
  __typename?: 'UnNetworkTotal';
  /** How many there were. */
  count: Scalars['Int']['output'];
  /** When this record was created. */
  createdAt: Scalars['DateTime']['output'];
  /** Which networks were counted. */
  kind: UnNetworkKind;
  /** When the source does not date the count exactly: the first day of the window it lies in; null when `reachedBy` is exact. */
  notBefore?: Maybe<Scalars['Date']['output']>;
  /** Where the figure was published and how sure its date is. */
  provenance: Provenance;
  /** The day by which the count had been reached: the day the source states it, or the end of the window it is known to lie in. */
  reachedBy: Scalars['Date']['output'];
  /** When this record last changed; filter `unNetworkTotals` with `updatedSince` to sync changes. */
  updatedAt: Scalars['DateTime']['output'];
};

/** Standing of a State at the United Nations. */
export type UnStatus =
  /** One of the 193 UN Member States. */
  | 'MEMBER_STATE'
  /** A non-member observer State (the Holy See, the State of Palestine). */
  | 'OBSERVER_STATE';

/** Who is asking, as verified by the gateway from the bearer token. */
export type Viewer = {
  __typename?: 'Viewer';
  /** The caller's country (country role). */
  country?: Maybe<Country>;
  /** The caller's organization (member role). */
  organization?: Maybe<Organization>;
  /** The caller's role. */
  role: Role;
  /** The token subject; null when anonymous. */
  subject?: Maybe<Scalars['String']['output']>;
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
  FundProject: FundProject;
  Organization: Organization;
  SupportRequest: SupportRequest;
  UnNetwork: UnNetwork;
};

/** Mapping of federation reference types */
export type FederationReferenceTypes = {
  Country:
    ( { __typename: 'Country' }
    & GraphQLRecursivePick<FederationTypes['Country'], {"iso3":true}> );
  FundProject:
    ( { __typename: 'FundProject' }
    & GraphQLRecursivePick<FederationTypes['FundProject'], {"id":true}>
    & ( Record<PropertyKey, never>
        | GraphQLRecursivePick<FederationTypes['FundProject'], {"countries":{"iso3":true}}> ) );
  Organization:
    ( { __typename: 'Organization' }
    & GraphQLRecursivePick<FederationTypes['Organization'], {"id":true}> );
  SupportRequest:
    ( { __typename: 'SupportRequest' }
    & GraphQLRecursivePick<FederationTypes['SupportRequest'], {"id":true}>
    & ( Record<PropertyKey, never>
        | GraphQLRecursivePick<FederationTypes['SupportRequest'], {"country":{"iso3":true}}> ) );
  UnNetwork:
    ( { __typename: 'UnNetwork' }
    & GraphQLRecursivePick<FederationTypes['UnNetwork'], {"id":true}> );
};



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  CacheControlScope: CacheControlScope;
  Confidence: Confidence;
  Country: ResolverTypeWrapper<CountryModel>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  CountryConnection: ResolverTypeWrapper<Omit<CountryConnection, 'edges'> & { edges: Array<ResolversTypes['CountryEdge']> }>;
  CountryEdge: ResolverTypeWrapper<Omit<CountryEdge, 'node'> & { node: ResolversTypes['Country'] }>;
  CountryFilter: CountryFilter;
  CountrySort: CountrySort;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  FundProject: ResolverTypeWrapper<FundProjectRef>;
  HubRegion: HubRegion;
  M49Area: ResolverTypeWrapper<M49Area>;
  Network: ResolverTypeWrapper<NetworkModel>;
  NetworkMembership: ResolverTypeWrapper<NetworkMembership>;
  NetworkRole: ResolverTypeWrapper<NetworkRoleModel>;
  NetworkRoleKind: NetworkRoleKind;
  Organization: ResolverTypeWrapper<OrganizationModel>;
  OrganizationConnection: ResolverTypeWrapper<Omit<OrganizationConnection, 'edges'> & { edges: Array<ResolversTypes['OrganizationEdge']> }>;
  OrganizationEdge: ResolverTypeWrapper<Omit<OrganizationEdge, 'node'> & { node: ResolversTypes['Organization'] }>;
  OrganizationFilter: OrganizationFilter;
  OrganizationKind: OrganizationKind;
  OrganizationSort: OrganizationSort;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Provenance: ResolverTypeWrapper<Provenance>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Role: Role;
  SupportRequest: ResolverTypeWrapper<SupportRequestRef>;
  UnNetwork: ResolverTypeWrapper<UnNetworkModel>;
  UnNetworkConnection: ResolverTypeWrapper<Omit<UnNetworkConnection, 'edges'> & { edges: Array<ResolversTypes['UnNetworkEdge']> }>;
  UnNetworkEdge: ResolverTypeWrapper<Omit<UnNetworkEdge, 'node'> & { node: ResolversTypes['UnNetwork'] }>;
  UnNetworkFilter: UnNetworkFilter;
  UnNetworkKind: UnNetworkKind;
  UnNetworkSort: UnNetworkSort;
  UnNetworkTotal: ResolverTypeWrapper<UnNetworkTotalModel>;
  UnStatus: UnStatus;
  Viewer: ResolverTypeWrapper<ViewerModel>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  Country: CountryModel;
  String: Scalars['String']['output'];
  ID: Scalars['ID']['output'];
  CountryConnection: Omit<CountryConnection, 'edges'> & { edges: Array<ResolversParentTypes['CountryEdge']> };
  CountryEdge: Omit<CountryEdge, 'node'> & { node: ResolversParentTypes['Country'] };
  CountryFilter: CountryFilter;
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  FundProject: FundProjectRef;
  M49Area: M49Area;
  Network: NetworkModel;
  NetworkMembership: NetworkMembership;
  NetworkRole: NetworkRoleModel;
  Organization: OrganizationModel;
  OrganizationConnection: Omit<OrganizationConnection, 'edges'> & { edges: Array<ResolversParentTypes['OrganizationEdge']> };
  OrganizationEdge: Omit<OrganizationEdge, 'node'> & { node: ResolversParentTypes['Organization'] };
  OrganizationFilter: OrganizationFilter;
  PageInfo: PageInfo;
  Provenance: Provenance;
  Query: Record<PropertyKey, never>;
  SupportRequest: SupportRequestRef;
  UnNetwork: UnNetworkModel;
  UnNetworkConnection: Omit<UnNetworkConnection, 'edges'> & { edges: Array<ResolversParentTypes['UnNetworkEdge']> };
  UnNetworkEdge: Omit<UnNetworkEdge, 'node'> & { node: ResolversParentTypes['UnNetwork'] };
  UnNetworkFilter: UnNetworkFilter;
  UnNetworkTotal: UnNetworkTotalModel;
  Viewer: ViewerModel;
  Boolean: Scalars['Boolean']['output'];
  Int: Scalars['Int']['output'];
};

export type CacheControlDirectiveArgs = {
  inheritMaxAge?: Maybe<Scalars['Boolean']['input']>;
  maxAge?: Maybe<Scalars['Int']['input']>;
  scope?: Maybe<CacheControlScope>;
};

export type CacheControlDirectiveResolver<Result, Parent, ContextType = MembersContext, Args = CacheControlDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type CountryResolvers<ContextType = MembersContext, ParentType extends ResolversParentTypes['Country'] = ResolversParentTypes['Country'], FederationReferenceType extends FederationReferenceTypes['Country'] = FederationReferenceTypes['Country']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Country']> | FederationReferenceType, FederationReferenceType, ContextType>;
  commonName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  gcmChampion?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  gcmChampionProvenance?: Resolver<Maybe<ResolversTypes['Provenance']>, ParentType, ContextType>;
  hubRegion?: Resolver<ResolversTypes['HubRegion'], ParentType, ContextType>;
  intermediateRegion?: Resolver<Maybe<ResolversTypes['M49Area']>, ParentType, ContextType>;
  iso2?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  iso3?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  m49Code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  officialName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  region?: Resolver<ResolversTypes['M49Area'], ParentType, ContextType>;
  regionalCommission?: Resolver<ResolversTypes['Organization'], ParentType, ContextType>;
  regionalCommissionProvenance?: Resolver<ResolversTypes['Provenance'], ParentType, ContextType>;
  subRegion?: Resolver<Maybe<ResolversTypes['M49Area']>, ParentType, ContextType>;
  unNetwork?: Resolver<Maybe<ResolversTypes['UnNetwork']>, ParentType, ContextType>;
  unStatus?: Resolver<ResolversTypes['UnStatus'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
};

export type CountryConnectionResolvers<ContextType = MembersContext, ParentType extends ResolversParentTypes['CountryConnection'] = ResolversParentTypes['CountryConnection']> = {
  edges?: Resolver<Array<ResolversTypes['CountryEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CountryEdgeResolvers<ContextType = MembersContext, ParentType extends ResolversParentTypes['CountryEdge'] = ResolversParentTypes['CountryEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Country'], ParentType, ContextType>;
};

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type FundProjectResolvers<ContextType = MembersContext, ParentType extends ResolversParentTypes['FundProject'] = ResolversParentTypes['FundProject'], FederationReferenceType extends FederationReferenceTypes['FundProject'] = FederationReferenceTypes['FundProject']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['FundProject']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  unNetworks?: Resolver<Maybe<Array<ResolversTypes['UnNetwork']>>, ParentType, ContextType>;
};

export type M49AreaResolvers<ContextType = MembersContext, ParentType extends ResolversParentTypes['M49Area'] = ResolversParentTypes['M49Area']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type NetworkResolvers<ContextType = MembersContext, ParentType extends ResolversParentTypes['Network'] = ResolversParentTypes['Network']> = {
  coordinator?: Resolver<ResolversTypes['Organization'], ParentType, ContextType>;
  establishedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  executiveCommittee?: Resolver<Array<ResolversTypes['Organization']>, ParentType, ContextType, Partial<NetworkExecutiveCommitteeArgs>>;
  executiveCommitteeHistory?: Resolver<Array<ResolversTypes['NetworkRole']>, ParentType, ContextType, Partial<NetworkExecutiveCommitteeHistoryArgs>>;
  memberCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType, RequireFields<NetworkMemberCountArgs, 'minConfidence'>>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  provenance?: Resolver<ResolversTypes['Provenance'], ParentType, ContextType>;
  secretariat?: Resolver<ResolversTypes['Organization'], ParentType, ContextType>;
};

export type NetworkMembershipResolvers<ContextType = MembersContext, ParentType extends ResolversParentTypes['NetworkMembership'] = ResolversParentTypes['NetworkMembership']> = {
  provenance?: Resolver<ResolversTypes['Provenance'], ParentType, ContextType>;
  since?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
};

export type NetworkRoleResolvers<ContextType = MembersContext, ParentType extends ResolversParentTypes['NetworkRole'] = ResolversParentTypes['NetworkRole']> = {
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['NetworkRoleKind'], ParentType, ContextType>;
  lastConfirmedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  organization?: Resolver<ResolversTypes['Organization'], ParentType, ContextType>;
  provenance?: Resolver<ResolversTypes['Provenance'], ParentType, ContextType>;
  since?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  until?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
};

export type OrganizationResolvers<ContextType = MembersContext, ParentType extends ResolversParentTypes['Organization'] = ResolversParentTypes['Organization'], FederationReferenceType extends FederationReferenceTypes['Organization'] = FederationReferenceTypes['Organization']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Organization']> | FederationReferenceType, FederationReferenceType, ContextType>;
  acronym?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  headquarters?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  isNetworkMember?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['OrganizationKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  networkMembership?: Resolver<Maybe<ResolversTypes['NetworkMembership']>, ParentType, ContextType>;
  networkRoles?: Resolver<Array<ResolversTypes['NetworkRole']>, ParentType, ContextType, Partial<OrganizationNetworkRolesArgs>>;
  onExecutiveCommittee?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, Partial<OrganizationOnExecutiveCommitteeArgs>>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  website?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type OrganizationConnectionResolvers<ContextType = MembersContext, ParentType extends ResolversParentTypes['OrganizationConnection'] = ResolversParentTypes['OrganizationConnection']> = {
  edges?: Resolver<Array<ResolversTypes['OrganizationEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type OrganizationEdgeResolvers<ContextType = MembersContext, ParentType extends ResolversParentTypes['OrganizationEdge'] = ResolversParentTypes['OrganizationEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Organization'], ParentType, ContextType>;
};

export type PageInfoResolvers<ContextType = MembersContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ProvenanceResolvers<ContextType = MembersContext, ParentType extends ResolversParentTypes['Provenance'] = ResolversParentTypes['Provenance']> = {
  confidence?: Resolver<ResolversTypes['Confidence'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sample?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = MembersContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  countries?: Resolver<Maybe<ResolversTypes['CountryConnection']>, ParentType, ContextType, Partial<QueryCountriesArgs>>;
  country?: Resolver<Maybe<ResolversTypes['Country']>, ParentType, ContextType, RequireFields<QueryCountryArgs, 'iso3'>>;
  network?: Resolver<Maybe<ResolversTypes['Network']>, ParentType, ContextType>;
  organization?: Resolver<Maybe<ResolversTypes['Organization']>, ParentType, ContextType, RequireFields<QueryOrganizationArgs, 'id'>>;
  organizations?: Resolver<Maybe<ResolversTypes['OrganizationConnection']>, ParentType, ContextType, Partial<QueryOrganizationsArgs>>;
  unNetwork?: Resolver<Maybe<ResolversTypes['UnNetwork']>, ParentType, ContextType, RequireFields<QueryUnNetworkArgs, 'id'>>;
  unNetworkTotals?: Resolver<Maybe<Array<ResolversTypes['UnNetworkTotal']>>, ParentType, ContextType, Partial<QueryUnNetworkTotalsArgs>>;
  unNetworks?: Resolver<Maybe<ResolversTypes['UnNetworkConnection']>, ParentType, ContextType, Partial<QueryUnNetworksArgs>>;
  viewer?: Resolver<Maybe<ResolversTypes['Viewer']>, ParentType, ContextType>;
};

export type SupportRequestResolvers<ContextType = MembersContext, ParentType extends ResolversParentTypes['SupportRequest'] = ResolversParentTypes['SupportRequest'], FederationReferenceType extends FederationReferenceTypes['SupportRequest'] = FederationReferenceTypes['SupportRequest']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['SupportRequest']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  unNetwork?: Resolver<Maybe<ResolversTypes['UnNetwork']>, ParentType, ContextType>;
};

export type UnNetworkResolvers<ContextType = MembersContext, ParentType extends ResolversParentTypes['UnNetwork'] = ResolversParentTypes['UnNetwork'], FederationReferenceType extends FederationReferenceTypes['UnNetwork'] = FederationReferenceTypes['UnNetwork']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['UnNetwork']> | FederationReferenceType, FederationReferenceType, ContextType>;
  country?: Resolver<Maybe<ResolversTypes['Country']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  entryPoint?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  establishedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['UnNetworkKind'], ParentType, ContextType>;
  leads?: Resolver<Array<ResolversTypes['Organization']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  provenance?: Resolver<ResolversTypes['Provenance'], ParentType, ContextType>;
  region?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  regionalCommission?: Resolver<Maybe<ResolversTypes['Organization']>, ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  workplanUrl?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type UnNetworkConnectionResolvers<ContextType = MembersContext, ParentType extends ResolversParentTypes['UnNetworkConnection'] = ResolversParentTypes['UnNetworkConnection']> = {
  edges?: Resolver<Array<ResolversTypes['UnNetworkEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type UnNetworkEdgeResolvers<ContextType = MembersContext, ParentType extends ResolversParentTypes['UnNetworkEdge'] = ResolversParentTypes['UnNetworkEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['UnNetwork'], ParentType, ContextType>;
};

export type UnNetworkTotalResolvers<ContextType = MembersContext, ParentType extends ResolversParentTypes['UnNetworkTotal'] = ResolversParentTypes['UnNetworkTotal']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['UnNetworkKind'], ParentType, ContextType>;
  notBefore?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  provenance?: Resolver<ResolversTypes['Provenance'], ParentType, ContextType>;
  reachedBy?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
};

export type ViewerResolvers<ContextType = MembersContext, ParentType extends ResolversParentTypes['Viewer'] = ResolversParentTypes['Viewer']> = {
  country?: Resolver<Maybe<ResolversTypes['Country']>, ParentType, ContextType>;
  organization?: Resolver<Maybe<ResolversTypes['Organization']>, ParentType, ContextType>;
  role?: Resolver<ResolversTypes['Role'], ParentType, ContextType>;
  subject?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type Resolvers<ContextType = MembersContext> = {
  Country?: CountryResolvers<ContextType>;
  CountryConnection?: CountryConnectionResolvers<ContextType>;
  CountryEdge?: CountryEdgeResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  FundProject?: FundProjectResolvers<ContextType>;
  M49Area?: M49AreaResolvers<ContextType>;
  Network?: NetworkResolvers<ContextType>;
  NetworkMembership?: NetworkMembershipResolvers<ContextType>;
  NetworkRole?: NetworkRoleResolvers<ContextType>;
  Organization?: OrganizationResolvers<ContextType>;
  OrganizationConnection?: OrganizationConnectionResolvers<ContextType>;
  OrganizationEdge?: OrganizationEdgeResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Provenance?: ProvenanceResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  SupportRequest?: SupportRequestResolvers<ContextType>;
  UnNetwork?: UnNetworkResolvers<ContextType>;
  UnNetworkConnection?: UnNetworkConnectionResolvers<ContextType>;
  UnNetworkEdge?: UnNetworkEdgeResolvers<ContextType>;
  UnNetworkTotal?: UnNetworkTotalResolvers<ContextType>;
  Viewer?: ViewerResolvers<ContextType>;
};

export type DirectiveResolvers<ContextType = MembersContext> = {
  cacheControl?: CacheControlDirectiveResolver<any, any, ContextType>;
};
