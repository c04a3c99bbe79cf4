// The fund-projects subgraph's federation contract, alone over HTTP as the gateway calls it: the SDL it publishes, every
// entity it resolves (its own and the ones it extends) in a constant number of SQL statements, and which roles may
// write. Programme behaviour is in projects.test.ts, exact money in exact-money.test.ts.
import { readFileSync } from 'node:fs';
import { Kind, parse, print, visit, type ASTNode } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countStatementsOf, startTestSubgraph, type TestSubgraph, type TestViewer } from '@unmn/shared/testing';
import { ORGANIZATIONS } from '@unmn/shared/organizations';
import { OBJECTIVE_COUNT } from '@unmn/shared/validate';
import { fundProjectsSubgraph } from '../src/index.js';
import {
  CONTRIBUTE, DECIDE, FUND_MANAGER, PIPELINE, SECRETARIAT, STEERING, SUBMIT, TRANSFER, UPDATE, approved, conceptNote, country, member, ok, snapshot,
  submitted,
} from './fixtures.js';

let sub: TestSubgraph;
beforeAll(async () => {
  sub = await startTestSubgraph(fundProjectsSubgraph);
});
afterAll(() => sub?.stop());

const ENTITIES = (selection: string) => `query($r: [_Any!]!) { _entities(representations: $r) { ${selection} } }`;

/** The entity types this subgraph resolves for the gateway, with their keys: its own, then the ones it extends. */
const KEYS: Record<string, string> = {
  Fund: 'code', ThematicArea: 'id', FundProject: 'id', Contribution: 'id', Transfer: 'id',
  Organization: 'id', Country: 'iso3', Objective: 'number', SupportRequest: 'id',
};

