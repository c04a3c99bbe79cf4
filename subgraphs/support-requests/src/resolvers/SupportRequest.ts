import { ROLE_ENUM } from '@unmn/shared/viewer';
import type { SupportRequestsContext } from '../context.js';
import type { SupportRequestModel } from '../data/models.js';
import { accessNeedsPartners, accessTo, type Access } from '../policy.js';
import type { EventActorResolvers, MatchedPartnerResolvers, SupportRequestEventResolvers, SupportRequestHistoryArgs, SupportRequestResolvers } from '../generated/resolvers-types.js';

/** What the viewer may see of a request (policy.ts); the partners lookup, when needed, is batched across the response. */
export async function access(request: SupportRequestModel, { viewer, data }: SupportRequestsContext): Promise<Access> {
  const partners = accessNeedsPartners(viewer) ? await data.loaders.partners.load(request.id) : [];
  return accessTo(viewer, request, partners.map((p) => p.organizationId));
}

/** The request if the viewer may see it at all, else null (so hidden requests look exactly like missing ones). */
export async function visible(request: SupportRequestModel | null, ctx: SupportRequestsContext): Promise<SupportRequestModel | null> {
  return request && (await access(request, ctx)) !== 'NONE' ? request : null;
}

/** A restricted field: its value for full viewers, null for everyone else. */
const restricted = <T, A = unknown>(value: (r: SupportRequestModel, ctx: SupportRequestsContext, args: A) => T | Promise<T>) =>
  async (r: SupportRequestModel, args: A, ctx: SupportRequestsContext): Promise<T | null> =>
    (await access(r, ctx)) === 'FULL' ? value(r, ctx, args) : null;

export const SupportRequest: SupportRequestResolvers = {
  __resolveReference: async (ref, ctx) => visible(await ctx.data.loaders.request.load(ref.id), ctx),
  country: (r) => ({ iso3: r.countryIso3 }),
  objectives: async (r, _, { data }) => (await data.loaders.objectives.load(r.id)).map((number) => ({ number })),
  guidingPrinciples: async (r, _, { data }) => (await data.loaders.principles.load(r.id)).map((letter) => ({ letter })),
  supportKinds: (r, _, { data }) => data.loaders.kinds.load(r.id),
  partners: (r, _, { data }) => data.loaders.partners.load(r.id),
  leadPartner: (r) => (r.leadOrganizationId ? { id: r.leadOrganizationId } : null),
  viewerAccess: async (r, _, ctx) => ((await access(r, ctx)) === 'FULL' ? 'FULL' : 'SUMMARY'),
  requestingAuthority: restricted((r) => r.requestingAuthority),
  description: restricted((r) => r.description),
  contact: restricted((r) => r.contact),
  priority: restricted((r) => r.priority),
  assessment: restricted((r) => r.assessment),
  history: restricted((r, { data }, args: SupportRequestHistoryArgs) => data.loaders.events(args).load(r.id)),
};

export const MatchedPartner: MatchedPartnerResolvers = {
  organization: (p) => ({ id: p.organizationId }),
};

export const SupportRequestEvent: SupportRequestEventResolvers = {};

export const EventActor: EventActorResolvers = {
  role: (a) => ROLE_ENUM[a.role],
  organization: (a) => (a.organizationId ? { id: a.organizationId } : null),
  country: (a) => (a.countryIso3 ? { iso3: a.countryIso3 } : null),
};
