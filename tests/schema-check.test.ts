// The schema check (npm run schema:check / schema:publish): breaking changes to the subgraph and client schemas fail
// unless deprecated first or allow-listed with a reason, and registered client operations must still validate.
// The library runs on small fixture schemas composed for real; the CLI runs on a temporary checkout (a copy of the
// real subgraph schemas, its own git repository), never on this repository's files.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SUBGRAPH_NAMES } from '@unmn/shared/config';
import { compose, composeSupergraph, writeComposed } from '../scripts/lib/compose.js';
import { buildClientSchema, checkOperations, checkSchemas, loadAllowList, publish, runCheck, type AllowEntry, type CheckReport, type ClientOperation } from '../scripts/lib/schema-check.js';

const REPO = fileURLToPath(new URL('../', import.meta.url));

const BASE = `
extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key"])
type Query {
  country(iso3: ID!): Country
  countries(region: String, first: Int): [Country!]!
}
type Country @key(fields: "iso3") {
  iso3: ID!
  name: String!
  officialName: String
  region: Region
}
type Region {
  code: String!
  name: String!
}
`;

/** The fixture as one `members` subgraph, with the client schema composed from it. */
const schemaSet = (sdl: string) => ({
  subgraphs: { members: sdl },
  client: compose([{ name: 'members', sdl, origin: 'fixture' }]).apiSchemaSdl,
});

function check(before: string, after: string, options: { allowList?: AllowEntry[]; operations?: ClientOperation[] } = {}): Promise<CheckReport> {
  return checkSchemas({ published: schemaSet(before), current: schemaSet(after), subgraphs: ['members'], ...options });
}

const blockingPaths = (report: CheckReport) => report.blocking.map((c) => `${c.schema} ${c.path} ${c.type}`);

describe('schema check: breaking changes', () => {
  it('removing a field is breaking, in the subgraph and the client schema, with both remedies named', async () => {
    const report = await check(BASE, BASE.replace('officialName: String\n', ''));
    expect(report.passed).toBe(false);
    expect(blockingPaths(report)).toEqual(['members Country.officialName FIELD_REMOVED', 'client Country.officialName FIELD_REMOVED']);
    const [change] = report.blocking;
    expect(change.message).toBe("Field 'officialName' was removed from object type 'Country'");
    expect(change.remedy).toContain('@deprecated(reason: "...") and publish that first (rule a)');
    expect(change.remedy).toContain('{"schema":"members","path":"Country.officialName","reason":"..."} in schema/allowed-breaking.json (rule b)');
    // The client schema's copy of the change is allowed by the same subgraph entry, and says so.
    expect(report.blocking[1].remedy).toContain('one allow-list entry with "schema": "members" covers both (rule b)');
  });

  it("changing a field's type is breaking", async () => {
    const report = await check(BASE, BASE.replace('name: String!\n  officialName', 'name: Int!\n  officialName'));
    expect(blockingPaths(report)).toContain('client Country.name FIELD_TYPE_CHANGED');
    expect(report.passed).toBe(false);
  });

  it('making a nullable argument required is breaking', async () => {
    const report = await check(BASE, BASE.replace('countries(region: String,', 'countries(region: String!,'));
    expect(blockingPaths(report)).toContain('client Query.countries.region FIELD_ARGUMENT_TYPE_CHANGED');
    expect(report.passed).toBe(false);
  });

  it('adding a field is not breaking', async () => {
    const report = await check(BASE, BASE.replace('iso3: ID!\n  name', 'iso3: ID!\n  iso2: String\n  name'));
    expect(report.passed).toBe(true);
    const client = report.schemas.find((s) => s.schema === 'client')!;
    expect(client.changes.map((c) => `${c.level} ${c.path}`)).toEqual(['NON_BREAKING Country.iso2']);
  });

  it('federation machinery is not reported: a new entity changes _Entity, which clients never see', async () => {
    const report = await check(BASE, BASE.replace('type Region {', 'type Region @key(fields: "code") {'));
    const members = report.schemas.find((s) => s.schema === 'members')!;
    expect(members.changes.filter((c) => c.path.startsWith('_Entity'))).toEqual([]);
    expect(report.passed).toBe(true);
  });
});

