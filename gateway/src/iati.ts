// GET /iati/activities.xml: the fund's joint programmes as IATI 2.03 activities, for donors who read the MPTF Office's
// funds in IATI. The export spans subgraphs (programmes and transfers from fund-projects, organization names and ISO
// alpha-2 codes from members), so it is built where the graph is already joined: the gateway asks its own /graphql
// over HTTP with the caller's Authorization header. It therefore shows exactly what that caller may read (anonymous
// callers: public programmes only), meets the same limits and rate limits, and needs no database of its own.
//
// Streaming: transfers are read first (grouped by programme), then programmes are written page by page as they
// arrive, so memory holds one page of programmes and the transfers. A failure after the first bytes left cuts the
// connection, so a client never mistakes a truncated file for a complete one (the XML is then not well-formed).
//
// What is derived and what is estimated is stated in the file's leading comment and in the README (IATI section).
import type http from 'node:http';
import { failStream, graphClient, pages, Refusal, sendError, type Page } from './graph-client.js';

export const IATI_PATH = '/iati/activities.xml';

/**
 * The reporting organisation. The Network republishes the fund's data, so it reports as a secondary reporter. `UNMN`
 * is NOT a registered IATI organisation identifier: replace it with one from the IATI organisation ID service before
 * the file is registered with the IATI Registry.
 */
const REPORTING_ORG = { ref: 'UNMN', type: '40', name: 'UN Network on Migration' };
// DAC 5-digit sector (vocabulary 1) 15190, "Facilitation of orderly, safe, regular and responsible migration and
// mobility": the fund finances GCM implementation only, so every programme gets it at 100 %.
const MIGRATION_SECTOR = '15190';
const PAGE = 100;

interface Money { amount: string; currency: string }
interface Org { id: string; acronym: string; name: string }
interface Provenance { confidence: string; note: string | null; sample?: boolean }
interface Project {
  id: string; code: string; title: string; summary: string; status: string; scope: string;
  startDate: string | null; endDate: string | null; durationMonths: number | null; submittedOn: string; decidedOn: string | null; closedOn: string | null;
  updatedAt: string; budget: Money; budgetProvenance: Provenance;
  countries: { iso2: string }[] | null;
  participatingOrganizations: { isLead: boolean; budgetShare: Money; organization: Org | null }[];
}
interface Transfer { id: string; date: string; amount: Money; fundProject: { id: string }; organization: Org | null; provenance: Provenance }
interface Fund { code: string; name: string; shortName: string }

const PROJECTS = `query IatiActivities($first: Int!, $after: String, $filter: FundProjectFilter) {
  fundProjects(first: $first, after: $after, filter: $filter) {
    pageInfo { hasNextPage endCursor }
    edges { node {
      id code title summary status scope startDate endDate durationMonths submittedOn decidedOn closedOn updatedAt
      budget { amount currency } budgetProvenance { confidence note }
      countries { iso2 }
      participatingOrganizations { isLead budgetShare { amount currency } organization { id acronym name } }
    } }
  }
}`;

const TRANSFERS = `query IatiTransfers($first: Int!, $after: String) {
  fund {
    code name shortName
    transfers(first: $first, after: $after) {
      pageInfo { hasNextPage endCursor }
      edges { node { id date amount { amount currency } fundProject { id } organization { id acronym name } provenance { confidence note sample } } }
    }
  }
}`;

// IATI codelists (../shared/reference/iati/codelists): ActivityStatus, ActivityScope.
const ACTIVITY_STATUS: Record<string, string> = {
  CONCEPT_NOTE: '1', PIPELINE: '1', APPROVED: '1', // Pipeline/identification: no money has moved yet
  ACTIVE: '2', // Implementation
  CLOSED: '4', // Closed: takes no further transfers
  NOT_SELECTED: '5', // Cancelled
};
const ACTIVITY_SCOPE: Record<string, string> = { GLOBAL: '1', REGIONAL: '2', MULTI_COUNTRY: '3', NATIONAL: '4' };
const FUNDED = new Set(['APPROVED', 'ACTIVE', 'CLOSED']);

const escapeXml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!)
    // Characters XML 1.0 forbids (control characters other than tab, newline, carriage return) would make the file
    // unreadable to every IATI tool; free text from a programme must not be able to do that.
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '');
const narrative = (text: string) => `<narrative>${escapeXml(text)}</narrative>`;
const attrs = (values: Record<string, string | undefined>) =>
  Object.entries(values).filter(([, v]) => v !== undefined).map(([k, v]) => ` ${k}="${escapeXml(v!)}"`).join('');
