import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { KnowledgeResourceModel, ResourceConnectionModel, ResourceEdgeModel, FacetsModel, PracticeModel, ObjectiveRef, OrganizationRef, CountryRef, GuidingPrincipleRef, SupportRequestRef } from '../data/models.js';
import type { KnowledgeContext } from '../context.js';
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

/** A UN Member State or observer State, owned by the members subgraph. This subgraph adds the resources about it. */
export type Country = {
  __typename?: 'Country';
  /** ISO 3166-1 alpha-3 code, e.g. `MEX`. */
  iso3: Scalars['ID']['output'];
  /** Knowledge resources whose geographic coverage names this country, with the same filter, sort and page cap as `Query.resources`. */
  resources?: Maybe<KnowledgeResourceConnection>;
};


/** A UN Member State or observer State, owned by the members subgraph. This subgraph adds the resources about it. */
export type CountryResourcesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ResourceFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<ResourceSort>;
};

/** How far a resource's subject reaches. */
export type GeographicScope =
  /** The whole world, or no particular place. */
  | 'GLOBAL'
  /** A city, province or other place within a country. */
  | 'LOCAL'
  /** One country. */
  | 'NATIONAL'
  /** One or more regions or several countries of a region. */
  | 'REGIONAL';

/** A GCM guiding principle, owned by the gcm-objectives subgraph; referred to here by its letter. */
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

/**
 * An item of the Migration Network Hub's knowledge platform: evidence, a practice, a tool, a training and so on,
 * tagged with GCM objectives and guiding principles and with its geographic coverage.
 */
export type KnowledgeResource = {
  __typename?: 'KnowledgeResource';
  /** The body or abstract; null when only a summary exists. */
  body?: Maybe<Scalars['String']['output']>;
  /** Countries it covers, by ISO alpha-3 code. */
  countries?: Maybe<Array<Country>>;
  /** When this record was created. */
  createdAt: Scalars['DateTime']['output'];
  /** How far its subject reaches. */
  geographicScope: GeographicScope;
  /** Opaque id. */
  id: Scalars['ID']['output'];
  /** Languages it is available in: ISO 639-1 codes, e.g. `en`, `fr`. */
  languages: Array<Scalars['String']['output']>;
  /** The GCM objectives it relates to, in number order. */
  objectives?: Maybe<Array<Objective>>;
  /** Repository of Practices details; null unless `type` is PRACTICE. */
  practice?: Maybe<Practice>;
  /** The GCM guiding principles it adheres to, in letter order. */
  principles?: Maybe<Array<GuidingPrinciple>>;
  /** Where the record comes from; sample data says so. */
  provenance: Provenance;
  /** Its date of publication. */
  publishedOn: Scalars['Date']['output'];
  /** The organizations that published it. */
  publishers?: Maybe<Array<Organization>>;
  /** Hub regions it covers: the regions named explicitly plus the regions of its countries. */
  regions: Array<HubRegion>;
  /** The reviewer's latest comment (changes requested or the reason for rejection). Only its submitter and the secretariat see it; null for everyone else. */
  reviewComment?: Maybe<Scalars['String']['output']>;
  /** Where it stands in the review workflow. */
  reviewStatus: ReviewStatus;
  /** When a reviewer last decided on it. */
  reviewedAt?: Maybe<Scalars['DateTime']['output']>;
  /** When it was last submitted for review; null while a draft never submitted. */
  submittedAt?: Maybe<Scalars['DateTime']['output']>;
  /** A short summary (a paragraph). */
  summary: Scalars['String']['output'];
  /** Who it is written for. */
  targetAudience: Array<TargetAudience>;
  /** Descriptive title. */
  title: Scalars['String']['output'];
  /** What kind of resource it is. */
  type: ResourceType;
  /** When this record last changed; filter lists with `updatedSince` to sync changes. */
  updatedAt: Scalars['DateTime']['output'];
  /** Where to read or download it. */
  url?: Maybe<Scalars['String']['output']>;
  /** Version for optimistic concurrency: pass it to `updateResource` / `reviewResource`. */
  version: Scalars['Int']['output'];
};

/** A page of knowledge resources. */
export type KnowledgeResourceConnection = {
  __typename?: 'KnowledgeResourceConnection';
  /**
   * Under a search that found nothing: the search with each word no resource contains replaced by the closest word that
   * resources do contain (at most 2 letters changed, 1 for words of up to 4 letters; ties go to the word in the most
   * resources), e.g. `detenton` -> `detention`; given only when that search, with the same filter, finds something the
   * caller may see. Null otherwise, and whenever the search found something.
   */
  didYouMean?: Maybe<Scalars['String']['output']>;
  /** The resources on this page with their cursors. */
  edges: Array<KnowledgeResourceEdge>;
  /** Facet counts for the current filter. */
  facets: ResourceFacets;
  /** Pagination state. */
  pageInfo: PageInfo;
  /** How many resources match the filter in all (among those the caller may see). */
  totalCount: Scalars['Int']['output'];
};

