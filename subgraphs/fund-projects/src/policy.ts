// Who may see and do what in the fund (graph.md's role table applied to this subgraph), in one place. Visibility is
// stated once as data (`visibilityOf`) and rendered twice: as the SQL predicate every list, count, total, facet and
// per-parent connection starts from (`whereVisible`), and as the check on one record already in hand (`maySee`);
// policy.test.ts holds them to the same answer for every viewer and record state; a third rendering, `audiencesOf`, says
// who can see a record as the change feed's audience tokens, and is held to the same answer. Write permissions that need no data
// run before the input is parsed; those that need the locked row run inside the write's transaction.
import type { Knex } from 'knex';
import { requireRole, requireThat } from '@unmn/shared/authz';
import { audience, type Audience } from '@unmn/shared/changes';
import { BadUserInputError, ForbiddenError } from '@unmn/shared/errors';
import { organizationId } from '@unmn/shared/validate';
import type { Role, Viewer } from '@unmn/shared/viewer';
import type { FundProjectStatus } from './data/models.js';

/**
 * The Pipeline of Joint Programmes is a public booklet (domain-facts.md §3.4), so programmes are public from PIPELINE
 * on; a concept note (just submitted, with its budget shares) and a NOT_SELECTED programme are visible only to those
 * with a stake: the participating organizations' members and the roles below.
 */
export const PUBLIC_STATUSES: readonly FundProjectStatus[] = ['PIPELINE', 'APPROVED', 'ACTIVE', 'CLOSED'];
/** Roles that see every programme whatever its status: the fund's bodies and the Network secretariat. */
export const SEES_EVERY_PROGRAMME: readonly Role[] = ['fund-manager', 'steering-committee', 'secretariat'];

/** What a viewer may see of programmes. No viewer: seeding and the write paths' own reads, which see everything. */
export type Visibility = { every: true } | { every: false; statuses: readonly FundProjectStatus[]; participant: string | null };

export function visibilityOf(viewer: Viewer | null): Visibility {
  if (!viewer || SEES_EVERY_PROGRAMME.includes(viewer.role)) return { every: true };
  return { every: false, statuses: PUBLIC_STATUSES, participant: viewer.role === 'member' ? viewer.organizationId : null };
}

/** Restricts a query over `fund_projects` to the programmes `viewer` may see. */
export function whereVisible(q: Knex.QueryBuilder, knex: Knex, viewer: Viewer | null): Knex.QueryBuilder {
  const v = visibilityOf(viewer);
  if (v.every) return q;
  return q.where((w) => {
    w.whereIn('fund_projects.status', [...v.statuses]);
    if (v.participant) w.orWhereIn('fund_projects.id', knex('fund_project_participants').select('project_id').where('organization_id', v.participant));
  });
}

/** Whether `viewer` may see one programme in hand, given its participating organizations' ids. */
export function maySee(viewer: Viewer | null, project: { status: FundProjectStatus }, participantIds: readonly string[]): boolean {
  const v = visibilityOf(viewer);
  return v.every || v.statuses.includes(project.status) || (v.participant !== null && participantIds.includes(v.participant));
}

/**
 * Who can see a programme in this state, as the change feed's audience tokens (shared/changes.ts), read off the same
 * facts as `visibilityOf`: everyone from PIPELINE on; otherwise the roles that see every programme and the members of
 * its participating organizations (only members carry an organization).
 */
export function audiencesOf(project: { status: FundProjectStatus }, participantIds: readonly string[]): Audience[] {
  if (PUBLIC_STATUSES.includes(project.status)) return [audience.public];
  return [...SEES_EVERY_PROGRAMME.map(audience.role), ...participantIds.map(audience.org)];
}

/**
 * Who can see a contribution or a transfer: everyone. The fund's ledger is public (the MPTF Office publishes it), its
 * reads have no predicate, and a transfer only reaches a programme from APPROVED on, which is public.
 */
export const LEDGER_AUDIENCES: readonly Audience[] = [audience.public];

// ---- writes ------------------------------------------------------------------------------------------------------------

/** A concept note: a member (with its own organization among the participants) or the fund management unit. */
export function maySubmit(viewer: Viewer, participantIds: readonly string[]): void {
  requireRole(viewer, ['member', 'fund-manager'], 'submit a concept note');
  if (viewer.role === 'member') {
    requireThat(
      // Compared as the rules normalize ids (rules/project.ts), so "IOM" counts as iom.
      participantIds.some((id) => id.trim().toLowerCase() === viewer.organizationId),
      viewer,
      `A member may submit a concept note only with its own organization (${viewer.organizationId}) among the participants`,
    );
  }
}

/** Role checks of the writes that need no data, by mutation. */
const WRITERS = {
  moveToPipeline: { roles: ['fund-manager', 'steering-committee'], action: 'move a concept note to the pipeline' },
  update: { roles: ['fund-manager'], action: 'update a joint programme' },
  decide: { roles: ['steering-committee'], action: 'approve or decline a joint programme' },
  recordContribution: { roles: ['fund-manager'], action: 'record a contribution' },
  recordTransfer: { roles: ['fund-manager'], action: 'record a transfer' },
  close: { roles: ['fund-manager'], action: 'close a joint programme' },
  reportProgress: { roles: ['member', 'secretariat'], action: 'report progress on a joint programme' },
} as const satisfies Record<string, { roles: readonly Role[]; action: string }>;

export function mayWrite(viewer: Viewer, write: keyof typeof WRITERS): void {
  requireRole(viewer, WRITERS[write].roles, WRITERS[write].action);
}

/**
 * The organization a progress report is for: a member reports for its own (naming another is FORBIDDEN); the
 * secretariat reports on a participant's behalf and must name it.
 */
export function reportingOrganization(viewer: Viewer, requested: string | null | undefined): string {
  mayWrite(viewer, 'reportProgress');
  if (viewer.role === 'member') {
    const own = viewer.organizationId ?? '';
    if (requested != null && organizationId(requested, 'input.organizationId') !== own) {
      throw new ForbiddenError(`A member reports only for its own organization (${own}), not for ${JSON.stringify(requested)}`);
    }
    return own;
  }
  if (requested == null) throw new BadUserInputError('input.organizationId', "is required when the secretariat reports on a participant's behalf");
  return organizationId(requested, 'input.organizationId');
}

/** Checked on the locked programme: a member reports only on programmes its organization participates in. */
export function mayReportOn(viewer: Viewer, project: { code: string }, participantIds: readonly string[]): void {
  if (viewer.role === 'member' && !participantIds.includes(viewer.organizationId ?? '')) {
    throw new ForbiddenError(`A member reports only on programmes its organization (${viewer.organizationId}) participates in; ${project.code}'s participants: ${participantIds.join(', ')}`);
  }
}
