// One delivery attempt: POST the JSON body with the signed headers, wait at most `timeoutMs` for the answer, follow no
// redirect (a 3xx is a failed attempt: following it would send the payload to an address nobody checked). Any 2xx is
// success; anything else, a timeout or a connection error is a failure to retry. The answer's body is read only up to
// a few KB for the delivery log, and then the socket is dropped.
import http from 'node:http';
import https from 'node:https';
import { guardedLookup, literalAddressRefusal } from './url.js';
import type { SignedHeaders } from './signing.js';

export interface AttemptResult {
  ok: boolean;
  /** The receiver's HTTP status, or null when none came (timeout, refused connection). */
  statusCode: number | null;
  /** Why it failed, for the owner's delivery log (never the receiver's whole body). */
  error: string | null;
  durationMs: number;
}

const MAX_LOGGED_BODY = 500;

export function postDelivery(url: string, body: string, headers: SignedHeaders, options: { timeoutMs: number; production: boolean; userAgent?: string }): Promise<AttemptResult> {
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  return new Promise((resolve) => {
    let settled = false;
    const done = (result: Omit<AttemptResult, 'durationMs'>) => {
      if (settled) return;
      settled = true;
      resolve({ ...result, durationMs: elapsed() });
    };
    const target = new URL(url);
    const refused = literalAddressRefusal(options.production, target.hostname);
    if (refused) return done({ ok: false, statusCode: null, error: refused });
    const request = (target.protocol === 'https:' ? https : http).request(target, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'content-length': Buffer.byteLength(body),
        'user-agent': options.userAgent ?? 'unmn-graph-webhooks/1',
        ...headers,
      },
      lookup: guardedLookup(options.production),
      // No keep-alive agent: deliveries go to many hosts, and a pooled socket would outlive the attempt's deadline.
      agent: false,
    });
    const timer = setTimeout(() => {
      request.destroy();
      done({ ok: false, statusCode: null, error: `no answer within ${options.timeoutMs} ms` });
    }, options.timeoutMs);
    request.on('response', (response) => {
      const status = response.statusCode ?? 0;
      let text = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => {
        if (text.length < MAX_LOGGED_BODY) text += chunk;
      });
      const finish = () => {
        clearTimeout(timer);
        const ok = status >= 200 && status < 300;
        const snippet = text.slice(0, MAX_LOGGED_BODY).trim();
        done({
          ok,
          statusCode: status,
          error: ok ? null : status >= 300 && status < 400 ? `answered ${status} (redirects are not followed)` : `answered ${status}${snippet ? `: ${snippet}` : ''}`,
        });
        response.destroy();
      };
      response.on('end', finish);
      response.on('error', finish);
      response.on('close', finish);
    });
    request.on('error', (error: NodeJS.ErrnoException) => {
      clearTimeout(timer);
      done({ ok: false, statusCode: null, error: error.code ? `${error.code}: ${error.message}` : error.message });
    });
    request.end(body);
  });
}
