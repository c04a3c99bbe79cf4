// Deterministic generator of illustrative knowledge resources: the same index always yields the same resource, so the
// seeded sample set and the benchmark sets (`npm run seed -- knowledge-resources --scale N`) are reproducible.
// Everything generated is marked `sample`: it illustrates the data model and is not a real Hub resource.
import type { Knex } from 'knex';
import { HUB_REGIONS } from '@unmn/shared/countries';
import type { ReviewStatus } from '../models.js';
import type { ResourceRow, TagsInput } from '../rows.js';
import { coveredRegions } from '../../rules/resource.js';
import { tagKeysOf } from '../reference/tags.js';
import { changeVocabulary, indexBatch } from '../search.js';

/** mulberry32: a tiny, fast, seedable PRNG (deterministic across platforms). */
function rng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Topics per GCM objective (1..23): phrases used in titles and text, so searches for these words find them.
const TOPICS: Record<number, string[]> = {
  1: ['migration data', 'disaggregated statistics', 'labour migration surveys'],
  2: ['climate displacement', 'disaster risk reduction', 'rural livelihoods'],
  3: ['pre-departure information', 'migrant information centres', 'safe migration campaigns'],
  4: ['civil registration', 'legal identity documents', 'birth registration of migrant children'],
  5: ['regular pathways', 'labour mobility schemes', 'family reunification'],
  6: ['fair recruitment', 'ethical recruitment', 'decent work for migrant workers'],
  7: ['migrants in vulnerable situations', 'protection of unaccompanied children', 'gender-based violence prevention'],
  8: ['search and rescue', 'missing migrants', 'identification of the dead'],
  9: ['migrant smuggling', 'smuggling investigations', 'protection of smuggled migrants'],
  10: ['trafficking in persons', 'victim identification', 'anti-trafficking referral'],
  11: ['integrated border management', 'border health screening', 'coordinated border agencies'],
  12: ['screening and referral', 'vulnerability assessment', 'case management'],
  13: ['alternatives to detention', 'community-based case management', 'child immigration detention'],
  14: ['consular protection', 'consular assistance', 'diaspora consular services'],
  15: ['access to health care', 'access to education', 'basic services for migrants'],
  16: ['social cohesion', 'local integration', 'inclusion of migrants in cities'],
  17: ['xenophobia', 'evidence-based public discourse', 'anti-discrimination'],
  18: ['skills recognition', 'qualifications frameworks', 'skills partnerships'],
  19: ['diaspora engagement', 'diaspora investment', 'migrants as development actors'],
  20: ['remittances', 'cost of remittance transfers', 'financial inclusion of migrants'],
  21: ['sustainable reintegration', 'assisted voluntary return', 'readmission cooperation'],
  22: ['social security portability', 'pension portability', 'social protection agreements'],
  23: ['international cooperation', 'regional consultative processes', 'capacity building partnerships'],
};

const TYPES: { type: ResourceRow['type']; label: string; weight: number }[] = [
  { type: 'PRACTICE', label: 'Practice', weight: 5 },
  { type: 'TOOL_OR_GUIDANCE', label: 'Guidance', weight: 3 },
  { type: 'RESEARCH_OR_REPORT', label: 'Report', weight: 4 },
  { type: 'POLICY_BRIEF', label: 'Policy brief', weight: 2 },
  { type: 'TRAINING', label: 'Training', weight: 2 },
  { type: 'DATASET', label: 'Dataset', weight: 1 },
  { type: 'EVENT_OR_WEBINAR', label: 'Webinar', weight: 1 },
  { type: 'STATEMENT', label: 'Statement', weight: 1 },
];
const TYPE_BAG = TYPES.flatMap((t) => Array(t.weight).fill(t));

const VERBS = ['Strengthening', 'Improving', 'Scaling up', 'Rethinking', 'Measuring', 'Lessons on', 'A toolkit for', 'Partnerships for'];
const LANGUAGES: [string, number][] = [['en', 10], ['fr', 3], ['es', 3], ['ar', 2], ['ru', 1], ['zh', 1], ['pt', 1]];
const LANGUAGE_BAG = LANGUAGES.flatMap(([l, w]) => Array(w).fill(l));