/** A resource in a list, with its cursor and, under a search, its highlighted match. */
export type KnowledgeResourceEdge = {
  __typename?: 'KnowledgeResourceEdge';
  /** Opaque cursor; pass as `after`. */
  cursor: Scalars['String']['output'];
  /** The resource. */
  node: KnowledgeResource;
  /** Under a search: the relevance score (higher is better; only comparable within one result list). Null without a search. */
  score?: Maybe<Scalars['Float']['output']>;
  /** Under a search: a fragment of the best-matching field with the matched words wrapped in `<mark>` and `</mark>`; the rest of the text is HTML-escaped, so it is safe to render as HTML. Null without a search. */
  snippet?: Maybe<Scalars['String']['output']>;
};

/** A count of matching resources in one language. */
export type LanguageFacet = {
  __typename?: 'LanguageFacet';
  /** Matching resources available in it. */
  count: Scalars['Int']['output'];
  /** ISO 639-1 code. */
  language: Scalars['String']['output'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Decide on a submitted resource (secretariat only). A decision not allowed from the current status is a CONFLICT. */
  reviewResource: KnowledgeResource;
  /** Submit a new resource (member, country or secretariat). It starts SUBMITTED, or DRAFT with `draft: true`. */
  submitResource: KnowledgeResource;
  /** Change a resource: its submitter until it is PUBLISHED or REJECTED, the secretariat at any time. */
  updateResource: KnowledgeResource;
};


export type MutationReviewResourceArgs = {
  input: ReviewResourceInput;
};


export type MutationSubmitResourceArgs = {
  input: SubmitResourceInput;
};


export type MutationUpdateResourceArgs = {
  input: UpdateResourceInput;
};

/** A GCM objective, owned by the gcm-objectives subgraph. This subgraph adds the resources tagged with it. */
export type Objective = {
  __typename?: 'Objective';
  /** Objective number, 1 to 23. */
  number: Scalars['Int']['output'];
  /** Knowledge resources tagged with this objective, with the same filter, sort and page cap as `Query.resources`. */
  resources?: Maybe<KnowledgeResourceConnection>;
};


/** A GCM objective, owned by the gcm-objectives subgraph. This subgraph adds the resources tagged with it. */
export type ObjectiveResourcesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ResourceFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<ResourceSort>;
};

/** A count of matching resources for one value of a facet. */
export type ObjectiveFacet = {
  __typename?: 'ObjectiveFacet';
  /** Matching resources tagged with it. */
  count: Scalars['Int']['output'];
  /** The objective. */
  objective?: Maybe<Objective>;
};

/** A UN entity, owned by the members subgraph. This subgraph adds the resources it publishes. */
export type Organization = {
  __typename?: 'Organization';
  /** The organization's id, e.g. `iom`. */
  id: Scalars['ID']['output'];
  /** Knowledge resources this organization is a publisher of, with the same filter, sort and page cap as `Query.resources`. */
  resources?: Maybe<KnowledgeResourceConnection>;
};


/** A UN entity, owned by the members subgraph. This subgraph adds the resources it publishes. */
export type OrganizationResourcesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ResourceFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<ResourceSort>;
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

/** The Repository of Practices' fields of a practice. */
export type Practice = {
  __typename?: 'Practice';
  /** Whether it is fully or mostly completed (a criterion of the Repository of Practices). */
  completed: Scalars['Boolean']['output'];
  /** First day of implementation, when known. */
  implementedFrom?: Maybe<Scalars['Date']['output']>;
  /** Last day of implementation; null while ongoing or unknown. */
  implementedUntil?: Maybe<Scalars['Date']['output']>;
  /** What was learned implementing it. */
  lessonsLearned?: Maybe<Scalars['String']['output']>;
  /** Why and how it could be replicated elsewhere. */
  whyReplicable?: Maybe<Scalars['String']['output']>;
};

/** Repository of Practices details, for resources of type PRACTICE. */
export type PracticeInput = {
  /** Whether it is fully or mostly completed. */
  completed: Scalars['Boolean']['input'];
  /** First day of implementation. */
  implementedFrom?: InputMaybe<Scalars['Date']['input']>;
  /** Last day of implementation; omit while ongoing. */
  implementedUntil?: InputMaybe<Scalars['Date']['input']>;
  /** What was learned implementing it (up to 5,000 characters). */
  lessonsLearned?: InputMaybe<Scalars['String']['input']>;
  /** Why and how it could be replicated (up to 5,000 characters). */
  whyReplicable?: InputMaybe<Scalars['String']['input']>;
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

/** A count of matching resources from one publisher. */
export type PublisherFacet = {
  __typename?: 'PublisherFacet';
  /** Matching resources it published. */
  count: Scalars['Int']['output'];
  /** The publisher. */
  publisher?: Maybe<Organization>;
};

export type Query = {
  __typename?: 'Query';
  /** One resource by id; null when it does not exist or the caller may not see it. */
  resource?: Maybe<KnowledgeResource>;
  /** Search and filter the knowledge platform. Page size `first` is capped at 100 (default 20). */
  resources?: Maybe<KnowledgeResourceConnection>;
};


export type QueryResourceArgs = {
  id: Scalars['ID']['input'];
};


export type QueryResourcesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ResourceFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<ResourceSort>;
};

