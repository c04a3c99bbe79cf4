// Turns GraphQL inputs into the store's shapes: amounts parsed exactly from decimal strings, codes upper-cased, and
// every bad value refused with BAD_USER_INPUT naming its field before anything is written.
import { BadUserInputError } from '@unmn/shared/errors';
import { today } from '@unmn/shared/dates';
import { boundedText, countryCode, countryCodes, objectiveNumbers, organizationId, organizationIds } from '@unmn/shared/validate';
import type { Viewer } from '@unmn/shared/viewer';
import type { Actor } from '../data/models.js';
import type { TransferFilter } from '../data/ledger.js';
import type { ProgressReportFilter, ProjectFilter } from '../data/reads.js';
import type { ProgressReportDraft } from '../data/writes.js';
import { parseAmount } from '../money.js';
import { parseParticipants, thematicAreaId, type ProjectDraft } from '../rules/project.js';
import type {
  FundProjectFilter, ProgressReportFilter as ProgressReportFilterInput, ReportProgressInput, SubmitConceptNoteInput, TransferFilter as TransferFilterInput,
  UpdateFundProjectInput,
} from '../generated/resolvers-types.js';

export const actorOf = (viewer: Viewer): Actor => ({ role: viewer.role, subject: viewer.subject });

/**
 * A filter with every value checked by the graph's shared validators: an objective outside 1 to 23, an unknown country,
 * organization or thematic area is a BAD_USER_INPUT naming the value (`filter.countries[0]`), never a silent empty
 * list. Codes come back normalized (countries upper-cased, organization ids lower-cased).
 */
export function parseFilter(filter: FundProjectFilter | null | undefined, path = 'filter'): ProjectFilter {
  if (!filter) return {};
  const out: ProjectFilter = { ...filter };
  if (filter.objectives) out.objectives = objectiveNumbers(filter.objectives, `${path}.objectives`);
  if (filter.countries) out.countries = countryCodes(filter.countries, `${path}.countries`);
  if (filter.organizations) out.organizations = organizationIds(filter.organizations, `${path}.organizations`);
  if (filter.thematicAreas) out.thematicAreas = filter.thematicAreas.map((id, i) => thematicAreaId(id, `${path}.thematicAreas[${i}]`));
  return out;
}

/** A transfer filter with its organization checked and normalized (`filter.organization`), as for programmes. */
export function parseTransferFilter(filter: TransferFilterInput | null | undefined, path = 'filter'): TransferFilter {
  if (!filter) return {};
  return { ...filter, organization: filter.organization == null ? null : organizationId(filter.organization, `${path}.organization`) };
}

/** A progress-report filter with its organization checked and normalized (`filter.organization`). */
export function parseReportFilter(filter: ProgressReportFilterInput | null | undefined, path = 'filter'): ProgressReportFilter {
  if (!filter) return {};
  return { ...filter, organization: filter.organization == null ? null : organizationId(filter.organization, `${path}.organization`) };
}

export function draftFromSubmit(input: SubmitConceptNoteInput): ProjectDraft {
  return {
    title: input.title,
    summary: input.summary,
    scope: input.scope,
    countries: [...input.countries],
    thematicAreaId: input.thematicAreaId,
    objectives: [...input.objectives],
    participants: parseParticipants(input.participants),
    leadOrganizationId: input.leadOrganizationId,
    nationalPartners: [...(input.nationalPartners ?? [])],
    budgetCents: parseAmount(input.budget, 'input.budget'),
    durationMonths: input.durationMonths ?? null,
    startDate: input.startDate ?? null,
    endDate: input.endDate ?? null,
    genderMarker: input.genderMarker ?? null,
    humanRightsMarker: input.humanRightsMarker ?? null,
    supportRequestId: input.supportRequestId ?? null,
  };
}

/**
 * Parses the amounts of an update up front (so a bad amount is named even if the programme is locked later) and
 * returns the merge applied to the programme's current state inside the store's transaction. Omitted fields stay; an
 * explicit null clears the optional ones (dates, duration, markers, support request).
 */
export function mergeUpdate(input: UpdateFundProjectInput): (current: ProjectDraft) => ProjectDraft {
  const budgetCents = input.budget != null ? parseAmount(input.budget, 'input.budget') : null;
  const participants = input.participants != null ? parseParticipants(input.participants) : null;
  const optional = <T>(value: T | null | undefined, current: T | null): T | null => (value === undefined ? current : (value ?? null));
  return (current) => ({
    title: input.title ?? current.title,
    summary: input.summary ?? current.summary,
    scope: input.scope ?? current.scope,
    countries: input.countries ? [...input.countries] : current.countries,
    thematicAreaId: input.thematicAreaId ?? current.thematicAreaId,
    objectives: input.objectives ? [...input.objectives] : current.objectives,
    participants: participants ?? current.participants,
    leadOrganizationId: input.leadOrganizationId ?? current.leadOrganizationId,
    nationalPartners: input.nationalPartners ? [...input.nationalPartners] : current.nationalPartners,
    budgetCents: budgetCents ?? current.budgetCents,
    durationMonths: optional(input.durationMonths, current.durationMonths),
    startDate: optional(input.startDate, current.startDate),
    endDate: optional(input.endDate, current.endDate),
    genderMarker: optional(input.genderMarker, current.genderMarker),
    humanRightsMarker: optional(input.humanRightsMarker, current.humanRightsMarker),
    supportRequestId: optional(input.supportRequestId, current.supportRequestId),
  });
}

/** A donor country, when given, must be a UN Member or observer State. */
export function parseDonorCountry(code: string | null | undefined): string | null {
  if (code == null) return null;
  return countryCode(code, 'input.donorCountry');
}

export const NARRATIVE_MAX = 20_000;

/** A progress report's input for `organizationId` (policy.ts `reportingOrganization`), checked before anything is written. */
export function draftFromReport(input: ReportProgressInput, organizationId: string): ProgressReportDraft {
  if (input.periodStart > today()) throw new BadUserInputError('input.periodStart', `${input.periodStart} is in the future; report on a period that has begun`);
  if (input.periodEnd < input.periodStart) throw new BadUserInputError('input.periodEnd', `${input.periodEnd} is before the period's start ${input.periodStart}`);
  return {
    projectId: input.fundProjectId,
    organizationId,
    periodStart: input.periodStart,
    periodEnd: input.periodEnd,
    narrative: boundedText(input.narrative, 'input.narrative', NARRATIVE_MAX),
  };
}
