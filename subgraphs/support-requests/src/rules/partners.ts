// Rules about matched partners, pure so they are unit-tested without a database (partners.test.ts).
import { ConflictError } from '@unmn/shared/errors';
import type { MatchedPartnerModel, Status, SupportRequestModel } from '../data/models.js';

/**
 * Implementation starts only once the lead partner has accepted the match: recording the first progress on a request
 * with partners identified is a CONFLICT (reason LEAD_NOT_ACCEPTED) until then. Later progress is not checked again.
 */
export function assertLeadAccepted(request: Pick<SupportRequestModel, 'code' | 'status'>, partners: readonly MatchedPartnerModel[], next: Status): void {
  if (request.status !== 'PARTNERS_IDENTIFIED') return;
  const lead = partners.find((p) => p.isLead);
  if (lead?.response === 'ACCEPTED') return;
  throw new ConflictError(
    `Cannot start implementation of support request ${request.code}: its lead partner ${lead?.organizationId ?? '(none)'} has not accepted the match (it is ${lead?.response ?? 'missing'}). The lead must accept first, or the secretariat must match another lead.`,
    { reason: 'LEAD_NOT_ACCEPTED', currentStatus: request.status, requestedStatus: next },
  );
}

/**
 * The partners after a (re-)match: organizations that stay matched keep their answer and when they were matched; new
 * ones start PENDING, matched `at`. The lead is the one named.
 */
export function rematch(
  before: readonly MatchedPartnerModel[],
  match: { partners: readonly { organization: string; role: string }[]; lead: string },
  at: string,
): MatchedPartnerModel[] {
  const previous = new Map(before.map((p) => [p.organizationId, p]));
  return match.partners.map((p) => {
    const kept = previous.get(p.organization);
    return {
      organizationId: p.organization,
      isLead: p.organization === match.lead,
      role: p.role,
      response: kept?.response ?? 'PENDING',
      respondedAt: kept?.respondedAt ?? null,
      matchedAt: kept?.matchedAt ?? at,
    };
  });
}
