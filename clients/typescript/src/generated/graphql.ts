/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** Filters for joint programmes; all given criteria must hold, and within a list any value matches. */
export type FundProjectFilter = {
  /** Only programmes covering one of these countries (ISO alpha-3). */
  countries?: Array<string | number> | null | undefined;
  /** Only programmes addressing one of these GCM objectives (1 to 23). */
  objectives?: Array<number> | null | undefined;
  /** Only programmes one of these organizations participates in (organization ids, e.g. `iom`). */
  organizations?: Array<string | number> | null | undefined;
  /** Only programmes covering a country in one of these Hub regions. */
  regions?: Array<HubRegion> | null | undefined;
  /** Only illustrative sample programmes (true) or only real ones (false). */
  sample?: boolean | null | undefined;
  /** Only these scopes. */
  scopes?: Array<ProjectScope> | null | undefined;
  /** Only these statuses. */
  statuses?: Array<FundProjectStatus> | null | undefined;
  /** Only these thematic areas (`ta1` to `ta5`). */
  thematicAreas?: Array<string | number> | null | undefined;
  /** Only records changed after this instant. */
  updatedSince?: string | null | undefined;
  /** Only programmes whose programme year (see `FundProject.year`) is one of these. */
  years?: Array<number> | null | undefined;
};

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

/** Filters for support requests; all given criteria must hold. Lists only ever contain requests the viewer may see. */
export type SupportRequestFilter = {
  /** Only requests from these countries (ISO alpha-3 codes). */
  countries?: Array<string | number> | null | undefined;
  /** Only requests concerning any of these objectives (1 to 23). */
  objectives?: Array<number> | null | undefined;
  /** Only requests matched to any of these organizations. */
  partners?: Array<string | number> | null | undefined;
  /** Only requests from countries in these Hub regions. */
  regions?: Array<HubRegion> | null | undefined;
  /** Only these statuses. */
  statuses?: Array<SupportRequestStatus> | null | undefined;
  /** Only requests submitted before this instant. */
  submittedBefore?: string | null | undefined;
  /** Only requests submitted at or after this instant. */
  submittedFrom?: string | null | undefined;
  /** Only requests seeking any of these kinds of support. */
  supportKinds?: Array<SupportKind> | null | undefined;
  /** Only records changed after this instant. */
  updatedSince?: string | null | undefined;
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

export type FundingByThematicAreaQueryVariables = Exact<{
  filter?: FundProjectFilter | null | undefined;
}>;


export type FundingByThematicAreaQuery = { fundingSummary: { rowsOverlap: boolean, rows: Array<{ key: string, projectCount: number, thematicArea: { id: string, number: number, title: string } | null, budgetTotal: { amount: string, currency: string }, transferredTotal: { amount: string, currency: string } }>, totals: { projectCount: number, budgetTotal: { amount: string, currency: string }, transferredTotal: { amount: string, currency: string } } } | null };

export type ObjectiveDashboardQueryVariables = Exact<{
  number: number;
  first?: number | null | undefined;
}>;


export type ObjectiveDashboardQuery = { objective: { number: number, title: string, shortTitle: string, description: string, hubUrl: string, thematicArea: { id: string, number: number, title: string } | null, fundProjects: { totalCount: number } | null, resources: { totalCount: number, edges: Array<{ node: { id: string, title: string, type: ResourceType, publishedOn: string } }> } | null, supportRequests: { totalCount: number } | null } | null };

export type ObjectiveResourcesInLanguageQueryVariables = Exact<{
  objective: number;
  language: string;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ObjectiveResourcesInLanguageQuery = { resources: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, title: string, summary: string, type: ResourceType, url: string | null, languages: Array<string>, publishedOn: string } }> } | null };

export type RequestsByStatusAndRegionQueryVariables = Exact<{
  filter?: SupportRequestFilter | null | undefined;
}>;


export type RequestsByStatusAndRegionQuery = { supportRequestStats: { total: number, byStatus: Array<{ status: SupportRequestStatus, count: number }>, byRegion: Array<{ region: HubRegion, count: number }> } | null };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}

export const FundingByThematicAreaDocument = new TypedDocumentString(`
    query FundingByThematicArea($filter: FundProjectFilter) {
  fundingSummary(groupBy: THEMATIC_AREA, filter: $filter) {
    rowsOverlap
    rows {
      key
      thematicArea {
        id
        number
        title
      }
      projectCount
      budgetTotal {
        amount
        currency
      }
      transferredTotal {
        amount
        currency
      }
    }
    totals {
      projectCount
      budgetTotal {
        amount
        currency
      }
      transferredTotal {
        amount
        currency
      }
    }
  }
}
    `, {"hash":"sha256:3b49010caf8ad424090a309c269a41ada9df99fb27b4b904deeb448b9c2ce815"}) as unknown as TypedDocumentString<FundingByThematicAreaQuery, FundingByThematicAreaQueryVariables>;
export const ObjectiveDashboardDocument = new TypedDocumentString(`
    query ObjectiveDashboard($number: Int!, $first: Int = 5) {
  objective(number: $number) {
    number
    title
    shortTitle
    description
    hubUrl
    thematicArea {
      id
      number
      title
    }
    fundProjects(first: $first) {
      totalCount
    }
    resources(first: $first) {
      totalCount
      edges {
        node {
          id
          title
          type
          publishedOn
        }
      }
    }
    supportRequests(first: $first) {
      totalCount
    }
  }
}
    `, {"hash":"sha256:30c481b19eb3c6644440a402c341981667caf2fa019ed468efbc64a5184987c6"}) as unknown as TypedDocumentString<ObjectiveDashboardQuery, ObjectiveDashboardQueryVariables>;
export const ObjectiveResourcesInLanguageDocument = new TypedDocumentString(`
    query ObjectiveResourcesInLanguage($objective: Int!, $language: String!, $first: Int = 20, $after: String) {
  resources(
    filter: {objectives: [$objective], languages: [$language]}
    first: $first
    after: $after
  ) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        title
        summary
        type
        url
        languages
        publishedOn
      }
    }
  }
}
    `, {"hash":"sha256:ebfefa97730b8e9eaa2c70e3131d11f43ad5b17acf9e050a7eea934e7025143c"}) as unknown as TypedDocumentString<ObjectiveResourcesInLanguageQuery, ObjectiveResourcesInLanguageQueryVariables>;
export const RequestsByStatusAndRegionDocument = new TypedDocumentString(`
    query RequestsByStatusAndRegion($filter: SupportRequestFilter) {
  supportRequestStats(filter: $filter) {
    total
    byStatus {
      status
      count
    }
    byRegion {
      region
      count
    }
  }
}
    `, {"hash":"sha256:3056b197da2fad216cee6079bd84d1cad9928feba35ee88b7f96ce300ed096e8"}) as unknown as TypedDocumentString<RequestsByStatusAndRegionQuery, RequestsByStatusAndRegionQueryVariables>;