import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { OrganizationModel, CountryModel, NetworkRoleModel, NetworkModel } from '../data/models.js';
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
  /** Roles it holds or held in the Network (Executive Committee seat, coordinator, secretariat), with dates. */
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
  /** UN Member States and observer States ordered by ISO alpha-3 code. Page size is capped at 100. */
  countries?: Maybe<CountryConnection>;
  /** One country by ISO alpha-3 code (case-insensitive); null when unknown. */
  country?: Maybe<Country>;
  /** The Network: coordinator, secretariat, Executive Committee. */
  network?: Maybe<Network>;
  /** One organization by id (e.g. `iom`); null when unknown. */
  organization?: Maybe<Organization>;
  /** Organizations ordered by id, with filters. Page size is capped at 100. */
  organizations?: Maybe<OrganizationConnection>;
  /** Who is asking. */
  viewer?: Maybe<Viewer>;
};


export type QueryCountriesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<CountryFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
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
  Organization: Organization;
};

/** Mapping of federation reference types */
export type FederationReferenceTypes = {
  Country:
    ( { __typename: 'Country' }
    & GraphQLRecursivePick<FederationTypes['Country'], {"iso3":true}> );
  Organization:
    ( { __typename: 'Organization' }
    & GraphQLRecursivePick<FederationTypes['Organization'], {"id":true}> );
};



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  Confidence: Confidence;
  Country: ResolverTypeWrapper<CountryModel>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  CountryConnection: ResolverTypeWrapper<Omit<CountryConnection, 'edges'> & { edges: Array<ResolversTypes['CountryEdge']> }>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  CountryEdge: ResolverTypeWrapper<Omit<CountryEdge, 'node'> & { node: ResolversTypes['Country'] }>;
  CountryFilter: CountryFilter;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
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
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Provenance: ResolverTypeWrapper<Provenance>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Role: Role;
  UnStatus: UnStatus;
  Viewer: ResolverTypeWrapper<ViewerModel>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  Country: CountryModel;
  String: Scalars['String']['output'];
  Boolean: Scalars['Boolean']['output'];
  ID: Scalars['ID']['output'];
  CountryConnection: Omit<CountryConnection, 'edges'> & { edges: Array<ResolversParentTypes['CountryEdge']> };
  Int: Scalars['Int']['output'];
  CountryEdge: Omit<CountryEdge, 'node'> & { node: ResolversParentTypes['Country'] };
  CountryFilter: CountryFilter;
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
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
  Viewer: ViewerModel;
};

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

export type M49AreaResolvers<ContextType = MembersContext, ParentType extends ResolversParentTypes['M49Area'] = ResolversParentTypes['M49Area']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type NetworkResolvers<ContextType = MembersContext, ParentType extends ResolversParentTypes['Network'] = ResolversParentTypes['Network']> = {
  coordinator?: Resolver<ResolversTypes['Organization'], ParentType, ContextType>;
  establishedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  executiveCommittee?: Resolver<Array<ResolversTypes['Organization']>, ParentType, ContextType, Partial<NetworkExecutiveCommitteeArgs>>;
  executiveCommitteeHistory?: Resolver<Array<ResolversTypes['NetworkRole']>, ParentType, ContextType>;
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
  kind?: Resolver<ResolversTypes['NetworkRoleKind'], ParentType, ContextType>;
  lastConfirmedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  organization?: Resolver<ResolversTypes['Organization'], ParentType, ContextType>;
  provenance?: Resolver<ResolversTypes['Provenance'], ParentType, ContextType>;
  since?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  until?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
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
  networkRoles?: Resolver<Array<ResolversTypes['NetworkRole']>, ParentType, ContextType>;
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
  viewer?: Resolver<Maybe<ResolversTypes['Viewer']>, ParentType, ContextType>;
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
  Viewer?: ViewerResolvers<ContextType>;
};

