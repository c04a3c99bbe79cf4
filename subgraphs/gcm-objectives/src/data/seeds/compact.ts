// The Compact's reference facts, from ../shared/reference/domain-facts.md §2 (sources cited per item).
import type { ConfidenceCode } from '@unmn/shared/rows';

const P7 = 'A/RES/73/195 p.7';
const TITLE_SOURCES: Record<number, string> = {
  1: P7, 2: 'https://migrationnetwork.un.org/taxonomy/term/280; A/RES/73/195 p.9', 3: 'https://emm.iom.int/handbooks/gcm', 4: 'https://emm.iom.int/handbooks/gcm',
  5: 'https://emm.iom.int/handbooks/gcm', 6: 'https://emm.iom.int/handbooks/gcm', 7: 'https://emm.iom.int/handbooks/gcm', 8: 'https://emm.iom.int/handbooks/gcm',
  9: 'https://migrationnetwork.un.org/taxonomy/term/detail/287?type=video', 10: 'https://migrationnetwork.un.org/taxonomy/term/288',
  11: 'https://migrationnetwork.un.org/taxonomy/term/289',
};

export interface ObjectiveSeed { number: number; title: string; shortTitle: string; description: string; source: string }

const rows: [number, string, string, string][] = [
  [1, 'Collect and utilize accurate and disaggregated data as a basis for evidence-based policies', 'Data', 'Improve and invest in migration data, disaggregated by sex, age, status and other characteristics, so policies rest on evidence.'],
  [2, 'Minimize the adverse drivers and structural factors that compel people to leave their country of origin', 'Minimize adverse drivers', 'Address poverty, conflict, disasters, climate change and other factors that force people to migrate, so that staying is a real option.'],
  [3, 'Provide accurate and timely information at all stages of migration', 'Information provision', 'Give migrants and prospective migrants reliable information on their rights, obligations and options before, during and after migration.'],
  [4, 'Ensure that all migrants have proof of legal identity and adequate documentation', 'Legal identity and documentation', 'Make sure every migrant can obtain identity and travel documents and civil registration.'],
  [5, 'Enhance availability and flexibility of pathways for regular migration', 'Regular pathways', 'Expand and diversify regular migration pathways, including for work, study, family reunification and people affected by disasters.'],
  [6, 'Facilitate fair and ethical recruitment and safeguard conditions that ensure decent work', 'Recruitment and decent work', 'Regulate recruitment, end recruitment fees charged to workers and protect migrant workers\' labour rights.'],
  [7, 'Address and reduce vulnerabilities in migration', 'Reduce vulnerabilities', 'Identify and assist migrants in situations of vulnerability, whatever their status.'],
  [8, 'Save lives and establish coordinated international efforts on missing migrants', 'Save lives', 'Prevent deaths and injuries in migration, search and rescue, and identify and trace missing migrants.'],
  [9, 'Strengthen the transnational response to smuggling of migrants', 'Counter smuggling', 'Cooperate across borders to prevent and counter migrant smuggling while protecting smuggled migrants.'],
  [10, 'Prevent, combat and eradicate trafficking in persons in the context of international migration', 'Eradicate trafficking', 'Prosecute traffickers and identify, protect and assist victims of trafficking.'],
  [11, 'Manage borders in an integrated, secure and coordinated manner', 'Manage borders', 'Coordinate border management nationally and internationally, in line with human rights.'],
  [12, 'Strengthen certainty and predictability in migration procedures for appropriate screening, assessment and referral', 'Screening and referral', 'Make migration procedures clear and predictable so migrants are screened, assessed and referred to the right services.'],
  [13, 'Use migration detention only as a measure of last resort and work towards alternatives', 'Alternatives to detention', 'Limit immigration detention to a last resort and develop non-custodial alternatives.'],
  [14, 'Enhance consular protection, assistance and cooperation throughout the migration cycle', 'Consular protection', 'Strengthen consular services that protect and assist nationals abroad.'],
  [15, 'Provide access to basic services for migrants', 'Access to basic services', 'Ensure migrants can safely use basic services such as health care and education, whatever their status.'],
  [16, 'Empower migrants and societies to realize full inclusion and social cohesion', 'Inclusion and social cohesion', 'Support integration and social cohesion in the communities where migrants live.'],
  [17, 'Eliminate all forms of discrimination and promote evidence-based public discourse to shape perceptions of migration', 'Eliminate discrimination', 'Counter discrimination, racism and xenophobia and promote public discourse on migration grounded in evidence.'],
  [18, 'Invest in skills development and facilitate mutual recognition of skills, qualifications and competences', 'Skills development and recognition', 'Develop migrants\' skills and recognise qualifications and competences across borders.'],
  [19, 'Create conditions for migrants and diasporas to fully contribute to sustainable development in all countries', 'Migrant and diaspora contributions', 'Enable migrants and diasporas to contribute to development in countries of origin and destination.'],
  [20, 'Promote faster, safer and cheaper transfer of remittances and foster financial inclusion of migrants', 'Remittances', 'Lower the cost of sending remittances, make transfers safer and faster, and bring migrants into the financial system.'],
  [21, 'Cooperate in facilitating safe and dignified return and readmission, as well as sustainable reintegration', 'Dignified return and reintegration', 'Cooperate on safe and dignified return and readmission and on sustainable reintegration of returnees.'],
  [22, 'Establish mechanisms for the portability of social security entitlements and earned benefits', 'Social protection', 'Let migrant workers keep and transfer social security entitlements and earned benefits across borders.'],
  [23, 'Strengthen international cooperation and global partnerships for safe, orderly and regular migration', 'International cooperation', 'Cooperate internationally and build partnerships to implement the Compact, including through capacity building.'],
];

