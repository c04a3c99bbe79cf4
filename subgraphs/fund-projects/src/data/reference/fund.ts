// Runtime reference data: facts about the fund (domain-facts.md §3), the five thematic areas and the organizations that
// may take part in joint programmes. Resolvers and rules read it; seeds/ copies it into an empty database.
// Everything uncertain says so in its provenance.
import type { ConfidenceCode } from '@unmn/shared/rows';
import { ORGANIZATIONS } from '@unmn/shared/organizations';

export const FUND_CODE = 'MIG00';

const P = (source: string, confidence: ConfidenceCode, note: string | null = null) => ({ source, confidence, note });
const prov = (p: { source: string; confidence: ConfidenceCode; note: string | null }) => ({
  source: p.source,
  confidence: ({ C: 'CERTAIN', L: 'LIKELY', U: 'UNCERTAIN' } as const)[p.confidence],
  note: p.note,
  sample: false,
});

export const FUND = {
  code: FUND_CODE,
  name: 'Start-up Fund for Safe, Orderly and Regular Migration',
  shortName: 'Migration MPTF',
  names: [
    { name: 'Start-up Fund for Safe, Orderly and Regular Migration', kind: 'OFFICIAL' as const, provenance: prov(P('https://mptf.undp.org/factsheet/fund/MIG00', 'C')) },
    { name: 'Migration Multi-Partner Trust Fund (Migration MPTF)', kind: 'SHORT' as const, provenance: prov(P('https://mptf.undp.org/factsheet/fund/MIG00; https://migration4development.org/fr/node/557', 'C')) },
    {
      name: 'Migration Compact Fund',
      kind: 'EARLIER_WORKING_NAME' as const,
      provenance: prov(P(
        "UN Network on Migration, letter to Resident Coordinators of 27 Feb 2019 (shared/seed/network-letter-2019.md)",
        'C',
        'The planned start-up fund as the letter names it; set up in May 2019 as MIG00. Not MCS00, a different and earlier fund (2017-2018) that paid for delegates\' travel to the GCM negotiations.',
      )),
    },
  ],
  established: {
    date: '2019-05-08',
    place: 'Geneva',
    description: 'Set up by the heads of the eight founding Executive Committee entities of the UN Network on Migration.',
    provenance: prov(P('http://mptf.undp.org/ (news, 8 May 2019)', 'C')),
  },
  launched: {
    date: '2019-07-16',
    place: 'New York (UNICEF headquarters)',
    description: 'Launched with the chairs of the "Friends of Migration" group; the United Kingdom and Germany announced pledges.',
    provenance: prov(P('https://migrationnetwork.un.org/ru/node/29; https://www.developmentaid.org/news-stream/post/46141/', 'C')),
  },
  capitalisationTargets: [
    {
      amountCents: 25_000_000_00n,
      period: 'first year',
      setFor: 'the launch, July 2019',
      provenance: prov(P('https://migrationnetwork.un.org/ru/node/29; https://www.developmentaid.org/news-stream/post/46141/', 'C')),
    },
    {
      amountCents: 70_000_000_00n,
      period: 'funding target',
      setFor: 'the first International Migration Review Forum (2022), set by the Steering Committee',
      provenance: prov(P('https://migrationnetwork.un.org/events/migration-multi-partner-trust-fundturning-commitments-reality; https://thefreezonechannel.com/tag/migration-2/', 'C')),
    },
  ],
  steeringCommitteeChairId: 'iom',
  administrativeAgent: 'MPTF Office (UN Multi-Partner Trust Fund Office)',
  provenance: prov(P(
    'https://mptf.undp.org/factsheet/fund/MIG00',
    'C',
    'Later totals (capitalisation to date, number of programmes) are not seeded: not found in the stored sources. Balances here are derived from the contributions and transfers recorded in this service.',
  )),
};

const TA_SOURCE = 'Migration MPTF documents, from memory (domain-facts.md §3.3); not found in a stored source';
const TA_NOTE = 'UNCERTAIN: verify the title against the Migration MPTF Terms of Reference / Operations Manual or https://mptf.undp.org/fund/mig00.';
const MAP_NOTE = 'UNCERTAIN placeholder mapping covering all 23 objectives once; verify against the Migration MPTF Terms of Reference before relying on it.';

/** The five thematic areas and (unverified) objective mapping. Corrections are data changes here, nothing else. */
export const THEMATIC_AREAS = [
  { id: 'ta1', number: 1, title: 'Promoting fact-based and data-driven migration discourse, policy and planning', objectives: [1, 3, 17, 23] },
  { id: 'ta2', number: 2, title: 'Protecting the human rights, safety and well-being of migrants, including through addressing drivers and mitigating situations of vulnerability in migration', objectives: [2, 7, 8, 12, 13] },
  { id: 'ta3', number: 3, title: 'Addressing irregular migration, including through managing borders and combatting transnational crime', objectives: [9, 10, 11, 14, 21] },
  { id: 'ta4', number: 4, title: 'Facilitating regular migration, decent work and enhancing the positive development effects of human mobility', objectives: [5, 6, 18, 19, 20, 22] },
  { id: 'ta5', number: 5, title: 'Improving the social inclusion and integration of migrants', objectives: [4, 15, 16] },
].map((ta) => ({
  ...ta,
  provenance: P(TA_SOURCE, 'U', TA_NOTE),
  mapping: ta.objectives.map((n) => ({
    objectiveNumber: n,
    // Objectives 9 and 10 under TA3 have mild support: the Guinea/Liberia/Sierra Leone border programme carries them.
    ...(ta.id === 'ta3' && (n === 9 || n === 10)
      ? P(`${TA_SOURCE}; https://migration4development.org/es/node/241`, 'U', `${MAP_NOTE} Mild support: the Guinea/Liberia/Sierra Leone border programme is tagged with objectives 9 and 10.`)
      : P(TA_SOURCE, 'U', MAP_NOTE)),
  })),
}));

/**
 * UN entities that may be participating organizations: every organization the graph knows (shared/organizations.ts,
 * the list the members subgraph seeds), so ids are validated here without reading members' database.
 */
export const PARTICIPATING_ORGANIZATIONS: { id: string; acronym: string; name: string }[] = ORGANIZATIONS.map(({ id, acronym, name }) => ({ id, acronym, name }));

/** Ids of the thematic areas, for validating filters and programmes without a query. */
export const THEMATIC_AREA_IDS: readonly string[] = THEMATIC_AREAS.map((ta) => ta.id);
