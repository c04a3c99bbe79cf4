import { scalarResolvers } from '@unmn/shared/scalars';
import type { Resolvers } from '../generated/resolvers-types.js';
import { Country } from './Country.js';
import { Network, NetworkRole, Viewer } from './Network.js';
import { Organization } from './Organization.js';
import { Query } from './Query.js';
import { FundProject, SupportRequest, UnNetwork } from './UnNetwork.js';

export const resolvers: Resolvers = { ...scalarResolvers, Query, Organization, Country, Network, NetworkRole, Viewer, UnNetwork, SupportRequest, FundProject };
