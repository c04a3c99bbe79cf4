import { describe, expect, it } from 'vitest';
import { checkProject, thematicAreaId, type ProjectDraft } from './project.js';

const draft = (overrides: Partial<ProjectDraft> = {}): ProjectDraft => ({
  title: ' Safe labour migration ', summary: 'A joint programme.', scope: 'MULTI_COUNTRY', countries: ['mex', 'GTM'], thematicAreaId: 'ta4', objectives: [5, 6],
  participants: [{ organizationId: 'IOM', shareCents: 600n }, { organizationId: 'ilo', shareCents: 400n }], leadOrganizationId: 'Iom',
  nationalPartners: [' Ministry of Labour '], budgetCents: 1000n, durationMonths: 24, startDate: '2026-01-01', endDate: '2027-12-31',
  genderMarker: null, humanRightsMarker: null, supportRequestId: null, ...overrides,
});
const argumentOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (e) {
    return (e as { extensions: { argument: string } }).extensions.argument;
  }
  return null;
};

describe('checkProject', () => {
  it('returns the programme normalized the way the shared validators normalize', () => {
    const d = checkProject(draft());
    expect(d).toMatchObject({
      title: 'Safe labour migration', countries: ['MEX', 'GTM'], leadOrganizationId: 'iom', nationalPartners: ['Ministry of Labour'],
      participants: [{ organizationId: 'iom', shareCents: 600n }, { organizationId: 'ilo', shareCents: 400n }],
    });
  });

  it('names the first offending field', () => {
    expect(argumentOf(() => checkProject(draft({ scope: 'NATIONAL' })))).toBe('input.countries');
    expect(argumentOf(() => checkProject(draft({ countries: ['MEX', 'XXX'] })))).toBe('input.countries[1]');
    expect(argumentOf(() => checkProject(draft({ objectives: [5, 24] })))).toBe('input.objectives[1]');
    expect(argumentOf(() => checkProject(draft({ thematicAreaId: 'ta9' })))).toBe('input.thematicAreaId');
    expect(argumentOf(() => checkProject(draft({ participants: [{ organizationId: 'iom', shareCents: 1000n }] })))).toBe('input.participants');
    expect(argumentOf(() => checkProject(draft({ participants: [{ organizationId: 'iom', shareCents: 600n }, { organizationId: 'acme', shareCents: 400n }] })))).toBe('input.participants[1].organizationId');
    expect(argumentOf(() => checkProject(draft({ participants: [{ organizationId: 'iom', shareCents: 600n }, { organizationId: 'IOM', shareCents: 400n }] })))).toBe('input.participants[1].organizationId');
    expect(argumentOf(() => checkProject(draft({ leadOrganizationId: 'unicef' })))).toBe('input.leadOrganizationId');
    expect(argumentOf(() => checkProject(draft({ budgetCents: 1001n })))).toBe('input.participants');
    expect(argumentOf(() => checkProject(draft({ durationMonths: 121 })))).toBe('input.durationMonths');
    expect(argumentOf(() => checkProject(draft({ endDate: '2025-12-31' })))).toBe('input.endDate');
  });

  it('a share never below what was already transferred, and a paid participant stays', () => {
    const transferredByOrganization = new Map([['iom', 700n]]);
    expect(argumentOf(() => checkProject(draft(), { transferredByOrganization }))).toBe('input.participants[0].budgetShare');
    const paidIlo = new Map([['unhcr', 1n]]);
    expect(argumentOf(() => checkProject(draft(), { transferredByOrganization: paidIlo }))).toBe('input.participants');
  });

  it('thematic areas come from the reference data, for filters too', () => {
    expect(thematicAreaId('ta1', 'filter.thematicAreas[0]')).toBe('ta1');
    expect(() => thematicAreaId('ta9', 'filter.thematicAreas[1]')).toThrow(/Invalid filter\.thematicAreas\[1\]: "ta9" is not a thematic area; use one of ta1, ta2, ta3, ta4, ta5/);
  });
});
