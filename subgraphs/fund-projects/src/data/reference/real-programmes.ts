// Migration MPTF joint programmes beyond the first six (those are in ../seeds/projects.ts), each established from a
// stored public page: the Network's and agencies' pages announcing or reporting on the programme. What a page states is
// CERTAIN; what is derived from it (objectives from the programme's wording, a status from its planned end) is LIKELY
// or UNCERTAIN and the note says which. Nothing here is sample data.
//
// Gaps the sources leave, filled the way the first six fill them so every record passes the programme rules:
// - MPTF project ids (00123456) are not in the stored pages: codes are JP-<start year>-<place>, or JP-<country>-<city>
//   when no page gives the year;
// - budgets are not in the stored pages: USD 2 million each, the first six's average (about USD 12 million for six),
//   split evenly-ish between participants, budgetProvenance UNCERTAIN and the note says "estimated";
// - submission and selection dates are not in the stored pages: both stand at the implementation start, and the note
//   says so;
// - a budget a page does state (The Gambia's USD 2.35 million) is CERTAIN, and only its split is estimated;
// - a start date the pages do not give stays unknown: `since` is then the earliest date a page shows the programme
//   selected or under way, and submission, selection and the illustrative tranche stand there, as the note says;
// - transfers: one illustrative first tranche (half of each estimated share) at the start, marked sample, as the first
//   six have, so the ledger and the IATI export agree; actual transfers are on the MPTF Office Gateway (MIG00).
import type { ConfidenceCode } from '@unmn/shared/rows';
import type { SeedProject } from '../seeds/projects.js';

type Source = { source: string; confidence: ConfidenceCode; note?: string };

const GATEWAY = 'https://mptf.undp.org/fund/mig00';
const ESTIMATED_BUDGET_NOTE =
  'Estimated: the budget is not in the stored sources; USD 2 million is the first six programmes\' average (about USD 12 million for six), and the split between participants is also an estimate. Verify on the MPTF Office Gateway (MIG00).';
const DATES_NOTE = 'Submission and selection dates are not in the sources: submittedOn and decidedOn stand at the implementation start.';

/**
 * A programme established from public pages: real, with an illustrative first tranche of half of each estimated share
 * at `since` (the start date when the pages give one). The budget is an estimate unless `budgetProvenance` says
 * otherwise.
 */
const established = (
  p: Omit<SeedProject, 'sample' | 'transfers' | 'submittedOn' | 'decidedOn' | 'budgetProvenance' | 'transferProvenance'> & {
    since?: string;
    budgetProvenance?: SeedProject['budgetProvenance'];
  },
): SeedProject => {
  const { since, budgetProvenance, ...rest } = p;
  const at = since ?? p.startDate;
  if (!at) throw new Error(`${p.code}: a programme established from public pages needs a start date or the date it is known from`);
  return {
    ...rest,
    submittedOn: at,
    decidedOn: at,
    sample: false,
    budgetProvenance: budgetProvenance ?? { source: GATEWAY, confidence: 'U', note: ESTIMATED_BUDGET_NOTE },
    transfers: p.participants.map(([org, dollars]) => [org, (dollars / 2).toFixed(2), at]),
    transferProvenance: {
      source: GATEWAY,
      note: `Illustrative first tranche (half of the estimated share) at ${p.startDate ? 'the implementation start' : 'the earliest date the sources show the programme under way'}; actual transfers are on the MPTF Office Gateway (MIG00).`,
    },
  };
};

const IGAD_IOM = 'https://environmentalmigration.iom.int/addressing-drivers-and-facilitating-safe-orderly-and-regular-migration-contexts-disasters-and-climate-change-igad-region';
const IGAD_NETWORK = 'https://migrationnetwork.un.org/fund-action-regional-igad';
const IGAD_M4D = 'http://www.migration4development.org/fr/case-studies/igad-region-joint-un-programme';
const IGAD_PRACTICE = 'https://migrationnetwork.un.org/practice/developing-partnerships-igad-region';

const MENA_PETRA = 'https://www.fananews.com/language/en/un-agencies-launch-joint-programme-to-support-jordan-iraq-and-lebanon-in-climate-change-response/';
const MENA_WHO = 'https://www.emro.who.int/refugee-and-migrant-health/mptf/activities-implemented-by-who.html';
const MENA_DARPE = 'https://darpe.me/un-agencies-launch-joint-programme-to-support-iraq-jordan-and-lebanon-in-climate-change-response';

const DATES_SINCE_NOTE = 'Start, submission and selection dates are not in the sources: submittedOn and decidedOn stand at the earliest date a source shows the programme selected or under way.';

