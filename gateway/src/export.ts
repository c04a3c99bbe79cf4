// GET /export/<dataset>.ndjson and /export/<dataset>.csv: the public datasets in bulk, for analysts and partners who
// want a file rather than a client. Like the IATI file (iati.ts) the rows are read from this gateway's own /graphql as
// the caller (graph-client.ts), so an export holds exactly the rows the same token sees through the graph, under the
// same limits and rate limits.
//
// Streaming: one page of 100 rows is read, written, and the next is asked for only once the socket has taken the
// last one (backpressure), so memory holds one page whatever the size of the export or the speed of the reader.
// The first line says what each column is: NDJSON starts with `{"$schema": {...}}`, CSV with the header row (the
// descriptions are in the README's "Bulk export" section and in the NDJSON schema line).
import type http from 'node:http';
import { stringify } from 'csv-stringify/sync';
import { failStream, graphClient, pages, sendError, type Ask } from './graph-client.js';

export const EXPORT_PREFIX = '/export/';

type Value = string | number | boolean | null | string[] | number[];
interface Column { name: string; description: string; value: (row: any) => Value }
interface Dataset {
  description: string;
  /** The rows, a page at a time, as the caller may see them. */
  rows: (ask: Ask) => AsyncGenerator<any[]>;
  columns: Column[];
}

const col = (name: string, description: string, value: (row: any) => Value = (row) => row[name] ?? null): Column => ({ name, description, value });
const ids = (list: { id: string }[] | null | undefined) => (list ?? []).map((x) => x.id);
const iso3s = (list: { iso3: string }[] | null | undefined) => (list ?? []).map((x) => x.iso3);
const numbers = (list: { number: number }[] | null | undefined) => (list ?? []).map((x) => x.number);
const connection = (field: string, args: string, selection: string, variables: Record<string, unknown> = {}) => (ask: Ask) =>
  pages<any>(ask, `query Export($first: Int!, $after: String${args}) { ${field}(first: $first, after: $after${args ? `, filter: $filter` : ''}) {
    pageInfo { hasNextPage endCursor } edges { node { ${selection} } } } }`, variables, (data) => data[field]);

