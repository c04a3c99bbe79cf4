// The real resources of data/reference/real-resources.ts as rows: published, not sample, with their source and
// confidence as provenance. Seeded right after the sample set (seq SAMPLE_SIZE + 1 onwards), so the benchmark
// generator, which continues from the highest seq, leaves them in place.
import type { GeneratedResource } from './generate.js';
import { REAL_RESOURCES, type RealResource } from '../reference/real-resources.js';
import { coveredRegions } from '../../rules/resource.js';

const CONFIDENCE_CODE = { CERTAIN: 'C', LIKELY: 'L', UNCERTAIN: 'U' } as const;

/** 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD' as a date (its first day when only the year or month is known). */
export const publicationDate = (published: string): string =>
  published.length === 4 ? `${published}-01-01` : published.length === 7 ? `${published}-01` : published;

/** The last day of a 'YYYY' or 'YYYY-MM' period (an implementation that ended in 2018 ran until 2018-12-31). */
const lastDay = (period: string): string => {
  if (period.length === 10) return period;
  const [y, m] = period.split('-').map(Number);
  return new Date(Date.UTC(y, m ?? 12, 0)).toISOString().slice(0, 10);
};

function noteOf(r: RealResource): string {
  const parts = [r.note];
  if (r.published.length < 10) parts.push(`Only the ${r.published.length === 4 ? 'year' : 'month'} of publication is established; the date is its first day.`);
  if (r.objectivesInferred) parts.push('GCM objectives inferred from the subject; the Hub\'s own tagging was not seen.');
  return parts.filter(Boolean).join(' ');
}

export function realResourceRows(firstSeq: number, at: string): GeneratedResource[] {
  return REAL_RESOURCES.map((r, k) => {
    const seq = firstSeq + k;
    const countries = [...(r.countries ?? [])].sort();
    return {
      seq,
      row: {
        seq,
        id: `kr-real-${r.slug}`,
        title: r.title,
        summary: r.summary,
        body: null,
        type: r.type,
        url: r.url,
        published_on: publicationDate(r.published),
        geographic_scope: r.scope,
        target_audience: JSON.stringify(r.audience ?? []),
        implemented_from: r.implemented?.from ? publicationDate(r.implemented.from) : null,
        implemented_until: r.implemented?.until ? lastDay(r.implemented.until) : null,
        completed: r.type === 'PRACTICE' ? true : null,
        lessons_learned: null,
        why_replicable: null,
        review_status: 'PUBLISHED',
        review_comment: null,
        submitted_at: at,
        reviewed_at: at,
        owner_org: r.publishers[0] ?? null,
        owner_country: null,
        owner_subject: null,
        source: r.source ?? r.url,
        confidence: CONFIDENCE_CODE[r.confidence],
        note: noteOf(r),
        sample: false,
        created_at: at,
        updated_at: at,
      },
      tags: {
        objectives: [...new Set(r.objectives)].sort((a, b) => a - b),
        principles: [...new Set(r.principles ?? [])].sort(),
        languages: [...new Set(r.languages)],
        publishers: [...new Set(r.publishers)],
        countries,
        regions: coveredRegions(r.regions ?? [], countries),
      },
    };
  });
}