/** A count of matching resources covering one region. */
export type RegionFacet = {
  __typename?: 'RegionFacet';
  /** Matching resources covering it. */
  count: Scalars['Int']['output'];
  /** The region. */
  region: HubRegion;
};

/** Filters for `SupportRequest.relatedPractices` (the practices are chosen and ranked by the request itself). */
export type RelatedPracticeFilter = {
  /** Whether illustrative sample practices (`provenance.sample: true`) are listed; false for real ones only. */
  includeSamples?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only records changed after this instant. */
  updatedSince?: InputMaybe<Scalars['DateTime']['input']>;
};

/**
 * Counts for the Hub's filter panel over everything the current filter matches (not only the current page), visible
 * to the caller. A resource with several objectives, languages, regions or publishers counts once under each; every
 * resource counts once under exactly one type. Values with no match are left out; lists are ordered by count, then value.
 */
export type ResourceFacets = {
  __typename?: 'ResourceFacets';
  /** Per language. */
  languages: Array<LanguageFacet>;
  /** Per GCM objective. */
  objectives: Array<ObjectiveFacet>;
  /** Per publisher. */
  publishers: Array<PublisherFacet>;
  /** Per Hub region. */
  regions: Array<RegionFacet>;
  /** Per resource type. */
  types: Array<ResourceTypeFacet>;
};

/**
 * Filters for knowledge resources. Different fields combine with AND; the values within one list field combine with
 * OR (`objectives: [1, 20]` means tagged with objective 1 or 20). Everyone sees only what they may see: anonymous
 * callers only PUBLISHED resources.
 */
export type ResourceFilter = {
  /** Covering any of these countries (ISO alpha-3 codes of UN Member or observer States). */
  countries?: InputMaybe<Array<Scalars['ID']['input']>>;
  /**
   * Whether illustrative sample records (`provenance.sample: true`) are listed; pass false for real resources only.
   * Default true: samples stay listed, after the real resources in the default order.
   */
  includeSamples?: InputMaybe<Scalars['Boolean']['input']>;
  /** Available in any of these languages (ISO 639-1 codes, e.g. `en`). */
  languages?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Only resources submitted by the caller's own organization (member) or country (country role). */
  mine?: InputMaybe<Scalars['Boolean']['input']>;
  /** Tagged with any of these GCM objectives (1 to 23). */
  objectives?: InputMaybe<Array<Scalars['Int']['input']>>;
  /** Adhering to any of these guiding principles (letters `a` to `j`). */
  principles?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Published on or after this date. */
  publishedFrom?: InputMaybe<Scalars['Date']['input']>;
  /** Published on or before this date. */
  publishedTo?: InputMaybe<Scalars['Date']['input']>;
  /** Published by any of these organizations (ids, e.g. `iom`). */
  publishers?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Covering any of these Hub regions. */
  regions?: InputMaybe<Array<HubRegion>>;
  /** In any of these review statuses (only the statuses the caller may see take effect). */
  reviewStatuses?: InputMaybe<Array<ReviewStatus>>;
  /** Of any of these geographic scopes. */
  scopes?: InputMaybe<Array<GeographicScope>>;
  /**
   * Full-text search over title, summary and body (1 to 500 characters), in English, French and Spanish. Words are
   * runs of letters and digits (`covid-19` is `covid` and `19`), matched whatever their case and accents and in any
   * inflection: each resource's text is stemmed in its own language, each search word in all three, and a word matches
   * if one of its stems does (`travailleurs migrants` finds `travailleur migrant`). By default (`searchMode: ANY`) a
   * resource matching any word is found, and resources matching more of the words rank first, then by relevance (title
   * weighs most, then summary, then body). Common words (`the`, `de`, `la`…) of the languages `languages` allows (of all
   * three without it) are ignored; text of only such words or only punctuation finds nothing. The text is never interpreted as query syntax. A search that finds nothing may get a
   * correction in the connection's `didYouMean`.
   */
  search?: InputMaybe<Scalars['String']['input']>;
  /** How the words of `search` combine: ANY (default) or ALL. Ignored without `search`. */
  searchMode?: InputMaybe<SearchMode>;
  /** Of any of these types. */
  types?: InputMaybe<Array<ResourceType>>;
  /** Only records changed after this instant. */
  updatedSince?: InputMaybe<Scalars['DateTime']['input']>;
};

/**
 * Orders of a resource list; ties are broken by an internal key, so paging is stable. Without `sort`: RELEVANCE under a
 * search; otherwise real resources first (`provenance.sample: false`), then illustrative samples, each newest first.
 * Either way real resources come before samples.
 */
