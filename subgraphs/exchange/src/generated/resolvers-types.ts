import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { MergedEvent } from '../feed.js';
import type { WebhookModel } from '../resolvers/webhooks.js';
import type { DeliveryRow, AttemptRow } from '../data/webhooks.js';
import type { ExchangeContext } from '../context.js';
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

/**
 * One change to one record. It carries no field of the record: read the record itself (`entity`, or the owner's query),
 * with the caller's own permissions.
 */
export type Change = {
  __typename?: 'Change';
  /**
   * The record as the caller may read it now, resolved by its owner (null for LEFT_VIEW and REMOVED, for kinds of record
   * not in the union, and when the owner is unreachable or no longer shows it to the caller).
   */
  entity?: Maybe<ChangedEntity>;
  /** The record's id. */
  id: Scalars['ID']['output'];
  /** What happened, as the caller is told. */
  kind: ChangeKind;
  /** The subgraph that owns the record, e.g. `knowledge-resources`. */
  subgraph: Scalars['String']['output'];
  /** When the change was committed. */
  time: Scalars['DateTime']['output'];
  /** The kind of record. */
  type: ChangeEntityType;
  /** The record's version after the change. */
  version: Scalars['Int']['output'];
};

/** A page of the change feed. */
export type ChangeConnection = {
  __typename?: 'ChangeConnection';
  /** The changes on this page, oldest first. */
  edges: Array<ChangeEdge>;
  /** Where to continue from. */
  pageInfo: ChangePageInfo;
};

/** One change on a page of the change feed. */
export type ChangeEdge = {
  __typename?: 'ChangeEdge';
  /** Pass it as `after` to continue right after this change. */
  cursor: Scalars['String']['output'];
  /** The change. */
  node: Change;
};

/** The kinds of record the change feed reports on. */
export type ChangeEntityType =
  /** A contribution to the fund (fund-projects). */
  | 'CONTRIBUTION'
  /** A joint programme of the fund (fund-projects). */
  | 'FUND_PROJECT'
  /** A knowledge resource (knowledge-resources). */
  | 'KNOWLEDGE_RESOURCE'
  /** A programme's progress report (fund-projects). */
  | 'PROGRESS_REPORT'
  /** A country's support request (support-requests). */
  | 'SUPPORT_REQUEST'
  /** A transfer to a participating organization (fund-projects). */
  | 'TRANSFER';

/** What happened to a record, as the caller is told. */
export type ChangeKind =
  /** The record came into existence, or came into the caller's view (e.g. a resource was published). */
  | 'CREATED'
  /** The caller could see the record before this change and no longer can (withdrawn, unpublished, no longer shared). */
  | 'LEFT_VIEW'
  /** The record was deleted. */
  | 'REMOVED'
  /** The record changed and the caller could see it before and after. */
  | 'UPDATED';

/** Where the change feed continues. */
export type ChangePageInfo = {
  __typename?: 'ChangePageInfo';
  /**
   * Pass it as `after` to read the changes that follow. Always present, also on an empty page: it is the position to
   * poll from.
   */
  endCursor: Scalars['String']['output'];
  /** Whether more changes were already recorded when this page was read (if false, poll later). */
  hasNextPage: Scalars['Boolean']['output'];
};

/** A record the change feed can point at. */
export type ChangedEntity = FundProject | KnowledgeResource | SupportRequest;

/** An endpoint to register. */
export type CreateWebhookInput = {
  /** The event types to send, e.g. `["fund_project.updated", "knowledge_resource.*"]` (Query.webhookEventTypes). */
  eventTypes: Array<Scalars['String']['input']>;
  /**
   * Where deliveries are POSTed: an http:// or https:// URL of at most 2,000 characters, not the graph itself; in
   * production it must resolve to a public address.
   */
  url: Scalars['String']['input'];
};

/** A registered webhook and its signing secret. */
export type CreateWebhookPayload = {
  __typename?: 'CreateWebhookPayload';
  /**
   * The signing secret (`whsec_...`) for verifying deliveries with a Standard Webhooks library. Shown only here, once:
   * keep it; to change it, delete the webhook and register it again.
   */
  secret: Scalars['String']['output'];
  /** The webhook. */
  webhook: Webhook;
};

