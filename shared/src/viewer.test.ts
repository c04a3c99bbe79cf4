// The identity caches: the gateway signs a viewer once and reuses it for part of its validity; subgraphs verify a
// header once and remember it until it expires. Real signatures (jose); only the clock is moved.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { decodeJwt } from 'jose';
import { ANONYMOUS, createIdentitySigner, createIdentityVerifier, signIdentity, type Viewer } from './viewer.js';

const SECRET = 'a-test-identity-secret-of-sufficient-length';
const member: Viewer = { role: 'member', subject: 'u-1', organizationId: 'iom', countryIso3: null };
const otherMember: Viewer = { role: 'member', subject: 'u-1', organizationId: 'unhcr', countryIso3: null };
const country: Viewer = { role: 'country', subject: 'u-2', organizationId: null, countryIso3: 'MEX' };

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2030-01-01T00:00:00Z'));
});
afterEach(() => vi.useRealTimers());

const advance = (s: number) => vi.setSystemTime(Date.now() + s * 1000);

describe('identity signer', () => {
  it('gives the same viewer the same identity within the reuse window and a fresh one after it', async () => {
    const sign = createIdentitySigner(SECRET, { ttlSeconds: 60, reuseSeconds: 30 });
    const first = await sign(member);
    advance(29);
    expect(await sign({ ...member })).toBe(first);
    advance(1);
    const second = await sign(member);
    expect(second).not.toBe(first);
    // The fresh one is valid from now: what a subgraph receives always has ttl - reuse seconds left at least.
    expect(decodeJwt(second).exp! - Math.floor(Date.now() / 1000)).toBe(60);
  });

  it('reuses the anonymous identity too', async () => {
    const sign = createIdentitySigner(SECRET);
    expect(await sign(ANONYMOUS)).toBe(await sign(ANONYMOUS));
  });

  it('never gives one viewer another viewer’s identity, even when they share a subject', async () => {
    const sign = createIdentitySigner(SECRET);
    const verify = createIdentityVerifier(SECRET);
    const [a, b, c, anon] = await Promise.all([sign(member), sign(otherMember), sign(country), sign(ANONYMOUS)]);
    expect(new Set([a, b, c, anon]).size).toBe(4);
    expect(await verify(a)).toEqual(member);
    expect(await verify(b)).toEqual(otherMember);
    expect(await verify(c)).toEqual(country);
    expect(await verify(anon)).toEqual(ANONYMOUS);
  });

  it('refuses a reuse window that would hand out expired identities', () => {
    expect(() => createIdentitySigner(SECRET, { ttlSeconds: 60, reuseSeconds: 60 })).toThrow(/shorter than its validity/);
  });
});

describe('identity verifier', () => {
  it('never accepts a remembered identity once it has expired', async () => {
    const verify = createIdentityVerifier(SECRET);
    const header = await signIdentity(member, SECRET); // valid 60 s
    expect(await verify(header)).toEqual(member);
    advance(59);
    expect(await verify(header)).toEqual(member); // from the cache
    advance(1);
    await expect(verify(header)).rejects.toThrow(/has expired/);
    await expect(verify(header)).rejects.toThrow(/has expired/);
  });

  it('refuses a header signed with another secret and does not remember it', async () => {
    const verify = createIdentityVerifier(SECRET);
    const forged = await signIdentity({ ...member, role: 'secretariat', organizationId: null }, 'another-secret-of-sufficient-length-000');
    await expect(verify(forged)).rejects.toThrow(/not validly signed/);
    await expect(verify(forged)).rejects.toThrow(/not validly signed/);
  });

  it('does not share what one secret verified with a verifier of another secret', async () => {
    const header = await signIdentity(member, SECRET);
    expect(await createIdentityVerifier(SECRET)(header)).toEqual(member);
    await expect(createIdentityVerifier('another-secret-of-sufficient-length-000')(header)).rejects.toThrow(/not validly signed/);
  });

  it('accepts the previous secret during a rotation', async () => {
    const header = await signIdentity(country, 'the-previous-secret-of-sufficient-length');
    expect(await createIdentityVerifier(SECRET, 'the-previous-secret-of-sufficient-length')(header)).toEqual(country);
  });

  it('hands out a viewer no request can alter for the next one', async () => {
    const verify = createIdentityVerifier(SECRET);
    const header = await signIdentity(member, SECRET);
    const viewer = await verify(header);
    expect(() => Object.assign(viewer, { role: 'secretariat' })).toThrow();
    expect((await verify(header)).role).toBe('member');
  });
});
