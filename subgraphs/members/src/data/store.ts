// All of the members subgraph's SQL. Lookups by key return Maps so DataLoaders can line results up with their keys.
import type { Knex } from 'knex';
import { whereContainsText } from '@unmn/shared/sql';
import { paginate, type Connection, type OrderColumn, type PageArgs } from '@unmn/shared/pagination';
import { CONFIDENCE_CODE, type Confidence } from '@unmn/shared/rows';
import { groupBy } from '@unmn/shared/rows';
import {
  toCountry, toNetworkRole, toOrganization, toUnNetwork, toUnNetworkTotal,
  type CountryModel, type CountryRow, type NetworkRoleModel, type NetworkRoleRow, type OrganizationModel, type OrganizationRow,
  type UnNetworkModel, type UnNetworkRow, type UnNetworkTotalModel, type UnNetworkTotalRow,
} from './models.js';

export interface OrganizationFilter {
  ids?: readonly string[] | null;
  kinds?: readonly string[] | null;
  search?: string | null;
  networkMember?: boolean | null;
  executiveCommitteeOn?: string | null;
  membershipConfidence?: readonly Confidence[] | null;
  updatedSince?: string | null;
}

export interface CountryFilter {
  iso3?: readonly string[] | null;
  hubRegions?: readonly string[] | null;
  m49Area?: string | null;
  regionalCommission?: string | null;
  unStatus?: string | null;
  gcmChampion?: boolean | null;
  search?: string | null;
  updatedSince?: string | null;
}

export interface UnNetworkFilter {
  kinds?: readonly string[] | null;
  countries?: readonly string[] | null;
  regionalCommission?: string | null;
  lead?: string | null;
  confidence?: readonly Confidence[] | null;
  establishedFrom?: string | null;
  establishedTo?: string | null;
  updatedSince?: string | null;
}

export interface UnNetworkTotalFilter {
  kind?: string | null;
  from?: string | null;
  to?: string | null;
}

const UN_NETWORK_ORDER: OrderColumn[] = [{ column: 'un_networks.id', direction: 'asc', value: (r: UnNetworkRow) => r.id }];
const ORGANIZATION_ORDER: OrderColumn[] = [{ column: 'organizations.id', direction: 'asc', value: (r: OrganizationRow) => r.id }];
const COUNTRY_ORDER: OrderColumn[] = [{ column: 'countries.iso3', direction: 'asc', value: (r: CountryRow) => r.iso3 }];

export class MembersStore {
  constructor(private readonly knex: Knex) {}

  async findOrganizationsByIds(ids: readonly string[]): Promise<Map<string, OrganizationModel>> {
    const rows = await this.knex<OrganizationRow>('organizations').whereIn('id', ids);
    return new Map(rows.map((r) => [r.id, toOrganization(r)]));
  }

  /** Executive Committee seat holders on a date (ISO `YYYY-MM-DD`). */
  private excomOn(date: string) {
    return this.knex('network_roles')
      .select('organization_id')
      .where('kind', 'EXECUTIVE_COMMITTEE')
      .where((w) => w.whereNull('since').orWhere('since', '<=', date))
      .where((w) => w.whereNull('until').orWhere('until', '>=', date));
  }

  listOrganizations(filter: OrganizationFilter, page: PageArgs): Promise<Connection<OrganizationModel>> {
    const q = this.knex<OrganizationRow>('organizations');
    if (filter.ids) q.whereIn('id', filter.ids);
    if (filter.kinds) q.whereIn('kind', filter.kinds);
    if (filter.search) whereContainsText(q, ['acronym', 'name', 'id'], filter.search);
    if (filter.networkMember !== undefined && filter.networkMember !== null) q.where('network_member', filter.networkMember);
    if (filter.executiveCommitteeOn) q.whereIn('id', this.excomOn(filter.executiveCommitteeOn));
    if (filter.membershipConfidence) q.whereIn('membership_confidence', filter.membershipConfidence.map((c) => CONFIDENCE_CODE[c]));
    if (filter.updatedSince) q.where('updated_at', '>', filter.updatedSince);
    return paginate(q.select('organizations.*'), ORGANIZATION_ORDER, page, (r: OrganizationRow) => toOrganization(r));
  }

  async executiveCommittee(on: string): Promise<OrganizationModel[]> {
    const rows = await this.knex<OrganizationRow>('organizations').whereIn('id', this.excomOn(on)).orderBy('acronym');
    return rows.map(toOrganization);
  }

  async rolesByOrganizationIds(ids: readonly string[]): Promise<Map<string, NetworkRoleModel[]>> {
    const rows = await this.knex<NetworkRoleRow>('network_roles').whereIn('organization_id', ids).orderBy(['since', 'id']);
    const map = new Map<string, NetworkRoleModel[]>(ids.map((id) => [id, []]));
    for (const r of rows) map.get(r.organization_id)?.push(toNetworkRole(r));
    return map;
  }