describe('schema check: what allows a breaking change', () => {
  const deprecated = BASE.replace('officialName: String', 'officialName: String @deprecated(reason: "Use name; official names move to the UN Terminology Database.")');

  it('a field deprecated with a reason in the published schema may then be removed', async () => {
    const report = await check(deprecated, deprecated.replace(/ *officialName: .*\n/, ''));
    expect(report.passed).toBe(true);
    const removal = report.schemas.flatMap((s) => s.changes).filter((c) => c.type === 'FIELD_REMOVED');
    expect(removal.map((c) => [c.schema, c.allowedBy?.rule])).toEqual([
      ['members', 'deprecated'],
      ['client', 'deprecated'],
    ]);
  });

  it('a bare @deprecated without a reason does not count', async () => {
    const bare = BASE.replace('officialName: String', 'officialName: String @deprecated');
    const report = await check(bare, bare.replace(/ *officialName: .*\n/, ''));
    expect(report.passed).toBe(false);
  });

  it('a type only reachable through a deprecated field may go with it', async () => {
    const published = BASE.replace('region: Region', 'region: Region @deprecated(reason: "Use the M49 area fields.")');
    const report = await check(published, published.replace(/ *region: Region.*\n/, '').replace(/type Region \{[^}]*\}/, ''));
    expect(report.blocking).toEqual([]);
    expect(report.schemas.flatMap((s) => s.changes).filter((c) => c.type === 'TYPE_REMOVED').map((c) => c.allowedBy?.rule)).toEqual(['deprecated', 'deprecated']);
  });

  it('an allow-listed change passes, for the subgraph and the client schema it surfaces in; an unrelated entry does not', async () => {
    const after = BASE.replace('officialName: String\n', '');
    const entry = { schema: 'members', path: 'Country.officialName', reason: 'Never populated; no client reads it (checked with the partner teams).' };
    const allowed = await check(BASE, after, { allowList: [entry] });
    expect(allowed.passed).toBe(true);
    expect(allowed.schemas.flatMap((s) => s.changes).filter((c) => c.level === 'BREAKING').map((c) => c.allowedBy)).toEqual([
      { rule: 'allow-list', reason: entry.reason },
      { rule: 'allow-list', reason: entry.reason },
    ]);
    expect(allowed.unusedAllowEntries).toEqual([]);

    const other = { schema: 'members', path: 'Country.name', reason: 'not this one' };
    const notAllowed = await check(BASE, after, { allowList: [other] });
    expect(notAllowed.passed).toBe(false);
    expect(notAllowed.unusedAllowEntries).toEqual([other]);
  });
});

describe('schema check: registered client operations', () => {
  const operations: ClientOperation[] = [
    { file: 'clients/partner-portal/countries.graphql', source: 'query CountryNames { countries { iso3 ...Names } }\nfragment Names on Country { name officialName }' },
    { file: 'clients/dashboard/country.graphql', source: 'query OneCountry($iso3: ID!) { country(iso3: $iso3) { name } }' },
  ];
  const deprecated = BASE.replace('officialName: String', 'officialName: String @deprecated(reason: "Use name.")');

  it('an operation that uses a removed field fails the check naming the operation, its file and the field, even though the removal was deprecated', async () => {
    const report = await check(deprecated, deprecated.replace(/ *officialName: .*\n/, ''), { operations });
    expect(report.blocking).toEqual([]);
    expect(report.operationsChecked).toBe(2);
    expect(report.brokenOperations).toEqual([
      { file: 'clients/partner-portal/countries.graphql', operation: 'CountryNames', message: 'Cannot query field "officialName" on type "Country".', line: 2 },
    ]);
    expect(report.passed).toBe(false);
  });

  it('while the field is only deprecated, operations still using it are listed as blocking its removal, and the check passes', async () => {
    const report = await check(BASE, deprecated, { operations });
    expect(report.passed).toBe(true);
    expect(report.deprecatedUsage.map((p) => `${p.file} ${p.operation}: ${p.message}`)).toEqual([
      'clients/partner-portal/countries.graphql CountryNames: The field Country.officialName is deprecated. Use name.',
    ]);
  });
});