// Countries by Hub region (a few each), for national and local resources.
const COUNTRIES: Record<string, string[]> = {
  AFRICA: ['SEN', 'GHA', 'KEN', 'ETH', 'NGA', 'MAR', 'UGA', 'ZAF', 'MLI', 'NER'],
  AMERICAS: ['MEX', 'COL', 'ECU', 'SLV', 'GTM', 'HND', 'PER', 'CAN', 'BRA', 'CRI'],
  ASIA: ['PHL', 'BGD', 'NPL', 'IDN', 'JOR', 'LBN', 'IRQ', 'KGZ', 'LKA', 'AZE'],
  EUROPE: ['PRT', 'ESP', 'DEU', 'ITA', 'MDA', 'LUX', 'SRB', 'SWE', 'GRC', 'ALB'],
  OCEANIA: ['FJI', 'PNG', 'WSM', 'TON', 'VUT', 'AUS', 'NZL', 'SLB', 'KIR', 'TUV'],
};
const PUBLISHERS = ['iom', 'ilo', 'unhcr', 'unicef', 'undp', 'ohchr', 'unodc', 'desa', 'who', 'unfpa', 'un-women', 'ifad', 'world-bank', 'eca', 'ece', 'eclac', 'escap', 'escwa', 'unitar', 'unu'];
const AUDIENCES = ['GOVERNMENTS', 'UN_SYSTEM', 'CIVIL_SOCIETY', 'RESEARCHERS', 'PRACTITIONERS', 'MIGRANTS_AND_COMMUNITIES', 'PRIVATE_SECTOR', 'GENERAL_PUBLIC'];
const FILLER = [
  'The approach was designed with national authorities and local partners.',
  'It draws on consultations with migrants, employers and community organizations.',
  'Monitoring data were collected over several years and disaggregated by sex and age.',
  'Costs, timelines and institutional arrangements are described step by step.',
  'The initiative is aligned with the guiding principles of the Global Compact.',
  'Results were reviewed at a regional meeting and shared through the Migration Network Hub.',
  'Further phases will extend the work to additional municipalities.',
  'Challenges included staff turnover, funding gaps and limited data.',
];

const REGION_DISPLAY = new Intl.DisplayNames(['en'], { type: 'region' });
// ISO alpha-2 from alpha-3 for names: a small fixed map for the countries above (Intl needs alpha-2 codes).
const ISO2: Record<string, string> = {
  SEN: 'SN', GHA: 'GH', KEN: 'KE', ETH: 'ET', NGA: 'NG', MAR: 'MA', UGA: 'UG', ZAF: 'ZA', MLI: 'ML', NER: 'NE',
  MEX: 'MX', COL: 'CO', ECU: 'EC', SLV: 'SV', GTM: 'GT', HND: 'HN', PER: 'PE', CAN: 'CA', BRA: 'BR', CRI: 'CR',
  PHL: 'PH', BGD: 'BD', NPL: 'NP', IDN: 'ID', JOR: 'JO', LBN: 'LB', IRQ: 'IQ', KGZ: 'KG', LKA: 'LK', AZE: 'AZ',
  PRT: 'PT', ESP: 'ES', DEU: 'DE', ITA: 'IT', MDA: 'MD', LUX: 'LU', SRB: 'RS', SWE: 'SE', GRC: 'GR', ALB: 'AL',
  FJI: 'FJ', PNG: 'PG', WSM: 'WS', TON: 'TO', VUT: 'VU', AUS: 'AU', NZL: 'NZ', SLB: 'SB', KIR: 'KI', TUV: 'TV',
};
const REGION_NAMES: Record<string, string> = { AFRICA: 'Africa', AMERICAS: 'the Americas', ASIA: 'Asia', EUROPE: 'Europe', OCEANIA: 'Oceania' };

export interface GeneratedResource {
  seq: number;
  row: ResourceRow & { seq: number };
  tags: TagsInput;
}

export interface GenerateOptions {
  /** Id prefix: `kr-sample` for the seeded set, `kr-gen` for benchmark sets. */
  prefix: string;
  /** Whether some resources are left unpublished (drafts, submissions, rejections) to show the workflow. */
  workflowMix: boolean;
  source: string;
  note: string;
  /** Creation timestamp for every row. */
  at: string;
}

