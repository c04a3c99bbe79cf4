import { scalarResolvers } from '@unmn/shared/scalars';
import type { Resolvers } from '../generated/resolvers-types.js';
import { KnowledgeResource, KnowledgeResourceConnection, KnowledgeResourceEdge } from './KnowledgeResource.js';
import { Mutation } from './Mutation.js';
import { Country, Objective, Organization, SupportRequest } from './parents.js';
import { Query } from './Query.js';

export const resolvers: Resolvers = {
  ...scalarResolvers,
  Query,
  Mutation,
  KnowledgeResource,
  KnowledgeResourceEdge,
  KnowledgeResourceConnection,
  Objective,
  Organization,
  Country,
  SupportRequest,
};
