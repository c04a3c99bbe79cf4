// Country and regional UN networks on migration, and the Network's published counts of them, as public pages name
// them (found through the project's stored public pages; summaries in our own words). Only networks a source names
// are listed, each with that source; an unknown founding date stays null rather than guessed. Add a network by adding
// an entry with its source URL and confidence.
import type { ConfidenceCode } from '@unmn/shared/rows';

export type UnNetworkKindCode = 'COUNTRY' | 'REGIONAL';

export interface UnNetworkSeed {
  /** `country-<iso3 lower case>` or `regional-<slug>`. */
  id: string;
  kind: UnNetworkKindCode;
  name: string;
  /** ISO alpha-3 for a country network; null for a regional one. */
  countryIso3: string | null;
  /** The region a regional network covers, in the Network's words; null for a country network. */
  regionName: string | null;
  /** The regional commission whose region it works in (organization id); null when it does not map to one. */
  regionalCommissionId: string | null;
  /** The day it was launched or established, when a source dates it. */
  establishedOn: string | null;
  /** Co-chairs, co-leads, coordinator or secretariat among UN entities, in the order the source gives them. */
  leads: string[];
  workplanUrl: string | null;
  entryPoint: string;
  source: string;
  confidence: ConfidenceCode;
  note: string;
}

export interface UnNetworkTotalSeed {
  kind: UnNetworkKindCode;
  count: number;
  /** The latest day by which the count had been reached (the day the source states it, when it is dated). */
  reachedBy: string;
  /** For a count whose day is only known to lie in a window: the window's first day. Null when `reachedBy` is exact. */
  notBefore: string | null;
  source: string;
  confidence: ConfidenceCode;
  note: string;
}

const RCO = (country: string) => `UN Resident Coordinator's Office in ${country}`;
const ARAB_NATIONAL = 'https://mena.iom.int/un-networks-arab-region';
const arabNational = (iso3: string, country: string): UnNetworkSeed => ({
  id: `country-${iso3.toLowerCase()}`,
  kind: 'COUNTRY',
  name: `UN Network on Migration in ${country}`,
  countryIso3: iso3,
  regionName: null,
  regionalCommissionId: null,
  establishedOn: null,
  leads: [],
  workplanUrl: null,
  entryPoint: RCO(country),
  source: ARAB_NATIONAL,
  confidence: 'C',
  note: 'Named by IOM\'s Middle East and North Africa office among the 15 national UN networks on migration set up in the Arab region; the page dates neither the count nor the network, and does not name its co-chairs.',
});