/** What deleteWebhook removed. */
export type DeleteWebhookPayload = {
  __typename?: 'DeleteWebhookPayload';
  /** The id of the deleted webhook. */
  id: Scalars['ID']['output'];
};

/** A joint programme, resolved by fund-projects. */
export type FundProject = {
  __typename?: 'FundProject';
  /** Opaque id. */
  id: Scalars['ID']['output'];
};

/** A knowledge resource, resolved by knowledge-resources. */
export type KnowledgeResource = {
  __typename?: 'KnowledgeResource';
  /** Opaque id. */
  id: Scalars['ID']['output'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /**
   * Register an endpoint to be sent the changes you may see (any signed-in role; you own it). Deliveries follow the
   * Standard Webhooks specification: a JSON body `{ type, timestamp, data }`, signed with the secret returned here,
   * which is shown this once. It is sent the changes committed after it was registered, as `changes` would show them
   * to you, at least once each (deduplicate by the `webhook-id` header). Refused with BAD_USER_INPUT naming the input
   * (nothing stored) for a bad URL or event type, and with SERVICE_UNAVAILABLE while a feed it needs cannot be read.
   */
  createWebhook: CreateWebhookPayload;
  /** Delete one of your webhooks with its delivery log; pending deliveries are dropped. */
  deleteWebhook: DeleteWebhookPayload;
  /**
   * Enable a webhook again after it was disabled (see `disabledReason`): its pending deliveries are retried at once,
   * and the changes made while it was disabled follow.
   */
  enableWebhook: Webhook;
};


export type MutationCreateWebhookArgs = {
  input: CreateWebhookInput;
};


export type MutationDeleteWebhookArgs = {
  id: Scalars['ID']['input'];
};


export type MutationEnableWebhookArgs = {
  id: Scalars['ID']['input'];
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

export type Query = {
  __typename?: 'Query';
  /**
   * The graph-wide change feed: every change to the records of the other subgraphs that the caller may see, oldest
   * first, merged from each subgraph's own feed. Start without `after` (the first change recorded after deployment;
   * seeded data is not in the feed, so sync it first from the lists or the bulk export), then poll with
   * `after: pageInfo.endCursor`: no change is skipped or repeated. A record that stops being visible to the caller
   * appears once as LEFT_VIEW. A cursor works only with the `types` it was issued for. When a subgraph cannot be read,
   * the others' changes still come back, with a SERVICE_UNAVAILABLE error naming it, and the cursor keeps its place in
   * that subgraph's feed.
   */
  changes: ChangeConnection;
  /** One of your webhooks by id; null if there is none of yours with that id. */
  webhook?: Maybe<Webhook>;
  /**
   * Every event type a webhook can subscribe to: `<entity>.<kind>`, e.g. `fund_project.updated` (kinds: created,
   * updated, removed, left_view). `<entity>.*` subscribes to every kind of one entity.
   */
  webhookEventTypes: Array<Scalars['String']['output']>;
  /** Your webhooks (any signed-in role), newest first. Each owner sees only its own. */
  webhooks: WebhookConnection;
};


export type QueryChangesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  types?: InputMaybe<Array<ChangeEntityType>>;
};


export type QueryWebhookArgs = {
  id: Scalars['ID']['input'];
};


export type QueryWebhooksArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A support request, resolved by support-requests. */
export type SupportRequest = {
  __typename?: 'SupportRequest';
  /** Opaque id. */
  id: Scalars['ID']['output'];
};

/** An endpoint a partner registered to be sent changes. */
export type Webhook = {
  __typename?: 'Webhook';
  /** When it was registered. */
  createdAt: Scalars['DateTime']['output'];
  /** Its deliveries, newest first: the delivery log. */
  deliveries: WebhookDeliveryConnection;
  /** When it was disabled; null while enabled. */
  disabledAt?: Maybe<Scalars['DateTime']['output']>;
  /**
   * Why it was disabled: after WEBHOOK_DISABLE_AFTER deliveries in a row (5 unless configured) failed every attempt, or
   * when its position in a change feed was lost. Null while enabled.
   */
  disabledReason?: Maybe<Scalars['String']['output']>;
  /** False once it was disabled (see `disabledReason`); enableWebhook turns it back on. */
  enabled: Scalars['Boolean']['output'];
  /** The event types it is sent. */
  eventTypes: Array<Scalars['String']['output']>;
  /** Opaque id. */
  id: Scalars['ID']['output'];
  /** When it last changed. */
  updatedAt: Scalars['DateTime']['output'];
  /** Where deliveries are POSTed. */
  url: Scalars['String']['output'];
};


/** An endpoint a partner registered to be sent changes. */
export type WebhookDeliveriesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<WebhookDeliveryStatus>;
};

