// Graceful shutdown with a real process and a real SIGTERM: the fixture (test/fixtures/slow-server.ts) serves the
// shared HTTP front and stops through onShutdown, exactly as the gateway and every subgraph do.
import { spawn, type ChildProcess } from 'node:child_process';
import http from 'node:http';
import net from 'node:net';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';

const FIXTURE = fileURLToPath(new URL('./fixtures/slow-server.ts', import.meta.url));
const SHARED = fileURLToPath(new URL('..', import.meta.url));

interface Fixture {
  child: ChildProcess;
  port: number;
  output: () => string;
  exit: Promise<{ code: number | null; signal: NodeJS.Signals | null; at: number }>;
}

const children: ChildProcess[] = [];
afterEach(() => {
  for (const child of children.splice(0)) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
});

async function startFixture(env: Record<string, string>): Promise<Fixture> {
  // node --import tsx rather than the tsx CLI: the CLI is a parent process relaying signals, and this test is about
  // what the server process itself does with SIGTERM.
  const child = spawn(process.execPath, ['--import', 'tsx', FIXTURE], {
    cwd: SHARED,
    env: { ...process.env, NODE_ENV: 'test', LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  const exit = new Promise<{ code: number | null; signal: NodeJS.Signals | null; at: number }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal, at: performance.now() })),
  );
  const port = await new Promise<number>((resolve, reject) => {
    const onData = () => {
      const match = /listening (\d+)/.exec(output);
      if (match) resolve(Number(match[1]));
    };
    child.stdout!.on('data', onData);
    void exit.then(({ code }) => reject(new Error(`fixture exited (${code}) before listening:\n${output}`)));
  });
  return { child, port, output: () => output, exit };
}

const waitFor = async (what: string, check: () => boolean, timeoutMs = 5000) => {
  const until = performance.now() + timeoutMs;
  while (!check()) {
    if (performance.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
};

interface Answer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: any;
}

/** POSTs { slow(ms) } over a keep-alive agent, as the gateway and load balancers reach a service. */
function querySlow(port: number, ms: number, agent: http.Agent): Promise<Answer> {
  const payload = JSON.stringify({ query: `{ slow(ms: ${ms}) }` });
  return new Promise((resolve, reject) => {
    const req = http.request({ port, host: '127.0.0.1', path: '/graphql', method: 'POST', agent, headers: { 'content-type': 'application/json' } }, (res) => {
      let text = '';
      res.on('data', (chunk) => (text += chunk));
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: JSON.parse(text) }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(payload);
  });
}

const get = (port: number, path: string, agent: http.Agent) =>
  new Promise<http.IncomingMessage>((resolve, reject) => {
    http.get({ port, host: '127.0.0.1', path, agent }, (res) => res.resume().on('end', () => resolve(res))).on('error', reject);
  });

/** Resolves with the error code of a fresh TCP connection attempt, or 'connected'. */
const connectOutcome = (port: number) =>
  new Promise<string>((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    socket.once('connect', () => (socket.destroy(), resolve('connected')));
    socket.once('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? error.message));
  });

describe('SIGTERM drains the server', () => {
  it('finishes the request in flight, refuses new connections, answers /ready 503 and exits 0 before the deadline', async () => {
    const fixture = await startFixture({ SHUTDOWN_TIMEOUT_MS: '5000' });
    const { port } = fixture;

    // An idle keep-alive connection (a load balancer's, a gateway's pool): must not hold the drain open.
    const idleAgent = new http.Agent({ keepAlive: true });
    expect((await get(port, '/ready', idleAgent)).statusCode).toBe(200);
    const idleSocket = Object.values(idleAgent.freeSockets).flat()[0]!;
    const idleClosed = new Promise<void>((resolve) => idleSocket.once('close', () => resolve()));

    // A connection that has begun a request (headers not complete) when the signal arrives: still open while draining.
    const raw = net.connect(port, '127.0.0.1');
    await new Promise((r) => raw.once('connect', r));
    let rawAnswer = '';
    raw.on('data', (chunk) => (rawAnswer += chunk));
    const rawClosed = new Promise<void>((resolve) => raw.once('close', () => resolve()));
    raw.write('GET /ready HTTP/1.1\r\nHost: localhost\r\n');

    const agent = new http.Agent({ keepAlive: true });
    const inFlight = querySlow(port, 1500, agent);
    await new Promise((r) => setTimeout(r, 200));
    fixture.child.kill('SIGTERM');
    const signalled = performance.now();
    await waitFor('the drain to start', () => fixture.output().includes('SIGTERM: draining'));

    expect(await connectOutcome(port)).toBe('ECONNREFUSED');

    raw.write('\r\n');
    await rawClosed;
    const [head, body] = rawAnswer.split('\r\n\r\n');
    expect(head).toMatch(/^HTTP\/1\.1 503 /);
    expect(head.toLowerCase()).toContain('connection: close');
    expect(JSON.parse(body.slice(body.indexOf('{'), body.lastIndexOf('}') + 1))).toMatchObject({ ready: false, reason: 'shutting down' });

    await idleClosed; // closed by the drain, long before the request in flight ends
    expect(performance.now() - signalled).toBeLessThan(1000);

    const answer = await inFlight;
    expect(answer.status).toBe(200);
    expect(answer.body).toEqual({ data: { slow: 'slept 1500 ms' } });
    expect(answer.headers.connection).toBe('close');

    const { code, signal, at } = await fixture.exit;
    expect({ code, signal }).toEqual({ code: 0, signal: null });
    // Exits once the last request is done (about 1.3 s after the signal), not at the 5 s deadline.
    expect(at - signalled).toBeLessThan(3000);
  });

  it('cuts a request still running at SHUTDOWN_TIMEOUT_MS and still exits 0', async () => {
    const fixture = await startFixture({ SHUTDOWN_TIMEOUT_MS: '500' });
    const inFlight = querySlow(fixture.port, 10_000, new http.Agent({ keepAlive: true })).then(
      () => 'answered',
      (error: NodeJS.ErrnoException) => error.code ?? error.message,
    );
    await new Promise((r) => setTimeout(r, 200));
    fixture.child.kill('SIGTERM');
    const signalled = performance.now();

    expect(await inFlight).toBe('ECONNRESET'); // the connection was closed without an answer
    const { code, signal, at } = await fixture.exit;
    expect({ code, signal }).toEqual({ code: 0, signal: null });
    const took = at - signalled;
    expect(took).toBeGreaterThanOrEqual(450); // waited for the deadline ...
    expect(took).toBeLessThan(3000); // ... and not for the request
    expect(fixture.output()).toContain('drain deadline reached');
  });
});
