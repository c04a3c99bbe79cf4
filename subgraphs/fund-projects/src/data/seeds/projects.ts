// Joint programmes, contributions and transfers to seed. The first six programmes selected in October 2020 are real
// (domain-facts.md §3.5): their countries, themes and selection date are facts, and so are, where the sources give
// them, titles, participants, durations and objectives. Everything else about them is marked for what it is:
// - budgets: an estimated split of the reported "about USD 12 million" (only North Macedonia's USD 1.5 million is
//   reported), budgetProvenance UNCERTAIN;
// - participants and lead: their own participantsProvenance, CERTAIN where a source names them (North Macedonia,
//   South Africa; the lead is still an assumption), UNCERTAIN placeholders for the other four;
// - titles: the official ones where the sources give them (all but South Africa's, which is descriptive);
// - submission date: not in the sources, so submittedOn is the selection date (19 Oct 2020) and the note says so;
// - status: CLOSED, inferred (LIKELY): they ran 24 to 30 months from late 2020, so implementation ended by mid-2023;
//   the closure date is not known (closedOn stays null; the history's closing event carries the inferred end).
// The record's own confidence is LIKELY for all six, because each record mixes certain facts with inferred ones.
// The rest is illustrative sample data and says so.
import type { ConfidenceCode } from '@unmn/shared/rows';
import type { FundProjectStatus, MarkerRating, ProjectScope } from '../models.js';

export interface SeedProject {
  id: string;
  code: string;
  title: string;
  summary: string;
  scope: ProjectScope;
  countries: string[];
  thematicAreaId: string;
  objectives: number[];
  /** [organization id, share in whole US dollars]; the first listed is not necessarily the lead. */
  participants: [string, number][];
  lead: string;
  nationalPartners?: string[];
  durationMonths?: number;
  startDate?: string;
  endDate?: string;
  status: FundProjectStatus;
  submittedOn: string;
  decidedOn?: string;
  closedOn?: string;
  /** For reference records closed by inference: when the history's closing event is put, and why (closedOn stays unknown). */
  closure?: { at: string; note: string };
  genderMarker?: MarkerRating;
  humanRightsMarker?: MarkerRating;
  sample: boolean;
  provenance: { source: string; confidence: ConfidenceCode; note?: string };
  budgetProvenance: { source: string; confidence: ConfidenceCode; note?: string };
  objectivesProvenance: { source: string; confidence: ConfidenceCode; note?: string };
  /** Where the participants and the lead come from, when it differs from `provenance`. */
  participantsProvenance?: { source: string; confidence: ConfidenceCode; note?: string };
  /** Transfers as [organization id, amount in dollars and cents as a decimal string, date]. */
  transfers?: [string, string, string][];
  /** Where the (illustrative) transfers of a real programme come from, when not the first six's selection news. */
  transferProvenance?: { source: string; note: string };
}

const FIRST_TRANCHE = '2020-11-16';
const SELECTION = 'http://mptf.undp.org/ (news 19 Oct 2020); https://migrationnetwork.un.org/ar/node/1833';
const ESTIMATED_BUDGET = {
  source: `${SELECTION} (total about USD 12 million)`,
  confidence: 'U' as ConfidenceCode,
  note: 'Estimated: an even-handed split of the reported total of about USD 12 million across the first six programmes (only North Macedonia\'s USD 1.5 million is reported); the split between participants is also an estimate.',
};
/** The selection by the Steering Committee, 19 Oct 2020 (the news item's date): the only date the sources give. */
const SELECTED_ON = '2020-10-19';
const FIRST_SIX_NOTE =
  'One of the first six joint programmes selected in October 2020 (certain). Submission date not in the sources: submittedOn is the selection date, 19 Oct 2020. ' +
  'Status CLOSED is inferred (LIKELY), not reported: the programmes were underway in 2021 and ran 24 to 30 months from late 2020, so they ended by mid-2023; the closure date is not known.';
