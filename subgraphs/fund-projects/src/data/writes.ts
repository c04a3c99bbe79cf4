// Writes of programmes and their progress reports. Each runs in one transaction: lock the programme's row, ask the
// lifecycle (lifecycle.ts) whether the action is allowed from its status, check the version it was read at
// (@unmn/shared/versioning), check the rules (rules/project.ts) and write, with the status history in the same
// transaction, and last its change-feed events (shared/changes.ts), so an event is committed exactly when its write is.
// Money (contributions, transfers) is written by ledger.ts.
import { randomBytes, randomUUID } from 'node:crypto';
import type { Knex } from 'knex';
import { recordChanges, type Audience, type ChangeInput, type RecordedKind } from '@unmn/shared/changes';
import { now, type Database } from '@unmn/shared/db';
import { hubRegionOf } from '@unmn/shared/countries';
import { BadUserInputError, NotFoundError } from '@unmn/shared/errors';
import { parseBool, provenanceColumns } from '@unmn/shared/rows';
import { assertVersion, updateVersioned } from '@unmn/shared/versioning';
import { transition, type Action } from '../lifecycle.js';
import { audiencesOf } from '../policy.js';
import { centsFrom } from '../money.js';
import { checkProject, type ProjectDraft, type RuleContext } from '../rules/project.js';
import { toFundProject, type Actor, type FundProjectModel, type FundProjectStatus, type ProvenanceInput } from './models.js';
import { participantsOf } from './reads.js';
import type { FundProjectRow, ParticipantRow } from './rows.js';
import { inTransaction, locked } from './sql.js';

/** Settings a seed may give a new programme; the API always submits a CONCEPT_NOTE today. */
export interface ProjectMeta {
  id?: string;
  code?: string;
  status?: FundProjectStatus;
  submittedOn: string;
  decidedOn?: string | null;
  closedOn?: string | null;
  sample?: boolean;
  provenance: ProvenanceInput;
  budgetProvenance: ProvenanceInput;
  objectivesProvenance: ProvenanceInput;
  /** Where the participants and the lead come from, when it differs from `provenance`. */
  participantsProvenance?: ProvenanceInput;
  /** Status history to record; defaults to the submission alone. */
  history?: { from: FundProjectStatus | null; to: FundProjectStatus; at: string; note?: string | null }[];
}

export interface ProgressReportDraft {
  projectId: string;
  organizationId: string;
  periodStart: string;
  periodEnd: string;
  narrative: string;
}

/** The status changes a mutation asks for by name (the lifecycle's other actions are writes of their own). */
export type StatusAction = Extract<Action, 'moveToPipeline' | 'approve' | 'notSelect' | 'close'>;

/** A check that needs the locked programme and its participants' ids (policy.ts), run before any rule. */
export type Authorize = (project: FundProjectModel, participantIds: readonly string[]) => void;

export interface StoreOptions {
  /**
   * Record each write's events in the change feed. On for the API (index.ts); off for seeds and scripts that write
   * through the stores directly: seeded data is not in the feed, which starts with the first write after deployment.
   */
  feed?: boolean;
}

/** Records a write's events as its transaction's last statements, when the store keeps the feed. */
export async function recordFeed(trx: Knex.Transaction, options: StoreOptions, changes: () => Promise<ChangeInput[]>): Promise<void> {
  if (options.feed) await recordChanges(trx, await changes());
}

/**
 * The FundProject events of a write, read back from the programmes' rows in its transaction, so version, time and
 * audiences are the record's as committed. `before` holds each programme's audiences before the write (null: it did
 * not exist). Two statements for any number of programmes.
 */
export async function programmeChanges(trx: Knex.Transaction, kind: RecordedKind, before: ReadonlyMap<string, Audience[] | null>): Promise<ChangeInput[]> {
  const ids = [...before.keys()];
  const rows: Pick<FundProjectRow, 'id' | 'status' | 'version' | 'updated_at'>[] = await trx('fund_projects').whereIn('id', ids).orderBy('id').select('id', 'status', 'version', 'updated_at');
  const participants: ParticipantRow[] = await trx('fund_project_participants').whereIn('project_id', ids).select('project_id', 'organization_id');
  return rows.map((r) => ({
    type: 'FundProject',
    id: r.id,
    kind,
    version: Number(r.version),
    before: before.get(r.id) ?? null,
    after: audiencesOf(r, participants.filter((x) => x.project_id === r.id).map((x) => x.organization_id)),
    at: new Date(r.updated_at).toISOString(),
  }));
}

const projectColumns = (d: ProjectDraft) => ({
  title: d.title,
  summary: d.summary,
  scope: d.scope,
  thematic_area_id: d.thematicAreaId,
  budget_cents: d.budgetCents.toString(),
  duration_months: d.durationMonths,
  start_date: d.startDate,
  end_date: d.endDate,
  gender_marker: d.genderMarker,
  human_rights_marker: d.humanRightsMarker,
  support_request_id: d.supportRequestId,
});

export class ProjectWrites {
  constructor(
    private readonly db: Database,
    private readonly options: StoreOptions = {},
  ) {}

