// Real knowledge resources next to the illustrative sample set: every real record says where it comes from and how
// sure it is, no sample record passes for real, and `includeSamples: false` lists only real resources.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestSubgraph, type TestSubgraph } from '@unmn/shared/testing';
import { ORGANIZATIONS } from '@unmn/shared/organizations';
import { isKnownCountry } from '@unmn/shared/countries';
import { knowledgeResourcesSubgraph } from '../src/index.js';
import { REAL_RESOURCES } from '../src/data/reference/real-resources.js';
import { seedRealResources } from '../src/data/seeds/index.js';

let sub: TestSubgraph;
beforeAll(async () => {
  sub = await startTestSubgraph(knowledgeResourcesSubgraph);
});
afterAll(() => sub?.stop());

const NODE = 'id title url type publishedOn languages publishers { id } objectives { number } provenance { source confidence note sample }';

async function all(filter: Record<string, unknown>): Promise<any[]> {
  const nodes: any[] = [];
  let after: string | null = null;
  do {
    const { body }: { body: any } = await sub.query(`query($f: ResourceFilter, $after: String) { resources(filter: $f, first: 100, after: $after) {
      edges { node { ${NODE} } } pageInfo { hasNextPage endCursor } } }`, { f: filter, after });
    expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
    nodes.push(...body.data.resources.edges.map((e: any) => e.node));
    after = body.data.resources.pageInfo.hasNextPage ? body.data.resources.pageInfo.endCursor : null;
  } while (after);
  return nodes;
}

