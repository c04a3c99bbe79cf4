// Who may do what to a request (graph.md's role table applied to this subgraph). Role checks that need no data run
// before the store is called; ownership checks run inside the write's transaction on the row it read (`Authorize`).
import { requireRole, requireThat } from '@unmn/shared/authz';
import type { Viewer } from '@unmn/shared/viewer';
import type { Authorize } from './data/store.js';

/** Submission: a country role or the secretariat (checked before the input, so strangers learn nothing from it). */
export function canSubmit(viewer: Viewer): void {
  requireRole(viewer, ['country', 'secretariat'], 'submit a support request');
}

/** A country role may submit only for its own country; the secretariat for any (on the country's behalf). */
export function canSubmitFor(viewer: Viewer, iso3: string): void {
  if (viewer.role === 'country') {
    requireThat(viewer.countryIso3 === iso3, viewer, `A country may submit support requests only for itself: you act for ${viewer.countryIso3}, input.country is ${iso3}`);
  }
}

/** Edits: the submitting country or the secretariat. */
export function canEdit(viewer: Viewer): Authorize {
  requireRole(viewer, ['country', 'secretariat'], 'edit a support request');
  return ({ request }) => {
    if (viewer.role === 'country') {
      requireThat(viewer.countryIso3 === request.countryIso3, viewer, `Only the submitting country (${request.countryIso3}) or the secretariat may edit support request ${request.code}`);
    }
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
  return ({ request, partners }) => {
    requireThat(
      partners.some((p) => p.organizationId === viewer.organizationId),
      viewer,
      `Only members of the organizations matched to support request ${request.code} may respond; ${viewer.organizationId} is not matched to it`,
    );
  };
}

/** Progress and completion: the lead partner's members or the secretariat. */
export function leadOrSecretariat(viewer: Viewer, action: string): Authorize {
  requireRole(viewer, ['member', 'secretariat'], action);
  return ({ request }) => {
    if (viewer.role === 'member') {
      requireThat(
        request.leadOrganizationId !== null && request.leadOrganizationId === viewer.organizationId,
        viewer,
        `Only the lead partner (${request.leadOrganizationId ?? 'none yet'}) or the secretariat may ${action} for support request ${request.code}`,
      );
    }
  };
}

/** Withdrawal: the submitting country only. */
export function canWithdraw(viewer: Viewer): Authorize {
  requireRole(viewer, ['country'], 'withdraw a support request');
  return ({ request }) => {
    requireThat(viewer.countryIso3 === request.countryIso3, viewer, `Only the submitting country (${request.countryIso3}) may withdraw support request ${request.code}`);
  };
}
