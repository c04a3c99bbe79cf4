// Builds support requests in any status on this subgraph alone, through its own mutations over HTTP, as the viewers the
// gateway would sign for (no tokens, no gateway). Shared by this package's tests.
import { randomUUID } from 'node:crypto';
import type { TestSubgraph, TestViewer } from '@unmn/shared/testing';

export type Status = 'SUBMITTED' | 'UNDER_ASSESSMENT' | 'DECLINED' | 'PARTNERS_IDENTIFIED' | 'IN_IMPLEMENTATION' | 'COMPLETED' | 'WITHDRAWN';
export const STATUSES: Status[] = ['SUBMITTED', 'UNDER_ASSESSMENT', 'DECLINED', 'PARTNERS_IDENTIFIED', 'IN_IMPLEMENTATION', 'COMPLETED', 'WITHDRAWN'];
/** The statuses anonymous readers may see (past assessment, with partners). */
export const PUBLIC: Status[] = ['PARTNERS_IDENTIFIED', 'IN_IMPLEMENTATION', 'COMPLETED'];

/**
 * The personas of the graph's authorization matrix (tests/authz/types.ts) as the identities the gateway signs for
 * them. Requests built here are Mexico's, matched from PARTNERS_IDENTIFIED on to IOM (lead) and ILO, so `mex` and
 * `iom` own them; `phl` and `unicef` are strangers.
 */
export const VIEWERS = {
  anonymous: { role: 'anonymous', subject: null },
  secretariat: { role: 'secretariat', subject: 'sec-officer' },
  mex: { role: 'country', countryIso3: 'MEX', subject: 'mex-focal' },
  phl: { role: 'country', countryIso3: 'PHL', subject: 'phl-focal' },
  iom: { role: 'member', organizationId: 'iom', subject: 'iom-staff' },
  ilo: { role: 'member', organizationId: 'ilo', subject: 'ilo-staff' },
  unicef: { role: 'member', organizationId: 'unicef', subject: 'unicef-staff' },
  fundManager: { role: 'fund-manager', subject: 'fund-officer' },
  steeringCommittee: { role: 'steering-committee', subject: 'sc-member' },
} satisfies Record<string, TestViewer>;
export type Who = keyof typeof VIEWERS;

export const FIELDS = `id code status version viewerAccess
  country { iso3 } objectives { number } guidingPrinciples { letter } supportKinds
  partners { organization { id } isLead role response }
  leadPartner { id }
  requestingAuthority description contact { name email phone } priority
  assessment { notes recommendedResponses assessedAt }
  partnersIdentifiedAt implementationStartedAt closedAt
  history { kind fromStatus toStatus comment changes version actor { role subject organization { id } country { iso3 } } }`;

export const SUBMIT = `mutation Submit($input: SubmitSupportRequestInput!) { submitSupportRequest(input: $input) { ${FIELDS} } }`;
export const UPDATE = `mutation Update($input: UpdateSupportRequestInput!) { updateSupportRequest(input: $input) { ${FIELDS} } }`;
export const ASSESS = `mutation Assess($input: AssessSupportRequestInput!) { assessSupportRequest(input: $input) { ${FIELDS} } }`;
export const MATCH = `mutation Match($input: MatchPartnersInput!) { matchPartners(input: $input) { ${FIELDS} } }`;
export const DECLINE = `mutation Decline($input: DeclineSupportRequestInput!) { declineSupportRequest(input: $input) { ${FIELDS} } }`;
export const RESPOND = `mutation Respond($input: RespondToMatchInput!) { respondToMatch(input: $input) { ${FIELDS} } }`;
export const PROGRESS = `mutation Progress($input: RecordProgressInput!) { recordProgress(input: $input) { ${FIELDS} } }`;
export const COMPLETE = `mutation Complete($input: CompleteSupportRequestInput!) { completeSupportRequest(input: $input) { ${FIELDS} } }`;
export const WITHDRAW = `mutation Withdraw($input: WithdrawSupportRequestInput!) { withdrawSupportRequest(input: $input) { ${FIELDS} } }`;
export const READ = `query Read($id: ID!) { supportRequest(id: $id) { ${FIELDS} } }`;

