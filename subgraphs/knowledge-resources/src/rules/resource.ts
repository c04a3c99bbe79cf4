// Rules a knowledge resource's content follows, as pure functions (no I/O): the writes apply them to the validated
// input and the row read in their transaction. Unit-tested beside this file.
import { BadUserInputError } from '@unmn/shared/errors';
import { HUB_REGIONS, hubRegionOf, type HubRegion } from '@unmn/shared/countries';
import type { Viewer } from '@unmn/shared/viewer';

/** Regions covered: the explicit ones plus those of the countries, in enum order. */
export function coveredRegions(explicit: readonly string[], countries: readonly string[]): HubRegion[] {
  const set = new Set<string>(explicit);
  for (const c of countries) {
    const r = hubRegionOf(c);
    if (r) set.add(r);
  }
  return HUB_REGIONS.filter((r) => set.has(r));
}

/** The merged content of a submission or update that the rules below check together. */
export interface ResourceShape {
  type: string;
  scope: string;
  countries: readonly string[];
  regions: readonly string[];
  /** Whether the result has practice details (given now or kept from before). */
  hasPractice: boolean;
  /** Whether this input gives practice details. */
  practiceGiven: boolean;
}

/** Rules that depend on several fields together; BAD_USER_INPUT names the field to fix (under `path`). */
export function checkShape(shape: ResourceShape, path: string): void {
  if (shape.type === 'PRACTICE' && !shape.hasPractice) {
    throw new BadUserInputError(`${path}.practice`, 'a PRACTICE needs its practice details (at least `completed`)');
  }
  if (shape.type !== 'PRACTICE' && shape.practiceGiven) {
    throw new BadUserInputError(`${path}.practice`, `practice details belong only to type PRACTICE; this resource is ${shape.type}`);
  }
  if ((shape.scope === 'NATIONAL' || shape.scope === 'LOCAL') && shape.countries.length === 0) {
    throw new BadUserInputError(`${path}.countries`, `a ${shape.scope} resource needs the country it is about`);
  }
  if (shape.scope === 'NATIONAL' && shape.countries.length > 1) {
    throw new BadUserInputError(`${path}.countries`, 'a NATIONAL resource is about one country; use REGIONAL for several');
  }
  if (shape.scope === 'REGIONAL' && shape.countries.length === 0 && shape.regions.length === 0) {
    throw new BadUserInputError(`${path}.regions`, 'a REGIONAL resource needs a region or countries');
  }
}

/**
 * Publishers and countries of a new submission: a member's own organization is always the first publisher, a country
 * role's own country is always covered; the secretariat names at least one publisher.
 */
export function submissionOwners(viewer: Viewer, publishers: readonly string[], countries: readonly string[], path: string): { publishers: string[]; countries: string[] } {
  let p = [...publishers];
  if (viewer.role === 'member' && viewer.organizationId) p = [viewer.organizationId, ...p.filter((id) => id !== viewer.organizationId)];
  if (viewer.role === 'secretariat' && p.length === 0) throw new BadUserInputError(`${path}.publishers`, 'name at least one publishing organization');
  let c = [...countries];
  if (viewer.role === 'country' && viewer.countryIso3 && !c.includes(viewer.countryIso3)) c = [...c, viewer.countryIso3].sort();
  return { publishers: p, countries: c };
}

/**
 * Publishers given in an update, kept consistent with ownership: the owning member's organization stays a publisher
 * when that member edits, and an empty list falls back to the owning organization. Undefined when not given.
 */
export function updatedPublishers(viewer: Viewer, ownerOrg: string | null, given: readonly string[] | undefined): string[] | undefined {
  if (!given) return undefined;
  let p = [...given];
  if (viewer.role === 'member' && viewer.organizationId && ownerOrg === viewer.organizationId && !p.includes(viewer.organizationId)) p = [viewer.organizationId, ...p];
  if (p.length === 0 && ownerOrg) p = [ownerOrg];
  return p;
}

/**
 * Countries and regions after an update: the owning country stays covered; when countries or regions are given, the
 * regions named explicitly before (those not explained by the old countries) or the new explicit ones are kept and the
 * new countries' regions added.
 */
export function updatedCoverage(
  before: { countries: readonly string[]; regions: readonly HubRegion[] },
  ownerCountry: string | null,
  given: { countries?: readonly string[]; regions?: readonly string[] },
): { countries: string[]; regions: HubRegion[] } {
  let countries = [...(given.countries ?? before.countries)];
  if (ownerCountry && !countries.includes(ownerCountry)) countries = [...countries, ownerCountry].sort();
  let regions = [...before.regions];
  if (given.countries || given.regions) {
    const derivedBefore = new Set<string>(coveredRegions([], before.countries));
    const explicit = given.regions ?? before.regions.filter((r) => !derivedBefore.has(r));
    regions = coveredRegions(explicit, countries);
  }
  return { countries, regions };
}
