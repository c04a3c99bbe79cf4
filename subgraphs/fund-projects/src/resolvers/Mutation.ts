// Writes: check the role, parse the input, let the store check the rules and write in one transaction, then read back.
import { BadUserInputError } from '@unmn/shared/errors';
import { requireRole, requireThat } from '@unmn/shared/authz';
import { today } from '@unmn/shared/dates';
import type { MutationResolvers } from '../generated/resolvers-types.js';
import { parseAmount } from '../money.js';
import { actorOf, draftFromReport, draftFromSubmit, mergeUpdate, parseDonorCountry } from './inputs.js';

const apiSource = (role: string, org: string | null) => ({ source: `submitted through the API by ${role}${org ? ` (${org})` : ''}`, confidence: 'C' as const });

export const Mutation: MutationResolvers = {
  submitConceptNote: async (_, { input }, { viewer, data }) => {
    requireRole(viewer, ['member', 'fund-manager'], 'submit a concept note');
    if (viewer.role === 'member') {
      requireThat(
        input.participants.some((p) => p.organizationId === viewer.organizationId),
        viewer,
        `A member may submit a concept note only with its own organization (${viewer.organizationId}) among the participants`,
      );
    }
    const draft = draftFromSubmit(input);
    const source = apiSource(viewer.role, viewer.organizationId);
    const id = await data.store.createProject(draft, { submittedOn: today(), provenance: source, budgetProvenance: source, objectivesProvenance: source }, actorOf(viewer));
    return (await data.loaders.project.load(id))!;
  },

  moveToPipeline: async (_, { input }, { viewer, data }) => {
    requireRole(viewer, ['fund-manager', 'steering-committee'], 'move a concept note to the pipeline');
    await data.store.transition(input.id, input.version, 'moveToPipeline', actorOf(viewer), input.note ?? null);
    return (await data.loaders.project.clear(input.id).load(input.id))!;
  },

  updateFundProject: async (_, { input }, { viewer, data }) => {
    requireRole(viewer, ['fund-manager'], 'update a joint programme');
    // Participants or a lead set by the fund management unit are its record: they replace a seed's guessed ones.
    const setsParticipants = input.participants != null || input.leadOrganizationId != null;
    await data.store.updateProject(input.id, input.version, mergeUpdate(input), setsParticipants ? { source: `updated through the API by ${viewer.role}`, confidence: 'C' } : undefined);
    return (await data.loaders.project.clear(input.id).load(input.id))!;
  },

  decideFundProject: async (_, { input }, { viewer, data }) => {
    requireRole(viewer, ['steering-committee'], 'approve or decline a joint programme');
    const name = input.decision === 'APPROVE' ? 'approve' : 'notSelect';
    await data.store.transition(input.id, input.version, name, actorOf(viewer), input.note ?? null, { decided_on: input.decidedOn ?? today() });
    return (await data.loaders.project.clear(input.id).load(input.id))!;
  },

  recordContribution: async (_, { input }, { viewer, data }) => {
    requireRole(viewer, ['fund-manager'], 'record a contribution');
    const donor = input.donor.trim();
    if (!donor || donor.length > 200) throw new BadUserInputError('input.donor', 'must be 1 to 200 characters');
    const id = await data.store.recordContribution({
      donor,
      donorCountryIso3: parseDonorCountry(input.donorCountry),
      kind: input.kind,
      date: input.date ?? today(),
      amountCents: parseAmount(input.amount, 'input.amount'),
      provenance: { source: input.source ?? `recorded through the API by ${viewer.role}`, confidence: 'C' },
    });
    return (await data.loaders.contribution.load(id))!;
  },

  recordTransfer: async (_, { input }, { viewer, data }) => {
    requireRole(viewer, ['fund-manager'], 'record a transfer');
    const amountCents = parseAmount(input.amount, 'input.amount');
    const [id] = await data.store.recordTransfers(
      [{
        projectId: input.fundProjectId,
        organizationId: input.organizationId,
        amountCents,
        date: input.date ?? today(),
        provenance: { source: input.source ?? `recorded through the API by ${viewer.role}`, confidence: 'C' },
      }],
      actorOf(viewer),
    );
    data.loaders.project.clear(input.fundProjectId);
    return (await data.loaders.transfer.load(id))!;
  },

  closeFundProject: async (_, { input }, { viewer, data }) => {
    requireRole(viewer, ['fund-manager'], 'close a joint programme');
    await data.store.transition(input.id, input.version, 'close', actorOf(viewer), input.note ?? null, { closed_on: today() });
    return (await data.loaders.project.clear(input.id).load(input.id))!;
  },

  reportProgress: async (_, { input }, { viewer, data }) => {
    requireRole(viewer, ['member', 'secretariat'], 'report progress on a joint programme');
    const id = await data.store.recordProgressReport(draftFromReport(input, viewer), actorOf(viewer));
    data.loaders.project.clear(input.fundProjectId);
    return (await data.loaders.report.load(id))!;
  },
};
