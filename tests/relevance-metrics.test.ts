// The scoring functions of bench/relevance.ts on hand-made rankings (the benchmark itself is run by hand).
import { describe, expect, it } from 'vitest';
import { ndcgAt, recallAt } from '../bench/relevance/metrics.js';

const judged = { a: 2, b: 1, c: 1 };

describe('nDCG@k', () => {
  it('is 1 for the ideal order and 0 when nothing relevant is ranked', () => {
    expect(ndcgAt(10, ['a', 'b', 'c'], judged)).toBeCloseTo(1, 12);
    expect(ndcgAt(10, ['a', 'c', 'b', 'x'], judged)).toBeCloseTo(1, 12); // equal grades in either order
    expect(ndcgAt(10, ['x', 'y'], judged)).toBe(0);
    expect(ndcgAt(10, [], judged)).toBe(0);
  });

  it('discounts by log2(rank + 1) with gain 2^grade - 1', () => {
    // ideal: 3/1 + 1/log2(3) + 1/log2(4); ranked: x, b, a → 0 + 1/log2(3) + 3/log2(4)
    const ideal = 3 + 1 / Math.log2(3) + 1 / 2;
    expect(ndcgAt(10, ['x', 'b', 'a'], judged)).toBeCloseTo((1 / Math.log2(3) + 3 / 2) / ideal, 12);
  });

  it('ranks a highly relevant resource first above a partly relevant one first', () => {
    expect(ndcgAt(10, ['a', 'x'], judged)).toBeGreaterThan(ndcgAt(10, ['b', 'x'], judged));
  });

  it('ignores everything after rank k, and the ideal is cut at k too', () => {
    expect(ndcgAt(1, ['x', 'a'], judged)).toBe(0);
    expect(ndcgAt(1, ['a', 'x'], judged)).toBeCloseTo(1, 12);
  });

  it('refuses a query with no relevant resources judged', () => {
    expect(() => ndcgAt(10, ['a'], {})).toThrow(/no relevant/);
  });
});

describe('recall@k', () => {
  it('counts the share of relevant resources, of any grade, in the first k', () => {
    expect(recallAt(20, ['c', 'x', 'a'], judged)).toBeCloseTo(2 / 3, 12);
    expect(recallAt(20, ['a', 'b', 'c'], judged)).toBe(1);
    expect(recallAt(2, ['x', 'y', 'a', 'b', 'c'], judged)).toBe(0);
    expect(recallAt(20, [], judged)).toBe(0);
  });

  it('refuses a query with no relevant resources judged', () => {
    expect(() => recallAt(20, ['a'], {})).toThrow(/no relevant/);
  });
});