describe('schema check: bad input is named', () => {
  const schema = buildClientSchema(schemaSet(BASE).client, 'fixture');

  it('an operation file that does not parse, or a fragment defined twice, names the files', () => {
    expect(() => checkOperations(schema, [{ file: 'clients/x/broken.graphql', source: 'query { country(iso3: "MEX") { name }' }])).toThrow(
      'clients/x/broken.graphql:1:38: Syntax Error: Expected Name, found <EOF>.',
    );
    const twice = [
      { file: 'clients/a/a.graphql', source: 'fragment Names on Country { name }' },
      { file: 'clients/b/b.graphql', source: 'fragment Names on Country { officialName }' },
    ];
    expect(() => checkOperations(schema, twice)).toThrow('Fragment Names is defined twice, in clients/a/a.graphql and clients/b/b.graphql');
  });

  it('an allow-list entry without a reason, or for an unknown schema, names the entry and what is missing', () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'allow-list-'));
    try {
      fs.mkdirSync(path.join(root, 'schema'));
      const write = (entries: unknown) => fs.writeFileSync(path.join(root, 'schema/allowed-breaking.json'), JSON.stringify(entries));
      write([{ schema: 'members', path: 'Country.officialName', reason: 'ok' }, { schema: 'members', path: 'Country.name' }]);
      expect(() => loadAllowList(root)).toThrow('schema/allowed-breaking.json, entry 1 ({"schema":"members","path":"Country.name"}): "reason" must say why');
      write([{ schema: 'memebrs', path: 'Country.name', reason: 'ok' }]);
      expect(() => loadAllowList(root)).toThrow('"schema" must be one of client, members,');
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
    }
  });
});

// --- a temporary checkout: the library end to end, and the command line --------------------------------------------

const run = promisify(execFile);

/** Runs a script as `npm run` would (tsx), without npx's start-up cost: the machine is shared. */
async function cli(script: string, args: string[]) {
  return run(process.execPath, ['--import', 'tsx', script, ...args], { cwd: REPO, timeout: 25_000 }).then(
    ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
    (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, stdout: e.stdout, stderr: e.stderr }),
  );
}
const schemaCheck = (args: string[]) => cli('scripts/schema-check.ts', args);

