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
  updatedSince?: string | null;
}

export type OrganizationSort = 'ID_ASC' | 'UPDATED_ASC' | 'UPDATED_DESC';
export type CountrySort = 'ISO3_ASC' | 'UPDATED_ASC' | 'UPDATED_DESC';
export type UnNetworkSort = 'ID_ASC' | 'UPDATED_ASC' | 'UPDATED_DESC';

/** A list's orders: by its key, or by last change with the key breaking ties (so pages stay stable). */
function ordersOf<R extends { updated_at: string }>(table: string, key: keyof R & string) {
  const byKey = (direction: 'asc' | 'desc'): OrderColumn => ({ column: `${table}.${key}`, direction, value: (r: R) => String(r[key]) });
  const byUpdate = (direction: 'asc' | 'desc'): OrderColumn => ({ column: `${table}.updated_at`, direction, value: (r: R) => r.updated_at });
  return { key: [byKey('asc')], UPDATED_ASC: [byUpdate('asc'), byKey('asc')], UPDATED_DESC: [byUpdate('desc'), byKey('desc')] };
}
const ORGANIZATION_ORDERS = ordersOf<OrganizationRow>('organizations', 'id');
const COUNTRY_ORDERS = ordersOf<CountryRow>('countries', 'iso3');
const UN_NETWORK_ORDERS = ordersOf<UnNetworkRow>('un_networks', 'id');
const orderOf = (orders: ReturnType<typeof ordersOf>, sort: string | null | undefined): OrderColumn[] =>
  sort === 'UPDATED_ASC' || sort === 'UPDATED_DESC' ? orders[sort] : orders.key;

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

  listOrganizations(filter: OrganizationFilter, sort: OrganizationSort | null | undefined, page: PageArgs): Promise<Connection<OrganizationModel>> {
    const q = this.knex<OrganizationRow>('organizations');
    if (filter.ids) q.whereIn('id', filter.ids);
    if (filter.kinds) q.whereIn('kind', filter.kinds);
    if (filter.search) whereContainsText(q, ['acronym', 'name', 'id'], filter.search);
    if (filter.networkMember !== undefined && filter.networkMember !== null) q.where('network_member', filter.networkMember);
    if (filter.executiveCommitteeOn) q.whereIn('id', this.excomOn(filter.executiveCommitteeOn));
    if (filter.membershipConfidence) q.whereIn('membership_confidence', filter.membershipConfidence.map((c) => CONFIDENCE_CODE[c]));
    if (filter.updatedSince) q.where('updated_at', '>', filter.updatedSince);
    return paginate(q.select('organizations.*'), orderOf(ORGANIZATION_ORDERS, sort), page, (r: OrganizationRow) => toOrganization(r));
  }

  async executiveCommittee(on: string): Promise<OrganizationModel[]> {
    const rows = await this.knex<OrganizationRow>('organizations').whereIn('id', this.excomOn(on)).orderBy('acronym');
    return rows.map(toOrganization);
  }

  /** Each organization's roles by start date; with `updatedSince`, only those changed strictly after it. */
  async rolesByOrganizationIds(ids: readonly string[], updatedSince?: string | null): Promise<Map<string, NetworkRoleModel[]>> {
    const q = this.knex<NetworkRoleRow>('network_roles').whereIn('organization_id', ids);
    if (updatedSince) q.where('updated_at', '>', updatedSince);
    const rows = await q.orderBy(['since', 'id']);
    const map = new Map<string, NetworkRoleModel[]>(ids.map((id) => [id, []]));
    for (const r of rows) map.get(r.organization_id)?.push(toNetworkRole(r));
    return map;
  }

  async rolesOfKind(kind: NetworkRoleModel['kind'], updatedSince?: string | null): Promise<NetworkRoleModel[]> {
    const q = this.knex<NetworkRoleRow>('network_roles')
      .join('organizations', 'organizations.id', 'network_roles.organization_id')
      .where('network_roles.kind', kind);
    if (updatedSince) q.where('network_roles.updated_at', '>', updatedSince);
    // The role's id last: one organization may hold two seats starting the same day.
    const rows: NetworkRoleRow[] = await q
      .orderBy([{ column: 'network_roles.since' }, { column: 'organizations.acronym' }, { column: 'network_roles.id' }])
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

  listCountries(filter: CountryFilter, sort: CountrySort | null | undefined, page: PageArgs): Promise<Connection<CountryModel>> {
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
    return paginate(q.select('countries.*'), orderOf(COUNTRY_ORDERS, sort), page, (r: CountryRow) => toCountry(r));
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

  listUnNetworks(filter: UnNetworkFilter, sort: UnNetworkSort | null | undefined, page: PageArgs): Promise<Connection<UnNetworkModel>> {
    const q = this.knex<UnNetworkRow>('un_networks');
    if (filter.kinds) q.whereIn('kind', filter.kinds);
    if (filter.countries) q.whereIn('country_iso3', filter.countries);
    if (filter.regionalCommission) q.where('regional_commission_id', filter.regionalCommission);
    if (filter.lead) q.whereIn('id', this.knex('un_network_leads').select('network_id').where('organization_id', filter.lead));
    if (filter.confidence) q.whereIn('confidence', filter.confidence.map((c) => CONFIDENCE_CODE[c]));
    if (filter.establishedFrom) q.where('established_on', '>=', filter.establishedFrom);
    if (filter.establishedTo) q.where('established_on', '<=', filter.establishedTo);
    if (filter.updatedSince) q.where('updated_at', '>', filter.updatedSince);
    return paginate(q.select('un_networks.*'), orderOf(UN_NETWORK_ORDERS, sort), page, (r: UnNetworkRow) => toUnNetwork(r));
  }

  async unNetworkTotals(filter: UnNetworkTotalFilter): Promise<UnNetworkTotalModel[]> {
    const q = this.knex<UnNetworkTotalRow>('un_network_totals');
    if (filter.kind) q.where('kind', filter.kind);
    if (filter.from) q.where('reached_by', '>=', filter.from);
    if (filter.to) q.where('reached_by', '<=', filter.to);
    if (filter.updatedSince) q.where('updated_at', '>', filter.updatedSince);
    const rows: UnNetworkTotalRow[] = await q.orderBy([{ column: 'reached_by' }, { column: 'count' }, { column: 'id' }]);
    return rows.map(toUnNetworkTotal);
  }
}
