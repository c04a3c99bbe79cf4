// The relay: from the subgraphs' change feeds (each one the transactional outbox of its subgraph's writes) to the
// webhooks' deliveries. For each enabled webhook it reads the merged feed as the webhook's OWNER (so each subgraph's
// visibility rules decide what the owner is told, LEFT_VIEW included) from where that webhook stopped, and commits
// the new deliveries together with its new position in one transaction of the exchange's database: an event becomes
// a delivery exactly once per webhook, whatever crashes in between (before the commit, it is read again; after it,
// the position has moved). The queue then sends them (src/webhooks/queue.ts).
import { GraphQLError } from 'graphql';
import type { Logger } from '@unmn/shared/logger';
import { signIdentity, type Viewer } from '@unmn/shared/viewer';
import type { WebhookRow, WebhookStore } from '../data/webhooks.js';
import { decodeCursor, encodeCursor } from '../cursor.js';
import { readMerged, readSource, type FeedKeys } from '../feed.js';
import type { Source } from '../sources.js';
import { recordedTypesOf, subscribed } from './event-types.js';
import { payloadOf } from './payload.js';
import type { DeliveryQueue } from './queue.js';

/** Events read per feed page; a webhook behind by more catches up over several pages in one pass. */
const PAGE = 200;
/** Pages per webhook per pass, so one webhook far behind does not hold up the others. */
const MAX_PAGES_PER_PASS = 5;
/** Webhooks relayed at once. */
const CONCURRENCY = 4;

/**
 * Where each feed holding these types stands now (its newest sequence), so a new webhook is sent the changes made
 * after it was registered, not the whole history. A feed that cannot be read refuses the registration: starting it
 * anywhere else would either flood the receiver with old changes or skip some.
 */
export async function feedHeads(sources: readonly Source[], viewer: Viewer, types: readonly string[], keys: FeedKeys): Promise<Record<string, number>> {
  const identity = await signIdentity(viewer, keys.identitySecret);
  const heads: Record<string, number> = {};
  await Promise.all(
    sources
      .filter((s) => s.types.some((t) => types.includes(t)))
      .map(async (source) => {
        const read = await readSource(source, identity, 0, 1, source.types.filter((t) => types.includes(t)));
        if ('failure' in read) {
          throw new GraphQLError(`The change feed of ${source.subgraph} cannot be read right now, so the webhook cannot be started at the current position; nothing was stored, try again shortly`, {
            extensions: { code: 'SERVICE_UNAVAILABLE', subgraph: source.subgraph },
          });
        }
        heads[source.subgraph] = read.page.latest;
      }),
  );
  return heads;
}

export interface RelayDeps {
  store: WebhookStore;
  sources: readonly Source[];
  keys: FeedKeys;
  queue: DeliveryQueue;
  logger: Logger;
  /** Starts the queue if it is not running (called once there are webhooks, so pending deliveries resume after a restart). */
  startQueue?: () => Promise<unknown>;
}

/** Moves one webhook forward; answers how many deliveries it committed. */
export async function relayWebhook(start: WebhookRow, deps: RelayDeps): Promise<number> {
  const { store, sources, keys, queue, logger } = deps;
  const types = recordedTypesOf(start.eventTypes);
  let webhook = start;
  let created = 0;
  for (let page = 0; page < MAX_PAGES_PER_PASS; page += 1) {
    let read;
    try {
      read = await readMerged(sources, webhook.owner, { cursor: encodeCursor({ positions: webhook.positions, types }, keys.identitySecret), first: PAGE, types }, keys);
    } catch (error) {
      if ((error as GraphQLError).extensions?.code === 'BAD_USER_INPUT') {
        // A feed was reset behind the webhook's position (a restored or re-created database): no position in it is
        // known to be right any more, so stop rather than guess, and tell the owner.
        await store.disable(webhook.id, `Disabled because the change feed cannot be read from where this webhook stopped: ${(error as Error).message}. Delete it and register it again.`);
        logger.warn({ webhookId: webhook.id, err: error }, 'webhook disabled: its feed position is stale');
        return created;
      }
      throw error;
    }
    for (const gap of read.unavailable) logger.warn({ webhookId: webhook.id, subgraph: gap.subgraph }, `webhook relay: ${gap.message}; its events follow once it answers`);
    const positions = decodeCursor(read.cursor, types, keys.identitySecret).positions;
    const deliveries = read.events
      .map(payloadOf)
      .filter((p) => subscribed(webhook.eventTypes, p.type))
      .map((p) => ({ eventType: p.type, payload: JSON.stringify(p) }));
    if (deliveries.length === 0 && samePositions(positions, webhook.positions)) break;
    const due = await store.relay(webhook, deliveries, positions);
    if (!due) break; // another exchange replica relayed this webhook meanwhile
    created += due.length;
    webhook = { ...webhook, positions, relayVersion: webhook.relayVersion + 1 };
    await queue.enqueue(due);
    if (!read.hasNextPage) break;
  }
  return created;
}

const samePositions = (a: Record<string, number>, b: Record<string, number>) => {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...keys].every((k) => (a[k] ?? 0) === (b[k] ?? 0));
};

/** Relays every enabled webhook every `pollMs` until stopped. */
export function startRelay(deps: RelayDeps, pollMs: number): { stop(): Promise<void>; wake(): void } {
  let running = true;
  let wake: (() => void) | null = null;
  const loop = (async () => {
    while (running) {
      try {
        const webhooks = await deps.store.enabledWebhooks();
        if (webhooks.length) await deps.startQueue?.();
        for (let i = 0; i < webhooks.length && running; i += CONCURRENCY) {
          await Promise.all(
            webhooks.slice(i, i + CONCURRENCY).map((w) =>
              relayWebhook(w, deps).catch((error) => deps.logger.error({ err: error, webhookId: w.id }, 'webhook relay failed; retrying on the next pass')),
            ),
          );
        }
      } catch (error) {
        if (running) deps.logger.error({ err: error }, 'webhook relay could not list webhooks');
      }
      if (running) {
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, pollMs);
          wake = () => {
            clearTimeout(timer);
            resolve();
          };
        });
      }
    }
  })();
  return {
    wake: () => wake?.(),
    async stop() {
      running = false;
      wake?.();
      await loop;
    },
  };
}
