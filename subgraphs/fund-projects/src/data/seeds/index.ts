// Seeds an empty fund-projects database in one transaction, then adds any real programme it lacks (so one seeded earlier
// gets programmes established since). Programmes and transfers go through the store's own write
// paths, so seed data obeys the same rules as the API (shares add up, transfers within shares and balance). The
// reference data it copies (the fund, thematic areas, organizations) lives in ../reference/, read at runtime too.
import type { Knex } from 'knex';
import type { Database } from '@unmn/shared/db';
import { now } from '@unmn/shared/db';
import { provenanceColumns } from '@unmn/shared/rows';
import { parseAmount } from '../../money.js';
import { Ledger } from '../ledger.js';
import type { ProjectMeta } from '../writes.js';
import { ProjectWrites } from '../writes.js';
import { FUND, FUND_CODE, PARTICIPATING_ORGANIZATIONS, THEMATIC_AREAS } from '../reference/fund.js';
import { REAL_PROGRAMMES } from '../reference/real-programmes.js';
import type { SeedProject } from './projects.js';
import { SEED_CONTRIBUTIONS, SEED_PROJECTS } from './projects.js';

const SEED_ACTOR = { role: 'seed', subject: null };

export async function seed(db: Database): Promise<void> {
  await seedFund(db);
  await seedRealProgrammes(db);
}

/** The fund, its reference data and the seed programmes, once, on an empty database (what earlier releases seeded). */
export async function seedFund(db: Database): Promise<void> {
  const existing = await db.knex('funds').count({ n: '*' }).first();
  if (Number(existing?.n) > 0) return;
  const writes = new ProjectWrites(db);
  const ledger = new Ledger(db);
  const at = now();
  await db.knex.transaction(async (trx) => {
    await trx('funds').insert({ code: FUND_CODE, name: FUND.name, created_at: at, updated_at: at });
    await trx('thematic_areas').insert(THEMATIC_AREAS.map((ta) => ({ id: ta.id, number: ta.number, title: ta.title, ...provenanceColumns(ta.provenance), created_at: at, updated_at: at })));
    await trx('thematic_area_objectives').insert(THEMATIC_AREAS.flatMap((ta) => ta.mapping.map((m) => ({ objective_number: m.objectiveNumber, thematic_area_id: ta.id, ...provenanceColumns(m) }))));
    await trx.batchInsert('participating_organizations', PARTICIPATING_ORGANIZATIONS.map((o) => ({ ...o, created_at: at, updated_at: at })), 100);
    for (const c of SEED_CONTRIBUTIONS) {
      await ledger.recordContribution(
        {
          donor: c.donor, donorCountryIso3: c.country, kind: c.kind, date: c.date, amountCents: parseAmount(c.amount, 'seed.amount'),
          provenance: { source: 'https://migrationnetwork.un.org/ru/node/29 (pledges announced at the launch)', confidence: 'U', note: c.note }, sample: true,
        },
        trx,
      );
    }
    for (const p of SEED_PROJECTS) await writeSeedProject(p, writes, ledger, trx);
  });
}

/**
 * Real programmes established after the first six (../reference/real-programmes.ts), seeded on their own check so a
 * database seeded earlier gets them on its next start: only those whose id is not there yet, in one transaction.
 */
async function seedRealProgrammes(db: Database): Promise<void> {
  const present = new Set((await db.knex('fund_projects').whereIn('id', REAL_PROGRAMMES.map((p) => p.id)).select('id')).map((r: { id: string }) => r.id));
  const missing = REAL_PROGRAMMES.filter((p) => !present.has(p.id));
  if (!missing.length) return;
  const writes = new ProjectWrites(db);
  const ledger = new Ledger(db);
  await db.knex.transaction(async (trx) => {
    for (const p of missing) await writeSeedProject(p, writes, ledger, trx);
  });
}

/** Writes one seed programme through the store's own paths: its history, the programme, its transfers, its closing. */
async function writeSeedProject(p: SeedProject, writes: ProjectWrites, ledger: Ledger, trx: Knex.Transaction): Promise<void> {
  const participants = p.participants.map(([organizationId, dollars]) => ({ organizationId, shareCents: BigInt(dollars) * 100n }));
  const history: NonNullable<ProjectMeta['history']> = [{ from: null, to: 'CONCEPT_NOTE', at: `${p.submittedOn}T00:00:00.000Z` }];
  if (p.status === 'PIPELINE') history.push({ from: 'CONCEPT_NOTE', to: 'PIPELINE', at: `${p.submittedOn}T00:00:00.000Z` });
  if (p.decidedOn) history.push({ from: 'CONCEPT_NOTE', to: p.status === 'NOT_SELECTED' ? 'NOT_SELECTED' : 'APPROVED', at: `${p.decidedOn}T00:00:00.000Z` });
  const firstTransfer = p.transfers?.[0]?.[2];
  if (firstTransfer) history.push({ from: 'APPROVED', to: 'ACTIVE', at: `${firstTransfer}T00:00:00.000Z` });
  if (p.closedOn) history.push({ from: 'ACTIVE', to: 'CLOSED', at: `${p.closedOn}T00:00:00.000Z` });
  else if (p.closure) history.push({ from: 'ACTIVE', to: 'CLOSED', at: `${p.closure.at}T00:00:00.000Z`, note: p.closure.note });
  // Created in the last status that still takes transfers; closed programmes are closed after their transfers.
  const status = p.status === 'CLOSED' ? 'ACTIVE' : p.status;
  await writes.createProject(
    {
      title: p.title, summary: p.summary, scope: p.scope, countries: p.countries, thematicAreaId: p.thematicAreaId, objectives: p.objectives,
      participants, leadOrganizationId: p.lead, nationalPartners: p.nationalPartners ?? [],
      budgetCents: participants.reduce((s, x) => s + x.shareCents, 0n),
      durationMonths: p.durationMonths ?? null, startDate: p.startDate ?? null, endDate: p.endDate ?? null,
      genderMarker: p.genderMarker ?? null, humanRightsMarker: p.humanRightsMarker ?? null, supportRequestId: null,
    },
    {
      id: p.id, code: p.code, status, submittedOn: p.submittedOn, decidedOn: p.decidedOn ?? null, closedOn: p.closedOn ?? null, sample: p.sample,
      provenance: p.provenance, budgetProvenance: p.budgetProvenance, objectivesProvenance: p.objectivesProvenance,
      participantsProvenance: p.participantsProvenance, history,
    },
    SEED_ACTOR,
    trx,
  );
  if (p.transfers?.length) {
    await ledger.recordTransfers(
      p.transfers.map(([organizationId, amount, date]) => ({
        projectId: p.id, organizationId, amountCents: parseAmount(amount, 'seed.amount'), date, sample: true,
        provenance: p.sample
          ? { source: 'sample data for demonstration', confidence: 'U', note: 'Illustrative sample transfer.' }
          : {
              source: p.transferProvenance?.source ?? SEED_PROJECTS[0].budgetProvenance.source,
              confidence: 'U',
              note: p.transferProvenance?.note ?? 'Illustrative first tranche (half of the estimated share); actual transfers are on the MPTF Office Gateway (MIG00).',
            },
      })),
      SEED_ACTOR,
      'seed',
      trx,
    );
  }
  if (p.status === 'CLOSED') await trx('fund_projects').where('id', p.id).update({ status: 'CLOSED' });
}
