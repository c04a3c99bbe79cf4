// The Network itself on the members subgraph alone: its coordinator and secretariat, the Executive Committee over time,
// each organization's roles, and how many members the reference data establishes at each confidence.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { today } from '@unmn/shared/dates';
import { startTestSubgraph, type TestSubgraph } from '@unmn/shared/testing';
import { membersSubgraph } from '../src/index.js';

let sub: TestSubgraph;
beforeAll(async () => {
  sub = await startTestSubgraph(membersSubgraph);
});
afterAll(() => sub?.stop());

const FOUNDING_EXCOM = ['desa', 'ilo', 'iom', 'ohchr', 'undp', 'unhcr', 'unicef', 'unodc'];
const committeeOn = async (on?: string) =>
  (await sub.data('query($on: Date) { network { executiveCommittee(on: $on) { id acronym } } }', { on })).network.executiveCommittee;

describe('the Network', () => {
  it('names IOM as coordinator and secretariat, with when it was set up and where that comes from', async () => {
    const { network } = await sub.data('{ network { name establishedOn coordinator { id acronym } secretariat { id } provenance { confidence note } } }');
    expect(network).toMatchObject({
      name: 'United Nations Network on Migration',
      establishedOn: '2018-05-23',
      coordinator: { id: 'iom', acronym: 'IOM' },
      secretariat: { id: 'iom' },
    });
    // The decision's date is certain, calling it the founding date is not: the API says so.
    expect(network.provenance.confidence).toBe('LIKELY');
    expect(network.provenance.note).toMatch(/23 May 2018/);
  });

  it('has the 8 founding Executive Committee members on 2019-12-31, and WHO as a ninth from 2021-12-27', async () => {
    expect((await committeeOn('2019-12-31')).map((o: any) => o.id).sort()).toEqual(FOUNDING_EXCOM);
    const later = await committeeOn('2022-01-01');
    expect(later).toHaveLength(9);
    expect(later.map((o: any) => o.id)).toContain('who');
    // Ordered by acronym, as documented.
    expect(later.map((o: any) => o.acronym)).toEqual([...later.map((o: any) => o.acronym)].sort());
  });

  it("counts a seat's first day as held, and the days before it as not", async () => {
    expect(await committeeOn('2019-02-26')).toEqual([]);
    expect((await committeeOn('2019-02-27')).map((o: any) => o.id).sort()).toEqual(FOUNDING_EXCOM);
    expect((await committeeOn('2021-12-26')).map((o: any) => o.id)).not.toContain('who');
    expect((await committeeOn('2021-12-27')).map((o: any) => o.id)).toContain('who');
  });

  it('answers for today when no date is given', async () => {
    const implicit = await committeeOn();
    expect(implicit).toEqual(await committeeOn(today()));
    expect(implicit).toHaveLength(9);
  });

  it('refuses a date that does not exist, naming it', async () => {
    const { body } = await sub.query('query($on: Date) { network { executiveCommittee(on: $on) { id } } }', { on: '2019-02-30' });
    expect(body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(body.errors[0].message).toMatch(/2019-02-30 does not exist/);
  });

  it('keeps the seat history with the last date a source confirms each seat', async () => {
    const { network } = await sub.data('{ network { executiveCommitteeHistory { kind organization { id } since until lastConfirmedOn provenance { confidence } } } }');
    const history = network.executiveCommitteeHistory;
    expect(history).toHaveLength(9);
    expect(history.every((r: any) => r.kind === 'EXECUTIVE_COMMITTEE' && r.until === null)).toBe(true);
    // Seats are documented up to A/76/642 (27 Dec 2021); the API says so rather than implying later certainty.
    expect(history.every((r: any) => r.lastConfirmedOn === '2021-12-27')).toBe(true);
    expect(history.find((r: any) => r.organization.id === 'who')).toEqual({
      kind: 'EXECUTIVE_COMMITTEE', organization: { id: 'who' }, since: '2021-12-27', until: null, lastConfirmedOn: '2021-12-27', provenance: { confidence: 'LIKELY' },
    });
    // Ordered by start date: the eight founding seats first, WHO last.
    expect(history.slice(0, 8).map((r: any) => r.organization.id).sort()).toEqual(FOUNDING_EXCOM);
    expect(history.at(-1).organization.id).toBe('who');
  });
});

describe("an organization's roles", () => {
  it("lists IOM's coordinator, secretariat and committee roles with their dates, earliest first", async () => {
    const { organization } = await sub.data('{ organization(id: "iom") { networkRoles { kind since until lastConfirmedOn provenance { confidence } } } }');
    expect(organization.networkRoles).toEqual([
      { kind: 'COORDINATOR', since: '2018-05-23', until: null, lastConfirmedOn: '2023-11-28', provenance: { confidence: 'CERTAIN' } },
      { kind: 'SECRETARIAT', since: '2018-05-23', until: null, lastConfirmedOn: null, provenance: { confidence: 'CERTAIN' } },
      { kind: 'EXECUTIVE_COMMITTEE', since: '2019-02-27', until: null, lastConfirmedOn: '2021-12-27', provenance: { confidence: 'CERTAIN' } },
    ]);
  });

  it('says whether it sits on the Executive Committee on a date, and has no roles when it holds none', async () => {
    const { who, iom, unfpa } = await sub.data(`{
      who: organization(id: "who") { before: onExecutiveCommittee(on: "2021-12-26") from: onExecutiveCommittee(on: "2021-12-27") now: onExecutiveCommittee }
      iom: organization(id: "iom") { before: onExecutiveCommittee(on: "2019-02-26") from: onExecutiveCommittee(on: "2019-02-27") now: onExecutiveCommittee }
      unfpa: organization(id: "unfpa") { networkRoles { kind } onExecutiveCommittee(on: "2022-01-01") }
    }`);
    expect(who).toEqual({ before: false, from: true, now: true });
    expect(iom).toEqual({ before: false, from: true, now: true });
    expect(unfpa).toEqual({ networkRoles: [], onExecutiveCommittee: false });
  });
});

describe('memberCount', () => {
  const COUNTS = '{ network { certain: memberCount(minConfidence: CERTAIN) likely: memberCount(minConfidence: LIKELY) uncertain: memberCount(minConfidence: UNCERTAIN) all: memberCount } }';

  it('counts 14 certain members, 30 certain or likely, 38 in all: the members the organizations list shows', async () => {
    expect((await sub.data(COUNTS)).network).toEqual({ certain: 14, likely: 30, uncertain: 38, all: 38 });
    const { organizations } = await sub.data('{ organizations(filter: { networkMember: true }, first: 100) { totalCount edges { node { isNetworkMember networkMembership { provenance { confidence } } } } } }');
    expect(organizations.totalCount).toBe(38);
    // Every member carries a confidence; uncertain ones are marked, not silently certain.
    const byConfidence = (c: string) => organizations.edges.filter((e: any) => e.node.networkMembership.provenance.confidence === c).length;
    expect([byConfidence('CERTAIN'), byConfidence('LIKELY'), byConfidence('UNCERTAIN')]).toEqual([14, 16, 8]);
    expect(organizations.edges.every((e: any) => e.node.isNetworkMember)).toBe(true);
  });

  it('counts members only, from the data: a non-member changes nothing, a new uncertain member counts only in the widest count', async () => {
    const at = new Date().toISOString();
    const row = { kind: 'OTHER_UN_ENTITY', sample: true, created_at: at, updated_at: at };
    await sub.db.knex('organizations').insert([
      { ...row, id: 'sample-outsider', acronym: 'SO', name: 'Sample outsider', network_member: false },
      { ...row, id: 'sample-newcomer', acronym: 'SN', name: 'Sample newcomer', network_member: true, membership_source: 'test', membership_confidence: 'U' },
    ]);
    try {
      expect((await sub.data(COUNTS)).network).toEqual({ certain: 14, likely: 30, uncertain: 39, all: 39 });
      const { outsider, members, nonMembers } = await sub.data(`{
        outsider: organization(id: "sample-outsider") { isNetworkMember networkMembership { since } }
        members: organizations(filter: { networkMember: true }) { totalCount }
        nonMembers: organizations(filter: { networkMember: false }) { edges { node { id } } }
      }`);
      expect(outsider).toEqual({ isNetworkMember: false, networkMembership: null });
      expect(members.totalCount).toBe(39);
      expect(nonMembers.edges).toEqual([{ node: { id: 'sample-outsider' } }]);
    } finally {
      await sub.db.knex('organizations').whereIn('id', ['sample-outsider', 'sample-newcomer']).delete();
    }
    expect((await sub.data(COUNTS)).network.all).toBe(38);
  });
});
