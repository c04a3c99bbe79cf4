// The webhooks' background work in an exchange process (SubgraphModule.background): the relay (feeds -> outbox) and
// the queue that sends the outbox (pg-boss on PostgreSQL, in process on SQLite). Started once the server listens,
// stopped first when it drains: the relay finishes its pass, the queue its attempts in flight.
import type { BackgroundContext } from '@unmn/shared/subgraph';
import type { Database } from '@unmn/shared/db';
import { WebhookStore } from '../data/webhooks.js';
import { sourcesOf } from '../sources.js';
import { attemptSettingsOf } from './deliver.js';
import { startLocalQueue, startPgBossQueue, type DeliveryQueue, type PostgresConnection } from './queue.js';
import { startRelay } from './relay.js';

export interface WebhookService {
  /** Sends these attempts when due (a webhook enabled again). */
  enqueue: DeliveryQueue['enqueue'];
  /** Runs the relay now instead of at its next tick (a new webhook, one enabled again). */
  wake(): void;
  stop(): Promise<void>;
}

// The running service of each exchange database, so a mutation (enableWebhook) can hand work to it. A WeakMap because
// tests start several exchanges in one process, each on its own database.
const services = new WeakMap<Database, WebhookService>();
export const webhookServiceOf = (db: Database): WebhookService | undefined => services.get(db);

/** The connection the exchange's own pool was opened with (DATABASE_URL, as knex parsed it): pg-boss opens its own. */
const postgresConnectionOf = (db: Database): PostgresConnection => {
  const connection = (db.knex.client as { connectionSettings: unknown }).connectionSettings;
  return typeof connection === 'string' ? { connectionString: connection } : (connection as PostgresConnection);
};

export function startWebhooks({ db, config, logger }: BackgroundContext): { stop(): Promise<void> } {
  const store = new WebhookStore(db.knex);
  const settings = attemptSettingsOf(config);
  // The queue starts with the first webhook it has to serve: most deployments (and every test graph) have none, and
  // pg-boss opens connections and installs its tables on start.
  let started: Promise<DeliveryQueue> | undefined;
  const queueNow = (): Promise<DeliveryQueue> => {
    started ??= (
      db.dialect === 'postgres'
        ? startPgBossQueue({ store, settings, logger }, { connection: postgresConnectionOf(db), schema: db.schema! })
        : Promise.resolve(startLocalQueue({ store, settings, logger }, Math.min(config.webhooks.pollMs, 250)))
    ).catch((error) => {
      started = undefined; // the relay's next pass tries again
      throw error;
    });
    return started;
  };
  const queue: DeliveryQueue = {
    enqueue: async (attempts) => (await queueNow()).enqueue(attempts),
    async stop() {
      if (started) await (await started.catch(() => null))?.stop();
    },
  };
  const relay = startRelay({ store, sources: sourcesOf(config), keys: config.auth, queue, logger, startQueue: queueNow }, config.webhooks.pollMs);
  const service: WebhookService = {
    enqueue: queue.enqueue,
    wake: relay.wake,
    async stop() {
      services.delete(db);
      await relay.stop();
      await queue.stop();
    },
  };
  services.set(db, service);
  return service;
}