export type ResourceSort =
  /** Most recent publication date first, real resources and samples together. */
  | 'NEWEST'
  /** Oldest publication date first. */
  | 'OLDEST'
  /** Real resources first, then samples, each best full-text match first (title weighs most, then summary, then body); needs `filter.search`, otherwise the same as NEWEST. */
  | 'RELEVANCE'
  /** Alphabetical by title. */
  | 'TITLE'
  /** Least recently changed first: walk this with `updatedSince` to sync changes. */
  | 'UPDATED_ASC'
  /** Most recently changed first. */
  | 'UPDATED_DESC';

/**
 * What kind of knowledge resource this is. The Hub's own list of "Type of Resource" values was not seen
 * (domain-facts §4.1), so this is this API's documented vocabulary; each value says what belongs in it.
 */
export type ResourceType =
  /** A dataset or data portal. */
  | 'DATASET'
  /** An event, webinar or recorded talk (e.g. the GCM Talks). */
  | 'EVENT_OR_WEBINAR'
  /** A short policy brief or policy paper with recommendations. */
  | 'POLICY_BRIEF'
  /** A practice for the Repository of Practices: something implemented that worked and can be replicated. Carries `practice` details. */
  | 'PRACTICE'
  /** Research, an evaluation, a report or a study presenting evidence. */
  | 'RESEARCH_OR_REPORT'
  /** A statement, declaration or position paper. */
  | 'STATEMENT'
  /** A tool, guidance note, handbook, checklist or template for doing something. */
  | 'TOOL_OR_GUIDANCE'
  /** A training course, curriculum or learning module. */
  | 'TRAINING';

/** A count of matching resources of one type. */
export type ResourceTypeFacet = {
  __typename?: 'ResourceTypeFacet';
  /** Matching resources of this type. */
  count: Scalars['Int']['output'];
  /** The type. */
  type: ResourceType;
};

/** A reviewer's decision on a submitted resource (secretariat only). */
export type ReviewDecision =
  /** Approve a SUBMITTED or UNDER_REVIEW resource: it becomes PUBLISHED and public. */
  | 'PUBLISH'
  /** Refuse a SUBMITTED or UNDER_REVIEW resource for good; `comment` (the reason) is required. */
  | 'REJECT'
  /** Send a SUBMITTED or UNDER_REVIEW resource back to DRAFT; `comment` (what to change) is required. */
  | 'REQUEST_CHANGES'
  /** Take up a SUBMITTED resource: it becomes UNDER_REVIEW. */
  | 'START_REVIEW'
  /** Take a PUBLISHED resource off the public platform: it becomes UNDER_REVIEW again; `comment` (the reason) is required. */
  | 'UNPUBLISH';

/** A reviewer's decision. */
export type ReviewResourceInput = {
  /** Comment for the submitter; required for REQUEST_CHANGES, REJECT and UNPUBLISH (up to 5,000 characters). */
  comment?: InputMaybe<Scalars['String']['input']>;
  /** What to do. */
  decision: ReviewDecision;
  /** The resource. */
  id: Scalars['ID']['input'];
  /** The version you read; a stale version is a CONFLICT. */
  version: Scalars['Int']['input'];
};

/**
 * Where a resource stands in the review workflow. Only PUBLISHED resources are public.
 * `DRAFT -> SUBMITTED -> UNDER_REVIEW -> PUBLISHED`; a reviewer may send a submission back to DRAFT with a comment
 * (request changes) or REJECT it with a reason, and UNPUBLISH a published one (back to UNDER_REVIEW) with a reason.
 */
export type ReviewStatus =
  /** Being written by its submitter, or sent back by a reviewer for changes (see `reviewComment`). Visible to its submitter and the secretariat. */
  | 'DRAFT'
  /** Approved and public. */
  | 'PUBLISHED'
  /** Refused, with the reason in `reviewComment`. Final; visible to its submitter and the secretariat. */
  | 'REJECTED'
  /** Submitted for review; the submitter may still edit it. Visible to its submitter and the secretariat. */
  | 'SUBMITTED'
  /** A reviewer of the secretariat has taken it up. Visible to its submitter and the secretariat. */
  | 'UNDER_REVIEW';

/** How the words of a full-text search combine. */
export type SearchMode =
  /** Only resources matching every word (the behaviour before searchMode existed). */
  | 'ALL'
  /** Resources matching at least one word; those matching more of the words rank first. */
  | 'ANY';

/**
 * A new resource. A member submits for its own organization (always among the publishers); a country role for its own
 * country (always among the countries); the secretariat for anyone.
 */
