import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { ObjectiveModel, GuidingPrincipleModel, ReviewModel, CompactModel, SdgGoalModel, SdgTargetModel, ObjectiveSdgTargetModel, FundProjectRef } from '../data/models.js';
import type { GcmContext } from '../context.js';
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

/** The Global Compact for Safe, Orderly and Regular Migration: its adoption and structure. */
export type Compact = {
  __typename?: 'Compact';
  /** Where it was adopted (Marrakech, Morocco). */
  adoptedAt: Scalars['String']['output'];
  /** Date adopted at the Intergovernmental Conference (10 December 2018). */
  adoptedOn: Scalars['Date']['output'];
  /** Date the General Assembly endorsed it in resolution 73/195 (19 December 2018). */
  endorsedOn: Scalars['Date']['output'];
  /** Number of guiding principles (10). */
  guidingPrincipleCount: Scalars['Int']['output'];
  /** Full name. */
  name: Scalars['String']['output'];
  /** Number of objectives (23). */
  objectiveCount: Scalars['Int']['output'];
  /** Where these facts come from. */
  provenance: Provenance;
  /** Document symbol of the General Assembly resolution, `A/RES/73/195`. */
  resolution: Scalars['String']['output'];
  /** How often the International Migration Review Forum meets, in years (every four years from 2022). */
  reviewForumIntervalYears: Scalars['Int']['output'];
  /** The Compact's sections and paragraph ranges. */
  sections: Array<CompactSection>;
};

/** A part of the Compact's text and the paragraphs it spans. */
export type CompactSection = {
  __typename?: 'CompactSection';
  /** First paragraph. */
  firstParagraph: Scalars['Int']['output'];
  /** Last paragraph. */
  lastParagraph: Scalars['Int']['output'];
  /** Where the paragraph numbers come from. */
  provenance: Provenance;
  /** Section title, e.g. `Follow-up and review`. */
  title: Scalars['String']['output'];
};

/** How sure the Network's reference data is of a fact. */
export type Confidence =
  /** Stated directly by an official or primary source (a UN document, a Network or MPTF Office page). */
  | 'CERTAIN'
  /** Stated by a secondary source, or inferred from more than one primary source. */
  | 'LIKELY'
  /** From a single weak source or not confirmed; verify before relying on it. */
  | 'UNCERTAIN';

/** A joint programme of the Migration MPTF, owned by the fund-projects subgraph; this subgraph adds its SDG targets. */
export type FundProject = {
  __typename?: 'FundProject';
  /** The programme's id. */
  id: Scalars['ID']['output'];
  /** The GCM objectives the programme addresses (owned by fund-projects; read here to derive `sdgTargets`). */
  objectives?: Maybe<Array<Objective>>;
  /**
   * The 2030 Agenda targets the programme serves through the GCM objectives it addresses: each link names the objective
   * it comes through and carries that objective-target link's provenance (the programme's own documents are not the
   * source). Null when the programme's objectives are unknown or fund-projects is unavailable.
   */
  sdgTargets?: Maybe<Array<ObjectiveSdgTarget>>;
};

/** One of the GCM's ten cross-cutting and interdependent guiding principles (para 15 (a) to (j)). */
export type GuidingPrinciple = {
  __typename?: 'GuidingPrinciple';
  /** Stable code, e.g. `PEOPLE_CENTRED`. */
  code: GuidingPrincipleCode;
  /** When this record was created. */
  createdAt: Scalars['DateTime']['output'];
  /** Letter of the sub-paragraph of para 15, `a` to `j`: the key. */
  letter: Scalars['String']['output'];
  /** Where this comes from. */
  provenance: Provenance;
  /** Gist in plain words (not GCM text). */
  summary: Scalars['String']['output'];
  /** Title as the Hub labels it, e.g. `People-centred`. */
  title: Scalars['String']['output'];
  /** When this record last changed. */
  updatedAt: Scalars['DateTime']['output'];
};

