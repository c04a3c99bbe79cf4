// The Network's governance roles with dates, as far as domain-facts.md establishes them (the organizations themselves
// are in shared/organizations.ts, which other subgraphs also validate against).
import type { ConfidenceCode } from '@unmn/shared/rows';
import { EXCOM_SOURCES } from '@unmn/shared/organizations';

export interface RoleSeed {
  organizationId: string;
  kind: 'EXECUTIVE_COMMITTEE' | 'COORDINATOR' | 'SECRETARIAT';
  since: string | null;
  until: string | null;
  /** The latest date a source confirms the role; after it the role is assumed to continue, not documented. */
  lastConfirmedOn: string | null;
  confidence: ConfidenceCode;
  source: string;
  note?: string;
}

const GCM_45A = 'A/RES/73/195 para 45(a), p.34; https://migrationnetwork.un.org/about';
const A_76_642 = 'A/76/642 (27 Dec 2021): the Executive Committee "comprising ILO, IOM, OHCHR, UNICEF, DESA, UNODC, UNHCR, UNDP and WHO"';
const ACCRA = 'https://migrationnetwork.un.org/strong-partnerships-heart-cross-regional-dialogue-global-compact-migration-champions';
const excom = (organizationId: string): RoleSeed => ({
  organizationId,
  kind: 'EXECUTIVE_COMMITTEE',
  since: '2019-02-27',
  until: null,
  lastConfirmedOn: '2021-12-27',
  confidence: 'C',
  source: `${EXCOM_SOURCES}; ${A_76_642}`,
  note: 'Documented from the letter of 27 Feb 2019 (the seat likely dates from 2018) to A/76/642 of 27 Dec 2021, the latest source naming the members; later membership is assumed, not confirmed.',
});

export const roles: RoleSeed[] = [
  { organizationId: 'iom', kind: 'COORDINATOR', since: '2018-05-23', until: null, lastConfirmedOn: '2023-11-28', confidence: 'C', source: `${GCM_45A}; ${ACCRA}`, note: 'Set up by the Secretary-General\'s decision of 23 May 2018; the IOM Director-General is the Network Coordinator (Amy Pope at the Accra dialogue, Nov 2023).' },
  { organizationId: 'iom', kind: 'SECRETARIAT', since: '2018-05-23', until: null, lastConfirmedOn: null, confidence: 'C', source: GCM_45A, note: 'The secretariat is based in Geneva; its head in 2023 was Jonathan Prentice.' },
  ...['desa', 'ilo', 'iom', 'ohchr', 'undp', 'unhcr', 'unicef', 'unodc'].map(excom),
  // The seat is certain by 27 Dec 2021, but its start is not: LIKELY, because the since-date is a stand-in.
  { organizationId: 'who', kind: 'EXECUTIVE_COMMITTEE', since: '2021-12-27', until: null, lastConfirmedOn: '2021-12-27', confidence: 'L', source: A_76_642, note: 'WHO joined between 15 Nov 2019 (eight members) and 27 Dec 2021 (nine); the exact date is unknown, so the since-date is the report that first names it.' },
];
