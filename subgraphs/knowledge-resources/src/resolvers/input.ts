// Input validation for this subgraph's arguments: every problem is a BAD_USER_INPUT naming the offending argument
// path (e.g. `filter.languages[1]`), raised before anything is read or written. Values several subgraphs take
// (objective numbers, country codes, organization ids, bounded text) go through @unmn/shared/validate, so the wording
// is the graph's; only what is particular to knowledge resources (languages, principles, search text, URLs) is here,
// worded the same way. Returns normalized values (trimmed, cased, duplicates removed) the store can trust.
import { BadUserInputError } from '@unmn/shared/errors';
import { boundedText, countryCodes, objectiveNumbers, optionalBoundedText, organizationIds } from '@unmn/shared/validate';
import type { PracticeInput, RelatedPracticeFilter, ResourceFilter, SubmitResourceInput, UpdateResourceInput } from '../generated/resolvers-types.js';
import type { RelatedPracticeFilterSpec, ResourceFilterSpec } from '../data/models.js';
import type { ResourceRow, TagsInput } from '../data/rows.js';

/** The documented cap on a search string; longer text is refused, not silently cut. */
export const MAX_SEARCH_LENGTH = 500;

const LANGUAGE_NAMES = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });

/** Whether `code` is an ISO 639-1 two-letter language code (checked against the runtime's CLDR language names). */
export const isLanguageCode = (code: string) => /^[a-z]{2}$/.test(code) && LANGUAGE_NAMES.of(code) !== undefined;

const unique = <T>(values: readonly T[]) => [...new Set(values)];
const sorted = <T extends string | number>(values: readonly T[]) => unique(values).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));

function eachValue<T>(values: readonly string[], path: string, check: (value: string, at: string) => T): T[] {
  return unique(values.map((v, i) => check(v, `${path}[${i}]`)));
}

/**
 * The code ISO 639-1 replaced `code` with, when it is a withdrawn one CLDR still names (`iw` -> `he`, `in` -> `id`,
 * `sh` -> `sr`): stored, it would never match the current code. A current code the runtime canonicalizes to a longer
 * tag (Tagalog `tl` -> `fil`) is not withdrawn.
 */
const replacementOf = (code: string): string | null => {
  const current = Intl.getCanonicalLocales(code)[0].split('-')[0];
  return current !== code && current.length === 2 ? current : null;
};

export const languageCodes = (values: readonly string[], path: string): string[] =>
  eachValue(values, path, (value, at) => {
    const code = value.trim().toLowerCase();
    if (!isLanguageCode(code)) throw new BadUserInputError(at, `${JSON.stringify(value)} is not an ISO 639-1 language code (two letters, e.g. "en", "fr", "es")`);
    const replacement = replacementOf(code);
    if (replacement) throw new BadUserInputError(at, `${JSON.stringify(value)} is a withdrawn ISO 639-1 code; use "${replacement}"`);
    return code;
  });

export const principleLetters = (values: readonly string[], path: string): string[] =>
  sorted(eachValue(values, path, (value, at) => {
    const letter = value.trim().toLowerCase();
    if (!/^[a-j]$/.test(letter)) throw new BadUserInputError(at, `guiding principles are letters a to j (GCM para 15); got ${JSON.stringify(value)}`);
    return letter;
  }));

/** A search string, trimmed. */
export function searchText(value: string, path: string): string {
  const text = value.trim();
  if (text.length === 0) throw new BadUserInputError(path, 'must contain at least one character; omit it to list without searching');
  if (text.length > MAX_SEARCH_LENGTH) throw new BadUserInputError(path, `is ${text.length} characters long; the limit is ${MAX_SEARCH_LENGTH}`);
  return text;
}

/** Text of at least `min` characters (after trimming), else like shared `boundedText`. */
function text(value: string, path: string, min: number, max: number): string {
  const t = boundedText(value, path, max);
  if (t.length < min) throw new BadUserInputError(path, `must be at least ${min} characters long`);
  return t;
}

export function httpUrl(value: string | null | undefined, path: string): string | null {
  const v = optionalBoundedText(value, path, 1000);
  if (v === null) return null;
  let parsed: URL;
  try {
    parsed = new URL(v);
  } catch {
    throw new BadUserInputError(path, `${JSON.stringify(v)} is not a URL`);
  }
  if (!['http:', 'https:'].includes(parsed.protocol)) throw new BadUserInputError(path, 'must be an http or https URL');
  return v;
}

