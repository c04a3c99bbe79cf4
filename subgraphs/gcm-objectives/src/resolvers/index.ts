import { scalarResolvers } from '@unmn/shared/scalars';
import type { Resolvers } from '../generated/resolvers-types.js';
import { Query } from './Query.js';
import { Compact, GuidingPrinciple, Objective, Review } from './types.js';
import { FundProject, ObjectiveSdgTarget, SdgGoal, SdgTarget } from './sdg.js';

export const resolvers: Resolvers = { ...scalarResolvers, Query, Objective, GuidingPrinciple, Review, Compact, SdgGoal, SdgTarget, ObjectiveSdgTarget, FundProject };