/** A page of webhooks. */
export type WebhookConnection = {
  __typename?: 'WebhookConnection';
  /** The webhooks on this page. */
  edges: Array<WebhookEdge>;
  /** Where to continue. */
  pageInfo: PageInfo;
  /** How many there are in all. */
  totalCount: Scalars['Int']['output'];
};

/** One event sent to one webhook, with every attempt. */
export type WebhookDelivery = {
  __typename?: 'WebhookDelivery';
  /** Every attempt, first to last. */
  attemptLog: Array<WebhookDeliveryAttempt>;
  /** Attempts made so far. */
  attempts: Scalars['Int']['output'];
  /** When the event became a delivery. */
  createdAt: Scalars['DateTime']['output'];
  /** When the receiver acknowledged it; null until then. */
  deliveredAt?: Maybe<Scalars['DateTime']['output']>;
  /** The event type, e.g. `fund_project.updated`. */
  eventType: Scalars['String']['output'];
  /** Its `webhook-id` header, the same on every attempt. */
  id: Scalars['ID']['output'];
  /** Why the last attempt failed; null after success. */
  lastError?: Maybe<Scalars['String']['output']>;
  /** The HTTP status of the last answer; null when none came (timeout, refused connection) or before the first attempt. */
  lastStatusCode?: Maybe<Scalars['Int']['output']>;
  /** When the next attempt is due (PENDING only). */
  nextAttemptAt?: Maybe<Scalars['DateTime']['output']>;
  /** The JSON body sent, exactly as signed. */
  payload: Scalars['String']['output'];
  /** Where it stands. */
  status: WebhookDeliveryStatus;
};

/** One attempt to send a delivery. */
export type WebhookDeliveryAttempt = {
  __typename?: 'WebhookDeliveryAttempt';
  /** When it was sent. */
  at: Scalars['DateTime']['output'];
  /** How long the receiver took to answer (or until the attempt gave up). */
  durationMs: Scalars['Int']['output'];
  /** Why it failed; null for a 2xx. */
  error?: Maybe<Scalars['String']['output']>;
  /** 1 for the first attempt. */
  number: Scalars['Int']['output'];
  /** The receiver's HTTP status; null when none came. */
  statusCode?: Maybe<Scalars['Int']['output']>;
};

/** A page of a webhook's deliveries. */
export type WebhookDeliveryConnection = {
  __typename?: 'WebhookDeliveryConnection';
  /** The deliveries on this page. */
  edges: Array<WebhookDeliveryEdge>;
  /** Where to continue. */
  pageInfo: PageInfo;
  /** How many there are in all (with the `status` asked for). */
  totalCount: Scalars['Int']['output'];
};

/** A delivery on a page. */
export type WebhookDeliveryEdge = {
  __typename?: 'WebhookDeliveryEdge';
  /** Pass it as `after` to continue after this delivery. */
  cursor: Scalars['String']['output'];
  /** The delivery. */
  node: WebhookDelivery;
};

/** Where a delivery stands. */
export type WebhookDeliveryStatus =
  /** The receiver answered one attempt with a 2xx status. */
  | 'DELIVERED'
  /** Every attempt failed (WEBHOOK_MAX_ATTEMPTS, 10 unless configured); it is not sent again. */
  | 'FAILED'
  /** Not acknowledged yet: the next attempt is due at `nextAttemptAt`. */
  | 'PENDING';

