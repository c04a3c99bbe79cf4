// Webhooks end to end through the gateway: real subgraphs writing their change feeds, the exchange relaying them as
// each webhook's owner, real receivers started here that verify every delivery with the `standardwebhooks` package.
// The exchange's own mechanics (restart between attempts, disabling, the delivery log's statements) are tested in
// subgraphs/exchange/test/webhooks.test.ts.
import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Webhook } from 'standardwebhooks';
import { startTestGraph, token, type TestGraph } from './harness.js';

let graph: TestGraph;
let secretariat: string;
let iom: string;
let unhcr: string;

beforeAll(async () => {
  graph = await startTestGraph({ env: { WEBHOOK_POLL_MS: '100', WEBHOOK_RETRY_DELAY_S: '1', WEBHOOK_MAX_ATTEMPTS: '5' } });
  secretariat = await token(graph.config, { role: 'secretariat', sub: 'secretariat-partner-system' });
  iom = await token(graph.config, { role: 'member', org: 'iom', sub: 'iom-partner-system' });
  unhcr = await token(graph.config, { role: 'member', org: 'unhcr', sub: 'unhcr-author' });
});
afterAll(async () => graph?.stop());

async function ok(query: string, variables: Record<string, unknown>, as: string) {
  const { body } = await graph.query(query, variables, { token: as });
  expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
  return body.data;
}

interface Received {
  id: string;
  raw: string;
  body: any;
  answered: number;
  verified: boolean;
}

