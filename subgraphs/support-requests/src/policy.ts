// Who may see and do what with a support request: the one place (graph.md's role table applied to this subgraph).
//
// Seeing. The secretariat sees everything in full; the submitting country and every matched partner see their
// requests in full; everyone else (anonymous included) sees a public summary of requests past assessment with
// partners, restricted fields null, and nothing of the rest. `grantOf` states what gives a viewer full access; the
// SQL predicate for lists, counts and nested connections (`restrictToVisible`) and the check for one record
// (`accessTo`) are both read off it, so they cannot drift apart (test/policy.test.ts checks they agree on every
// viewer and status, on SQLite and PostgreSQL). The change feed's audiences of a request (`audiencesOf`) state the same
// rule as tokens, and the same test checks them against the predicate.
//
// Doing. Role checks that need no data run before the input is read (strangers learn nothing from it); ownership
// checks run inside the write's transaction on the row it read (`Authorize`), against the same grant.
import type { Knex } from 'knex';
import { requireRole, requireThat } from '@unmn/shared/authz';
import { audience, type Audience } from '@unmn/shared/changes';
import type { Viewer } from '@unmn/shared/viewer';
import type { Status, SupportRequestModel } from './data/models.js';
import type { Loaded } from './data/writes.js';

export type Access = 'FULL' | 'SUMMARY' | 'NONE';

/** Statuses past assessment with a partner match: the only ones the public sees. */
export const PUBLIC_STATUSES: readonly Status[] = ['PARTNERS_IDENTIFIED', 'IN_IMPLEMENTATION', 'COMPLETED'];

/** What gives a viewer full access: every request, or its own country's, or those its organization is matched to. */
export type Grant = { all: true } | { all: false; country: string | null; organization: string | null };

export function grantOf(viewer: Viewer): Grant {
  if (viewer.role === 'secretariat') return { all: true };
  return {
    all: false,
    country: viewer.role === 'country' ? viewer.countryIso3 ?? null : null,
    organization: viewer.role === 'member' ? viewer.organizationId ?? null : null,
  };
}

/** Whether `accessTo` needs the request's partners for this viewer (only a member's grant depends on them). */
export const accessNeedsPartners = (viewer: Viewer): boolean => {
  const grant = grantOf(viewer);
  return !grant.all && grant.organization !== null;
};

/** What `viewer` may see of one request, given the organization ids matched to it. */
export function accessTo(viewer: Viewer, request: Pick<SupportRequestModel, 'countryIso3' | 'status'>, partnerIds: readonly string[]): Access {
  const grant = grantOf(viewer);
  if (grant.all) return 'FULL';
  if (grant.country !== null && grant.country === request.countryIso3) return 'FULL';
  if (grant.organization !== null && partnerIds.includes(grant.organization)) return 'FULL';
  return PUBLIC_STATUSES.includes(request.status) ? 'SUMMARY' : 'NONE';
}

/** Restricts a query on `support_requests` to the rows `accessTo` does not answer NONE for. */
export function restrictToVisible(knex: Knex, q: Knex.QueryBuilder, viewer: Viewer): Knex.QueryBuilder {
  const grant = grantOf(viewer);
  if (grant.all) return q;
  return q.where((w) => {
    w.whereIn('support_requests.status', PUBLIC_STATUSES);
    if (grant.country !== null) w.orWhere('support_requests.country_iso3', grant.country);
    if (grant.organization !== null) {
      w.orWhereIn('support_requests.id', knex('support_request_partners').select('request_id').where('organization_id', grant.organization));
    }
  });
}

/**
 * Who may see one request at all, as the change feed's audience tokens (@unmn/shared/changes): the secretariat, the
 * requesting country, every matched organization, and everyone while it is in a public status. The same facts as
 * `restrictToVisible`; the feed tells a viewer of a change exactly when the predicate would list the request to it.
 */
export function audiencesOf(request: Pick<SupportRequestModel, 'countryIso3' | 'status'>, partnerIds: readonly string[]): Audience[] {
  const tokens = [audience.role('secretariat'), audience.country(request.countryIso3), ...partnerIds.map(audience.org)];
  if (PUBLIC_STATUSES.includes(request.status)) tokens.push(audience.public);
  return tokens;
}

// ------------------------------------------------------------------------------------------------------------ doing

/** An ownership check run on the request (and its partners) a write read inside its transaction. */
export type Authorize = (loaded: Loaded) => void;

/** Submission: a country role or the secretariat (checked before the input, so strangers learn nothing from it). */
export function canSubmit(viewer: Viewer): void {
  requireRole(viewer, ['country', 'secretariat'], 'submit a support request');
}

/** A country role may submit only for its own country; the secretariat for any (on the country's behalf). */
export function canSubmitFor(viewer: Viewer, iso3: string): void {
  const grant = grantOf(viewer);
  if (!grant.all) {
    requireThat(grant.country === iso3, viewer, `A country may submit support requests only for itself: you act for ${viewer.countryIso3}, input.country is ${iso3}`);
  }
}

/** Edits: the submitting country or the secretariat. */
export function canEdit(viewer: Viewer): Authorize {
  requireRole(viewer, ['country', 'secretariat'], 'edit a support request');
  const grant = grantOf(viewer);
  return ({ request }) => {
    if (grant.all) return;
    requireThat(grant.country === request.countryIso3, viewer, `Only the submitting country (${request.countryIso3}) or the secretariat may edit support request ${request.code}`);
  };
}

/** Assessment, matching, declining: the secretariat only. */
export function secretariatOnly(viewer: Viewer, action: string): Authorize {
  requireRole(viewer, ['secretariat'], action);
  return () => {};
}

/** Answering a match: a member of a matched organization, for that organization. */
export function canRespond(viewer: Viewer): Authorize {
  requireRole(viewer, ['member'], 'respond to a support request match');
  const grant = grantOf(viewer);
  return ({ request, partners }) => {
    requireThat(
      !grant.all && partners.some((p) => p.organizationId === grant.organization),
      viewer,
      `Only members of the organizations matched to support request ${request.code} may respond; ${viewer.organizationId} is not matched to it`,
    );
  };
}

/** Progress and completion: the lead partner's members or the secretariat. */
export function leadOrSecretariat(viewer: Viewer, action: string): Authorize {
  requireRole(viewer, ['member', 'secretariat'], action);
  const grant = grantOf(viewer);
  return ({ request }) => {
    if (grant.all) return;
    requireThat(
      request.leadOrganizationId !== null && request.leadOrganizationId === grant.organization,
      viewer,
      `Only the lead partner (${request.leadOrganizationId ?? 'none yet'}) or the secretariat may ${action} for support request ${request.code}`,
    );
  };
}

/** Withdrawal: the submitting country only. */
export function canWithdraw(viewer: Viewer): Authorize {
  requireRole(viewer, ['country'], 'withdraw a support request');
  const grant = grantOf(viewer);
  return ({ request }) => {
    requireThat(!grant.all && grant.country === request.countryIso3, viewer, `Only the submitting country (${request.countryIso3}) may withdraw support request ${request.code}`);
  };
}