  async rolesOfKind(kind: NetworkRoleModel['kind']): Promise<NetworkRoleModel[]> {
    const rows: NetworkRoleRow[] = await this.knex<NetworkRoleRow>('network_roles')
      .join('organizations', 'organizations.id', 'network_roles.organization_id')
      .where('network_roles.kind', kind)
      .orderBy([{ column: 'network_roles.since' }, { column: 'organizations.acronym' }])
      .select('network_roles.*');
    return rows.map(toNetworkRole);
  }

  async memberCount(minConfidence: Confidence = 'UNCERTAIN'): Promise<number> {
    const order: Confidence[] = ['CERTAIN', 'LIKELY', 'UNCERTAIN'];
    const accepted = order.slice(0, order.indexOf(minConfidence) + 1).map((c) => CONFIDENCE_CODE[c]);
    const row = await this.knex<OrganizationRow>('organizations').where('network_member', true).whereIn('membership_confidence', accepted).count({ n: '*' }).first();
    return Number(row?.n ?? 0);
  }

  async findCountriesByIso3(codes: readonly string[]): Promise<Map<string, CountryModel>> {
    const rows = await this.knex<CountryRow>('countries').whereIn('iso3', codes);
    return new Map(rows.map((r) => [r.iso3, toCountry(r)]));
  }

  listCountries(filter: CountryFilter, page: PageArgs): Promise<Connection<CountryModel>> {
    const q = this.knex<CountryRow>('countries');
    if (filter.iso3) q.whereIn('iso3', filter.iso3.map((c) => c.toUpperCase()));
    if (filter.hubRegions) q.whereIn('hub_region', filter.hubRegions);
    if (filter.m49Area) {
      const code = filter.m49Area;
      q.where((w) => w.where('region_code', code).orWhere('sub_region_code', code).orWhere('intermediate_region_code', code));
    }
    if (filter.regionalCommission) q.where('regional_commission_id', filter.regionalCommission);
    if (filter.unStatus) q.where('un_status', filter.unStatus);
    if (filter.gcmChampion !== undefined && filter.gcmChampion !== null) q.where('gcm_champion', filter.gcmChampion);
    if (filter.search) whereContainsText(q, ['name', 'common_name', 'official_name'], filter.search);
    if (filter.updatedSince) q.where('updated_at', '>', filter.updatedSince);
    return paginate(q.select('countries.*'), COUNTRY_ORDER, page, (r: CountryRow) => toCountry(r));
  }

  async findUnNetworksByIds(ids: readonly string[]): Promise<Map<string, UnNetworkModel>> {
    const rows = await this.knex<UnNetworkRow>('un_networks').whereIn('id', ids);
    return new Map(rows.map((r) => [r.id, toUnNetwork(r)]));
  }

  /** The country network of each country that has one (a country has at most one: `country_iso3` is unique). */
  async unNetworksByCountries(codes: readonly string[]): Promise<Map<string, UnNetworkModel>> {
    const rows = await this.knex<UnNetworkRow>('un_networks').whereIn('country_iso3', codes);
    return new Map(rows.map((r) => [r.country_iso3!, toUnNetwork(r)]));
  }

  /** Lead organization ids per network, in the order the source gives them. */
  async leadIdsByNetworks(ids: readonly string[]): Promise<Map<string, string[]>> {
    const rows: { network_id: string; organization_id: string }[] = await this.knex('un_network_leads').whereIn('network_id', ids).orderBy(['network_id', 'position']);
    return groupBy(rows, (r) => r.network_id, (r) => r.organization_id);
  }

  listUnNetworks(filter: UnNetworkFilter, page: PageArgs): Promise<Connection<UnNetworkModel>> {
    const q = this.knex<UnNetworkRow>('un_networks');
    if (filter.kinds) q.whereIn('kind', filter.kinds);
    if (filter.countries) q.whereIn('country_iso3', filter.countries);
    if (filter.regionalCommission) q.where('regional_commission_id', filter.regionalCommission);
    if (filter.lead) q.whereIn('id', this.knex('un_network_leads').select('network_id').where('organization_id', filter.lead));
    if (filter.confidence) q.whereIn('confidence', filter.confidence.map((c) => CONFIDENCE_CODE[c]));
    if (filter.establishedFrom) q.where('established_on', '>=', filter.establishedFrom);
    if (filter.establishedTo) q.where('established_on', '<=', filter.establishedTo);
    if (filter.updatedSince) q.where('updated_at', '>', filter.updatedSince);
    return paginate(q.select('un_networks.*'), UN_NETWORK_ORDER, page, (r: UnNetworkRow) => toUnNetwork(r));
  }

  async unNetworkTotals(filter: UnNetworkTotalFilter): Promise<UnNetworkTotalModel[]> {
    const q = this.knex<UnNetworkTotalRow>('un_network_totals');
    if (filter.kind) q.where('kind', filter.kind);
    if (filter.from) q.where('reached_by', '>=', filter.from);
    if (filter.to) q.where('reached_by', '<=', filter.to);
    const rows: UnNetworkTotalRow[] = await q.orderBy([{ column: 'reached_by' }, { column: 'count' }, { column: 'id' }]);
    return rows.map(toUnNetworkTotal);
  }
}