/** The ten guiding principles as stable codes, in GCM order (a) to (j). */
export type GuidingPrincipleCode =
  /** (h) Child-sensitive: the best interests of the child as a primary consideration. */
  | 'CHILD_SENSITIVE'
  /** (g) Gender-responsive: gender equality and the agency of women and girls. */
  | 'GENDER_RESPONSIVE'
  /** (f) Human rights: the human rights of all migrants, regardless of migration status. */
  | 'HUMAN_RIGHTS'
  /** (b) International cooperation: a non-legally binding cooperative framework; no State can address migration alone. */
  | 'INTERNATIONAL_COOPERATION'
  /** (c) National sovereignty: States set national migration policy within international law. */
  | 'NATIONAL_SOVEREIGNTY'
  /** (a) People-centred: individuals, migrants and communities of origin, transit and destination at the core. */
  | 'PEOPLE_CENTRED'
  /** (d) Rule of law and due process: respect for the rule of law, due process and access to justice. */
  | 'RULE_OF_LAW_AND_DUE_PROCESS'
  /** (e) Sustainable development: rooted in the 2030 Agenda for Sustainable Development. */
  | 'SUSTAINABLE_DEVELOPMENT'
  /** (i) Whole-of-government approach: policy coherence across sectors and levels of government. */
  | 'WHOLE_OF_GOVERNMENT'
  /** (j) Whole-of-society approach: multi-stakeholder partnerships with migrants, civil society, the private sector and others. */
  | 'WHOLE_OF_SOCIETY';

/** One of the 23 objectives of the Global Compact for Safe, Orderly and Regular Migration (A/RES/73/195). */
export type Objective = {
  __typename?: 'Objective';
  /** When this record was created. */
  createdAt: Scalars['DateTime']['output'];
  /** A short plain-language description (an editorial summary for this API, not GCM text). */
  description: Scalars['String']['output'];
  /** Migration Network Hub taxonomy term id (278 + number). */
  hubTermId: Scalars['Int']['output'];
  /** The objective's page on the Migration Network Hub. */
  hubUrl: Scalars['String']['output'];
  /** Objective number, 1 to 23: the key. */
  number: Scalars['Int']['output'];
  /** GCM paragraph holding the objective's commitment and actions (16 + number). */
  paragraph: Scalars['Int']['output'];
  /** Where the title and label come from. */
  provenance: Provenance;
  /** The 2030 Agenda targets this objective serves, in goal and target order, each link with its own source and confidence. */
  sdgTargets: Array<ObjectiveSdgTarget>;
  /** Short label used by the Migration Network Hub's filters, e.g. `Remittances`. */
  shortTitle: Scalars['String']['output'];
  /** Full title as the GCM states it. */
  title: Scalars['String']['output'];
  /** When this record last changed. */
  updatedAt: Scalars['DateTime']['output'];
};

/** Filters for objectives; all given criteria must hold. */
export type ObjectiveFilter = {
  /** Only these objective numbers (each 1 to 23). */
  numbers?: InputMaybe<Array<Scalars['Int']['input']>>;
  /** Case-insensitive text in the title, short title or description. */
  search?: InputMaybe<Scalars['String']['input']>;
  /** Only records changed after this instant. */
  updatedSince?: InputMaybe<Scalars['DateTime']['input']>;
};

/** A link between a GCM objective and a 2030 Agenda target, with where the link comes from and how sure it is. */
export type ObjectiveSdgTarget = {
  __typename?: 'ObjectiveSdgTarget';
  /** The GCM objective. */
  objective: Objective;
  /** The source of this link (the Compact's text, the Agenda's text, a UN or IOM publication) and its confidence. */
  provenance: Provenance;
  /** The SDG target. */
  target: SdgTarget;
};