export type SubmitResourceInput = {
  /** Body or abstract, up to 50,000 characters. */
  body?: InputMaybe<Scalars['String']['input']>;
  /** Countries covered (ISO alpha-3); a country role's own country is always added. */
  countries?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Keep it as a DRAFT instead of submitting it for review (default false). */
  draft?: InputMaybe<Scalars['Boolean']['input']>;
  /** How far its subject reaches. NATIONAL and LOCAL need a country; REGIONAL needs a region or a country. */
  geographicScope: GeographicScope;
  /** At least one ISO 639-1 language code. */
  languages: Array<Scalars['String']['input']>;
  /** At least one GCM objective (1 to 23). */
  objectives: Array<Scalars['Int']['input']>;
  /** Practice details; required for, and only allowed with, type PRACTICE. */
  practice?: InputMaybe<PracticeInput>;
  /** Guiding principles (letters `a` to `j`). */
  principles?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Date of publication. */
  publishedOn: Scalars['Date']['input'];
  /** Publishing organizations' ids; a member's own organization is always added. */
  publishers?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Regions covered beyond those of the countries. */
  regions?: InputMaybe<Array<HubRegion>>;
  /** Summary, 1 to 2,000 characters. */
  summary: Scalars['String']['input'];
  /** Who it is written for. */
  targetAudience?: InputMaybe<Array<TargetAudience>>;
  /** Descriptive title, 3 to 300 characters. */
  title: Scalars['String']['input'];
  /** What kind of resource. */
  type: ResourceType;
  /** An http(s) URL. */
  url?: InputMaybe<Scalars['String']['input']>;
};

/**
 * A country's support request, owned by the support-requests subgraph. This subgraph adds the practices that could
 * answer it, using the request's country and objectives (fetched from support-requests through @requires).
 */
export type SupportRequest = {
  __typename?: 'SupportRequest';
  /** The requesting country (owned by support-requests; needed here for ranking). */
  country?: Maybe<Country>;
  /** The request's id. */
  id: Scalars['ID']['output'];
  /** The GCM objectives the request concerns (owned by support-requests; needed here for matching). */
  objectives?: Maybe<Array<Objective>>;
  /**
   * Published practices (type PRACTICE) that share at least one of the request's objectives, for peer-to-peer exchange:
   * practices in the same country first, then in the same Hub region, then elsewhere; within each, those sharing more
   * objectives first, then the newest. Page size is capped at 100.
   */
  relatedPractices?: Maybe<KnowledgeResourceConnection>;
};


/**
 * A country's support request, owned by the support-requests subgraph. This subgraph adds the practices that could
 * answer it, using the request's country and objectives (fetched from support-requests through @requires).
 */
export type SupportRequestRelatedPracticesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<RelatedPracticeFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** Who a resource is written for. This API's vocabulary: the Hub's own list of audiences was not seen. */
export type TargetAudience =
  /** Civil society organizations, trade unions and community groups. */
  | 'CIVIL_SOCIETY'
  /** Journalists, the media and the general public. */
  | 'GENERAL_PUBLIC'
  /** National or local government officials and policymakers. */
  | 'GOVERNMENTS'
  /** Migrants, diasporas and their communities. */
  | 'MIGRANTS_AND_COMMUNITIES'
  /** Practitioners delivering services to migrants. */
  | 'PRACTITIONERS'
  /** Employers, recruiters and the private sector. */
  | 'PRIVATE_SECTOR'
  /** Researchers and academia. */
  | 'RESEARCHERS'
  /** UN entities and UN country teams. */
  | 'UN_SYSTEM';

/**
 * Changes to a resource, by its submitter while it is not PUBLISHED or REJECTED, or by the secretariat at any time.
 * Omitted fields stay as they are; list fields given replace the whole list.
 */
export type UpdateResourceInput = {
  /** New body. */
  body?: InputMaybe<Scalars['String']['input']>;
  /** New countries. */
  countries?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** New geographic scope. */
  geographicScope?: InputMaybe<GeographicScope>;
  /** The resource. */
  id: Scalars['ID']['input'];
  /** New languages. */
  languages?: InputMaybe<Array<Scalars['String']['input']>>;
  /** New objectives. */
  objectives?: InputMaybe<Array<Scalars['Int']['input']>>;
  /** New practice details. */
  practice?: InputMaybe<PracticeInput>;
  /** New guiding principles. */
  principles?: InputMaybe<Array<Scalars['String']['input']>>;
  /** New publication date. */
  publishedOn?: InputMaybe<Scalars['Date']['input']>;
  /** New publishers. */
  publishers?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** New explicit regions. */
  regions?: InputMaybe<Array<HubRegion>>;
  /** Submit a DRAFT for review with this change (it becomes SUBMITTED). */
  submit?: InputMaybe<Scalars['Boolean']['input']>;
  /** New summary. */
  summary?: InputMaybe<Scalars['String']['input']>;
  /** New audiences. */
  targetAudience?: InputMaybe<Array<TargetAudience>>;
  /** New title. */
  title?: InputMaybe<Scalars['String']['input']>;
  /** New type. */
  type?: InputMaybe<ResourceType>;
  /** New URL. */
  url?: InputMaybe<Scalars['String']['input']>;
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
  Country: Country;
  KnowledgeResource: KnowledgeResource;
  Objective: Objective;
  Organization: Organization;
  SupportRequest: SupportRequest;
};

