// Slow and stuck clients against the real HTTP front (shared/http.ts, used by the gateway and every subgraph), over raw
// sockets so the test controls exactly how slowly bytes arrive: a body trickling in, headers trickling in, an idle
// kept-alive connection, and more connections than MAX_CONNECTIONS.
import net from 'node:net';
import type http from 'node:http';
import { ApolloServer, type BaseContext } from '@apollo/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '@unmn/shared/config';
import { closeServer, createHttpServer, listen } from '@unmn/shared/http';
import { createLogger } from '@unmn/shared/logger';
import { createMetrics } from '@unmn/shared/metrics';
import { logSink } from '@unmn/shared/testing';

const REQUEST_TIMEOUT_MS = 1000;
const HEADERS_TIMEOUT_MS = 600;
const IDLE_TIMEOUT_MS = 300;
const MAX_CONNECTIONS = 3;
// The deadline is checked every quarter of the shorter timeout (shared/http.ts), plus scheduling on a busy machine.
const MARGIN_MS = HEADERS_TIMEOUT_MS / 4 + 500;

let server: http.Server;
let apollo: ApolloServer<BaseContext>;
let port: number;
const log = logSink();

beforeAll(async () => {
  const config = loadConfig({
    SERVER_REQUEST_TIMEOUT_MS: String(REQUEST_TIMEOUT_MS),
    SERVER_HEADERS_TIMEOUT_MS: String(HEADERS_TIMEOUT_MS),
    SERVER_IDLE_TIMEOUT_MS: String(IDLE_TIMEOUT_MS),
    MAX_CONNECTIONS: String(MAX_CONNECTIONS),
    LOG_LEVEL: 'warn',
  });
  const logger = createLogger(config, 'slow-clients', log.stream);
  apollo = new ApolloServer<BaseContext>({
    typeDefs: 'type Query { echo(text: String!): String! slow(ms: Int!): String! }',
    resolvers: {
      Query: {
        echo: (_: unknown, { text }: { text: string }) => text,
        slow: (_: unknown, { ms }: { ms: number }) => new Promise((resolve) => setTimeout(() => resolve(`slept ${ms} ms`), ms)),
      },
    },
    logger,
  });
  await apollo.start();
  server = createHttpServer({ service: 'slow-clients', apollo, metrics: createMetrics('slow-clients'), logger, maxBodyBytes: 10_000, exposeErrors: true, config, context: async () => ({}) });
  port = await listen(server, 0, '127.0.0.1');
});
afterAll(async () => {
  await closeServer(server, { timeoutMs: 1000 });
  await apollo.stop();
});

interface Conversation {
  socket: net.Socket;
  /** Everything the server sent, once it closed the connection, and when (ms after connecting). */
  closed: Promise<{ received: string; afterMs: number }>;
}

function connect(): Promise<Conversation> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const socket = net.connect(port, '127.0.0.1');
    let received = '';
    socket.on('data', (chunk) => (received += chunk));
    socket.on('error', () => {}); // a reset is one of the outcomes under test; `closed` reports it
    const closed = new Promise<{ received: string; afterMs: number }>((done) => socket.on('close', () => done({ received, afterMs: performance.now() - started })));
    socket.once('connect', () => resolve({ socket, closed }));
    socket.once('error', reject);
  });
}

/** Writes `text` one byte every `everyMs` until the socket closes; resolves how many bytes went out. */
async function trickle(socket: net.Socket, text: string, everyMs: number): Promise<number> {
  let sent = 0;
  for (const byte of text) {
    if (socket.destroyed || !socket.writable) break;
    socket.write(byte);
    sent += 1;
    await new Promise((r) => setTimeout(r, everyMs));
  }
  return sent;
}

const body = JSON.stringify({ query: '{ echo(text: "a fairly long piece of text, so that the trickle outlasts every deadline") }' });
const head = (length: number) => `POST /graphql HTTP/1.1\r\nhost: localhost\r\ncontent-type: application/json\r\ncontent-length: ${length}\r\n\r\n`;

