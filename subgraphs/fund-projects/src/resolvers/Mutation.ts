// Writes: the policy says who may (policy.ts), the input is parsed (inputs.ts), the write path checks the lifecycle,
// the version and the rules and writes in one transaction; then the result is read back as the viewer sees it.
import { today } from '@unmn/shared/dates';
import { boundedText } from '@unmn/shared/validate';
import type { MutationResolvers } from '../generated/resolvers-types.js';
import { apiProvenance } from '../data/models.js';
import { parseAmount } from '../money.js';
import { mayReportOn, maySubmit, mayWrite, reportingOrganization } from '../policy.js';
import { actorOf, draftFromReport, draftFromSubmit, mergeUpdate, parseDonorCountry } from './inputs.js';

export const Mutation: MutationResolvers = {
  submitConceptNote: async (_, { input }, { viewer, data }) => {
    maySubmit(viewer, input.participants.map((p) => p.organizationId));
    const draft = draftFromSubmit(input);
    const source = apiProvenance('submitted', viewer.role, viewer.organizationId);
    const id = await data.writes.createProject(draft, { submittedOn: today(), provenance: source, budgetProvenance: source, objectivesProvenance: source }, actorOf(viewer));
    return (await data.loaders.project.load(id))!;
  },

  moveToPipeline: async (_, { input }, { viewer, data }) => {
    mayWrite(viewer, 'moveToPipeline');
    await data.writes.changeStatus(input.id, input.version, 'moveToPipeline', actorOf(viewer), input.note ?? null);
    return (await data.loaders.project.clear(input.id).load(input.id))!;
  },

  updateFundProject: async (_, { input }, { viewer, data }) => {
    mayWrite(viewer, 'update');
    // Participants or a lead set by the fund management unit are its record: they replace a seed's guessed ones.
    const setsParticipants = input.participants != null || input.leadOrganizationId != null;
    await data.writes.updateProject(input.id, input.version, mergeUpdate(input), setsParticipants ? apiProvenance('updated', viewer.role) : undefined);
    return (await data.loaders.project.clear(input.id).load(input.id))!;
  },

  decideFundProject: async (_, { input }, { viewer, data }) => {
    mayWrite(viewer, 'decide');
    const action = input.decision === 'APPROVE' ? 'approve' : 'notSelect';
    await data.writes.changeStatus(input.id, input.version, action, actorOf(viewer), input.note ?? null, { decided_on: input.decidedOn ?? today() });
    return (await data.loaders.project.clear(input.id).load(input.id))!;
  },

  recordContribution: async (_, { input }, { viewer, data }) => {
    mayWrite(viewer, 'recordContribution');
    const id = await data.ledger.recordContribution({
      donor: boundedText(input.donor, 'input.donor', 200),
      donorCountryIso3: parseDonorCountry(input.donorCountry),
      kind: input.kind,
      date: input.date ?? today(),
      amountCents: parseAmount(input.amount, 'input.amount'),
      provenance: apiProvenance('recorded', viewer.role, null, input.source),
    });
    return (await data.loaders.contribution.load(id))!;
  },

  recordTransfer: async (_, { input }, { viewer, data }) => {
    mayWrite(viewer, 'recordTransfer');
    const amountCents = parseAmount(input.amount, 'input.amount');
    const [id] = await data.ledger.recordTransfers(
      [{
        projectId: input.fundProjectId,
        organizationId: input.organizationId,
        amountCents,
        date: input.date ?? today(),
        provenance: apiProvenance('recorded', viewer.role, null, input.source),
      }],
      actorOf(viewer),
    );
    data.loaders.project.clear(input.fundProjectId);
    return (await data.loaders.transfer.load(id))!;
  },

  closeFundProject: async (_, { input }, { viewer, data }) => {
    mayWrite(viewer, 'close');
    await data.writes.changeStatus(input.id, input.version, 'close', actorOf(viewer), input.note ?? null, { closed_on: today() });
    return (await data.loaders.project.clear(input.id).load(input.id))!;
  },

  reportProgress: async (_, { input }, { viewer, data }) => {
    const organizationId = reportingOrganization(viewer, input.organizationId);
    const draft = draftFromReport(input, organizationId);
    const id = await data.writes.recordProgressReport(draft, actorOf(viewer), (project, participantIds) => mayReportOn(viewer, project, participantIds));
    data.loaders.project.clear(input.fundProjectId);
    return (await data.loaders.report.load(id))!;
  },
};