describe('the reference data file', () => {
  const orgIds = new Set(ORGANIZATIONS.map((o) => o.id));

  it('gives every real resource a public URL, known publishers, a valid date, objectives and a confidence', () => {
    expect(new Set(REAL_RESOURCES.map((r) => r.slug)).size).toBe(REAL_RESOURCES.length);
    for (const r of REAL_RESOURCES) {
      const where = `${r.slug}: `;
      // The record id `kr-real-<slug>` must fit the 60-character id column (SQLite would not say so; PostgreSQL does).
      expect(`kr-real-${r.slug}`.length, where).toBeLessThanOrEqual(60);
      expect(r.url, where).toMatch(/^https?:\/\/[^/]+\.[^/]+/);
      if (r.source) expect(r.source, where).toMatch(/^https?:\/\//);
      expect(r.url, where).not.toMatch(/example\.(org|com)/);
      for (const p of r.publishers) expect(orgIds.has(p), `${where}${p} is not an organization id`).toBe(true);
      expect(r.published, where).toMatch(/^(19|20)\d\d(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/);
      expect(r.objectives.length, where).toBeGreaterThan(0);
      for (const n of r.objectives) expect(n >= 1 && n <= 23, `${where}objective ${n}`).toBe(true);
      for (const letter of r.principles ?? []) expect(letter, `${where}principle`).toMatch(/^[a-j]$/);
      for (const c of r.countries ?? []) expect(isKnownCountry(c), `${where}${c} is not a known ISO3 country`).toBe(true);
      expect(['CERTAIN', 'LIKELY', 'UNCERTAIN'], where).toContain(r.confidence);
      expect(r.summary.length, where).toBeGreaterThan(60);
      // A guess must say so: inferred objectives or an imprecise date are never presented as certain facts silently.
      if (r.objectivesInferred || r.published.length < 10) expect(r.confidence === 'CERTAIN' ? r.note : 'ok', where).toBeTruthy();
    }
  });
});

describe('seeded real and sample records', () => {
  it('every real record has its source URL and a confidence; no sample record is presented as real', async () => {
    const everything = await all({});
    const real = everything.filter((n) => !n.provenance.sample);
    expect(real.map((n) => n.id).sort()).toEqual(REAL_RESOURCES.map((r) => `kr-real-${r.slug}`).sort());
    for (const n of real) {
      const r = REAL_RESOURCES.find((x) => `kr-real-${x.slug}` === n.id)!;
      expect(n.provenance.source).toBe(r.source ?? r.url);
      expect(n.provenance.source).toMatch(/^https?:\/\//);
      expect(n.provenance.confidence).toBe(r.confidence);
      expect(n.url).toBe(r.url);
      expect(n.title).toBe(r.title);
      expect(n.publishers.map((p: any) => p.id)).toEqual(r.publishers);
    }
    // Inferred objectives are flagged in the note users see.
    const inferred = real.find((n) => REAL_RESOURCES.find((x) => `kr-real-${x.slug}` === n.id)!.objectivesInferred);
    expect(inferred?.provenance.note).toMatch(/objectives inferred/);
    // The generated records: all sample, none claims more than UNCERTAIN, none points at a real page.
    const samples = everything.filter((n) => n.provenance.sample);
    expect(samples.length).toBeGreaterThan(0);
    for (const n of samples) {
      expect(n.id).not.toMatch(/^kr-real-/);
      expect(n.provenance.confidence).toBe('UNCERTAIN');
      expect(n.url).toMatch(/^https:\/\/example\.org\//);
    }
  });

  it('includeSamples: false lists only real resources, at the root and under an objective, with matching counts', async () => {
    const real = await all({ includeSamples: false });
    expect(real.length).toBe(REAL_RESOURCES.length);
    expect(real.every((n) => n.provenance.sample === false)).toBe(true);
    // Omitted or true: the samples are there as before.
    const withSamples = await sub.query('{ a: resources(first: 0) { totalCount } b: resources(first: 0, filter: { includeSamples: true }) { totalCount } }');
    expect(withSamples.body.data.a.totalCount).toBe(withSamples.body.data.b.totalCount);
    expect(withSamples.body.data.a.totalCount).toBeGreaterThan(real.length);

    const objective = 10;
    const expected = REAL_RESOURCES.filter((r) => r.objectives.includes(objective)).length;
    expect(expected).toBeGreaterThan(0);
    const { body } = await sub.query(`query($r: [_Any!]!) { _entities(representations: $r) { ... on Objective {
      resources(first: 100, filter: { includeSamples: false }) { totalCount edges { node { provenance { sample } } } facets { types { type count } } } } } }`,
    { r: [{ __typename: 'Objective', number: objective }] });
    expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
    const conn = body.data._entities[0].resources;
    expect(conn.totalCount).toBe(expected);
    expect(conn.edges.every((e: any) => e.node.provenance.sample === false)).toBe(true);
    expect(conn.facets.types.reduce((s: number, t: any) => s + t.count, 0)).toBe(expected);
  });

  it('at least 80 real resources, with French and Spanish ones a language filter finds among the real records', async () => {
    expect(REAL_RESOURCES.length).toBeGreaterThanOrEqual(80);
    for (const language of ['fr', 'es']) {
      // Only-French (only-Spanish) resources: what a reader of that language alone can use.
      const only = REAL_RESOURCES.filter((r) => r.languages.length === 1 && r.languages[0] === language);
      expect(only.length, language).toBeGreaterThanOrEqual(6);
      const found = await all({ languages: [language], includeSamples: false });
      const expected = REAL_RESOURCES.filter((r) => r.languages.includes(language)).map((r) => `kr-real-${r.slug}`).sort();
      expect(found.map((n) => n.id).sort(), language).toEqual(expected);
      for (const r of only) expect(found.find((n) => n.id === `kr-real-${r.slug}`)?.languages, r.slug).toEqual([language]);
    }
  });

  it('under a search too, only real resources come back', async () => {
    const { body } = await sub.query('{ resources(first: 100, filter: { search: "trafficking", includeSamples: false }) { totalCount edges { node { id provenance { sample } } } } }');
    expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
    expect(body.data.resources.totalCount).toBeGreaterThan(0);
    expect(body.data.resources.edges.every((e: any) => e.node.id.startsWith('kr-real-') && !e.node.provenance.sample)).toBe(true);
  });

  it('a real practice carries its implementation period, as the Hub states it', async () => {
    const practices = REAL_RESOURCES.filter((r) => r.type === 'PRACTICE' && r.implemented);
    expect(practices.length).toBeGreaterThan(0);
    expect(practices.some((r) => !r.implemented!.until), 'an ongoing practice').toBe(true);
    for (const r of practices) {
      const { body } = await sub.query('query($id: ID!) { resource(id: $id) { type principles { letter } countries { iso3 } practice { implementedFrom implementedUntil completed } } }', { id: `kr-real-${r.slug}` });
      expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
      expect(body.data.resource.type).toBe('PRACTICE');
      // The principles and countries the Hub page names, and no others.
      expect(body.data.resource.principles.map((p: any) => p.letter)).toEqual([...(r.principles ?? [])].sort());
      expect(body.data.resource.countries.map((c: any) => c.iso3)).toEqual([...(r.countries ?? [])].sort());
      expect(body.data.resource.practice.implementedFrom.slice(0, 4)).toBe(r.implemented!.from!.slice(0, 4));
      // An ongoing practice ('2016 - Present' on the Hub) has no end: none is invented.
      if (r.implemented!.until) expect(body.data.resource.practice.implementedUntil.slice(0, 4)).toBe(r.implemented!.until.slice(0, 4));
      else expect(body.data.resource.practice.implementedUntil).toBeNull();
    }
  });

  it("a country's real practices are what a country filter finds among real practices", async () => {
    const practices = REAL_RESOURCES.filter((r) => r.type === 'PRACTICE');
    const countries = [...new Set(practices.flatMap((r) => r.countries ?? []))].sort();
    expect(countries.length).toBeGreaterThan(1);
    for (const country of countries) {
      const found = await all({ countries: [country], types: ['PRACTICE'], includeSamples: false });
      const expected = practices.filter((r) => r.countries?.includes(country)).map((r) => `kr-real-${r.slug}`).sort();
      expect(found.map((n) => n.id).sort(), country).toEqual(expected);
    }
  });

  it('seeding again adds nothing (real records are keyed by id)', async () => {
    expect(await seedRealResources(sub.db)).toBe(0);
    const n = Number((await sub.db.knex('resources').where('sample', false).count({ n: '*' }).first())!.n);
    expect(n).toBe(REAL_RESOURCES.length);
  });
});
