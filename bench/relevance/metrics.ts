// Ranking metrics for bench/relevance.ts, on graded judgments (2 = highly relevant, 1 = partly, absent = not).

/** Graded judgments of one query: resource id → grade (1 or 2). */
export type Judged = Readonly<Record<string, number>>;

/** Exponential gain (2^grade − 1), so a highly relevant resource counts three times a partly relevant one. */
const gain = (grade: number) => 2 ** grade - 1;
const dcg = (grades: number[]) => grades.reduce((sum, g, i) => sum + gain(g) / Math.log2(i + 2), 0);

/**
 * nDCG@k: the ranking's discounted gain over its first k ids, divided by that of the ideal ranking (every judged
 * resource, best grades first). 1 = ideal order; 0 = nothing relevant in the first k. A query with no judged
 * resources has no ideal and is an error rather than a silent 0 or 1.
 */
export function ndcgAt(k: number, ranking: readonly string[], judged: Judged): number {
  const ideal = dcg(Object.values(judged).filter((g) => g > 0).sort((a, b) => b - a).slice(0, k));
  if (ideal === 0) throw new Error('ndcgAt: the query has no relevant resources judged');
  return dcg(ranking.slice(0, k).map((id) => judged[id] ?? 0)) / ideal;
}

/** recall@k: the share of judged-relevant resources (any grade) among the first k ids. */
export function recallAt(k: number, ranking: readonly string[], judged: Judged): number {
  const relevant = Object.keys(judged).filter((id) => judged[id] > 0);
  if (relevant.length === 0) throw new Error('recallAt: the query has no relevant resources judged');
  const top = new Set(ranking.slice(0, k));
  return relevant.filter((id) => top.has(id)).length / relevant.length;
}

export const mean = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
