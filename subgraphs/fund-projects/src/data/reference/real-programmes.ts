// Migration MPTF joint programmes beyond the first six (those are in ../seeds/projects.ts), each established from a
// stored public page: the Network's and agencies' pages announcing or reporting on the programme. What a page states is
// CERTAIN; what is derived from it (objectives from the programme's wording, a status from its planned end) is LIKELY
// or UNCERTAIN and the note says which. Nothing here is sample data.
//
// Gaps the sources leave, filled the way the first six fill them so every record passes the programme rules:
// - MPTF project ids (00123456) are not in the stored pages: codes are JP-<start year>-<place>;
// - budgets are not in the stored pages: USD 2 million each, the first six's average (about USD 12 million for six),
//   split evenly-ish between participants, budgetProvenance UNCERTAIN and the note says "estimated";
// - submission and selection dates are not in the stored pages: both stand at the implementation start, and the note
//   says so;
// - transfers: one illustrative first tranche (half of each estimated share) at the start, marked sample, as the first
//   six have, so the ledger and the IATI export agree; actual transfers are on the MPTF Office Gateway (MIG00).
import type { ConfidenceCode } from '@unmn/shared/rows';
import type { SeedProject } from '../seeds/projects.js';

type Source = { source: string; confidence: ConfidenceCode; note?: string };

const GATEWAY = 'https://mptf.undp.org/fund/mig00';
const ESTIMATED_BUDGET_NOTE =
  'Estimated: the budget is not in the stored sources; USD 2 million is the first six programmes\' average (about USD 12 million for six), and the split between participants is also an estimate. Verify on the MPTF Office Gateway (MIG00).';
const DATES_NOTE = 'Submission and selection dates are not in the sources: submittedOn and decidedOn stand at the implementation start.';

/** A programme established from public pages: real, with an illustrative first tranche of half of each estimated share at the start. */
const established = (
  p: Omit<SeedProject, 'sample' | 'transfers' | 'submittedOn' | 'decidedOn' | 'budgetProvenance' | 'transferProvenance'> & { startDate: string; budgetSource: string },
): SeedProject => {
  const { budgetSource, ...rest } = p;
  return {
    ...rest,
    submittedOn: p.startDate,
    decidedOn: p.startDate,
    sample: false,
    budgetProvenance: { source: budgetSource, confidence: 'U', note: ESTIMATED_BUDGET_NOTE },
    transfers: p.participants.map(([org, dollars]) => [org, (dollars / 2).toFixed(2), p.startDate]),
    transferProvenance: {
      source: GATEWAY,
      note: 'Illustrative first tranche (half of the estimated share) at the implementation start; actual transfers are on the MPTF Office Gateway (MIG00).',
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
    budgetSource: GATEWAY,
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
    budgetSource: GATEWAY,
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
];