/** A valid submission for `country` with a fresh idempotency key. */
export const submission = (country = 'MEX', overrides: Record<string, unknown> = {}) => ({
  idempotencyKey: randomUUID(),
  country,
  requestingAuthority: 'Secretaría de Gobernación',
  channel: 'RESIDENT_COORDINATOR_OFFICE',
  title: 'Remittance cost reduction plan',
  description: 'Advice and peer exchange on lowering remittance costs and on financial inclusion of migrants.',
  objectives: [20, 1],
  guidingPrinciples: ['a', 'e'],
  supportKinds: ['ADVICE', 'PEER_EXCHANGE'],
  priority: 'HIGH',
  contact: { name: 'Ana Pérez', email: 'ana.perez@gobernacion.example', phone: '+52 55 0000 0000' },
  ...overrides,
});

/** Sends a mutation as `who` and returns its payload; throws with the server's errors when it fails. */
export async function must(sub: TestSubgraph, query: string, input: Record<string, unknown>, who: Who): Promise<any> {
  const { body } = await sub.query(query, { input }, { viewer: VIEWERS[who] });
  if (body.errors) throw new Error(`${query.slice(0, 40)}... as ${who} failed: ${JSON.stringify(body.errors)}`);
  return Object.values(body.data)[0];
}

export interface Made {
  id: string;
  code: string;
  version: number;
  status: Status;
}

/**
 * A fresh request of Mexico in `status`. From PARTNERS_IDENTIFIED on it is matched to IOM (lead) and ILO; WITHDRAWN
 * is withdrawn after matching (so partners exist), IN_IMPLEMENTATION/COMPLETED have IOM's acceptance.
 */
export async function requestAt(sub: TestSubgraph, status: Status): Promise<Made> {
  let r = await must(sub, SUBMIT, submission('MEX'), 'secretariat');
  const step = async (query: string, input: Record<string, unknown>, who: Who) => {
    r = await must(sub, query, { id: r.id, version: r.version, ...input }, who);
  };
  if (status !== 'SUBMITTED') await step(ASSESS, { notes: 'Fits the hub: remittances expertise exists in the Network.', recommendedResponses: ['ADVICE'] }, 'secretariat');
  if (status === 'DECLINED') await step(DECLINE, { reason: 'Out of scope' }, 'secretariat');
  if (['PARTNERS_IDENTIFIED', 'IN_IMPLEMENTATION', 'COMPLETED', 'WITHDRAWN'].includes(status)) {
    await step(MATCH, { partners: [{ organization: 'iom', role: 'Lead' }, { organization: 'ilo', role: 'Labour statistics' }], lead: 'iom' }, 'secretariat');
  }
  if (status === 'WITHDRAWN') await step(WITHDRAW, { reason: 'No longer needed' }, 'mex');
  if (status === 'IN_IMPLEMENTATION' || status === 'COMPLETED') {
    await step(RESPOND, { accept: true }, 'iom');
    await step(PROGRESS, { note: 'Inception mission done' }, 'iom');
  }
  if (status === 'COMPLETED') await step(COMPLETE, { summary: 'Delivered' }, 'iom');
  if (r.status !== status) throw new Error(`fixture reached ${r.status}, not ${status}`);
  return { id: r.id, code: r.code, version: r.version, status: r.status };
}

const WRITTEN_TABLES = ['support_requests', 'support_request_events', 'change_events', 'support_request_objectives', 'support_request_principles', 'support_request_kinds', 'support_request_partners'];

/** Row counts of every table a write adds to, in one statement: a refused write must leave them all unchanged. */
export async function footprint(sub: TestSubgraph): Promise<Record<string, number>> {
  const { knex } = sub.db;
  const row = await knex.first(Object.fromEntries(WRITTEN_TABLES.map((table) => [table, knex(table).count('*')])));
  return Object.fromEntries(WRITTEN_TABLES.map((table) => [table, Number(row[table])]));
}

/** The stored state of one request that any change moves: status, version, last change, lead and assessment. */
export async function stored(sub: TestSubgraph, id: string) {
  const row = await sub.db.knex('support_requests').where({ id }).first();
  return row && { status: row.status, version: Number(row.version), updatedAt: String(row.updated_at), lead: row.lead_organization_id, assessment: row.assessment_notes, title: row.title };
}
