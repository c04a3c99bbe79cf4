// Input validation: every problem is a BAD_USER_INPUT naming the offending field, raised before anything is written.
// Returns normalized values (trimmed, upper/lower-cased codes, duplicates removed) that the store can trust.
import { BadUserInputError } from '@unmn/shared/errors';
import { HUB_REGIONS, hubRegionOf, isKnownCountry } from '@unmn/shared/countries';
import { ORGANIZATIONS } from '@unmn/shared/organizations';

/** The documented cap on a search string; longer text is refused, not silently cut. */
export const MAX_SEARCH_LENGTH = 500;

const LANGUAGE_NAMES = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });

/** Whether `code` is an ISO 639-1 two-letter language code (checked against the runtime's CLDR language names). */
export const isLanguageCode = (code: string) => /^[a-z]{2}$/.test(code) && LANGUAGE_NAMES.of(code) !== undefined;

const unique = <T>(values: readonly T[]) => [...new Set(values)];

export function objectiveNumbers(values: readonly number[], field: string): number[] {
  const bad = values.find((n) => !Number.isInteger(n) || n < 1 || n > 23);
  if (bad !== undefined) throw new BadUserInputError(field, `GCM objective numbers run from 1 to 23; got ${bad}`);
  return unique(values).sort((a, b) => a - b);
}

export function principleLetters(values: readonly string[], field: string): string[] {
  const letters = values.map((v) => v.trim().toLowerCase());
  const bad = letters.find((l) => !/^[a-j]$/.test(l));
  if (bad !== undefined) throw new BadUserInputError(field, `guiding principles are letters a to j (GCM para 15); got ${JSON.stringify(bad)}`);
  return unique(letters).sort();
}

export function languageCodes(values: readonly string[], field: string): string[] {
  const codes = values.map((v) => v.trim().toLowerCase());
  const bad = codes.find((c) => !isLanguageCode(c));
  if (bad !== undefined) throw new BadUserInputError(field, `${JSON.stringify(bad)} is not an ISO 639-1 language code (two letters, e.g. "en", "fr", "es")`);
  return unique(codes);
}

export function countryCodes(values: readonly string[], field: string): string[] {
  const codes = values.map((v) => v.trim().toUpperCase());
  const bad = codes.find((c) => !isKnownCountry(c));
  if (bad !== undefined) throw new BadUserInputError(field, `${JSON.stringify(bad)} is not the ISO alpha-3 code of a UN Member or observer State (e.g. "MEX")`);
  return unique(codes).sort();
}

const ORGANIZATION_IDS = new Set(ORGANIZATIONS.map((o) => o.id));

/** Organization ids must be known to the graph (shared/organizations.ts, the list the members subgraph seeds). */
export function organizationIds(values: readonly string[], field: string): string[] {
  const ids = values.map((v) => v.trim().toLowerCase());
  const bad = ids.find((id) => !ORGANIZATION_IDS.has(id));
  if (bad !== undefined) throw new BadUserInputError(field, `${JSON.stringify(bad)} is not the id of an organization the graph knows (a lower-case slug such as "iom")`);
  return unique(ids);
}

/** Validates a search string and returns it trimmed. */
export function searchText(value: string, field: string): string {
  const text = value.trim();
  if (text.length === 0) throw new BadUserInputError(field, 'must contain at least one character; omit it to list without searching');
  if (text.length > MAX_SEARCH_LENGTH) throw new BadUserInputError(field, `is ${text.length} characters long; the maximum is ${MAX_SEARCH_LENGTH}`);
  return text;
}

/** The words of a search as the full-text index sees them: letters, digits and combining marks (never syntax). */
export const searchWords = (text: string): string[] => (text.match(/[\p{L}\p{N}\p{M}]+/gu) ?? []).slice(0, 64);

export function text(value: string, field: string, min: number, max: number): string {
  const t = value.trim();
  if (t.length < min) throw new BadUserInputError(field, min === 1 ? 'must not be empty' : `must be at least ${min} characters long`);
  if (t.length > max) throw new BadUserInputError(field, `is ${t.length} characters long; the maximum is ${max}`);
  return t;
}

export function optionalText(value: string | null | undefined, field: string, max: number): string | null {
  if (value === null || value === undefined || value.trim() === '') return null;
  return text(value, field, 1, max);
}

export function httpUrl(value: string | null | undefined, field: string): string | null {
  if (value === null || value === undefined || value.trim() === '') return null;
  const v = value.trim();
  let parsed: URL;
  try {
    parsed = new URL(v);
  } catch {
    throw new BadUserInputError(field, `${JSON.stringify(v)} is not a URL`);
  }
  if (!['http:', 'https:'].includes(parsed.protocol)) throw new BadUserInputError(field, 'must be an http or https URL');
  if (v.length > 1000) throw new BadUserInputError(field, 'is longer than 1000 characters');
  return v;
}

/** Regions covered: the explicit ones plus those of the countries, in enum order. */
export function coveredRegions(explicit: readonly string[], countries: readonly string[]): string[] {
  const set = new Set<string>(explicit);
  for (const c of countries) {
    const r = hubRegionOf(c);
    if (r) set.add(r);
  }
  return HUB_REGIONS.filter((r) => set.has(r));
}
