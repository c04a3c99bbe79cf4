// The shapes resolvers receive (codegen maps the schema's types to these), and the row mappers from database rows.
import type { UnState } from '@unmn/shared/countries';
import { parseBool } from '@unmn/shared/rows';
import type { ProvenanceModel } from '@unmn/shared/rows';
import { provenanceFrom } from '@unmn/shared/rows';

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

export const toOrganization = (r: any): OrganizationModel => ({
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

export const toNetworkRole = (r: any): NetworkRoleModel => ({
  kind: r.kind,
  organizationId: r.organization_id,
  since: r.since,
  until: r.until,
  lastConfirmedOn: r.last_confirmed_on ?? null,
  provenance: provenanceFrom(r),
});

const area = (code: string | null, name: string | null) => (code && name ? { code, name } : null);

export const toCountry = (r: any): CountryModel => ({
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
  hubRegion: r.hub_region as UnState['hubRegion'],
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
