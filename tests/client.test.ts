// @unmn/client against the whole graph: every example operation of the package runs through the gateway, by hash
// under TRUSTED_DOCUMENTS, by text without it, with typed results and GraphQLClientError codes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createClient,
  FundingByThematicAreaDocument,
  GraphQLClientError,
  ObjectiveDashboardDocument,
  ObjectiveResourcesInLanguageDocument,
  RequestsByStatusAndRegionDocument,
} from '../clients/typescript/src/index.js';
import { startTestGraph, token, type TestGraph } from './harness.js';

describe('@unmn/client against the gateway', () => {
  let graph: TestGraph;
  let plain: TestGraph;
  let analyst: string;
  beforeAll(async () => {
    // Every anonymous caller held to the manifest: the package's documents must all be in it.
    graph = await startTestGraph({ env: { TRUSTED_DOCUMENTS: 'all' } });
    plain = await startTestGraph();
    analyst = await token(graph.config, { role: 'secretariat' });
  });
  afterAll(async () => {
    await graph?.stop();
    await plain?.stop();
  });

  it('runs every example operation by its hash, typed', async () => {
    const anonymous = createClient({ url: graph.gateway.url });
    const dashboard = await anonymous.request(ObjectiveDashboardDocument, { number: 20 });
    expect(dashboard.objective?.number).toBe(20);
    expect(dashboard.objective?.resources?.totalCount).toBeGreaterThan(0);
    const funding = await anonymous.request(FundingByThematicAreaDocument, {});
    expect(funding.fundingSummary?.rows.length).toBeGreaterThan(0);
    expect(funding.fundingSummary?.rows.every((r) => r.thematicArea !== null && /^-?\d+\.\d\d$/.test(r.budgetTotal.amount))).toBe(true);
    const inEnglish = await anonymous.request(ObjectiveResourcesInLanguageDocument, { objective: 20, language: 'en', first: 3 });
    expect(inEnglish.resources?.edges.length).toBeGreaterThan(0);
    expect(inEnglish.resources?.edges.every((e) => e.node.languages.includes('en'))).toBe(true);
    const stats = await createClient({ url: graph.gateway.url, token: () => analyst }).request(RequestsByStatusAndRegionDocument, {});
    expect(stats.supportRequestStats!.total).toBeGreaterThan(0);
    expect(stats.supportRequestStats!.byStatus.reduce((n, s) => n + s.count, 0)).toBe(stats.supportRequestStats!.total);
  });

  it('falls back to the document text on a gateway without the manifest', async () => {
    const result = await createClient({ url: plain.gateway.url }).request(ObjectiveDashboardDocument, { number: 1 });
    expect(result.objective?.number).toBe(1);
  });

  it('throws GraphQLClientError with the graph\'s code', async () => {
    const error = await createClient({ url: graph.gateway.url, token: 'not-a-jwt' }).request(ObjectiveDashboardDocument, { number: 1 }).catch((e) => e);
    expect(error).toBeInstanceOf(GraphQLClientError);
    expect(error.code).toBe('UNAUTHENTICATED');
    expect(error.status).toBe(401);
  });
});