/** Resource number `i` (0-based) of a deterministic set. */
export function generateResource(i: number, options: GenerateOptions): GeneratedResource {
  const r = rng(0x5eed + i * 7919);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)];
  // Objectives: round-robin primary objective (so every objective is covered evenly), plus up to two more.
  const primary = (i % 23) + 1;
  const objectives = new Set([primary]);
  const extra = Math.floor(r() * 3);
  for (let k = 0; k < extra; k += 1) objectives.add(1 + Math.floor(r() * 23));
  const kind = pick(TYPE_BAG);
  // Regions round-robin too, so all five are covered; scope decides how specific the place is.
  const region = HUB_REGIONS[Math.floor(i / 23) % HUB_REGIONS.length];
  const scopeRoll = r();
  const scope = scopeRoll < 0.15 ? 'GLOBAL' : scopeRoll < 0.35 ? 'REGIONAL' : scopeRoll < 0.85 ? 'NATIONAL' : 'LOCAL';
  const countries = scope === 'GLOBAL' ? [] : scope === 'REGIONAL' ? (r() < 0.5 ? [] : [pick(COUNTRIES[region]), pick(COUNTRIES[region])]) : [pick(COUNTRIES[region])];
  const uniqueCountries = [...new Set(countries)].sort();
  const regions = coveredRegions(scope === 'GLOBAL' ? [] : [region], uniqueCountries);
  const place = scope === 'GLOBAL' ? 'across regions' : uniqueCountries.length === 1
    ? `in ${REGION_DISPLAY.of(ISO2[uniqueCountries[0]]) ?? uniqueCountries[0]}`
    : `in ${REGION_NAMES[region]}`;
  const topic = pick(TOPICS[primary]);
  const secondTopic = pick(TOPICS[[...objectives][objectives.size - 1]]);
  const title = `${kind.label}: ${pick(VERBS)} ${topic} ${place}`.slice(0, 300);
  const summary = `This ${kind.label.toLowerCase()} looks at ${topic} ${place}, with attention to ${secondTopic}. ${pick(FILLER)}`;
  const body = [pick(FILLER), `It documents how ${topic} was addressed and what changed for migrants.`, pick(FILLER), pick(FILLER)].join(' ');
  const languages = new Set(['en']);
  if (r() < 0.5) languages.add(pick(LANGUAGE_BAG));
  if (r() < 0.2) languages.add(pick(LANGUAGE_BAG));
  const publishers = new Set([pick(PUBLISHERS)]);
  if (r() < 0.35) publishers.add(pick(PUBLISHERS));
  const principles = new Set<string>();
  for (let k = 0; k < 1 + Math.floor(r() * 3); k += 1) principles.add('abcdefghij'[Math.floor(r() * 10)]);
  const audiences = new Set([pick(AUDIENCES)]);
  if (r() < 0.5) audiences.add(pick(AUDIENCES));
  const day = Math.floor(r() * 365 * 7); // 2019-01-01 .. 2025-12-30
  const publishedOn = new Date(Date.UTC(2019, 0, 1) + day * 86_400_000).toISOString().slice(0, 10);
  // A few records of the sample set sit elsewhere in the workflow, owned by IOM or Mexico (as the test personas).
  let status: ReviewStatus = 'PUBLISHED';
  let ownerOrg: string | null = [...publishers][0];
  let ownerCountry: string | null = null;
  if (options.workflowMix && i % 20 === 7) {
    status = (['DRAFT', 'SUBMITTED', 'UNDER_REVIEW', 'REJECTED'] as const)[Math.floor(i / 20) % 4];
    if (i % 40 === 27) {
      ownerOrg = null;
      ownerCountry = 'MEX';
    } else {
      ownerOrg = 'iom';
      publishers.add('iom');
    }
  }
  const practice = kind.type === 'PRACTICE';
  const fromDay = Math.max(0, day - 400 - Math.floor(r() * 800));
  const seq = i + 1;
  return {
    seq,
    row: {
      seq,
      id: `${options.prefix}-${String(seq).padStart(6, '0')}`,
      title,
      summary,
      body,
      type: kind.type,
      url: `https://example.org/${options.prefix}/${seq}`,
      published_on: publishedOn,
      geographic_scope: scope,
      target_audience: JSON.stringify([...audiences]),
      implemented_from: practice ? new Date(Date.UTC(2019, 0, 1) + fromDay * 86_400_000).toISOString().slice(0, 10) : null,
      implemented_until: practice && r() < 0.7 ? publishedOn : null,
      completed: practice ? r() < 0.7 : null,
      lessons_learned: practice ? `Working with local authorities on ${topic} early made the results last. ${pick(FILLER)}` : null,
      why_replicable: practice ? `The model for ${topic} relies on existing institutions and modest budgets, so other countries can adapt it.` : null,
      review_status: status,
      review_comment: status === 'REJECTED' ? 'Out of scope for the Repository of Practices (illustrative).' : null,
      submitted_at: status === 'DRAFT' ? null : options.at,
      reviewed_at: status === 'PUBLISHED' || status === 'REJECTED' ? options.at : null,
      owner_org: ownerOrg,
      owner_country: ownerCountry,
      owner_subject: null,
      source: options.source,
      confidence: 'U',
      note: options.note,
      sample: true,
      created_at: options.at,
      updated_at: options.at,
    },
    tags: {
      objectives: [...objectives].sort((a, b) => a - b),
      principles: [...principles].sort(),
      languages: [...languages],
      publishers: [...publishers],
      countries: uniqueCountries,
      regions,
    },
  };
}

