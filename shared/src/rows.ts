// Helpers for row mappers that every subgraph's store uses: booleans come back as 0/1 from SQLite, provenance
// columns share one naming pattern (`<prefix>source`, `<prefix>confidence`, `<prefix>note`, `sample`).
export type ConfidenceCode = 'C' | 'L' | 'U';
export type Confidence = 'CERTAIN' | 'LIKELY' | 'UNCERTAIN';

export interface ProvenanceModel {
  source: string;
  confidence: Confidence;
  note: string | null;
  sample: boolean;
}

const CONFIDENCE: Record<string, Confidence> = { C: 'CERTAIN', L: 'LIKELY', U: 'UNCERTAIN' };
export const CONFIDENCE_CODE: Record<Confidence, ConfidenceCode> = { CERTAIN: 'C', LIKELY: 'L', UNCERTAIN: 'U' };

export const parseBool = (v: unknown): boolean => v === true || v === 1 || v === '1' || v === 't';

export const provenanceFrom = (row: any, prefix = ''): ProvenanceModel => ({
  source: row[`${prefix}source`] ?? 'unknown',
  confidence: CONFIDENCE[row[`${prefix}confidence`]] ?? 'UNCERTAIN',
  note: row[`${prefix}note`] ?? null,
  sample: parseBool(row.sample),
});

/** Columns for a provenance written from seed data: `{ source, confidence: 'C', note }`. */
export const provenanceColumns = (p: { source: string; confidence: ConfidenceCode; note?: string | null }, prefix = '') => ({
  [`${prefix}source`]: p.source,
  [`${prefix}confidence`]: p.confidence,
  [`${prefix}note`]: p.note ?? null,
});

/**
 * Child rows grouped under their parent's key, in row order (order the query by parent, then by the children's order):
 * `groupBy(rows, (r) => r.request_id, toPartner)`. The one way to line a child table up with a DataLoader batch; keys
 * without rows are absent, which `loaderFromMap`'s `missing` answers.
 */
export function groupBy<R, K>(rows: readonly R[], key: (row: R) => K): Map<K, R[]>;
export function groupBy<R, K, V>(rows: readonly R[], key: (row: R) => K, value: (row: R) => V): Map<K, V[]>;
export function groupBy<R, K, V>(rows: readonly R[], key: (row: R) => K, value?: (row: R) => V): Map<K, (R | V)[]> {
  const groups = new Map<K, (R | V)[]>();
  for (const row of rows) {
    const k = key(row);
    const item = value ? value(row) : row;
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}