describe('_service', () => {
  /** Federation's own additions to a subgraph's SDL (directive definitions, `_Entity`, `link__*`, `Query._entities`). */
  const federationOwn = (name: string) => name.startsWith('_') || name.startsWith('link__') || name.startsWith('federation__');

  /** Each named type printed without federation's additions; descriptions kept, whether written as block strings or not. */
  function typesOf(sdl: string): Map<string, string> {
    const types = new Map<string, string>();
    for (const definition of parse(sdl).definitions) {
      if (definition.kind === Kind.DIRECTIVE_DEFINITION || !('name' in definition) || !definition.name || federationOwn(definition.name.value)) continue;
      const plain = visit(definition, {
        enter(node: ASTNode) {
          if (node.kind === Kind.FIELD_DEFINITION && federationOwn(node.name.value)) return null;
          if ('description' in node && node.description?.block) return { ...node, description: { ...node.description, block: false } };
          return undefined;
        },
      });
      types.set(definition.name.value, print(plain));
    }
    return types;
  }

  it('publishes schema.graphql as its contract: the same types, fields, arguments, descriptions and directives', async () => {
    const { body } = await sub.query('{ _service { sdl } }');
    expect(body.errors).toBeUndefined();
    const published = typesOf(body.data._service.sdl);
    const contract = typesOf(readFileSync(new URL('../schema.graphql', import.meta.url), 'utf8'));
    expect([...published.keys()].sort()).toEqual([...contract.keys()].sort());
    for (const [name, printed] of contract) expect(published.get(name), name).toBe(printed);
    // Spot checks that the comparison sees what matters: a key, a Query field with its arguments, a Mutation.
    expect(published.get('FundProject')).toMatch(/\ntype FundProject @key\(fields: "id"\)/);
    expect(published.get('Query')).toMatch(/fundingSummary\(\s*"The dimension to group by."\s*groupBy: FundingGroupBy!/);
    expect(published.get('Mutation')).toMatch(/recordTransfer\(/);
  });

  it('offers exactly its entity types to the gateway, each under its key', async () => {
    const { body } = await sub.query('{ _service { sdl } }');
    const definitions = parse(body.data._service.sdl).definitions;
    const union = definitions.find((d) => d.kind === Kind.UNION_TYPE_DEFINITION && d.name.value === '_Entity');
    expect(union?.kind === Kind.UNION_TYPE_DEFINITION && union.types?.map((t) => t.name.value).sort()).toEqual(Object.keys(KEYS).sort());
    const keys = Object.fromEntries(definitions.flatMap((d) => {
      if (d.kind !== Kind.OBJECT_TYPE_DEFINITION) return [];
      const fields = d.directives?.filter((x) => x.name.value === 'key').map((x) => x.arguments?.find((a) => a.name.value === 'fields')?.value);
      return fields?.length ? [[d.name.value, fields.map((f) => (f?.kind === Kind.STRING ? f.value : null)).join(' | ')]] : [];
    }));
    expect(keys).toEqual(KEYS);
  });
});

describe('_entities', () => {
  /** Ids of seeded rows, read through the API as the fund management unit (which sees every programme). */
  async function seededKeys() {
    const data = await ok(sub, `{ fundProjects(first: 100) { edges { node { id code } } }
      fund { contributions(first: 100) { edges { node { id donor } } } transfers(first: 100) { edges { node { id amount { amount } fundProject { id } } } } } }`, {}, FUND_MANAGER);
    return {
      projects: data.fundProjects.edges.map((e: any) => e.node),
      contributions: data.fund.contributions.edges.map((e: any) => e.node),
      transfers: data.fund.transfers.edges.map((e: any) => e.node),
    };
  }

  it('resolves its own entities by key, and unknown keys to null', async () => {
    const { projects, contributions, transfers } = await seededKeys();
    const mkd = projects.find((p: any) => p.code === 'JP-2020-MKD');
    const representations = [
      { __typename: 'Fund', code: 'MIG00' },
      { __typename: 'Fund', code: 'MCS00' },
      { __typename: 'ThematicArea', id: 'ta4' },
      { __typename: 'ThematicArea', id: 'ta9' },
      { __typename: 'FundProject', id: mkd.id },
      { __typename: 'FundProject', id: 'fp-nope' },
      { __typename: 'Contribution', id: contributions[0].id },
      { __typename: 'Contribution', id: 'ct-nope' },
      { __typename: 'Transfer', id: transfers[0].id },
      { __typename: 'Transfer', id: 'tr-nope' },
    ];
    const { _entities } = await ok(sub, ENTITIES(`... on Fund { fundCode: code shortName } ... on ThematicArea { id number objectives { objective { number } } }
      ... on FundProject { id code budget { amount } } ... on Contribution { id donor } ... on Transfer { id amount { amount } fundProject { id } }`), { r: representations });
    expect(_entities).toEqual([
      { fundCode: 'MIG00', shortName: 'Migration MPTF' },
      null,
      { id: 'ta4', number: 4, objectives: [5, 6, 18, 19, 20, 22].map((number) => ({ objective: { number } })) },
      null,
      { id: mkd.id, code: 'JP-2020-MKD', budget: { amount: '1500000.00' } },
      null,
      contributions[0],
      null,
      transfers[0],
      null,
    ]);
  });

  it("adds programmes to other subgraphs' entities; an unknown key is the owner's to refuse, so it simply has none", async () => {
    const { _entities } = await ok(sub, ENTITIES(`... on Organization { id fundProjects { totalCount edges { node { code } } } }
      ... on Country { iso3 fundProjects { totalCount edges { node { code } } } }
      ... on Objective { number thematicArea { id } thematicAreaProvenance { confidence } fundProjects(filter: { sample: false }) { totalCount edges { node { code } } } }
      ... on SupportRequest { id fundProjects { totalCount } }`), {
      r: [
        { __typename: 'Organization', id: 'unfpa' },
        { __typename: 'Country', iso3: 'mkd' },
        { __typename: 'Objective', number: 10 },
        { __typename: 'SupportRequest', id: 'sr-none' },
        { __typename: 'Organization', id: 'no-such-org' },
        { __typename: 'Objective', number: 99 },
      ],
    });
    expect(_entities).toEqual([
      { id: 'unfpa', fundProjects: { totalCount: 1, edges: [{ node: { code: 'JP-2020-MKD' } }] } },
      // Country keys are matched whatever their case, and come back upper-cased.
      { iso3: 'MKD', fundProjects: { totalCount: 1, edges: [{ node: { code: 'JP-2020-MKD' } }] } },
      {
        number: 10, thematicArea: { id: 'ta3' }, thematicAreaProvenance: { confidence: 'UNCERTAIN' },
        fundProjects: { totalCount: 2, edges: [{ node: { code: 'JP-2020-GIN-LBR-SLE' } }, { node: { code: 'JP-2020-ZAF' } }] },
      },
      { id: 'sr-none', fundProjects: { totalCount: 0 } },
      { id: 'no-such-org', fundProjects: { totalCount: 0, edges: [] } },
      { number: 99, thematicArea: null, thematicAreaProvenance: null, fundProjects: { totalCount: 0, edges: [] } },
    ]);
  });

  it('resolves one or many representations of every entity type in the same number of SQL statements', async () => {
    const { projects, contributions, transfers } = await seededKeys();
    const p = await submitted(sub, { supportRequestId: 'sr-batch', countries: ['PER'] });
    const EVERY = ENTITIES(`
      ... on Fund { fundCode: code balance { amount } }
      ... on ThematicArea { id title areaObjectives: objectives { objective { number } } areaProjects: fundProjects(first: 5) { totalCount edges { node { code } } } }
      ... on FundProject { id code budget { amount } transferred { amount } countries { iso3 } objectives { number } participatingOrganizations { organization { id } }
        projectArea: thematicArea { id } statusHistory { to } }
      ... on Contribution { id donor amount { amount } donorCountry { iso3 } }
      ... on Transfer { id amount { amount } fundProject { code } organization { id } }
      ... on Organization { id fundProjects(first: 5) { totalCount edges { node { code } } } }
      ... on Country { iso3 fundProjects(first: 5) { totalCount edges { node { code } } } }
      ... on Objective { number objectiveArea: thematicArea { id } fundProjects(first: 5) { totalCount edges { node { code } } } }
      ... on SupportRequest { id fundProjects(first: 5) { totalCount edges { node { code } } } }`);
    const of = (type: string, keys: unknown[]) => keys.map((key) => ({ __typename: type, [KEYS[type]]: key }));
    // Within a request each row is read once, so in the batch a transfer's programme and a programme's thematic area are
    // already loaded when asked for again. The single representations are chosen the same way (a transfer of the
    // programme asked for, in the area asked for, with an objective of that area), so both compare like for like.
    const { fundProject: paid } = await ok(sub, 'query($id: ID!) { fundProject(id: $id) { id thematicArea { id objectives { objective { number } } } } }', { id: transfers[0].fundProject.id });
    const one = [
      ...of('Fund', ['MIG00']), ...of('ThematicArea', [paid.thematicArea.id]), ...of('FundProject', [paid.id]), ...of('Contribution', [contributions[0].id]),
      ...of('Transfer', [transfers[0].id]), ...of('Organization', ['iom']), ...of('Country', ['MEX']), ...of('Objective', [paid.thematicArea.objectives[0].objective.number]),
      ...of('SupportRequest', ['sr-batch']),
    ];
    const many = [
      ...of('Fund', ['MIG00', 'MCS00']), ...of('ThematicArea', ['ta1', 'ta2', 'ta3', 'ta4', 'ta5', 'ta9']),
      ...of('FundProject', [...projects.map((x: any) => x.id), p.id, 'fp-nope']),
      ...of('Contribution', contributions.map((x: any) => x.id)), ...of('Transfer', transfers.map((x: any) => x.id)),
      ...of('Organization', ORGANIZATIONS.map((o) => o.id)), ...of('Country', ['MEX', 'MKD', 'PHL', 'ZAF', 'TJK', 'PER', 'NER', 'CHL']),
      ...of('Objective', Array.from({ length: OBJECTIVE_COUNT }, (_, i) => i + 1)), ...of('SupportRequest', ['sr-batch', 'sr-none', 'sr-other']),
    ];
    const fewStatements = await countStatementsOf(sub.db, () => ok(sub, EVERY, { r: one }, FUND_MANAGER));
    let result: any;
    const manyStatements = await countStatementsOf(sub.db, async () => {
      result = await ok(sub, EVERY, { r: many }, FUND_MANAGER);
    });
    expect(result._entities).toHaveLength(many.length);
    // Every representation was answered (the unknown ones with null), lined up with its key.
    result._entities.forEach((entity: any, i: number) => {
      const rep = many[i];
      const key = KEYS[rep.__typename];
      if (['MCS00', 'ta9', 'fp-nope'].includes(rep[key] as string)) expect(entity, JSON.stringify(rep)).toBeNull();
      else expect(entity?.[rep.__typename === 'Fund' ? 'fundCode' : key], JSON.stringify(rep)).toBe(rep[key]);
    });
    expect(result._entities.find((e: any) => e?.id === 'sr-batch').fundProjects.edges).toEqual([{ node: { code: p.code } }]);
    expect(manyStatements).toBe(fewStatements);
    // The fund's totals; thematic areas, programmes, contributions and transfers by key; page and count for each of the
    // five kinds of parent (organization, country, objective, thematic area, support request); objective-area mappings
    // both ways; a programme's participants, countries, objectives and history.
    expect(fewStatements).toBeLessThanOrEqual(1 + 4 + 5 * 2 + 2 + 4);
  });
});

describe('writes: who may make them', () => {
  /** Who asks. IOM participates in every programme these writes touch; UNICEF does not. */
  const PERSONAS: Record<string, TestViewer | undefined> = {
    anonymous: undefined,
    'member-own': member('iom'),
    'member-other': member('unicef'),
    country: country('MEX'),
    secretariat: SECRETARIAT,
    'fund-manager': FUND_MANAGER,
    'steering-committee': STEERING,
  };
  type Persona = keyof typeof PERSONAS;
  const transition = (mutation: string, type: string) => `mutation($input: ${type}!) { ${mutation}(input: $input) { id status version } }`;

  /** Each write with the personas that may make it and fresh data for every attempt, so attempts do not interfere. */
  const WRITES: { name: string; may: Persona[]; prepare(): Promise<{ query: string; variables: Record<string, unknown> }> }[] = [
    { name: 'submitConceptNote', may: ['member-own', 'fund-manager'], prepare: async () => ({ query: SUBMIT, variables: { input: conceptNote() } }) },
    {
      name: 'moveToPipeline',
      may: ['fund-manager', 'steering-committee'],
      prepare: async () => {
        const p = await submitted(sub);
        return { query: PIPELINE, variables: { input: { id: p.id, version: p.version } } };
      },
    },
    {
      name: 'updateFundProject',
      may: ['fund-manager'],
      prepare: async () => {
        const p = await submitted(sub);
        return { query: UPDATE, variables: { input: { id: p.id, version: p.version, title: 'Renamed' } } };
      },
    },
    {
      name: 'decideFundProject',
      may: ['steering-committee'],
      prepare: async () => {
        const p = await submitted(sub);
        return { query: DECIDE, variables: { input: { id: p.id, version: p.version, decision: 'APPROVE' } } };
      },
    },
    {
      name: 'recordContribution',
      may: ['fund-manager'],
      prepare: async () => ({ query: CONTRIBUTE, variables: { input: { donor: 'Role test donor', kind: 'DEPOSITED', amount: '1.00' } } }),
    },
    {
      name: 'recordTransfer',
      may: ['fund-manager'],
      prepare: async () => {
        const p = await approved(sub);
        return { query: TRANSFER, variables: { input: { fundProjectId: p.id, organizationId: 'iom', amount: '0.01' } } };
      },
    },
    {
      name: 'closeFundProject',
      may: ['fund-manager'],
      prepare: async () => {
        const p = await approved(sub);
        return { query: transition('closeFundProject', 'FundProjectTransitionInput'), variables: { input: { id: p.id, version: p.version } } };
      },
    },
    {
      name: 'reportProgress',
      // IOM reports for itself; the secretariat on IOM's behalf; UNICEF does not participate.
      may: ['member-own', 'secretariat'],
      prepare: async () => {
        const p = await approved(sub);
        return {
          query: 'mutation($input: ReportProgressInput!) { reportProgress(input: $input) { id organization { id } } }',
          variables: { input: { fundProjectId: p.id, organizationId: 'iom', periodStart: '2026-01-01', periodEnd: '2026-03-31', narrative: 'Quarterly report.' } },
        };
      },
    },
  ];

  it.each(WRITES.map((w) => [w.name, w] as const))('%s: the roles that may, write; everyone else is refused and writes nothing', async (name, write) => {
    const outcomes: Record<string, string> = {};
    for (const [persona, viewer] of Object.entries(PERSONAS)) {
      const { query, variables } = await write.prepare();
      const before = await snapshot(sub);
      const { body } = await sub.query(query, variables, viewer ? { viewer } : {});
      outcomes[persona] = body.errors ? body.errors[0].extensions?.code : 'allowed';
      const after = await snapshot(sub);
      if (outcomes[persona] === 'allowed') {
        expect(body.data[name], `${name} as ${persona}`).not.toBeNull();
        expect(after, `${name} as ${persona} wrote nothing`).not.toBe(before);
      } else {
        expect(body.data?.[name] ?? null, `${name} as ${persona}`).toBeNull();
        expect(after, `${name} as ${persona} was refused but wrote something`).toBe(before);
      }
    }
    // Anonymous callers are told to sign in; signed-in callers without the right are forbidden.
    const expected = Object.fromEntries(Object.keys(PERSONAS).map((p) => [p, write.may.includes(p) ? 'allowed' : p === 'anonymous' ? 'UNAUTHENTICATED' : 'FORBIDDEN']));
    expect(outcomes).toEqual(expected);
  });
});