/** A UN entity, owned by the members subgraph; this subgraph only refers to it by id. */
export type Organization = {
  __typename?: 'Organization';
  /** The organization's id, e.g. `ece`. */
  id: Scalars['ID']['output'];
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
  /** The Compact's adoption facts and structure. */
  compact?: Maybe<Compact>;
  /** One guiding principle by letter (`a` to `j`); null when unknown. */
  guidingPrinciple?: Maybe<GuidingPrinciple>;
  /** The ten guiding principles, in order (a) to (j). */
  guidingPrinciples?: Maybe<Array<GuidingPrinciple>>;
  /** One objective by number; null when there is no such objective. */
  objective?: Maybe<Objective>;
  /** The objectives, in order; all 23 without a filter. */
  objectives?: Maybe<Array<Objective>>;
  /** Follow-up and review events, ordered by year (then id) unless `sort` says otherwise. Page size is capped at 100. */
  reviews?: Maybe<ReviewConnection>;
  /** One goal by number (1 to 17); null when there is no such goal. */
  sdgGoal?: Maybe<SdgGoal>;
  /** The 17 Sustainable Development Goals, in order. */
  sdgGoals?: Maybe<Array<SdgGoal>>;
  /** One target by code, e.g. `10.7` or `10.c` (letters in any case); null when there is no such target. */
  sdgTarget?: Maybe<SdgTarget>;
};


export type QueryGuidingPrincipleArgs = {
  letter: Scalars['String']['input'];
};


export type QueryObjectiveArgs = {
  number: Scalars['Int']['input'];
};


export type QueryObjectivesArgs = {
  filter?: InputMaybe<ObjectiveFilter>;
};


export type QueryReviewsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ReviewFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<ReviewSort>;
};


export type QuerySdgGoalArgs = {
  number: Scalars['Int']['input'];
};


export type QuerySdgTargetArgs = {
  code: Scalars['String']['input'];
};

/** A GCM follow-up and review event: a regional review or an International Migration Review Forum. */
export type Review = {
  __typename?: 'Review';
  /** Who convened it when that is not an organization (e.g. the President of the General Assembly). */
  convenedBy?: Maybe<Scalars['String']['output']>;
  /** When this record was created. */
  createdAt: Scalars['DateTime']['output'];
  /** Last day; null when not yet known. */
  endDate?: Maybe<Scalars['Date']['output']>;
  /** Opaque id. */
  id: Scalars['ID']['output'];
  /** Regional review or IMRF. */
  kind: ReviewKind;
  /** Place, or `virtual`. */
  location?: Maybe<Scalars['String']['output']>;
  /** Further detail. */
  notes?: Maybe<Scalars['String']['output']>;
  /** The organizations that organised it. */
  organizers?: Maybe<Array<Organization>>;
  /** Where this comes from. */
  provenance: Provenance;
  /** The regional commission whose region it reviews (regional reviews only). */
  regionalCommission?: Maybe<Organization>;
  /** First day; null when not yet known. */
  startDate?: Maybe<Scalars['Date']['output']>;
  /** Title. */
  title: Scalars['String']['output'];
  /** When this record last changed. */
  updatedAt: Scalars['DateTime']['output'];
  /** Year it takes place. */
  year: Scalars['Int']['output'];
};

/** A page of reviews. */
export type ReviewConnection = {
  __typename?: 'ReviewConnection';
  /** The reviews on this page with their cursors. */
  edges: Array<ReviewEdge>;
  /** Pagination state. */
  pageInfo: PageInfo;
  /** How many reviews match the filter in all. */
  totalCount: Scalars['Int']['output'];
};

/** A review and its cursor. */
export type ReviewEdge = {
  __typename?: 'ReviewEdge';
  /** Opaque cursor; pass as `after`. */
  cursor: Scalars['String']['output'];
  /** The review. */
  node: Review;
};

/** Filters for reviews; all given criteria must hold. */
export type ReviewFilter = {
  /** Only reviews in or after this year. */
  fromYear?: InputMaybe<Scalars['Int']['input']>;
  /** Only these kinds. */
  kinds?: InputMaybe<Array<ReviewKind>>;
  /** Only reviews of the region of this regional commission (organization id, e.g. `ece`). */
  regionalCommission?: InputMaybe<Scalars['ID']['input']>;
  /** Only reviews in or before this year. */
  toYear?: InputMaybe<Scalars['Int']['input']>;
  /** Only records changed after this instant. */
  updatedSince?: InputMaybe<Scalars['DateTime']['input']>;
};