/** Mapping of federation reference types */
export type FederationReferenceTypes = {
  Country:
    ( { __typename: 'Country' }
    & GraphQLRecursivePick<FederationTypes['Country'], {"iso3":true}> );
  KnowledgeResource:
    ( { __typename: 'KnowledgeResource' }
    & GraphQLRecursivePick<FederationTypes['KnowledgeResource'], {"id":true}> );
  Objective:
    ( { __typename: 'Objective' }
    & GraphQLRecursivePick<FederationTypes['Objective'], {"number":true}> );
  Organization:
    ( { __typename: 'Organization' }
    & GraphQLRecursivePick<FederationTypes['Organization'], {"id":true}> );
  SupportRequest:
    ( { __typename: 'SupportRequest' }
    & GraphQLRecursivePick<FederationTypes['SupportRequest'], {"id":true}>
    & ( Record<PropertyKey, never>
        | GraphQLRecursivePick<FederationTypes['SupportRequest'], {"country":{"iso3":true},"objectives":{"number":true}}> ) );
};



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  CacheControlScope: CacheControlScope;
  Confidence: Confidence;
  Country: ResolverTypeWrapper<CountryRef>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  GeographicScope: GeographicScope;
  GuidingPrinciple: ResolverTypeWrapper<GuidingPrincipleRef>;
  HubRegion: HubRegion;
  KnowledgeResource: ResolverTypeWrapper<KnowledgeResourceModel>;
  KnowledgeResourceConnection: ResolverTypeWrapper<ResourceConnectionModel>;
  KnowledgeResourceEdge: ResolverTypeWrapper<ResourceEdgeModel>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  LanguageFacet: ResolverTypeWrapper<LanguageFacet>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Objective: ResolverTypeWrapper<ObjectiveRef>;
  ObjectiveFacet: ResolverTypeWrapper<Omit<ObjectiveFacet, 'objective'> & { objective?: Maybe<ResolversTypes['Objective']> }>;
  Organization: ResolverTypeWrapper<OrganizationRef>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Practice: ResolverTypeWrapper<PracticeModel>;
  PracticeInput: PracticeInput;
  Provenance: ResolverTypeWrapper<Provenance>;
  PublisherFacet: ResolverTypeWrapper<Omit<PublisherFacet, 'publisher'> & { publisher?: Maybe<ResolversTypes['Organization']> }>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RegionFacet: ResolverTypeWrapper<RegionFacet>;
  RelatedPracticeFilter: RelatedPracticeFilter;
  ResourceFacets: ResolverTypeWrapper<FacetsModel>;
  ResourceFilter: ResourceFilter;
  ResourceSort: ResourceSort;
  ResourceType: ResourceType;
  ResourceTypeFacet: ResolverTypeWrapper<ResourceTypeFacet>;
  ReviewDecision: ReviewDecision;
  ReviewResourceInput: ReviewResourceInput;
  ReviewStatus: ReviewStatus;
  SearchMode: SearchMode;
  SubmitResourceInput: SubmitResourceInput;
  SupportRequest: ResolverTypeWrapper<SupportRequestRef>;
  TargetAudience: TargetAudience;
  UpdateResourceInput: UpdateResourceInput;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  Country: CountryRef;
  ID: Scalars['ID']['output'];
  String: Scalars['String']['output'];
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  GuidingPrinciple: GuidingPrincipleRef;
  KnowledgeResource: KnowledgeResourceModel;
  KnowledgeResourceConnection: ResourceConnectionModel;
  KnowledgeResourceEdge: ResourceEdgeModel;
  Float: Scalars['Float']['output'];
  LanguageFacet: LanguageFacet;
  Mutation: Record<PropertyKey, never>;
  Objective: ObjectiveRef;
  ObjectiveFacet: Omit<ObjectiveFacet, 'objective'> & { objective?: Maybe<ResolversParentTypes['Objective']> };
  Organization: OrganizationRef;
  PageInfo: PageInfo;
  Practice: PracticeModel;
  PracticeInput: PracticeInput;
  Provenance: Provenance;
  PublisherFacet: Omit<PublisherFacet, 'publisher'> & { publisher?: Maybe<ResolversParentTypes['Organization']> };
  Query: Record<PropertyKey, never>;
  RegionFacet: RegionFacet;
  RelatedPracticeFilter: RelatedPracticeFilter;
  ResourceFacets: FacetsModel;
  ResourceFilter: ResourceFilter;
  ResourceTypeFacet: ResourceTypeFacet;
  ReviewResourceInput: ReviewResourceInput;
  SubmitResourceInput: SubmitResourceInput;
  SupportRequest: SupportRequestRef;
  UpdateResourceInput: UpdateResourceInput;
  Boolean: Scalars['Boolean']['output'];
  Int: Scalars['Int']['output'];
};