/** Inserts resources `from`..`to-1` in batches inside one transaction per batch; reports progress. */
export async function insertGenerated(
  knex: Knex,
  dialect: 'sqlite' | 'postgres',
  range: { from: number; to: number },
  options: GenerateOptions,
  onProgress: (done: number) => void = () => {},
  batchSize = 500,
): Promise<void> {
  for (let start = range.from; start < range.to; start += batchSize) {
    const batch = Array.from({ length: Math.min(batchSize, range.to - start) }, (_, k) => generateResource(start + k, options));
    await knex.transaction((trx) => insertResources(trx, dialect, batch));
    onProgress(Math.min(start + batchSize, range.to) - range.from);
  }
  await advanceSequence(knex, dialect);
}

/** Writes resources with explicit `seq` values and their tag rows (the seeded sample set, benchmark sets, real resources). */
export async function insertResources(trx: Knex, dialect: 'sqlite' | 'postgres', batch: GeneratedResource[]): Promise<void> {
  if (batch.length === 0) return;
  // Each row with its stemmed search columns; the vocabulary of "did you mean" gains the batch's words (search.ts).
  const { rows, words } = indexBatch(trx, batch.map((b) => ({ row: b.row, languages: b.tags.languages })));
  // PostgreSQL: each row with its search keys, so it is written once.
  await trx.batchInsert('resources', dialect === 'postgres' ? rows.map((row, i) => ({ ...row, tag_keys: tagKeysOf(batch[i].tags, batch[i].row) })) : rows, 100);
  await changeVocabulary(trx, words);
  // Each tag row carries its resource's visibility flag and sort key (see the migrations and KnowledgeStore.syncTagKeys).
  const keys = (b: GeneratedResource) => ({ resource_seq: b.seq, published: b.row.review_status === 'PUBLISHED', sample: Boolean(b.row.sample), published_on: b.row.published_on });
  const child = (table: string, rows: Record<string, unknown>[]) => trx.batchInsert(table, rows, 200);
  await child('resource_objectives', batch.flatMap((b) => b.tags.objectives.map((n) => ({ ...keys(b), objective_number: n }))));
  await child('resource_principles', batch.flatMap((b) => b.tags.principles.map((l) => ({ ...keys(b), letter: l }))));
  await child('resource_languages', batch.flatMap((b) => b.tags.languages.map((l) => ({ ...keys(b), language: l }))));
  await child('resource_publishers', batch.flatMap((b) => b.tags.publishers.map((o, p) => ({ ...keys(b), organization_id: o, position: p }))));
  await child('resource_countries', batch.flatMap((b) => b.tags.countries.map((c) => ({ ...keys(b), iso3: c }))));
  await child('resource_regions', batch.flatMap((b) => b.tags.regions.map((g) => ({ ...keys(b), region: g }))));
}

/** Explicit seq values do not advance PostgreSQL's serial sequence; move it past them so later inserts get new keys. */
export async function advanceSequence(knex: Knex, dialect: 'sqlite' | 'postgres'): Promise<void> {
  if (dialect === 'postgres') await knex.raw(`select setval(pg_get_serial_sequence('resources', 'seq'), (select coalesce(max(seq), 1) from resources))`);
}