/** A webhook on a page. */
export type WebhookEdge = {
  __typename?: 'WebhookEdge';
  /** Pass it as `after` to continue after this webhook. */
  cursor: Scalars['String']['output'];
  /** The webhook. */
  node: Webhook;
};



export type ResolverTypeWrapper<T> = Promise<T> | T;


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



/** Mapping of union types */
export type ResolversUnionTypes<_RefType extends Record<string, unknown>> = {
  ChangedEntity:
    | ( FundProject )
    | ( KnowledgeResource )
    | ( SupportRequest )
  ;
};


/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  CacheControlScope: CacheControlScope;
  Change: ResolverTypeWrapper<MergedEvent>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  ChangeConnection: ResolverTypeWrapper<Omit<ChangeConnection, 'edges'> & { edges: Array<ResolversTypes['ChangeEdge']> }>;
  ChangeEdge: ResolverTypeWrapper<Omit<ChangeEdge, 'node'> & { node: ResolversTypes['Change'] }>;
  ChangeEntityType: ChangeEntityType;
  ChangeKind: ChangeKind;
  ChangePageInfo: ResolverTypeWrapper<ChangePageInfo>;
  ChangedEntity: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['ChangedEntity']>;
  CreateWebhookInput: CreateWebhookInput;
  CreateWebhookPayload: ResolverTypeWrapper<Omit<CreateWebhookPayload, 'webhook'> & { webhook: ResolversTypes['Webhook'] }>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DeleteWebhookPayload: ResolverTypeWrapper<DeleteWebhookPayload>;
  FundProject: ResolverTypeWrapper<FundProject>;
  KnowledgeResource: ResolverTypeWrapper<KnowledgeResource>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  SupportRequest: ResolverTypeWrapper<SupportRequest>;
  Webhook: ResolverTypeWrapper<WebhookModel>;
  WebhookConnection: ResolverTypeWrapper<Omit<WebhookConnection, 'edges'> & { edges: Array<ResolversTypes['WebhookEdge']> }>;
  WebhookDelivery: ResolverTypeWrapper<DeliveryRow>;
  WebhookDeliveryAttempt: ResolverTypeWrapper<AttemptRow>;
  WebhookDeliveryConnection: ResolverTypeWrapper<Omit<WebhookDeliveryConnection, 'edges'> & { edges: Array<ResolversTypes['WebhookDeliveryEdge']> }>;
  WebhookDeliveryEdge: ResolverTypeWrapper<Omit<WebhookDeliveryEdge, 'node'> & { node: ResolversTypes['WebhookDelivery'] }>;
  WebhookDeliveryStatus: WebhookDeliveryStatus;
  WebhookEdge: ResolverTypeWrapper<Omit<WebhookEdge, 'node'> & { node: ResolversTypes['Webhook'] }>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  Change: MergedEvent;
  ID: Scalars['ID']['output'];
  String: Scalars['String']['output'];
  ChangeConnection: Omit<ChangeConnection, 'edges'> & { edges: Array<ResolversParentTypes['ChangeEdge']> };
  ChangeEdge: Omit<ChangeEdge, 'node'> & { node: ResolversParentTypes['Change'] };
  ChangePageInfo: ChangePageInfo;
  ChangedEntity: ResolversUnionTypes<ResolversParentTypes>['ChangedEntity'];
  CreateWebhookInput: CreateWebhookInput;
  CreateWebhookPayload: Omit<CreateWebhookPayload, 'webhook'> & { webhook: ResolversParentTypes['Webhook'] };
  DateTime: Scalars['DateTime']['output'];
  DeleteWebhookPayload: DeleteWebhookPayload;
  FundProject: FundProject;
  KnowledgeResource: KnowledgeResource;
  Mutation: Record<PropertyKey, never>;
  PageInfo: PageInfo;
  Query: Record<PropertyKey, never>;
  SupportRequest: SupportRequest;
  Webhook: WebhookModel;
  WebhookConnection: Omit<WebhookConnection, 'edges'> & { edges: Array<ResolversParentTypes['WebhookEdge']> };
  WebhookDelivery: DeliveryRow;
  WebhookDeliveryAttempt: AttemptRow;
  WebhookDeliveryConnection: Omit<WebhookDeliveryConnection, 'edges'> & { edges: Array<ResolversParentTypes['WebhookDeliveryEdge']> };
  WebhookDeliveryEdge: Omit<WebhookDeliveryEdge, 'node'> & { node: ResolversParentTypes['WebhookDelivery'] };
  WebhookEdge: Omit<WebhookEdge, 'node'> & { node: ResolversParentTypes['Webhook'] };
  Boolean: Scalars['Boolean']['output'];
  Int: Scalars['Int']['output'];
};