const orgName = (org: Org | null) => (org ? `${org.name} (${org.acronym})` : 'Participating UN organization not available');

function addMonths(date: string, months: number): string {
  const d = new Date(`${date}T00:00:00.000Z`);
  d.setUTCMonth(d.getUTCMonth() + months);
  return d.toISOString().slice(0, 10);
}

const LEADING_COMMENT = `<!--
  The Start-up Fund for Safe, Orderly and Regular Migration (MIG00) as IATI 2.03 activities, one per joint programme,
  from the UN Network on Migration's graph. Derived: activity status, scope and dates from the programme's status and
  dates; commitments (transaction type 2) from each participant's budget share on the steering committee's decision
  date; disbursements (type 3) from the transfers recorded, one each; the DAC sector 15190 for every programme.
  Estimated: budgets whose source is not certain carry status 1 (Indicative); a start date missing from the record is
  the decision date; a missing end date is the start plus the planned duration. Organisation references are omitted
  (DAC channel codes not mapped) and the reporting-org ref "UNMN" is not a registered IATI identifier.
-->`;

function activityXml(p: Project, fund: Fund, transfers: Transfer[], lang: string): string {
  const currency = p.budget.currency;
  const funded = FUNDED.has(p.status);
  const out: string[] = [];
  out.push(`<iati-activity${attrs({ 'last-updated-datetime': p.updatedAt, 'xml:lang': lang, 'default-currency': currency, hierarchy: '1' })}>`);
  out.push(`<iati-identifier>${escapeXml(`${REPORTING_ORG.ref}-${fund.code}-${p.code}`)}</iati-identifier>`);
  out.push(`<reporting-org${attrs({ ref: REPORTING_ORG.ref, type: REPORTING_ORG.type, 'secondary-reporter': '1' })}>${narrative(REPORTING_ORG.name)}</reporting-org>`);
  out.push(`<title>${narrative(p.title)}</title>`);
  out.push(`<description type="1">${narrative(p.summary)}</description>`);
  // OrganisationRole: 1 Funding (the fund), 4 Implementing (every participating UN organization); type 40 Multilateral.
  out.push(`<participating-org role="1" type="40">${narrative(`${fund.name} (${fund.code})`)}</participating-org>`);
  for (const po of p.participatingOrganizations) out.push(`<participating-org role="4" type="40">${narrative(orgName(po.organization))}</participating-org>`);
  out.push(`<activity-status code="${ACTIVITY_STATUS[p.status] ?? '1'}"/>`);
  // ActivityDateType: 1 planned start, 2 actual start, 3 planned end, 4 actual end. Money moving makes the start actual.
  const started = p.status === 'ACTIVE' || p.status === 'CLOSED';
  const start = p.startDate ?? p.decidedOn ?? p.submittedOn;
  const end = p.endDate ?? (p.durationMonths ? addMonths(start, p.durationMonths) : null);
  out.push(`<activity-date type="${started ? '2' : '1'}" iso-date="${start}"/>`);
  if (p.closedOn) out.push(`<activity-date type="4" iso-date="${p.closedOn}"/>`);
  else if (end) out.push(`<activity-date type="3" iso-date="${end}"/>`);
  if (ACTIVITY_SCOPE[p.scope]) out.push(`<activity-scope code="${ACTIVITY_SCOPE[p.scope]}"/>`);
  // Percentages would be a guess (the fund does not split budgets by country), so none are given.
  for (const c of p.countries ?? []) out.push(`<recipient-country code="${escapeXml(c.iso2)}"/>`);
  out.push(`<sector vocabulary="1" code="${MIGRATION_SECTOR}" percentage="100"/>`);
  if (end && end >= start) {
    // BudgetType 1 Original; BudgetStatus 2 Committed once approved from a certain source, otherwise 1 Indicative.
    const status = funded && p.budgetProvenance.confidence === 'CERTAIN' ? '2' : '1';
    out.push(`<budget type="1" status="${status}"><period-start iso-date="${start}"/><period-end iso-date="${end}"/><value currency="${currency}" value-date="${start}">${p.budget.amount}</value></budget>`);
  }
  const estimatedBudget = p.budgetProvenance.confidence !== 'CERTAIN';
  if (funded && p.decidedOn) {
    for (const po of p.participatingOrganizations) {
      const note = `Commitment derived from the budget share approved by the steering committee${estimatedBudget ? '; the budget is estimated' : ''}.`;
      out.push(transactionXml('2', p.decidedOn, po.budgetShare, note, fund, po.organization));
    }
  }
  for (const t of transfers) {
    const note = t.provenance.confidence === 'CERTAIN' && !t.provenance.note ? 'Transfer recorded by the fund.' : `Transfer recorded by the fund (${t.provenance.confidence.toLowerCase()})${t.provenance.note ? `: ${t.provenance.note}` : '.'}`;
    out.push(transactionXml('3', t.date, t.amount, note, fund, t.organization));
  }
  out.push('</iati-activity>');
  return out.join('\n  ') + '\n';
}

