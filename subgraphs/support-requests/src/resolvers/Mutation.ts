import type { MutationResolvers } from '../generated/resolvers-types.js';
import * as policy from '../policy.js';
import * as valid from '../validation.js';

// Thin: check the role (policy), validate the input (BAD_USER_INPUT naming the field), hand the write to data/writes.ts
// with the policy's ownership check it must run on the row it reads.
export const Mutation: MutationResolvers = {
  submitSupportRequest: (_, { input }, { viewer, data }) => {
    policy.canSubmit(viewer);
    const { submission, key, hash } = valid.submission(input);
    policy.canSubmitFor(viewer, submission.countryIso3);
    // Keys are scoped to the submitter, so two offices never collide on a key they both chose.
    const scope = `${viewer.role}:${viewer.subject ?? ''}`;
    return data.writes.submit(submission, viewer, { scope, key, hash });
  },

  updateSupportRequest: (_, { input }, { viewer, data }) => {
    const authorize = policy.canEdit(viewer);
    const edit = valid.edit(input);
    return data.writes.update(input.id, valid.version(input.version), viewer, authorize, edit);
  },

  assessSupportRequest: (_, { input }, { viewer, data }) => {
    const authorize = policy.secretariatOnly(viewer, 'assess support requests');
    const notes = valid.text(input.notes, 'input.notes', valid.LIMITS.notes);
    const recommendedResponses = [...new Set(input.recommendedResponses)];
    const comment = valid.optionalText(input.comment, 'input.comment', valid.LIMITS.comment);
    return data.writes.assess(input.id, valid.version(input.version), viewer, authorize, { notes, recommendedResponses, comment });
  },

  matchPartners: (_, { input }, { viewer, data }) => {
    const authorize = policy.secretariatOnly(viewer, 'match partners to support requests');
    return data.writes.matchPartners(input.id, valid.version(input.version), viewer, authorize, valid.match(input));
  },

  declineSupportRequest: (_, { input }, { viewer, data }) => {
    const authorize = policy.secretariatOnly(viewer, 'decline support requests');
    const reason = valid.text(input.reason, 'input.reason', valid.LIMITS.comment);
    return data.writes.decline(input.id, valid.version(input.version), viewer, authorize, reason);
  },

  respondToMatch: (_, { input }, { viewer, data }) => {
    const authorize = policy.canRespond(viewer);
    const comment = valid.optionalText(input.comment, 'input.comment', valid.LIMITS.comment);
    return data.writes.respondToMatch(input.id, valid.version(input.version), viewer, authorize, { organizationId: viewer.organizationId!, accept: input.accept, comment });
  },

  recordProgress: (_, { input }, { viewer, data }) => {
    const authorize = policy.leadOrSecretariat(viewer, 'record progress');
    const note = valid.text(input.note, 'input.note', valid.LIMITS.comment);
    return data.writes.recordProgress(input.id, valid.version(input.version), viewer, authorize, note);
  },

  completeSupportRequest: (_, { input }, { viewer, data }) => {
    const authorize = policy.leadOrSecretariat(viewer, 'complete it');
    const summary = valid.text(input.summary, 'input.summary', valid.LIMITS.comment);
    return data.writes.complete(input.id, valid.version(input.version), viewer, authorize, summary);
  },

  withdrawSupportRequest: (_, { input }, { viewer, data }) => {
    const authorize = policy.canWithdraw(viewer);
    const reason = valid.optionalText(input.reason, 'input.reason', valid.LIMITS.comment);
    return data.writes.withdraw(input.id, valid.version(input.version), viewer, authorize, reason);
  },
};
