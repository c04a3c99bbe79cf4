// The visibility policy, viewer x record state: the record check (`maySee`) answers as the table says, and the SQL
// predicate (`whereVisible`) returns exactly the programmes the record check allows, on a real database (SQLite, or
// PostgreSQL with DATABASE_URL); the change feed's audiences (`audiencesOf`) admit exactly the viewers the record check
// admits, as the feed's reader decides (shared `viewOf`). Write permissions: who may do what, and the ownership checks.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrateLatest } from '@unmn/shared/db';
import { testDatabase, type TestDatabase } from '@unmn/shared/testing';
import { viewOf } from '@unmn/shared/changes';
import { ROLES, type Viewer } from '@unmn/shared/viewer';
import { FUND_PROJECT_STATUSES, type FundProjectStatus } from './data/models.js';
import { migrations } from './data/migrations/index.js';
import { seed } from './data/seeds/index.js';
import { ProjectWrites } from './data/writes.js';
import { audiencesOf, mayReportOn, maySee, maySubmit, mayWrite, reportingOrganization, whereVisible } from './policy.js';

const viewer = (role: Viewer['role'], organizationId: string | null = null): Viewer => ({ role, subject: role === 'anonymous' ? null : `${role}-1`, organizationId, countryIso3: role === 'country' ? 'MEX' : null });
const VIEWERS: Record<string, Viewer | null> = {
  'no viewer (seed, writes)': null,
  anonymous: viewer('anonymous'),
  'member of a participant (iom)': viewer('member', 'iom'),
  'member of another organization (ilo)': viewer('member', 'ilo'),
  country: viewer('country'),
  secretariat: viewer('secretariat'),
  'fund-manager': viewer('fund-manager'),
  'steering-committee': viewer('steering-committee'),
};
const PARTICIPANTS = ['iom', 'unhcr'];

/** Who sees a programme in each status: everyone from PIPELINE on; a concept note or NOT_SELECTED only with a stake. */
const EXPECTED: Record<string, boolean> = {
  'no viewer (seed, writes)': true,
  anonymous: false,
  'member of a participant (iom)': true,
  'member of another organization (ilo)': false,
  country: false,
  secretariat: true,
  'fund-manager': true,
  'steering-committee': true,
};
const PUBLIC = new Set<FundProjectStatus>(['PIPELINE', 'APPROVED', 'ACTIVE', 'CLOSED']);

describe('maySee: viewer x status', () => {
  for (const [name, v] of Object.entries(VIEWERS)) {
    it(name, () => {
      for (const status of FUND_PROJECT_STATUSES) {
        expect(maySee(v, { status }, PARTICIPANTS), status).toBe(PUBLIC.has(status) || EXPECTED[name]);
      }
    });
  }
});

/** Whether the feed shows `v` a programme created in this state, as its reader decides from the recorded audiences. */
const feedShows = (v: Viewer, status: FundProjectStatus) =>
  viewOf(v, { kind: 'CREATED', audience_before: null, audience_after: JSON.stringify(audiencesOf({ status }, PARTICIPANTS)) }) !== null;

describe('audiencesOf: the feed shows a programme to exactly those who may see it', () => {
  it('covers every role', () => {
    expect(new Set(Object.values(VIEWERS).flatMap((v) => (v ? [v.role] : [])))).toEqual(new Set(ROLES));
  });
  for (const [name, v] of Object.entries(VIEWERS)) {
    if (!v) continue;
    it(name, () => {
      for (const status of FUND_PROJECT_STATUSES) expect(feedShows(v, status), status).toBe(maySee(v, { status }, PARTICIPANTS));
    });
  }
  it('a status change that hides a programme from a viewer is LEFT_VIEW for it, UPDATED for those who still see it', () => {
    const change = (v: Viewer) =>
      viewOf(v, { kind: 'UPDATED', audience_before: JSON.stringify(audiencesOf({ status: 'PIPELINE' }, PARTICIPANTS)), audience_after: JSON.stringify(audiencesOf({ status: 'NOT_SELECTED' }, PARTICIPANTS)) });
    expect(change(VIEWERS.anonymous!)).toBe('LEFT_VIEW');
    expect(change(VIEWERS['member of another organization (ilo)']!)).toBe('LEFT_VIEW');
    expect(change(VIEWERS['member of a participant (iom)']!)).toBe('UPDATED');
    expect(change(VIEWERS['steering-committee']!)).toBe('UPDATED');
  });
});