const GMB_IOM = 'https://rodakar.iom.int/news/united-nations-launches-landmark-project-addressing-migration-related-vulnerabilities-among-border-communities-along-trans-gambia-corridor';
const GMB_ITC = 'https://new-staging.intracen.org/news-and-events/news/united-nations-landmark-project-addresses-migration-related-vulnerabilities-in';
const GMB_ITC_PROJECT = 'https://intracen.org/our-work/projects/the-gambia-addressing-the-drivers-and-causes-of-vulnerability-in-migration-among';
const GMB_STANDARD = 'https://standard.gm/gambia-national-news/iom-inaugurates-migration-multi-partner-trust-fund/';
const GMB_POINT = 'https://thepoint.gm/africa/gambia/national-news/iom-partners-launch-joint-migration-support-programme';

const IDN_IOM_PSC = 'https://indonesia.iom.int/news/indonesian-government-deliberates-program-updates-and-offers-insights-future-mmptf-activities';
const IDN_IOM_CLOSE = 'https://indonesia.iom.int/news/migration-governance-programme-concludes-significant-achievements-advancing-global-compact-safe-and-orderly-migration-indonesia';
const IDN_UN = 'https://indonesia.un.org/en/node/274699';
const IDN_ANTARA = 'https://koran-jakarta.com/kemlu-tegaskan-pemerintah-ingin-pastikan-wni-bermigrasi-dengan-aman?page=1';

const ETH_NETWORK = 'https://migrationnetwork.un.org/ru/node/18226';
const UK_FCDO_2024 = 'https://uk-times.com/new-uk-money-to-combat-human-trafficking';

