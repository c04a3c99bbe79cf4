// Authorization cases of the support-requests subgraph for the graph-wide matrix (format: ./types.ts). Each attempt
// gets a fresh request of Mexico (the `country-own` persona) matched, from PARTNERS_IDENTIFIED on, to IOM as lead
// (the `member-own` persona) and ILO; UNICEF (`member-other`) and the Philippines (`country-other`) are strangers.
import { randomUUID } from 'node:crypto';
import type { AuthzCase, Outcome, Persona } from './types.js';
import {
  ASSESS, COMPLETE, DECLINE, MATCH, PROGRESS, READ, RESPOND, SUBMIT, UPDATE, WITHDRAW,
  requestAt, submission,
} from '../fixtures/support-requests.js';

export type SupportRequestCase = AuthzCase;

const only = (allowed: Persona[], others: Outcome = 'FORBIDDEN'): Record<Persona, Outcome> => {
  const all: Persona[] = ['anonymous', 'member-own', 'member-other', 'country-own', 'country-other', 'secretariat', 'fund-manager', 'steering-committee'];
  return Object.fromEntries(all.map((p) => [p, allowed.includes(p) ? 'allowed' : p === 'anonymous' ? 'UNAUTHENTICATED' : others])) as Record<Persona, Outcome>;
};

const mutation = (name: string, query: string, prepare: SupportRequestCase['prepare'], allowed: Persona[], check: (payload: any) => boolean): SupportRequestCase => ({
  subgraph: 'support-requests',
  name,
  kind: 'mutation',
  prepare,
  expect: only(allowed),
  check: (data) => check(data?.[name]),
});

const at = async (graph: Parameters<SupportRequestCase['prepare']>[0], status: Parameters<typeof requestAt>[1]) => requestAt(graph, status);

export const cases: SupportRequestCase[] = [
  mutation('submitSupportRequest', SUBMIT, async () => ({ query: SUBMIT, variables: { input: submission('MEX', { idempotencyKey: randomUUID() }) } }),
    ['country-own', 'secretariat'], (r) => r.status === 'SUBMITTED' && r.country.iso3 === 'MEX'),
  mutation('updateSupportRequest', UPDATE, async (graph) => {
    const r = await at(graph, 'SUBMITTED');
    return { query: UPDATE, variables: { input: { id: r.id, version: r.version, title: 'Edited title' } } };
  }, ['country-own', 'secretariat'], (r) => r.history.at(-1).kind === 'EDITED'),
  mutation('assessSupportRequest', ASSESS, async (graph) => {
    const r = await at(graph, 'SUBMITTED');
    return { query: ASSESS, variables: { input: { id: r.id, version: r.version, notes: 'Notes', recommendedResponses: ['ADVICE'] } } };
  }, ['secretariat'], (r) => r.status === 'UNDER_ASSESSMENT'),
  mutation('matchPartners', MATCH, async (graph) => {
    const r = await at(graph, 'UNDER_ASSESSMENT');
    return { query: MATCH, variables: { input: { id: r.id, version: r.version, partners: [{ organization: 'iom', role: 'Lead' }], lead: 'iom' } } };
  }, ['secretariat'], (r) => r.status === 'PARTNERS_IDENTIFIED'),
  mutation('declineSupportRequest', DECLINE, async (graph) => {
    const r = await at(graph, 'UNDER_ASSESSMENT');
    return { query: DECLINE, variables: { input: { id: r.id, version: r.version, reason: 'Out of scope' } } };
  }, ['secretariat'], (r) => r.status === 'DECLINED'),
  mutation('respondToMatch', RESPOND, async (graph) => {
    const r = await at(graph, 'PARTNERS_IDENTIFIED');
    return { query: RESPOND, variables: { input: { id: r.id, version: r.version, accept: true } } };
  }, ['member-own'], (r) => r.partners.find((p: any) => p.organization.id === 'iom').response === 'ACCEPTED'),
  mutation('recordProgress', PROGRESS, async (graph) => {
    const r = await at(graph, 'IN_IMPLEMENTATION');
    return { query: PROGRESS, variables: { input: { id: r.id, version: r.version, note: 'Workshop held' } } };
  }, ['member-own', 'secretariat'], (r) => r.history.at(-1).kind === 'PROGRESS_RECORDED'),
  mutation('completeSupportRequest', COMPLETE, async (graph) => {
    const r = await at(graph, 'IN_IMPLEMENTATION');
    return { query: COMPLETE, variables: { input: { id: r.id, version: r.version, summary: 'Delivered' } } };
  }, ['member-own', 'secretariat'], (r) => r.status === 'COMPLETED'),
  mutation('withdrawSupportRequest', WITHDRAW, async (graph) => {
    const r = await at(graph, 'SUBMITTED');
    return { query: WITHDRAW, variables: { input: { id: r.id, version: r.version, reason: 'Not needed' } } };
  }, ['country-own'], (r) => r.status === 'WITHDRAWN'),
];

