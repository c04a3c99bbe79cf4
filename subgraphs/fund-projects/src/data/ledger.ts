// The fund's money: contributions in, transfers out, and the totals derived from them. Money is integer cents in and
// out; every SUM is cast to text in SQL and parsed as a BigInt, so totals are exact on both dialects (SQLite would
// otherwise hand back a JS number, PostgreSQL a numeric string). No table stores a balance. Each write records its
// change-feed events last in its transaction (writes.ts `recordFeed`).
import { randomUUID } from 'node:crypto';
import type { Knex } from 'knex';
import { now, type Database } from '@unmn/shared/db';
import { paginate, paginateByParent, type Connection, type OrderColumn, type PageArgs } from '@unmn/shared/pagination';
import { provenanceColumns } from '@unmn/shared/rows';
import { centsFrom } from '../money.js';
import { FUND_CODE } from './reference/fund.js';
import { checkTransfers } from '../rules/transfers.js';
import { audiencesOf, LEDGER_AUDIENCES } from '../policy.js';
import { apiProvenance, toContribution, toFundProject, toTransfer, type Actor, type ContributionKind, type ContributionModel, type FundTotalsModel, type ProvenanceInput, type TransferModel } from './models.js';
import { orderOf, participantsOf, type Sort } from './reads.js';
import type { CentsValue, ContributionRow, FundProjectRow, TransferRow } from './rows.js';
import { inTransaction, locked, rawRows, yearOf } from './sql.js';
import { programmeChanges, recordFeed, type StoreOptions } from './writes.js';

export interface ContributionFilter { kind?: string | null; year?: number | null; updatedSince?: string | null }
export interface TransferFilter { organization?: string | null; fundProject?: string | null; year?: number | null; updatedSince?: string | null }
export type LedgerSort = Sort<'DATE' | 'UPDATED_AT'>;

export interface ContributionDraft {
  donor: string;
  donorCountryIso3: string | null;
  kind: ContributionKind;
  date: string;
  amountCents: bigint;
  provenance: ProvenanceInput;
  sample?: boolean;
}

export interface TransferDraft {
  projectId: string;
  organizationId: string;
  amountCents: bigint;
  date: string;
  /** Defaults to the actor's API provenance. */
  provenance?: ProvenanceInput;
  sample?: boolean;
}

/** Contributions and transfers: newest first unless the client sorts otherwise. */
const ledgerOrder = (table: 'contributions' | 'transfers', sort: LedgerSort | null | undefined): OrderColumn[] =>
  orderOf(
    {
      DATE: { column: `${table}.date`, value: (r: ContributionRow | TransferRow) => r.date },
      UPDATED_AT: { column: `${table}.updated_at`, value: (r: ContributionRow | TransferRow) => r.updated_at },
    },
    `${table}.id`,
    sort,
    { field: 'DATE', direction: 'DESC' },
  );

export class Ledger {
  constructor(
    private readonly db: Database,
    private readonly options: StoreOptions = {},
  ) {}

  private get knex(): Knex {
    return this.db.knex;
  }

  /** Deposited, pledged and transferred totals in one statement. */
  async fundTotals(conn: Knex = this.knex): Promise<FundTotalsModel> {
    const sum = (from: string) => `(select cast(coalesce(sum(amount_cents), 0) as text) from ${from})`;
    const result = await conn.raw(
      `select ${sum("contributions where kind = 'DEPOSITED'")} as deposited, ${sum("contributions where kind = 'PLEDGED'")} as pledged, ${sum('transfers')} as transferred`,
    );
    const [row] = rawRows<{ deposited: CentsValue; pledged: CentsValue; transferred: CentsValue }>(result);
    return { depositedCents: centsFrom(row.deposited), pledgedCents: centsFrom(row.pledged), transferredCents: centsFrom(row.transferred) };
  }

  // ---- contributions -------------------------------------------------------------------------------------------------

  async findContributionsByIds(ids: readonly string[]): Promise<Map<string, ContributionModel>> {
    const rows: ContributionRow[] = await this.knex('contributions').whereIn('id', [...ids]);
    return new Map(rows.map((r) => [r.id, toContribution(r)]));
  }

  listContributions(filter: ContributionFilter, sort: LedgerSort | null | undefined, page: PageArgs): Promise<Connection<ContributionModel>> {
    const q = this.knex('contributions').select('contributions.*');
    if (filter.kind) q.where('kind', filter.kind);
    if (filter.year) q.whereRaw(`${yearOf(this.db, 'contributions.date')} = ?`, [filter.year]);
    if (filter.updatedSince) q.where('updated_at', '>', filter.updatedSince);
    return paginate(q, ledgerOrder('contributions', sort), page, toContribution);
  }