export type CacheControlDirectiveArgs = {
  inheritMaxAge?: Maybe<Scalars['Boolean']['input']>;
  maxAge?: Maybe<Scalars['Int']['input']>;
  scope?: Maybe<CacheControlScope>;
};

export type CacheControlDirectiveResolver<Result, Parent, ContextType = ExchangeContext, Args = CacheControlDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type ChangeResolvers<ContextType = ExchangeContext, ParentType extends ResolversParentTypes['Change'] = ResolversParentTypes['Change']> = {
  entity?: Resolver<Maybe<ResolversTypes['ChangedEntity']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ChangeKind'], ParentType, ContextType>;
  subgraph?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  time?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['ChangeEntityType'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ChangeConnectionResolvers<ContextType = ExchangeContext, ParentType extends ResolversParentTypes['ChangeConnection'] = ResolversParentTypes['ChangeConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ChangeEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['ChangePageInfo'], ParentType, ContextType>;
};

export type ChangeEdgeResolvers<ContextType = ExchangeContext, ParentType extends ResolversParentTypes['ChangeEdge'] = ResolversParentTypes['ChangeEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Change'], ParentType, ContextType>;
};

export type ChangePageInfoResolvers<ContextType = ExchangeContext, ParentType extends ResolversParentTypes['ChangePageInfo'] = ResolversParentTypes['ChangePageInfo']> = {
  endCursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type ChangedEntityResolvers<ContextType = ExchangeContext, ParentType extends ResolversParentTypes['ChangedEntity'] = ResolversParentTypes['ChangedEntity']> = {
  __resolveType: TypeResolveFn<'FundProject' | 'KnowledgeResource' | 'SupportRequest', ParentType, ContextType>;
};

export type CreateWebhookPayloadResolvers<ContextType = ExchangeContext, ParentType extends ResolversParentTypes['CreateWebhookPayload'] = ResolversParentTypes['CreateWebhookPayload']> = {
  secret?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  webhook?: Resolver<ResolversTypes['Webhook'], ParentType, ContextType>;
};

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DeleteWebhookPayloadResolvers<ContextType = ExchangeContext, ParentType extends ResolversParentTypes['DeleteWebhookPayload'] = ResolversParentTypes['DeleteWebhookPayload']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type FundProjectResolvers<ContextType = ExchangeContext, ParentType extends ResolversParentTypes['FundProject'] = ResolversParentTypes['FundProject']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type KnowledgeResourceResolvers<ContextType = ExchangeContext, ParentType extends ResolversParentTypes['KnowledgeResource'] = ResolversParentTypes['KnowledgeResource']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type MutationResolvers<ContextType = ExchangeContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  createWebhook?: Resolver<ResolversTypes['CreateWebhookPayload'], ParentType, ContextType, RequireFields<MutationCreateWebhookArgs, 'input'>>;
  deleteWebhook?: Resolver<ResolversTypes['DeleteWebhookPayload'], ParentType, ContextType, RequireFields<MutationDeleteWebhookArgs, 'id'>>;
  enableWebhook?: Resolver<ResolversTypes['Webhook'], ParentType, ContextType, RequireFields<MutationEnableWebhookArgs, 'id'>>;
};

export type PageInfoResolvers<ContextType = ExchangeContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type QueryResolvers<ContextType = ExchangeContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  changes?: Resolver<ResolversTypes['ChangeConnection'], ParentType, ContextType, RequireFields<QueryChangesArgs, 'first'>>;
  webhook?: Resolver<Maybe<ResolversTypes['Webhook']>, ParentType, ContextType, RequireFields<QueryWebhookArgs, 'id'>>;
  webhookEventTypes?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  webhooks?: Resolver<ResolversTypes['WebhookConnection'], ParentType, ContextType, RequireFields<QueryWebhooksArgs, 'first'>>;
};

