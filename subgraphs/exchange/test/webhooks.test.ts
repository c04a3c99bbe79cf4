// The webhooks of the exchange alone, over HTTP, on SQLite (a file, so the exchange can be restarted on it) and on
// PostgreSQL (pg-boss) with DATABASE_URL. The feed it reads is a real subgraph feed (shared/changes.ts: the
// change_events table, recordChange, GET /changes with the signed identity) served by a small HTTP server, since
// this package may not start another subgraph; the receivers are real HTTP servers started here, and they verify
// every signature with the `standardwebhooks` package.
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Webhook } from 'standardwebhooks';
import { audience, changeEventsMigration, changesRoute, recordChange, type Audience } from '@unmn/shared/changes';
import { createDatabase, dropSchema, migrateLatest, type Database } from '@unmn/shared/db';
import { startSubgraph, type RunningSubgraph } from '@unmn/shared/subgraph';
import { DATABASE_URL, DIALECT, countStatementsOf, postGraphQL, testConfig, testDatabase, viewerOf, type TestViewer } from '@unmn/shared/testing';
import { IDENTITY_HEADER, signIdentity, verifyIdentity } from '@unmn/shared/viewer';
import type { Config } from '@unmn/shared/config';
import { exchangeSubgraph } from '../src/index.js';
import { WebhookStore } from '../src/data/webhooks.js';
import { relayWebhook } from '../src/webhooks/relay.js';
import type { DueAttempt } from '../src/webhooks/queue.js';
import { webhookServiceOf } from '../src/webhooks/service.js';
import { sourcesOf } from '../src/sources.js';
import { createLogger } from '@unmn/shared/logger';

const SECRETARIAT: TestViewer = { role: 'secretariat', subject: 'secretariat-system' };
const IOM: TestViewer = { role: 'member', organizationId: 'iom', subject: 'iom-system' };
const UNHCR: TestViewer = { role: 'member', organizationId: 'unhcr', subject: 'unhcr-system' };