describe('schema check on a checkout', () => {
  let root: string;
  let changelog: string;
  const membersFile = () => path.join(root, 'subgraphs/members/schema.graphql');
  const read = (relative: string) => fs.readFileSync(path.join(root, relative), 'utf8');
  const git = (...args: string[]) => run('git', ['-C', root, '-c', 'user.name=test', '-c', 'user.email=test@example.org', ...args]);

  /** Runs `fn` with Country.officialName removed from the checkout's members schema (used by the registered operation). */
  async function withoutOfficialName(fn: () => Promise<void>) {
    const original = fs.readFileSync(membersFile(), 'utf8');
    const changed = original.replace(/\s*"Official long name."\s*officialName: String!/, '');
    expect(changed).not.toBe(original);
    fs.writeFileSync(membersFile(), changed);
    try {
      await fn();
    } finally {
      fs.writeFileSync(membersFile(), original);
    }
  }

  beforeAll(async () => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'schema-check-'));
    for (const name of SUBGRAPH_NAMES) {
      fs.mkdirSync(path.join(root, 'subgraphs', name), { recursive: true });
      fs.copyFileSync(path.join(REPO, 'subgraphs', name, 'schema.graphql'), path.join(root, 'subgraphs', name, 'schema.graphql'));
    }
    fs.mkdirSync(path.join(root, 'gateway'));
    writeComposed(composeSupergraph(root), root);
    fs.mkdirSync(path.join(root, 'clients/partner-portal'), { recursive: true });
    fs.writeFileSync(path.join(root, 'clients/partner-portal/countries.graphql'), 'query CountryProfile($iso3: ID!) {\n  country(iso3: $iso3) { iso3 name officialName }\n}\n');
    await git('init', '-q');
    await git('add', '.');
    await git('commit', '-q', '-m', 'fixture');
  });
  afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

  it('the first publication writes every snapshot and an "initial publication" entry; publishing again changes nothing', async () => {
    const first = await runCheck({ root });
    expect(first.report.passed).toBe(true);
    expect(first.report.schemas.map((s) => s.status)).toEqual(Array(SUBGRAPH_NAMES.length + 1).fill('new'));
    expect(publish(first.report, first.current, root, '2026-11-28')).toBe(true);
    expect(read('schema/published/members.graphql')).toBe(fs.readFileSync(membersFile(), 'utf8'));
    expect(read('schema/published/client.graphql')).toContain('officialName: String!');
    changelog = read('schema/CHANGELOG.md');
    expect(changelog).toContain('## 2026-11-28: initial publication\n\n### members\n\n- Initial publication.');

    const again = await runCheck({ root });
    expect(again.report.schemas.map((s) => s.status)).toEqual(Array(SUBGRAPH_NAMES.length + 1).fill('unchanged'));
    expect(publish(again.report, again.current, root, '2026-11-29')).toBe(false);
    expect(read('schema/CHANGELOG.md')).toBe(changelog);
  });

  it('a later publication appends a dated entry listing the changes', async () => {
    const original = fs.readFileSync(membersFile(), 'utf8');
    fs.writeFileSync(membersFile(), original.replace('  officialName: String!', '  officialName: String! @deprecated(reason: "Use name.")'));
    try {
      const { report, current } = await runCheck({ root });
      expect(report.passed).toBe(true);
      expect(publish(report, current, root, '2026-12-01')).toBe(true);
      const entry = read('schema/CHANGELOG.md').slice(changelog.length);
      expect(entry).toContain('## 2026-12-01\n');
      expect(entry).toContain("### client\n\n- non-breaking: Field 'Country.officialName' is deprecated: \"Use name.\"");
    } finally {
      // Back to the first publication for the tests that follow.
      fs.writeFileSync(membersFile(), original);
      const { report, current } = await runCheck({ root });
      publish(report, current, root, '2026-12-02');
    }
  });

  it('--against a git ref compares with the files committed there', async () => {
    await withoutOfficialName(async () => {
      const { report } = await runCheck({ root, against: 'HEAD', subgraphs: ['members'] });
      expect(report.blocking.map((c) => `${c.schema} ${c.path}`)).toEqual(['members Country.officialName', 'client Country.officialName']);
      expect(report.schemas.map((s) => s.schema)).toEqual(['members', 'client']);
    });
  });

  it('npm run schema:check: removing a field a registered client uses fails (exit 1), naming the change, the operation and the field', async () => {
    await withoutOfficialName(async () => {
      const check = await schemaCheck(['--root', root]);
      expect(check.code, check.stderr).toBe(1);
      expect(check.stdout).toContain("Country.officialName: Field 'officialName' was removed from object type 'Country'");
      expect(check.stdout).toContain('NOT ALLOWED. To allow it: deprecate Country.officialName');
      expect(check.stdout).toContain('clients/partner-portal/countries.graphql:2: operation CountryProfile: Cannot query field "officialName" on type "Country".');
      expect(check.stdout).toContain('Schema check FAILED: 2 breaking changes not allowed, 1 client operation problem.');
    });
  });

  it('npm run schema:publish refuses a failing check and writes nothing', async () => {
    const before = { members: read('schema/published/members.graphql'), changelog: read('schema/CHANGELOG.md') };
    await withoutOfficialName(async () => {
      const refused = await schemaCheck(['--publish', '--root', root]);
      expect(refused.code).toBe(1);
      expect(refused.stderr).toContain('Nothing published');
      expect(read('schema/published/members.graphql')).toBe(before.members);
      expect(read('schema/CHANGELOG.md')).toBe(before.changelog);
    });
  });

  it('--against a ref that does not exist fails (exit 2) naming the ref', async () => {
    const result = await schemaCheck(['--against', 'no-such-ref', '--root', root]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--against no-such-ref: no such git ref');
  });

  it('an unknown subgraph name fails (exit 2) naming it', async () => {
    const result = await schemaCheck(['--root', root, 'memebrs']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('Unknown subgraph "memebrs"');
  });

  it('a missing schema file fails (exit 2) naming it', async () => {
    const empty = fs.mkdtempSync(path.join(os.tmpdir(), 'schema-check-empty-'));
    try {
      const result = await schemaCheck(['--root', empty]);
      expect(result.code).toBe(2);
      expect(result.stderr).toContain("Cannot read the members subgraph's schema subgraphs/members/schema.graphql: no such file.");
    } finally {
      fs.rmSync(empty, { recursive: true, force: true });
    }
  });
});