export type SupportRequestResolvers<ContextType = ExchangeContext, ParentType extends ResolversParentTypes['SupportRequest'] = ResolversParentTypes['SupportRequest']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type WebhookResolvers<ContextType = ExchangeContext, ParentType extends ResolversParentTypes['Webhook'] = ResolversParentTypes['Webhook']> = {
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  deliveries?: Resolver<ResolversTypes['WebhookDeliveryConnection'], ParentType, ContextType, RequireFields<WebhookDeliveriesArgs, 'first'>>;
  disabledAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  disabledReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  enabled?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  eventTypes?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  url?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type WebhookConnectionResolvers<ContextType = ExchangeContext, ParentType extends ResolversParentTypes['WebhookConnection'] = ResolversParentTypes['WebhookConnection']> = {
  edges?: Resolver<Array<ResolversTypes['WebhookEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type WebhookDeliveryResolvers<ContextType = ExchangeContext, ParentType extends ResolversParentTypes['WebhookDelivery'] = ResolversParentTypes['WebhookDelivery']> = {
  attemptLog?: Resolver<Array<ResolversTypes['WebhookDeliveryAttempt']>, ParentType, ContextType>;
  attempts?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  deliveredAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  eventType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lastError?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  lastStatusCode?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  nextAttemptAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  payload?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['WebhookDeliveryStatus'], ParentType, ContextType>;
};

export type WebhookDeliveryAttemptResolvers<ContextType = ExchangeContext, ParentType extends ResolversParentTypes['WebhookDeliveryAttempt'] = ResolversParentTypes['WebhookDeliveryAttempt']> = {
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  durationMs?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  error?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  number?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  statusCode?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type WebhookDeliveryConnectionResolvers<ContextType = ExchangeContext, ParentType extends ResolversParentTypes['WebhookDeliveryConnection'] = ResolversParentTypes['WebhookDeliveryConnection']> = {
  edges?: Resolver<Array<ResolversTypes['WebhookDeliveryEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type WebhookDeliveryEdgeResolvers<ContextType = ExchangeContext, ParentType extends ResolversParentTypes['WebhookDeliveryEdge'] = ResolversParentTypes['WebhookDeliveryEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['WebhookDelivery'], ParentType, ContextType>;
};

export type WebhookEdgeResolvers<ContextType = ExchangeContext, ParentType extends ResolversParentTypes['WebhookEdge'] = ResolversParentTypes['WebhookEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Webhook'], ParentType, ContextType>;
};

export type Resolvers<ContextType = ExchangeContext> = {
  Change?: ChangeResolvers<ContextType>;
  ChangeConnection?: ChangeConnectionResolvers<ContextType>;
  ChangeEdge?: ChangeEdgeResolvers<ContextType>;
  ChangePageInfo?: ChangePageInfoResolvers<ContextType>;
  ChangedEntity?: ChangedEntityResolvers<ContextType>;
  CreateWebhookPayload?: CreateWebhookPayloadResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  DeleteWebhookPayload?: DeleteWebhookPayloadResolvers<ContextType>;
  FundProject?: FundProjectResolvers<ContextType>;
  KnowledgeResource?: KnowledgeResourceResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  SupportRequest?: SupportRequestResolvers<ContextType>;
  Webhook?: WebhookResolvers<ContextType>;
  WebhookConnection?: WebhookConnectionResolvers<ContextType>;
  WebhookDelivery?: WebhookDeliveryResolvers<ContextType>;
  WebhookDeliveryAttempt?: WebhookDeliveryAttemptResolvers<ContextType>;
  WebhookDeliveryConnection?: WebhookDeliveryConnectionResolvers<ContextType>;
  WebhookDeliveryEdge?: WebhookDeliveryEdgeResolvers<ContextType>;
  WebhookEdge?: WebhookEdgeResolvers<ContextType>;
};

export type DirectiveResolvers<ContextType = ExchangeContext> = {
  cacheControl?: CacheControlDirectiveResolver<any, any, ContextType>;
};
