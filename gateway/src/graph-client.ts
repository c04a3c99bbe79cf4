// Routes served beside /graphql that are built from the joined graph (the IATI file, the bulk exports) read it the
// way a client would: over HTTP from this gateway's own /graphql, with the caller's Authorization header. They
// therefore show exactly what that caller may read, meet the same limits, and need no database. Rate limits: a file
// is one request of the caller's, so its first page counts as one operation and the pages after it carry the
// gateway's page pass (INTERNAL_PAGE_HEADER), which the gateway does not count again; otherwise an anonymous export of
// 100k resources (1,000 pages) would be refused half-way by a 600-a-minute limit.
import { createHmac, timingSafeEqual } from 'node:crypto';
import type http from 'node:http';
import { REQUEST_ID_HEADER } from '@unmn/shared/viewer';

/** An answer a route gives instead of its body, before any byte of it left (passed on as the graph gave it). */
export class Refusal extends Error {
  constructor(readonly status: number, readonly body: string, readonly contentType = 'application/json; charset=utf-8') {
    super(`refused with ${status}`);
  }
}

export interface Page<T> { pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: { node: T }[] }
export type Ask = <T>(query: string, variables: Record<string, unknown>) => Promise<T>;

/** Marks the pages after a file's first as part of one request already counted by the rate limit. */
export const INTERNAL_PAGE_HEADER = 'x-gateway-page';

/**
 * The pass pages carry: derived from IDENTITY_SECRET, so every worker of a gateway (GATEWAY_WORKERS) shares it, and
 * only accepted from a loopback address (the gateway asking itself).
 */
export const pagePassOf = (identitySecret: string) => createHmac('sha256', identitySecret).update('gateway-internal-pages').digest('hex');

/** Whether a request is a page of a file already counted: the pass, from this machine. */
export function isCountedPage(req: http.IncomingMessage, pass: string): boolean {
  const given = req.headers[INTERNAL_PAGE_HEADER];
  const from = req.socket.remoteAddress ?? '';
  const loopback = from === '::1' || from.startsWith('127.') || from.startsWith('::ffff:127.');
  return loopback && typeof given === 'string' && given.length === pass.length && timingSafeEqual(Buffer.from(given), Buffer.from(pass));
}

/** Asks the gateway's own /graphql, as the caller. A refusal (401, 429, an error) is thrown as a Refusal. */
export function graphClient(req: http.IncomingMessage, pagePass: string): Ask {
  const local = req.socket.localAddress ?? '127.0.0.1';
  const host = local.includes(':') ? `[${local}]` : local;
  const url = `http://${host}:${req.socket.localPort}/graphql`;
  // no-store: these reads page through whole datasets once; kept in the response cache they would crowd out the
  // answers worth keeping (and hold the export in memory). gateway/src/response-cache.ts is to honour it.
  const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/graphql-response+json', 'cache-control': 'no-store' };
  if (req.headers.authorization) headers.authorization = req.headers.authorization;
  const requestId = req.headers[REQUEST_ID_HEADER];
  if (typeof requestId === 'string') headers[REQUEST_ID_HEADER] = requestId;
  let asked = 0;
  return async <T>(query: string, variables: Record<string, unknown>): Promise<T> => {
    const pageHeaders = asked++ === 0 ? headers : { ...headers, [INTERNAL_PAGE_HEADER]: pagePass };
    const res = await fetch(url, { method: 'POST', headers: pageHeaders, body: JSON.stringify({ query, variables }) });
    const text = await res.text();
    let body: { data?: T; errors?: unknown[] } | undefined;
    try {
      body = JSON.parse(text);
    } catch {
      body = undefined;
    }
    // Partial data (a subgraph down) would make an incomplete file look complete: refuse instead.
    if (res.status !== 200 || !body?.data || body.errors?.length) {
      const status = res.status === 200 ? 502 : res.status;
      throw new Refusal(status, text, res.headers.get('content-type') ?? 'application/json; charset=utf-8');
    }
    return body.data;
  };
}

/**
 * The nodes of a connection, page by page as they arrive (memory holds one page). `query` takes `$first` and
 * `$after`; `connection` picks the connection out of an answer (null: nothing to list).
 */
export async function* pages<T>(
  ask: Ask, query: string, variables: Record<string, unknown>, connection: (data: any) => Page<T> | null | undefined, pageSize = 100,
): AsyncGenerator<T[]> {
  for (let after: string | null = null; ;) {
    const page = connection(await ask(query, { ...variables, first: pageSize, after }));
    yield (page?.edges ?? []).map((e) => e.node);
    if (!page?.pageInfo.hasNextPage) return;
    after = page.pageInfo.endCursor;
  }
}

/** Answers a streaming route's own refusal in the shape of the graph's errors: `{ errors: [{ message, extensions }] }`. */
export function sendError(res: http.ServerResponse, status: number, message: string, extensions: Record<string, unknown>, headers: http.OutgoingHttpHeaders = {}): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
  res.end(JSON.stringify({ errors: [{ message, extensions }] }));
}

/** Answers a failure of a streaming route: cut the connection once bytes left (a truncated body must not look whole). */
export function failStream(res: http.ServerResponse, error: unknown, what: string): void {
  if (res.headersSent) return void res.destroy(error as Error);
  if (error instanceof Refusal) {
    res.writeHead(error.status, { 'content-type': error.contentType });
    return void res.end(error.body);
  }
  sendError(res, 502, `${what} could not read the graph; try again later`, { code: 'SERVICE_UNAVAILABLE' });
}
