// The policy without a server: every persona against a request in every status, owned or not (viewer x record state),
// for seeing and for each write's ownership check. test/policy.test.ts checks the SQL predicate against the same rule
// on a real database.
import { describe, expect, it } from 'vitest';
import { viewerOf, type TestViewer } from '@unmn/shared/testing';
import type { Viewer } from '@unmn/shared/viewer';
import { STATUSES, type MatchedPartnerModel, type Status, type SupportRequestModel } from './data/models.js';
import {
  PUBLIC_STATUSES, accessNeedsPartners, accessTo, canEdit, canRespond, canSubmit, canSubmitFor, canWithdraw, leadOrSecretariat, secretariatOnly,
  type Access,
} from './policy.js';

const PERSONAS = {
  anonymous: { role: 'anonymous', subject: null },
  secretariat: { role: 'secretariat', subject: 'sec' },
  mex: { role: 'country', countryIso3: 'MEX', subject: 'mex' },
  phl: { role: 'country', countryIso3: 'PHL', subject: 'phl' },
  iom: { role: 'member', organizationId: 'iom', subject: 'iom' },
  ilo: { role: 'member', organizationId: 'ilo', subject: 'ilo' },
  unicef: { role: 'member', organizationId: 'unicef', subject: 'unicef' },
  fundManager: { role: 'fund-manager', subject: 'fm' },
  steeringCommittee: { role: 'steering-committee', subject: 'sc' },
} satisfies Record<string, TestViewer>;
type Who = keyof typeof PERSONAS;
const VIEWERS = Object.fromEntries(Object.entries(PERSONAS).map(([who, v]) => [who, viewerOf(v)])) as Record<Who, Viewer>;

/** Mexico's request, matched to IOM (lead) and ILO. */
const request = (status: Status): SupportRequestModel => ({
  id: 'r1', code: 'SR-2026-0001', countryIso3: 'MEX', region: 'AMERICAS', channel: 'GOVERNMENT_DIRECT', requestingAuthority: 'Ministry',
  title: 't', description: 'd', contact: { name: 'n', email: 'e@x.org', phone: null }, priority: 'HIGH', status, assessment: null,
  leadOrganizationId: 'iom', submittedAt: '', partnersIdentifiedAt: null, implementationStartedAt: null, closedAt: null,
  submitterRole: 'country', submitterSubject: 'mex', sample: false, version: 1, createdAt: '', updatedAt: '',
});
const partners: MatchedPartnerModel[] = [
  { organizationId: 'iom', isLead: true, role: 'lead', response: 'ACCEPTED', respondedAt: null, matchedAt: '' },
  { organizationId: 'ilo', isLead: false, role: 'stats', response: 'PENDING', respondedAt: null, matchedAt: '' },
];
const OWNERS: Who[] = ['secretariat', 'mex', 'iom', 'ilo'];

describe('accessTo', () => {
  for (const who of Object.keys(VIEWERS) as Who[]) {
    it(`${who}: ${OWNERS.includes(who) ? 'FULL in every status' : 'SUMMARY once partners are identified, NONE before and after declining or withdrawing'}`, () => {
      for (const status of STATUSES) {
        const expected: Access = OWNERS.includes(who) ? 'FULL' : PUBLIC_STATUSES.includes(status) ? 'SUMMARY' : 'NONE';
        expect(accessTo(VIEWERS[who], request(status), partners.map((p) => p.organizationId)), status).toBe(expected);
      }
    });
  }

  it('gives a matched organization nothing more once it is no longer matched, and a member without an organization nothing', () => {
    expect(accessTo(VIEWERS.ilo, request('SUBMITTED'), ['iom'])).toBe('NONE');
    expect(accessTo(viewerOf({ role: 'member' }), request('SUBMITTED'), ['iom'])).toBe('NONE');
    expect(accessTo(viewerOf({ role: 'country' }), request('SUBMITTED'), [])).toBe('NONE');
  });

  it('asks for partners only where a member organization could be matched', () => {
    expect((Object.keys(VIEWERS) as Who[]).filter((who) => accessNeedsPartners(VIEWERS[who]))).toEqual(['iom', 'ilo', 'unicef']);
  });
});

describe('write checks', () => {
  const loaded = (status: Status) => ({ request: request(status), partners });
  /** 'ok', or the error code the check throws for `who`: role checks first, then the ownership check on the row. */
  const outcome = (check: (viewer: Viewer) => ((l: ReturnType<typeof loaded>) => void) | void, who: Who): string => {
    try {
      const authorize = check(VIEWERS[who]);
      if (authorize) authorize(loaded('UNDER_ASSESSMENT'));
      return 'ok';
    } catch (error) {
      return (error as { extensions: { code: string } }).extensions.code;
    }
  };
  const allowed = (check: Parameters<typeof outcome>[0]) => (Object.keys(VIEWERS) as Who[]).filter((who) => outcome(check, who) === 'ok');

  it('lets exactly the right personas do each thing to Mexico\'s request matched to IOM (lead) and ILO', () => {
    expect(allowed(canSubmit)).toEqual(['secretariat', 'mex', 'phl']);
    expect(allowed((v) => canSubmitFor(v, 'MEX'))).toEqual(['secretariat', 'mex']);
    expect(allowed(canEdit)).toEqual(['secretariat', 'mex']);
    expect(allowed((v) => secretariatOnly(v, 'assess support requests'))).toEqual(['secretariat']);
    expect(allowed(canRespond)).toEqual(['iom', 'ilo']);
    expect(allowed((v) => leadOrSecretariat(v, 'record progress'))).toEqual(['secretariat', 'iom']);
    expect(allowed(canWithdraw)).toEqual(['mex']);
  });

  it('tells anonymous callers to sign in and known callers that they are forbidden', () => {
    expect(outcome(canEdit, 'anonymous')).toBe('UNAUTHENTICATED');
    expect(outcome(canEdit, 'phl')).toBe('FORBIDDEN');
    expect(outcome(canEdit, 'iom')).toBe('FORBIDDEN');
    expect(outcome(canRespond, 'unicef')).toBe('FORBIDDEN');
    expect(outcome((v) => leadOrSecretariat(v, 'complete it'), 'ilo')).toBe('FORBIDDEN');
  });
});