export const REAL_PROGRAMMES: SeedProject[] = [
  established({
    id: 'fp-2021-igad',
    code: 'JP-2021-IGAD',
    title: 'Addressing drivers and facilitating safe, orderly and regular migration in the contexts of disasters and climate change in the IGAD region',
    summary:
      'Regional joint programme in the seven IGAD member states on human mobility in the context of disasters, climate change and environmental degradation: data and knowledge, national and regional policy frameworks, cross-border disaster displacement preparedness, and regular migration pathways. Implemented with the IGAD Secretariat and its Climate Prediction and Application Centre (ICPAC).',
    scope: 'REGIONAL',
    countries: ['DJI', 'ETH', 'KEN', 'SOM', 'SSD', 'SDN', 'UGA'],
    thematicAreaId: 'ta2',
    objectives: [2, 5],
    participants: [['iom', 700_000], ['ilo', 500_000], ['unhcr', 400_000], ['unops', 400_000]],
    lead: 'iom',
    nationalPartners: ['Intergovernmental Authority on Development (IGAD) Secretariat', 'IGAD Climate Prediction and Application Centre (ICPAC)'],
    durationMonths: 24,
    startDate: '2021-02-18',
    status: 'CLOSED',
    closure: {
      at: '2023-02-18',
      note: 'Closure inferred (LIKELY): end of the 24-month implementation from 18 Feb 2021; the Network\'s "Fund in Action" page reports on it in the past tense. Actual closure date not in the sources.',
    },
    provenance: {
      source: `${IGAD_IOM}; ${IGAD_NETWORK}; ${IGAD_M4D}; ${IGAD_PRACTICE}`,
      confidence: 'L',
      note: `Funded by the Migration MPTF, title, the seven countries, the 24-month duration and the 18 Feb 2021 start are from the sources (certain); the status CLOSED is inferred. ${DATES_NOTE}`,
    },
    objectivesProvenance: {
      source: `${IGAD_IOM}; ${IGAD_NETWORK}`,
      confidence: 'L',
      note: 'Inferred from the programme\'s stated aims (minimizing adverse drivers: GCM objective 2; pathways for regular migration: objective 5); the stored pages do not list its GCM objectives.',
    },
    participantsProvenance: {
      source: IGAD_IOM,
      confidence: 'C',
      note: 'IOM (coordinating agency, technical co-lead with ILO), ILO, UNHCR and the Platform on Disaster Displacement hosted by UNOPS, from the source; UNOPS stands for PDD.',
    },
  }),
  established({
    id: 'fp-2024-irq-jor-lbn',
    code: 'JP-2024-IRQ-JOR-LBN',
    title: 'Strengthening the resilience of health systems and migrants to climate change and disaster risks in Iraq, Jordan and Lebanon',
    summary:
      'Joint programme supporting the health system responses of Iraq, Jordan and Lebanon to climate change adaptation and disaster risk reduction, bringing a human mobility lens into national public health adaptation and risk reduction strategies; includes health-worker training and local resilience action plans.',
    scope: 'MULTI_COUNTRY',
    countries: ['IRQ', 'JOR', 'LBN'],
    thematicAreaId: 'ta2',
    objectives: [2, 15],
    participants: [['iom', 700_000], ['who', 700_000], ['undrr', 600_000]],
    lead: 'iom',
    durationMonths: 24,
    startDate: '2024-04-04',
    status: 'CLOSED',
    closure: {
      at: '2026-04-04',
      note: 'Closure inferred (UNCERTAIN): the launch announced a programme over the coming two years, so its planned end was about April 2026; WHO reports its results in the past tense. An extension or the actual closure date is not in the sources.',
    },
    provenance: {
      source: `${MENA_PETRA}; ${MENA_WHO}; ${MENA_DARPE}`,
      confidence: 'L',
      note: `Operating under the Migration MPTF, the three countries, the three UN organizations, the launch on 4 Apr 2024 in Cairo and the two-year span are from the sources (certain); the title is descriptive (official title not in the stored pages) and the status CLOSED is inferred. ${DATES_NOTE}`,
    },
    objectivesProvenance: {
      source: MENA_PETRA,
      confidence: 'U',
      note: 'Inferred from the stated aims (climate and disaster risks as drivers: GCM objective 2; migrants\' access to health services: objective 15); the stored pages do not list its GCM objectives, and the thematic area is also inferred.',
    },
    participantsProvenance: {
      source: `${MENA_PETRA}; ${MENA_WHO}`,
      confidence: 'C',
      note: 'IOM, WHO and UNDRR from the sources; IOM as lead is an assumption (the sources name no convening agency).',
    },
  }),
  established({
    id: 'fp-2022-gmb',
    code: 'JP-2022-GMB',
    title: 'Addressing the drivers and causes of migration-related vulnerabilities among border communities along the Trans-Gambia transport corridor',
    summary:
      'Pilot joint programme in two border districts of The Gambia on the Trans-Gambia corridor (Jarra West and Upper Baddibu), where the Senegambia Bridge has increased trade and mobility: better-equipped border posts and trained border authorities, women, youth and children who know their rights, child protection on the move, and skills and business opportunities for women and youth.',
    scope: 'NATIONAL',
    countries: ['GMB'],
    thematicAreaId: 'ta3',
    objectives: [2, 11],
    participants: [['itc', 700_000], ['iom', 650_000], ['undp', 500_000], ['unicef', 500_000]],
    lead: 'itc',
    nationalPartners: [
      'Ministry of Trade, Industry, Regional Integration and Employment (MOTIE)',
      'Ministry of Interior',
      'Ministry of Gender, Children and Social Welfare',
    ],
    endDate: '2024-12-31',
    since: '2022-06-21',
    status: 'CLOSED',
    closure: {
      at: '2024-12-31',
      note: 'Closure inferred (LIKELY): the sources give December 2024 as the end of implementation; the actual closure date is not in the sources.',
    },
    provenance: {
      source: `${GMB_IOM}; ${GMB_ITC}; ${GMB_ITC_PROJECT}; ${GMB_STANDARD}; ${GMB_POINT}`,
      confidence: 'L',
      note: `Funded by the Migration MPTF; the title, the four UN organizations, the national partners, the launch on 21 Jun 2022 in The Gambia and the planned end in December 2024 are from the sources (certain). The start of implementation is not given (the launch news says work began about six months earlier, after signature) and the sources disagree on its length (two or three years), so neither is recorded. The status CLOSED is inferred. ${DATES_SINCE_NOTE}`,
    },
    budgetProvenance: {
      source: `${GMB_IOM}; ${GMB_ITC}; ${GMB_POINT}`,
      confidence: 'C',
      note: 'USD 2.35 million reported; the split between ITC, IOM, UNDP and UNICEF is an estimate.',
    },
    objectivesProvenance: {
      source: `${GMB_ITC}; ${GMB_ITC_PROJECT}`,
      confidence: 'U',
      note: 'Inferred from the stated aims (adverse drivers and situations of vulnerability: GCM objective 2; border management: objective 11); the stored pages do not list its GCM objectives, and the thematic area is also inferred.',
    },
    participantsProvenance: {
      source: `${GMB_IOM}; ${GMB_ITC}; ${GMB_STANDARD}`,
      confidence: 'C',
      note: 'ITC, IOM, UNDP and UNICEF from the sources; ITC as lead is an assumption (it presented the programme at the launch; the sources name no convening agency).',
    },
  }),
  established({
    id: 'fp-2022-idn',
    code: 'JP-2022-IDN',
    title: 'Migration Governance for Sustainable Development in Indonesia',
    summary:
      'Joint programme with the Ministry of Foreign Affairs strengthening national and local migration governance in line with the GCM: Migration Governance Indicators at national and provincial level, review of migration-related policies, migration in planning and budgeting in three provinces (South Sulawesi, Central Java, West Nusa Tenggara), and gender-responsive protection of women migrant workers, including access to justice for survivors of violence and trafficking.',
    scope: 'NATIONAL',
    countries: ['IDN'],
    thematicAreaId: 'ta1',
    objectives: [1, 7],
    participants: [['iom', 800_000], ['undp', 600_000], ['un-women', 600_000]],
    lead: 'iom',
    nationalPartners: ['Ministry of Foreign Affairs of the Republic of Indonesia'],
    durationMonths: 33,
    since: '2022-01-01',
    status: 'CLOSED',
    closure: {
      at: '2024-09-25',
      note: 'Closure inferred (LIKELY): the final Programme Steering Committee meeting on 25 Sep 2024 reviewed the programme as concluded; the actual closure date is not in the sources.',
    },
    provenance: {
      source: `${IDN_IOM_PSC}; ${IDN_IOM_CLOSE}; ${IDN_UN}; ${IDN_ANTARA}`,
      confidence: 'L',
      note: 'Funded by the Migration MPTF; the title, IOM, UNDP and UN Women, the Ministry of Foreign Affairs as partner, the period 2022-2024, the 33 months and the three provinces are from the sources (certain). The start date is not given: 1 Jan 2022 stands for the start of the stated period (33 months before the final steering committee of September 2024), and submittedOn and decidedOn stand there too. The status CLOSED is inferred.',
    },
    objectivesProvenance: {
      source: `${IDN_UN}; ${IDN_IOM_CLOSE}`,
      confidence: 'U',
      note: 'Inferred from the stated aims (migration governance indicators and policy review: GCM objective 1; protection of women migrant workers: objective 7); the stored pages do not list its GCM objectives, and the thematic area is also inferred.',
    },
    participantsProvenance: {
      source: `${IDN_IOM_PSC}; ${IDN_IOM_CLOSE}`,
      confidence: 'C',
      note: 'IOM, UNDP and UN Women from the sources; IOM is named as the lead coordinating agency.',
    },
  }),
  established({
    id: 'fp-eth-addis',
    code: 'JP-ETH-ADDIS',
    title: 'Ethiopia: Innovative Approaches to Address Inclusion and Integration, Through Health and Economic Empowerment of Migrant Street Children and Youth in Addis Ababa',
    summary:
      'Joint programme with the federal government, the Addis Ababa City Administration and local organizations for migrant and returnee children and youth living on the streets of Addis Ababa: reintegration support through health, housing, social protection, livelihoods and employment, and less exposure to trafficking and smuggling.',
    scope: 'NATIONAL',
    countries: ['ETH'],
    thematicAreaId: 'ta5',
    objectives: [15, 21],
    participants: [['un-habitat', 1_000_000], ['who', 1_000_000]],
    lead: 'un-habitat',
    nationalPartners: ['Addis Ababa City Administration'],
    since: '2024-10-09',
    status: 'ACTIVE',
    provenance: {
      source: `${ETH_NETWORK}; ${UK_FCDO_2024}`,
      confidence: 'L',
      note: `Title, country and aims from the Network's Knowledge Platform (certain). That it is funded by the Migration MPTF is LIKELY: the UK's announcement of its 2024 contribution (9 October, the year of the European Political Community summit it mentions) cites the fund's health and housing support to migrant street children in Ethiopia as under way. The start date and the year of selection are not in the sources, so the code carries no year; ACTIVE is the status last reported and may have changed since. ${DATES_SINCE_NOTE}`,
    },
    objectivesProvenance: {
      source: ETH_NETWORK,
      confidence: 'U',
      note: 'Inferred from the stated aims (access to basic services: GCM objective 15; reintegration of returnees: objective 21); the stored pages do not list its GCM objectives, and the thematic area is also inferred.',
    },
    participantsProvenance: {
      source: ETH_NETWORK,
      confidence: 'L',
      note: 'UN-Habitat and WHO are named on the Knowledge Platform page; the list may be incomplete. UN-Habitat as lead is an assumption.',
    },
  }),
];
