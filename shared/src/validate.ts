// Small validators for the values several subgraphs take as input: GCM objective numbers, country codes, organization
// ids and bounded text. Each returns the normalized value (trimmed, upper- or lower-cased) or throws BAD_USER_INPUT
// naming the exact argument path of the offending value, e.g. `filter.countries[0]` or `input.objectives[2]`, so one
// wording holds for list filters and for mutation input alike. An unknown value in a filter is refused rather than
// silently matching nothing: a typo ("MXE") must not look like "no programmes in Mexico".
import { BadUserInputError } from './errors.js';
import { isKnownCountry } from './countries.js';
import { ORGANIZATION_IDS } from './organizations.js';

/** The GCM has 23 objectives (A/RES/73/195, para 16), numbered from 1. */
export const OBJECTIVE_COUNT = 23;

/** Options for a list: `required` refuses an empty list; `unique` refuses a value listed twice (naming the second). */
export interface ListOptions {
  required?: boolean;
  unique?: boolean;
  /** What the list holds, for the empty-list message, e.g. `GCM objective (1 to 23)`. */
  noun?: string;
}

/**
 * Checks a list value by value with `check` (which names `path[i]`), then `options`: the one wording for lists of
 * values only one subgraph takes (guiding principle letters, kinds of support) as for the ones below.
 */
export function list<T, R>(values: readonly T[], path: string, check: (value: T, at: string) => R, options: ListOptions): R[] {
  if (options.required && values.length === 0) throw new BadUserInputError(path, `name at least one ${options.noun ?? 'value'}`);
  const seen = new Set<R>();
  return values.map((value, i) => {
    const at = `${path}[${i}]`;
    const out = check(value, at);
    if (options.unique && seen.has(out)) throw new BadUserInputError(at, `${JSON.stringify(out)} is listed twice`);
    seen.add(out);
    return out;
  });
}

/** A GCM objective number, 1 to 23. */
export function objectiveNumber(value: number, path: string): number {
  if (!Number.isInteger(value) || value < 1 || value > OBJECTIVE_COUNT) {
    throw new BadUserInputError(path, `GCM objectives are numbered 1 to ${OBJECTIVE_COUNT}; got ${value}`);
  }
  return value;
}

export const objectiveNumbers = (values: readonly number[], path: string, options: ListOptions = {}): number[] =>
  list(values, path, objectiveNumber, { noun: `GCM objective (1 to ${OBJECTIVE_COUNT})`, ...options });

/** An ISO 3166-1 alpha-3 code of a UN Member or observer State (shared/countries.ts), upper-cased. */
export function countryCode(value: string, path: string): string {
  const iso3 = value.trim().toUpperCase();
  if (!isKnownCountry(iso3)) {
    throw new BadUserInputError(path, `${JSON.stringify(value)} is not the ISO alpha-3 code of a UN Member or observer State (e.g. "MEX")`);
  }
  return iso3;
}

export const countryCodes = (values: readonly string[], path: string, options: ListOptions = {}): string[] =>
  list(values, path, countryCode, { noun: 'country (ISO alpha-3 code)', ...options });

/** The id of an organization the graph knows (shared/organizations.ts, the list the members subgraph seeds), lower-cased. */
export function organizationId(value: string, path: string): string {
  const id = value.trim().toLowerCase();
  if (!ORGANIZATION_IDS.has(id)) {
    throw new BadUserInputError(path, `${JSON.stringify(value)} is not the id of an organization the graph knows (a lower-case slug such as "iom")`);
  }
  return id;
}

export const organizationIds = (values: readonly string[], path: string, options: ListOptions = {}): string[] =>
  list(values, path, organizationId, { noun: 'organization', ...options });

/** Required text: trimmed, not empty, at most `max` characters (a longer text is refused, never cut). */
export function boundedText(value: string, path: string, max: number): string {
  const text = value.trim();
  if (!text) throw new BadUserInputError(path, 'must not be empty');
  if (text.length > max) throw new BadUserInputError(path, `is ${text.length} characters long; the limit is ${max}`);
  return text;
}

/** Optional text: null when absent or blank, else checked like `boundedText`. */
export function optionalBoundedText(value: string | null | undefined, path: string, max: number): string | null {
  if (value === null || value === undefined || !value.trim()) return null;
  return boundedText(value, path, max);
}
