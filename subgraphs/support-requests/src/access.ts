// Who sees what of a request. Mirrors the SQL visibility rule in data/store.ts (`visibleTo`): keep the two in step.
//   secretariat: everything, in full;
//   the submitting country and every matched partner: their requests in full;
//   everyone else (anonymous included): a public summary of requests past assessment, restricted fields null.
import type { Viewer } from '@unmn/shared/viewer';
import type { Status, SupportRequestModel } from './data/models.js';

export type Access = 'FULL' | 'SUMMARY' | 'NONE';

/** Statuses past assessment with a partner match: the only ones the public sees. */
export const PUBLIC_STATUSES: readonly Status[] = ['PARTNERS_IDENTIFIED', 'IN_IMPLEMENTATION', 'COMPLETED'];

export function accessTo(viewer: Viewer, request: SupportRequestModel, partnerIds: readonly string[]): Access {
  if (viewer.role === 'secretariat') return 'FULL';
  if (viewer.role === 'country' && viewer.countryIso3 === request.countryIso3) return 'FULL';
  if (viewer.role === 'member' && viewer.organizationId && partnerIds.includes(viewer.organizationId)) return 'FULL';
  return PUBLIC_STATUSES.includes(request.status) ? 'SUMMARY' : 'NONE';
}
