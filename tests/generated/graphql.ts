/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** How sure the Network's reference data is of a fact. */
export type Confidence =
  /** Stated directly by an official or primary source (a UN document, a Network or MPTF Office page). */
  | 'CERTAIN'
  /** Stated by a secondary source, or inferred from more than one primary source. */
  | 'LIKELY'
  /** From a single weak source or not confirmed; verify before relying on it. */
  | 'UNCERTAIN';

/** Filters for countries; all given criteria must hold. */
export type CountryFilter = {
  /** Only GCM Champion countries (true) or others (false). */
  gcmChampion?: boolean | null | undefined;
  /** Only these Hub regions. */
  hubRegions?: Array<HubRegion> | null | undefined;
  /** Only these ISO alpha-3 codes. */
  iso3?: Array<string | number> | null | undefined;
  /** Only countries in this M49 area (region, sub-region or intermediate region code, e.g. `419`). */
  m49Area?: string | null | undefined;
  /** Only countries assigned to this regional commission (organization id, e.g. `eclac`). */
  regionalCommission?: string | number | null | undefined;
  /** Case-insensitive text in any of the names. */
  search?: string | null | undefined;
  /** Only Member States or only observer States. */
  unStatus?: UnStatus | null | undefined;
  /** Only records changed after this instant. */
  updatedSince?: string | null | undefined;
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

/** A kind of GCM follow-up and review event. */
export type ReviewKind =
  /** The International Migration Review Forum, every four years from 2022 (para 49). */
  | 'INTERNATIONAL_MIGRATION_REVIEW_FORUM'
  /** A regional review, run through regional processes including the UN regional commissions (para 50). */
  | 'REGIONAL_REVIEW';

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

/** Standing of a State at the United Nations. */
export type UnStatus =
  /** One of the 193 UN Member States. */
  | 'MEMBER_STATE'
  /** A non-member observer State (the Holy See, the State of Palestine). */
  | 'OBSERVER_STATE';

export type ObjectiveOverviewQueryVariables = Exact<{
  number: number;
  first: number;
}>;


export type ObjectiveOverviewQuery = { objective: { number: number, title: string, paragraph: number, thematicArea: { number: number, title: string, provenance: { confidence: Confidence } } | null, resources: { totalCount: number, edges: Array<{ node: { id: string, title: string, reviewStatus: ReviewStatus, publishers: Array<{ id: string, acronym: string, onExecutiveCommittee: boolean }> | null } }> } | null, supportRequests: { totalCount: number, edges: Array<{ node: { code: string, status: SupportRequestStatus, country: { iso3: string, name: string, region: { name: string }, subRegion: { name: string } | null, regionalCommission: { acronym: string } } | null, partners: Array<{ isLead: boolean, role: string, organization: { id: string, acronym: string, onExecutiveCommittee: boolean } | null }> } }> } | null, fundProjects: { totalCount: number, edges: Array<{ node: { code: string, title: string, status: FundProjectStatus, budget: { amount: string, currency: string }, transferred: { amount: string, currency: string }, participatingOrganizations: Array<{ isLead: boolean, budgetShare: { amount: string }, transferred: { amount: string }, organization: { id: string, acronym: string, onExecutiveCommittee: boolean } | null }> } }> } | null } | null };

export type ReviewsWithOrganizersQueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type ReviewsWithOrganizersQuery = { reviews: { totalCount: number, edges: Array<{ node: { id: string, kind: ReviewKind, title: string, startDate: string | null, regionalCommission: { id: string, acronym: string, name: string } | null, organizers: Array<{ id: string, acronym: string, name: string, isNetworkMember: boolean, onExecutiveCommittee: boolean }> | null } }> } | null };

export type ObjectivesAndPrinciplesQueryVariables = Exact<{ [key: string]: never; }>;


export type ObjectivesAndPrinciplesQuery = { objectives: Array<{ number: number, title: string, shortTitle: string, paragraph: number, hubTermId: number }> | null, guidingPrinciples: Array<{ letter: string, code: GuidingPrincipleCode, title: string, createdAt: string, updatedAt: string }> | null, compact: { resolution: string, adoptedOn: string, adoptedAt: string, endorsedOn: string, objectiveCount: number } | null };

export type NetworkOnQueryVariables = Exact<{
  on: string;
}>;


export type NetworkOnQuery = { network: { memberCount: number, coordinator: { id: string, acronym: string }, secretariat: { id: string }, executiveCommittee: Array<{ id: string, acronym: string }> } | null, organizations: { totalCount: number, edges: Array<{ node: { id: string, networkMembership: { provenance: { confidence: Confidence } } | null } }> } | null };

export type CountriesPageQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: CountryFilter | null | undefined;
}>;


export type CountriesPageQuery = { countries: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { iso3: string, name: string, unStatus: UnStatus, hubRegion: HubRegion, gcmChampion: boolean, region: { name: string }, regionalCommission: { id: string } } }> } | null };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { viewer: { role: Role, subject: string | null, organization: { id: string } | null, country: { iso3: string } | null } | null };

export type ReadmeDashboardQueryVariables = Exact<{ [key: string]: never; }>;


