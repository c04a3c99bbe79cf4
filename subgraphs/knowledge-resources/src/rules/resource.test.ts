import { describe, expect, it } from 'vitest';
import type { HubRegion } from '@unmn/shared/countries';
import type { Viewer } from '@unmn/shared/viewer';
import { checkShape, coveredRegions, submissionOwners, updatedCoverage, updatedPublishers } from './resource.js';

const viewer = (v: Partial<Viewer> & Pick<Viewer, 'role'>): Viewer => ({ subject: 'u1', organizationId: null, countryIso3: null, ...v });
const iom = viewer({ role: 'member', organizationId: 'iom' });
const mex = viewer({ role: 'country', countryIso3: 'MEX' });
const secretariat = viewer({ role: 'secretariat' });

const argumentOf = (f: () => void): string | null => {
  try {
    f();
    return null;
  } catch (e) {
    return (e as { extensions: { argument: string } }).extensions.argument;
  }
};

describe('coveredRegions', () => {
  it('adds the countries\u2019 regions to the explicit ones, in enum order, once each', () => {
    expect(coveredRegions(['OCEANIA'], ['MEX', 'PHL', 'CAN'])).toEqual(['AMERICAS', 'ASIA', 'OCEANIA']);
    expect(coveredRegions([], [])).toEqual([]);
  });
});

describe('checkShape', () => {
  const ok = { type: 'TRAINING', scope: 'GLOBAL', countries: [], regions: [], hasPractice: false, practiceGiven: false };
  it.each([
    [{ type: 'PRACTICE' }, 'input.practice'],
    [{ practiceGiven: true, hasPractice: true }, 'input.practice'],
    [{ scope: 'NATIONAL' }, 'input.countries'],
    [{ scope: 'LOCAL' }, 'input.countries'],
    [{ scope: 'NATIONAL', countries: ['MEX', 'GTM'] }, 'input.countries'],
    [{ scope: 'REGIONAL' }, 'input.regions'],
  ])('%j is refused naming %s', (change, argument) => {
    expect(argumentOf(() => checkShape({ ...ok, ...change }, 'input'))).toBe(argument);
  });
  it.each([
    [{}],
    [{ type: 'PRACTICE', hasPractice: true, practiceGiven: true }],
    [{ scope: 'NATIONAL', countries: ['MEX'] }],
    [{ scope: 'REGIONAL', regions: ['AFRICA'] }],
    [{ scope: 'REGIONAL', countries: ['MEX', 'GTM'] }],
  ])('%j is accepted', (change) => {
    expect(argumentOf(() => checkShape({ ...ok, ...change }, 'input'))).toBeNull();
  });
});

describe('submissionOwners', () => {
  it('puts a member\u2019s own organization first, once', () => {
    expect(submissionOwners(iom, ['ilo', 'iom'], [], 'input').publishers).toEqual(['iom', 'ilo']);
  });
  it('always covers a country role\u2019s own country', () => {
    expect(submissionOwners(mex, [], ['GTM'], 'input').countries).toEqual(['GTM', 'MEX']);
  });
  it('makes the secretariat name a publisher', () => {
    expect(argumentOf(() => submissionOwners(secretariat, [], [], 'input'))).toBe('input.publishers');
    expect(submissionOwners(secretariat, ['ilo'], [], 'input')).toEqual({ publishers: ['ilo'], countries: [] });
  });
});

describe('updatedPublishers', () => {
  it('keeps the owning member\u2019s organization when that member edits', () => {
    expect(updatedPublishers(iom, 'iom', ['ilo'])).toEqual(['iom', 'ilo']);
  });
  it('lets the secretariat drop the owner but not leave the list empty', () => {
    expect(updatedPublishers(secretariat, 'iom', ['ilo'])).toEqual(['ilo']);
    expect(updatedPublishers(secretariat, 'iom', [])).toEqual(['iom']);
  });
  it('leaves publishers alone when not given', () => {
    expect(updatedPublishers(iom, 'iom', undefined)).toBeUndefined();
  });
});

describe('updatedCoverage', () => {
  const before = { countries: ['MEX'], regions: ['AMERICAS', 'OCEANIA'] as HubRegion[] };
  it('keeps explicit regions and re-derives the rest from new countries', () => {
    expect(updatedCoverage(before, null, { countries: ['PHL'] })).toEqual({ countries: ['PHL'], regions: ['ASIA', 'OCEANIA'] });
  });
  it('replaces explicit regions when regions are given', () => {
    expect(updatedCoverage(before, null, { regions: ['EUROPE'] })).toEqual({ countries: ['MEX'], regions: ['AMERICAS', 'EUROPE'] });
  });
  it('keeps the owning country covered', () => {
    expect(updatedCoverage(before, 'MEX', { countries: ['PHL'] }).countries).toEqual(['MEX', 'PHL']);
  });
  it('changes nothing when neither is given', () => {
    expect(updatedCoverage(before, null, {})).toEqual(before);
  });
});
