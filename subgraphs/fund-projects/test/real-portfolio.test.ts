// The fund's real portfolio as clients read it: every programme not marked sample has a source URL and a confidence on
// every part of its record and passes the programme rules; sample programmes say so; programmes established after the
// first six reach a database seeded before they were added, on its next start, once.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrateLatest } from '@unmn/shared/db';
import { startTestSubgraph, testDatabase, type TestSubgraph } from '@unmn/shared/testing';
import { fundProjectsSubgraph } from '../src/index.js';
import { migrations } from '../src/data/migrations/index.js';
import { REAL_PROGRAMMES } from '../src/data/reference/real-programmes.js';
import { seed, seedFund } from '../src/data/seeds/index.js';
import { SEED_PROJECTS } from '../src/data/seeds/projects.js';
import { checkProject } from '../src/rules/project.js';
import { FUND_MANAGER, ok } from './fixtures.js';

let sub: TestSubgraph;
beforeAll(async () => {
  sub = await startTestSubgraph(fundProjectsSubgraph);
});
afterAll(async () => sub?.stop());

const PROV = 'source confidence note sample';
const PROGRAMMES = `query($sample: Boolean) { fundProjects(filter: { sample: $sample }, first: 100) { totalCount edges { node {
  id code status countries { iso3 } budget { amount } participatingOrganizations { organization { id } isLead }
  provenance { ${PROV} } budgetProvenance { ${PROV} } objectivesProvenance { ${PROV} } participantsProvenance { ${PROV} } } } } }`;

const URL_IN = /https?:\/\/[^\s;]+/;