export const DATASETS: Record<string, Dataset> = {
  organizations: {
    description: 'UN system and partner organizations, ordered by id.',
    rows: connection('organizations', '', 'id acronym name kind headquarters website isNetworkMember updatedAt'),
    columns: [
      col('id', 'Organization id, e.g. iom'),
      col('acronym', 'Acronym'),
      col('name', 'Full name'),
      col('kind', 'OrganizationKind enum'),
      col('headquarters', 'Headquarters city, when known'),
      col('website', 'Website URL, when known'),
      col('isNetworkMember', 'Member of the UN Network on Migration'),
      col('updatedAt', 'Last change (ISO 8601 instant)'),
    ],
  },
  countries: {
    description: 'UN Member and observer States, ordered by ISO alpha-3 code.',
    rows: connection('countries', '', 'iso3 iso2 m49Code name officialName unStatus region { code } hubRegion regionalCommission { id } gcmChampion updatedAt'),
    columns: [
      col('iso3', 'ISO 3166-1 alpha-3 code'),
      col('iso2', 'ISO 3166-1 alpha-2 code'),
      col('m49Code', 'UN M49 numeric code'),
      col('name', 'Short name'),
      col('officialName', 'Official name'),
      col('unStatus', 'MEMBER_STATE or OBSERVER_STATE'),
      col('m49Region', 'M49 region code', (c) => c.region.code),
      col('hubRegion', 'Migration Network Hub region'),
      col('regionalCommission', 'Id of the UN regional commission', (c) => c.regionalCommission.id),
      col('gcmChampion', 'GCM Champion country'),
      col('updatedAt', 'Last change (ISO 8601 instant)'),
    ],
  },
  objectives: {
    description: 'The 23 objectives of the Global Compact for Migration, in order.',
    async *rows(ask) {
      const data = await ask<{ objectives: unknown[] | null }>('query Export { objectives { number title shortTitle paragraph thematicArea { id } hubUrl updatedAt } }', {});
      yield data.objectives ?? [];
    },
    columns: [
      col('number', 'Objective number, 1 to 23'),
      col('title', 'Title'),
      col('shortTitle', 'Short title'),
      col('paragraph', 'Paragraph of the Compact'),
      col('thematicArea', 'Id of the Migration MPTF thematic area (ta1 to ta5), when assigned', (o) => o.thematicArea?.id ?? null),
      col('hubUrl', 'Page on the Migration Network Hub'),
      col('updatedAt', 'Last change (ISO 8601 instant)'),
    ],
  },
  resources: {
    description: 'Published knowledge resources (reviewStatus PUBLISHED), newest first, sample records included.',
    rows: connection('resources', ', $filter: ResourceFilter',
      'id title summary type url languages publishedOn publishers { id } objectives { number } geographicScope countries { iso3 } regions provenance { sample } updatedAt',
      { filter: { reviewStatuses: ['PUBLISHED'] } }),
    columns: [
      col('id', 'Resource id'),
      col('title', 'Title'),
      col('summary', 'Summary'),
      col('type', 'ResourceType enum'),
      col('url', 'Link to the resource, when it has one'),
      col('languages', 'ISO 639-1 language codes (CSV: separated by ;)'),
      col('publishedOn', 'Publication date'),
      col('publishers', 'Publishing organization ids (CSV: separated by ;)', (r) => ids(r.publishers)),
      col('objectives', 'GCM objective numbers (CSV: separated by ;)', (r) => numbers(r.objectives)),
      col('geographicScope', 'GeographicScope enum'),
      col('countries', 'ISO alpha-3 codes covered (CSV: separated by ;)', (r) => iso3s(r.countries)),
      col('regions', 'Hub regions covered (CSV: separated by ;)'),
      col('sample', 'Illustrative sample record, not real data', (r) => r.provenance.sample),
      col('updatedAt', 'Last change (ISO 8601 instant)'),
    ],
  },
  'fund-projects': {
    description: 'Joint programmes of the Migration MPTF with their money, ordered by code, sample programmes included.',
    rows: connection('fundProjects', '',
      'id code title status scope year thematicArea { id } objectives { number } countries { iso3 } leadOrganization { id } budget { amount currency } transferred { amount } remaining { amount } startDate endDate provenance { sample } updatedAt'),
    columns: [
      col('id', 'Programme id'),
      col('code', 'Programme code, e.g. MIG00-...'),
      col('title', 'Title'),
      col('status', 'FundProjectStatus enum'),
      col('scope', 'ProjectScope enum'),
      col('year', 'Programme year'),
      col('thematicArea', 'Thematic area id (ta1 to ta5)', (p) => p.thematicArea.id),
      col('objectives', 'GCM objective numbers (CSV: separated by ;)', (p) => numbers(p.objectives)),
      col('countries', 'ISO alpha-3 codes covered (CSV: separated by ;)', (p) => iso3s(p.countries)),
      col('leadOrganization', 'Lead organization id', (p) => p.leadOrganization?.id ?? null),
      col('currency', 'Currency of the three amounts (ISO 4217)', (p) => p.budget.currency),
      col('budget', 'Approved or requested budget, decimal string', (p) => p.budget.amount),
      col('transferred', 'Transferred so far, decimal string', (p) => p.transferred.amount),
      col('remaining', 'Budget not yet transferred, decimal string', (p) => p.remaining.amount),
      col('startDate', 'Start date, when known'),
      col('endDate', 'End date, when known'),
      col('sample', 'Illustrative sample programme, not real data', (p) => p.provenance.sample),
      col('updatedAt', 'Last change (ISO 8601 instant)'),
    ],
  },
  'support-requests': {
    description: "Summaries of the support requests the caller may see (anonymous callers: the public ones).",
    rows: connection('supportRequests', '',
      'id code title status region channel country { iso3 } objectives { number } supportKinds leadPartner { id } submittedAt closedAt sample updatedAt'),
    columns: [
      col('id', 'Request id'),
      col('code', 'Request code'),
      col('title', 'Title'),
      col('status', 'SupportRequestStatus enum'),
      col('region', 'Hub region'),
      col('channel', 'SubmissionChannel enum'),
      col('country', 'Requesting country (ISO alpha-3), when known', (r) => r.country?.iso3 ?? null),
      col('objectives', 'GCM objective numbers (CSV: separated by ;)', (r) => numbers(r.objectives)),
      col('supportKinds', 'SupportKind enums (CSV: separated by ;)'),
      col('leadPartner', 'Lead partner organization id, once matched', (r) => r.leadPartner?.id ?? null),
      col('submittedAt', 'Submission instant'),
      col('closedAt', 'Closing instant, once closed'),
      col('sample', 'Illustrative sample record, not real data'),
      col('updatedAt', 'Last change (ISO 8601 instant)'),
    ],
  },
};