export const UN_NETWORKS: UnNetworkSeed[] = [
  {
    id: 'country-tur', kind: 'COUNTRY', name: 'UN Network on Migration in Türkiye', countryIso3: 'TUR', regionName: null, regionalCommissionId: null,
    establishedOn: '2021-02-18', leads: ['iom'], workplanUrl: null, entryPoint: RCO('Türkiye'),
    source: 'https://eca.iom.int/news/un-network-migration-established-worlds-largest-refugee-hosting-country',
    confidence: 'C',
    note: 'IOM convened UN representatives in Ankara on 18 February to set the network up, with IOM as its coordinator and secretariat; the Resident Coordinator spoke for the UN team. The year (2021) is from the release as republished on 20 Feb 2021 (https://human-wrongs-watch.net/2021/02/22/worlds-largest-refugee-hosting-country-turkey-establishes-a-dedicated-un-network-on-migration).',
  },
  {
    id: 'country-uga', kind: 'COUNTRY', name: 'UN Network on Migration in Uganda', countryIso3: 'UGA', regionName: null, regionalCommissionId: null,
    establishedOn: '2022-01-21', leads: ['iom'], workplanUrl: null, entryPoint: RCO('Uganda'),
    source: 'https://uganda.iom.int/news/united-nations-uganda-launches-network-migration',
    confidence: 'C',
    note: 'Launched at a virtual inaugural meeting co-chaired by the Resident Coordinator and the IOM Chief of Mission, with 15 member agencies (IOM as coordinator and secretariat).',
  },
  {
    id: 'country-zmb', kind: 'COUNTRY', name: 'UN Network on Migration in Zambia', countryIso3: 'ZMB', regionName: null, regionalCommissionId: null,
    establishedOn: null, leads: [], workplanUrl: null, entryPoint: RCO('Zambia'),
    source: 'https://migrationnetwork.un.org/un-networks-migration-established-nearly-third-gcm-member-states',
    confidence: 'C',
    note: 'The Network\'s undated release says the UN in Zambia set up its network "this week", bringing country networks to 50; the Coordinator\'s briefings place that between 18 March and 24 June 2021, so the day is unknown.',
  },
  {
    id: 'country-swz', kind: 'COUNTRY', name: 'UN Migration Network in Eswatini', countryIso3: 'SWZ', regionName: null, regionalCommissionId: null,
    establishedOn: null, leads: ['iom'], workplanUrl: null, entryPoint: RCO('Eswatini'),
    source: 'https://eswatini.un.org/en/174977-un-migration-network-prepares-eswatini-first-global-review',
    confidence: 'C',
    note: 'Set up by the UN in Eswatini under IOM\'s technical leadership; it held a retreat on 15-16 March 2022 to plan joint work ahead of the first IMRF. The founding date is not given.',
  },
  {
    id: 'country-pak', kind: 'COUNTRY', name: 'UN Network on Migration in Pakistan', countryIso3: 'PAK', regionName: null, regionalCommissionId: null,
    establishedOn: '2025-09-01', leads: ['iom'], workplanUrl: null, entryPoint: RCO('Pakistan'),
    source: 'https://arynews.tv/un-launches-pakistan-first-network-on-migration',
    confidence: 'L',
    note: 'A news report (dated 1 Sep 2025) of the launch in Islamabad that Monday: the Resident Coordinator heads the network and IOM is its secretariat. Secondary source, hence LIKELY.',
  },
  arabNational('JOR', 'Jordan'),
  arabNational('IRQ', 'Iraq'),
  arabNational('SAU', 'Saudi Arabia'),
  arabNational('BHR', 'Bahrain'),
  arabNational('KWT', 'Kuwait'),
  arabNational('QAT', 'Qatar'),
  arabNational('ARE', 'the United Arab Emirates'),
  arabNational('TUN', 'Tunisia'),
  {
    id: 'regional-europe-central-asia', kind: 'REGIONAL', name: 'Regional UN Network on Migration for Europe and Central Asia', countryIso3: null,
    regionName: 'Europe and Central Asia', regionalCommissionId: 'ece', establishedOn: null, leads: ['iom', 'undp', 'unhcr'], workplanUrl: null,
    entryPoint: 'The Issue-based Coalition on Large Movements of People, Displacement and Resilience for Europe and Central Asia (Vienna)',
    source: 'https://migrationnetwork.un.org/regional-information-brief',
    confidence: 'C',
    note: 'Based in Vienna, co-chaired by IOM, UNDP and UNHCR, and embedded in the regional Issue-based Coalition; it covers Europe and Central Asia, other UNECE countries case by case (brief updated March 2024).',
  },
  {
    id: 'regional-latin-america-caribbean', kind: 'REGIONAL', name: 'Regional UN Network on Migration for Latin America and the Caribbean', countryIso3: null,
    regionName: 'Latin America and the Caribbean', regionalCommissionId: 'eclac', establishedOn: null, leads: ['iom', 'eclac'],
    workplanUrl: 'https://migrationnetwork.un.org/un-network-migration-latin-america-and-caribbean-endorses-its-work-plan-2023-2024',
    entryPoint: 'The co-leads, IOM and ECLAC',
    source: 'https://migrationnetwork.un.org/un-network-migration-latin-america-and-caribbean-endorses-its-work-plan-2023-2024',
    confidence: 'C',
    note: 'Co-led by IOM and ECLAC; endorsed its 2023-2024 work plan on 31 May 2023 ahead of the second regional review in 2024.',
  },
  {
    id: 'regional-arab-states', kind: 'REGIONAL', name: 'Regional UN Network on Migration for the Arab Region', countryIso3: null,
    regionName: 'Arab region', regionalCommissionId: 'escwa', establishedOn: null, leads: ['iom', 'escwa'],
    workplanUrl: 'https://migrationnetwork.un.org/regional-information-brief-arab-region',
    entryPoint: 'The co-secretariat, IOM and ESCWA',
    source: 'https://migrationnetwork.un.org/regional-information-brief-arab-region',
    confidence: 'C',
    note: 'IOM coordinates it and forms its co-secretariat with ESCWA; set up under the Issue-based Coalition on Migration in the Arab Region; its 2023-2024 workplan was finalized (brief updated June 2024; the workplan link is the brief that reports it).',
  },
  {
    id: 'regional-west-central-africa', kind: 'REGIONAL', name: 'Regional UN Network on Migration for West and Central Africa', countryIso3: null,
    regionName: 'West and Central Africa', regionalCommissionId: null, establishedOn: null, leads: [], workplanUrl: null,
    entryPoint: 'The regional network\'s coordinator (not named by the source)',
    source: 'https://migrationnetwork.un.org/strong-partnerships-heart-cross-regional-dialogue-global-compact-migration-champions',
    confidence: 'C',
    note: 'Co-hosted with Ghana the cross-regional dialogue of GCM Champion countries in Accra (28-30 Nov 2023). Its leads and founding date were not found. West and Central Africa is part of ECA\'s region, not all of it.',
  },
];

const JUNE_2021 = 'https://migrationnetwork.un.org/statements/coordinators-briefing-24-june-2021';
export const UN_NETWORK_TOTALS: UnNetworkTotalSeed[] = [
  {
    kind: 'COUNTRY', count: 45, reachedBy: '2021-03-18', notBefore: null, source: JUNE_2021, confidence: 'L',
    note: 'The Coordinator told Member States on 24 June 2021 that country networks had grown from 45 since his previous briefing, given on 18 March 2021 (https://migrationnetwork.un.org/statements/coordinators-briefing-18-march-2021); the date is inferred from that wording.',
  },
  {
    kind: 'COUNTRY', count: 50, reachedBy: '2021-06-24', notBefore: '2021-03-18',
    source: 'https://migrationnetwork.un.org/un-networks-migration-established-nearly-third-gcm-member-states', confidence: 'C',
    note: 'Reached when the UN in Zambia set up its network (undated release); it lies between the 45 of 18 March 2021 and the 52 of 24 June 2021.',
  },
  {
    kind: 'COUNTRY', count: 52, reachedBy: '2021-06-24', notBefore: null, source: JUNE_2021, confidence: 'C',
    note: 'Stated in the Coordinator\'s briefing to Member States of 24 June 2021: country networks in over a third of all UN country teams.',
  },
];
