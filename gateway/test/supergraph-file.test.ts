// The gateway serves a supergraph file and swaps in a new version without a restart; a version that does not parse or
// is not a valid supergraph is refused with one error line naming the file, and the previous schema keeps serving.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  composeSupergraph,
  eventually,
  fundProjectsSdl,
  membersSdl,
  saveByRename,
  startStub,
  startTestGateway,
  tempDir,
  type StubSubgraph,
  type TestGateway,
} from './stubs.js';

let members: StubSubgraph;
let fundProjects: StubSubgraph;
let v1: string; // members without `acronym`
let v2: string; // members with `acronym`, as its team publishes after deploying it
const tmp = tempDir();
let running: TestGateway | undefined;

beforeAll(async () => {
  // The members stub already serves `acronym`: a team deploys the subgraph first, then publishes the supergraph.
  members = await startStub('members', membersSdl(true));
  fundProjects = await startStub('fund-projects', fundProjectsSdl);
  const compose = (withAcronym: boolean) =>
    composeSupergraph([
      { name: 'members', url: members.url, sdl: membersSdl(withAcronym) },
      { name: 'fund-projects', url: fundProjects.url, sdl: fundProjectsSdl },
    ]);
  v1 = compose(false);
  v2 = compose(true);
});
afterEach(async () => {
  await running?.stop();
  running = undefined;
});
afterAll(async () => {
  await members?.stop();
  await fundProjects?.stop();
  tmp.remove();
});

let counter = 0;
async function gatewayServing(sdl: string): Promise<{ gw: TestGateway; file: string }> {
  const file = path.join(tmp.dir, `supergraph-${++counter}.graphql`);
  fs.writeFileSync(file, sdl);
  running = await startTestGateway(file, [members, fundProjects]);
  return { gw: running, file };
}

const ACRONYMS = '{ members { id acronym } }';
const servesAcronym = async (gw: TestGateway) => {
  const { body } = await gw.query(ACRONYMS);
  return !body.errors && body.data?.members?.length > 0;
};
const refusals = (gw: TestGateway, file: string) => gw.lines.filter((l) => l.level === 50 && l.supergraphFile === file);

/** The old schema still answers, across both subgraphs. */
async function expectOldSchemaServing(gw: TestGateway) {
  const { status, body } = await gw.query('{ projects { title lead { name } } }');
  expect(status).toBe(200);
  expect(body).toEqual({ data: { projects: [{ title: 'Safe return', lead: { name: 'International Organization for Migration' } }] } });
  const unknown = await gw.query(ACRONYMS);
  expect(unknown.body.errors?.[0].message).toMatch(/Cannot query field "acronym" on type "Member"/);
}

describe('the gateway serves its supergraph file', () => {
  it('serves a changed file without a restart, saved by rename (editors) or in place', async () => {
    const { gw, file } = await gatewayServing(v1);
    await expectOldSchemaServing(gw);

    saveByRename(file, v2);
    await eventually('the new field to be served', () => servesAcronym(gw));
    const { body } = await gw.query('{ projects { lead { name acronym } } }');
    expect(body).toEqual({ data: { projects: [{ lead: { name: 'International Organization for Migration', acronym: 'IOM' } }] } });
    const swaps = gw.lines.filter((l) => l.level === 30 && l.supergraphFile === file);
    expect(swaps).toHaveLength(1);
    expect(swaps[0].msg).toContain(file);

    // Rolling back is the same operation: write the previous file, here in place.
    fs.writeFileSync(file, v1);
    await eventually('the field to be gone again', async () => !(await servesAcronym(gw)));
    expect(refusals(gw, file)).toEqual([]);
  });

  it('refuses a file that does not parse, logs one error naming the file, and keeps serving the old schema', async () => {
    const { gw, file } = await gatewayServing(v1);
    fs.writeFileSync(file, v2.slice(0, v2.length / 2)); // a half-written file

    const [line] = await eventually('the refusal to be logged', () => (refusals(gw, file).length ? refusals(gw, file) : undefined));
    expect(line.msg).toContain(`Refused the supergraph file ${file}`);
    expect(line.reason).toMatch(/Syntax Error: .* \(line \d+, column \d+\)/);
    await expectOldSchemaServing(gw);

    // The watcher lives on: the complete file is served once it lands.
    fs.writeFileSync(file, v2);
    await eventually('the complete file to be served', () => servesAcronym(gw));
    expect(refusals(gw, file)).toHaveLength(1);
  });

  it('refuses a file that parses but is not a valid supergraph, and one whose graphs do not fit together', async () => {
    const { gw, file } = await gatewayServing(v1);

    // Valid GraphQL, but a plain schema (e.g. gateway/schema.graphql published by mistake), not a supergraph.
    saveByRename(file, 'type Query { members: [String] }');
    await eventually('the first refusal', () => refusals(gw, file).length === 1);
    expect(refusals(gw, file)[0].reason).toMatch(/Invalid supergraph: must be a core schema/);
    await expectOldSchemaServing(gw);

    // A supergraph whose Member type is joined to a subgraph it does not declare (a hand edit or a bad merge).
    saveByRename(file, v2.replace('@join__type(graph: MEMBERS, key: "id")', '@join__type(graph: KNOWLEDGE_RESOURCES, key: "id")'));
    await eventually('the second refusal', () => refusals(gw, file).length === 2);
    expect(refusals(gw, file)[1].reason).toMatch(/Invalid value for "@join__type\(graph:\)".* "Member"/);
    await expectOldSchemaServing(gw);

    // A supergraph that references a type it does not define.
    saveByRename(file, v2.replace(/type Project\b[\s\S]*?\n}\n/, ''));
    await eventually('the third refusal', () => refusals(gw, file).length === 3);
    expect(refusals(gw, file)[2].reason).toMatch(/Unknown type Project \(line \d+, column \d+\)/);
    await expectOldSchemaServing(gw);
  });

  it('keeps serving when the file disappears, and serves it again when it comes back', async () => {
    const { gw, file } = await gatewayServing(v1);
    fs.rmSync(file);
    await eventually('the missing file to be reported', () => refusals(gw, file).length === 1);
    expect(refusals(gw, file)[0].reason).toBe('the file is gone');
    await expectOldSchemaServing(gw);

    fs.writeFileSync(file, v2);
    await eventually('the restored file to be served', () => servesAcronym(gw));
  });
});
