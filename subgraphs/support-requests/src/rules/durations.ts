// How long requests take, for supportRequestStats: pure arithmetic over the timestamps the store reads.
import type { DurationStatsModel } from '../data/models.js';

/** Days (fractional) from one ISO timestamp to another. */
export const daysBetween = (from: string, to: string): number => (Date.parse(to) - Date.parse(from)) / 86_400_000;

/** Median and 90th percentile by linear interpolation between closest ranks (PostgreSQL's percentile_cont), 2 decimals. */
export function durationStats(values: readonly number[]): DurationStatsModel {
  if (!values.length) return { count: 0, medianDays: null, p90Days: null };
  const sorted = [...values].sort((a, b) => a - b);
  const percentile = (p: number) => {
    const rank = p * (sorted.length - 1);
    const lo = Math.floor(rank);
    const hi = Math.ceil(rank);
    return sorted[lo] + (sorted[hi] - sorted[lo]) * (rank - lo);
  };
  const round = (n: number) => Math.round(n * 100) / 100;
  return { count: sorted.length, medianDays: round(percentile(0.5)), p90Days: round(percentile(0.9)) };
}
