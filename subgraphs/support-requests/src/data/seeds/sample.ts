// Illustrative sample requests (every row `sample = true`): no stored source gives real connection-hub requests
// (domain-facts.md section 5 [U]), so these only show the model at work. They are generated deterministically by
// walking the state machine, so every history is one the server itself would have written.
import { hubRegionOf } from '@unmn/shared/countries';
import type { EventKind, Status } from '../models.js';
import { GUIDING_PRINCIPLE_LETTERS } from '../reference/gcm.js';

// A small deterministic PRNG (mulberry32): the same seed data on every machine and run.
function rng(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Countries across the five Hub regions (Champion countries and others).
const COUNTRIES = [
  'MEX', 'COL', 'ECU', 'GTM', 'HND', 'SLV', 'PER', 'CRI', 'JAM', // Americas
  'GHA', 'KEN', 'ETH', 'NGA', 'SEN', 'MAR', 'MWI', 'UGA', 'ZMB', 'NER', // Africa
  'BGD', 'PHL', 'NPL', 'IDN', 'IRQ', 'KGZ', 'JOR', 'AZE', // Asia
  'PRT', 'MDA', 'ALB', 'LUX', 'MKD', // Europe
  'FJI', 'PNG', 'TON', // Oceania
];

// Short topic phrases per GCM objective (this API's own wording, used only to build sample titles).
const TOPICS: Record<number, string> = {
  1: 'migration data systems', 2: 'addressing drivers of migration', 3: 'information for migrants', 4: 'legal identity documents',
  5: 'regular migration pathways', 6: 'fair and ethical recruitment', 7: 'reducing vulnerabilities in migration', 8: 'saving lives and missing migrants',
  9: 'countering smuggling of migrants', 10: 'preventing trafficking in persons', 11: 'integrated border management', 12: 'screening and referral procedures',
  13: 'alternatives to immigration detention', 14: 'consular protection', 15: 'access to basic services', 16: 'inclusion and social cohesion',
  17: 'evidence-based public discourse on migration', 18: 'skills development and recognition', 19: 'diaspora contributions', 20: 'remittances',
  21: 'safe return and reintegration', 22: 'portability of social security', 23: 'international cooperation on migration',
};
const VERBS = ['Strengthening', 'Support for', 'Technical advice on', 'A national plan for', 'Capacity building on'];
const AUTHORITIES = ['Ministry of Labour', 'Ministry of the Interior', 'Ministry of Foreign Affairs', 'National Statistics Office', 'Ministry of Social Development', 'Office of the Prime Minister', 'Ministry of Health'];
const CHANNELS = ['RESIDENT_COORDINATOR_OFFICE', 'COUNTRY_NETWORK_ON_MIGRATION', 'GOVERNMENT_DIRECT'];
const KINDS = ['ADVICE', 'TECHNICAL_ASSISTANCE', 'PEER_EXCHANGE', 'JOINT_PROGRAMME', 'FUNDING'];
const PRIORITIES = ['LOW', 'MEDIUM', 'MEDIUM', 'HIGH', 'URGENT'];
const PARTNERS = ['iom', 'ilo', 'undp', 'unhcr', 'unicef', 'unodc', 'ohchr', 'who', 'unfpa', 'un-women', 'desa', 'fao', 'ifad', 'world-bank', 'unitar'];

/** How many sample requests end in each status (64 in all). */
const PLAN: [Status, number][] = [
  ['SUBMITTED', 8], ['UNDER_ASSESSMENT', 8], ['DECLINED', 6], ['PARTNERS_IDENTIFIED', 10],
  ['IN_IMPLEMENTATION', 12], ['COMPLETED', 14], ['WITHDRAWN', 6],
];

export interface SampleEvent {
  kind: EventKind;
  actor: { role: string; subject: string; organizationId: string | null; countryIso3: string | null };
  at: string;
  fromStatus: Status | null;
  toStatus: Status;
  comment: string | null;
  changes: string[];
}

export interface SampleRequest {
  row: Record<string, unknown>;
  objectives: number[];
  principles: string[];
  kinds: string[];
  partners: { organization_id: string; is_lead: boolean; role: string; response: string; responded_at: string | null; matched_at: string }[];
  events: SampleEvent[];
}

const DAY = 86_400_000;

export function sampleRequests(): SampleRequest[] {
  const random = rng(20181210);
  const int = (lo: number, hi: number) => lo + Math.floor(random() * (hi - lo + 1));
  const pick = <T>(xs: readonly T[]) => xs[int(0, xs.length - 1)];
  const some = <T>(xs: readonly T[], lo: number, hi: number) => {
    const pool = [...xs];
    const n = int(lo, hi);
    const out: T[] = [];
    while (out.length < n && pool.length) out.push(pool.splice(int(0, pool.length - 1), 1)[0]);
    return out;
  };

  const requests: (SampleRequest & { submittedMs: number })[] = [];
  let index = 0;
  for (const [finalStatus, count] of PLAN) {
    for (let k = 0; k < count; k += 1, index += 1) {
      const iso3 = COUNTRIES[index % COUNTRIES.length];
      // Open requests are recent; finished ones older, so their milestones fit before the end of 2025.
      const recent = finalStatus === 'SUBMITTED' || finalStatus === 'UNDER_ASSESSMENT';
      const start = recent ? Date.UTC(2025, 6, 1) : Date.UTC(2021, 0, 15);
      const span = recent ? 150 : finalStatus === 'COMPLETED' ? 900 : 1300;
      let t = start + int(0, span) * DAY + int(0, 86_399) * 1000;
      const submittedMs = t;
      const objectives = some(Array.from({ length: 23 }, (_, i) => i + 1), 1, 3).sort((a, b) => a - b);
      const country = { role: 'country', subject: `sample-${iso3.toLowerCase()}-focal-point`, organizationId: null, countryIso3: iso3 };
      const secretariat = { role: 'secretariat', subject: 'sample-secretariat-officer', organizationId: null, countryIso3: null };
      const member = (org: string) => ({ role: 'member', subject: `sample-${org}-focal-point`, organizationId: org, countryIso3: null });
      const events: SampleEvent[] = [];
      let status = 'SUBMITTED' as Status;
      const at = () => new Date(t).toISOString();
      const add = (kind: EventKind, actor: SampleEvent['actor'], to: Status, comment: string | null, changes: string[] = []) => {
        events.push({ kind, actor, at: at(), fromStatus: kind === 'SUBMITTED' ? null : status, toStatus: to, comment, changes: to !== status ? ['status', ...changes] : changes });
        status = to;
      };
      const submitter = random() < 0.8 ? country : secretariat;
      events.push({ kind: 'SUBMITTED', actor: submitter, at: at(), fromStatus: null, toStatus: 'SUBMITTED', comment: null, changes: [] });
      const row: Record<string, unknown> = {
        country_iso3: iso3,
        region: hubRegionOf(iso3),
        channel: pick(CHANNELS),
        requesting_authority: pick(AUTHORITIES),
        title: `${pick(VERBS)} ${TOPICS[objectives[0]]}`,
        description: `Sample request: the government of ${iso3} seeks support on ${objectives.map((n) => TOPICS[n]).join(', ')} (GCM objectives ${objectives.join(', ')}).`,
        contact_name: 'Sample focal point',
        contact_email: `focal.point.${iso3.toLowerCase()}@example.org`,
        contact_phone: null,
        priority: pick(PRIORITIES),
        submitter_role: submitter.role,
        submitter_subject: submitter.subject,
        sample: true,
      };
      const kinds = some(KINDS, 1, 2).sort();
      let partners: SampleRequest['partners'] = [];

      const step = (lo: number, hi: number) => { t += int(lo, hi) * DAY + int(0, 36_000) * 1000; };
      if (finalStatus === 'WITHDRAWN' && k % 3 === 0) {
        step(2, 20);
        add('WITHDRAWN', country, 'WITHDRAWN', 'The ministry found national funding for this work.');
      } else if (finalStatus !== 'SUBMITTED') {
        step(3, 25);
        row.assessment_notes = `Sample assessment: relevant to ${objectives.map((n) => `objective ${n}`).join(' and ')}; fits the connection hub's mandate.`;
        row.assessment_recommended = JSON.stringify(kinds);
        row.assessed_at = at();
        add('ASSESSED', secretariat, 'UNDER_ASSESSMENT', null, ['assessment']);
        if (finalStatus === 'DECLINED') {
          step(5, 40);
          add('DECLINED', secretariat, 'DECLINED', 'Outside the connection hub\'s scope; referred to the regional network.');
        } else if (finalStatus === 'WITHDRAWN' && k % 3 === 1) {
          step(5, 30);
          add('WITHDRAWN', country, 'WITHDRAWN', 'Priorities changed after elections.');
        } else if (finalStatus !== 'UNDER_ASSESSMENT') {
          step(10, 75);
          const orgs = some(PARTNERS, 1, 3);
          const matchedAt = at();
          partners = orgs.map((org, i) => ({
            organization_id: org, is_lead: i === 0, role: i === 0 ? 'Lead: coordinates the response' : 'Technical contribution',
            response: 'PENDING', responded_at: null, matched_at: matchedAt,
          }));
          row.lead_organization_id = orgs[0];
          row.partners_identified_at = matchedAt;
          add('PARTNERS_MATCHED', secretariat, 'PARTNERS_IDENTIFIED', null, ['partners']);
          // Partners answer; in requests still waiting some have not answered yet.
          for (const p of partners) {
            if (finalStatus === 'PARTNERS_IDENTIFIED' && random() < 0.5) continue;
            step(1, 10);
            const accept = p.is_lead || finalStatus === 'PARTNERS_IDENTIFIED' || random() < 0.85;
            p.response = accept ? 'ACCEPTED' : 'DECLINED';
            p.responded_at = at();
            add(accept ? 'MATCH_ACCEPTED' : 'MATCH_DECLINED', member(p.organization_id), status, null, ['partners']);
          }
          if (finalStatus === 'WITHDRAWN') {
            step(5, 30);
            add('WITHDRAWN', country, 'WITHDRAWN', 'The request was merged into a joint programme proposal.');
          } else if (finalStatus === 'IN_IMPLEMENTATION' || finalStatus === 'COMPLETED') {
            const lead = partners[0].organization_id;
            step(5, 30);
            row.implementation_started_at = at();
            add('PROGRESS_RECORDED', member(lead), 'IN_IMPLEMENTATION', 'Inception mission held with the government.');
            for (let n = int(0, 2); n > 0; n -= 1) {
              step(30, 120);
              add('PROGRESS_RECORDED', member(lead), 'IN_IMPLEMENTATION', 'Progress report: activities on track.');
            }
            if (finalStatus === 'COMPLETED') {
              step(30, 200);
              add('COMPLETED', random() < 0.7 ? member(lead) : secretariat, 'COMPLETED', 'Support delivered; final report shared with the government.');
            }
          }
        }
      }
      if (status === 'DECLINED' || status === 'COMPLETED' || status === 'WITHDRAWN') row.closed_at = events.at(-1)!.at;
      row.status = status;
      row.submitted_at = new Date(submittedMs).toISOString();
      row.created_at = row.submitted_at;
      row.updated_at = events.at(-1)!.at;
      row.version = events.length;
      requests.push({ row, objectives, principles: some([...GUIDING_PRINCIPLE_LETTERS], 0, 3).sort(), kinds, partners, events, submittedMs });
    }
  }
  // Reference codes run per year in order of submission, as the live counter would have issued them.
  requests.sort((a, b) => a.submittedMs - b.submittedMs);
  const perYear = new Map<number, number>();
  requests.forEach((r, i) => {
    const year = new Date(r.submittedMs).getUTCFullYear();
    const n = (perYear.get(year) ?? 0) + 1;
    perYear.set(year, n);
    r.row.id = `sample-${String(i + 1).padStart(3, '0')}`;
    r.row.code = `SR-${year}-${String(n).padStart(4, '0')}`;
  });
  return requests;
}

/** The code counters the sample requests imply (so live submissions continue the sequence). */
export function codeCounters(requests: SampleRequest[]): { year: number; last: number }[] {
  const last = new Map<number, number>();
  for (const r of requests) {
    const [, year, n] = String(r.row.code).split('-');
    last.set(Number(year), Math.max(last.get(Number(year)) ?? 0, Number(n)));
  }
  return [...last].map(([year, n]) => ({ year, last: n }));
}
