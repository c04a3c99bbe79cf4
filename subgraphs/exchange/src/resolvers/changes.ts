// Query.changes: parse the arguments, read the merged feed as the caller, map it to the connection. A feed that could
// not be read is reported beside the data (SERVICE_UNAVAILABLE naming it) instead of failing the field.
import { GraphQLError } from 'graphql';
import { reportPartialError } from '@unmn/shared/subgraph';
import type { ChangeResolvers, ChangedEntityResolvers, QueryResolvers } from '../generated/resolvers-types.js';
import { readMerged } from '../feed.js';
import { ENTITY_TYPES, ENTITY_TYPE_OF } from '../sources.js';

/** The recorded types `Change.entity` points at: the members of the union ChangedEntity in schema.graphql. */
const RESOLVABLE = new Set<string>(['KnowledgeResource', 'SupportRequest', 'FundProject'] satisfies (typeof ENTITY_TYPES)[keyof typeof ENTITY_TYPES][]);

const Query: Pick<QueryResolvers, 'changes'> = {
  async changes(_, { after, first, types }, context) {
    const { data } = context;
    const page = await readMerged(data.sources, data.viewer, { cursor: after, first: first ?? 50, types: (types ?? []).map((t) => ENTITY_TYPES[t]) }, data.config.auth);
    for (const { subgraph, message } of page.unavailable) {
      reportPartialError(
        context,
        new GraphQLError(`${message}; its changes are missing from this page and come with a later one (the cursor kept its place in that feed)`, {
          path: ['changes'],
          extensions: { code: 'SERVICE_UNAVAILABLE', subgraph },
        }),
      );
    }
    return {
      edges: page.events.map((event) => ({ cursor: event.cursor, node: event })),
      pageInfo: { endCursor: page.cursor, hasNextPage: page.hasNextPage },
    };
  },
};

const Change: ChangeResolvers = {
  type: (event) => ENTITY_TYPE_OF[event.type],
  // A key stub its owner resolves with the caller's own permissions; none once the caller may no longer see the record.
  entity: (event) =>
    RESOLVABLE.has(event.type) && event.kind !== 'LEFT_VIEW' && event.kind !== 'REMOVED'
      ? { __typename: event.type as 'KnowledgeResource' | 'SupportRequest' | 'FundProject', id: event.id }
      : null,
};

const ChangedEntity: ChangedEntityResolvers = {
  __resolveType: (stub) => stub.__typename!,
};

export const changesResolvers = { Query, Change, ChangedEntity };