  private async lockProject(trx: Knex.Transaction, id: string): Promise<FundProjectModel> {
    const row: FundProjectRow | undefined = await locked(this.db, trx('fund_projects').where('id', id)).first();
    if (!row) throw new NotFoundError('FundProject', id);
    return toFundProject(row);
  }

  /** What the rules check a changed programme against: what each participant has received so far. */
  private async ruleContext(trx: Knex.Transaction, projectId: string): Promise<RuleContext> {
    const participants = (await participantsOf(trx, [projectId])).get(projectId) ?? [];
    return { transferredByOrganization: new Map(participants.map((p) => [p.organizationId, p.transferredCents])) };
  }

  /** Replaces countries, objectives and partners; updates participants in place (transfers reference them). */
  private async writeChildren(trx: Knex.Transaction, id: string, d: ProjectDraft, existingParticipants: string[]): Promise<void> {
    await trx('fund_project_countries').where('project_id', id).delete();
    await trx('fund_project_objectives').where('project_id', id).delete();
    await trx('fund_project_partners').where('project_id', id).delete();
    if (d.countries.length) {
      await trx('fund_project_countries').insert(d.countries.map((iso3, i) => ({ project_id: id, country_iso3: iso3, hub_region: hubRegionOf(iso3)!, position: i })));
    }
    await trx('fund_project_objectives').insert(d.objectives.map((n, i) => ({ project_id: id, objective_number: n, position: i })));
    if (d.nationalPartners.length) {
      await trx('fund_project_partners').insert(d.nationalPartners.map((name, i) => ({ project_id: id, position: i, name })));
    }
    const keep = new Set(d.participants.map((p) => p.organizationId));
    const gone = existingParticipants.filter((org) => !keep.has(org));
    if (gone.length) await trx('fund_project_participants').where('project_id', id).whereIn('organization_id', gone).delete();
    // Clear the lead flag first so moving the lead never trips the one-lead index midway.
    if (existingParticipants.length) await trx('fund_project_participants').where('project_id', id).update({ is_lead: false });
    const existing = new Set(existingParticipants);
    const fresh = [];
    for (const [i, p] of d.participants.entries()) {
      const row = { is_lead: p.organizationId === d.leadOrganizationId, share_cents: p.shareCents.toString(), position: i };
      if (existing.has(p.organizationId)) await trx('fund_project_participants').where({ project_id: id, organization_id: p.organizationId }).update(row);
      else fresh.push({ project_id: id, organization_id: p.organizationId, ...row });
    }
    if (fresh.length) await trx('fund_project_participants').insert(fresh);
  }

  /** Checks the rules and writes a new programme with its children and history, in one transaction. Returns its id. */
  async createProject(input: ProjectDraft, meta: ProjectMeta, actor: Actor, outer?: Knex.Transaction): Promise<string> {
    const draft = checkProject(input);
    return inTransaction(this.db, async (trx) => {
      const id = meta.id ?? `fp-${randomUUID()}`;
      const at = now();
      await trx('fund_projects').insert({
        id,
        code: meta.code ?? `JP-${meta.submittedOn.slice(0, 4)}-${randomBytes(3).toString('hex').toUpperCase()}`,
        ...projectColumns(draft),
        status: meta.status ?? 'CONCEPT_NOTE',
        submitted_on: meta.submittedOn,
        decided_on: meta.decidedOn ?? null,
        closed_on: meta.closedOn ?? null,
        ...provenanceColumns(meta.provenance),
        ...provenanceColumns(meta.budgetProvenance, 'budget_'),
        ...provenanceColumns(meta.objectivesProvenance, 'objectives_'),
        ...(meta.participantsProvenance ? provenanceColumns(meta.participantsProvenance, 'participants_') : {}),
        sample: meta.sample ?? false,
        version: 1,
        created_at: at,
        updated_at: at,
      });
      await this.writeChildren(trx, id, draft, []);
      const history = meta.history ?? [{ from: null, to: 'CONCEPT_NOTE' as const, at, note: null }];
      await trx('fund_project_events').insert(history.map((h) => ({ project_id: id, from_status: h.from, to_status: h.to, at: h.at, by_role: actor.role, by_subject: actor.subject, note: h.note ?? null })));
      await recordFeed(trx, this.options, () => programmeChanges(trx, 'CREATED', new Map([[id, null]])));
      return id;
    }, outer);
  }

