// The UN entities the graph knows, with the Network's members and roles as far as the project's reference facts
// (domain-facts.md) establish them. Each membership carries its confidence: C certain, L likely, U uncertain. The
// official list is on migrationnetwork.un.org; correct entries here when it is checked. Headquarters and websites are
// general knowledge.
//
// The members subgraph owns Organizations and seeds them from this list. Other subgraphs cannot read its database,
// yet must refuse an unknown organization id in their input (partners, participants, publishers): they validate and
// seed their reference tables from this same list, so the ids never drift apart.
import type { ConfidenceCode } from './rows.js';

export interface OrganizationSeed {
  id: string;
  acronym: string;
  name: string;
  kind: 'UN_SECRETARIAT_ENTITY' | 'UN_FUND_OR_PROGRAMME' | 'SPECIALIZED_AGENCY' | 'REGIONAL_COMMISSION' | 'RELATED_ORGANIZATION' | 'OTHER_UN_ENTITY';
  headquarters: string;
  website: string;
  member: { since: string | null; confidence: ConfidenceCode; source: string; note?: string } | null;
}

const LETTER = 'Letter of the UN Network on Migration to Resident Coordinators, 27 Feb 2019 (shared/seed/network-letter-2019.md)';
export const EXCOM_SOURCES = `${LETTER}; https://reliefweb.int/report/world/statement-principals-executive-committee-united-nations-network-migration`;
const founding = { since: '2019-02-27', confidence: 'C' as const, source: EXCOM_SOURCES, note: 'Listed among the 38 members and the 8 Executive Committee members in the letter of 27 Feb 2019; membership likely dates from the Network\'s establishment in 2018.' };
const commission = { since: null, confidence: 'C' as const, source: 'https://migrationnetwork.un.org/regional-reviews-2024', note: 'Each regional commission organises its region\'s review "with the support of and being a member of the Network". Since-date unknown.' };
const likely = (evidence: string, source: string) => ({ since: null, confidence: 'L' as const, source, note: `Active Network partner (${evidence}); membership of the global Network not confirmed against the official list.` });
const uncertain = { since: null, confidence: 'U' as const, source: 'domain-facts.md §1.3, from memory of the Network\'s Terms of Reference', note: 'Probably among the founding 38; not verified. Check against the official member list.' };

const UGANDA = 'https://uganda.iom.int/news/united-nations-uganda-launches-network-migration';
const ESWATINI = 'https://eswatini.un.org/en/174977-un-migration-network-prepares-eswatini-first-global-review';