/** A kind of GCM follow-up and review event. */
export type ReviewKind =
  /** The International Migration Review Forum, every four years from 2022 (para 49). */
  | 'INTERNATIONAL_MIGRATION_REVIEW_FORUM'
  /** A regional review, run through regional processes including the UN regional commissions (para 50). */
  | 'REGIONAL_REVIEW';

/** Orders of a review list; ties are broken by id. */
export type ReviewSort =
  /** Least recently changed first: walk this with `updatedSince` to sync changes. */
  | 'UPDATED_ASC'
  /** Most recently changed first. */
  | 'UPDATED_DESC'
  /** By year, then id (the default). */
  | 'YEAR_ASC';

/** One of the 17 Sustainable Development Goals of the 2030 Agenda (General Assembly resolution A/RES/70/1). */
export type SdgGoal = {
  __typename?: 'SdgGoal';
  /** When this record was created. */
  createdAt: Scalars['DateTime']['output'];
  /** Goal number, 1 to 17: the key. */
  number: Scalars['Int']['output'];
  /** Where the goal and its titles come from. */
  provenance: Provenance;
  /** The goal's short name, e.g. `Reduced inequalities`. */
  shortTitle: Scalars['String']['output'];
  /** The goal's targets in the Agenda's order: numbered ones first, then the lettered means of implementation. */
  targets: Array<SdgTarget>;
  /** The goal as the 2030 Agenda states it. */
  title: Scalars['String']['output'];
  /** When this record last changed. */
  updatedAt: Scalars['DateTime']['output'];
};


/** One of the 17 Sustainable Development Goals of the 2030 Agenda (General Assembly resolution A/RES/70/1). */
export type SdgGoalShortTitleArgs = {
  language?: InputMaybe<SdgLanguage>;
};


/** One of the 17 Sustainable Development Goals of the 2030 Agenda (General Assembly resolution A/RES/70/1). */
export type SdgGoalTitleArgs = {
  language?: InputMaybe<SdgLanguage>;
};

/** A language the SDG goals' and targets' titles are given in (the 2030 Agenda's official English, French and Spanish texts). */
export type SdgLanguage =
  /** English. */
  | 'EN'
  /** Spanish. */
  | 'ES'
  /** French. */
  | 'FR';

/** One of the 169 targets of the Sustainable Development Goals, e.g. `10.7` (well-managed migration policies). */
export type SdgTarget = {
  __typename?: 'SdgTarget';
  /** Target code as the 2030 Agenda numbers it, goal then target, e.g. `10.7` or `10.c`: the key. */
  code: Scalars['String']['output'];
  /** When this record was created. */
  createdAt: Scalars['DateTime']['output'];
  /** The goal the target belongs to. */
  goal: SdgGoal;
  /** The GCM objectives that serve this target (the reverse of `Objective.sdgTargets`), in objective order. */
  objectives: Array<ObjectiveSdgTarget>;
  /** Where the target and its titles come from. */
  provenance: Provenance;
  /** The target as the 2030 Agenda states it. */
  title: Scalars['String']['output'];
  /** When this record last changed. */
  updatedAt: Scalars['DateTime']['output'];
};


/** One of the 169 targets of the Sustainable Development Goals, e.g. `10.7` (well-managed migration policies). */
export type SdgTargetTitleArgs = {
  language?: InputMaybe<SdgLanguage>;
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
  FundProject: FundProject;
  GuidingPrinciple: GuidingPrinciple;
  Objective: Objective;
  Review: Review;
  SdgGoal: SdgGoal;
  SdgTarget: SdgTarget;
};

