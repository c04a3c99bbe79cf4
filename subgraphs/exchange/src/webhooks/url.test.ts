import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { hostname } from 'node:os';
import { describe, expect, it } from 'vitest';
import { checkWebhookUrl, MAX_URL_LENGTH, nonPublicRange } from './url.js';

const dev = { production: false, selfOrigins: ['http://localhost:4000', 'https://graph.example.org/graphql', 'http://localhost:4006/graphql'] };
const prod = (addresses: string[]) => ({ ...dev, production: true, lookup: async () => addresses.map((address) => ({ address, family: address.includes(':') ? 6 : 4 })) });

const refusal = async (url: string, policy: Parameters<typeof checkWebhookUrl>[2]) => {
  const error = await checkWebhookUrl(url, 'input.url', policy).then(
    () => null,
    (e) => e,
  );
  expect(error, `${url} should be refused`).not.toBeNull();
  expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'input.url' });
  return error.message as string;
};

describe('webhook URL checks', () => {
  it('accepts http and https receivers, and loopback ones outside production', async () => {
    expect(await checkWebhookUrl('https://partner.example.net/hooks?x=1', 'input.url', dev)).toBe('https://partner.example.net/hooks?x=1');
    expect(await checkWebhookUrl('http://127.0.0.1:39999/hook', 'input.url', dev)).toBe('http://127.0.0.1:39999/hook');
  });

  it('refuses other schemes, non-URLs and URLs over 2,000 characters, naming input.url', async () => {
    expect(await refusal('ftp://partner.example.net/x', dev)).toMatch(/http:\/\/ or https:\/\//);
    expect(await refusal('javascript:alert(1)', dev)).toMatch(/http:\/\/ or https:\/\//);
    expect(await refusal('partner.example.net/hook', dev)).toMatch(/not an absolute URL/);
    expect(await refusal(`https://partner.example.net/${'a'.repeat(MAX_URL_LENGTH)}`, dev)).toMatch(/limit is 2000/);
  });

  it('refuses the graph itself: the gateway (public URL or local port, however loopback is spelled) and subgraphs', async () => {
    expect(await refusal('https://graph.example.org/webhook', dev)).toMatch(/points at this graph itself/);
    expect(await refusal('https://GRAPH.example.org.:443/webhook', dev)).toMatch(/points at this graph itself/); // the same name, fully qualified
    expect(await refusal('http://127.0.0.1:4000/graphql', dev)).toMatch(/points at this graph itself/);
    expect(await refusal('http://[::1]:4000/', dev)).toMatch(/points at this graph itself/);
    // Any 127/8 address, a trailing-dot localhost and this machine's own name are the same host too.
    for (const host of ['127.0.0.2', '127.1', 'localhost.', hostname(), '[::ffff:127.0.0.1]']) {
      expect(await refusal(`http://${host}:4000/graphql`, dev)).toMatch(/points at this graph itself/);
    }
    expect(await refusal('http://localhost:4006/changes', dev)).toMatch(/points at this graph itself/);
  });

  it('in production refuses names resolving to loopback, link-local, private or other non-public addresses', async () => {
    for (const address of ['127.0.0.1', '10.1.2.3', '172.16.0.9', '192.168.1.1', '169.254.169.254', '::1', 'fe80::1', 'fd00::1', '::ffff:10.0.0.1', '100.64.0.1', '0.0.0.0']) {
      expect(await refusal('https://partner.example.net/hook', prod([address]))).toContain(address);
    }
    expect(await refusal('http://10.0.0.5/hook', prod([]))).toMatch(/private/);
    expect(await refusal('http://[::127.0.0.1]/hook', prod([]))).toMatch(/::7f00:1, a reserved address/);
    // One bad address among good ones is enough: the socket could connect to any of them.
    expect(await refusal('https://partner.example.net/hook', prod(['93.184.215.14', '10.0.0.1']))).toMatch(/private/);
    expect(await checkWebhookUrl('https://partner.example.net/hook', 'input.url', prod(['93.184.215.14']))).toBe('https://partner.example.net/hook');
  });

  it('in production refuses a host that does not resolve', async () => {
    const policy = { ...dev, production: true, lookup: async () => Promise.reject(Object.assign(new Error('ENOTFOUND'), { code: 'ENOTFOUND' })) };
    expect(await refusal('https://nowhere.invalid/hook', policy)).toMatch(/does not resolve/);
  });

  it('classifies addresses', () => {
    expect(nonPublicRange('8.8.8.8')).toBeNull();
    expect(nonPublicRange('2001:4860:4860::8888')).toBeNull();
    expect(nonPublicRange('127.0.0.1')).toBe('loopback');
    expect(nonPublicRange('169.254.1.1')).toBe('linkLocal');
    // IPv4-compatible IPv6 (deprecated; `[::127.0.0.1]` in a URL becomes ::7f00:1) and the rest of the IETF-reserved
    // space outside 2000::/3 are not public unicast, though ipaddr.js calls them `unicast`.
    for (const address of ['::7f00:1', '::a00:1', '::808:808', '::1:2', '4000::1']) expect(nonPublicRange(address), address).toBe('reserved');
  });
});

describe('delivery-time address check', () => {
  it('in production refuses to connect when the host now resolves to a non-public address (DNS re-pointed after registration)', async () => {
    const { postDelivery } = await import('./send.js');
    const headers = { 'webhook-id': 'd', 'webhook-timestamp': '0', 'webhook-signature': 'v1,x' };
    const refused = await postDelivery('http://localhost:9/hook', '{}', headers, { timeoutMs: 2_000, production: true });
    expect(refused).toMatchObject({ ok: false, statusCode: null });
    expect(refused.error).toMatch(/EADDRNOTPUBLIC: localhost resolves to (127\.0\.0\.1|::1), a loopback address/);
  });

  it('in production refuses an address written in the URL too (no DNS lookup runs for it), e.g. one stored before production mode', async () => {
    const { postDelivery } = await import('./send.js');
    let hits = 0;
    const receiver = createServer((_, res) => void (hits++, res.end()));
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = receiver.address() as AddressInfo;
      const headers = { 'webhook-id': 'd', 'webhook-timestamp': '0', 'webhook-signature': 'v1,x' };
      const refused = await postDelivery(`http://127.0.0.1:${port}/hook`, '{}', headers, { timeoutMs: 2_000, production: true });
      expect(refused).toMatchObject({ ok: false, statusCode: null });
      expect(refused.error).toMatch(/EADDRNOTPUBLIC: 127\.0\.0\.1 is a loopback address/);
      expect(hits).toBe(0);
    } finally {
      await new Promise((resolve) => receiver.close(resolve));
    }
  });
});
