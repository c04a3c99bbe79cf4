// How deliveries are sent once the relay has committed them: a DeliveryQueue. On PostgreSQL, pg-boss (a job queue in
// the exchange's own schema): each attempt is a job, a failed attempt schedules the next one as a job due at its
// back-off time, jobs survive restarts, and several exchange replicas share the work without sending an attempt twice
// (pg-boss hands a job to one worker). On the embedded SQLite default there is one process, so a small loop in it
// sends the due rows of webhook_deliveries (the issue allows in-process delivery there); the rows are the state, so
// a restart picks up where it stopped.
import { createHash } from 'node:crypto';
import PgBoss from 'pg-boss';
import { now } from '@unmn/shared/db';
import type { Logger } from '@unmn/shared/logger';
import type { WebhookStore } from '../data/webhooks.js';
import { attemptDelivery, type AttemptSettings } from './deliver.js';

/** A delivery's next attempt: which, and when (the row's next_attempt_at). */
export interface DueAttempt {
  id: string;
  attempts: number;
  nextAttemptAt: string;
}

export interface DeliveryQueue {
  /** New deliveries were committed (or a webhook was enabled again): send them when due. */
  enqueue(deliveries: readonly DueAttempt[]): Promise<void>;
  stop(): Promise<void>;
}

interface QueueDeps {
  store: WebhookStore;
  settings: AttemptSettings;
  logger: Logger;
}

/** Attempts sent at once by one process. */
const CONCURRENCY = 8;

/** The in-process sender (SQLite): every `pollMs`, or as soon as something is enqueued, sends the due deliveries. */
export function startLocalQueue({ store, settings, logger }: QueueDeps, pollMs: number): DeliveryQueue {
  const inFlight = new Map<string, Promise<void>>();
  let running = true;
  let wake: (() => void) | null = null;
  const nap = () => new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, pollMs);
    wake = () => {
      clearTimeout(timer);
      resolve();
    };
  });
  const loop = (async () => {
    while (running) {
      try {
        const free = CONCURRENCY - inFlight.size;
        const due = free > 0 ? await store.due(now(), free, [...inFlight.keys()]) : [];
        for (const { id } of due) {
          const attempt = attemptDelivery(store, id, settings, logger)
            .then(() => undefined)
            .catch((error) => logger.error({ err: error, deliveryId: id }, 'webhook delivery attempt could not be recorded'))
            .finally(() => {
              inFlight.delete(id);
              wake?.();
            });
          inFlight.set(id, attempt);
        }
      } catch (error) {
        if (running) logger.error({ err: error }, 'webhook deliveries could not be read');
      }
      if (running) await nap();
    }
  })();
  return {
    async enqueue() {
      wake?.();
    },
    async stop() {
      running = false;
      wake?.();
      await loop;
      await Promise.all(inFlight.values());
    },
  };
}

export const QUEUE_NAME = 'webhook-delivery';

/**
 * The pg-boss job id of one scheduled attempt of one delivery: derived, not random, so sending the same attempt twice
 * (the relay and the sweeper racing, or a retry after a crash) inserts one job (pg-boss ignores a job id it already
 * has). The due time is part of it: enabling a webhook again reschedules its pending deliveries, which must make new
 * jobs even though a job for that attempt already ran (and found the webhook disabled).
 */
export function attemptJobId(attempt: DueAttempt): string {
  const hex = createHash('sha256').update(`${attempt.id}:${attempt.attempts + 1}:${new Date(attempt.nextAttemptAt).toISOString()}`).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/**
 * Attempts overdue by more than this are sent again by the sweeper: their job was lost between the commit that made
 * them due and the send (a crash in between), so the outbox row, not the queue, is what makes a delivery certain.
 */
const SWEEP_GRACE_MS = 30_000;
const SWEEP_EVERY_MS = 15_000;

/** How pg-boss reaches the exchange's database: its URL, or the fields knex parsed it into. */
export type PostgresConnection = Pick<PgBoss.DatabaseOptions, 'connectionString' | 'host' | 'port' | 'user' | 'password' | 'database' | 'ssl'>;

export async function startPgBossQueue(
  { store, settings, logger }: QueueDeps,
  database: { connection: PostgresConnection; schema: string },
): Promise<DeliveryQueue> {
  const boss = new PgBoss({
    ...database.connection,
    schema: database.schema,
    max: 4,
    application_name: 'unmn-exchange-webhooks',
    // No cron jobs here; supervision stays on: it returns the jobs of a worker that died mid-attempt to the queue.
    schedule: false,
  });
  boss.on('error', (error) => logger.error({ err: error }, 'pg-boss error'));
  await boss.start();
  await boss.createQueue(QUEUE_NAME, {
    name: QUEUE_NAME,
    // pg-boss's own retries cover an attempt that could not be recorded (the database blinked, the process died):
    // the receiver's failures are counted and scheduled by attemptDelivery, as on SQLite.
    retryLimit: 5,
    retryDelay: 1,
    retryBackoff: true,
    expireInSeconds: Math.ceil(settings.webhooks.timeoutMs / 1000) + 60,
  });
  const send = async (attempt: DueAttempt) => {
    await boss.send(QUEUE_NAME, { deliveryId: attempt.id }, { id: attemptJobId(attempt), startAfter: new Date(attempt.nextAttemptAt) });
  };
  const workerId = await boss.work<{ deliveryId: string }>(QUEUE_NAME, { batchSize: CONCURRENCY, pollingIntervalSeconds: 0.5 }, async (jobs) => {
    await Promise.all(
      jobs.map(async (job) => {
        const result = await attemptDelivery(store, job.data.deliveryId, settings, logger);
        if (result?.status === 'PENDING') await send({ id: job.data.deliveryId, attempts: result.attempts, nextAttemptAt: result.nextAttemptAt! });
      }),
    );
  });
  let sweeping: Promise<void> = Promise.resolve();
  const sweep = setInterval(() => {
    sweeping = (async () => {
      for (const attempt of await store.due(new Date(Date.now() - SWEEP_GRACE_MS).toISOString(), 100)) await send(attempt);
    })().catch((error) => logger.error({ err: error }, 'webhook delivery sweep failed'));
  }, SWEEP_EVERY_MS);
  sweep.unref();
  return {
    async enqueue(deliveries) {
      for (const attempt of deliveries) await send(attempt);
      if (deliveries.length) boss.notifyWorker(workerId);
    },
    async stop() {
      clearInterval(sweep);
      await sweeping;
      await boss.stop({ graceful: true, wait: true, timeout: settings.webhooks.timeoutMs + 5_000 });
    },
  };
}
