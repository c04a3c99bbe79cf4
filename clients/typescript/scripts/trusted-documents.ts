// Writes clients/trusted-documents.json, the gateway's manifest of approved operations (TRUSTED_DOCUMENTS): this
// package's persisted documents (written by `npm run codegen`) and every operation registered by partners under
// clients/<system>/*.graphql, each with the fragments it uses. Partner documents are normalized and hashed exactly as
// codegen's client preset does, so a partner generating with `persistedDocuments: { hashAlgorithm: 'sha256' }` sends
// the same hashes. `--check` fails when the file is stale.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Kind, parse, visit, type DocumentNode, type FragmentDefinitionNode, type OperationDefinitionNode } from 'graphql';
import { createRequire } from 'node:module';

// The client preset's own normalization and hash, so partner hashes match what codegen gives them; the preset does not
// export them, so they are loaded from its file next to its entry point.
const require = createRequire(import.meta.url);
const { generateDocumentHash, normalizeAndPrintDocumentNode } = require(
  path.join(path.dirname(require.resolve('@graphql-codegen/client-preset')), 'persisted-documents.js'),
) as { generateDocumentHash(text: string, algorithm: 'sha256'): string; normalizeAndPrintDocumentNode(document: DocumentNode): string };

const clients = fileURLToPath(new URL('../../', import.meta.url));
export const MANIFEST_FILE = path.join(clients, 'trusted-documents.json');

function graphqlFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' || full === path.join(clients, 'typescript') ? [] : graphqlFiles(full);
    return entry.name.endsWith('.graphql') ? [full] : [];
  });
}

/** hash ("sha256:<hex>") -> document, sorted by hash so the file diffs cleanly. */
export function buildManifest(): Record<string, string> {
  const manifest: Record<string, string> = JSON.parse(fs.readFileSync(path.join(clients, 'typescript/src/generated/persisted-documents.json'), 'utf8'));
  const operations: OperationDefinitionNode[] = [];
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const file of graphqlFiles(clients)) {
    for (const definition of parse(fs.readFileSync(file, 'utf8')).definitions) {
      if (definition.kind === Kind.OPERATION_DEFINITION) operations.push(definition);
      else if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
    }
  }
  for (const operation of operations) {
    const used = new Map<string, FragmentDefinitionNode>();
    const collect = (node: OperationDefinitionNode | FragmentDefinitionNode) =>
      visit(node, {
        FragmentSpread(spread) {
          const fragment = fragments.get(spread.name.value);
          if (!fragment) throw new Error(`operation ${operation.name?.value ?? '(anonymous)'}: fragment ${spread.name.value} is not registered under clients/`);
          if (!used.has(fragment.name.value)) {
            used.set(fragment.name.value, fragment);
            collect(fragment);
          }
        },
      });
    collect(operation);
    const document: DocumentNode = { kind: Kind.DOCUMENT, definitions: [operation, ...used.values()] };
    const text = normalizeAndPrintDocumentNode(document);
    manifest[generateDocumentHash(text, 'sha256')] = text;
  }
  return Object.fromEntries(Object.entries(manifest).sort(([a], [b]) => a.localeCompare(b)));
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const text = `${JSON.stringify(buildManifest(), null, 2)}\n`;
  if (process.argv.includes('--check')) {
    const current = fs.existsSync(MANIFEST_FILE) ? fs.readFileSync(MANIFEST_FILE, 'utf8') : '';
    if (current !== text) {
      console.error(`${path.relative(process.cwd(), MANIFEST_FILE)} is stale: run \`npm run manifest -w clients/typescript\` and commit it`);
      process.exit(1);
    }
    console.log(`${path.relative(process.cwd(), MANIFEST_FILE)} is up to date`);
  } else {
    fs.writeFileSync(MANIFEST_FILE, text);
    console.log(`wrote ${path.relative(process.cwd(), MANIFEST_FILE)} (${Object.keys(JSON.parse(text)).length} documents)`);
  }
}
