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