function transactionXml(type: string, date: string, money: Money, note: string, fund: Fund, receiver: Org | null): string {
  return `<transaction><transaction-type code="${type}"/><transaction-date iso-date="${date}"/><value currency="${money.currency}" value-date="${date}">${money.amount}</value><description>${narrative(note)}</description><provider-org type="40">${narrative(`${fund.name} (${fund.code})`)}</provider-org><receiver-org type="40">${narrative(orgName(receiver))}</receiver-org></transaction>`;
}

async function writeActivities(req: http.IncomingMessage, res: http.ServerResponse, url: URL, pagePass: string): Promise<void> {
  const ask = graphClient(req, pagePass);
  // Illustrative sample programmes are not the fund's data; they are left out unless asked for (demos, tests).
  const samples = url.searchParams.get('samples') === 'include';
  const transfersByProject = new Map<string, Transfer[]>();
  let fund: Fund | undefined;
  for (let after: string | null = null; ;) {
    const data: { fund: (Fund & { transfers: Page<Transfer> }) | null } = await ask(TRANSFERS, { first: PAGE, after });
    if (!data.fund) throw new Refusal(502, JSON.stringify({ errors: [{ message: 'The fund is not available', extensions: { code: 'SERVICE_UNAVAILABLE' } }] }), 'application/json; charset=utf-8');
    fund = { code: data.fund.code, name: data.fund.name, shortName: data.fund.shortName };
    for (const { node } of data.fund.transfers.edges) {
      const list = transfersByProject.get(node.fundProject.id) ?? [];
      list.push(node);
      transfersByProject.set(node.fundProject.id, list);
    }
    if (!data.fund.transfers.pageInfo.hasNextPage) break;
    after = data.fund.transfers.pageInfo.endCursor;
  }
  const filter = samples ? {} : { sample: false };
  const programmes = pages<Project>(ask, PROJECTS, { filter }, (data) => data.fundProjects, PAGE);
  // The first page is read before the status line, so a refusal still reaches the caller as the graph's answer.
  let next = await programmes.next();
  res.writeHead(200, { 'content-type': 'application/xml; charset=utf-8', 'cache-control': 'no-store' });
  res.write(`<?xml version="1.0" encoding="UTF-8"?>\n${LEADING_COMMENT}\n<iati-activities version="2.03" generated-datetime="${new Date().toISOString()}">\n`);
  for (; !next.done; next = await programmes.next()) {
    for (const node of next.value) {
      // Oldest transfer first, as IATI readers list transactions.
      const transfers = (transfersByProject.get(node.id) ?? []).sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
      res.write(`  ${activityXml(node, fund!, transfers, 'en')}`);
    }
  }
  res.end('</iati-activities>\n');
}

/** The route hook for createHttpServer's `routes` option: answers GET /iati/activities.xml (`pagePass`: graph-client.ts). */
export function serveIati(req: http.IncomingMessage, res: http.ServerResponse, pathname: string, pagePass: string): boolean {
  if (pathname !== IATI_PATH) return false;
  if (req.method !== 'GET') {
    sendError(res, 405, `${IATI_PATH} answers GET only`, { code: 'METHOD_NOT_ALLOWED' }, { allow: 'GET' });
    return true;
  }
  const url = new URL(req.url ?? '/', 'http://localhost');
  const samples = url.searchParams.getAll('samples');
  if (samples.length > 1 || (samples.length === 1 && samples[0] !== 'include')) {
    sendError(res, 400, `Invalid samples: ${JSON.stringify(samples.join('&'))}; add ?samples=include to list the sample programmes too, or leave it out`, { code: 'BAD_USER_INPUT', argument: 'samples' });
    return true;
  }
  writeActivities(req, res, url, pagePass).catch((error: unknown) => failStream(res, error, 'The IATI export'));
  return true;
}