export type ReadmeDashboardQuery = { objective: { title: string, paragraph: number, resources: { totalCount: number, edges: Array<{ node: { title: string, publishers: Array<{ acronym: string, onExecutiveCommittee: boolean }> | null } }> } | null, supportRequests: { edges: Array<{ node: { code: string, status: SupportRequestStatus, country: { name: string, region: { name: string } } | null, partners: Array<{ isLead: boolean, organization: { acronym: string, onExecutiveCommittee: boolean } | null }> } }> } | null, fundProjects: { edges: Array<{ node: { title: string, budget: { amount: string, currency: string }, transferred: { amount: string }, participatingOrganizations: Array<{ organization: { acronym: string, onExecutiveCommittee: boolean } | null }> } }> } | null } | null };


export const ObjectiveOverviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ObjectiveOverview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"number"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"objective"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"number"},"value":{"kind":"Variable","name":{"kind":"Name","value":"number"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"paragraph"}},{"kind":"Field","name":{"kind":"Name","value":"thematicArea"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"provenance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"confidence"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"resources"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"types"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"PRACTICE"}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"reviewStatus"}},{"kind":"Field","name":{"kind":"Name","value":"publishers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}},{"kind":"Field","name":{"kind":"Name","value":"onExecutiveCommittee"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"supportRequests"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"statuses"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"SUBMITTED"},{"kind":"EnumValue","value":"UNDER_ASSESSMENT"},{"kind":"EnumValue","value":"PARTNERS_IDENTIFIED"},{"kind":"EnumValue","value":"IN_IMPLEMENTATION"}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"country"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"iso3"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subRegion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"regionalCommission"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acronym"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"partners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"isLead"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}},{"kind":"Field","name":{"kind":"Name","value":"onExecutiveCommittee"}}]}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"fundProjects"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"statuses"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"APPROVED"},{"kind":"EnumValue","value":"ACTIVE"},{"kind":"EnumValue","value":"CLOSED"}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"budget"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"transferred"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"participatingOrganizations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"isLead"}},{"kind":"Field","name":{"kind":"Name","value":"budgetShare"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"transferred"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}},{"kind":"Field","name":{"kind":"Name","value":"onExecutiveCommittee"}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ObjectiveOverviewQuery, ObjectiveOverviewQueryVariables>;
export const ReviewsWithOrganizersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReviewsWithOrganizers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviews"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"regionalCommission"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organizers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"isNetworkMember"}},{"kind":"Field","name":{"kind":"Name","value":"onExecutiveCommittee"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"on"},"value":{"kind":"StringValue","value":"2024-01-01","block":false}}]}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ReviewsWithOrganizersQuery, ReviewsWithOrganizersQueryVariables>;
export const ObjectivesAndPrinciplesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ObjectivesAndPrinciples"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"objectives"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"shortTitle"}},{"kind":"Field","name":{"kind":"Name","value":"paragraph"}},{"kind":"Field","name":{"kind":"Name","value":"hubTermId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"guidingPrinciples"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"letter"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"compact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resolution"}},{"kind":"Field","name":{"kind":"Name","value":"adoptedOn"}},{"kind":"Field","name":{"kind":"Name","value":"adoptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"endorsedOn"}},{"kind":"Field","name":{"kind":"Name","value":"objectiveCount"}}]}}]}}]} as unknown as DocumentNode<ObjectivesAndPrinciplesQuery, ObjectivesAndPrinciplesQueryVariables>;
export const NetworkOnDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NetworkOn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"on"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"network"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"coordinator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}}]}},{"kind":"Field","name":{"kind":"Name","value":"secretariat"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"executiveCommittee"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"on"},"value":{"kind":"Variable","name":{"kind":"Name","value":"on"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}}]}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organizations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"networkMember"},"value":{"kind":"BooleanValue","value":true}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"networkMembership"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"provenance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"confidence"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<NetworkOnQuery, NetworkOnQueryVariables>;
export const CountriesPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CountriesPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CountryFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"countries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"iso3"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"unStatus"}},{"kind":"Field","name":{"kind":"Name","value":"hubRegion"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"regionalCommission"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"gcmChampion"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CountriesPageQuery, CountriesPageQueryVariables>;
export const MeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"country"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"iso3"}}]}}]}}]}}]} as unknown as DocumentNode<MeQuery, MeQueryVariables>;
export const ReadmeDashboardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReadmeDashboard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"objective"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"number"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"paragraph"}},{"kind":"Field","name":{"kind":"Name","value":"resources"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"types"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"PRACTICE"}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"publishers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acronym"}},{"kind":"Field","name":{"kind":"Name","value":"onExecutiveCommittee"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"supportRequests"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"country"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"partners"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"isLead"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acronym"}},{"kind":"Field","name":{"kind":"Name","value":"onExecutiveCommittee"}}]}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"fundProjects"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"budget"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"transferred"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"participatingOrganizations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acronym"}},{"kind":"Field","name":{"kind":"Name","value":"onExecutiveCommittee"}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ReadmeDashboardQuery, ReadmeDashboardQueryVariables>;