async function receiver(answer: (attempt: number) => number = () => 200) {
  const received: Received[] = [];
  let secret = '';
  const server = http.createServer((req, res) => {
    let raw = '';
    req.on('data', (c) => (raw += c));
    req.on('end', () => {
      let verified = true;
      try {
        new Webhook(secret).verify(raw, req.headers as Record<string, string>);
      } catch {
        verified = false;
      }
      const id = String(req.headers['webhook-id']);
      const answered = answer(received.filter((r) => r.id === id).length + 1);
      received.push({ id, raw, body: JSON.parse(raw), answered, verified });
      res.writeHead(answered).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as { port: number }).port}/hook`,
    received,
    setSecret: (s: string) => void (secret = s),
    stop: () => new Promise((resolve) => server.close(resolve)),
  };
}

async function register(as: string, r: Awaited<ReturnType<typeof receiver>>, eventTypes: string[]) {
  const { createWebhook } = await ok(
    'mutation($input: CreateWebhookInput!) { createWebhook(input: $input) { secret webhook { id } } }',
    { input: { url: r.url, eventTypes } },
    as,
  );
  r.setSecret(createWebhook.secret);
  return createWebhook.webhook.id as string;
}

async function until(what: string, check: () => boolean, timeoutMs = 20_000) {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

const SUBMIT = 'mutation($input: SubmitResourceInput!) { submitResource(input: $input) { id version } }';
const resource = (title: string, draft: boolean) => ({
  title,
  summary: 'A practice.',
  type: 'PRACTICE',
  practice: { completed: true, lessonsLearned: 'Confidential lesson: start small.' },
  languages: ['en'],
  publishedOn: '2024-05-01',
  geographicScope: 'NATIONAL',
  objectives: [20],
  countries: ['MEX'],
  draft,
});

describe('webhooks through the gateway', () => {
  it('delivers the changes each owner may see, signed, and never a restricted field or another organization\'s draft', async () => {
    const forIom = await receiver();
    const forSecretariat = await receiver();
    await register(iom, forIom, ['knowledge_resource.*']);
    await register(secretariat, forSecretariat, ['knowledge_resource.*']);

    // UNHCR's draft: UNHCR and the secretariat may see it, IOM may not.
    const { submitResource: draft } = await ok(SUBMIT, { input: resource('UNHCR draft practice on remittances', true) }, unhcr);
    // A resource submitted for review, then published: public from then on.
    const { submitResource: pub } = await ok(SUBMIT, { input: resource('Published practice on remittances', false) }, unhcr);
    await ok('mutation($input: ReviewResourceInput!) { reviewResource(input: $input) { id } }', { input: { id: pub.id, version: pub.version, decision: 'PUBLISH' } }, secretariat);

    // IOM first sees the resource when it is published (CREATED: it came into view); the secretariat saw it submitted.
    await until('IOM to hear of the publication', () => forIom.received.some((x) => x.body.data.id === pub.id));
    await until('the secretariat to hear of the publication and the draft', () =>
      forSecretariat.received.some((x) => x.body.data.id === pub.id && x.body.data.kind === 'UPDATED') && forSecretariat.received.some((x) => x.body.data.id === draft.id),
    );
    await new Promise((r) => setTimeout(r, 500)); // anything IOM should not get would have arrived by now

    for (const r of [...forIom.received, ...forSecretariat.received]) {
      expect(r.verified).toBe(true);
      expect(Object.keys(r.body.data).sort()).toEqual(['id', 'kind', 'subgraph', 'time', 'type', 'version']);
      // No field of the record: not its title, not the lesson only its readers may see.
      expect(r.raw).not.toMatch(/remittances|Confidential/);
    }
    expect(forIom.received.some((x) => x.body.data.id === draft.id)).toBe(false);
    expect(forIom.received.filter((x) => x.body.data.id === pub.id).map((x) => x.body.type)).toEqual(['knowledge_resource.created']);
    expect(forSecretariat.received.find((x) => x.body.data.id === draft.id)?.body).toMatchObject({
      type: 'knowledge_resource.created',
      data: { type: 'KNOWLEDGE_RESOURCE', id: draft.id, kind: 'CREATED', subgraph: 'knowledge-resources' },
    });
    await forIom.stop();
    await forSecretariat.stop();
  });

  it('a receiver that fails three times then succeeds gets the event exactly once', async () => {
    const flaky = await receiver((attempt) => (attempt <= 3 ? 500 : 204));
    const id = await register(secretariat, flaky, ['knowledge_resource.created']);
    const { submitResource } = await ok(SUBMIT, { input: resource('Retry practice', true) }, unhcr);
    await until('the acknowledged delivery', () => flaky.received.some((r) => r.answered === 204), 40_000);
    await new Promise((r) => setTimeout(r, 1_500));
    const mine = flaky.received.filter((r) => r.body.data.id === submitResource.id);
    expect(mine.map((r) => r.answered)).toEqual([500, 500, 500, 204]);
    expect(new Set(mine.map((r) => r.id)).size).toBe(1);
    expect(mine.every((r) => r.verified)).toBe(true);
    const log = await ok(
      'query($id: ID!) { webhook(id: $id) { deliveries { totalCount edges { node { status attempts attemptLog { statusCode } } } } } }',
      { id },
      secretariat,
    );
    expect(log.webhook.deliveries.edges.map((e: any) => e.node)).toEqual([{ status: 'DELIVERED', attempts: 4, attemptLog: [{ statusCode: 500 }, { statusCode: 500 }, { statusCode: 500 }, { statusCode: 204 }] }]);
    await flaky.stop();
  }, 60_000);

  it('refuses a bad URL or event type naming it, stores nothing, and refuses anonymous callers', async () => {
    const create = 'mutation($input: CreateWebhookInput!) { createWebhook(input: $input) { secret } }';
    const cases: [Record<string, unknown>, string][] = [
      [{ url: 'ftp://partner.example.org/hook', eventTypes: ['transfer.created'] }, 'input.url'],
      [{ url: `http://localhost:${graph.config.gateway.port}/graphql`, eventTypes: ['transfer.created'] }, 'input.url'],
      [{ url: graph.subgraphs['fund-projects'].url, eventTypes: ['transfer.created'] }, 'input.url'],
      [{ url: `https://partner.example.org/${'a'.repeat(2_001)}`, eventTypes: ['transfer.created'] }, 'input.url'],
      [{ url: 'https://partner.example.org/hook', eventTypes: ['transfer.sent'] }, 'input.eventTypes[0]'],
    ];
    for (const [input, argument] of cases) {
      const { body } = await graph.query(create, { input }, { token: unhcr });
      expect(body.errors?.[0]?.extensions, JSON.stringify(body)).toMatchObject({ code: 'BAD_USER_INPUT', argument });
      expect(body.errors[0].message).toContain(argument);
    }
    expect((await ok('{ webhooks { totalCount } }', {}, unhcr)).webhooks.totalCount).toBe(0);
    const anonymous = await graph.query(create, { input: { url: 'https://partner.example.org/hook', eventTypes: ['transfer.created'] } });
    expect(anonymous.body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
  });
});