  /** Current children of a programme, as a draft to merge an update into. */
  private async draftOf(trx: Knex.Transaction, p: FundProjectModel): Promise<ProjectDraft> {
    // Sequential: a transaction is one connection.
    const participants: ParticipantRow[] = await trx('fund_project_participants').where('project_id', p.id).orderBy('position');
    const countries: string[] = await trx('fund_project_countries').where('project_id', p.id).orderBy('position').pluck('country_iso3');
    const objectives: (number | string)[] = await trx('fund_project_objectives').where('project_id', p.id).orderBy('position').pluck('objective_number');
    const partners: string[] = await trx('fund_project_partners').where('project_id', p.id).orderBy('position').pluck('name');
    return {
      title: p.title, summary: p.summary, scope: p.scope, countries, thematicAreaId: p.thematicAreaId, objectives: objectives.map(Number),
      participants: participants.map((r) => ({ organizationId: r.organization_id, shareCents: centsFrom(r.share_cents) })),
      leadOrganizationId: participants.find((r) => parseBool(r.is_lead))?.organization_id ?? '',
      nationalPartners: partners, budgetCents: p.budgetCents, durationMonths: p.durationMonths, startDate: p.startDate, endDate: p.endDate,
      genderMarker: p.genderMarker, humanRightsMarker: p.humanRightsMarker, supportRequestId: p.supportRequestId,
    };
  }

  /**
   * Applies a change: locks the programme, merges the change into its current state, checks every rule (including
   * shares no smaller than what was already transferred) and writes, all in one transaction.
   */
  async updateProject(
    id: string,
    expectedVersion: number,
    change: (current: ProjectDraft) => ProjectDraft,
    /** New provenance of the participants, when the change sets them or the lead. */
    participantsProvenance?: ProvenanceInput,
  ): Promise<void> {
    await this.db.knex.transaction(async (trx) => {
      const current = await this.lockProject(trx, id);
      transition(current.code, current.status, 'update');
      assertVersion('FundProject', current.id, current.version, expectedVersion);
      const before = await this.draftOf(trx, current);
      const draft = checkProject(change(before), await this.ruleContext(trx, id));
      await updateVersioned(trx, 'fund_projects', 'FundProject', id, expectedVersion, {
        ...projectColumns(draft),
        ...(participantsProvenance ? provenanceColumns(participantsProvenance, 'participants_') : {}),
      });
      const participantsBefore = before.participants.map((p) => p.organizationId);
      await this.writeChildren(trx, id, draft, participantsBefore);
      // A participant dropped from a concept note loses sight of it: its members are told LEFT_VIEW.
      await recordFeed(trx, this.options, () => programmeChanges(trx, 'UPDATED', new Map([[id, audiencesOf(current, participantsBefore)]])));
    });
  }

  /** A status change through the lifecycle, recorded in the history. `columns` are set with it (decided_on, closed_on). */
  async changeStatus(id: string, expectedVersion: number, action: StatusAction, actor: Actor, note: string | null, columns: Record<string, string> = {}): Promise<void> {
    await this.db.knex.transaction(async (trx) => {
      const current = await this.lockProject(trx, id);
      const to = transition(current.code, current.status, action);
      assertVersion('FundProject', current.id, current.version, expectedVersion);
      await updateVersioned(trx, 'fund_projects', 'FundProject', id, expectedVersion, { status: to, ...columns });
      await trx('fund_project_events').insert({ project_id: id, from_status: current.status, to_status: to, at: now(), by_role: actor.role, by_subject: actor.subject, note });
      await recordFeed(trx, this.options, async () => {
        const participantIds: string[] = await trx('fund_project_participants').where('project_id', id).pluck('organization_id');
        return programmeChanges(trx, 'UPDATED', new Map([[id, audiencesOf(current, participantIds)]]));
      });
    });
  }

  /**
   * Records a participant's progress report, checked against the programme's locked row: `authorize` first (a member
   * reports only on its organization's programmes), then the organization must participate and the lifecycle allow
   * `reportProgress`. The programme's updated_at moves (delta sync sees the new report); its version does not.
   */
  async recordProgressReport(d: ProgressReportDraft, actor: Actor, authorize: Authorize = () => {}): Promise<string> {
    return this.db.knex.transaction(async (trx) => {
      const p = await this.lockProject(trx, d.projectId);
      const participantIds = ((await participantsOf(trx, [p.id])).get(p.id) ?? []).map((x) => x.organizationId);
      authorize(p, participantIds);
      if (!participantIds.includes(d.organizationId)) {
        throw new BadUserInputError('input.organizationId', `"${d.organizationId}" does not participate in ${p.code} (participants: ${participantIds.join(', ')})`);
      }
      transition(p.code, p.status, 'reportProgress');
      const at = now();
      const id = `pr-${randomUUID()}`;
      await trx('fund_project_reports').insert({
        id,
        project_id: p.id,
        organization_id: d.organizationId,
        period_start: d.periodStart,
        period_end: d.periodEnd,
        narrative: d.narrative,
        by_role: actor.role,
        by_subject: actor.subject,
        created_at: at,
        updated_at: at,
      });
      await trx('fund_projects').where('id', p.id).update({ updated_at: at });
      // The report is as visible as its programme; the programme is UPDATED too, as its updatedAt moved (delta sync).
      await recordFeed(trx, this.options, async () => {
        const audiences = audiencesOf(p, participantIds);
        return [
          { type: 'ProgressReport', id, kind: 'CREATED', version: 1, before: null, after: audiences, at },
          ...(await programmeChanges(trx, 'UPDATED', new Map([[p.id, audiences]]))),
        ];
      });
      return id;
    });
  }
}