export type CacheControlDirectiveArgs = {
  inheritMaxAge?: Maybe<Scalars['Boolean']['input']>;
  maxAge?: Maybe<Scalars['Int']['input']>;
  scope?: Maybe<CacheControlScope>;
};

export type CacheControlDirectiveResolver<Result, Parent, ContextType = KnowledgeContext, Args = CacheControlDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type CountryResolvers<ContextType = KnowledgeContext, ParentType extends ResolversParentTypes['Country'] = ResolversParentTypes['Country'], FederationReferenceType extends FederationReferenceTypes['Country'] = FederationReferenceTypes['Country']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Country']> | FederationReferenceType, FederationReferenceType, ContextType>;
  iso3?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  resources?: Resolver<Maybe<ResolversTypes['KnowledgeResourceConnection']>, ParentType, ContextType, Partial<CountryResourcesArgs>>;
};

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type GuidingPrincipleResolvers<ContextType = KnowledgeContext, ParentType extends ResolversParentTypes['GuidingPrinciple'] = ResolversParentTypes['GuidingPrinciple']> = {
  letter?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type KnowledgeResourceResolvers<ContextType = KnowledgeContext, ParentType extends ResolversParentTypes['KnowledgeResource'] = ResolversParentTypes['KnowledgeResource'], FederationReferenceType extends FederationReferenceTypes['KnowledgeResource'] = FederationReferenceTypes['KnowledgeResource']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['KnowledgeResource']> | FederationReferenceType, FederationReferenceType, ContextType>;
  body?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  countries?: Resolver<Maybe<Array<ResolversTypes['Country']>>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  geographicScope?: Resolver<ResolversTypes['GeographicScope'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  languages?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  objectives?: Resolver<Maybe<Array<ResolversTypes['Objective']>>, ParentType, ContextType>;
  practice?: Resolver<Maybe<ResolversTypes['Practice']>, ParentType, ContextType>;
  principles?: Resolver<Maybe<Array<ResolversTypes['GuidingPrinciple']>>, ParentType, ContextType>;
  provenance?: Resolver<ResolversTypes['Provenance'], ParentType, ContextType>;
  publishedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  publishers?: Resolver<Maybe<Array<ResolversTypes['Organization']>>, ParentType, ContextType>;
  regions?: Resolver<Array<ResolversTypes['HubRegion']>, ParentType, ContextType>;
  reviewComment?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reviewStatus?: Resolver<ResolversTypes['ReviewStatus'], ParentType, ContextType>;
  reviewedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  submittedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  summary?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  targetAudience?: Resolver<Array<ResolversTypes['TargetAudience']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['ResourceType'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  url?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type KnowledgeResourceConnectionResolvers<ContextType = KnowledgeContext, ParentType extends ResolversParentTypes['KnowledgeResourceConnection'] = ResolversParentTypes['KnowledgeResourceConnection']> = {
  didYouMean?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['KnowledgeResourceEdge']>, ParentType, ContextType>;
  facets?: Resolver<ResolversTypes['ResourceFacets'], ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type KnowledgeResourceEdgeResolvers<ContextType = KnowledgeContext, ParentType extends ResolversParentTypes['KnowledgeResourceEdge'] = ResolversParentTypes['KnowledgeResourceEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['KnowledgeResource'], ParentType, ContextType>;
  score?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  snippet?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type LanguageFacetResolvers<ContextType = KnowledgeContext, ParentType extends ResolversParentTypes['LanguageFacet'] = ResolversParentTypes['LanguageFacet']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  language?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type MutationResolvers<ContextType = KnowledgeContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  reviewResource?: Resolver<ResolversTypes['KnowledgeResource'], ParentType, ContextType, RequireFields<MutationReviewResourceArgs, 'input'>>;
  submitResource?: Resolver<ResolversTypes['KnowledgeResource'], ParentType, ContextType, RequireFields<MutationSubmitResourceArgs, 'input'>>;
  updateResource?: Resolver<ResolversTypes['KnowledgeResource'], ParentType, ContextType, RequireFields<MutationUpdateResourceArgs, 'input'>>;
};

export type ObjectiveResolvers<ContextType = KnowledgeContext, ParentType extends ResolversParentTypes['Objective'] = ResolversParentTypes['Objective'], FederationReferenceType extends FederationReferenceTypes['Objective'] = FederationReferenceTypes['Objective']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Objective']> | FederationReferenceType, FederationReferenceType, ContextType>;
  number?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  resources?: Resolver<Maybe<ResolversTypes['KnowledgeResourceConnection']>, ParentType, ContextType, Partial<ObjectiveResourcesArgs>>;
};

export type ObjectiveFacetResolvers<ContextType = KnowledgeContext, ParentType extends ResolversParentTypes['ObjectiveFacet'] = ResolversParentTypes['ObjectiveFacet']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  objective?: Resolver<Maybe<ResolversTypes['Objective']>, ParentType, ContextType>;
};

export type OrganizationResolvers<ContextType = KnowledgeContext, ParentType extends ResolversParentTypes['Organization'] = ResolversParentTypes['Organization'], FederationReferenceType extends FederationReferenceTypes['Organization'] = FederationReferenceTypes['Organization']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Organization']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  resources?: Resolver<Maybe<ResolversTypes['KnowledgeResourceConnection']>, ParentType, ContextType, Partial<OrganizationResourcesArgs>>;
};

export type PageInfoResolvers<ContextType = KnowledgeContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type PracticeResolvers<ContextType = KnowledgeContext, ParentType extends ResolversParentTypes['Practice'] = ResolversParentTypes['Practice']> = {
  completed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  implementedFrom?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  implementedUntil?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  lessonsLearned?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  whyReplicable?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ProvenanceResolvers<ContextType = KnowledgeContext, ParentType extends ResolversParentTypes['Provenance'] = ResolversParentTypes['Provenance']> = {
  confidence?: Resolver<ResolversTypes['Confidence'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sample?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type PublisherFacetResolvers<ContextType = KnowledgeContext, ParentType extends ResolversParentTypes['PublisherFacet'] = ResolversParentTypes['PublisherFacet']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  publisher?: Resolver<Maybe<ResolversTypes['Organization']>, ParentType, ContextType>;
};

export type QueryResolvers<ContextType = KnowledgeContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  resource?: Resolver<Maybe<ResolversTypes['KnowledgeResource']>, ParentType, ContextType, RequireFields<QueryResourceArgs, 'id'>>;
  resources?: Resolver<Maybe<ResolversTypes['KnowledgeResourceConnection']>, ParentType, ContextType, Partial<QueryResourcesArgs>>;
};

export type RegionFacetResolvers<ContextType = KnowledgeContext, ParentType extends ResolversParentTypes['RegionFacet'] = ResolversParentTypes['RegionFacet']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  region?: Resolver<ResolversTypes['HubRegion'], ParentType, ContextType>;
};

export type ResourceFacetsResolvers<ContextType = KnowledgeContext, ParentType extends ResolversParentTypes['ResourceFacets'] = ResolversParentTypes['ResourceFacets']> = {
  languages?: Resolver<Array<ResolversTypes['LanguageFacet']>, ParentType, ContextType>;
  objectives?: Resolver<Array<ResolversTypes['ObjectiveFacet']>, ParentType, ContextType>;
  publishers?: Resolver<Array<ResolversTypes['PublisherFacet']>, ParentType, ContextType>;
  regions?: Resolver<Array<ResolversTypes['RegionFacet']>, ParentType, ContextType>;
  types?: Resolver<Array<ResolversTypes['ResourceTypeFacet']>, ParentType, ContextType>;
};

export type ResourceTypeFacetResolvers<ContextType = KnowledgeContext, ParentType extends ResolversParentTypes['ResourceTypeFacet'] = ResolversParentTypes['ResourceTypeFacet']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['ResourceType'], ParentType, ContextType>;
};

