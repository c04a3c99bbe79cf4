// /ready says whether the gateway can answer whole queries: a schema is loaded and every subgraph in it answers its own
// /ready. A load balancer reads the status; an operator reads the body, which names the subgraphs that do not answer.
// /health is liveness only and stays 200 throughout.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { composeSupergraph, fundProjectsSdl, membersSdl, startStub, startTestGateway, tempDir, type StubSubgraph, type TestGateway } from './stubs.js';

let members: StubSubgraph;
let fundProjects: StubSubgraph;
let gw: TestGateway;
const tmp = tempDir();

beforeAll(async () => {
  members = await startStub('members', membersSdl(true));
  fundProjects = await startStub('fund-projects', fundProjectsSdl);
  // The file names placeholder URLs: the probes must follow the URLs configured for the gateway (<NAME>_URL), as
  // queries do, not the ones written at composition time.
  const file = path.join(tmp.dir, 'supergraph.graphql');
  fs.writeFileSync(
    file,
    composeSupergraph([
      { name: 'members', url: 'http://members.invalid/graphql', sdl: membersSdl(true) },
      { name: 'fund-projects', url: 'http://fund-projects.invalid/graphql', sdl: fundProjectsSdl },
    ]),
  );
  gw = await startTestGateway(file, [members, fundProjects]);
});
afterAll(async () => {
  await gw?.stop();
  await members?.stop();
  await fundProjects?.stop();
  tmp.remove();
});

describe('gateway readiness', () => {
  it('is ready (200) when a schema is loaded and every subgraph answers /ready', async () => {
    const { status, body } = await gw.get('/ready');
    expect(status).toBe(200);
    expect(body).toMatchObject({
      ready: true,
      status: 'ready',
      service: 'gateway',
      subgraphs: { members: 'ready', 'fund-projects': 'ready' },
      unreachable: [],
      notReady: [],
    });
    expect(body.supergraph.id).toMatch(/^[0-9a-f]{12}$/);
  });

  it('is not ready (503) while a subgraph answers /ready with an error, and names it', async () => {
    members.readiness = 503;
    try {
      const { status, body } = await gw.get('/ready');
      expect(status).toBe(503);
      expect(body).toMatchObject({ ready: false, notReady: ['members'], unreachable: [], subgraphs: { members: 'not ready: answered HTTP 503', 'fund-projects': 'ready' } });
    } finally {
      members.readiness = 200;
    }
  });

  it('names a subgraph that does not answer within the probe timeout, without waiting longer', async () => {
    fundProjects.readiness = 'hang';
    try {
      const started = Date.now();
      const { status, body } = await gw.get('/ready');
      expect(status).toBe(503);
      expect(body).toMatchObject({ unreachable: ['fund-projects'], subgraphs: { members: 'ready', 'fund-projects': 'unreachable: no answer within 1500 ms' } });
      expect(Date.now() - started).toBeLessThan(3000);
    } finally {
      fundProjects.readiness = 200;
    }
  });

  it('is not ready (503) naming a subgraph that is down, while /health stays 200; ready again when it returns', async () => {
    await fundProjects.stop();
    const { status, body } = await gw.get('/ready');
    expect(status).toBe(503);
    expect(body).toMatchObject({ ready: false, unreachable: ['fund-projects'], notReady: [], subgraphs: { members: 'ready', 'fund-projects': 'unreachable: ECONNREFUSED' } });

    const health = await gw.get('/health');
    expect(health).toEqual({ status: 200, body: { status: 'ok', service: 'gateway' } });

    // The same subgraph back on the same address: the gateway is ready again, with no restart.
    fundProjects = await startStub('fund-projects', fundProjectsSdl, Number(new URL(fundProjects.url).port));
    expect((await gw.get('/ready')).status).toBe(200);
  });
});
