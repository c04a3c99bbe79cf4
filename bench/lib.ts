// Small measuring helpers for bench/ scripts (run by hand; never part of npm test).
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