/** A subgraph's change feed as the real ones serve it: its own table, recordChange, GET /changes. */
async function startFeed(config: Config) {
  const db = testDatabase('knowledge-resources-feed');
  await migrateLatest(db, [changeEventsMigration('001-change-events')]);
  const route = changesRoute(db.knex, 'knowledge-resources', async (req) => verifyIdentity(String(req.headers[IDENTITY_HEADER]), config.auth.identitySecret));
  const server = http.createServer((req, res) => {
    if (!route(req, res, new URL(req.url ?? '/', 'http://feed').pathname)) res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  let version = 0;
  return {
    url: `http://127.0.0.1:${(server.address() as { port: number }).port}/graphql`,
    /** Records one change to a knowledge resource, as a write's transaction would. */
    async record(id: string, kind: 'CREATED' | 'UPDATED' | 'REMOVED', before: Audience[] | null, after: Audience[] | null) {
      await db.knex.transaction((trx) => recordChange(trx, { type: 'KnowledgeResource', id, kind, version: (version += 1), before, after }));
    },
    async stop() {
      await new Promise((resolve) => server.close(resolve));
      await db.dispose();
    },
  };
}

interface Received {
  id: string;
  body: any;
  answered: number;
  verified: boolean;
}

/** A receiver: verifies each request with the secret it is given, answers what `answer` says. */
async function startReceiver(answer: (attempt: number, id: string) => number = () => 204) {
  const received: Received[] = [];
  let secret = '';
  const server = http.createServer((req, res) => {
    let raw = '';
    req.on('data', (c) => (raw += c));
    req.on('end', () => {
      const id = String(req.headers['webhook-id']);
      let verified = false;
      try {
        new Webhook(secret).verify(raw, req.headers as Record<string, string>);
        verified = true;
      } catch {
        verified = false;
      }
      const status = answer(received.filter((r) => r.id === id).length + 1, id);
      received.push({ id, body: JSON.parse(raw), answered: status, verified });
      res.writeHead(status).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as { port: number }).port}/hook`,
    received,
    setSecret: (s: string) => void (secret = s),
    /** Deliveries acknowledged with a 2xx, by webhook-id. */
    acknowledged: () => received.filter((r) => r.answered >= 200 && r.answered < 300),
    stop: () => new Promise((resolve) => server.close(resolve)),
  };
}

async function until<T>(what: string, check: () => T | Promise<T>, timeoutMs = 20_000): Promise<NonNullable<T>> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value as NonNullable<T>;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** The exchange on a database that outlives it (a SQLite file, or a PostgreSQL schema), so it can be restarted. */
function exchangeDatabase() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'exchange-webhooks-'));
  const schema = `t${randomBytes(4).toString('hex')}_exchange`;
  const open = (): Database => createDatabase({ name: 'exchange', url: DATABASE_URL, dataDir: dir, schema: DATABASE_URL ? schema : undefined });
  return {
    open,
    async dispose() {
      const db = open();
      await dropSchema(db);
      await db.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

const CREATE = `mutation($input: CreateWebhookInput!) { createWebhook(input: $input) { secret webhook { id url eventTypes enabled } } }`;
const LOG = `query($id: ID!) { webhook(id: $id) { enabled disabledReason deliveries(first: 50) { totalCount edges { node { id eventType payload status attempts lastStatusCode lastError attemptLog { number statusCode error } } } } } }`;

describe(`webhooks (${DIALECT})`, () => {
  let config: Config;
  let feed: Awaited<ReturnType<typeof startFeed>>;
  let store: ReturnType<typeof exchangeDatabase>;
  let db: Database;
  let exchange: RunningSubgraph;

  const start = async () => {
    db = store.open();
    exchange = await startSubgraph(exchangeSubgraph, { config, port: 0, db });
  };
  const stop = async () => {
    await exchange.stop();
    await db.close();
  };
  const ask = async (query: string, variables: Record<string, unknown>, viewer: TestViewer | null) => {
    const headers: Record<string, string> = viewer ? { [IDENTITY_HEADER]: await signIdentity(viewerOf(viewer), config.auth.identitySecret) } : {};
    return postGraphQL(exchange.url, { query, variables }, headers);
  };
  const data = async (query: string, variables: Record<string, unknown>, viewer: TestViewer) => {
    const { body } = await ask(query, variables, viewer);
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return body.data;
  };
  const register = async (viewer: TestViewer, receiver: Awaited<ReturnType<typeof startReceiver>>, eventTypes = ['knowledge_resource.*']) => {
    const { createWebhook } = await data(CREATE, { input: { url: receiver.url, eventTypes } }, viewer);
    receiver.setSecret(createWebhook.secret);
    return createWebhook.webhook.id as string;
  };

  beforeAll(async () => {
    // Every other feed is left unreachable on purpose: these webhooks subscribe to knowledge resources only, so the
    // relay never reads them.
    const base = testConfig();
    feed = await startFeed(base);
    config = testConfig({
      KNOWLEDGE_RESOURCES_URL: feed.url,
      WEBHOOK_POLL_MS: '100',
      WEBHOOK_RETRY_DELAY_S: '1',
      WEBHOOK_MAX_ATTEMPTS: '4',
      WEBHOOK_DISABLE_AFTER: '2',
      WEBHOOK_TIMEOUT_MS: '2000',
    });
    store = exchangeDatabase();
    await start();
  });

  afterAll(async () => {
    await stop();
    await store.dispose();
    await feed.stop();
  });

  it('sends each change after registration, signed so the receiver verifies it with standardwebhooks, and logs it', async () => {
    await feed.record('kr-before', 'CREATED', null, [audience.public]);
    const receiver = await startReceiver();
    const id = await register(SECRETARIAT, receiver);
    await feed.record('kr-1', 'CREATED', null, [audience.public]);
    await feed.record('kr-1', 'UPDATED', [audience.public], [audience.public]);
    await until('two deliveries', () => receiver.acknowledged().length === 2);

    expect(receiver.received.every((r) => r.verified)).toBe(true);
    // Deliveries are independent (one slow or failing does not hold up the next), so they may arrive in any order.
    receiver.received.sort((a, b) => a.body.data.version - b.body.data.version);
    expect(receiver.received.map((r) => r.body.type)).toEqual(['knowledge_resource.created', 'knowledge_resource.updated']);
    expect(receiver.received[0].body).toEqual({
      type: 'knowledge_resource.created',
      timestamp: expect.any(String),
      data: { type: 'KNOWLEDGE_RESOURCE', id: 'kr-1', kind: 'CREATED', version: expect.any(Number), time: receiver.received[0].body.timestamp, subgraph: 'knowledge-resources' },
    });
    // The change before registration was not sent.
    expect(receiver.received.some((r) => r.body.data.id === 'kr-before')).toBe(false);

    const { webhook } = await until('the log to show both DELIVERED', async () => {
      const d = await data(LOG, { id }, SECRETARIAT);
      return d.webhook.deliveries.edges.every((e: any) => e.node.status === 'DELIVERED') && d.webhook.deliveries.totalCount === 2 ? d : null;
    });
    const ids = webhook.deliveries.edges.map((e: any) => e.node.id).sort();
    expect(ids).toEqual(receiver.received.map((r) => r.id).sort());
    expect(webhook.deliveries.edges[0].node).toMatchObject({ attempts: 1, lastStatusCode: 204, lastError: null, attemptLog: [{ number: 1, statusCode: 204, error: null }] });
    await receiver.stop();
    await data(`mutation($id: ID!) { deleteWebhook(id: $id) { id } }`, { id }, SECRETARIAT);
  });

  it('a receiver that fails three times then succeeds gets the event exactly once, with the exchange restarted between attempts', async () => {
    const receiver = await startReceiver((attempt) => (attempt <= 3 ? 503 : 200));
    const id = await register(SECRETARIAT, receiver);
    await feed.record('kr-retry', 'CREATED', null, [audience.public]);
    await until('the first failed attempt', () => receiver.received.length >= 1);
    // Down between attempts: the outbox row (and on PostgreSQL the pg-boss job) is all that remembers the delivery.
    await stop();
    await start();
    await until('the acknowledged delivery', () => receiver.acknowledged().length >= 1, 40_000);
    await new Promise((r) => setTimeout(r, 1_500)); // anything sent twice would arrive meanwhile

    const forRetry = receiver.received.filter((r) => r.body.data.id === 'kr-retry');
    expect(forRetry.map((r) => r.answered)).toEqual([503, 503, 503, 200]);
    expect(new Set(forRetry.map((r) => r.id)).size).toBe(1); // one webhook-id on every attempt
    expect(forRetry.every((r) => r.verified)).toBe(true);
    expect(receiver.acknowledged()).toHaveLength(1);
    const { webhook } = await data(LOG, { id }, SECRETARIAT);
    expect(webhook.deliveries.totalCount).toBe(1);
    expect(webhook.deliveries.edges[0].node).toMatchObject({ status: 'DELIVERED', attempts: 4, lastStatusCode: 200 });
    expect(webhook.deliveries.edges[0].node.attemptLog.map((a: any) => a.statusCode)).toEqual([503, 503, 503, 200]);
    await receiver.stop();
    await data(`mutation($id: ID!) { deleteWebhook(id: $id) { id } }`, { id }, SECRETARIAT);
  }, 60_000);

  it('sends a webhook only what its owner may see, as LEFT_VIEW when it stops seeing it, and never a field of the record', async () => {
    const iomReceiver = await startReceiver();
    const secretariatReceiver = await startReceiver();
    const iom = await register(IOM, iomReceiver);
    const secretariat = await register(SECRETARIAT, secretariatReceiver);
    const unhcrDraft = [audience.org('unhcr'), audience.role('secretariat')];
    await feed.record('draft-of-unhcr', 'CREATED', null, unhcrDraft);
    await feed.record('iom-visible', 'CREATED', null, [audience.org('iom')]);
    await feed.record('iom-visible', 'UPDATED', [audience.org('iom')], [audience.role('secretariat')]);
    await feed.record('last', 'CREATED', null, [audience.public]);
    // Deliveries travel independently, so wait for the count each should get, then a little for any extra one.
    await until('three deliveries each', () => iomReceiver.received.length >= 3 && secretariatReceiver.received.length >= 3);
    await new Promise((r) => setTimeout(r, 500));

    const seen = (r: typeof iomReceiver) => r.received.sort((a, b) => a.body.data.version - b.body.data.version).map((x) => `${x.body.data.id}:${x.body.data.kind}`);
    expect(seen(iomReceiver)).toEqual(['iom-visible:CREATED', 'iom-visible:LEFT_VIEW', 'last:CREATED']);
    expect(seen(secretariatReceiver)).toEqual(['draft-of-unhcr:CREATED', 'iom-visible:CREATED', 'last:CREATED']);
    for (const r of [...iomReceiver.received, ...secretariatReceiver.received]) {
      expect(Object.keys(r.body).sort()).toEqual(['data', 'timestamp', 'type']);
      expect(Object.keys(r.body.data).sort()).toEqual(['id', 'kind', 'subgraph', 'time', 'type', 'version']);
    }
    for (const r of [iomReceiver, secretariatReceiver]) await r.stop();
    for (const [viewer, id] of [[IOM, iom], [SECRETARIAT, secretariat]] as const) await data(`mutation($id: ID!) { deleteWebhook(id: $id) { id } }`, { id }, viewer);
  });

  it('refuses bad input naming the argument and stores nothing; anonymous callers cannot register', async () => {
    const bad = async (input: Record<string, unknown>, argument: string, message: RegExp) => {
      const { body } = await ask(CREATE, { input: { url: 'http://127.0.0.1:1/hook', eventTypes: ['knowledge_resource.created'], ...input } }, UNHCR);
      expect(body.errors, JSON.stringify(body)).toHaveLength(1);
      expect(body.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument });
      expect(body.errors[0].message).toMatch(message);
    };
    await bad({ url: 'ftp://partner.example.net/hook' }, 'input.url', /http:\/\/ or https:\/\//);
    await bad({ url: `https://partner.example.net/${'x'.repeat(2_000)}` }, 'input.url', /limit is 2000/);
    await bad({ url: `http://localhost:${config.gateway.port}/graphql` }, 'input.url', /points at this graph itself/);
    await bad({ url: config.subgraphs.exchange.url.replace('/graphql', '/hook') }, 'input.url', /points at this graph itself/);
    await bad({ url: feed.url }, 'input.url', /points at this graph itself/);
    await bad({ eventTypes: ['knowledge_resource.created', 'knowledge_resource.deleted'] }, 'input.eventTypes[1]', /"knowledge_resource.deleted" is not an event type/);
    await bad({ eventTypes: [] }, 'input.eventTypes', /at least one/);
    const { webhooks } = await data(`{ webhooks { totalCount } }`, {}, UNHCR);
    expect(webhooks.totalCount).toBe(0);

    const anonymous = await ask(CREATE, { input: { url: 'http://127.0.0.1:1/hook', eventTypes: ['knowledge_resource.created'] } }, null);
    expect(anonymous.body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it('shows the secret once, and each owner only its own webhooks', async () => {
    const receiver = await startReceiver();
    const { createWebhook } = await data(CREATE, { input: { url: receiver.url, eventTypes: ['knowledge_resource.created'] } }, UNHCR);
    expect(createWebhook.secret).toMatch(/^whsec_/);
    const id = createWebhook.webhook.id;
    const mine = await data(`{ webhooks { edges { node { id url eventTypes enabled } } } }`, {}, UNHCR);
    expect(mine.webhooks.edges.map((e: any) => e.node.id)).toEqual([id]);
    // No field of Webhook carries the secret.
    expect(JSON.stringify(mine)).not.toContain(createWebhook.secret);

    expect((await data(`query($id: ID!) { webhook(id: $id) { id } }`, { id }, IOM)).webhook).toBeNull();
    expect((await data(`{ webhooks { totalCount } }`, {}, IOM)).webhooks.totalCount).toBe(0);
    const foreign = await ask(`mutation($id: ID!) { deleteWebhook(id: $id) { id } }`, { id }, IOM);
    expect(foreign.body.errors[0].extensions.code).toBe('NOT_FOUND');
    await data(`mutation($id: ID!) { deleteWebhook(id: $id) { id } }`, { id }, UNHCR);
    expect((await data(`{ webhooks { totalCount } }`, {}, UNHCR)).webhooks.totalCount).toBe(0);
    await receiver.stop();
  });

  it('disables a webhook after WEBHOOK_DISABLE_AFTER deliveries in a row fail every attempt; enabling sends what followed', async () => {
    let up = false;
    const receiver = await startReceiver(() => (up ? 200 : 500));
    const id = await register(IOM, receiver, ['knowledge_resource.created']);
    await feed.record('fail-1', 'CREATED', null, [audience.public]);
    await feed.record('fail-2', 'CREATED', null, [audience.public]);
    const { webhook } = await until(
      'the webhook to be disabled',
      async () => {
        const d = await data(LOG, { id }, IOM);
        return d.webhook.enabled ? null : d;
      },
      60_000,
    );
    expect(webhook.disabledReason).toMatch(/after 2 deliveries in a row failed every attempt/);
    expect(webhook.deliveries.edges.map((e: any) => [e.node.status, e.node.attempts])).toEqual([
      ['FAILED', 4],
      ['FAILED', 4],
    ]);
    // Changes while it is disabled wait in the feed, and follow once it is enabled again.
    await feed.record('while-disabled', 'CREATED', null, [audience.public]);
    await new Promise((r) => setTimeout(r, 500));
    expect(receiver.received.some((r) => r.body.data.id === 'while-disabled')).toBe(false);
    up = true;
    const { enableWebhook } = await data(`mutation($id: ID!) { enableWebhook(id: $id) { enabled disabledReason } }`, { id }, IOM);
    expect(enableWebhook).toEqual({ enabled: true, disabledReason: null });
    await until('the change made while disabled', () => receiver.acknowledged().some((r) => r.body.data.id === 'while-disabled'));
    await receiver.stop();
    await data(`mutation($id: ID!) { deleteWebhook(id: $id) { id } }`, { id }, IOM);
  }, 90_000);

  it('turns each event into one delivery when several relays (exchange replicas) race on the same webhook', async () => {
    const receiver = await startReceiver();
    const id = await register(IOM, receiver, ['knowledge_resource.created']);
    const store = new WebhookStore(db.knex);
    const snapshot = (await store.get(id))!;
    for (let i = 0; i < 20; i += 1) await feed.record(`race-${i}`, 'CREATED', null, [audience.public]);
    const enqueued: string[] = [];
    const deps = { store, sources: sourcesOf(config), keys: config.auth, logger: createLogger(config, 'test'), queue: {
        // Recorded, then handed to the exchange's own queue, as a replica's relay would hand them to its own.
        enqueue: async (a: readonly DueAttempt[]) => {
          enqueued.push(...a.map((x) => x.id));
          await webhookServiceOf(db)!.enqueue(a);
        },
        stop: async () => {},
      } };
    // Three relays start from the same position at once, beside the exchange's own background relay.
    await Promise.all([relayWebhook(snapshot, deps), relayWebhook(snapshot, deps), relayWebhook(snapshot, deps)]);
    await until('20 acknowledged deliveries', () => receiver.acknowledged().length >= 20);
    await new Promise((r) => setTimeout(r, 500));
    const rows = await db.knex('webhook_deliveries').where('webhook_id', id).select('payload');
    const ids = rows.map((r: { payload: string }) => JSON.parse(r.payload).data.id);
    expect(ids).toHaveLength(20);
    expect(new Set(ids).size).toBe(20);
    expect(new Set(receiver.acknowledged().map((r) => r.body.data.id)).size).toBe(20);
    expect(new Set(enqueued).size).toBe(enqueued.length);
    await receiver.stop();
    await data(`mutation($id: ID!) { deleteWebhook(id: $id) { id } }`, { id }, IOM);
  });

  it('reads a page of webhooks with their deliveries and attempts in a constant number of statements', async () => {
    const receiver = await startReceiver();
    const query = `{ webhooks(first: 10) { edges { node { id deliveries(first: 5) { totalCount edges { node { id attemptLog { number } } } } } } } }`;
    const ids = [await register(SECRETARIAT, receiver)];
    await feed.record('n1', 'CREATED', null, [audience.public]);
    await until('one delivery', () => receiver.acknowledged().length >= 1);
    const one = await countStatementsOf(db, () => data(query, {}, SECRETARIAT));
    ids.push(await register(SECRETARIAT, receiver), await register(SECRETARIAT, receiver));
    await feed.record('n2', 'CREATED', null, [audience.public]);
    await until('four deliveries', () => receiver.acknowledged().length >= 4);
    // The background sender keeps using the same pool, so let it settle before counting.
    await new Promise((r) => setTimeout(r, 300));
    const three = await countStatementsOf(db, () => data(query, {}, SECRETARIAT));
    const result = await data(query, {}, SECRETARIAT);
    expect(result.webhooks.edges).toHaveLength(3);
    expect(three).toBeLessThanOrEqual(one + 2); // the relay's pass may land inside the window
    for (const id of ids) await data(`mutation($id: ID!) { deleteWebhook(id: $id) { id } }`, { id }, SECRETARIAT);
    await receiver.stop();
  });
});
