// Who may do what with webhooks. Any signed-in role may register one (a partner system, a member organization, a
// country office, the secretariat, the fund's units): it is sent only what that viewer may already read through
// `changes`, so registering grants nothing new. Anonymous callers may not: a webhook needs an owner to answer for it
// and to read its log. The owner is the token's subject; each owner lists, reads, enables and deletes only its own
// (the secretariat included: it has no view of other owners' endpoints or logs, which may name partners' internal
// systems). Another owner's webhook answers as if it did not exist, so ids cannot be probed.
import { NotFoundError, UnauthenticatedError } from '@unmn/shared/errors';
import type { Viewer } from '@unmn/shared/viewer';
import type { WebhookRow } from '../data/webhooks.js';

/** The viewer's subject, or UNAUTHENTICATED for anonymous callers. */
export function webhookOwner(viewer: Viewer): string {
  if (viewer.role === 'anonymous') {
    throw new UnauthenticatedError('Webhooks belong to a signed-in caller: send a bearer token (any role may register one)');
  }
  // The signed identity spells a missing subject "anonymous" (shared/viewer.ts), so that is no owner either.
  if (!viewer.subject || viewer.subject === 'anonymous') {
    throw new UnauthenticatedError('Webhooks belong to the token\'s subject, and this token has none: use a token with a "sub" claim');
  }
  return viewer.subject;
}

export const ownsWebhook = (viewer: Viewer, webhook: WebhookRow | null): webhook is WebhookRow =>
  webhook !== null && viewer.subject !== null && webhook.owner.subject === viewer.subject;

/** The webhook if the viewer owns it; NOT_FOUND otherwise (another owner's webhook is not revealed). */
export function ownWebhook(viewer: Viewer, id: string, webhook: WebhookRow | null): WebhookRow {
  webhookOwner(viewer);
  if (!ownsWebhook(viewer, webhook)) throw new NotFoundError('Webhook', id);
  return webhook;
}