/** Mapping of federation reference types */
export type FederationReferenceTypes = {
  FundProject:
    ( { __typename: 'FundProject' }
    & GraphQLRecursivePick<FederationTypes['FundProject'], {"id":true}>
    & ( Record<PropertyKey, never>
        | GraphQLRecursivePick<FederationTypes['FundProject'], {"objectives":{"number":true}}> ) );
  GuidingPrinciple:
    ( { __typename: 'GuidingPrinciple' }
    & GraphQLRecursivePick<FederationTypes['GuidingPrinciple'], {"letter":true}> );
  Objective:
    ( { __typename: 'Objective' }
    & GraphQLRecursivePick<FederationTypes['Objective'], {"number":true}> );
  Review:
    ( { __typename: 'Review' }
    & GraphQLRecursivePick<FederationTypes['Review'], {"id":true}> );
  SdgGoal:
    ( { __typename: 'SdgGoal' }
    & GraphQLRecursivePick<FederationTypes['SdgGoal'], {"number":true}> );
  SdgTarget:
    ( { __typename: 'SdgTarget' }
    & GraphQLRecursivePick<FederationTypes['SdgTarget'], {"code":true}> );
};



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  CacheControlScope: CacheControlScope;
  Compact: ResolverTypeWrapper<CompactModel>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  CompactSection: ResolverTypeWrapper<CompactSection>;
  Confidence: Confidence;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  FundProject: ResolverTypeWrapper<FundProjectRef>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  GuidingPrinciple: ResolverTypeWrapper<GuidingPrincipleModel>;
  GuidingPrincipleCode: GuidingPrincipleCode;
  Objective: ResolverTypeWrapper<ObjectiveModel>;
  ObjectiveFilter: ObjectiveFilter;
  ObjectiveSdgTarget: ResolverTypeWrapper<ObjectiveSdgTargetModel>;
  Organization: ResolverTypeWrapper<Organization>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Provenance: ResolverTypeWrapper<Provenance>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Review: ResolverTypeWrapper<ReviewModel>;
  ReviewConnection: ResolverTypeWrapper<Omit<ReviewConnection, 'edges'> & { edges: Array<ResolversTypes['ReviewEdge']> }>;
  ReviewEdge: ResolverTypeWrapper<Omit<ReviewEdge, 'node'> & { node: ResolversTypes['Review'] }>;
  ReviewFilter: ReviewFilter;
  ReviewKind: ReviewKind;
  ReviewSort: ReviewSort;
  SdgGoal: ResolverTypeWrapper<SdgGoalModel>;
  SdgLanguage: SdgLanguage;
  SdgTarget: ResolverTypeWrapper<SdgTargetModel>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  Compact: CompactModel;
  String: Scalars['String']['output'];
  CompactSection: CompactSection;
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  FundProject: FundProjectRef;
  ID: Scalars['ID']['output'];
  GuidingPrinciple: GuidingPrincipleModel;
  Objective: ObjectiveModel;
  ObjectiveFilter: ObjectiveFilter;
  ObjectiveSdgTarget: ObjectiveSdgTargetModel;
  Organization: Organization;
  PageInfo: PageInfo;
  Provenance: Provenance;
  Query: Record<PropertyKey, never>;
  Review: ReviewModel;
  ReviewConnection: Omit<ReviewConnection, 'edges'> & { edges: Array<ResolversParentTypes['ReviewEdge']> };
  ReviewEdge: Omit<ReviewEdge, 'node'> & { node: ResolversParentTypes['Review'] };
  ReviewFilter: ReviewFilter;
  SdgGoal: SdgGoalModel;
  SdgTarget: SdgTargetModel;
  Boolean: Scalars['Boolean']['output'];
  Int: Scalars['Int']['output'];
};

export type CacheControlDirectiveArgs = {
  inheritMaxAge?: Maybe<Scalars['Boolean']['input']>;
  maxAge?: Maybe<Scalars['Int']['input']>;
  scope?: Maybe<CacheControlScope>;
};

export type CacheControlDirectiveResolver<Result, Parent, ContextType = GcmContext, Args = CacheControlDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type CompactResolvers<ContextType = GcmContext, ParentType extends ResolversParentTypes['Compact'] = ResolversParentTypes['Compact']> = {
  adoptedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  adoptedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  endorsedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  guidingPrincipleCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  objectiveCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  provenance?: Resolver<ResolversTypes['Provenance'], ParentType, ContextType>;
  resolution?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reviewForumIntervalYears?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  sections?: Resolver<Array<ResolversTypes['CompactSection']>, ParentType, ContextType>;
};

