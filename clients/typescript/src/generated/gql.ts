/* eslint-disable */
import * as types from './graphql.js';



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
    "query FundingByThematicArea($filter: FundProjectFilter) {\n  fundingSummary(groupBy: THEMATIC_AREA, filter: $filter) {\n    rowsOverlap\n    rows {\n      key\n      thematicArea {\n        id\n        number\n        title\n      }\n      projectCount\n      budgetTotal {\n        amount\n        currency\n      }\n      transferredTotal {\n        amount\n        currency\n      }\n    }\n    totals {\n      projectCount\n      budgetTotal {\n        amount\n        currency\n      }\n      transferredTotal {\n        amount\n        currency\n      }\n    }\n  }\n}": typeof types.FundingByThematicAreaDocument,
    "query ObjectiveDashboard($number: Int!, $first: Int = 5) {\n  objective(number: $number) {\n    number\n    title\n    shortTitle\n    description\n    hubUrl\n    thematicArea {\n      id\n      number\n      title\n    }\n    fundProjects(first: $first) {\n      totalCount\n    }\n    resources(first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          title\n          type\n          publishedOn\n        }\n      }\n    }\n    supportRequests(first: $first) {\n      totalCount\n    }\n  }\n}": typeof types.ObjectiveDashboardDocument,
    "query ObjectiveResourcesInLanguage($objective: Int!, $language: String!, $first: Int = 20, $after: String) {\n  resources(\n    filter: {objectives: [$objective], languages: [$language]}\n    first: $first\n    after: $after\n  ) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      node {\n        id\n        title\n        summary\n        type\n        url\n        languages\n        publishedOn\n      }\n    }\n  }\n}": typeof types.ObjectiveResourcesInLanguageDocument,
    "query RequestsByStatusAndRegion($filter: SupportRequestFilter) {\n  supportRequestStats(filter: $filter) {\n    total\n    byStatus {\n      status\n      count\n    }\n    byRegion {\n      region\n      count\n    }\n  }\n}": typeof types.RequestsByStatusAndRegionDocument,
};
const documents: Documents = {
    "query FundingByThematicArea($filter: FundProjectFilter) {\n  fundingSummary(groupBy: THEMATIC_AREA, filter: $filter) {\n    rowsOverlap\n    rows {\n      key\n      thematicArea {\n        id\n        number\n        title\n      }\n      projectCount\n      budgetTotal {\n        amount\n        currency\n      }\n      transferredTotal {\n        amount\n        currency\n      }\n    }\n    totals {\n      projectCount\n      budgetTotal {\n        amount\n        currency\n      }\n      transferredTotal {\n        amount\n        currency\n      }\n    }\n  }\n}": types.FundingByThematicAreaDocument,
    "query ObjectiveDashboard($number: Int!, $first: Int = 5) {\n  objective(number: $number) {\n    number\n    title\n    shortTitle\n    description\n    hubUrl\n    thematicArea {\n      id\n      number\n      title\n    }\n    fundProjects(first: $first) {\n      totalCount\n    }\n    resources(first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          title\n          type\n          publishedOn\n        }\n      }\n    }\n    supportRequests(first: $first) {\n      totalCount\n    }\n  }\n}": types.ObjectiveDashboardDocument,
    "query ObjectiveResourcesInLanguage($objective: Int!, $language: String!, $first: Int = 20, $after: String) {\n  resources(\n    filter: {objectives: [$objective], languages: [$language]}\n    first: $first\n    after: $after\n  ) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      node {\n        id\n        title\n        summary\n        type\n        url\n        languages\n        publishedOn\n      }\n    }\n  }\n}": types.ObjectiveResourcesInLanguageDocument,
    "query RequestsByStatusAndRegion($filter: SupportRequestFilter) {\n  supportRequestStats(filter: $filter) {\n    total\n    byStatus {\n      status\n      count\n    }\n    byRegion {\n      region\n      count\n    }\n  }\n}": types.RequestsByStatusAndRegionDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FundingByThematicArea($filter: FundProjectFilter) {\n  fundingSummary(groupBy: THEMATIC_AREA, filter: $filter) {\n    rowsOverlap\n    rows {\n      key\n      thematicArea {\n        id\n        number\n        title\n      }\n      projectCount\n      budgetTotal {\n        amount\n        currency\n      }\n      transferredTotal {\n        amount\n        currency\n      }\n    }\n    totals {\n      projectCount\n      budgetTotal {\n        amount\n        currency\n      }\n      transferredTotal {\n        amount\n        currency\n      }\n    }\n  }\n}"): typeof import('./graphql.js').FundingByThematicAreaDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ObjectiveDashboard($number: Int!, $first: Int = 5) {\n  objective(number: $number) {\n    number\n    title\n    shortTitle\n    description\n    hubUrl\n    thematicArea {\n      id\n      number\n      title\n    }\n    fundProjects(first: $first) {\n      totalCount\n    }\n    resources(first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          title\n          type\n          publishedOn\n        }\n      }\n    }\n    supportRequests(first: $first) {\n      totalCount\n    }\n  }\n}"): typeof import('./graphql.js').ObjectiveDashboardDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ObjectiveResourcesInLanguage($objective: Int!, $language: String!, $first: Int = 20, $after: String) {\n  resources(\n    filter: {objectives: [$objective], languages: [$language]}\n    first: $first\n    after: $after\n  ) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      node {\n        id\n        title\n        summary\n        type\n        url\n        languages\n        publishedOn\n      }\n    }\n  }\n}"): typeof import('./graphql.js').ObjectiveResourcesInLanguageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RequestsByStatusAndRegion($filter: SupportRequestFilter) {\n  supportRequestStats(filter: $filter) {\n    total\n    byStatus {\n      status\n      count\n    }\n    byRegion {\n      region\n      count\n    }\n  }\n}"): typeof import('./graphql.js').RequestsByStatusAndRegionDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
