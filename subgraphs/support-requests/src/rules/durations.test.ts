import { describe, expect, it } from 'vitest';
import { daysBetween, durationStats } from './durations.js';

describe('durationStats', () => {
  it('interpolates the median and 90th percentile like percentile_cont', () => {
    expect(durationStats([])).toEqual({ count: 0, medianDays: null, p90Days: null });
    expect(durationStats([7])).toEqual({ count: 1, medianDays: 7, p90Days: 7 });
    expect(durationStats([4, 1, 3, 2])).toEqual({ count: 4, medianDays: 2.5, p90Days: 3.7 });
    expect(durationStats(Array.from({ length: 11 }, (_, i) => i * 10))).toEqual({ count: 11, medianDays: 50, p90Days: 90 });
  });

  it('counts fractional days between two timestamps', () => {
    expect(daysBetween('2026-01-01T00:00:00.000Z', '2026-01-03T12:00:00.000Z')).toBe(2.5);
  });
});
