// The Network's governance roles with dates, as far as domain-facts.md establishes them (the organizations themselves
// are in shared/organizations.ts, which other subgraphs also validate against).
import type { ConfidenceCode } from '../../../../shared/rows.js';
import { EXCOM_SOURCES } from '../../../../shared/organizations.js';

export interface RoleSeed {
  organizationId: string;
  kind: 'EXECUTIVE_COMMITTEE' | 'COORDINATOR' | 'SECRETARIAT';
  since: string | null;
  until: string | null;
  confidence: ConfidenceCode;
  source: string;
  note?: string;
}

const GCM_45A = 'A/RES/73/195 para 45(a), p.34; https://migrationnetwork.un.org/about';
const excom = (organizationId: string): RoleSeed => ({
  organizationId,
  kind: 'EXECUTIVE_COMMITTEE',
  since: '2019-02-27',
  until: null,
  confidence: 'C',
  source: EXCOM_SOURCES,
  note: 'Since-date is the earliest document naming the eight founding members (the letter of 27 Feb 2019); the seat likely dates from 2018.',
});

export const roles: RoleSeed[] = [
  { organizationId: 'iom', kind: 'COORDINATOR', since: '2018-05-23', until: null, confidence: 'C', source: GCM_45A, note: 'Set up by the Secretary-General\'s decision of 23 May 2018; the IOM Director-General is the Network Coordinator.' },
  { organizationId: 'iom', kind: 'SECRETARIAT', since: '2018-05-23', until: null, confidence: 'C', source: GCM_45A, note: 'The secretariat is based in Geneva.' },
  ...['desa', 'ilo', 'iom', 'ohchr', 'undp', 'unhcr', 'unicef', 'unodc'].map(excom),
  { organizationId: 'who', kind: 'EXECUTIVE_COMMITTEE', since: '2021-12-27', until: null, confidence: 'C', source: 'A/76/642 (27 Dec 2021)', note: 'WHO joined between Nov 2019 and Dec 2021; the exact date is unknown, so the since-date is the report that first names it.' },
];