/** A ResourceFilter argument as a normalized spec; only keys that are set, so equal filters serialize equally. */
export function filterSpec(filter: ResourceFilter | null | undefined, path = 'filter'): ResourceFilterSpec {
  if (!filter) return {};
  const spec: ResourceFilterSpec = {};
  if (filter.search !== null && filter.search !== undefined) spec.search = searchText(filter.search, `${path}.search`);
  if (spec.search && filter.searchMode === 'ALL') spec.searchMode = 'ALL';
  if (filter.objectives) spec.objectives = sorted(objectiveNumbers(filter.objectives, `${path}.objectives`));
  if (filter.principles) spec.principles = principleLetters(filter.principles, `${path}.principles`);
  if (filter.regions) spec.regions = sorted(filter.regions);
  if (filter.countries) spec.countries = sorted(countryCodes(filter.countries, `${path}.countries`));
  if (filter.languages) spec.languages = sorted(languageCodes(filter.languages, `${path}.languages`));
  if (filter.publishers) spec.publishers = sorted(organizationIds(filter.publishers, `${path}.publishers`));
  if (filter.types) spec.types = sorted(filter.types);
  if (filter.scopes) spec.scopes = sorted(filter.scopes);
  if (filter.publishedFrom) spec.publishedFrom = filter.publishedFrom;
  if (filter.publishedTo) spec.publishedTo = filter.publishedTo;
  if (spec.publishedFrom && spec.publishedTo && spec.publishedFrom > spec.publishedTo) {
    throw new BadUserInputError(`${path}.publishedTo`, `${spec.publishedTo} is before publishedFrom ${spec.publishedFrom}`);
  }
  if (filter.reviewStatuses) spec.reviewStatuses = sorted(filter.reviewStatuses);
  if (filter.mine) spec.mine = true;
  if (filter.updatedSince) spec.updatedSince = filter.updatedSince;
  if (filter.includeSamples === false) spec.excludeSamples = true;
  return spec;
}

/** SupportRequest.relatedPractices' filter as a normalized spec (only keys that are set). */
export function relatedPracticeFilter(filter: RelatedPracticeFilter | null | undefined): RelatedPracticeFilterSpec {
  const spec: RelatedPracticeFilterSpec = {};
  if (filter?.updatedSince) spec.updatedSince = filter.updatedSince;
  if (filter?.includeSamples === false) spec.excludeSamples = true;
  return spec;
}

/** The validated fields of a submission or update: the `resources` columns given and the tag lists given. */
export interface ResourceChanges {
  columns: Partial<ResourceRow>;
  tags: Partial<TagsInput>;
  /** Regions named explicitly (the countries' regions are added by the rules). */
  regions?: string[];
  practice: PracticeInput | null;
}

/** Validates the formats of whatever fields are given (all required ones for a submission: the schema makes them so). */
export function resourceChanges(input: Omit<UpdateResourceInput, 'id' | 'version' | 'submit'> | SubmitResourceInput, path: string): ResourceChanges {
  const columns: Partial<ResourceRow> = {};
  const tags: Partial<TagsInput> = {};
  if (input.title !== undefined && input.title !== null) columns.title = text(input.title, `${path}.title`, 3, 300);
  if (input.summary !== undefined && input.summary !== null) columns.summary = boundedText(input.summary, `${path}.summary`, 2000);
  if (input.body !== undefined) columns.body = optionalBoundedText(input.body, `${path}.body`, 50_000);
  if (input.type) columns.type = input.type;
  if (input.url !== undefined) columns.url = httpUrl(input.url, `${path}.url`);
  if (input.publishedOn) columns.published_on = input.publishedOn;
  if (input.geographicScope) columns.geographic_scope = input.geographicScope;
  if (input.targetAudience) columns.target_audience = JSON.stringify(unique(input.targetAudience));
  if (input.languages) {
    if (input.languages.length === 0) throw new BadUserInputError(`${path}.languages`, 'name at least one language');
    tags.languages = languageCodes(input.languages, `${path}.languages`);
  }
  if (input.objectives) tags.objectives = sorted(objectiveNumbers(input.objectives, `${path}.objectives`, { required: true }));
  if (input.principles) tags.principles = principleLetters(input.principles, `${path}.principles`);
  if (input.publishers) tags.publishers = unique(organizationIds(input.publishers, `${path}.publishers`));
  if (input.countries) tags.countries = sorted(countryCodes(input.countries, `${path}.countries`));
  const regions = input.regions ? unique(input.regions) : undefined;
  const p = input.practice ?? null;
  if (p) {
    if (p.implementedFrom && p.implementedUntil && p.implementedUntil < p.implementedFrom) {
      throw new BadUserInputError(`${path}.practice.implementedUntil`, `${p.implementedUntil} is before implementedFrom ${p.implementedFrom}`);
    }
    columns.implemented_from = p.implementedFrom ?? null;
    columns.implemented_until = p.implementedUntil ?? null;
    columns.completed = p.completed;
    columns.lessons_learned = optionalBoundedText(p.lessonsLearned, `${path}.practice.lessonsLearned`, 5000);
    columns.why_replicable = optionalBoundedText(p.whyReplicable, `${path}.practice.whyReplicable`, 5000);
  }
  return { columns, tags, regions, practice: p };
}

/** A review comment: optional, but REQUEST_CHANGES, REJECT and UNPUBLISH need one. */
export function reviewComment(decision: string, comment: string | null | undefined, path: string): string | null {
  const c = optionalBoundedText(comment, path, 5000);
  if ((decision === 'REQUEST_CHANGES' || decision === 'REJECT' || decision === 'UNPUBLISH') && !c) {
    throw new BadUserInputError(path, `${decision} needs a comment telling the submitter ${decision === 'REQUEST_CHANGES' ? 'what to change' : 'why'}`);
  }
  return c;
}