  async recordContribution(d: ContributionDraft, outer?: Knex.Transaction): Promise<string> {
    return inTransaction(this.db, async (trx) => {
      const id = `ct-${randomUUID()}`;
      const at = now();
      await trx('contributions').insert({
        id, fund_code: FUND_CODE, donor: d.donor.trim(), donor_country_iso3: d.donorCountryIso3, kind: d.kind, date: d.date,
        amount_cents: d.amountCents.toString(), ...provenanceColumns(d.provenance), sample: d.sample ?? false, created_at: at, updated_at: at,
      });
      // The fund's totals move, but no programme's money does: one event.
      await recordFeed(trx, this.options, async () => [{ type: 'Contribution', id, kind: 'CREATED', version: 1, before: null, after: [...LEDGER_AUDIENCES], at }]);
      return id;
    }, outer);
  }

  // ---- transfers -----------------------------------------------------------------------------------------------------

  async findTransfersByIds(ids: readonly string[]): Promise<Map<string, TransferModel>> {
    const rows: TransferRow[] = await this.knex('transfers').whereIn('id', [...ids]);
    return new Map(rows.map((r) => [r.id, toTransfer(r)]));
  }

  private transferQuery(filter: TransferFilter): Knex.QueryBuilder {
    const q = this.knex('transfers').select('transfers.*');
    if (filter.organization) q.where('transfers.organization_id', filter.organization);
    if (filter.fundProject) q.where('transfers.project_id', filter.fundProject);
    if (filter.year) q.whereRaw(`${yearOf(this.db, 'transfers.date')} = ?`, [filter.year]);
    if (filter.updatedSince) q.where('transfers.updated_at', '>', filter.updatedSince);
    return q;
  }

  listTransfers(filter: TransferFilter, sort: LedgerSort | null | undefined, page: PageArgs): Promise<Connection<TransferModel>> {
    return paginate(this.transferQuery(filter), ledgerOrder('transfers', sort), page, toTransfer);
  }

  /** A page of transfers under each of many programmes: two statements whatever the number of programmes. */
  transfersByProjectIds(ids: readonly string[], filter: TransferFilter, sort: LedgerSort | null | undefined, page: PageArgs) {
    const base = this.transferQuery(filter).select({ parent_key: 'transfers.project_id' });
    return paginateByParent(this.knex, base, 'transfers.project_id', ids, ledgerOrder('transfers', sort), page, toTransfer);
  }

  /**
   * Records transfers (one, or a batch) after checking every rule (rules/transfers.ts) against locked rows: the fund
   * row (so no two transfers spend the same balance) and each programme's row (so no transfer lands on a programme
   * being closed). All or nothing. Returns the new ids in order. `path` names the input in errors (e.g. `input`).
   */
  async recordTransfers(drafts: readonly TransferDraft[], actor: Actor, path = 'input', outer?: Knex.Transaction): Promise<string[]> {
    return inTransaction(this.db, async (trx) => {
      await locked(this.db, trx('funds').where('code', FUND_CODE)).first();
      const projectIds = [...new Set(drafts.map((d) => d.projectId))].sort();
      const projectRows: FundProjectRow[] = await locked(this.db, trx('fund_projects').whereIn('id', projectIds).orderBy('id'));
      const participants = await participantsOf(trx, projectIds);
      const programmes = new Map(projectRows.map((r) => {
        const p = toFundProject(r);
        return [p.id, { id: p.id, code: p.code, status: p.status, participants: participants.get(p.id) ?? [] }];
      }));
      const totals = await this.fundTotals(trx);
      const next = checkTransfers(drafts, programmes, totals.depositedCents - totals.transferredCents, path);
      const at = now();
      const rows = drafts.map((d) => ({
        id: `tr-${randomUUID()}`,
        project_id: d.projectId,
        organization_id: d.organizationId,
        date: d.date,
        amount_cents: d.amountCents.toString(),
        ...provenanceColumns(d.provenance ?? apiProvenance('recorded', actor.role)),
        sample: d.sample ?? false,
        created_at: at,
        updated_at: at,
      }));
      await trx.batchInsert('transfers', rows, 500);
      // Every touched programme's money changed, so its updated_at moves (delta sync); its version moves only with its
      // status (the first transfer: APPROVED -> ACTIVE).
      const activated = projectIds.filter((id) => next.get(id) !== programmes.get(id)!.status);
      if (activated.length) {
        await trx('fund_projects').whereIn('id', activated).update({ status: 'ACTIVE', version: trx.raw('version + 1'), updated_at: at });
        await trx('fund_project_events').insert(activated.map((id) => ({ project_id: id, from_status: programmes.get(id)!.status, to_status: next.get(id), at, by_role: actor.role, by_subject: actor.subject, note: 'First transfer recorded' })));
      }
      const others = projectIds.filter((id) => !activated.includes(id));
      if (others.length) await trx('fund_projects').whereIn('id', others).update({ updated_at: at });
      // Each transfer, then each programme whose money it changed.
      await recordFeed(trx, this.options, async () => [
        ...rows.map((r) => ({ type: 'Transfer', id: r.id, kind: 'CREATED' as const, version: 1, before: null, after: [...LEDGER_AUDIENCES], at })),
        ...(await programmeChanges(trx, 'UPDATED', new Map(projectIds.map((id) => {
          const p = programmes.get(id)!;
          return [id, audiencesOf(p, p.participants.map((x) => x.organizationId))];
        })))),
      ]);
      return rows.map((r) => r.id);
    }, outer);
  }
}
