/* eslint-disable */
import * as types from './graphql.js';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "query ReviewsWithOrganizers($first: Int) {\n  reviews(first: $first) {\n    totalCount\n    edges {\n      node {\n        id\n        kind\n        title\n        startDate\n        regionalCommission {\n          id\n          acronym\n          name\n        }\n        organizers {\n          id\n          acronym\n          name\n          isNetworkMember\n          onExecutiveCommittee(on: \"2024-01-01\")\n        }\n      }\n    }\n  }\n}\n\nquery ObjectivesAndPrinciples {\n  objectives {\n    number\n    title\n    shortTitle\n    paragraph\n    hubTermId\n  }\n  guidingPrinciples {\n    letter\n    code\n    title\n  }\n  compact {\n    resolution\n    adoptedOn\n    adoptedAt\n    endorsedOn\n    objectiveCount\n  }\n}\n\nquery NetworkOn($on: Date!) {\n  network {\n    coordinator {\n      id\n      acronym\n    }\n    secretariat {\n      id\n    }\n    executiveCommittee(on: $on) {\n      id\n      acronym\n    }\n    memberCount\n  }\n  organizations(filter: {networkMember: true}, first: 100) {\n    totalCount\n    edges {\n      node {\n        id\n        networkMembership {\n          provenance {\n            confidence\n          }\n        }\n      }\n    }\n  }\n}\n\nquery CountriesPage($first: Int, $after: String, $filter: CountryFilter) {\n  countries(first: $first, after: $after, filter: $filter) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      node {\n        iso3\n        name\n        unStatus\n        hubRegion\n        region {\n          name\n        }\n        regionalCommission {\n          id\n        }\n        gcmChampion\n      }\n    }\n  }\n}\n\nquery Me {\n  viewer {\n    role\n    subject\n    organization {\n      id\n    }\n    country {\n      iso3\n    }\n  }\n}": typeof types.ReviewsWithOrganizersDocument,
};
const documents: Documents = {
    "query ReviewsWithOrganizers($first: Int) {\n  reviews(first: $first) {\n    totalCount\n    edges {\n      node {\n        id\n        kind\n        title\n        startDate\n        regionalCommission {\n          id\n          acronym\n          name\n        }\n        organizers {\n          id\n          acronym\n          name\n          isNetworkMember\n          onExecutiveCommittee(on: \"2024-01-01\")\n        }\n      }\n    }\n  }\n}\n\nquery ObjectivesAndPrinciples {\n  objectives {\n    number\n    title\n    shortTitle\n    paragraph\n    hubTermId\n  }\n  guidingPrinciples {\n    letter\n    code\n    title\n  }\n  compact {\n    resolution\n    adoptedOn\n    adoptedAt\n    endorsedOn\n    objectiveCount\n  }\n}\n\nquery NetworkOn($on: Date!) {\n  network {\n    coordinator {\n      id\n      acronym\n    }\n    secretariat {\n      id\n    }\n    executiveCommittee(on: $on) {\n      id\n      acronym\n    }\n    memberCount\n  }\n  organizations(filter: {networkMember: true}, first: 100) {\n    totalCount\n    edges {\n      node {\n        id\n        networkMembership {\n          provenance {\n            confidence\n          }\n        }\n      }\n    }\n  }\n}\n\nquery CountriesPage($first: Int, $after: String, $filter: CountryFilter) {\n  countries(first: $first, after: $after, filter: $filter) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      node {\n        iso3\n        name\n        unStatus\n        hubRegion\n        region {\n          name\n        }\n        regionalCommission {\n          id\n        }\n        gcmChampion\n      }\n    }\n  }\n}\n\nquery Me {\n  viewer {\n    role\n    subject\n    organization {\n      id\n    }\n    country {\n      iso3\n    }\n  }\n}": types.ReviewsWithOrganizersDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReviewsWithOrganizers($first: Int) {\n  reviews(first: $first) {\n    totalCount\n    edges {\n      node {\n        id\n        kind\n        title\n        startDate\n        regionalCommission {\n          id\n          acronym\n          name\n        }\n        organizers {\n          id\n          acronym\n          name\n          isNetworkMember\n          onExecutiveCommittee(on: \"2024-01-01\")\n        }\n      }\n    }\n  }\n}\n\nquery ObjectivesAndPrinciples {\n  objectives {\n    number\n    title\n    shortTitle\n    paragraph\n    hubTermId\n  }\n  guidingPrinciples {\n    letter\n    code\n    title\n  }\n  compact {\n    resolution\n    adoptedOn\n    adoptedAt\n    endorsedOn\n    objectiveCount\n  }\n}\n\nquery NetworkOn($on: Date!) {\n  network {\n    coordinator {\n      id\n      acronym\n    }\n    secretariat {\n      id\n    }\n    executiveCommittee(on: $on) {\n      id\n      acronym\n    }\n    memberCount\n  }\n  organizations(filter: {networkMember: true}, first: 100) {\n    totalCount\n    edges {\n      node {\n        id\n        networkMembership {\n          provenance {\n            confidence\n          }\n        }\n      }\n    }\n  }\n}\n\nquery CountriesPage($first: Int, $after: String, $filter: CountryFilter) {\n  countries(first: $first, after: $after, filter: $filter) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      node {\n        iso3\n        name\n        unStatus\n        hubRegion\n        region {\n          name\n        }\n        regionalCommission {\n          id\n        }\n        gcmChampion\n      }\n    }\n  }\n}\n\nquery Me {\n  viewer {\n    role\n    subject\n    organization {\n      id\n    }\n    country {\n      iso3\n    }\n  }\n}"): (typeof documents)["query ReviewsWithOrganizers($first: Int) {\n  reviews(first: $first) {\n    totalCount\n    edges {\n      node {\n        id\n        kind\n        title\n        startDate\n        regionalCommission {\n          id\n          acronym\n          name\n        }\n        organizers {\n          id\n          acronym\n          name\n          isNetworkMember\n          onExecutiveCommittee(on: \"2024-01-01\")\n        }\n      }\n    }\n  }\n}\n\nquery ObjectivesAndPrinciples {\n  objectives {\n    number\n    title\n    shortTitle\n    paragraph\n    hubTermId\n  }\n  guidingPrinciples {\n    letter\n    code\n    title\n  }\n  compact {\n    resolution\n    adoptedOn\n    adoptedAt\n    endorsedOn\n    objectiveCount\n  }\n}\n\nquery NetworkOn($on: Date!) {\n  network {\n    coordinator {\n      id\n      acronym\n    }\n    secretariat {\n      id\n    }\n    executiveCommittee(on: $on) {\n      id\n      acronym\n    }\n    memberCount\n  }\n  organizations(filter: {networkMember: true}, first: 100) {\n    totalCount\n    edges {\n      node {\n        id\n        networkMembership {\n          provenance {\n            confidence\n          }\n        }\n      }\n    }\n  }\n}\n\nquery CountriesPage($first: Int, $after: String, $filter: CountryFilter) {\n  countries(first: $first, after: $after, filter: $filter) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      node {\n        iso3\n        name\n        unStatus\n        hubRegion\n        region {\n          name\n        }\n        regionalCommission {\n          id\n        }\n        gcmChampion\n      }\n    }\n  }\n}\n\nquery Me {\n  viewer {\n    role\n    subject\n    organization {\n      id\n    }\n    country {\n      iso3\n    }\n  }\n}"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;