export const objectives: ObjectiveSeed[] = rows.map(([number, title, shortTitle, description]) => ({
  number, title, shortTitle, description,
  source: `${TITLE_SOURCES[number] ?? P7}; short label: https://migrationnetwork.un.org/hub?gcm_objectives=279`,
}));

export interface PrincipleSeed { letter: string; code: string; title: string; summary: string; confidence: ConfidenceCode; source: string }
const HUB = 'Hub filter labels: https://migrationnetwork.un.org/hub?gcm_objectives=279';
export const principles: PrincipleSeed[] = [
  { letter: 'a', code: 'PEOPLE_CENTRED', title: 'People-centred', summary: 'Puts individuals, migrants and communities of origin, transit and destination at the core.', confidence: 'C', source: `A/RES/73/195 para 15(a), p.5; ${HUB}` },
  { letter: 'b', code: 'INTERNATIONAL_COOPERATION', title: 'International cooperation', summary: 'A non-legally binding cooperative framework: no State can address migration alone.', confidence: 'C', source: `A/RES/73/195 para 15(b), p.5; ${HUB}` },
  { letter: 'c', code: 'NATIONAL_SOVEREIGNTY', title: 'National sovereignty', summary: 'States keep the sovereign right to set national migration policy within international law, and may distinguish regular from irregular status.', confidence: 'C', source: `A/RES/73/195 para 15(c), p.5; ${HUB}` },
  { letter: 'd', code: 'RULE_OF_LAW_AND_DUE_PROCESS', title: 'Rule of law and due process', summary: 'Respect for the rule of law, due process and access to justice.', confidence: 'C', source: `A/RES/73/195 para 15(d), p.5; ${HUB}` },
  { letter: 'e', code: 'SUSTAINABLE_DEVELOPMENT', title: 'Sustainable development', summary: 'Rooted in the 2030 Agenda for Sustainable Development.', confidence: 'L', source: `${HUB}; gist from general knowledge of para 15(e)` },
  { letter: 'f', code: 'HUMAN_RIGHTS', title: 'Human rights', summary: 'Respect, protect and fulfil the human rights of all migrants, regardless of their migration status.', confidence: 'L', source: `${HUB}; gist from general knowledge of para 15(f)` },
  { letter: 'g', code: 'GENDER_RESPONSIVE', title: 'Gender-responsive', summary: 'Gender equality and the agency of women and girls, not only a lens of victimhood.', confidence: 'L', source: `${HUB}; start of para 15(g) seen at A/RES/73/195 p.6` },
  { letter: 'h', code: 'CHILD_SENSITIVE', title: 'Child-sensitive', summary: 'The best interests of the child as a primary consideration, including for unaccompanied and separated children.', confidence: 'C', source: `A/RES/73/195 para 15(h), p.6; ${HUB}` },
  { letter: 'i', code: 'WHOLE_OF_GOVERNMENT', title: 'Whole-of-government approach', summary: 'Horizontal and vertical policy coherence across sectors and levels of government.', confidence: 'C', source: `A/RES/73/195 para 15(i), p.6; ${HUB}` },
  { letter: 'j', code: 'WHOLE_OF_SOCIETY', title: 'Whole-of-society approach', summary: 'Multi-stakeholder partnerships with migrants, diasporas, local communities, civil society, academia, the private sector, parliamentarians, trade unions, national human rights institutions, the media and others.', confidence: 'C', source: `A/RES/73/195 para 15(j), p.6; ${HUB}` },
];

