import { scalarResolvers } from '@unmn/shared/scalars';
import type { Resolvers } from '../generated/resolvers-types.js';
import { Country, Objective, Organization, SupportRequest } from './entities.js';
import { Mutation } from './Mutation.js';
import { Query } from './Query.js';
import {
  CapitalisationTarget, Contribution, Fund, FundingSummary, FundingSummaryRow, FundingTotals, FundProject, ParticipatingOrganization,
  ProgressReport, ThematicArea, ThematicAreaObjective, ThematicBalance, ThematicBalanceRow, Transfer,
} from './types.js';

export const resolvers: Resolvers = {
  ...scalarResolvers,
  Query,
  Mutation,
  Fund,
  CapitalisationTarget,
  ThematicArea,
  ThematicAreaObjective,
  ThematicBalance,
  ThematicBalanceRow,
  FundProject,
  ParticipatingOrganization,
  Contribution,
  Transfer,
  ProgressReport,
  FundingSummary,
  FundingSummaryRow,
  FundingTotals,
  Organization,
  Country,
  Objective,
  SupportRequest,
};
