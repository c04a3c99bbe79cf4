// The policy for every viewer and record state: the single-record check against an explicit table, and the SQL
// predicate run on a real database (SQLite; the predicate is plain SQL both dialects read alike) against the check,
// so list/count visibility and single-record visibility cannot disagree.
import knexFactory, { type Knex } from 'knex';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { audiencesOf as viewerAudiences } from '@unmn/shared/changes';
import type { Viewer } from '@unmn/shared/viewer';
import { REVIEW_STATUSES, type ReviewStatus } from './data/models.js';
import { audiencesOf, canSee, canSeeReviewComment, isSubmitter, mayEdit, mayEditIn, mineWhere, seesUnpublished, unpublishedVisible, visibleWhere, type PolicyRecord } from './policy.js';

const viewer = (v: Partial<Viewer> & Pick<Viewer, 'role'>): Viewer => ({ subject: null, organizationId: null, countryIso3: null, ...v });
const VIEWERS: Record<string, Viewer> = {
  anonymous: viewer({ role: 'anonymous' }),
  iom: viewer({ role: 'member', subject: 'u-iom', organizationId: 'iom' }),
  unicef: viewer({ role: 'member', subject: 'u-unicef', organizationId: 'unicef' }),
  mex: viewer({ role: 'country', subject: 'u-mex', countryIso3: 'MEX' }),
  phl: viewer({ role: 'country', subject: 'u-phl', countryIso3: 'PHL' }),
  secretariat: viewer({ role: 'secretariat', subject: 'u-sec' }),
  fundManager: viewer({ role: 'fund-manager', subject: 'u-fm' }),
  steeringCommittee: viewer({ role: 'steering-committee', subject: 'u-sc' }),
};
const OWNERS: Record<string, Pick<PolicyRecord, 'ownerOrg' | 'ownerCountry'> & { subject: string }> = {
  'by iom': { ownerOrg: 'iom', ownerCountry: null, subject: 'u-iom' },
  'by MEX': { ownerOrg: null, ownerCountry: 'MEX', subject: 'u-mex' },
  'by the secretariat': { ownerOrg: null, ownerCountry: null, subject: 'u-sec' },
};

/** Who submitted each kind of record, i.e. who sees it unpublished besides the secretariat. */
const SUBMITTER: Record<string, string | null> = { 'by iom': 'iom', 'by MEX': 'mex', 'by the secretariat': null };

const records = REVIEW_STATUSES.flatMap((status) => Object.entries(OWNERS).map(([owner, o]) => ({ name: `${status} ${owner}`, owner, status, ...o })));

describe('single-record checks', () => {
  for (const [name, v] of Object.entries(VIEWERS)) {
    for (const r of records) {
      const submitter = name === 'secretariat' || SUBMITTER[r.owner] === name;
      const record: PolicyRecord = { reviewStatus: r.status, ownerOrg: r.ownerOrg, ownerCountry: r.ownerCountry };
      it(`${name} / ${r.name}: sees ${r.status === 'PUBLISHED' || submitter}, submitter ${submitter}`, () => {
        expect(canSee(v, record)).toBe(r.status === 'PUBLISHED' || submitter);
        expect(isSubmitter(v, record)).toBe(submitter);
        expect(canSeeReviewComment(v, record)).toBe(submitter);
      });
    }
  }

  it('only the submitter or the secretariat edits, and only the secretariat once PUBLISHED or REJECTED', () => {
    const refused = (f: () => void) => {
      try {
        f();
        return null;
      } catch (e) {
        return (e as { extensions: { code: string } }).extensions.code;
      }
    };
    const byIom = OWNERS['by iom'];
    expect(refused(() => mayEdit(VIEWERS.iom, 'kr-1', byIom))).toBeNull();
    expect(refused(() => mayEdit(VIEWERS.unicef, 'kr-1', byIom))).toBe('FORBIDDEN');
    expect(refused(() => mayEdit(VIEWERS.mex, 'kr-1', byIom))).toBe('FORBIDDEN');
    expect(refused(() => mayEdit(VIEWERS.anonymous, 'kr-1', byIom))).toBe('UNAUTHENTICATED');
    expect(refused(() => mayEdit(VIEWERS.secretariat, 'kr-1', byIom))).toBeNull();
    for (const status of REVIEW_STATUSES) {
      const closed = status === 'PUBLISHED' || status === 'REJECTED';
      expect(refused(() => mayEditIn(VIEWERS.iom, 'kr-1', status)), status).toBe(closed ? 'FORBIDDEN' : null);
      expect(refused(() => mayEditIn(VIEWERS.secretariat, 'kr-1', status)), status).toBeNull();
    }
  });
});

describe('SQL predicates agree with the single-record checks', () => {
  let knex: Knex;
  beforeAll(async () => {
    knex = knexFactory({ client: 'sqlite3', connection: { filename: ':memory:' }, useNullAsDefault: true });
    await knex.schema.createTable('resources', (t) => {
      t.string('id');
      t.string('review_status');
      t.string('owner_org');
      t.string('owner_country');
      t.string('owner_subject');
    });
    await knex('resources').insert(records.map((r) => ({ id: r.name, review_status: r.status, owner_org: r.ownerOrg, owner_country: r.ownerCountry, owner_subject: r.subject })));
  });
  afterAll(() => knex.destroy());

  const ids = async (where: (q: Knex.QueryBuilder) => void) => {
    const q = knex('resources').select('id');
    where(q);
    return ((await q) as { id: string }[]).map((r) => r.id).sort();
  };
  const expected = (keep: (r: (typeof records)[number]) => boolean) => records.filter(keep).map((r) => r.name).sort();
  const policyRecord = (r: (typeof records)[number]): PolicyRecord => ({ reviewStatus: r.status as ReviewStatus, ownerOrg: r.ownerOrg, ownerCountry: r.ownerCountry });

  for (const [name, v] of Object.entries(VIEWERS)) {
    it(`${name}: visibleWhere selects exactly the records canSee allows`, async () => {
      expect(await ids(visibleWhere(v))).toEqual(expected((r) => canSee(v, policyRecord(r))));
    });
    it(`${name}: the change feed's audiences of a record reach exactly the viewers visibleWhere lets see it`, async () => {
      // The feed shows an event to a viewer whose tokens meet the record's audiences (shared/changes.ts viewOf).
      const tokens = new Set(viewerAudiences(v));
      const reached = records.filter((r) => audiencesOf(policyRecord(r)).some((a) => tokens.has(a))).map((r) => r.name).sort();
      expect(reached).toEqual(await ids(visibleWhere(v)));
    });
    it(`${name}: published + unpublishedVisible add up to visibleWhere`, async () => {
      const unpublished = unpublishedVisible(v);
      const rows = await ids((q) => {
        q.whereNot('review_status', 'PUBLISHED');
        unpublished.where(q);
      });
      expect(rows).toEqual(expected((r) => r.status !== 'PUBLISHED' && canSee(v, policyRecord(r))));
      // Reads skip the unpublished part for viewers who see none (tagPages); that must never hide a row.
      if (!seesUnpublished(v)) expect(rows).toEqual([]);
      expect(seesUnpublished(v)).toBe(['member', 'country', 'secretariat'].includes(v.role));
    });
    it(`${name}: mine selects what the viewer submitted`, async () => {
      const mine = await ids(mineWhere(v));
      if (name === 'anonymous') expect(mine).toEqual([]);
      else if (name === 'secretariat') expect(mine).toEqual(expected((r) => r.subject === 'u-sec'));
      else expect(mine).toEqual(expected((r) => SUBMITTER[r.owner] === name));
    });
  }
});