export type SupportRequestResolvers<ContextType = KnowledgeContext, ParentType extends ResolversParentTypes['SupportRequest'] = ResolversParentTypes['SupportRequest'], FederationReferenceType extends FederationReferenceTypes['SupportRequest'] = FederationReferenceTypes['SupportRequest']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['SupportRequest']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  relatedPractices?: Resolver<Maybe<ResolversTypes['KnowledgeResourceConnection']>, ParentType, ContextType, Partial<SupportRequestRelatedPracticesArgs>>;
};

export type Resolvers<ContextType = KnowledgeContext> = {
  Country?: CountryResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  GuidingPrinciple?: GuidingPrincipleResolvers<ContextType>;
  KnowledgeResource?: KnowledgeResourceResolvers<ContextType>;
  KnowledgeResourceConnection?: KnowledgeResourceConnectionResolvers<ContextType>;
  KnowledgeResourceEdge?: KnowledgeResourceEdgeResolvers<ContextType>;
  LanguageFacet?: LanguageFacetResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Objective?: ObjectiveResolvers<ContextType>;
  ObjectiveFacet?: ObjectiveFacetResolvers<ContextType>;
  Organization?: OrganizationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Practice?: PracticeResolvers<ContextType>;
  Provenance?: ProvenanceResolvers<ContextType>;
  PublisherFacet?: PublisherFacetResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  RegionFacet?: RegionFacetResolvers<ContextType>;
  ResourceFacets?: ResourceFacetsResolvers<ContextType>;
  ResourceTypeFacet?: ResourceTypeFacetResolvers<ContextType>;
  SupportRequest?: SupportRequestResolvers<ContextType>;
};

export type DirectiveResolvers<ContextType = KnowledgeContext> = {
  cacheControl?: CacheControlDirectiveResolver<any, any, ContextType>;
};