const FORMATS = {
  ndjson: {
    contentType: 'application/x-ndjson; charset=utf-8',
    head: (name: string, d: Dataset) => `${JSON.stringify({ $schema: { dataset: name, description: d.description, columns: Object.fromEntries(d.columns.map((c) => [c.name, c.description])) } })}\n`,
    rows: (d: Dataset, rows: any[]) => rows.map((r) => `${JSON.stringify(Object.fromEntries(d.columns.map((c) => [c.name, c.value(r)])))}\n`).join(''),
  },
  csv: {
    contentType: 'text/csv; charset=utf-8; header=present',
    head: (_: string, d: Dataset) => stringify([d.columns.map((c) => c.name)]),
    // Lists become one cell separated by `;`; null becomes an empty cell.
    rows: (d: Dataset, rows: any[]) => stringify(rows.map((r) => d.columns.map((c) => {
      const v = c.value(r);
      return Array.isArray(v) ? v.join(';') : v;
    })), { cast: { boolean: (b) => String(b) } }),
  },
} as const;
type Format = keyof typeof FORMATS;

function notFound(res: http.ServerResponse, message: string, code: string): void {
  sendError(res, 404, message, { code, datasets: Object.keys(DATASETS), formats: Object.keys(FORMATS) });
}

/** Resolves once the socket has taken what was written (or the client went away). */
function drained(res: http.ServerResponse): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      res.off('drain', done).off('close', done);
      resolve();
    };
    res.on('drain', done).on('close', done);
  });
}

async function writeExport(req: http.IncomingMessage, res: http.ServerResponse, name: string, format: Format, pagePass: string): Promise<void> {
  const dataset = DATASETS[name];
  const out = FORMATS[format];
  const rows = dataset.rows(graphClient(req, pagePass));
  // The first page is read before the status line, so a refusal (401, 429) still reaches the caller as the graph's.
  let next = await rows.next();
  res.writeHead(200, {
    'content-type': out.contentType,
    'content-disposition': `attachment; filename="${name}.${format}"`,
    'cache-control': 'no-store',
  });
  res.write(out.head(name, dataset));
  for (; !next.done; next = await rows.next()) {
    if (!res.write(out.rows(dataset, next.value))) await drained(res);
    if (res.destroyed) return void (await rows.return(undefined));
  }
  res.end();
}

/** The route hook for createHttpServer's `routes` option: answers GET /export/<dataset>.<ndjson|csv> (`pagePass`: graph-client.ts). */
export function serveExport(req: http.IncomingMessage, res: http.ServerResponse, pathname: string, pagePass: string): boolean {
  if (!pathname.startsWith(EXPORT_PREFIX)) return false;
  if (req.method !== 'GET') {
    sendError(res, 405, `${EXPORT_PREFIX}<dataset>.<format> answers GET only`, { code: 'METHOD_NOT_ALLOWED' }, { allow: 'GET' });
    return true;
  }
  let file = pathname.slice(EXPORT_PREFIX.length);
  try {
    file = decodeURIComponent(file);
  } catch {
    // Not valid percent-encoding: named as it came.
  }
  const dot = file.lastIndexOf('.');
  const name = dot < 0 ? file : file.slice(0, dot);
  const format = dot < 0 ? '' : file.slice(dot + 1);
  if (!Object.hasOwn(DATASETS, name)) {
    notFound(res, `Unknown export dataset "${name}"; known datasets: ${Object.keys(DATASETS).join(', ')}`, 'UNKNOWN_DATASET');
    return true;
  }
  if (!Object.hasOwn(FORMATS, format)) {
    notFound(res, `Unknown export format "${format || '(none)'}" for ${name}; use ${name}.ndjson or ${name}.csv`, 'UNKNOWN_FORMAT');
    return true;
  }
  writeExport(req, res, name, format as Format, pagePass).catch((error: unknown) => failStream(res, error, `The ${name} export`));
  return true;
}
