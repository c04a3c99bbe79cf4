// Money that cannot drift, on this subgraph alone: 10,000 odd-cent transfers sum exactly through the API's derived
// totals, a refused batch writes nothing, and concurrent transfers that together exceed a share (or the fund's balance)
// never both succeed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIALECT, startTestSubgraph, type TestSubgraph } from '@unmn/shared/testing';
import { fundProjectsSubgraph } from '../src/index.js';
import { Ledger } from '../src/data/ledger.js';
import { parseAmount } from '../src/money.js';
import { CONTRIBUTE, FUND_MANAGER, TRANSFER, approved, cents, dollars, ok, snapshot } from './fixtures.js';

let sub: TestSubgraph;
let ledger: Ledger;
beforeAll(async () => {
  sub = await startTestSubgraph(fundProjectsSubgraph);
  ledger = new Ledger(sub.db);
  // Deposit enough that these tests run into shares, not the fund's balance (except where they mean to).
  await ok(sub, CONTRIBUTE, { input: { donor: 'Test donor', kind: 'DEPOSITED', amount: '50000000.00' } }, FUND_MANAGER);
});
afterAll(async () => sub?.stop());

const ACTOR = { role: 'fund-manager', subject: 'test' };

/** A deterministic stream of odd cent amounts from 0.01 to 9,999.99 (no Math.random: reruns see the same data). */
function oddAmounts(n: number, seed = 12345): string[] {
  let x = seed;
  const out: string[] = [];
  for (let i = 0; i < n; i += 1) {
    x = (x * 1103515245 + 12345) % 2147483648;
    const c = BigInt((x % 500000) * 2 + 1); // odd, 1 .. 999999 cents
    out.push(dollars(c));
  }
  return out;
}

describe(`exact sums (${DIALECT})`, () => {
  it('10,000 transfers of odd cent amounts sum exactly in every derived total', async () => {
    const amounts = oddAmounts(10_000);
    const expected = amounts.reduce((s, a) => s + cents(a), 0n);
    const perOrg = { iom: 0n, unhcr: 0n } as Record<string, bigint>;
    amounts.forEach((a, i) => (perOrg[i % 2 ? 'unhcr' : 'iom'] += cents(a)));

    const p = await approved(sub, { budget: '60000000.00', participants: [{ organizationId: 'iom', budgetShare: '30000000.00' }, { organizationId: 'unhcr', budgetShare: '30000000.00' }] });
    const before = (await ok(sub, '{ fund { transferredTotal { amount } balance { amount } } }', {})).fund;
    // Through the ledger's money path (the one recordTransfer uses), in one batch: every amount parsed from its string.
    const ids = await ledger.recordTransfers(
      amounts.map((a, i) => ({ projectId: p.id, organizationId: i % 2 ? 'unhcr' : 'iom', amountCents: parseAmount(a, `batch[${i}].amount`), date: '2026-02-01' })),
      ACTOR,
    );
    expect(ids).toHaveLength(10_000);

    const { fundProject, fund, fundingSummary } = await ok(sub, `query($id: ID!) {
      fundProject(id: $id) { status transferred { amount } remaining { amount } participatingOrganizations { organization { id } transferred { amount } remaining { amount } }
        transfers(first: 1) { totalCount } }
      fund { transferredTotal { amount } balance { amount } }
      fundingSummary(groupBy: ORGANIZATION, filter: { organizations: ["iom"], years: [2026], thematicAreas: ["ta2"], statuses: [ACTIVE] }) { totals { transferredTotal { amount } } }
    }`, { id: p.id });
    expect(fundProject.status).toBe('ACTIVE');
    expect(fundProject.transfers.totalCount).toBe(10_000);
    expect(fundProject.transferred.amount).toBe(dollars(expected));
    expect(fundProject.remaining.amount).toBe(dollars(cents('60000000.00') - expected));
    expect(Object.fromEntries(fundProject.participatingOrganizations.map((o: any) => [o.organization.id, o.transferred.amount]))).toEqual({ iom: dollars(perOrg.iom), unhcr: dollars(perOrg.unhcr) });
    expect(cents(fund.transferredTotal.amount) - cents(before.transferredTotal.amount)).toBe(expected);
    expect(cents(before.balance.amount) - cents(fund.balance.amount)).toBe(expected);
    expect(cents(fundingSummary.totals.transferredTotal.amount)).toBeGreaterThanOrEqual(expected);
  });

  it('a batch with one transfer too many is refused whole', async () => {
    const p = await approved(sub);
    const before = await snapshot(sub);
    const batch = [...Array(5)].map(() => ({ projectId: p.id, organizationId: 'unhcr', amountCents: 8000n, date: '2026-02-01' })); // 5 x 80.00 = 400.00, the whole share
    batch.push({ projectId: p.id, organizationId: 'unhcr', amountCents: 1n, date: '2026-02-01' });
    await expect(ledger.recordTransfers(batch, ACTOR)).rejects.toMatchObject({ extensions: { code: 'CONFLICT' } });
    expect(await snapshot(sub)).toBe(before);
    await ledger.recordTransfers(batch.slice(0, 5), ACTOR);
    const { fundProject } = await ok(sub, 'query($id: ID!) { fundProject(id: $id) { participatingOrganizations { organization { id } remaining { amount } } } }', { id: p.id });
    expect(fundProject.participatingOrganizations.find((o: any) => o.organization.id === 'unhcr').remaining.amount).toBe('0.00');
  });
});

