// The IDE in a real browser: an analyst signs in from /ide with the authorization code flow and PKCE against the
// development identity provider (idp/), lands back in the IDE as their role, runs an example operation and downloads
// the result as CSV. Needs Chromium at /usr/bin/chromium (CI installs it); skipped with a message where it is missing.
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { startIdp, type RunningIdp } from '@unmn/idp/server';
import { startTestGraph, testConfig, token, type TestGraph } from './harness.js';

const CHROMIUM = '/usr/bin/chromium';
const hasChromium = fs.existsSync(CHROMIUM);
if (!hasChromium) console.warn(`tests/ide.test.ts skipped: no Chromium at ${CHROMIUM} (apt-get install -y chromium)`);

let idp: RunningIdp;
let graph: TestGraph;
let browser: Browser;
beforeAll(async () => {
  if (!hasChromium) return;
  const { chromium } = await import('playwright-core');
  [idp, browser] = await Promise.all([
    startIdp(testConfig(), { port: 0, quiet: true }),
    chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] }),
  ]);
  graph = await startTestGraph({ env: { OIDC_ISSUER: idp.issuer, OIDC_AUDIENCE: idp.audience } });
}, 60_000);
afterAll(async () => {
  await browser?.close();
  await graph?.stop();
  await idp?.stop();
});

describe.skipIf(!hasChromium)('the IDE in headless Chromium', () => {
  it('signs a member in with PKCE, runs an example as their view, downloads it as CSV and signs out', async () => {
    const page = await browser.newPage({ acceptDownloads: true });
    const ide = `http://127.0.0.1:${graph.gateway.port}/ide`;
    await page.goto(ide);
    await page.getByText('Not signed in: anonymous view').waitFor();

    await page.click('#sign-in');
    // oidc-provider's development sign-in and consent pages.
    await page.waitForURL((url) => url.href.startsWith(idp.issuer));
    await page.fill('input[name=login]', 'member-iom');
    await page.fill('input[name=password]', 'any');
    await page.click('button[type=submit]');
    await page.click('button[type=submit]'); // consent: "Continue"
    await page.waitForURL(ide);

    // The page trades the code for tokens at the identity provider before it says who is signed in; on a loaded
    // machine that takes longer than expect.poll's default second.
    await expect.poll(() => page.textContent('#who'), { timeout: 10_000 }).toBe('Signed in as Member analyst at IOM (member-iom): role MEMBER, organization iom');
    expect(await page.isVisible('#sign-out')).toBe(true);
    const stored = await page.evaluate(() => JSON.parse(sessionStorage.getItem('unmn.ide.session')!));
    expect(stored.accessToken).toMatch(/^ey/);

    // The example tabs are the client operation documents; run one whose answer depends on who asks.
    await page.getByRole('tab', { name: /RequestsByStatusAndRegion/ }).click();
    const [sent] = await Promise.all([
      page.waitForRequest((r) => r.url().endsWith('/graphql') && (r.postData() ?? '').includes('RequestsByStatusAndRegion')),
      page.click('.graphiql-execute-button'),
    ]);
    // Anonymous and member answers to this operation coincide on the sample data: the header shows whose view it is.
    expect(sent.headers().authorization).toBe(`Bearer ${stored.accessToken}`);
    const response = await page.waitForFunction(
      () => {
        const text: string = (document.querySelector('.graphiql-response .CodeMirror') as any)?.CodeMirror.getValue() ?? '';
        return text.startsWith('{') && text;
      },
      undefined,
      { polling: 100, timeout: 10_000 },
    );
    const shown = JSON.parse((await response.jsonValue()) as string);
    const operation = fs.readFileSync('clients/typescript/operations/requests-by-status-and-region.graphql', 'utf8');
    const asMember = await graph.query(operation, {}, { token: stored.accessToken });
    // The secretariat sees every request; a member only those its organization may see.
    const asSecretariat = await graph.query(operation, {}, { token: await token(graph.config, { role: 'secretariat' }) });
    expect(shown).toEqual(asMember.body);
    expect(shown.data.supportRequestStats.total).toBeLessThan(asSecretariat.body.data.supportRequestStats.total);
    expect(shown.data.supportRequestStats.byStatus.length).toBeGreaterThan(0);

    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#csv')]);
    expect(download.suggestedFilename()).toBe('RequestsByStatusAndRegion.csv');
    const csv = fs.readFileSync(await download.path(), 'utf8').split('\r\n').filter(Boolean);
    expect(csv[0]).toBe('status,count');
    expect(csv.slice(1)).toEqual(shown.data.supportRequestStats.byStatus.map((r: { status: string; count: number }) => `${r.status},${r.count}`));

    // Sign out: the session's token is gone and the provider's end-session page takes over.
    await page.click('#sign-out');
    await page.waitForURL((url) => url.href.startsWith(`${idp.issuer}/session/end`));
    await page.goto(ide);
    await page.getByText('Not signed in: anonymous view').waitFor();
    expect(await page.evaluate(() => sessionStorage.getItem('unmn.ide.session'))).toBeNull();

    await page.close();
    // A real browser through three servers: generous on a loaded 2-core machine (it takes 8-18 s there).
  }, 60_000);
});