const GUESSED_PARTICIPANTS = {
  source: SELECTION,
  confidence: 'U' as ConfidenceCode,
  note: 'Placeholder: the participating organizations and the lead are NOT in the stored sources; verify on the MPTF Office Gateway (MIG00).',
};
const INFERRED_OBJECTIVES = { source: SELECTION, confidence: 'U' as ConfidenceCode, note: 'Objectives inferred from the programme\'s theme; not verified.' };
/** The closing event of the first six: an inferred end of implementation, not a recorded closure. */
const closedAfter = (months: number, known: boolean) => ({
  at: addMonths(FIRST_TRANCHE, months),
  note: known
    ? `Closure inferred (LIKELY): end of the ${months}-month implementation from the first transfer; actual closure date not in the sources.`
    : `Closure inferred (LIKELY): duration not in the sources, taken as at most ${months} months like the first six whose duration is known; actual closure date not in the sources.`,
});

function addMonths(date: string, months: number): string {
  const d = new Date(`${date}T00:00:00.000Z`);
  d.setUTCMonth(d.getUTCMonth() + months);
  return d.toISOString().slice(0, 10);
}
/**
 * One of the first six: selected (and so submitted, as far as the sources say) on 19 Oct 2020, CLOSED, real rather
 * than sample, and paid a first tranche of half of each participant's share on 16 Nov 2020, derived here so the
 * transfers always agree with the shares.
 */
const firstSix = (p: Omit<SeedProject, 'status' | 'submittedOn' | 'decidedOn' | 'sample' | 'transfers'>): SeedProject => ({
  ...p,
  status: 'CLOSED',
  submittedOn: SELECTED_ON,
  decidedOn: SELECTED_ON,
  sample: false,
  transfers: p.participants.map(([org, dollars]) => [org, (dollars / 2).toFixed(2), FIRST_TRANCHE]),
});

const SAMPLE = { source: 'sample data for demonstration', confidence: 'U' as ConfidenceCode, note: 'Illustrative sample programme, not a Migration MPTF record.' };

