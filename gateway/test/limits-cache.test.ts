// The limit analysis kept per document text (gateway/src/limits.ts createLimitAnalyser): a repeated document is not
// walked again, but whatever can change the verdict (the text, the operation, the variables that size lists, the
// schema) is analysed again.
import { describe, expect, it } from 'vitest';
import { buildSchema, parse, type DocumentNode, type OperationDefinitionNode } from 'graphql';
import { createLimitAnalyser } from '../src/limits.js';

const sdl = `
  type Query { items(first: Int): ItemConnection! search(text: String): [Item!]! }
  type ItemConnection { edges: [ItemEdge!]! }
  type ItemEdge { node: Item! }
  type Item { id: ID! name: String! }
`;
const schema = buildSchema(sdl);

function run(analyse: ReturnType<typeof createLimitAnalyser>, source: string, variables: Record<string, unknown> = {}, operationName?: string, on = schema) {
  const document: DocumentNode = parse(source);
  const operations = document.definitions.filter((d): d is OperationDefinitionNode => d.kind === 'OperationDefinition');
  const operation = operationName ? operations.find((o) => o.name?.value === operationName)! : operations[0];
  return analyse(on, source, document, operation, variables);
}

describe('limit analysis cache', () => {
  it('analyses a changed document again', () => {
    const analyse = createLimitAnalyser();
    const a = run(analyse, '{ items(first: 2) { edges { node { id } } } }');
    const b = run(analyse, '{ items(first: 9) { edges { node { id } } } }');
    expect(a.cost).toBe(1 + 1 + 2 * 2); // items, edges, 2 x (node + id)
    expect(b.cost).toBe(1 + 1 + 9 * 2);
    const c = run(analyse, '{ search(text: "abcdef") { id } }');
    expect(c.sizes.string).toEqual({ size: 6, where: 'argument "text" of field "search"' });
    expect(run(analyse, '{ search(text: "abcdefghij") { id } }').sizes.string?.size).toBe(10);
  });

  it('keys by the text: the same text is answered from the analysis made the first time', () => {
    const analyse = createLimitAnalyser();
    const source = '{ items(first: 3) { edges { node { id } } } }';
    const first = run(analyse, source);
    // Same text, but hand it another tree: a cache hit does not walk the tree, so the verdict stays the first one.
    const again = analyse(schema, source, parse('{ items(first: 50) { edges { node { id } } } }'), parse(source).definitions[0] as OperationDefinitionNode, {});
    expect(again).toEqual(first);
  });

  it('prices each value of a variable that sets `first`, and tells an absent variable (its default) from null', () => {
    const analyse = createLimitAnalyser();
    const source = 'query($n: Int = 5) { items(first: $n) { edges { node { id } } } }';
    expect(run(analyse, source, { n: 3 }).cost).toBe(2 + 3 * 2);
    expect(run(analyse, source, { n: 40 }).cost).toBe(2 + 40 * 2);
    expect(run(analyse, source, { n: 3 }).cost).toBe(2 + 3 * 2);
    expect(run(analyse, source, {}).cost).toBe(2 + 5 * 2); // the default
    expect(run(analyse, source, { n: null }).cost).toBe(2 + 20 * 2); // the page default
  });

  it('measures the variables of every request, whatever was cached', () => {
    const analyse = createLimitAnalyser();
    const source = 'query($t: String) { search(text: $t) { id } }';
    expect(run(analyse, source, { t: 'ab' }).sizes.string).toEqual({ size: 2, where: 'variable $t' });
    expect(run(analyse, source, { t: 'x'.repeat(500) }).sizes.string?.size).toBe(500);
    expect(run(analyse, source, { t: 'a\u0000b' }).sizes.nul).toBe('variable $t');
    expect(run(analyse, source, { t: 'ab' }).sizes.nul).toBeNull();
  });

  it('analyses each operation of a document on its own', () => {
    const analyse = createLimitAnalyser();
    const source = 'query Small { items(first: 1) { edges { node { id } } } } query Big { items(first: 30) { edges { node { id } } } }';
    expect(run(analyse, source, {}, 'Small').cost).toBe(2 + 1 * 2);
    expect(run(analyse, source, {}, 'Big').cost).toBe(2 + 30 * 2);
  });

  it('analyses again against a reloaded schema', () => {
    const analyse = createLimitAnalyser();
    const source = '{ items(first: 4) { edges { node { id name } } } }';
    expect(run(analyse, source).cost).toBe(2 + 4 * 3);
    // In the new schema `name` is gone from Item, so it no longer counts (the planner, not this, refuses it).
    const reloaded = buildSchema(sdl.replace('name: String!', ''));
    expect(run(analyse, source, {}, undefined, reloaded).cost).toBe(2 + 4 * 2);
  });
});
