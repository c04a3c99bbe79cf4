// Who may see and do what with knowledge resources, in one place: every read path (lists, per-parent lists, searches,
// facets, counts, entity lookups), every write and the reviewComment field ask this module, either for the SQL
// predicate (lists and counts) or for the check on one record (writes and fields). Both are derived from `ownerOf`,
// so they cannot drift apart; policy.test.ts runs the predicate on a real database against the check for every
// viewer and record state.
//
// - Everyone sees PUBLISHED resources.
// - A member sees its own organization's unpublished submissions, a country role its own country's; the secretariat
//   sees everything. Fund managers, the steering committee and anonymous callers see only published ones.
// - The submitter (same organization / same country) edits until PUBLISHED or REJECTED; the secretariat edits any
//   time and alone decides reviews. The reviewer's comment is between the submitter and the secretariat.
import type { Knex } from 'knex';
import { requireRole, requireThat } from '@unmn/shared/authz';
import { audience, type Audience } from '@unmn/shared/changes';
import type { Viewer } from '@unmn/shared/viewer';
import type { KnowledgeResourceModel, ReviewStatus } from './data/models.js';

/** The fields of a resource the policy reads. */
export type PolicyRecord = Pick<KnowledgeResourceModel, 'reviewStatus' | 'ownerOrg' | 'ownerCountry'>;

interface Ownership {
  /** The `resources` column naming the submitting organization or country. */
  column: 'owner_org' | 'owner_country';
  field: 'ownerOrg' | 'ownerCountry';
  value: string;
}

/** The resources a viewer submits for: its organization's (member) or its country's (country role); null otherwise. */
function ownerOf(viewer: Viewer): Ownership | null {
  if (viewer.role === 'member' && viewer.organizationId) return { column: 'owner_org', field: 'ownerOrg', value: viewer.organizationId };
  if (viewer.role === 'country' && viewer.countryIso3) return { column: 'owner_country', field: 'ownerCountry', value: viewer.countryIso3 };
  return null;
}

const seesAll = (viewer: Viewer) => viewer.role === 'secretariat';

// ---- single records ----

/** Whether the viewer is the resource's submitter (same organization or country) or the secretariat. */
export function isSubmitter(viewer: Viewer, r: Pick<PolicyRecord, 'ownerOrg' | 'ownerCountry'>): boolean {
  if (seesAll(viewer)) return true;
  const owner = ownerOf(viewer);
  return owner !== null && r[owner.field] === owner.value;
}

/** Whether the viewer may see the resource at all. */
export const canSee = (viewer: Viewer, r: PolicyRecord): boolean => r.reviewStatus === 'PUBLISHED' || isSubmitter(viewer, r);

/**
 * Who may see the resource, as the change feed's audience tokens (@unmn/shared/changes): everyone once PUBLISHED;
 * before that the secretariat, the submitting organization's members and the submitting country's users. The same
 * facts as canSee and visibleWhere (ownerOf gives org tokens to members and country tokens to country roles only, as
 * viewers carry them); policy.test.ts holds the three together for every viewer and record.
 */
export function audiencesOf(r: PolicyRecord): Audience[] {
  if (r.reviewStatus === 'PUBLISHED') return [audience.public];
  const tokens = [audience.role('secretariat')];
  if (r.ownerOrg) tokens.push(audience.org(r.ownerOrg));
  if (r.ownerCountry) tokens.push(audience.country(r.ownerCountry));
  return tokens;
}

/** The review comment: only the submitter and the secretariat. */
export const canSeeReviewComment = isSubmitter;

/** Whether the viewer may see any unpublished resource (its own, or all for the secretariat). */
export const seesUnpublished = (viewer: Viewer): boolean => seesAll(viewer) || ownerOf(viewer) !== null;

// ---- SQL predicates (over `resources` columns) ----

type Where = (q: Knex.QueryBuilder) => void;

/** Restricts a query over `resources` to what the viewer may see (the predicate form of canSee). */
export const visibleWhere = (viewer: Viewer): Where => (q) => {
  if (seesAll(viewer)) return;
  const owner = ownerOf(viewer);
  q.where((w) => {
    w.where('resources.review_status', 'PUBLISHED');
    if (owner) w.orWhere(`resources.${owner.column}`, owner.value);
  });
};

/**
 * The unpublished resources the viewer may see, for reads that already keep to unpublished rows (the tag tables'
 * `published = false` part): all for the secretariat, the viewer's own otherwise, none for the rest. `needsRow` says
 * whether the predicate reads `resources` (so the caller joins it only then).
 */
export function unpublishedVisible(viewer: Viewer): { needsRow: boolean; where: Where } {
  if (seesAll(viewer)) return { needsRow: false, where: () => {} };
  const owner = ownerOf(viewer);
  return { needsRow: true, where: (q) => (owner ? q.where(`resources.${owner.column}`, owner.value) : q.whereRaw('1 = 0')) };
}

/**
 * ResourceFilter.mine: what the viewer submitted (its organization's or country's; for other signed-in roles the
 * resources submitted under their own subject); nothing for anonymous callers.
 */
export const mineWhere = (viewer: Viewer): Where => (q) => {
  const owner = ownerOf(viewer);
  if (owner) q.where(`resources.${owner.column}`, owner.value);
  else if (viewer.role !== 'anonymous' && viewer.subject) q.where('resources.owner_subject', viewer.subject);
  else q.whereRaw('1 = 0');
};

// ---- writes ----

const CONTRIBUTORS = ['member', 'country', 'secretariat'] as const;

/** Submitting and updating: members, country roles and the secretariat. Checked before the input is read. */
export function mayContribute(viewer: Viewer, action: 'submit knowledge resources' | 'update knowledge resources'): void {
  requireRole(viewer, CONTRIBUTORS, action);
}

/** Reviews: the secretariat only. */
export function mayReview(viewer: Viewer): void {
  requireRole(viewer, ['secretariat'], 'review knowledge resources');
}

/** Statuses after which only the secretariat may edit. */
const CLOSED_FOR_SUBMITTER: readonly ReviewStatus[] = ['PUBLISHED', 'REJECTED'];

/** Editing one resource: its submitter or the secretariat (on the row read inside the write's transaction). */
export function mayEdit(viewer: Viewer, id: string, current: Pick<PolicyRecord, 'ownerOrg' | 'ownerCountry'>): void {
  requireThat(isSubmitter(viewer, current), viewer, `Only its submitter or the secretariat may update resource ${id}`);
}

/** ...and, once it is PUBLISHED or REJECTED, the secretariat only (checked after the version). */
export function mayEditIn(viewer: Viewer, id: string, status: ReviewStatus): void {
  requireThat(seesAll(viewer) || !CLOSED_FOR_SUBMITTER.includes(status), viewer, `Resource ${id} is ${status}; only the secretariat may change it now`);
}
