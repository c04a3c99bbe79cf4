// The shapes resolvers receive (codegen maps the schema's types to these), the rows the tables hold (as both drivers
// return them: booleans as 0/1 from SQLite, DATE columns as `YYYY-MM-DD` text, timestamps as ISO strings), and the
// mappers from one to the other.
import type { UnState } from '@unmn/shared/countries';
import { parseBool, provenanceFrom, type ConfidenceCode, type ProvenanceModel } from '@unmn/shared/rows';

/** SQLite returns booleans as 0 or 1, PostgreSQL as booleans. */
type BoolColumn = boolean | number;

/** The provenance columns of a row, named `<prefix>source`, `<prefix>confidence`, `<prefix>note`. */
type ProvenanceColumns<P extends string = ''> = { [K in `${P}source`]: string | null } & { [K in `${P}confidence`]: ConfidenceCode | null } & {
  [K in `${P}note`]: string | null;
};

export type OrganizationRow = {
  id: string;
  acronym: string;
  name: string;
  kind: string;
  headquarters: string | null;
  website: string | null;
  network_member: BoolColumn;
  member_since: string | null;
  sample: BoolColumn;
  created_at: string;
  updated_at: string;
} & ProvenanceColumns<'membership_'>;

export type NetworkRoleRow = {
  id: number;
  organization_id: string;
  kind: NetworkRoleModel['kind'];
  since: string | null;
  until: string | null;
  last_confirmed_on: string | null;
  created_at: string;
  updated_at: string;
} & ProvenanceColumns;

export type CountryRow = {
  iso3: string;
  iso2: string;
  m49_code: string;
  name: string;
  common_name: string;
  official_name: string;
  un_status: UnState['unStatus'];
  region_code: string;
  region_name: string;
  sub_region_code: string | null;
  sub_region_name: string | null;
  intermediate_region_code: string | null;
  intermediate_region_name: string | null;
  hub_region: UnState['hubRegion'];
  regional_commission_id: string;
  gcm_champion: BoolColumn;
  created_at: string;
  updated_at: string;
} & ProvenanceColumns<'commission_'> & ProvenanceColumns<'champion_'>;

export interface OrganizationModel {
  id: string;
  acronym: string;
  name: string;
  kind: string;
  headquarters: string | null;
  website: string | null;
  isNetworkMember: boolean;
  networkMembership: { since: string | null; provenance: ProvenanceModel } | null;
  createdAt: string;
  updatedAt: string;
}

export interface NetworkRoleModel {
  kind: 'EXECUTIVE_COMMITTEE' | 'COORDINATOR' | 'SECRETARIAT';
  organizationId: string;
  since: string | null;
  until: string | null;
  lastConfirmedOn: string | null;
  provenance: ProvenanceModel;
  createdAt: string;
  updatedAt: string;
}

/** A stored country: the shared UN State record (shared/countries.ts) plus what the members subgraph adds. */
export interface CountryModel extends UnState {
  regionalCommissionId: string;
  regionalCommissionProvenance: ProvenanceModel;
  gcmChampion: boolean;
  gcmChampionProvenance: ProvenanceModel | null;
  createdAt: string;
  updatedAt: string;
}

export const toOrganization = (r: OrganizationRow): OrganizationModel => ({
  id: r.id,
  acronym: r.acronym,
  name: r.name,
  kind: r.kind,
  headquarters: r.headquarters,
  website: r.website,
  isNetworkMember: parseBool(r.network_member),
  networkMembership: parseBool(r.network_member)
    ? { since: r.member_since, provenance: provenanceFrom(r, 'membership_') }
    : null,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

export const toNetworkRole = (r: NetworkRoleRow): NetworkRoleModel => ({
  kind: r.kind,
  organizationId: r.organization_id,
  since: r.since,
  until: r.until,
  lastConfirmedOn: r.last_confirmed_on ?? null,
  provenance: provenanceFrom(r),
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

const area = (code: string | null, name: string | null) => (code && name ? { code, name } : null);

export const toCountry = (r: CountryRow): CountryModel => ({
  iso3: r.iso3,
  iso2: r.iso2,
  m49Code: r.m49_code,
  name: r.name,
  commonName: r.common_name,
  officialName: r.official_name,
  unStatus: r.un_status,
  region: { code: r.region_code, name: r.region_name },
  subRegion: area(r.sub_region_code, r.sub_region_name),
  intermediateRegion: area(r.intermediate_region_code, r.intermediate_region_name),
  hubRegion: r.hub_region,
  regionalCommissionId: r.regional_commission_id,
  regionalCommissionProvenance: provenanceFrom(r, 'commission_'),
  gcmChampion: parseBool(r.gcm_champion),
  gcmChampionProvenance: parseBool(r.gcm_champion) ? provenanceFrom(r, 'champion_') : null,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

/** The Network singleton carries no columns of its own; its fields are resolved from roles. */
export interface NetworkModel {
  name: string;
  establishedOn: string;
}

export type UnNetworkRow = {
  id: string;
  kind: 'COUNTRY' | 'REGIONAL';
  name: string;
  country_iso3: string | null;
  region_name: string | null;
  regional_commission_id: string | null;
  established_on: string | null;
  workplan_url: string | null;
  entry_point: string;
  sample: BoolColumn;
  created_at: string;
  updated_at: string;
} & ProvenanceColumns;

export type UnNetworkTotalRow = {
  id: number;
  kind: 'COUNTRY' | 'REGIONAL';
  count: number;
  reached_by: string;
  not_before: string | null;
  created_at: string;
  updated_at: string;
} & ProvenanceColumns;

export interface UnNetworkModel {
  id: string;
  kind: 'COUNTRY' | 'REGIONAL';
  name: string;
  countryIso3: string | null;
  region: string | null;
  regionalCommissionId: string | null;
  establishedOn: string | null;
  workplanUrl: string | null;
  entryPoint: string;
  provenance: ProvenanceModel;
  createdAt: string;
  updatedAt: string;
}

export interface UnNetworkTotalModel {
  kind: 'COUNTRY' | 'REGIONAL';
  count: number;
  reachedBy: string;
  notBefore: string | null;
  provenance: ProvenanceModel;
  createdAt: string;
  updatedAt: string;
}

/** Another subgraph's entity as the gateway sends it to a field that @requires its countries. */
export interface SupportRequestRef { id: string; country?: { iso3: string } | null }
export interface FundProjectRef { id: string; countries?: { iso3: string }[] | null }

export const toUnNetwork = (r: UnNetworkRow): UnNetworkModel => ({
  id: r.id,
  kind: r.kind,
  name: r.name,
  countryIso3: r.country_iso3,
  region: r.region_name,
  regionalCommissionId: r.regional_commission_id,
  establishedOn: r.established_on,
  workplanUrl: r.workplan_url,
  entryPoint: r.entry_point,
  provenance: provenanceFrom(r),
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

export const toUnNetworkTotal = (r: UnNetworkTotalRow): UnNetworkTotalModel => ({
  kind: r.kind,
  count: Number(r.count),
  reachedBy: r.reached_by,
  notBefore: r.not_before,
  // Totals carry no sample column: they are the Network's own published figures.
  provenance: { ...provenanceFrom(r), sample: false },
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});
