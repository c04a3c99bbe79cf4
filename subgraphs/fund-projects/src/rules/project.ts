// What a valid joint programme is, with no SQL: the write path runs it inside its transaction (so it sees the rows it
// locked), after the resolvers have parsed the input. Values are checked with the graph's shared validators
// (@unmn/shared/validate), so a wrong country, objective or organization reads the same here as everywhere else.
import { BadUserInputError } from '@unmn/shared/errors';
import { boundedText, countryCodes, objectiveNumbers, organizationId } from '@unmn/shared/validate';
import { formatCents, parseAmount } from '../money.js';
import type { MarkerRating, ProjectScope } from '../data/models.js';
import { THEMATIC_AREA_IDS } from '../data/reference/fund.js';

/** A joint programme as it will be written: amounts parsed to cents, not yet checked or normalized by `checkProject`. */
export interface ProjectDraft {
  title: string;
  summary: string;
  scope: ProjectScope;
  countries: string[];
  thematicAreaId: string;
  objectives: number[];
  participants: { organizationId: string; shareCents: bigint }[];
  leadOrganizationId: string;
  nationalPartners: string[];
  budgetCents: bigint;
  durationMonths: number | null;
  startDate: string | null;
  endDate: string | null;
  genderMarker: MarkerRating | null;
  humanRightsMarker: MarkerRating | null;
  supportRequestId: string | null;
}

/** Input as the schema's SubmitConceptNoteInput / UpdateFundProjectInput carry it (amounts still strings). */
export interface ParticipantInput {
  organizationId: string;
  budgetShare: string;
}

/** Parses the participants' shares, naming `input.participants[i].budgetShare` on a bad amount. */
export const parseParticipants = (participants: readonly ParticipantInput[], path = 'input.participants') =>
  participants.map((p, i) => ({
    organizationId: p.organizationId,
    shareCents: parseAmount(p.budgetShare, `${path}[${i}].budgetShare`),
  }));

export interface RuleContext {
  /** For updates: what each organization has received so far on this programme. */
  transferredByOrganization?: ReadonlyMap<string, bigint>;
}

/** One of the fund's thematic areas (reference data), for filters and programmes alike. */
export function thematicAreaId(value: string, path: string): string {
  if (!THEMATIC_AREA_IDS.includes(value)) throw new BadUserInputError(path, `${JSON.stringify(value)} is not a thematic area; use one of ${THEMATIC_AREA_IDS.join(', ')}`);
  return value;
}

/** Text limits (characters, after trimming); longer text is refused, never cut. */
export const LIMITS = { title: 300, summary: 20_000, nationalPartner: 300 } as const;

const COUNTRIES_NEEDED: Record<ProjectScope, { min: number; max: number; text: string }> = {
  NATIONAL: { min: 1, max: 1, text: 'a NATIONAL programme has exactly one country' },
  MULTI_COUNTRY: { min: 2, max: Infinity, text: 'a MULTI_COUNTRY programme has at least two countries' },
  REGIONAL: { min: 1, max: Infinity, text: 'a REGIONAL programme lists at least one country of its region' },
  GLOBAL: { min: 0, max: Infinity, text: '' },
};

/**
 * Checks every rule a joint programme must satisfy and returns it normalized (text trimmed, countries upper-cased,
 * organization ids lower-cased); throws BAD_USER_INPUT naming the first offending field. Runs before anything is
 * written, so a refused programme leaves no trace.
 */
export function checkProject(d: ProjectDraft, ctx: RuleContext = {}, path = 'input'): ProjectDraft {
  const title = boundedText(d.title, `${path}.title`, LIMITS.title);
  const summary = boundedText(d.summary, `${path}.summary`, LIMITS.summary);

  const countries = countryCodes(d.countries, `${path}.countries`, { unique: true });
  const need = COUNTRIES_NEEDED[d.scope];
  if (countries.length < need.min || countries.length > need.max) {
    throw new BadUserInputError(`${path}.countries`, `${need.text}; got ${countries.length}`);
  }

  thematicAreaId(d.thematicAreaId, `${path}.thematicAreaId`);
  const objectives = objectiveNumbers(d.objectives, `${path}.objectives`, { required: true, unique: true });

  if (d.participants.length < 2) {
    throw new BadUserInputError(`${path}.participants`, `a joint programme needs at least two participating UN organizations; got ${d.participants.length}`);
  }
  const participants = d.participants.map((p, i) => {
    const org = organizationId(p.organizationId, `${path}.participants[${i}].organizationId`);
    const received = ctx.transferredByOrganization?.get(org) ?? 0n;
    if (p.shareCents < received) {
      throw new BadUserInputError(`${path}.participants[${i}].budgetShare`, `${org} has already received ${formatCents(received)}; its share cannot be smaller`);
    }
    return { organizationId: org, shareCents: p.shareCents };
  });
  const seenOrgs = new Set<string>();
  participants.forEach((p, i) => {
    if (seenOrgs.has(p.organizationId)) throw new BadUserInputError(`${path}.participants[${i}].organizationId`, `${JSON.stringify(p.organizationId)} is listed twice`);
    seenOrgs.add(p.organizationId);
  });
  for (const [org, received] of ctx.transferredByOrganization ?? []) {
    if (received > 0n && !seenOrgs.has(org)) {
      throw new BadUserInputError(`${path}.participants`, `${org} has already received ${formatCents(received)} and must stay a participant`);
    }
  }
  const lead = d.leadOrganizationId.trim().toLowerCase();
  if (!seenOrgs.has(lead)) {
    throw new BadUserInputError(`${path}.leadOrganizationId`, `the lead "${d.leadOrganizationId}" must be one of the participants (${[...seenOrgs].join(', ')})`);
  }
  const shares = participants.reduce((sum, p) => sum + p.shareCents, 0n);
  if (shares !== d.budgetCents) {
    throw new BadUserInputError(`${path}.participants`, `the budget shares add up to ${formatCents(shares)} but the budget is ${formatCents(d.budgetCents)}; they must be equal`);
  }

  const nationalPartners = d.nationalPartners.map((name, i) => boundedText(name, `${path}.nationalPartners[${i}]`, LIMITS.nationalPartner));
  if (d.durationMonths !== null && (!Number.isInteger(d.durationMonths) || d.durationMonths < 1 || d.durationMonths > 120)) {
    throw new BadUserInputError(`${path}.durationMonths`, `must be 1 to 120 months; got ${d.durationMonths}`);
  }
  if (d.startDate && d.endDate && d.endDate < d.startDate) {
    throw new BadUserInputError(`${path}.endDate`, `${d.endDate} is before the start date ${d.startDate}`);
  }
  return { ...d, title, summary, countries, objectives, participants, leadOrganizationId: lead, nationalPartners };
}
