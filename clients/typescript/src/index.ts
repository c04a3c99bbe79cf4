// @unmn/client: typed documents for the graph's example operations and a small fetch wrapper that sends the bearer
// token, sends each document by its sha256 hash (the gateway's trusted-documents manifest knows it; a gateway without
// the manifest gets the full document on a second try) and turns GraphQL errors into GraphQLClientError with the
// graph's `extensions.code`.
import type { TypedDocumentString } from './generated/graphql.js';

export * from './generated/graphql.js';

/** One GraphQL error as the graph returns it (see "Conventions clients can rely on" in the graph's README). */
export interface GraphQLErrorPayload {
  message: string;
  path?: (string | number)[];
  extensions?: { code?: string; [key: string]: unknown };
}

/** The operation failed: the graph answered with errors, or with no data. `code` is the first error's code. */
export class GraphQLClientError<TData = unknown> extends Error {
  override readonly name = 'GraphQLClientError';
  constructor(
    message: string,
    /** `extensions.code` of the first error, e.g. UNAUTHENTICATED, FORBIDDEN, BAD_USER_INPUT, OPERATION_NOT_TRUSTED. */
    readonly code: string,
    /** Every error the graph returned. */
    readonly errors: GraphQLErrorPayload[],
    /** HTTP status of the response. */
    readonly status: number,
    /** Whatever data came back beside the errors (a partial result), or null. */
    readonly data: TData | null = null,
  ) {
    super(message);
  }
}

export interface ClientOptions {
  /** The gateway's GraphQL endpoint, e.g. https://graph.example.org/graphql. */
  url: string;
  /** A bearer token, or a function returning the current one (called per request, so a refreshed token is used). */
  token?: string | null | (() => string | null | undefined | Promise<string | null | undefined>);
  /** Another fetch (tests, older runtimes); defaults to the global one. */
  fetch?: typeof fetch;
  /** Extra headers on every request. */
  headers?: Record<string, string>;
}

export interface GraphClient {
  /** Runs one operation and returns its data, typed by the document; throws GraphQLClientError on any error. */
  request<TResult, TVariables>(
    document: TypedDocumentString<TResult, TVariables>,
    ...variables: TVariables extends Record<string, never> ? [variables?: TVariables] : [variables: TVariables]
  ): Promise<TResult>;
}

interface Body<T> {
  data?: T | null;
  errors?: GraphQLErrorPayload[];
}

export function createClient(options: ClientOptions): GraphClient {
  const doFetch = options.fetch ?? globalThis.fetch;
  const post = async <T>(payload: Record<string, unknown>): Promise<{ status: number; body: Body<T> }> => {
    const token = typeof options.token === 'function' ? await options.token() : options.token;
    const res = await doFetch(options.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/graphql-response+json, application/json',
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        ...options.headers,
      },
      body: JSON.stringify(payload),
    });
    const text = await res.text();
    try {
      return { status: res.status, body: JSON.parse(text) as Body<T> };
    } catch {
      throw new GraphQLClientError(`The graph answered HTTP ${res.status} with a body that is not JSON: ${text.slice(0, 200)}`, 'INVALID_RESPONSE', [], res.status);
    }
  };

  return {
    async request(document, ...[variables]) {
      const operationName = /^\s*(?:query|mutation|subscription)\s+(\w+)/.exec(String(document))?.[1];
      // The codegen hash is "sha256:<hex>"; the persisted-query extension carries the hex alone.
      const sha256Hash = (document as { __meta__?: { hash?: string } }).__meta__?.hash?.replace(/^sha256:/, '');
      const base = { operationName, variables: variables ?? {} };
      let response = sha256Hash
        ? await post<any>({ ...base, extensions: { persistedQuery: { version: 1, sha256Hash } } })
        : await post<any>({ ...base, query: String(document) });
      // A gateway without the trusted-documents manifest does not know the hash: send the document itself. (Not as an
      // automatic persisted query: the hash is of codegen's normalized print, not of this text, so it would not match.)
      if (sha256Hash && response.body.errors?.[0]?.extensions?.code === 'PERSISTED_QUERY_NOT_FOUND') {
        response = await post<any>({ ...base, query: String(document) });
      }
      const { status, body } = response;
      if (body.errors?.length) {
        const [first] = body.errors;
        throw new GraphQLClientError(first.message, first.extensions?.code ?? 'UNKNOWN', body.errors, status, body.data ?? null);
      }
      if (!body.data) throw new GraphQLClientError(`The graph answered HTTP ${status} with neither data nor errors`, 'INVALID_RESPONSE', [], status);
      return body.data;
    },
  };
}