describe(`concurrent transfers (${DIALECT}: ${DIALECT === 'postgres' ? 'SELECT ... FOR UPDATE on the fund and programme rows' : 'one writer at a time'})`, () => {
  it('two transfers that together exceed a share: exactly one succeeds', async () => {
    for (let round = 0; round < 5; round += 1) {
      const p = await approved(sub); // unhcr's share: 400.00
      const send = () => sub.query(TRANSFER, { input: { fundProjectId: p.id, organizationId: 'unhcr', amount: '250.00' } }, { viewer: FUND_MANAGER });
      const results = await Promise.all([send(), send()]);
      const succeeded = results.filter((r) => !r.body.errors);
      const refusedResults = results.filter((r) => r.body.errors);
      expect(succeeded).toHaveLength(1);
      expect(refusedResults[0].body.errors[0].extensions.code).toBe('CONFLICT');
      expect(refusedResults[0].body.errors[0].message).toMatch(/exceed its share.*remaining 150\.00/);
      const { fundProject } = await ok(sub, 'query($id: ID!) { fundProject(id: $id) { transferred { amount } transfers { totalCount } } }', { id: p.id });
      expect(fundProject).toEqual({ transferred: { amount: '250.00' }, transfers: { totalCount: 1 } });
    }
  });

  it('ten concurrent transfers of 30.00 against a share of 100.00: exactly three succeed', async () => {
    const p = await approved(sub, { participants: [{ organizationId: 'iom', budgetShare: '900.00' }, { organizationId: 'unhcr', budgetShare: '100.00' }] });
    const results = await Promise.all([...Array(10)].map(() => sub.query(TRANSFER, { input: { fundProjectId: p.id, organizationId: 'unhcr', amount: '30.00' } }, { viewer: FUND_MANAGER })));
    expect(results.filter((r) => !r.body.errors)).toHaveLength(3);
    expect(results.filter((r) => r.body.errors?.[0]?.extensions?.code === 'CONFLICT')).toHaveLength(7);
    const { fundProject } = await ok(sub, 'query($id: ID!) { fundProject(id: $id) { transferred { amount } } }', { id: p.id });
    expect(fundProject.transferred.amount).toBe('90.00');
  });

  it('concurrent transfers to different programmes never overdraw the fund', async () => {
    const { fund } = await ok(sub, '{ fund { balance { amount } } }', {});
    const balance = cents(fund.balance.amount);
    // Two programmes, each able to take 60% of the balance: both together would overdraw it.
    const part = (balance * 6n) / 10n;
    const big = { budget: dollars(part * 2n), participants: [{ organizationId: 'iom', budgetShare: dollars(part) }, { organizationId: 'unhcr', budgetShare: dollars(part) }] };
    const [a, b] = [await approved(sub, big), await approved(sub, big)];
    const results = await Promise.all([a, b].map((p) => sub.query(TRANSFER, { input: { fundProjectId: p.id, organizationId: 'iom', amount: dollars(part) } }, { viewer: FUND_MANAGER })));
    expect(results.filter((r) => !r.body.errors)).toHaveLength(1);
    expect(results.find((r) => r.body.errors)!.body.errors[0].message).toMatch(/deposited balance/);
    const after = await ok(sub, '{ fund { balance { amount } } }', {});
    expect(cents(after.fund.balance.amount)).toBe(balance - part);
    expect(cents(after.fund.balance.amount)).toBeGreaterThanOrEqual(0n);
  });
});