describe('whereVisible agrees with maySee on a real database', () => {
  let db: TestDatabase;
  const ids = new Map<string, FundProjectStatus>();
  beforeAll(async () => {
    db = testDatabase('fund-projects');
    await migrateLatest(db, migrations);
    await seed(db);
    const writes = new ProjectWrites(db);
    const source = { source: 'policy test', confidence: 'C' as const };
    for (const status of FUND_PROJECT_STATUSES) {
      const id = `fp-policy-${status.toLowerCase()}`;
      await writes.createProject(
        {
          title: `Policy ${status}`, summary: 'Visibility.', scope: 'NATIONAL', countries: ['MEX'], thematicAreaId: 'ta1', objectives: [1],
          participants: [{ organizationId: 'iom', shareCents: 100n }, { organizationId: 'unhcr', shareCents: 100n }], leadOrganizationId: 'iom',
          nationalPartners: [], budgetCents: 200n, durationMonths: null, startDate: null, endDate: null, genderMarker: null, humanRightsMarker: null, supportRequestId: null,
        },
        { id, code: `JP-POLICY-${status}`, status, submittedOn: '2026-01-01', provenance: source, budgetProvenance: source, objectivesProvenance: source },
        { role: 'test', subject: null },
      );
      ids.set(id, status);
    }
  });
  afterAll(async () => db?.dispose());

  for (const [name, v] of Object.entries(VIEWERS)) {
    it(name, async () => {
      const seen: string[] = await whereVisible(db.knex('fund_projects'), db.knex, v).whereIn('fund_projects.id', [...ids.keys()]).orderBy('id').pluck('id');
      const expected = [...ids].filter(([, status]) => maySee(v, { status }, PARTICIPANTS)).map(([id]) => id).sort();
      expect(seen).toEqual(expected);
      // And the feed's audiences admit the same programmes the SQL predicate returns.
      if (v) expect([...ids].filter(([, status]) => feedShows(v, status)).map(([id]) => id).sort()).toEqual(seen);
    });
  }
});

describe('writes', () => {
  it('each write is open to its roles only; anonymous is asked to sign in', () => {
    expect(() => mayWrite(viewer('fund-manager'), 'recordTransfer')).not.toThrow();
    expect(() => mayWrite(viewer('secretariat'), 'recordTransfer')).toThrow(/Only fund-manager may record a transfer/);
    expect(() => mayWrite(viewer('anonymous'), 'close')).toThrow(expect.objectContaining({ extensions: expect.objectContaining({ code: 'UNAUTHENTICATED' }) }));
    expect(() => mayWrite(viewer('steering-committee'), 'moveToPipeline')).not.toThrow();
    expect(() => mayWrite(viewer('fund-manager'), 'decide')).toThrow(/Only steering-committee may approve or decline/);
  });

  it('a member submits only with its own organization among the participants', () => {
    expect(() => maySubmit(viewer('member', 'iom'), ['iom', 'unhcr'])).not.toThrow();
    expect(() => maySubmit(viewer('member', 'iom'), [' IOM', 'unhcr'])).not.toThrow();
    expect(() => maySubmit(viewer('member', 'ilo'), ['iom', 'unhcr'])).toThrow(/only with its own organization \(ilo\)/);
    expect(() => maySubmit(viewer('fund-manager'), ['iom', 'unhcr'])).not.toThrow();
    expect(() => maySubmit(viewer('secretariat'), ['iom', 'unhcr'])).toThrow(/Only member or fund-manager/);
  });

  it('progress: a member for its own organization on its own programmes; the secretariat names the participant', () => {
    expect(reportingOrganization(viewer('member', 'iom'), null)).toBe('iom');
    expect(reportingOrganization(viewer('member', 'iom'), 'IOM')).toBe('iom');
    expect(() => reportingOrganization(viewer('member', 'iom'), 'unhcr')).toThrow(/only for its own organization \(iom\)/);
    expect(reportingOrganization(viewer('secretariat'), 'unhcr')).toBe('unhcr');
    expect(() => reportingOrganization(viewer('secretariat'), null)).toThrow(/required when the secretariat reports/);
    expect(() => mayReportOn(viewer('member', 'iom'), { code: 'JP-1' }, PARTICIPANTS)).not.toThrow();
    expect(() => mayReportOn(viewer('member', 'ilo'), { code: 'JP-1' }, PARTICIPANTS)).toThrow(/\(ilo\) participates in; JP-1's participants: iom, unhcr/);
    expect(() => mayReportOn(viewer('secretariat'), { code: 'JP-1' }, PARTICIPANTS)).not.toThrow();
  });
});