export const COMPACT = {
  name: 'Global Compact for Safe, Orderly and Regular Migration',
  resolution: 'A/RES/73/195',
  adoptedOn: '2018-12-10',
  adoptedAt: 'Marrakech, Morocco',
  endorsedOn: '2018-12-19',
  objectiveCount: 23,
  guidingPrincipleCount: 10,
  reviewForumIntervalYears: 4,
  provenance: {
    source: 'https://reliefweb.int/report/world/global-compact-safe-orderly-and-regular-migration-report-secretary-general-a75542; https://gmdac.iom.int/node/486; A/RES/73/195 para 49',
    confidence: 'CERTAIN' as const,
    note: 'Adopted at the Intergovernmental Conference in Marrakech on 10 Dec 2018; endorsed by the General Assembly in resolution 73/195 of 19 Dec 2018.',
    sample: false,
  },
  sections: [
    { title: 'Guiding principles', firstParagraph: 15, lastParagraph: 15, confidence: 'C', source: 'A/RES/73/195 p.5-6' },
    { title: 'Our cooperative framework (introduction and list of objectives)', firstParagraph: 16, lastParagraph: 16, confidence: 'C', source: 'A/RES/73/195 p.6' },
    { title: 'Objectives and commitments', firstParagraph: 17, lastParagraph: 39, confidence: 'C', source: 'A/RES/73/195 p.7, p.9 (para = 16 + objective number)' },
    { title: 'Implementation', firstParagraph: 40, lastParagraph: 47, confidence: 'C', source: 'https://www.lewik.org/term/27306/implementation-40-47-global-compact-for-safe-orderly-and-regular-migration' },
    { title: 'Capacity-building mechanism', firstParagraph: 43, lastParagraph: 43, confidence: 'C', source: 'A/RES/73/195 p.34' },
    { title: 'United Nations Network on Migration', firstParagraph: 45, lastParagraph: 45, confidence: 'C', source: 'A/RES/73/195 p.34' },
    { title: 'Follow-up and review', firstParagraph: 48, lastParagraph: 54, confidence: 'L', source: 'A/RES/73/195 p.35 (paras 48-50 seen; the end at 54 not seen in an excerpt)' },
  ] as { title: string; firstParagraph: number; lastParagraph: number; confidence: ConfidenceCode; source: string }[],
};

export interface ReviewSeed {
  id: string; kind: 'REGIONAL_REVIEW' | 'INTERNATIONAL_MIGRATION_REVIEW_FORUM'; title: string; year: number;
  startDate: string | null; endDate: string | null; location: string | null; regionalCommissionId: string | null;
  organizers: string[]; convenedBy: string | null; notes: string | null; confidence: ConfidenceCode; source: string; note?: string;
}

