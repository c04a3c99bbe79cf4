// The organizations a request may be matched to. The members subgraph owns organizations (its seed is
// subgraphs/members/data/seeds/organizations.ts); a subgraph cannot read another's database or import its folder, so
// this is a copy of the same 38 ids. Keep it in step with members' list (see README: "Partner validation").
export const PARTNER_ORGANIZATIONS: readonly (readonly [id: string, acronym: string])[] = [
  ['desa', 'UN DESA'], ['ilo', 'ILO'], ['iom', 'IOM'], ['ohchr', 'OHCHR'], ['undp', 'UNDP'], ['unhcr', 'UNHCR'],
  ['unicef', 'UNICEF'], ['unodc', 'UNODC'], ['who', 'WHO'], ['eca', 'ECA'], ['ece', 'ECE'], ['eclac', 'ECLAC'],
  ['escap', 'ESCAP'], ['escwa', 'ESCWA'], ['fao', 'FAO'], ['ifad', 'IFAD'], ['unfpa', 'UNFPA'], ['un-women', 'UN Women'],
  ['un-habitat', 'UN-Habitat'], ['unesco', 'UNESCO'], ['wfp', 'WFP'], ['world-bank', 'World Bank'], ['unido', 'UNIDO'],
  ['unaids', 'UNAIDS'], ['uncdf', 'UNCDF'], ['unops', 'UNOPS'], ['undrr', 'UNDRR'], ['unitar', 'UNITAR'], ['unu', 'UNU'],
  ['unfccc', 'UNFCCC'], ['itc', 'ITC'], ['unctad', 'UNCTAD'], ['unep', 'UNEP'], ['unrwa', 'UNRWA'], ['ocha', 'OCHA'],
  ['dppa', 'DPPA'], ['un-global-compact', 'UN Global Compact'], ['dco', 'DCO'],
];
