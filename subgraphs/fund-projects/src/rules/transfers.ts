// Transfer limits, with no SQL: the ledger locks the fund's row and each programme's row, reads what it needs and asks
// this function whether a batch may be recorded. All or nothing: the first refused transfer refuses the batch.
import { BadUserInputError, ConflictError, NotFoundError } from '@unmn/shared/errors';
import type { FundProjectStatus } from '../data/models.js';
import { transition } from '../lifecycle.js';
import { formatCents } from '../money.js';

export interface TransferRequest {
  projectId: string;
  organizationId: string;
  amountCents: bigint;
}

export interface ProgrammeFunds {
  id: string;
  code: string;
  status: FundProjectStatus;
  participants: readonly { organizationId: string; shareCents: bigint; transferredCents: bigint }[];
}

/**
 * Checks a batch in order against the programmes it names and the fund's deposited balance: each programme must exist
 * and take transfers (lifecycle `recordTransfer`), each organization must participate in it, and no transfer may go
 * beyond what is left of its share or of the balance, counting the batch's earlier transfers. `path` names the input
 * in errors (`input`, or `input[i]` in a batch). Returns the status each named programme ends in (APPROVED becomes
 * ACTIVE on its first transfer).
 */
export function checkTransfers(
  requests: readonly TransferRequest[],
  programmes: ReadonlyMap<string, ProgrammeFunds>,
  balanceCents: bigint,
  path = 'input',
): Map<string, FundProjectStatus> {
  const remaining = new Map<string, bigint>();
  for (const p of programmes.values()) {
    for (const x of p.participants) remaining.set(`${p.id}\u0000${x.organizationId}`, x.shareCents - x.transferredCents);
  }
  const next = new Map<string, FundProjectStatus>();
  let balance = balanceCents;
  requests.forEach((r, i) => {
    const at = requests.length === 1 ? path : `${path}[${i}]`;
    const p = programmes.get(r.projectId);
    if (!p) throw new NotFoundError('FundProject', r.projectId);
    next.set(p.id, transition(p.code, p.status, 'recordTransfer'));
    const slot = `${p.id}\u0000${r.organizationId}`;
    const left = remaining.get(slot);
    if (left === undefined) {
      throw new BadUserInputError(`${at}.organizationId`, `"${r.organizationId}" does not participate in ${p.code} (participants: ${p.participants.map((x) => x.organizationId).join(', ')})`);
    }
    if (r.amountCents > left) {
      const share = p.participants.find((x) => x.organizationId === r.organizationId)!.shareCents;
      throw new ConflictError(
        `A transfer of ${formatCents(r.amountCents)} to ${r.organizationId} would exceed its share of ${p.code}: share ${formatCents(share)}, ` +
          `already transferred ${formatCents(share - left)}, remaining ${formatCents(left)}`,
        { reason: 'SHARE_EXCEEDED', remaining: formatCents(left) },
      );
    }
    if (r.amountCents > balance) {
      throw new ConflictError(`A transfer of ${formatCents(r.amountCents)} would exceed the fund's deposited balance of ${formatCents(balance)}`, {
        reason: 'BALANCE_EXCEEDED',
        balance: formatCents(balance),
      });
    }
    remaining.set(slot, left - r.amountCents);
    balance -= r.amountCents;
  });
  return next;
}
