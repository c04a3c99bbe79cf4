// The fund's rules that need no SQL: what a valid joint programme is, and which status changes are allowed. The store
// runs them inside its transactions (so they see the rows they lock); resolvers run the input parsing.
import { BadUserInputError, ConflictError } from '@unmn/shared/errors';
import { boundedText, countryCodes, objectiveNumbers } from '@unmn/shared/validate';
import { formatCents, parseAmount } from './money.js';
import type { Role } from '@unmn/shared/viewer';
import type { FundProjectStatus, MarkerRating, ProjectScope } from './data/models.js';

/** A joint programme as it will be written: parsed (cents, upper-case codes) but not yet checked against the rules. */
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
  /** Ids of organizations that may participate (seeded reference data). */
  knownOrganizations: ReadonlySet<string>;
  thematicAreaIds: ReadonlySet<string>;
  /** For updates: what each organization has received so far on this programme. */
  transferredByOrganization?: ReadonlyMap<string, bigint>;
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
 * Checks every rule a joint programme must satisfy; throws BAD_USER_INPUT naming the first offending field. Runs before
 * anything is written, so a refused programme leaves no trace.
 */
export function checkProject(d: ProjectDraft, ctx: RuleContext, path = 'input'): void {
  boundedText(d.title, `${path}.title`, LIMITS.title);
  boundedText(d.summary, `${path}.summary`, LIMITS.summary);

  countryCodes(d.countries, `${path}.countries`, { unique: true });
  const need = COUNTRIES_NEEDED[d.scope];
  if (d.countries.length < need.min || d.countries.length > need.max) {
    throw new BadUserInputError(`${path}.countries`, `${need.text}; got ${d.countries.length}`);
  }

  if (!ctx.thematicAreaIds.has(d.thematicAreaId)) {
    throw new BadUserInputError(`${path}.thematicAreaId`, `"${d.thematicAreaId}" is not a thematic area; use one of ${[...ctx.thematicAreaIds].sort().join(', ')}`);
  }
  objectiveNumbers(d.objectives, `${path}.objectives`, { required: true, unique: true });

  if (d.participants.length < 2) {
    throw new BadUserInputError(`${path}.participants`, `a joint programme needs at least two participating UN organizations; got ${d.participants.length}`);
  }
  const seenOrgs = new Set<string>();
  d.participants.forEach((p, i) => {
    if (!ctx.knownOrganizations.has(p.organizationId)) {
      throw new BadUserInputError(`${path}.participants[${i}].organizationId`, `"${p.organizationId}" is not a known participating UN organization (ids as in the members subgraph, e.g. "iom")`);
    }
    if (seenOrgs.has(p.organizationId)) throw new BadUserInputError(`${path}.participants[${i}].organizationId`, `"${p.organizationId}" is listed twice`);
    seenOrgs.add(p.organizationId);
    const received = ctx.transferredByOrganization?.get(p.organizationId) ?? 0n;
    if (p.shareCents < received) {
      throw new BadUserInputError(`${path}.participants[${i}].budgetShare`, `${p.organizationId} has already received ${formatCents(received)}; its share cannot be smaller`);
    }
  });
  for (const [org, received] of ctx.transferredByOrganization ?? []) {
    if (received > 0n && !seenOrgs.has(org)) {
      throw new BadUserInputError(`${path}.participants`, `${org} has already received ${formatCents(received)} and must stay a participant`);
    }
  }
  if (!seenOrgs.has(d.leadOrganizationId)) {
    throw new BadUserInputError(`${path}.leadOrganizationId`, `the lead "${d.leadOrganizationId}" must be one of the participants (${[...seenOrgs].join(', ')})`);
  }
  const shares = d.participants.reduce((sum, p) => sum + p.shareCents, 0n);
  if (shares !== d.budgetCents) {
    throw new BadUserInputError(`${path}.participants`, `the budget shares add up to ${formatCents(shares)} but the budget is ${formatCents(d.budgetCents)}; they must be equal`);
  }

  d.nationalPartners.forEach((name, i) => boundedText(name, `${path}.nationalPartners[${i}]`, LIMITS.nationalPartner));
  if (d.durationMonths !== null && (!Number.isInteger(d.durationMonths) || d.durationMonths < 1 || d.durationMonths > 120)) {
    throw new BadUserInputError(`${path}.durationMonths`, `must be 1 to 120 months; got ${d.durationMonths}`);
  }
  if (d.startDate && d.endDate && d.endDate < d.startDate) {
    throw new BadUserInputError(`${path}.endDate`, `${d.endDate} is before the start date ${d.startDate}`);
  }
}

/** Upper-cases country codes so `mkd` and `MKD` are the same country. */
export const normalizeCountries = (codes: readonly string[]) => codes.map((c) => c.trim().toUpperCase());

/** Where each status change may start from. */
export const TRANSITIONS = {
  moveToPipeline: { from: ['CONCEPT_NOTE'], to: 'PIPELINE' },
  approve: { from: ['CONCEPT_NOTE', 'PIPELINE'], to: 'APPROVED' },
  notSelect: { from: ['CONCEPT_NOTE', 'PIPELINE'], to: 'NOT_SELECTED' },
  close: { from: ['APPROVED', 'ACTIVE'], to: 'CLOSED' },
} as const satisfies Record<string, { from: readonly FundProjectStatus[]; to: FundProjectStatus }>;
export type TransitionName = keyof typeof TRANSITIONS;

/** Throws CONFLICT unless the programme may go from `current` through `name`. */
export function checkTransition(id: string, current: FundProjectStatus, name: TransitionName): void {
  const t = TRANSITIONS[name];
  if ((t.from as readonly string[]).includes(current)) return;
  throw new ConflictError(`FundProject ${id} is ${current}; it can become ${t.to} only from ${t.from.join(' or ')}`, { currentStatus: current });
}

/** Statuses whose programmes can still be edited. */
export const EDITABLE: readonly FundProjectStatus[] = ['CONCEPT_NOTE', 'PIPELINE', 'APPROVED', 'ACTIVE'];
/** Statuses whose programmes can receive transfers. */
export const TRANSFERABLE: readonly FundProjectStatus[] = ['APPROVED', 'ACTIVE'];
/** Statuses that count as approved budget (thematic balance). */
export const APPROVED_STATUSES: readonly FundProjectStatus[] = ['APPROVED', 'ACTIVE', 'CLOSED'];

/**
 * Read visibility (applied in SQL by the store's `projects()`). The Pipeline of Joint Programmes is a public booklet
 * (domain-facts.md §3.4), so programmes are public from PIPELINE on; a concept note (just submitted, with its budget
 * shares) and a NOT_SELECTED programme are visible only to those with a stake: the participating organizations'
 * members and the roles below.
 */
export const PUBLIC_STATUSES: readonly FundProjectStatus[] = ['PIPELINE', 'APPROVED', 'ACTIVE', 'CLOSED'];
/** Roles that see every programme whatever its status: the fund's bodies and the Network secretariat. */
export const SEES_EVERY_PROGRAMME: readonly Role[] = ['fund-manager', 'steering-committee', 'secretariat'];
