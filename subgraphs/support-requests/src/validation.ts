// Input checks that need no database: each failure is a BAD_USER_INPUT naming the field (`input.title`), raised before
// anything is written. Partner existence is checked against the database inside the write's transaction (data/writes.ts).
import { createHash } from 'node:crypto';
import { hubRegionOf } from '@unmn/shared/countries';
import { BadUserInputError } from '@unmn/shared/errors';
import { boundedText, countryCode, list, objectiveNumbers, optionalBoundedText } from '@unmn/shared/validate';
import type { HubRegion, SupportKind } from './data/models.js';
import { GUIDING_PRINCIPLE_LETTERS } from './data/reference/gcm.js';
import type { Edit, Submission } from './data/writes.js';
import type { MatchPartnersInput, SubmitSupportRequestInput, UpdateSupportRequestInput } from './generated/resolvers-types.js';

export const LIMITS = {
  title: 200,
  requestingAuthority: 300,
  description: 20_000,
  notes: 20_000,
  comment: 5_000,
  partnerRole: 300,
  contactName: 200,
  phone: 50,
  maxPartners: 20,
} as const;

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Trims and checks a required text's length (shared/validate.ts: one wording across subgraphs). */
export const text = boundedText;

/** An optional text: null when absent or blank, else checked like `text`. */
export const optionalText = optionalBoundedText;

export function country(value: string, field: string): { iso3: string; region: HubRegion } {
  const iso3 = countryCode(value, field);
  return { iso3, region: hubRegionOf(iso3)! };
}

export function objectives(values: readonly number[], field: string, required: boolean): number[] {
  return objectiveNumbers(values, field, { required, unique: true });
}

export function principles(values: readonly string[], field: string): string[] {
  return list(values, field, (value, at) => {
    const letter = value.trim().toLowerCase();
    if (!GUIDING_PRINCIPLE_LETTERS.includes(letter)) throw new BadUserInputError(at, `guiding principles are lettered a to j; got ${JSON.stringify(value)}`);
    return letter;
  }, { unique: true });
}

export function kinds(values: readonly SupportKind[], field: string): SupportKind[] {
  return list(values, field, (kind) => kind, { required: true, unique: true, noun: 'kind of support' });
}

export function contact(c: { name: string; email: string; phone?: string | null }, field: string) {
  const email = c.email.trim();
  if (!EMAIL.test(email) || email.length > 254) throw new BadUserInputError(`${field}.email`, `${JSON.stringify(c.email)} is not an e-mail address`);
  return { name: text(c.name, `${field}.name`, LIMITS.contactName), email, phone: optionalText(c.phone, `${field}.phone`, LIMITS.phone) };
}

export function version(v: number): number {
  if (!Number.isInteger(v) || v < 1) throw new BadUserInputError('input.version', `must be the positive version you read; got ${v}`);
  return v;
}

export function submission(input: SubmitSupportRequestInput): { submission: Submission; key: string; hash: string } {
  const key = input.idempotencyKey.trim();
  if (key.length < 8 || key.length > 100) throw new BadUserInputError('input.idempotencyKey', `must be 8 to 100 characters (a UUID is ideal); got ${key.length}`);
  const c = country(input.country, 'input.country');
  const s: Submission = {
    countryIso3: c.iso3,
    region: c.region,
    requestingAuthority: text(input.requestingAuthority, 'input.requestingAuthority', LIMITS.requestingAuthority),
    channel: input.channel,
    title: text(input.title, 'input.title', LIMITS.title),
    description: text(input.description, 'input.description', LIMITS.description),
    objectives: objectives(input.objectives, 'input.objectives', true),
    guidingPrinciples: principles(input.guidingPrinciples ?? [], 'input.guidingPrinciples'),
    supportKinds: kinds(input.supportKinds, 'input.supportKinds'),
    priority: input.priority ?? 'MEDIUM',
    contact: contact(input.contact, 'input.contact'),
  };
  // The hash identifies the content, so a retry (same key, same content) is told apart from a reused key.
  const hash = createHash('sha256').update(JSON.stringify(s)).digest('hex');
  return { submission: s, key, hash };
}

/** An edit: only the given fields, each checked as at submission. */
export function edit(input: UpdateSupportRequestInput): Edit {
  const e: Edit = { comment: optionalText(input.comment, 'input.comment', LIMITS.comment) };
  if (input.requestingAuthority != null) e.requestingAuthority = text(input.requestingAuthority, 'input.requestingAuthority', LIMITS.requestingAuthority);
  if (input.title != null) e.title = text(input.title, 'input.title', LIMITS.title);
  if (input.description != null) e.description = text(input.description, 'input.description', LIMITS.description);
  if (input.objectives != null) e.objectives = objectives(input.objectives, 'input.objectives', true);
  if (input.guidingPrinciples != null) e.guidingPrinciples = principles(input.guidingPrinciples, 'input.guidingPrinciples');
  if (input.supportKinds != null) e.supportKinds = kinds(input.supportKinds, 'input.supportKinds');
  if (input.priority != null) e.priority = input.priority;
  if (input.contact != null) e.contact = contact(input.contact, 'input.contact');
  return e;
}

/** Partners: at least one, no duplicates, well-formed ids, the lead among them. Existence is checked in the store. */
export function match(input: MatchPartnersInput) {
  if (input.partners.length === 0) throw new BadUserInputError('input.partners', 'name at least one partner organization');
  if (input.partners.length > LIMITS.maxPartners) throw new BadUserInputError('input.partners', `at most ${LIMITS.maxPartners} partners; got ${input.partners.length}`);
  const partners = input.partners.map((p, i) => {
    const organization = p.organization.trim().toLowerCase();
    if (!/^[a-z0-9-]{1,40}$/.test(organization)) throw new BadUserInputError(`input.partners[${i}].organization`, `${JSON.stringify(p.organization)} is not an organization id (lower-case acronym slug, e.g. "iom")`);
    return { organization, role: text(p.role, `input.partners[${i}].role`, LIMITS.partnerRole) };
  });
  list(partners.map((p) => p.organization), 'input.partners', (organization) => organization, { unique: true });
  const lead = input.lead.trim().toLowerCase();
  if (!partners.some((p) => p.organization === lead)) {
    throw new BadUserInputError('input.lead', `${JSON.stringify(input.lead)} is not among input.partners (${partners.map((p) => p.organization).join(', ')}); the lead must be one of the partners`);
  }
  return { partners, lead, comment: optionalText(input.comment, 'input.comment', LIMITS.comment) };
}
