// The 2030 Agenda link on the gcm-objectives subgraph alone: the 17 goals and 169 targets in three languages, the
// objective-target links with their provenance both ways, FundProject.sdgTargets from the objectives the gateway
// passes, and a constant number of SQL statements however many objectives, targets or programmes are asked for.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countStatementsOf, startTestSubgraph, type TestSubgraph } from '@unmn/shared/testing';
import { gcmObjectivesSubgraph } from '../src/index.js';

let sub: TestSubgraph;
beforeAll(async () => {
  sub = await startTestSubgraph(gcmObjectivesSubgraph);
});
afterAll(() => sub?.stop());

const LINKS = `sdgTargets { target { code } provenance { source confidence note sample } }`;

describe('SDG goals and targets', () => {
  it('lists the 17 goals in order, with 169 targets in all, numbered targets before the lettered ones', async () => {
    const { sdgGoals } = await sub.data('{ sdgGoals { number title shortTitle targets { code } provenance { source confidence sample } } }');
    expect(sdgGoals.map((g: any) => g.number)).toEqual(Array.from({ length: 17 }, (_, i) => i + 1));
    expect(sdgGoals.flatMap((g: any) => g.targets).length).toBe(169);
    expect(sdgGoals[9]).toMatchObject({ title: 'Reduce inequality within and among countries', shortTitle: 'Reduced inequalities' });
    expect(sdgGoals[9].targets.map((t: any) => t.code)).toEqual(['10.1', '10.2', '10.3', '10.4', '10.5', '10.6', '10.7', '10.a', '10.b', '10.c']);
    // 17.10 comes after 17.9, not after 17.1.
    expect(sdgGoals[16].targets.map((t: any) => t.code).slice(8, 11)).toEqual(['17.9', '17.10', '17.11']);
    expect(sdgGoals[0].provenance).toEqual({ source: 'A/RES/70/1 (https://sdgs.un.org/2030agenda)', confidence: 'CERTAIN', sample: false });
  });

  it('gives titles in English by default and in French or Spanish on request', async () => {
    const { sdgTarget } = await sub.data('{ sdgTarget(code: "10.7") { code en: title fr: title(language: FR) es: title(language: ES) goal { number fr: shortTitle(language: FR) } } }');
    expect(sdgTarget.en).toMatch(/^Facilitate orderly, safe, regular and responsible migration/);
    expect(sdgTarget.fr).toMatch(/^Faciliter la migration et la mobilité/);
    expect(sdgTarget.es).toMatch(/migración/i);
    expect(new Set([sdgTarget.en, sdgTarget.fr, sdgTarget.es]).size).toBe(3);
    expect(sdgTarget.goal).toEqual({ number: 10, fr: expect.any(String) });
  });

  it('finds a target by code whatever the letter case, and answers null for an unknown goal or target', async () => {
    const d = await sub.data('{ a: sdgTarget(code: "10.C") { code } b: sdgTarget(code: "10.z") { code } c: sdgGoal(number: 18) { number } d: sdgGoal(number: 5) { number } }');
    expect(d).toEqual({ a: { code: '10.c' }, b: null, c: null, d: { number: 5 } });
  });
});

