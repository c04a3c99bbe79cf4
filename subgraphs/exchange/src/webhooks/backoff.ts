// The wait before the next attempt after the n-th failed one: between base·2^(n-1) and base·2^n (exponential, with
// random jitter so receivers coming back after an outage are not hit by every sender at the same instant). The same
// formula as pg-boss's retryBackoff, on both databases, so the documented schedule is one schedule.
const MAX_DOUBLINGS = 16;

export function retryDelayMs(failedAttempts: number, baseSeconds: number, random: () => number = Math.random): number {
  const n = Math.min(Math.max(failedAttempts, 1), MAX_DOUBLINGS);
  const floor = baseSeconds * 1000 * 2 ** (n - 1);
  return Math.round(floor + floor * random());
}