describe('slow and stuck clients', () => {
  it('cuts off a body that trickles in (1 byte per 200 ms) with 408 once SERVER_REQUEST_TIMEOUT_MS has passed', async () => {
    const { socket, closed } = await connect();
    socket.write(head(Buffer.byteLength(body)));
    const sending = trickle(socket, body, 200);
    const { received, afterMs } = await closed;
    const sent = await sending;
    expect(sent).toBeLessThan(body.length); // it never finished: the server, not the client, ended this
    expect(received).toMatch(/^HTTP\/1\.1 408 /);
    expect(JSON.parse(received.slice(received.indexOf('\r\n\r\n') + 4)).errors[0].extensions.code).toBe('REQUEST_TIMEOUT');
    expect(afterMs).toBeGreaterThanOrEqual(REQUEST_TIMEOUT_MS - 50);
    expect(afterMs).toBeLessThan(REQUEST_TIMEOUT_MS + MARGIN_MS);
    expect(log.lines.some((l) => l.msg === 'request not received in time: connection closed')).toBe(true);
    expect(log.lines.filter((l) => l.level >= 50)).toEqual([]); // a slow client is not a server error
  });

  it('cuts off headers that trickle in with 408 once SERVER_HEADERS_TIMEOUT_MS has passed', async () => {
    const { socket, closed } = await connect();
    void trickle(socket, `${head(2)}{}`, 100);
    const { received, afterMs } = await closed;
    expect(received).toMatch(/^HTTP\/1\.1 408 /);
    expect(afterMs).toBeGreaterThanOrEqual(HEADERS_TIMEOUT_MS - 50);
    expect(afterMs).toBeLessThan(HEADERS_TIMEOUT_MS + MARGIN_MS);
  });

  it('still answers a request whose body arrives slowly but within the deadline', async () => {
    const { socket, closed } = await connect();
    socket.write(head(Buffer.byteLength(body)).replace('\r\n\r\n', '\r\nconnection: close\r\n\r\n'));
    socket.write(body.slice(0, 20));
    await new Promise((r) => setTimeout(r, 300));
    socket.write(body.slice(20));
    const { received } = await closed;
    expect(received).toMatch(/^HTTP\/1\.1 200 /);
    expect(received).toContain('a fairly long piece of text');
  });

  it('lets an operation run longer than SERVER_REQUEST_TIMEOUT_MS once its request has arrived', async () => {
    // The deadline is for receiving the request; how long resolvers may take is the gateway's REQUEST_TIMEOUT_MS.
    const { socket, closed } = await connect();
    const query = JSON.stringify({ query: `{ slow(ms: ${REQUEST_TIMEOUT_MS + 500}) }` });
    socket.write(head(Buffer.byteLength(query)).replace('\r\n\r\n', '\r\nconnection: close\r\n\r\n') + query);
    const { received, afterMs } = await closed;
    expect(received).toMatch(/^HTTP\/1\.1 200 /);
    expect(received).toContain(`slept ${REQUEST_TIMEOUT_MS + 500} ms`);
    expect(afterMs).toBeGreaterThanOrEqual(REQUEST_TIMEOUT_MS + 500);
  });

  it('closes a kept-alive connection left idle for SERVER_IDLE_TIMEOUT_MS', async () => {
    const { socket, closed } = await connect();
    const query = JSON.stringify({ query: '{ echo(text: "hi") }' });
    socket.write(head(Buffer.byteLength(query)) + query);
    const answeredAt = await new Promise<number>((resolve) => socket.once('data', () => resolve(performance.now())));
    const { received } = await closed;
    const idleMs = performance.now() - answeredAt;
    expect(received).toMatch(/^HTTP\/1\.1 200 /);
    expect(received).not.toMatch(/connection: close/i); // kept alive by the server, then closed for idling
    expect(idleMs).toBeGreaterThanOrEqual(IDLE_TIMEOUT_MS - 50);
    // Node waits one second more than keepAliveTimeout on its side (the `keep-alive: timeout=` header it sends says
    // the configured value), so a client honouring the header never reuses a connection the server is closing.
    expect(received).toMatch(/keep-alive: timeout=0\b/i); // whole seconds: 300 ms is announced as 0
    expect(idleMs).toBeLessThan(IDLE_TIMEOUT_MS + 1000 + MARGIN_MS);
  });

  it(`refuses connections beyond MAX_CONNECTIONS (${MAX_CONNECTIONS}) and accepts again once one closes`, async () => {
    const held = await Promise.all(Array.from({ length: MAX_CONNECTIONS }, connect));
    const extra = await connect(); // the TCP handshake completes in the kernel; Node closes it as soon as it sees it
    const refused = await Promise.race([extra.closed.then((c) => c.received), new Promise((r) => setTimeout(() => r('still open'), 1000))]);
    expect(refused).toBe('');
    // The ones within the limit are served.
    const query = JSON.stringify({ query: '{ echo(text: "within the limit") }' });
    held[0].socket.write(head(Buffer.byteLength(query)).replace('\r\n\r\n', '\r\nconnection: close\r\n\r\n') + query);
    expect((await held[0].closed).received).toContain('within the limit');
    await new Promise((r) => setTimeout(r, 50));
    const again = await connect();
    again.socket.write(head(Buffer.byteLength(query)).replace('\r\n\r\n', '\r\nconnection: close\r\n\r\n') + query);
    expect((await again.closed).received).toMatch(/^HTTP\/1\.1 200 /);
    for (const c of held) c.socket.destroy();
    expect(log.lines.some((l) => l.msg === 'connection refused: too many open connections (MAX_CONNECTIONS)')).toBe(true);
  });
});
