// Which 2030 Agenda targets each GCM objective serves. The Compact (A/RES/73/195) is rooted in the 2030 Agenda but
// does not tabulate its objectives against targets, so no link here is CERTAIN: each is LIKELY, inferred from two
// primary texts that state the same aim (the objective's commitment and the target's wording, A/RES/70/1), and where
// a UN or IOM source also ties the target to migration, that source is cited too. Notes are our own summaries.
import type { ConfidenceCode } from '@unmn/shared/rows';

export interface SdgLinkSeed {
  objective: number;
  target: string;
  source: string;
  confidence: ConfidenceCode;
  note: string;
}

/** The UN Special Rapporteur on the human rights of migrants (2017) lists the migration-related SDG targets. */
const SR_2017 = 'A/HRC/35/25 paras 40-41 (https://adattar.minorityforum.info/en/entity/2b41hnjgr3p?file=15741757448719ueiez9rzi6.pdf&page=9)';
/** IOM's Asia-Pacific migration data portal: the Compact as a whole answers SDG target 10.7. */
const IOM_GCM_10_7 = 'https://ap-migrationdata.iom.int/en/policy/global-compact-migration';
const gcm = (objective: number) => `A/RES/73/195 para ${16 + objective} (objective ${objective})`;
const agenda = (target: string) => `A/RES/70/1 target ${target}`;

export const sdgLinks: SdgLinkSeed[] = [
  {
    objective: 1, target: '17.18', source: `${gcm(1)}; ${agenda('17.18')}; ${SR_2017}`, confidence: 'L',
    note: 'Both ask for data disaggregated by migration status; the Special Rapporteur counts 17.18 among the migration targets.',
  },
  {
    objective: 4, target: '16.9', source: `${gcm(4)}; ${agenda('16.9')}; ${SR_2017}`, confidence: 'L',
    note: 'Both aim at proof of legal identity for everyone; the Special Rapporteur counts 16.9 among the migration targets.',
  },
  {
    objective: 5, target: '10.7', source: `${gcm(5)}; ${agenda('10.7')}; ${IOM_GCM_10_7}`, confidence: 'L',
    note: 'Regular pathways are the "regular migration and mobility" of target 10.7; IOM presents the whole Compact as answering 10.7.',
  },
  {
    objective: 6, target: '8.8', source: `${gcm(6)}; ${agenda('8.8')}; ${SR_2017}`, confidence: 'L',
    note: 'Target 8.8 names the labour rights of migrant workers, the decent work objective 6 commits to.',
  },
  {
    objective: 10, target: '5.2', source: `${gcm(10)}; ${agenda('5.2')}`, confidence: 'L',
    note: 'Target 5.2 names trafficking of women and girls among the forms of violence to eliminate.',
  },
  {
    objective: 10, target: '8.7', source: `${gcm(10)}; ${agenda('8.7')}`, confidence: 'L',
    note: 'Target 8.7 calls for ending human trafficking, the subject of objective 10.',
  },
  {
    objective: 10, target: '16.2', source: `${gcm(10)}; ${agenda('16.2')}`, confidence: 'L',
    note: 'Target 16.2 names trafficking of children among the abuses to end.',
  },
  {
    objective: 16, target: '10.2', source: `${gcm(16)}; ${agenda('10.2')}`, confidence: 'L',
    note: 'Target 10.2 seeks the inclusion of all whatever their origin; objective 16 seeks the full inclusion of migrants.',
  },
  {
    objective: 17, target: '10.3', source: `${gcm(17)}; ${agenda('10.3')}`, confidence: 'L',
    note: 'Both seek to end discriminatory laws, policies and practices.',
  },
  {
    objective: 17, target: '16.b', source: `${gcm(17)}; ${agenda('16.b')}; ${SR_2017}`, confidence: 'L',
    note: 'Target 16.b promotes non-discriminatory laws; the Special Rapporteur counts it among the migration targets.',
  },
  {
    objective: 20, target: '10.c', source: `${gcm(20)}; ${agenda('10.c')}; ${SR_2017}`, confidence: 'L',
    note: 'Both aim at cheaper remittance transfers (target 10.c: costs under 3 per cent by 2030).',
  },
  {
    objective: 23, target: '10.7', source: `${gcm(23)}; ${agenda('10.7')}; ${IOM_GCM_10_7}`, confidence: 'L',
    note: 'Objective 23 is cooperation for safe, orderly and regular migration, the aim of target 10.7; IOM presents the whole Compact as answering 10.7.',
  },
];