export type CompactSectionResolvers<ContextType = GcmContext, ParentType extends ResolversParentTypes['CompactSection'] = ResolversParentTypes['CompactSection']> = {
  firstParagraph?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  lastParagraph?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  provenance?: Resolver<ResolversTypes['Provenance'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type FundProjectResolvers<ContextType = GcmContext, ParentType extends ResolversParentTypes['FundProject'] = ResolversParentTypes['FundProject'], FederationReferenceType extends FederationReferenceTypes['FundProject'] = FederationReferenceTypes['FundProject']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['FundProject']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  sdgTargets?: Resolver<Maybe<Array<ResolversTypes['ObjectiveSdgTarget']>>, ParentType, ContextType>;
};

export type GuidingPrincipleResolvers<ContextType = GcmContext, ParentType extends ResolversParentTypes['GuidingPrinciple'] = ResolversParentTypes['GuidingPrinciple'], FederationReferenceType extends FederationReferenceTypes['GuidingPrinciple'] = FederationReferenceTypes['GuidingPrinciple']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['GuidingPrinciple']> | FederationReferenceType, FederationReferenceType, ContextType>;
  code?: Resolver<ResolversTypes['GuidingPrincipleCode'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  letter?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  provenance?: Resolver<ResolversTypes['Provenance'], ParentType, ContextType>;
  summary?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
};

export type ObjectiveResolvers<ContextType = GcmContext, ParentType extends ResolversParentTypes['Objective'] = ResolversParentTypes['Objective'], FederationReferenceType extends FederationReferenceTypes['Objective'] = FederationReferenceTypes['Objective']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Objective']> | FederationReferenceType, FederationReferenceType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  hubTermId?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  hubUrl?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  number?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  paragraph?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  provenance?: Resolver<ResolversTypes['Provenance'], ParentType, ContextType>;
  sdgTargets?: Resolver<Array<ResolversTypes['ObjectiveSdgTarget']>, ParentType, ContextType>;
  shortTitle?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
};

export type ObjectiveSdgTargetResolvers<ContextType = GcmContext, ParentType extends ResolversParentTypes['ObjectiveSdgTarget'] = ResolversParentTypes['ObjectiveSdgTarget']> = {
  objective?: Resolver<ResolversTypes['Objective'], ParentType, ContextType>;
  provenance?: Resolver<ResolversTypes['Provenance'], ParentType, ContextType>;
  target?: Resolver<ResolversTypes['SdgTarget'], ParentType, ContextType>;
};

