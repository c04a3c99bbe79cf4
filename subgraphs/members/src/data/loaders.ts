// Per-request DataLoaders: every reference resolver and nested lookup goes through one, so a page of 100 entities
// costs one statement, not 100.
import { loaderFromMap, loaderPerArgs } from '@unmn/shared/loaders';
import type { MembersStore } from './store.js';

export function createLoaders(store: MembersStore) {
  return {
    organization: loaderFromMap((ids: readonly string[]) => store.findOrganizationsByIds(ids), () => null),
    country: loaderFromMap((codes: readonly string[]) => store.findCountriesByIso3(codes), () => null),
    rolesByOrganization: loaderFromMap((ids: readonly string[]) => store.rolesByOrganizationIds(ids), () => []),
    /** Organization.networkRoles(updatedSince): organizations asked with the same instant share one statement. */
    rolesByOrganizationSince: loaderPerArgs((since: string, ids: readonly string[]) => store.rolesByOrganizationIds(ids, since), () => []),
    unNetwork: loaderFromMap((ids: readonly string[]) => store.findUnNetworksByIds(ids), () => null),
    unNetworkByCountry: loaderFromMap((codes: readonly string[]) => store.unNetworksByCountries(codes), () => null),
    leadIdsByNetwork: loaderFromMap((ids: readonly string[]) => store.leadIdsByNetworks(ids), (): string[] => []),
  };
}
export type MembersLoaders = ReturnType<typeof createLoaders>;
