// The gateway knows no subgraph: it serves whatever supergraph file it is given, so a subgraph team ships without
// rebuilding the gateway, and the gateway's image carries no database driver. These checks keep it that way.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const PACKAGE = fileURLToPath(new URL('..', import.meta.url));
const SHARED_SRC = fileURLToPath(new URL('../../shared/src/', import.meta.url));
const SUBGRAPH_PACKAGES = ['@unmn/members', '@unmn/gcm-objectives', '@unmn/knowledge-resources', '@unmn/support-requests', '@unmn/fund-projects', '@unmn/exchange'];
const SUBGRAPH_ONLY_DEPENDENCIES = ['knex', 'sqlite3', 'pg', 'dataloader', '@apollo/subgraph'];

const sourceFiles = (dir: string): string[] =>
  fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => /\.(ts|mts|js|mjs)$/.test(f)).map((f) => path.join(dir, f));

/**
 * The module specifiers a file imports, re-exports, requires or imports dynamically, read with TypeScript's parser.
 * `runtimeOnly` leaves out `import type` / `export type`, which compile away and load nothing.
 */
function importsOf(file: string, { runtimeOnly = false } = {}): string[] {
  const source = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      if (!(runtimeOnly && node.importClause?.isTypeOnly)) found.push(node.moduleSpecifier.text);
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      if (!(runtimeOnly && node.isTypeOnly)) found.push(node.moduleSpecifier.text);
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument) && ts.isStringLiteral(node.argument.literal)) {
      if (!runtimeOnly) found.push(node.argument.literal.text);
    } else if (ts.isCallExpression(node) && node.arguments.length && ts.isStringLiteral(node.arguments[0])) {
      const callee = node.expression;
      if (callee.kind === ts.SyntaxKind.ImportKeyword || (ts.isIdentifier(callee) && callee.text === 'require')) found.push(node.arguments[0].text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

const packageOf = (specifier: string) => specifier.split('/').slice(0, specifier.startsWith('@') ? 2 : 1).join('/');

describe('the gateway imports no subgraph code', () => {
  it('finds the imports it checks (the scanner works)', () => {
    expect(importsOf(path.join(PACKAGE, 'src/index.ts'))).toContain('@apollo/gateway');
  });

  it('no file under gateway/src imports a subgraph package or a path into subgraphs/', () => {
    const offences = sourceFiles(path.join(PACKAGE, 'src')).flatMap((file) =>
      importsOf(file)
        .filter((s) => SUBGRAPH_PACKAGES.includes(packageOf(s)) || /(^|\/)subgraphs\//.test(s))
        .map((s) => `${path.relative(PACKAGE, file)} imports ${s}`),
    );
    expect(offences).toEqual([]);
  });

  it('what gateway/src runs, shared modules included, needs no subgraph-only dependency (database drivers, @apollo/subgraph)', () => {
    // Follow relative imports and @unmn/shared/* into shared/src: a shared module that pulls in knex would put a
    // database driver into the gateway as surely as importing knex directly.
    const seen = new Set<string>();
    const offences: string[] = [];
    const visit = (file: string) => {
      if (seen.has(file) || !fs.existsSync(file)) return;
      seen.add(file);
      for (const specifier of importsOf(file, { runtimeOnly: true })) {
        if (specifier.startsWith('.')) visit(path.resolve(path.dirname(file), specifier).replace(/\.js$/, '.ts'));
        else if (specifier.startsWith('@unmn/shared/')) visit(path.join(SHARED_SRC, `${specifier.slice('@unmn/shared/'.length)}.ts`));
        else if (SUBGRAPH_ONLY_DEPENDENCIES.includes(packageOf(specifier))) offences.push(`${path.relative(PACKAGE, file)} imports ${specifier}`);
      }
    };
    for (const file of sourceFiles(path.join(PACKAGE, 'src')).filter((f) => !/\.test\.ts$/.test(f))) visit(file);
    expect(seen.size).toBeGreaterThan(10);
    expect(offences).toEqual([]);
  });

  it("gateway/package.json's dependencies include no database driver, DataLoader or @apollo/subgraph", () => {
    const { dependencies } = JSON.parse(fs.readFileSync(path.join(PACKAGE, 'package.json'), 'utf8'));
    expect(Object.keys(dependencies).filter((d) => SUBGRAPH_ONLY_DEPENDENCIES.includes(d))).toEqual([]);
  });
});