export const reviews: ReviewSeed[] = [
  { id: 'rr-ece-2020', kind: 'REGIONAL_REVIEW', title: 'First regional review of the GCM in the UNECE region', year: 2020, startDate: '2020-11-12', endDate: '2020-11-13', location: 'virtual', regionalCommissionId: 'ece', organizers: ['ece'], convenedBy: null, notes: 'Multi-stakeholder consultation on 9 Nov 2020.', confidence: 'C', source: 'https://migrationnetwork.un.org/unece-region-hold-first-regional-review-global-compact-safe-orderly-and-regular-migration' },
  { id: 'rr-escap-2021', kind: 'REGIONAL_REVIEW', title: 'Asia-Pacific Regional Review of Implementation of the GCM', year: 2021, startDate: '2021-03-10', endDate: '2021-03-12', location: null, regionalCommissionId: 'escap', organizers: ['escap'], convenedBy: null, notes: 'Co-organised with the regional UN Network on Migration for Asia and the Pacific.', confidence: 'C', source: 'https://www.scoop.co.nz/stories/WO2103/S00063/' },
  { id: 'rr-eca-2021', kind: 'REGIONAL_REVIEW', title: 'First Africa regional review of the GCM', year: 2021, startDate: null, endDate: null, location: null, regionalCommissionId: 'eca', organizers: ['eca'], convenedBy: null, notes: 'Reported 9 joint programmes underway and 32 in the Migration MPTF pipeline.', confidence: 'L', source: 'https://thefreezonechannel.com/tag/migration-2/', note: 'Year stated; exact dates not found. Organizer inferred from the regional-review model (para 50).' },
  { id: 'rr-eclac-2021', kind: 'REGIONAL_REVIEW', title: 'First regional review of the GCM in Latin America and the Caribbean', year: 2021, startDate: '2021-04-26', endDate: '2021-04-28', location: null, regionalCommissionId: 'eclac', organizers: ['eclac', 'iom'], convenedBy: null, notes: 'The regional Network for Latin America and the Caribbean is co-led by IOM and ECLAC.', confidence: 'C', source: 'https://pactomigracion.cepal.org/en/event-information' },
  { id: 'rr-ece-2024', kind: 'REGIONAL_REVIEW', title: 'Second regional review of the GCM in the UNECE region', year: 2024, startDate: '2024-03-11', endDate: '2024-03-11', location: 'Geneva', regionalCommissionId: 'ece', organizers: ['ece'], convenedBy: null, notes: 'Co-chaired by the Republic of Moldova and Spain; the first of five regional reviews in the 2024 round, which feed into the 2026 IMRF.', confidence: 'C', source: 'https://drupal-main-staging.unece.org/media/press/389175' },
  { id: 'imrf-2022', kind: 'INTERNATIONAL_MIGRATION_REVIEW_FORUM', title: 'First International Migration Review Forum', year: 2022, startDate: '2022-05-17', endDate: '2022-05-20', location: 'UN Headquarters, New York', regionalCommissionId: null, organizers: [], convenedBy: 'President of the General Assembly', notes: 'Informal multi-stakeholder hearing on 16 May; four round tables, a policy debate and plenary. Format set by A/RES/73/326 (19 Jul 2019). Ended in a Progress Declaration.', confidence: 'C', source: 'https://indico.un.org/event/1000748/' },
  { id: 'imrf-2026', kind: 'INTERNATIONAL_MIGRATION_REVIEW_FORUM', title: 'Second International Migration Review Forum', year: 2026, startDate: null, endDate: null, location: null, regionalCommissionId: null, organizers: [], convenedBy: 'President of the General Assembly', notes: 'The 2024 regional reviews feed into it.', confidence: 'C', source: 'https://drupal-main-staging.unece.org/media/press/389175', note: 'Year certain; exact dates not found.' },
];
