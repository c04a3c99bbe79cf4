// Trusted documents: with TRUSTED_DOCUMENTS on, the clients it holds may run only the operations in the manifest
// (clients/trusted-documents.json: the @unmn/client package's and registered partners' operations, hash -> document),
// so a production app is locked to the operations it was built with and a leaked token cannot run ad hoc queries.
// Held: in `per-client`, tokens whose client id (`azp`, else `client_id`) is in TRUSTED_DOCUMENTS_CLIENTS; in `all`,
// those and anonymous callers too. Signed-in analysts (any role but anonymous, client id not held) keep ad hoc queries.
// A request may name a manifest document by `extensions.persistedQuery.sha256Hash` alone; the manifest's text is
// then what runs, for everyone (whether held or not), so Apollo's automatic persisted queries never see a mismatch.
import fs from 'node:fs';
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { GraphQLError } from 'graphql';
import { decodeJwt } from 'jose';
import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import type { Config } from '@unmn/shared/config';
import type { Viewer } from '@unmn/shared/viewer';

export const DEFAULT_MANIFEST_FILE = fileURLToPath(new URL('../../clients/trusted-documents.json', import.meta.url));

/** Reads the manifest (hash -> document; hashes as "sha256:<hex>" or bare hex), refusing a file that is not one. */
export function loadManifest(file: string): Map<string, string> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`TRUSTED_DOCUMENTS_FILE ${file}: cannot be read as JSON (${(error as Error).message})`);
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) throw new Error(`TRUSTED_DOCUMENTS_FILE ${file}: expected an object of hash -> document`);
  const manifest = new Map<string, string>();
  for (const [hash, document] of Object.entries(parsed)) {
    const hex = hash.replace(/^sha256:/, '');
    if (!/^[0-9a-f]{64}$/.test(hex) || typeof document !== 'string') throw new Error(`TRUSTED_DOCUMENTS_FILE ${file}: entry ${JSON.stringify(hash)} is not a sha256 hash -> document string`);
    if (sha256(document) !== hex) throw new Error(`TRUSTED_DOCUMENTS_FILE ${file}: entry ${hash} does not hash to its document; regenerate the manifest`);
    manifest.set(hex, document);
  }
  return manifest;
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** The OAuth client the (already verified) bearer token was issued to, or null. */
function clientIdOf(authorization: string | undefined): string | null {
  const token = /^Bearer\s+(\S+)$/i.exec(authorization?.trim() ?? '')?.[1];
  if (!token) return null;
  try {
    const claims = decodeJwt(token);
    const id = claims.azp ?? claims.client_id;
    return typeof id === 'string' ? id : null;
  } catch {
    return null;
  }
}

export function trustedDocumentsPlugin<C extends BaseContext & { viewer: Viewer }>(config: Config): ApolloServerPlugin<C> | null {
  const { mode, clients, file } = config.gateway.trustedDocuments;
  if (mode === 'off') return null;
  const manifestFile = file ?? DEFAULT_MANIFEST_FILE;
  const manifest = loadManifest(manifestFile);
  const held = new Set(clients);
  const refuse = (code: string, message: string) => new GraphQLError(message, { extensions: { code, http: { status: 400 } } });
  return {
    async requestDidStart({ request, contextValue }) {
      const clientId = clientIdOf(request.http?.headers.get('authorization'));
      const isHeld = (clientId !== null && held.has(clientId)) || (mode === 'all' && contextValue.viewer.role === 'anonymous');
      const persisted = request.extensions?.persistedQuery as { sha256Hash?: unknown } | undefined;
      const hash = typeof persisted?.sha256Hash === 'string' ? persisted.sha256Hash.replace(/^sha256:/, '') : undefined;
      const known = hash !== undefined ? manifest.get(hash) : undefined;
      if (known !== undefined) {
        request.query = known;
        return;
      }
      if (!isHeld) return;
      const who = clientId ? `client ${JSON.stringify(clientId)}` : 'an anonymous caller';
      let refusal: GraphQLError;
      if (hash !== undefined && request.query === undefined) {
        refusal = refuse('PERSISTED_QUERY_NOT_FOUND', `Unknown operation hash ${hash}: ${who} may only run operations from the trusted-documents manifest, and none has this hash. Send the hash of an approved operation (@unmn/client's generated documents, or an operation registered under clients/).`);
      } else if (typeof request.query === 'string' && manifest.has(sha256(request.query))) {
        return;
      } else {
        refusal = refuse('OPERATION_NOT_TRUSTED', `Operation not trusted: ${who} may only run operations from the trusted-documents manifest (TRUSTED_DOCUMENTS=${mode}); this document is not in it. Send an approved operation by its sha256 hash in extensions.persistedQuery, or register the operation under clients/ so it is added to the manifest.`);
      }
      // Apollo answers an error thrown here as an internal error; didResolveOperation is the first hook whose error
      // reaches the client as sent. Until then Apollo runs a stand-in document, so the refused one is never parsed,
      // and without the persisted-query extension nothing is registered in the APQ cache.
      request.query = '{ __typename }';
      if (request.extensions) delete request.extensions.persistedQuery;
      return {
        async didResolveOperation() {
          throw refusal;
        },
      };
    },
  };
}
