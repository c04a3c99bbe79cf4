// The policy's two faces agree on a real database (SQLite, and PostgreSQL with DATABASE_URL): for every persona and for
// every country and organization in the data, the rows the SQL predicate lets through are exactly the requests the
// single-record check does not answer NONE for, and the store's list and stats count exactly those; and the change
// feed's audiences of each request let exactly the same viewers see it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { audiencesOf as tokensOf } from '@unmn/shared/changes';
import { startTestSubgraph, viewerOf, type TestSubgraph } from '@unmn/shared/testing';
import type { Viewer } from '@unmn/shared/viewer';
import { SupportRequestReads } from '../src/data/reads.js';
import { SupportRequestReporting } from '../src/data/reporting.js';
import { supportRequestsSubgraph } from '../src/index.js';
import { accessTo, audiencesOf, restrictToVisible } from '../src/policy.js';
import { STATUSES, VIEWERS, requestAt } from './fixtures.js';

let sub: TestSubgraph;
beforeAll(async () => {
  sub = await startTestSubgraph(supportRequestsSubgraph);
  for (const s of STATUSES) await requestAt(sub, s);
});
afterAll(() => sub?.stop());

describe('policy on the database', () => {
  it('lists, counts and checks one record alike, for every viewer and every request', async () => {
    const { knex } = sub.db;
    const reads = new SupportRequestReads(knex);
    const reporting = new SupportRequestReporting(knex);
    const all = [...(await reads.findByIds(await knex('support_requests').pluck('id'))).values()];
    const partners = await reads.partnersByRequest(all.map((r) => r.id));
    const countries: string[] = await knex('support_requests').distinct('country_iso3').pluck('country_iso3');
    const organizations: string[] = await knex('support_request_partners').distinct('organization_id').pluck('organization_id');
    const viewers: Viewer[] = [
      ...Object.values(VIEWERS).map(viewerOf),
      ...countries.map((iso3) => viewerOf({ role: 'country', countryIso3: iso3 })),
      ...organizations.map((id) => viewerOf({ role: 'member', organizationId: id })),
    ];
    // The data must exercise every branch: hidden rows, summaries and owners of hidden rows.
    const anonymousSees = all.filter((r) => accessTo(viewerOf(VIEWERS.anonymous), r, []) !== 'NONE').length;
    expect(anonymousSees).toBeGreaterThan(0);
    expect(anonymousSees).toBeLessThan(all.length);

    for (const viewer of viewers) {
      const expected = all
        .filter((r) => accessTo(viewer, r, (partners.get(r.id) ?? []).map((p) => p.organizationId)) !== 'NONE')
        .map((r) => r.id)
        .sort();
      const bySql: string[] = await restrictToVisible(knex, knex('support_requests'), viewer).pluck('support_requests.id');
      const label = JSON.stringify(viewer);
      expect(bySql.sort(), label).toEqual(expected);
      const listed = await reads.list(viewer, {}, 'CODE_ASC', { first: 1 });
      expect(listed.totalCount, label).toBe(expected.length);
      expect((await reporting.stats(viewer, {})).total, label).toBe(expected.length);
    }
  });

  it("gives every request the change-feed audiences of exactly the viewers the SQL predicate shows it to, in every status", async () => {
    const { knex } = sub.db;
    const reads = new SupportRequestReads(knex);
    const all = [...(await reads.findByIds(await knex('support_requests').pluck('id'))).values()];
    const partners = await reads.partnersByRequest(all.map((r) => r.id));
    expect(new Set(all.map((r) => r.status))).toEqual(new Set(STATUSES));
    // Every role, plus the owners of each request (every country and organization in the data) and strangers.
    const countries: string[] = await knex('support_requests').distinct('country_iso3').pluck('country_iso3');
    const organizations: string[] = await knex('partner_organizations').pluck('id');
    const viewers: Viewer[] = [
      ...Object.values(VIEWERS).map(viewerOf),
      ...[...countries, 'ATA'].map((iso3) => viewerOf({ role: 'country', countryIso3: iso3 })),
      ...organizations.map((id) => viewerOf({ role: 'member', organizationId: id })),
    ];
    for (const viewer of viewers) {
      const bySql = new Set<string>(await restrictToVisible(knex, knex('support_requests'), viewer).pluck('support_requests.id'));
      const mine = new Set(tokensOf(viewer));
      for (const r of all) {
        const tokens = audiencesOf(r, (partners.get(r.id) ?? []).map((p) => p.organizationId));
        expect(tokens.some((t) => mine.has(t)), `${JSON.stringify(viewer)} on ${r.code} (${r.status})`).toBe(bySql.has(r.id));
      }
    }
  });
});
