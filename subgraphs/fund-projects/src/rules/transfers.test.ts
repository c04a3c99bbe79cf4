import { describe, expect, it } from 'vitest';
import { checkTransfers, type ProgrammeFunds } from './transfers.js';

const programme = (status: ProgrammeFunds['status'], transferred = 0n): ProgrammeFunds => ({
  id: 'fp-1', code: 'JP-1', status,
  participants: [{ organizationId: 'iom', shareCents: 1000n, transferredCents: transferred }, { organizationId: 'unhcr', shareCents: 500n, transferredCents: 0n }],
});
const one = (p: ProgrammeFunds) => new Map([[p.id, p]]);
const t = (organizationId: string, amountCents: bigint) => ({ projectId: 'fp-1', organizationId, amountCents });
const refusal = (fn: () => unknown) => {
  try {
    fn();
  } catch (e) {
    return e as { message: string; extensions: Record<string, unknown> };
  }
  throw new Error('expected a refusal');
};

describe('checkTransfers', () => {
  it('the first transfer activates an approved programme; later ones keep it ACTIVE', () => {
    expect(checkTransfers([t('iom', 1n)], one(programme('APPROVED')), 10_000n)).toEqual(new Map([['fp-1', 'ACTIVE']]));
    expect(checkTransfers([t('iom', 1n)], one(programme('ACTIVE', 5n)), 10_000n)).toEqual(new Map([['fp-1', 'ACTIVE']]));
  });

  it('up to the share exactly, counting earlier transfers and the batch itself', () => {
    expect(() => checkTransfers([t('iom', 400n), t('iom', 400n)], one(programme('ACTIVE', 200n)), 10_000n)).not.toThrow();
    const e = refusal(() => checkTransfers([t('iom', 400n), t('iom', 401n)], one(programme('ACTIVE', 200n)), 10_000n));
    expect(e.extensions).toMatchObject({ code: 'CONFLICT', reason: 'SHARE_EXCEEDED', remaining: '4.00' });
    expect(e.message).toMatch(/share 10\.00, already transferred 6\.00, remaining 4\.00/);
  });

  it('up to the deposited balance exactly', () => {
    expect(() => checkTransfers([t('iom', 300n), t('unhcr', 200n)], one(programme('ACTIVE')), 500n)).not.toThrow();
    const e = refusal(() => checkTransfers([t('iom', 300n), t('unhcr', 201n)], one(programme('ACTIVE')), 500n));
    expect(e.extensions).toMatchObject({ code: 'CONFLICT', reason: 'BALANCE_EXCEEDED', balance: '2.00' });
  });

  it('names the refused transfer of a batch and the participants', () => {
    const e = refusal(() => checkTransfers([t('iom', 1n), t('ilo', 1n)], one(programme('ACTIVE')), 10_000n, 'input'));
    expect(e.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'input[1].organizationId' });
    expect(e.message).toMatch(/"ilo" does not participate in JP-1 \(participants: iom, unhcr\)/);
  });

  it('only to APPROVED or ACTIVE programmes, with the lifecycle CONFLICT', () => {
    for (const status of ['CONCEPT_NOTE', 'PIPELINE', 'CLOSED', 'NOT_SELECTED'] as const) {
      const e = refusal(() => checkTransfers([t('iom', 1n)], one(programme(status)), 10_000n));
      expect(e.extensions).toMatchObject({ code: 'CONFLICT', reason: 'ILLEGAL_TRANSITION', currentStatus: status, action: 'recordTransfer' });
    }
    expect(refusal(() => checkTransfers([{ ...t('iom', 1n), projectId: 'fp-x' }], one(programme('ACTIVE')), 10_000n)).extensions).toMatchObject({ code: 'NOT_FOUND' });
  });
});
