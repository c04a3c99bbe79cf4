// Small measuring helpers for bench/ scripts (run by hand; never part of npm test).
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';

export interface Timing {
  n: number;
  p50: number;
  p95: number;
  p99: number;
  mean: number;
  perSecond: number;
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

/** Runs `fn` `n` times with `concurrency` in flight (after `warmup` unmeasured runs); latencies in milliseconds. */
export async function measure(fn: (i: number) => Promise<unknown>, { n = 200, warmup = 20, concurrency = 1 } = {}): Promise<Timing> {
  for (let i = 0; i < warmup; i += 1) await fn(i);
  const times: number[] = [];
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < n) {
        const i = next++;
        const t = performance.now();
        await fn(i);
        times.push(performance.now() - t);
      }
    }),
  );
  const elapsed = performance.now() - started;
  times.sort((a, b) => a - b);
  return {
    n,
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    p99: percentile(times, 99),
    mean: times.reduce((a, b) => a + b, 0) / n,
    perSecond: (n / elapsed) * 1000,
  };
}

export const machine = () => `${os.cpus().length} cores (${os.cpus()[0]?.model ?? 'unknown CPU'}), ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`;

export const fmt = (t: Timing) =>
  `p50 ${t.p50.toFixed(1)} ms  p95 ${t.p95.toFixed(1)} ms  p99 ${t.p99.toFixed(1)} ms  ${t.perSecond.toFixed(0)} req/s (n=${t.n})`;

export const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/** The 1, 5 and 15 minute load averages, to print next to figures taken on a shared machine. */
export const load = () => os.loadavg().map((l) => l.toFixed(1)).join(' / ');

/**
 * Peak resident memory (VmHWM) of a process and its descendants, in MiB, summed: a server that forks workers is
 * charged for all of them. Linux only (/proc); null where it cannot be read.
 */
export function peakRssMiB(pid: number): number | null {
  const read = (p: number): number => {
    let kib = 0;
    try {
      kib = Number(/VmHWM:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${p}/status`, 'utf8'))?.[1] ?? 0);
      for (const task of fs.readdirSync(`/proc/${p}/task`)) {
        const children = fs.readFileSync(`/proc/${p}/task/${task}/children`, 'utf8').trim();
        for (const child of children ? children.split(/\s+/) : []) kib += read(Number(child));
      }
    } catch {
      // the process (or a child) exited meanwhile
    }
    return kib;
  };
  const kib = read(pid);
  return kib ? kib / 1024 : null;
}

/** A port the OS reports free right now (for child processes that need a fixed one). */
export async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}
