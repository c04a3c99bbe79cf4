import { scalarResolvers } from '@unmn/shared/scalars';
import type { Resolvers } from '../generated/resolvers-types.js';
import { Country, Objective, Organization } from './entities.js';
import { Mutation } from './Mutation.js';
import { Query } from './Query.js';
import { EventActor, MatchedPartner, SupportRequest, SupportRequestEvent } from './SupportRequest.js';

export const resolvers: Resolvers = {
  ...scalarResolvers,
  Query,
  Mutation,
  SupportRequest,
  MatchedPartner,
  SupportRequestEvent,
  EventActor,
  Country,
  Objective,
  Organization,
};
