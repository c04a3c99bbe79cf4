// Field resolvers of this subgraph's own types: every nested list and reference through a per-request DataLoader.
import type {
  CapitalisationTargetResolvers, ContributionResolvers, FundingSummaryRowResolvers, FundingSummaryResolvers, FundingTotalsResolvers,
  FundProjectResolvers, FundResolvers, ParticipatingOrganizationResolvers, ProgressReportResolvers, ThematicAreaObjectiveResolvers, ThematicAreaResolvers,
  ThematicBalanceResolvers, ThematicBalanceRowResolvers, TransferResolvers,
} from '../generated/resolvers-types.js';
import { FUND, FUND_CODE } from '../data/reference/fund.js';
import { projectYear } from '../data/models.js';
import { money } from '../money.js';
import { parseFilter, parseReportFilter, parseTransferFilter } from './inputs.js';

export const Fund: FundResolvers = {
  __resolveReference: (ref) => (ref.code === FUND_CODE ? FUND : null),
  steeringCommitteeChair: (fund) => ({ id: fund.steeringCommitteeChairId }),
  thematicAreas: (_, __, { data }) => data.reads.listThematicAreas(),
  depositedTotal: async (_, __, { data }) => money((await data.loaders.fundTotals()).depositedCents),
  pledgedTotal: async (_, __, { data }) => money((await data.loaders.fundTotals()).pledgedCents),
  transferredTotal: async (_, __, { data }) => money((await data.loaders.fundTotals()).transferredCents),
  balance: async (_, __, { data }) => {
    const t = await data.loaders.fundTotals();
    return money(t.depositedCents - t.transferredCents);
  },
  thematicBalance: (_, __, { data }) => data.reporting.thematicBalance(),
  contributions: (_, { filter, sort, first, after }, { data }) => data.ledger.listContributions(filter ?? {}, sort, { first, after }),
  transfers: (_, { filter, sort, first, after }, { data }) => data.ledger.listTransfers(parseTransferFilter(filter), sort, { first, after }),
};

export const CapitalisationTarget: CapitalisationTargetResolvers = {
  amount: (t) => money(t.amountCents),
};

export const ThematicArea: ThematicAreaResolvers = {
  __resolveReference: (ref, { data }) => data.loaders.thematicArea.load(ref.id),
  objectives: (ta, _, { data }) => data.loaders.areaObjectives.load(ta.id),
  fundProjects: (ta, { filter, sort, first, after }, { data }) => data.loaders.projectsOf('thematicArea', parseFilter(filter), sort, { first, after }).load(ta.id),
};

export const ThematicAreaObjective: ThematicAreaObjectiveResolvers = {
  objective: (m) => ({ number: m.objectiveNumber }),
};

export const ThematicBalance: ThematicBalanceResolvers = {
  approvedBudget: (b) => money(b.approvedCents),
};

export const ThematicBalanceRow: ThematicBalanceRowResolvers = {
  thematicArea: async (r, _, { data }) => (await data.loaders.thematicArea.load(r.thematicAreaId))!,
  approvedBudget: (r) => money(r.approvedCents),
};

const sum = (values: bigint[]) => values.reduce((a, b) => a + b, 0n);

export const FundProject: FundProjectResolvers = {
  __resolveReference: (ref, { data }) => data.loaders.project.load(ref.id),
  countries: async (p, _, { data }) => (await data.loaders.countries.load(p.id)).map((c) => ({ iso3: c.iso3 })),
  regions: async (p, _, { data }) => [...new Set((await data.loaders.countries.load(p.id)).map((c) => c.hubRegion))],
  thematicArea: async (p, _, { data }) => (await data.loaders.thematicArea.load(p.thematicAreaId))!,
  objectives: async (p, _, { data }) => (await data.loaders.objectives.load(p.id)).map((number) => ({ number })),
  participatingOrganizations: (p, _, { data }) => data.loaders.participants.load(p.id),
  leadOrganization: async (p, _, { data }) => ({ id: (await data.loaders.participants.load(p.id)).find((x) => x.isLead)!.organizationId }),
  nationalPartners: (p, _, { data }) => data.loaders.partners.load(p.id),
  budget: (p) => money(p.budgetCents),
  transferred: async (p, _, { data }) => money(sum((await data.loaders.participants.load(p.id)).map((x) => x.transferredCents))),
  remaining: async (p, _, { data }) => money(p.budgetCents - sum((await data.loaders.participants.load(p.id)).map((x) => x.transferredCents))),
  year: (p) => projectYear(p),
  statusHistory: (p, _, { data }) => data.loaders.history.load(p.id),
  supportRequest: (p) => (p.supportRequestId ? { id: p.supportRequestId } : null),
  transfers: (p, { filter, sort, first, after }, { data }) => data.loaders.transfersOf({ filter: parseTransferFilter(filter), sort, page: { first, after } }).load(p.id),
  progressReports: (p, { filter, sort, first, after }, { data }) => data.loaders.reportsOf({ filter: parseReportFilter(filter), sort, page: { first, after } }).load(p.id),
};

export const ProgressReport: ProgressReportResolvers = {
  fundProject: async (r, _, { data }) => (await data.loaders.project.load(r.projectId))!,
  organization: (r) => ({ id: r.organizationId }),
};

export const ParticipatingOrganization: ParticipatingOrganizationResolvers = {
  organization: (p) => ({ id: p.organizationId }),
  budgetShare: (p) => money(p.shareCents),
  transferred: (p) => money(p.transferredCents),
  remaining: (p) => money(p.shareCents - p.transferredCents),
};

export const Contribution: ContributionResolvers = {
  __resolveReference: (ref, { data }) => data.loaders.contribution.load(ref.id),
  donorCountry: (c) => (c.donorCountryIso3 ? { iso3: c.donorCountryIso3 } : null),
  amount: (c) => money(c.amountCents),
};

export const Transfer: TransferResolvers = {
  __resolveReference: (ref, { data }) => data.loaders.transfer.load(ref.id),
  fundProject: async (t, _, { data }) => (await data.loaders.project.load(t.projectId))!,
  organization: (t) => ({ id: t.organizationId }),
  amount: (t) => money(t.amountCents),
};

export const FundingSummary: FundingSummaryResolvers = {};

export const FundingSummaryRow: FundingSummaryRowResolvers = {
  thematicArea: (r, _, { data }) => (r.groupBy === 'THEMATIC_AREA' ? data.loaders.thematicArea.load(r.key) : null),
  objective: (r) => (r.groupBy === 'OBJECTIVE' ? { number: Number(r.key) } : null),
  country: (r) => (r.groupBy === 'COUNTRY' ? { iso3: r.key } : null),
  organization: (r) => (r.groupBy === 'ORGANIZATION' ? { id: r.key } : null),
  year: (r) => (r.groupBy === 'YEAR' ? Number(r.key) : null),
  budgetTotal: (r) => money(r.budgetCents),
  transferredTotal: (r) => money(r.transferredCents),
};

export const FundingTotals: FundingTotalsResolvers = {
  budgetTotal: (t) => money(t.budgetCents),
  transferredTotal: (t) => money(t.transferredCents),
};
