// The exchange subgraph: what spans the other subgraphs, read from them over HTTP (design/graph.md): the graph-wide
// change feed (Query.changes) and webhooks. It owns no entity of the feed; each subgraph records its own changes.
import type { SubgraphModule } from '@unmn/shared/subgraph';
import { loadSchema } from '@unmn/shared/subgraph';
import { DateTimeScalar } from '@unmn/shared/scalars';
import type { ExchangeData } from './context.js';
import { migrations } from './data/migrations/index.js';
import { changesResolvers } from './resolvers/changes.js';
import { webhookResolvers } from './resolvers/webhooks.js';
import { startWebhooks } from './webhooks/service.js';
import { sourcesOf } from './sources.js';

export const exchangeSubgraph: SubgraphModule<ExchangeData> = {
  name: 'exchange',
  typeDefs: loadSchema(import.meta.url),
  resolvers: {
    DateTime: DateTimeScalar,
    ...changesResolvers,
    ...webhookResolvers,
    Query: { ...changesResolvers.Query, ...webhookResolvers.Query },
  },
  migrations,
  // No reference or sample data: the feed starts with the first write after deployment.
  async seed() {},
  createData(db, viewer, config) {
    return { db, config, viewer, sources: sourcesOf(config) };
  },
  // Webhook deliveries: the relay from the feeds to the outbox, and the queue that sends it (src/webhooks/service.ts).
  background: startWebhooks,
};
