// Query.changes: parse the arguments, read the merged feed as the caller, map it to the connection. A feed that could
// not be read is reported beside the data (SERVICE_UNAVAILABLE naming it) instead of failing the field.
import { GraphQLError } from 'graphql';
import { reportPartialError } from '@unmn/shared/subgraph';
import type { ExchangeContext } from '../context.js';
import { readMerged, type MergedEvent } from '../feed.js';
import { ENTITY_TYPES, ENTITY_TYPE_OF, type ChangeEntityType } from '../sources.js';

/** The types `Change.entity` can resolve: the union ChangedEntity in schema.graphql. */
const RESOLVABLE = new Set(['KnowledgeResource', 'SupportRequest', 'FundProject']);

interface ChangesArgs {
  after?: string | null;
  first?: number | null;
  types?: ChangeEntityType[] | null;
}

export const changesResolvers = {
  Query: {
    async changes(_: unknown, args: ChangesArgs, context: ExchangeContext) {
      const { data } = context;
      const page = await readMerged(
        data.sources,
        data.viewer,
        { cursor: args.after, first: args.first ?? 50, types: (args.types ?? []).map((t) => ENTITY_TYPES[t]) },
        data.config.auth,
      );
      for (const { subgraph, message } of page.unavailable) {
        reportPartialError(
          context,
          new GraphQLError(`${message}; its changes are missing from this page and will come with a later one (the cursor kept its place there)`, {
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
  },
  Change: {
    type: (event: MergedEvent) => ENTITY_TYPE_OF[event.type],
    // A stub the owner resolves with the caller's own permissions; nothing when the caller may no longer see it.
    entity: (event: MergedEvent) =>
      RESOLVABLE.has(event.type) && event.kind !== 'LEFT_VIEW' && event.kind !== 'REMOVED' ? { __typename: event.type, id: event.id } : null,
  },
  ChangedEntity: {
    __resolveType: (stub: { __typename: string }) => stub.__typename,
  },
};
