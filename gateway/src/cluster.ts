// GATEWAY_WORKERS > 1: the gateway as N worker processes sharing one port (node:cluster), so query planning and
// response serialisation, which are CPU-bound and single-threaded in one Node process, use every core. The primary runs
// no gateway of its own. The workers accept connections from the one shared socket themselves (SCHED_NONE), rather
// than the primary accepting and handing each over (Node's round-robin default on Linux): a connection handed to a
// worker at the moment it dies is never answered nor closed, so a client would hang on it, whereas an unaccepted
// connection just waits in the shared queue for a live worker. Each worker is a whole gateway: its own supergraph watch, breakers, /ready and /metrics, and, without
// REDIS_URL, its own rate limits and response cache.
import cluster, { type Worker } from 'node:cluster';
import type http from 'node:http';
import type { Config } from '@unmn/shared/config';
import { createLogger } from '@unmn/shared/logger';

/** A worker that crashes is replaced after this long, doubled for each crash in the last minute, up to MAX. */
const RESTART_DELAY_MS = 500;
const MAX_RESTART_DELAY_MS = 30_000;
const CRASH_WINDOW_MS = 60_000;
/** Workers' own drain deadline (shared/main.ts onShutdown) is shutdownTimeoutMs + 5 s; the primary waits a bit more. */
const AFTER_WORKERS_MS = 7_000;

/**
 * In a worker: every response says which worker answered (x-gateway-worker: its pid), so an operator (and the tests)
 * can tell the workers apart behind the one port. Only when clustered: a single process has nothing to tell apart.
 */
export function tagResponsesWithWorker(server: http.Server): void {
  const pid = String(process.pid);
  server.prependListener('request', (_req, res: http.ServerResponse) => res.setHeader('x-gateway-worker', pid));
}

/**
 * In the primary: forks `config.gateway.workers` workers (each runs this same entry, sees cluster.isWorker and starts a
 * gateway), replaces a worker that dies unexpectedly, and on SIGTERM/SIGINT passes the signal to every worker, which
 * drains through its own onShutdown, then exits once all have exited.
 */
export function runGatewayCluster(config: Config): void {
  const logger = createLogger(config, 'gateway');
  const count = config.gateway.workers;
  if (!config.redis) {
    logger.warn(
      `GATEWAY_WORKERS=${count} without REDIS_URL: rate limits and the response cache are per worker (a client may get up to ${count} times RATE_LIMIT_PER_MINUTE); set REDIS_URL to share them`,
    );
  }
  let stopping = false;
  let announced = false;
  const crashes: number[] = [];
  const listening = new Set<Worker>();
  // Ours rather than cluster.workers, which still holds a dead worker until its IPC channel has closed.
  const live = new Set<Worker>();

  const fork = () => {
    const worker = cluster.fork();
    live.add(worker);
    let ready = false;
    worker.on('listening', (address) => {
      ready = true;
      listening.add(worker);
      if (!announced && listening.size === count) {
        announced = true;
        const host = config.host === '0.0.0.0' ? 'localhost' : config.host;
        console.log(`gateway ready at http://${host}:${address.port}/graphql (${count} workers)`);
      }
    });
    worker.on('exit', (code, signal) => {
      listening.delete(worker);
      live.delete(worker);
      if (stopping) {
        // A worker that exits non-zero while draining (its drain deadline passed) makes the primary's exit non-zero.
        if (code) exitCode = 1;
        if (live.size === 0) exitWhenAllStopped();
        return;
      }
      const how = signal ? `signal ${signal}` : `code ${code}`;
      if (!ready) {
        // A worker that fails before listening (supergraph file unreadable, port taken) would fail the same way
        // again: stop everything, as a single process would, rather than restart it forever.
        logger.error(`gateway worker ${worker.process.pid} failed to start (${how}); stopping the other workers`);
        stopAll('SIGTERM', 1);
        return;
      }
      const now = Date.now();
      crashes.push(now);
      while (crashes.length && crashes[0]! < now - CRASH_WINDOW_MS) crashes.shift();
      const delay = Math.min(MAX_RESTART_DELAY_MS, RESTART_DELAY_MS * 2 ** (crashes.length - 1));
      logger.error(`gateway worker ${worker.process.pid} died (${how}); starting a replacement in ${delay} ms`);
      setTimeout(() => {
        if (!stopping) fork();
      }, delay);
    });
  };

  let exitCode = 0;
  const exitWhenAllStopped = () => {
    console.log(`all gateway workers stopped; exiting`);
    process.exit(exitCode);
  };
  const stopAll = (signal: NodeJS.Signals, code: number) => {
    if (stopping) return;
    stopping = true;
    exitCode = code;
    if (live.size === 0) exitWhenAllStopped();
    for (const worker of live) worker.process.kill(signal);
    setTimeout(() => {
      console.error(`gateway workers did not stop within ${config.shutdownTimeoutMs + AFTER_WORKERS_MS} ms; killing them`);
      for (const worker of live) worker.process.kill('SIGKILL');
      process.exit(1);
    }, config.shutdownTimeoutMs + AFTER_WORKERS_MS).unref();
  };
  // Ctrl-C signals the whole process group, so the workers may get SIGINT twice (ours and the terminal's); their
  // onShutdown ignores the second.
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => stopAll(signal, 0));

  cluster.schedulingPolicy = cluster.SCHED_NONE;
  for (let i = 0; i < count; i++) fork();
}