export const SEED_PROJECTS: SeedProject[] = [
  firstSix({
    id: 'fp-2020-zaf',
    code: 'JP-2020-ZAF',
    title: 'Protecting women migrants from sexual violence, exploitation and forced labour in South Africa',
    summary: 'Joint programme in South Africa on women migrants: preventing and responding to sexual and gender-based violence, exploitation and forced labour.',
    scope: 'NATIONAL',
    countries: ['ZAF'],
    thematicAreaId: 'ta2',
    objectives: [7, 10],
    participants: [['un-women', 700_000], ['iom', 600_000], ['ohchr', 400_000], ['unhcr', 400_000], ['undp', 400_000]],
    lead: 'un-women',
    durationMonths: 24,
    provenance: { source: `${SELECTION}; https://migrationnetwork.un.org/es/node/2284`, confidence: 'L', note: `${FIRST_SIX_NOTE} The 2020-2022 period from the source; the title is descriptive (official title not verified).` },
    budgetProvenance: ESTIMATED_BUDGET,
    objectivesProvenance: INFERRED_OBJECTIVES,
    participantsProvenance: { source: 'https://migrationnetwork.un.org/es/node/2284', confidence: 'C', note: 'UN Women, IOM, OHCHR, UNHCR and UNDP from the source; UN Women as lead is an assumption.' },
    closure: closedAfter(24, true),
  }),
  firstSix({
    id: 'fp-2020-tjk',
    code: 'JP-2020-TJK',
    title: "Empowerment of 'Families left behind' for improved Migration Outcomes in Khatlon, Tajikistan",
    summary: 'Joint programme in Tajikistan for families who depend on relatives working abroad.',
    scope: 'NATIONAL',
    countries: ['TJK'],
    thematicAreaId: 'ta4',
    objectives: [19, 20],
    participants: [['iom', 1_100_000], ['undp', 900_000]],
    lead: 'iom',
    provenance: { source: `${SELECTION}; https://migrationnetwork.un.org/fund-action-tajikistan; https://migrationnetwork.un.org/projects/empowerment-families-left-behind-improved-migration-outcomes-khatlon-tajikistan; https://tajikistan.iom.int/news/closure-empowering-families-left-behind-project-tajikistan-journey-progress-and-future-initiatives`, confidence: 'L', note: `${FIRST_SIX_NOTE} Country, theme and official title from the sources (IOM Tajikistan reported the programme's closing event on 3 Nov 2023, later than the inferred end kept here). Participants: see participantsProvenance.` },
    budgetProvenance: ESTIMATED_BUDGET,
    objectivesProvenance: INFERRED_OBJECTIVES,
    participantsProvenance: GUESSED_PARTICIPANTS,
    closure: closedAfter(30, false),
  }),
  firstSix({
    id: 'fp-2020-phl',
    code: 'JP-2020-PHL',
    title: 'Bridging Recruitment to Reintegration in Migration Governance: Philippines (BRIDGE)',
    summary: 'Joint programme in the Philippines supporting overseas workers, from recruitment to return.',
    scope: 'NATIONAL',
    countries: ['PHL'],
    thematicAreaId: 'ta4',
    objectives: [6, 21],
    participants: [['iom', 800_000], ['ilo', 700_000], ['un-women', 500_000]],
    lead: 'iom',
    provenance: { source: `${SELECTION}; https://www.ilo.org/manila/projects/WCMS_778429/lang--en/index.htm; https://migrationnetwork.un.org/fund-action-philippines`, confidence: 'L', note: `${FIRST_SIX_NOTE} Official title from the sources; launched 16 Dec 2020 for about 30 months.` },
    budgetProvenance: ESTIMATED_BUDGET,
    objectivesProvenance: { source: 'https://www.ilo.org/manila/projects/WCMS_778429/lang--en/index.htm', confidence: 'L', note: "Objectives 6 and 21 from ILO's project page (ILO's pipeline page lists 8 instead)." },
    participantsProvenance: { source: 'https://www.ilo.org/manila/projects/WCMS_778429/lang--en/index.htm; https://migrationnetwork.un.org/fund-action-philippines', confidence: 'C', note: 'IOM, ILO and UN Women from the sources; IOM as lead is an assumption.' },
    closure: closedAfter(30, false),
  }),
  firstSix({
    id: 'fp-2020-mkd',
    code: 'JP-2020-MKD',
    title: 'Evidence-based migration policy planning and discourse in North Macedonia',
    summary: 'Joint programme in North Macedonia strengthening migration data and its use in policy planning and public discourse.',
    scope: 'NATIONAL',
    countries: ['MKD'],
    thematicAreaId: 'ta1',
    objectives: [1],
    participants: [['iom', 600_000], ['unfpa', 450_000], ['unhcr', 450_000]],
    lead: 'iom',
    nationalPartners: [
      'Ministry of Interior', 'State Statistical Office', 'Ministry of Labour and Social Policy', 'Ministry of Information Society and Public Administration',
      'National Bank of the Republic of North Macedonia', 'Ministry of Foreign Affairs', 'Secretariat for European Affairs',
      'Migration, Asylum, Refugees Regional Initiative (MARRI)', 'Macedonian Young Lawyers Association', 'European Policy Institute', 'Reactor - Research in Action',
    ],
    durationMonths: 30,
    provenance: {
      source: `${SELECTION}; nezavisen.mk news item; https://migration4development.org/ node/238; https://migrationnetwork.un.org/projects/evidence-based-migration-policy-planning-and-discourse-north-macedonia; https://northmacedonia.un.org/en/144641-evidence-based-migration-policy-planning-and-discourse-north-macedonia; https://northmacedonia.unfpa.org/en/news/unfpa-donation-laptops-and-server-state-statistical-office`,
      confidence: 'L',
      note: `${FIRST_SIX_NOTE} Official title, 30 months and the national implementing partners from the sources (the UN in North Macedonia's programme page). UNFPA reported it still under way in November 2023, later than the inferred end kept here.`,
    },
    budgetProvenance: { source: 'nezavisen.mk news item; https://migration4development.org/ node/238', confidence: 'C', note: 'USD 1.5 million reported; the split between IOM, UNFPA and UNHCR is an estimate.' },
    objectivesProvenance: { source: 'nezavisen.mk news item; https://migration4development.org/ node/238', confidence: 'C' },
    participantsProvenance: { source: 'nezavisen.mk news item; https://migration4development.org/ node/238', confidence: 'C', note: 'IOM, UNFPA and UNHCR from the sources; IOM as lead is an assumption.' },
    closure: closedAfter(30, true),
  }),
  firstSix({
    id: 'fp-2020-chl-mex',
    code: 'JP-2020-CHL-MEX',
    title: 'Capacity building of local governments in Santiago (Chile) and Mexico City to strengthen the socioeconomic integration of migrants and refugees through access to decent work, sustainable livelihoods, and social dialogue',
    summary: 'Joint programme in Chile and Mexico for the socio-economic integration of migrants and refugees through access to decent work.',
    scope: 'MULTI_COUNTRY',
    countries: ['CHL', 'MEX'],
    thematicAreaId: 'ta5',
    objectives: [16, 6],
    participants: [['ilo', 800_000], ['iom', 700_000], ['unhcr', 500_000]],
    lead: 'ilo',
    provenance: { source: `${SELECTION}; https://www.ilo.org/santiago/publicaciones/WCMS_778909/lang--es/index.htm; https://migrationnetwork.un.org/fund-action-chile-mexico`, confidence: 'L', note: `${FIRST_SIX_NOTE} Countries, theme and official title from the sources (presented 7 Apr 2021).` },
    budgetProvenance: ESTIMATED_BUDGET,
    objectivesProvenance: INFERRED_OBJECTIVES,
    participantsProvenance: { source: 'https://www.ilo.org/santiago/publicaciones/WCMS_778909/lang--es/index.htm; https://migrationnetwork.un.org/fund-action-chile-mexico', confidence: 'C', note: 'ILO, IOM and UNHCR from the sources; ILO as lead is an assumption.' },
    closure: closedAfter(30, false),
  }),
  firstSix({
    id: 'fp-2020-gin-lbr-sle',
    code: 'JP-2020-GIN-LBR-SLE',
    title: "Strengthening border management, social cohesion, and cross-border security in the Parrot's Beak area",
    summary: 'Cross-border joint programme in the "Parrot\'s Beak" area of Guinea, Liberia and Sierra Leone on border management, social cohesion and cross-border security.',
    scope: 'MULTI_COUNTRY',
    countries: ['GIN', 'LBR', 'SLE'],
    thematicAreaId: 'ta3',
    objectives: [9, 10],
    participants: [['iom', 800_000], ['undp', 700_000], ['unhcr', 500_000]],
    lead: 'iom',
    durationMonths: 30,
    provenance: {
      source: `${SELECTION}; https://migration4development.org/es/node/241; https://migrationnetwork.un.org/fund-action-guinea-liberia-sierra-leone`,
      confidence: 'L',
      note: `${FIRST_SIX_NOTE} Countries, theme, official title and 30 months from the sources; the UN Network on Migration in Guinea launched it in Conakry on 16 Nov (2020), the date kept here for the first tranche. The Network reports its results in the past tense; an IOM call for its final evaluation (May 2024) suggests implementation ran past the inferred end. Participants: see participantsProvenance.`,
    },
    budgetProvenance: ESTIMATED_BUDGET,
    objectivesProvenance: { source: 'https://migration4development.org/es/node/241', confidence: 'C' },
    participantsProvenance: {
      source: `${SELECTION}; https://migrationnetwork.un.org/ar/node/1833`,
      confidence: 'U',
      note: 'Placeholder for UNDP, UNHCR and the lead: the launch news names IOM as a participating UN organization (certain); the others are NOT in the stored sources; verify on the MPTF Office Gateway (MIG00).',
    },
    closure: closedAfter(30, true),
  }),
  // ---- illustrative sample programmes (one in every status) ----
  {
    id: 'fp-sample-ken-data',
    code: 'SAMPLE-2022-01',
    title: 'Sample: labour migration data system',
    summary: 'Illustrative pipeline programme: a national labour migration information system.',
    scope: 'NATIONAL',
    countries: ['KEN'],
    thematicAreaId: 'ta1',
    objectives: [1],
    participants: [['ilo', 1_000_000], ['iom', 800_000]],
    lead: 'ilo',
    nationalPartners: ['Sample: Ministry of Labour', 'Sample: National Bureau of Statistics'],
    durationMonths: 24,
    status: 'PIPELINE',
    submittedOn: '2022-02-15',
    genderMarker: 'SIGNIFICANT',
    humanRightsMarker: 'SIGNIFICANT',
    sample: true,
    provenance: SAMPLE,
    budgetProvenance: SAMPLE,
    objectivesProvenance: SAMPLE,
  },
  {
    id: 'fp-sample-return',
    code: 'SAMPLE-2022-02',
    title: 'Sample: safe and dignified return and sustainable reintegration',
    summary: 'Illustrative pipeline programme on return and community-based reintegration.',
    scope: 'MULTI_COUNTRY',
    countries: ['ETH', 'SOM'],
    thematicAreaId: 'ta3',
    objectives: [21],
    participants: [['iom', 1_200_000], ['unicef', 600_000], ['unhcr', 400_000]],
    lead: 'iom',
    durationMonths: 36,
    status: 'PIPELINE',
    submittedOn: '2022-03-01',
    genderMarker: 'LIMITED',
    humanRightsMarker: 'PRINCIPAL',
    sample: true,
    provenance: SAMPLE,
    budgetProvenance: SAMPLE,
    objectivesProvenance: SAMPLE,
  },
  {
    id: 'fp-sample-remittances',
    code: 'SAMPLE-2024-01',
    title: 'Sample: cheaper digital remittances',
    summary: 'Illustrative concept note on lowering remittance costs and financial inclusion of migrants.',
    scope: 'REGIONAL',
    countries: ['BGD', 'NPL'],
    thematicAreaId: 'ta4',
    objectives: [20],
    participants: [['uncdf', 500_000], ['ifad', 400_000], ['iom', 300_000]],
    lead: 'uncdf',
    status: 'CONCEPT_NOTE',
    submittedOn: '2024-05-10',
    sample: true,
    provenance: SAMPLE,
    budgetProvenance: SAMPLE,
    objectivesProvenance: SAMPLE,
  },
  {
    id: 'fp-sample-detention',
    code: 'SAMPLE-2023-01',
    title: 'Sample: alternatives to immigration detention for children',
    summary: 'Illustrative approved programme, not yet funded, on community-based alternatives to detention.',
    scope: 'NATIONAL',
    countries: ['MEX'],
    thematicAreaId: 'ta2',
    objectives: [13],
    participants: [['unicef', 700_000], ['unhcr', 500_000], ['iom', 400_000]],
    lead: 'unicef',
    durationMonths: 24,
    startDate: '2024-01-01',
    endDate: '2025-12-31',
    status: 'APPROVED',
    submittedOn: '2023-04-03',
    decidedOn: '2023-11-20',
    genderMarker: 'SIGNIFICANT',
    humanRightsMarker: 'PRINCIPAL',
    sample: true,
    provenance: SAMPLE,
    budgetProvenance: SAMPLE,
    objectivesProvenance: SAMPLE,
  },
  {
    id: 'fp-sample-health',
    code: 'SAMPLE-2023-02',
    title: 'Sample: migrants\' access to primary health care',
    summary: 'Illustrative concept note that was not selected.',
    scope: 'NATIONAL',
    countries: ['PER'],
    thematicAreaId: 'ta5',
    objectives: [15],
    participants: [['who', 500_000], ['iom', 400_000]],
    lead: 'who',
    status: 'NOT_SELECTED',
    submittedOn: '2023-04-03',
    decidedOn: '2023-11-20',
    sample: true,
    provenance: SAMPLE,
    budgetProvenance: SAMPLE,
    objectivesProvenance: SAMPLE,
  },
  {
    id: 'fp-sample-skills',
    code: 'SAMPLE-2021-01',
    title: 'Sample: recognition of migrants\' skills and qualifications',
    summary: 'Illustrative closed programme, fully disbursed.',
    scope: 'NATIONAL',
    countries: ['MAR'],
    thematicAreaId: 'ta4',
    objectives: [18],
    participants: [['ilo', 600_000], ['unesco', 400_000]],
    lead: 'ilo',
    durationMonths: 18,
    startDate: '2021-07-01',
    endDate: '2022-12-31',
    status: 'CLOSED',
    submittedOn: '2021-01-15',
    decidedOn: '2021-05-20',
    closedOn: '2023-03-31',
    genderMarker: 'LIMITED',
    humanRightsMarker: 'LIMITED',
    sample: true,
    provenance: SAMPLE,
    budgetProvenance: SAMPLE,
    objectivesProvenance: SAMPLE,
    transfers: [['ilo', '600000.00', '2021-07-05'], ['unesco', '400000.00', '2021-07-05']],
  },
  {
    id: 'fp-sample-pacific',
    code: 'SAMPLE-2022-03',
    title: 'Sample: climate mobility in the Pacific',
    summary: 'Illustrative active regional programme on migration in the context of disasters and climate change.',
    scope: 'REGIONAL',
    countries: ['FJI', 'TUV', 'KIR'],
    thematicAreaId: 'ta2',
    objectives: [2, 5],
    participants: [['iom', 1_200_000], ['escap', 700_000], ['ilo', 500_000]],
    lead: 'iom',
    nationalPartners: ['Sample: Pacific Islands Forum Secretariat'],
    durationMonths: 36,
    startDate: '2022-09-01',
    endDate: '2025-08-31',
    status: 'ACTIVE',
    submittedOn: '2022-01-20',
    decidedOn: '2022-06-15',
    genderMarker: 'SIGNIFICANT',
    humanRightsMarker: 'SIGNIFICANT',
    sample: true,
    provenance: SAMPLE,
    budgetProvenance: SAMPLE,
    objectivesProvenance: SAMPLE,
    transfers: [['iom', '400000.00', '2022-09-05'], ['escap', '233333.33', '2022-09-05'], ['ilo', '166666.67', '2022-09-05']],
  },
];