describe('the objective-target links', () => {
  it('gives each objective its targets with the source and an honest confidence per link', async () => {
    const { objectives } = await sub.data(`{ objectives(filter: { numbers: [1, 6, 10, 20, 23, 9] }) { number ${LINKS} } }`);
    const codes = Object.fromEntries(objectives.map((o: any) => [o.number, o.sdgTargets.map((l: any) => l.target.code)]));
    expect(codes).toEqual({ 1: ['17.18'], 6: ['8.8'], 9: [], 10: ['5.2', '8.7', '16.2'], 20: ['10.c'], 23: ['10.7'] });
    for (const link of objectives.flatMap((o: any) => o.sdgTargets)) {
      // No mapping in the Compact's own text: inferred links are LIKELY, cite A/RES/73/195 and the target, and explain.
      expect(link.provenance).toMatchObject({ confidence: 'LIKELY', sample: false });
      expect(link.provenance.source).toContain('A/RES/73/195');
      expect(link.provenance.source).toContain(`target ${link.target.code}`);
      expect(link.provenance.note.length).toBeGreaterThan(20);
    }
  });

  it('answers the reverse: the objectives serving a target, in objective order', async () => {
    const { sdgTarget } = await sub.data('{ sdgTarget(code: "10.7") { objectives { objective { number shortTitle } target { code } provenance { source } } } }');
    expect(sdgTarget.objectives.map((l: any) => l.objective.number)).toEqual([5, 23]);
    expect(sdgTarget.objectives[1].objective.shortTitle).toBe('International cooperation');
    expect(sdgTarget.objectives.every((l: any) => l.target.code === '10.7')).toBe(true);
    const { sdgGoal } = await sub.data('{ sdgGoal(number: 1) { targets { objectives { objective { number } } } } }');
    expect(sdgGoal.targets.flatMap((t: any) => t.objectives)).toEqual([]);
  });

  it('reads one objective or all 23 with their links, targets and goals in the same number of statements', async () => {
    const q = `query($n: [Int!]) { objectives(filter: { numbers: $n }) { number sdgTargets { target { code title(language: ES) goal { number } objectives { objective { title } } } provenance { source } } } }`;
    const one = await countStatementsOf(sub.db, () => sub.data(q, { n: [20] }));
    const all = await countStatementsOf(sub.db, async () => expect((await sub.data(q, { n: Array.from({ length: 23 }, (_, i) => i + 1) })).objectives).toHaveLength(23));
    // objectives, their links, the targets, the goals, the targets' links back, and those links' objectives.
    expect(one).toBe(6);
    expect(all).toBe(one);
  });

  it('reads every goal with every target and its objectives in a constant number of statements', async () => {
    const q = '{ sdgGoals { targets { code objectives { objective { number } } } } }';
    // goals, targets by goal, links by target, objectives.
    expect(await countStatementsOf(sub.db, () => sub.data(q))).toBe(4);
  });
});

describe('FundProject.sdgTargets (contributed here, from the objectives fund-projects gives the gateway)', () => {
  const ENTITIES = `query($r: [_Any!]!) { _entities(representations: $r) { ... on FundProject { id sdgTargets { objective { number } target { code } provenance { confidence } } } } }`;

  it('derives a programme\'s targets from its objectives, in the Agenda\'s order, each link naming its objective', async () => {
    const { _entities } = await sub.data(ENTITIES, { r: [
      { __typename: 'FundProject', id: 'fp-a', objectives: [{ number: 23 }, { number: 6 }, { number: 10 }] },
      { __typename: 'FundProject', id: 'fp-b', objectives: [{ number: 9 }] },
      { __typename: 'FundProject', id: 'fp-c', objectives: null },
    ] });
    expect(_entities[0].sdgTargets.map((l: any) => `${l.objective.number}:${l.target.code}`)).toEqual(['10:5.2', '10:8.7', '6:8.8', '23:10.7', '10:16.2']);
    expect(_entities[1].sdgTargets).toEqual([]);
    // Unknown objectives: unknown targets, not none.
    expect(_entities[2].sdgTargets).toBeNull();
  });

  it('answers 1 or 20 programmes in the same number of statements', async () => {
    const reps = (n: number) => Array.from({ length: n }, (_, i) => ({ __typename: 'FundProject', id: `fp-${i}`, objectives: [{ number: 1 + (i % 23) }, { number: 20 }] }));
    const one = await countStatementsOf(sub.db, () => sub.data(ENTITIES, { r: reps(1) }));
    const many = await countStatementsOf(sub.db, () => sub.data(ENTITIES, { r: reps(20) }));
    expect(one).toBe(3);
    expect(many).toBe(one);
  });
});