// Restricted fields: on a request past assessment (public), full viewers get every one and everyone else null for
// every one. One case for all six: the subgraph's own tests (subgraphs/support-requests/test/visibility.test.ts) check
// each field for each viewer; here the point is that real tokens reach it as the personas they name.
const FULL_VIEWERS: Persona[] = ['member-own', 'country-own', 'secretariat'];
const RESTRICTED: Record<string, (v: any) => boolean> = {
  requestingAuthority: (v) => typeof v === 'string' && v.length > 0,
  description: (v) => typeof v === 'string' && v.length > 0,
  contact: (v) => typeof v?.email === 'string',
  priority: (v) => v === 'HIGH',
  assessment: (v) => typeof v?.notes === 'string',
  history: (v) => Array.isArray(v) && v.length === 3,
};
cases.push({
  subgraph: 'support-requests',
  name: `SupportRequest.{${Object.keys(RESTRICTED).join(',')}}`,
  kind: 'field',
  async prepare(graph) {
    const r = await requestAt(graph, 'PARTNERS_IDENTIFIED');
    return {
      query: 'query($id: ID!) { supportRequest(id: $id) { id status viewerAccess requestingAuthority description contact { name email phone } priority assessment { notes recommendedResponses } history { kind actor { subject } comment } } }',
      variables: { id: r.id },
    };
  },
  expect: Object.fromEntries(
    (['anonymous', 'member-own', 'member-other', 'country-own', 'country-other', 'secretariat', 'fund-manager', 'steering-committee'] as Persona[])
      .map((p) => [p, FULL_VIEWERS.includes(p) ? 'allowed' : 'hidden']),
  ) as Record<Persona, Outcome>,
  hidden: (data) =>
    data?.supportRequest?.status === 'PARTNERS_IDENTIFIED' && data.supportRequest.viewerAccess === 'SUMMARY' && Object.keys(RESTRICTED).every((f) => data.supportRequest[f] === null),
  check: (data) => data?.supportRequest?.viewerAccess === 'FULL' && Object.entries(RESTRICTED).every(([f, present]) => present(data.supportRequest[f])),
});

// A request before matching is not public at all: only its country and the secretariat see it (IOM is not matched yet).
cases.push({
  subgraph: 'support-requests',
  name: 'SupportRequest (under assessment)',
  kind: 'field',
  async prepare(graph) {
    const r = await requestAt(graph, 'UNDER_ASSESSMENT');
    return { query: READ, variables: { id: r.id } };
  },
  expect: Object.fromEntries(
    (['anonymous', 'member-own', 'member-other', 'country-own', 'country-other', 'secretariat', 'fund-manager', 'steering-committee'] as Persona[])
      .map((p) => [p, p === 'country-own' || p === 'secretariat' ? 'allowed' : 'hidden']),
  ) as Record<Persona, Outcome>,
  hidden: (data) => data?.supportRequest === null,
  check: (data) => data?.supportRequest?.status === 'UNDER_ASSESSMENT' && data.supportRequest.viewerAccess === 'FULL',
});