describe('the real portfolio', () => {
  it('lists the first six and every programme established since, each part with a source URL and a confidence', async () => {
    const { fundProjects } = await ok(sub, PROGRAMMES, { sample: false });
    const real = fundProjects.edges.map((e: any) => e.node);
    const expected = [...SEED_PROJECTS.filter((p) => !p.sample), ...REAL_PROGRAMMES].map((p) => p.code).sort();
    expect(real.map((p: any) => p.code).sort()).toEqual(expected);
    expect(expected.length).toBeGreaterThan(6);
    for (const p of real) {
      for (const part of ['provenance', 'budgetProvenance', 'objectivesProvenance', 'participantsProvenance']) {
        expect(p[part].source, `${p.code} ${part}.source`).toMatch(URL_IN);
        expect(['CERTAIN', 'LIKELY', 'UNCERTAIN'], `${p.code} ${part}.confidence`).toContain(p[part].confidence);
        expect(p[part].sample, `${p.code} ${part}.sample`).toBe(false);
      }
      // A budget the sources do not give is an estimate, and says so.
      if (p.budgetProvenance.confidence === 'UNCERTAIN') expect(p.budgetProvenance.note, p.code).toMatch(/estimated/i);
    }
  });

  it('shows the IGAD programme with the countries, organizations and lead its sources name', async () => {
    const { fundProjects } = await ok(sub, PROGRAMMES, { sample: false });
    const igad = fundProjects.edges.map((e: any) => e.node).find((p: any) => p.code === 'JP-2021-IGAD');
    expect(igad.countries.map((c: any) => c.iso3).sort()).toEqual(['DJI', 'ETH', 'KEN', 'SDN', 'SOM', 'SSD', 'UGA']);
    expect(igad.participatingOrganizations.map((o: any) => o.organization.id).sort()).toEqual(['ilo', 'iom', 'unhcr', 'unops']);
    expect(igad.participatingOrganizations.find((o: any) => o.isLead).organization.id).toBe('iom');
    expect(igad.participantsProvenance.confidence).toBe('CERTAIN');
  });

  it('tells a stated fact from an estimate: a budget a page reports is CERTAIN, a start no page gives stays unknown', async () => {
    const { fundProjects } = await ok(sub, `query { fundProjects(filter: { sample: false }, first: 100) { edges { node {
      code title status startDate endDate durationMonths submittedOn nationalPartners budget { amount }
      participatingOrganizations { organization { id } isLead } budgetProvenance { confidence note } participantsProvenance { confidence note }
      provenance { source note } statusHistory { to at note } } } } }`);
    const byCode = new Map(fundProjects.edges.map((e: any) => [e.node.code, e.node]));
    // The Gambia: USD 2.35 million is reported, so the budget is CERTAIN; only its split between the four is estimated.
    const gambia: any = byCode.get('JP-2022-GMB');
    expect(gambia.budget.amount).toBe('2350000.00');
    expect(gambia.budgetProvenance).toMatchObject({ confidence: 'CERTAIN', note: expect.stringMatching(/split .* is an estimate/) });
    expect(gambia.participatingOrganizations.map((o: any) => o.organization.id).sort()).toEqual(['iom', 'itc', 'undp', 'unicef']);
    expect(gambia).toMatchObject({ startDate: null, endDate: '2024-12-31', status: 'CLOSED' });
    expect(gambia.nationalPartners).toContain('Ministry of Interior');
    // No page gives its implementation start: none is invented, and the record says where its dates stand instead.
    expect(gambia.provenance.note).toMatch(/earliest date a source shows/);
    expect(gambia.statusHistory.at(-1)).toMatchObject({ to: 'CLOSED', at: expect.stringMatching(/^2024-12-31/), note: expect.stringMatching(/^Closure inferred/) });
    // Indonesia: IOM is named as the lead coordinating agency, so the lead is not an assumption there.
    const indonesia: any = byCode.get('JP-2022-IDN');
    expect(indonesia.participatingOrganizations.find((o: any) => o.isLead).organization.id).toBe('iom');
    expect(indonesia.participantsProvenance.note).not.toMatch(/assumption/);
    expect(indonesia.durationMonths).toBe(33);
    // Ethiopia: known only as under way in October 2024, so it carries no year in its code and no start date.
    const ethiopia: any = byCode.get('JP-ETH-ADDIS');
    expect(ethiopia).toMatchObject({ startDate: null, status: 'ACTIVE', submittedOn: '2024-10-09' });
    expect(ethiopia.participantsProvenance.confidence).toBe('LIKELY');
    // A first-six title the sources give officially replaces the descriptive one.
    expect((byCode.get('JP-2020-GIN-LBR-SLE') as any).title).toBe("Strengthening border management, social cohesion, and cross-border security in the Parrot's Beak area");
    for (const p of byCode.values() as Iterable<any>) expect(p.provenance.source, p.code).not.toMatch(/example\.org/);
  });

  it('never presents a sample as real: samples are marked sample and their codes say so', async () => {
    // The fund manager sees every status, so every sample programme is in the list.
    const { fundProjects } = await ok(sub, PROGRAMMES, { sample: true }, FUND_MANAGER);
    const samples = fundProjects.edges.map((e: any) => e.node);
    expect(samples.length).toBe(SEED_PROJECTS.filter((p) => p.sample).length);
    for (const p of samples) {
      expect(p.code, p.code).toMatch(/^SAMPLE-/);
      expect(p.provenance.sample, p.code).toBe(true);
    }
    const { fundProjects: real } = await ok(sub, PROGRAMMES, { sample: false }, FUND_MANAGER);
    expect(real.edges.filter((e: any) => /^SAMPLE-/.test(e.node.code))).toEqual([]);
  });

  it('every real programme, as data, passes the rules a submitted programme must pass', () => {
    for (const p of [...SEED_PROJECTS.filter((x) => !x.sample), ...REAL_PROGRAMMES]) {
      const participants = p.participants.map(([organizationId, dollars]) => ({ organizationId, shareCents: BigInt(dollars) * 100n }));
      expect(() => checkProject({
        title: p.title, summary: p.summary, scope: p.scope, countries: p.countries, thematicAreaId: p.thematicAreaId, objectives: p.objectives,
        participants, leadOrganizationId: p.lead, nationalPartners: p.nationalPartners ?? [], budgetCents: participants.reduce((s, x) => s + x.shareCents, 0n),
        durationMonths: p.durationMonths ?? null, startDate: p.startDate ?? null, endDate: p.endDate ?? null,
        genderMarker: null, humanRightsMarker: null, supportRequestId: null,
      }), p.code).not.toThrow();
      expect(p.sample, p.code).toBe(false);
    }
  });
});

describe('seeding the real portfolio', () => {
  it('gives a database seeded before these programmes were added them on the next start, once', async () => {
    const db = testDatabase('fund-projects-real');
    try {
      await migrateLatest(db, migrations);
      await seedFund(db); // what an earlier release seeded: the first six and the samples
      const ids = REAL_PROGRAMMES.map((p) => p.id);
      const count = async () => Number((await db.knex('fund_projects').whereIn('id', ids).count({ n: '*' }).first())?.n);
      const transfers = async () => Number((await db.knex('transfers').count({ n: '*' }).first())?.n);
      expect(await count()).toBe(0);
      await seed(db);
      expect(await count()).toBe(REAL_PROGRAMMES.length);
      const after = await transfers();
      await seed(db);
      expect(await count()).toBe(REAL_PROGRAMMES.length);
      expect(await transfers()).toBe(after);
    } finally {
      await db.dispose();
    }
  });
});