export const ORGANIZATIONS: OrganizationSeed[] = [
  // The eight founding Executive Committee members [C].
  { id: 'desa', acronym: 'UN DESA', name: 'United Nations Department of Economic and Social Affairs', kind: 'UN_SECRETARIAT_ENTITY', headquarters: 'New York', website: 'https://www.un.org/en/desa', member: founding },
  { id: 'ilo', acronym: 'ILO', name: 'International Labour Organization', kind: 'SPECIALIZED_AGENCY', headquarters: 'Geneva', website: 'https://www.ilo.org', member: founding },
  { id: 'iom', acronym: 'IOM', name: 'International Organization for Migration', kind: 'RELATED_ORGANIZATION', headquarters: 'Geneva', website: 'https://www.iom.int', member: founding },
  { id: 'ohchr', acronym: 'OHCHR', name: 'Office of the United Nations High Commissioner for Human Rights', kind: 'UN_SECRETARIAT_ENTITY', headquarters: 'Geneva', website: 'https://www.ohchr.org', member: founding },
  { id: 'undp', acronym: 'UNDP', name: 'United Nations Development Programme', kind: 'UN_FUND_OR_PROGRAMME', headquarters: 'New York', website: 'https://www.undp.org', member: founding },
  { id: 'unhcr', acronym: 'UNHCR', name: 'Office of the United Nations High Commissioner for Refugees', kind: 'OTHER_UN_ENTITY', headquarters: 'Geneva', website: 'https://www.unhcr.org', member: founding },
  { id: 'unicef', acronym: 'UNICEF', name: "United Nations Children's Fund", kind: 'UN_FUND_OR_PROGRAMME', headquarters: 'New York', website: 'https://www.unicef.org', member: founding },
  { id: 'unodc', acronym: 'UNODC', name: 'United Nations Office on Drugs and Crime', kind: 'UN_SECRETARIAT_ENTITY', headquarters: 'Vienna', website: 'https://www.unodc.org', member: founding },
  // WHO: on the Executive Committee by Dec 2021 [C].
  { id: 'who', acronym: 'WHO', name: 'World Health Organization', kind: 'SPECIALIZED_AGENCY', headquarters: 'Geneva', website: 'https://www.who.int', member: { since: null, confidence: 'C', source: 'A/76/642 (27 Dec 2021), https://www.eu.dk/samling/20211/almdel/UPN/bilag/135/2519065/index.htm', note: 'A member: on the Executive Committee by Dec 2021. The date it joined the Network is not known.' } },
  // The five UN regional commissions [C].
  { id: 'eca', acronym: 'ECA', name: 'Economic Commission for Africa', kind: 'REGIONAL_COMMISSION', headquarters: 'Addis Ababa', website: 'https://www.uneca.org', member: commission },
  { id: 'ece', acronym: 'ECE', name: 'Economic Commission for Europe', kind: 'REGIONAL_COMMISSION', headquarters: 'Geneva', website: 'https://unece.org', member: commission },
  { id: 'eclac', acronym: 'ECLAC', name: 'Economic Commission for Latin America and the Caribbean', kind: 'REGIONAL_COMMISSION', headquarters: 'Santiago', website: 'https://www.cepal.org', member: commission },
  { id: 'escap', acronym: 'ESCAP', name: 'Economic and Social Commission for Asia and the Pacific', kind: 'REGIONAL_COMMISSION', headquarters: 'Bangkok', website: 'https://www.unescap.org', member: commission },
  { id: 'escwa', acronym: 'ESCWA', name: 'Economic and Social Commission for Western Asia', kind: 'REGIONAL_COMMISSION', headquarters: 'Beirut', website: 'https://www.unescwa.org', member: commission },
  // Active Network partners; membership very probable [L].
  { id: 'fao', acronym: 'FAO', name: 'Food and Agriculture Organization of the United Nations', kind: 'SPECIALIZED_AGENCY', headquarters: 'Rome', website: 'https://www.fao.org', member: likely('FAO policy page on the Network; Uganda and Eswatini country networks', 'https://www.fao.org/policy-support/mechanisms/mechanisms-details/en/c/453804/') },
  { id: 'ifad', acronym: 'IFAD', name: 'International Fund for Agricultural Development', kind: 'SPECIALIZED_AGENCY', headquarters: 'Rome', website: 'https://www.ifad.org', member: likely('Network remittances workstream in partnership with IFAD', 'https://migrationnetwork.un.org/maximizing-economic-contribution-remittances-and-diaspora-sustainable-development') },
  { id: 'unfpa', acronym: 'UNFPA', name: 'United Nations Population Fund', kind: 'UN_FUND_OR_PROGRAMME', headquarters: 'New York', website: 'https://www.unfpa.org', member: likely('Uganda and Eswatini country networks', `${UGANDA}; ${ESWATINI}`) },
  { id: 'un-women', acronym: 'UN Women', name: 'United Nations Entity for Gender Equality and the Empowerment of Women', kind: 'OTHER_UN_ENTITY', headquarters: 'New York', website: 'https://www.unwomen.org', member: likely('Uganda country network', UGANDA) },
  { id: 'un-habitat', acronym: 'UN-Habitat', name: 'United Nations Human Settlements Programme', kind: 'UN_FUND_OR_PROGRAMME', headquarters: 'Nairobi', website: 'https://unhabitat.org', member: likely('Morocco event listing', 'https://migration4development.org/fr/node/557') },
  { id: 'unesco', acronym: 'UNESCO', name: 'United Nations Educational, Scientific and Cultural Organization', kind: 'SPECIALIZED_AGENCY', headquarters: 'Paris', website: 'https://www.unesco.org', member: likely('Eswatini country network', ESWATINI) },
  { id: 'wfp', acronym: 'WFP', name: 'World Food Programme', kind: 'UN_FUND_OR_PROGRAMME', headquarters: 'Rome', website: 'https://www.wfp.org', member: likely('Eswatini country network', ESWATINI) },
  { id: 'world-bank', acronym: 'World Bank', name: 'World Bank Group', kind: 'SPECIALIZED_AGENCY', headquarters: 'Washington, D.C.', website: 'https://www.worldbank.org', member: likely('Eswatini country network', ESWATINI) },
  { id: 'unido', acronym: 'UNIDO', name: 'United Nations Industrial Development Organization', kind: 'SPECIALIZED_AGENCY', headquarters: 'Vienna', website: 'https://www.unido.org', member: likely('Uganda country network', UGANDA) },
  { id: 'unaids', acronym: 'UNAIDS', name: 'Joint United Nations Programme on HIV/AIDS', kind: 'OTHER_UN_ENTITY', headquarters: 'Geneva', website: 'https://www.unaids.org', member: likely('Uganda country network', UGANDA) },
  { id: 'uncdf', acronym: 'UNCDF', name: 'United Nations Capital Development Fund', kind: 'UN_FUND_OR_PROGRAMME', headquarters: 'New York', website: 'https://www.uncdf.org', member: likely('Uganda country network', UGANDA) },
  { id: 'unops', acronym: 'UNOPS', name: 'United Nations Office for Project Services', kind: 'OTHER_UN_ENTITY', headquarters: 'Copenhagen', website: 'https://www.unops.org', member: likely('participating organisation in the IGAD-region Migration MPTF joint programme', 'http://www.migration4development.org/fr/case-studies/igad-region-joint-un-programme') },
  { id: 'undrr', acronym: 'UNDRR', name: 'United Nations Office for Disaster Risk Reduction', kind: 'UN_SECRETARIAT_ENTITY', headquarters: 'Geneva', website: 'https://www.undrr.org', member: likely('partner in a WHO/IOM/UNDRR Migration MPTF programme', 'https://www.emro.who.int/fr/refugee-and-migrant-health/mptf/the-strength-of-the-m-mptf.html') },
  { id: 'unitar', acronym: 'UNITAR', name: 'United Nations Institute for Training and Research', kind: 'OTHER_UN_ENTITY', headquarters: 'Geneva', website: 'https://unitar.org', member: likely('member of the Network\'s Core Working Groups 2.1 and 2.2 in the 2021-22 workplan', 'https://migrationnetwork.un.org/about/united-nations-network-migration-workplan') },
  { id: 'unu', acronym: 'UNU', name: 'United Nations University', kind: 'OTHER_UN_ENTITY', headquarters: 'Tokyo', website: 'https://unu.edu', member: likely('member of the Network\'s Core Working Groups 2.1 and 2.2 in the 2021-22 workplan', 'https://migrationnetwork.un.org/about/united-nations-network-migration-workplan') },
  { id: 'unfccc', acronym: 'UNFCCC', name: 'United Nations Framework Convention on Climate Change secretariat', kind: 'OTHER_UN_ENTITY', headquarters: 'Bonn', website: 'https://unfccc.int', member: likely('co-organised a May 2022 event of the Network\'s climate change workstream', 'https://environmentalmigration.iom.int') },
  // Probably among the founding 38, from memory of the ToR; not verified [U].
  { id: 'itc', acronym: 'ITC', name: 'International Trade Centre', kind: 'OTHER_UN_ENTITY', headquarters: 'Geneva', website: 'https://intracen.org', member: uncertain },
  { id: 'unctad', acronym: 'UNCTAD', name: 'United Nations Conference on Trade and Development', kind: 'OTHER_UN_ENTITY', headquarters: 'Geneva', website: 'https://unctad.org', member: uncertain },
  { id: 'unep', acronym: 'UNEP', name: 'United Nations Environment Programme', kind: 'UN_FUND_OR_PROGRAMME', headquarters: 'Nairobi', website: 'https://www.unep.org', member: uncertain },
  { id: 'unrwa', acronym: 'UNRWA', name: 'United Nations Relief and Works Agency for Palestine Refugees in the Near East', kind: 'OTHER_UN_ENTITY', headquarters: 'Amman', website: 'https://www.unrwa.org', member: uncertain },
  { id: 'ocha', acronym: 'OCHA', name: 'Office for the Coordination of Humanitarian Affairs', kind: 'UN_SECRETARIAT_ENTITY', headquarters: 'New York', website: 'https://www.unocha.org', member: uncertain },
  { id: 'dppa', acronym: 'DPPA', name: 'Department of Political and Peacebuilding Affairs', kind: 'UN_SECRETARIAT_ENTITY', headquarters: 'New York', website: 'https://dppa.un.org', member: uncertain },
  { id: 'un-global-compact', acronym: 'UN Global Compact', name: 'United Nations Global Compact', kind: 'OTHER_UN_ENTITY', headquarters: 'New York', website: 'https://unglobalcompact.org', member: uncertain },
  { id: 'dco', acronym: 'DCO', name: 'United Nations Development Coordination Office', kind: 'UN_SECRETARIAT_ENTITY', headquarters: 'New York', website: 'https://un-dco.org', member: uncertain },
];

/** Every known organization id, e.g. `iom`. */
export const ORGANIZATION_IDS: ReadonlySet<string> = new Set(ORGANIZATIONS.map((o) => o.id));