const SAMPLE_CONTRIBUTION = 'Illustrative amount: the donor is real (pledges were announced at the July 2019 launch) but the figure and date are sample data.';

/** [donor, ISO alpha-3 or null, kind, date, amount]: deposits comfortably cover the seeded transfers. */
export const SEED_CONTRIBUTIONS: { donor: string; country: string | null; kind: 'PLEDGED' | 'DEPOSITED'; date: string; amount: string; note: string }[] = [
  { donor: 'Germany', country: 'DEU', kind: 'PLEDGED', date: '2019-07-16', amount: '8000000.00', note: SAMPLE_CONTRIBUTION },
  { donor: 'United Kingdom', country: 'GBR', kind: 'PLEDGED', date: '2019-07-16', amount: '4000000.00', note: SAMPLE_CONTRIBUTION },
  { donor: 'Germany', country: 'DEU', kind: 'DEPOSITED', date: '2019-12-16', amount: '5000000.00', note: SAMPLE_CONTRIBUTION },
  { donor: 'United Kingdom', country: 'GBR', kind: 'DEPOSITED', date: '2019-11-29', amount: '4000000.00', note: SAMPLE_CONTRIBUTION },
  { donor: 'Germany', country: 'DEU', kind: 'DEPOSITED', date: '2020-09-30', amount: '3000000.00', note: SAMPLE_CONTRIBUTION },
  { donor: 'Sample donor A', country: null, kind: 'DEPOSITED', date: '2021-03-31', amount: '4000000.00', note: 'Illustrative sample contribution.' },
  { donor: 'Sample donor B', country: null, kind: 'PLEDGED', date: '2022-05-18', amount: '2000000.00', note: 'Illustrative sample contribution.' },
];