export type OrganizationResolvers<ContextType = GcmContext, ParentType extends ResolversParentTypes['Organization'] = ResolversParentTypes['Organization']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type PageInfoResolvers<ContextType = GcmContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ProvenanceResolvers<ContextType = GcmContext, ParentType extends ResolversParentTypes['Provenance'] = ResolversParentTypes['Provenance']> = {
  confidence?: Resolver<ResolversTypes['Confidence'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sample?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = GcmContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  compact?: Resolver<Maybe<ResolversTypes['Compact']>, ParentType, ContextType>;
  guidingPrinciple?: Resolver<Maybe<ResolversTypes['GuidingPrinciple']>, ParentType, ContextType, RequireFields<QueryGuidingPrincipleArgs, 'letter'>>;
  guidingPrinciples?: Resolver<Maybe<Array<ResolversTypes['GuidingPrinciple']>>, ParentType, ContextType>;
  objective?: Resolver<Maybe<ResolversTypes['Objective']>, ParentType, ContextType, RequireFields<QueryObjectiveArgs, 'number'>>;
  objectives?: Resolver<Maybe<Array<ResolversTypes['Objective']>>, ParentType, ContextType, Partial<QueryObjectivesArgs>>;
  reviews?: Resolver<Maybe<ResolversTypes['ReviewConnection']>, ParentType, ContextType, Partial<QueryReviewsArgs>>;
  sdgGoal?: Resolver<Maybe<ResolversTypes['SdgGoal']>, ParentType, ContextType, RequireFields<QuerySdgGoalArgs, 'number'>>;
  sdgGoals?: Resolver<Maybe<Array<ResolversTypes['SdgGoal']>>, ParentType, ContextType>;
  sdgTarget?: Resolver<Maybe<ResolversTypes['SdgTarget']>, ParentType, ContextType, RequireFields<QuerySdgTargetArgs, 'code'>>;
};

export type ReviewResolvers<ContextType = GcmContext, ParentType extends ResolversParentTypes['Review'] = ResolversParentTypes['Review'], FederationReferenceType extends FederationReferenceTypes['Review'] = FederationReferenceTypes['Review']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Review']> | FederationReferenceType, FederationReferenceType, ContextType>;
  convenedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  endDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ReviewKind'], ParentType, ContextType>;
  location?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  notes?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  organizers?: Resolver<Maybe<Array<ResolversTypes['Organization']>>, ParentType, ContextType>;
  provenance?: Resolver<ResolversTypes['Provenance'], ParentType, ContextType>;
  regionalCommission?: Resolver<Maybe<ResolversTypes['Organization']>, ParentType, ContextType>;
  startDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ReviewConnectionResolvers<ContextType = GcmContext, ParentType extends ResolversParentTypes['ReviewConnection'] = ResolversParentTypes['ReviewConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ReviewEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ReviewEdgeResolvers<ContextType = GcmContext, ParentType extends ResolversParentTypes['ReviewEdge'] = ResolversParentTypes['ReviewEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Review'], ParentType, ContextType>;
};

export type SdgGoalResolvers<ContextType = GcmContext, ParentType extends ResolversParentTypes['SdgGoal'] = ResolversParentTypes['SdgGoal'], FederationReferenceType extends FederationReferenceTypes['SdgGoal'] = FederationReferenceTypes['SdgGoal']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['SdgGoal']> | FederationReferenceType, FederationReferenceType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  number?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  provenance?: Resolver<ResolversTypes['Provenance'], ParentType, ContextType>;
  shortTitle?: Resolver<ResolversTypes['String'], ParentType, ContextType, RequireFields<SdgGoalShortTitleArgs, 'language'>>;
  targets?: Resolver<Array<ResolversTypes['SdgTarget']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType, RequireFields<SdgGoalTitleArgs, 'language'>>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
};

export type SdgTargetResolvers<ContextType = GcmContext, ParentType extends ResolversParentTypes['SdgTarget'] = ResolversParentTypes['SdgTarget'], FederationReferenceType extends FederationReferenceTypes['SdgTarget'] = FederationReferenceTypes['SdgTarget']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['SdgTarget']> | FederationReferenceType, FederationReferenceType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  goal?: Resolver<ResolversTypes['SdgGoal'], ParentType, ContextType>;
  objectives?: Resolver<Array<ResolversTypes['ObjectiveSdgTarget']>, ParentType, ContextType>;
  provenance?: Resolver<ResolversTypes['Provenance'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType, RequireFields<SdgTargetTitleArgs, 'language'>>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
};

export type Resolvers<ContextType = GcmContext> = {
  Compact?: CompactResolvers<ContextType>;
  CompactSection?: CompactSectionResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  FundProject?: FundProjectResolvers<ContextType>;
  GuidingPrinciple?: GuidingPrincipleResolvers<ContextType>;
  Objective?: ObjectiveResolvers<ContextType>;
  ObjectiveSdgTarget?: ObjectiveSdgTargetResolvers<ContextType>;
  Organization?: OrganizationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Provenance?: ProvenanceResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Review?: ReviewResolvers<ContextType>;
  ReviewConnection?: ReviewConnectionResolvers<ContextType>;
  ReviewEdge?: ReviewEdgeResolvers<ContextType>;
  SdgGoal?: SdgGoalResolvers<ContextType>;
  SdgTarget?: SdgTargetResolvers<ContextType>;
};

export type DirectiveResolvers<ContextType = GcmContext> = {
  cacheControl?: CacheControlDirectiveResolver<any, any, ContextType>;
};
