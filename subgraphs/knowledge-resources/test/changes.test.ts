// Knowledge resources' change feed (GET /changes, shared/src/changes.ts) as its readers get it, on SQLite or
// PostgreSQL (DATABASE_URL): every write records one event in its own transaction, in commit order; a cursor resumes
// without gaps or repeats while writes go on; each reader is told only about what it may see, and one who loses sight
// of a resource (unpublished) is told LEFT_VIEW and nothing else; a refused write records nothing.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startTestSubgraph, type TestSubgraph } from '@unmn/shared/testing';
import { knowledgeResourcesSubgraph } from '../src/index.js';
import { AS, type As, expectError, published, resourceInput, review, rowCount, submit, update } from './helpers.js';

let sub: TestSubgraph;
beforeAll(async () => {
  sub = await startTestSubgraph(knowledgeResourcesSubgraph);
});
afterAll(() => sub?.stop());

interface Event { sequence: number; type: string; id: string; kind: string; version: number; time: string }

/** The feed's newest position, as any reader sees it. */
const latest = async () => (await sub.changes({ first: 1 }, { viewer: AS.secretariat })).body.latest as number;

/** Every event after `after` that `as` is shown, read page by page (`first` per page) as a client would. */
async function readAll(as: As, after: number, first = 50): Promise<Event[]> {
  const events: Event[] = [];
  let position = after;
  for (;;) {
    const { status, body } = await sub.changes({ after: position, first }, { viewer: as });
    expect(status, JSON.stringify(body)).toBe(200);
    events.push(...body.events);
    if (body.position === position) return events;
    position = body.position;
  }
}

/** What each submitter must add to a valid submission (the secretariat names a publisher; a country is national). */
const by = (as: As) => (as === AS.secretariat ? { publishers: ['undp'] } : as === AS.mex ? { geographicScope: 'NATIONAL' } : {});

/** The events about one resource, as kind@version. */
const about = (events: Event[], id: string) => events.filter((e) => e.id === id).map((e) => `${e.kind}@${e.version}`);

describe('every write records one event, in commit order', () => {
  it('submit, update, submit for review and each review decision: CREATED then UPDATED, with the version written', async () => {
    const start = await latest();
    const draft = await submit(sub, AS.iom, { draft: true, title: 'Feed lifecycle draft' });
    let res = await update(sub, AS.iom, { id: draft.id, version: draft.version, title: 'Feed lifecycle draft, revised' });
    res = await update(sub, AS.iom, { id: draft.id, version: res.body.data.updateResource.version, submit: true });
    let r = res.body.data.updateResource;
    for (const [decision, comment] of [['START_REVIEW'], ['REQUEST_CHANGES', 'Add the dates.']] as const) {
      r = (await review(sub, AS.secretariat, r.id, r.version, decision, comment)).body.data.reviewResource;
    }
    r = (await update(sub, AS.iom, { id: r.id, version: r.version, submit: true })).body.data.updateResource;
    r = (await review(sub, AS.secretariat, r.id, r.version, 'PUBLISH')).body.data.reviewResource;
    r = (await review(sub, AS.secretariat, r.id, r.version, 'UNPUBLISH', 'The link is broken.')).body.data.reviewResource;
    r = (await review(sub, AS.secretariat, r.id, r.version, 'REJECT', 'Out of scope.')).body.data.reviewResource;
    expect(r.reviewStatus).toBe('REJECTED');
    const events = await readAll(AS.secretariat, start);
    expect(about(events, draft.id)).toEqual(['CREATED@1', 'UPDATED@2', 'UPDATED@3', 'UPDATED@4', 'UPDATED@5', 'UPDATED@6', 'UPDATED@7', 'UPDATED@8', 'UPDATED@9']);
    expect(events.every((e) => e.type === 'KnowledgeResource')).toBe(true);
    // The feed's time is the record's updatedAt.
    const stored = await sub.data('query($id: ID!) { resource(id: $id) { updatedAt } }', { id: draft.id }, { viewer: AS.secretariat });
    expect(events.filter((e) => e.id === draft.id).at(-1)!.time).toBe(stored.resource.updatedAt);
  });

  it('two writes in the same millisecond both appear, in commit order', async () => {
    const start = await latest();
    // Freeze the clock (Date only: I/O and timers run) so both writes get the same timestamp.
    vi.useFakeTimers({ now: Date.now(), toFake: ['Date'] });
    let first: { id: string };
    let second: { id: string };
    try {
      first = await submit(sub, AS.secretariat, { ...by(AS.secretariat), title: 'Same millisecond, committed first' });
      second = await submit(sub, AS.secretariat, { ...by(AS.secretariat), title: 'Same millisecond, committed second' });
    } finally {
      vi.useRealTimers();
    }
    const events = await readAll(AS.secretariat, start);
    expect(events.map((e) => e.id)).toEqual([first.id, second.id]);
    expect(events[0].time).toBe(events[1].time);
    expect(events[1].sequence).toBeGreaterThan(events[0].sequence);
  });

  it('concurrent writes each record exactly one event, in the order of their sequences', async () => {
    const start = await latest();
    const made = await Promise.all(Array.from({ length: 6 }, (_, i) => submit(sub, i % 2 ? AS.iom : AS.secretariat, { ...by(i % 2 ? AS.iom : AS.secretariat), title: `Concurrent write ${i}` })));
    const events = await readAll(AS.secretariat, start);
    expect(events.map((e) => e.id).sort()).toEqual(made.map((m) => m.id).sort());
    expect(events.map((e) => e.sequence)).toEqual([...events.map((e) => e.sequence)].sort((a, b) => a - b));
    expect(new Set(events.map((e) => e.sequence)).size).toBe(events.length);
  });
});

describe('reading', () => {
  it('a cursor taken mid-stream resumes without gaps or repeats while writes continue', { timeout: 120_000 }, async () => {
    const WRITES = 4;
    const start = await latest();
    const writers = Promise.all(
      [AS.secretariat, AS.iom, AS.mex].map(async (as, w) => {
        const ids: string[] = [];
        for (let i = 0; i < WRITES; i += 1) {
          const r = await submit(sub, as, { title: `Writer ${w} resource ${i}`, ...by(as) });
          ids.push(r.id);
          if (i === 1) await update(sub, as, { id: r.id, version: r.version, title: `Writer ${w} resource ${i}, edited` });
        }
        return ids;
      }),
    );
    // The reader pages with small pages while the writers write, resuming each time from the position it was given.
    const seen: Event[] = [];
    let position = start;
    let done = false;
    let pagesWhileWriting = 0;
    const finished = writers.then((ids) => {
      done = true;
      return ids.flat();
    });
    for (;;) {
      const wasDone = done;
      const { body } = await sub.changes({ after: position, first: 3 }, { viewer: AS.secretariat });
      seen.push(...body.events);
      if (!wasDone && body.events.length) pagesWhileWriting += 1;
      position = body.position;
      if (wasDone && body.position === body.latest && body.events.length === 0) break;
      if (!body.events.length) await new Promise((r) => setTimeout(r, 5));
    }
    const ids = await finished;
    expect(pagesWhileWriting).toBeGreaterThan(1); // the reader really resumed mid-stream, more than once
    const sequences = seen.map((e) => e.sequence);
    expect(new Set(sequences).size).toBe(sequences.length); // no repeats
    expect(sequences).toEqual([...sequences].sort((a, b) => a - b));
    // No gaps: exactly what the table holds after the start (the secretariat sees every event).
    const stored = (await sub.db.knex('change_events').where('sequence', '>', start).orderBy('sequence').select('sequence')).map((r: { sequence: number | string }) => Number(r.sequence));
    expect(sequences).toEqual(stored);
    expect(new Set(seen.filter((e) => e.kind === 'CREATED').map((e) => e.id))).toEqual(new Set(ids));
    expect(seen).toHaveLength(3 * WRITES + 3); // each writer's submissions and one edit
  });

  it('a bad or stale `after` is a 400 naming `after`', async () => {
    const newest = await latest();
    for (const after of [newest + 1000]) {
      const { status, body } = await sub.changes({ after }, { viewer: AS.anonymous });
      expect(status).toBe(400);
      expect(body.error).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'after' });
      expect(body.error.message).toContain('after');
    }
    const res = await fetch(new URL('/changes?after=yesterday', sub.url));
    expect(res.status).toBe(400);
    expect((await res.json()).error).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'after' });
  });
});

describe('what each reader is told', () => {
  it('unpublishing a published resource is LEFT_VIEW for anonymous readers, with no field of the record', async () => {
    const r = await published(sub, { title: 'Published then unpublished' }, AS.iom);
    const start = await latest();
    const { body } = await review(sub, AS.secretariat, r.id, r.version, 'UNPUBLISH', 'The source page was withdrawn.');
    expect(body.data.reviewResource.reviewStatus).toBe('UNDER_REVIEW');
    const anonymous = await readAll(AS.anonymous, start);
    expect(anonymous).toEqual([{ sequence: expect.any(Number), type: 'KnowledgeResource', id: r.id, kind: 'LEFT_VIEW', version: r.version + 1, time: expect.any(String) }]);
    // Readers who still see it are told it changed: its submitter's organization and the secretariat.
    expect(about(await readAll(AS.iom, start), r.id)).toEqual([`UPDATED@${r.version + 1}`]);
    expect(about(await readAll(AS.secretariat, start), r.id)).toEqual([`UPDATED@${r.version + 1}`]);
    expect(about(await readAll(AS.unicef, start), r.id)).toEqual(['LEFT_VIEW@' + (r.version + 1)]);
    // And it is gone from anonymous lists, as the feed said.
    const list = await sub.data('query($id: ID!) { resource(id: $id) { id } }', { id: r.id });
    expect(list.resource).toBeNull();
  });

  it("a draft's events reach its organization and the secretariat only; publishing it appears to everyone as CREATED", async () => {
    const start = await latest();
    const draft = await submit(sub, AS.iom, { draft: true, title: 'A draft the public must not hear of' });
    const edited = (await update(sub, AS.iom, { id: draft.id, version: draft.version, submit: true })).body.data.updateResource;
    const mid = await latest();
    for (const [name, as] of [['anonymous', AS.anonymous], ['another organization', AS.unicef], ['a country', AS.mex], ['the fund manager', AS.fundManager]] as const) {
      expect(about(await readAll(as, start), draft.id), name).toEqual([]);
    }
    for (const [name, as] of [['its organization', AS.iom], ['the secretariat', AS.secretariat]] as const) {
      expect(about(await readAll(as, start), draft.id), name).toEqual(['CREATED@1', 'UPDATED@2']);
    }
    // A country's draft: its country, not the others.
    const mexDraft = await submit(sub, AS.mex, { draft: true, geographicScope: 'NATIONAL', title: 'A country draft' });
    expect(about(await readAll(AS.mex, mid), mexDraft.id)).toEqual(['CREATED@1']);
    expect(about(await readAll(AS.phl, mid), mexDraft.id)).toEqual([]);
    expect(about(await readAll(AS.iom, mid), mexDraft.id)).toEqual([]);
    // Published: the readers who could not see it are told it appeared.
    const pub = (await review(sub, AS.secretariat, draft.id, edited.version, 'PUBLISH')).body.data.reviewResource;
    expect(about(await readAll(AS.anonymous, mid), draft.id)).toEqual([`CREATED@${pub.version}`]);
    expect(about(await readAll(AS.iom, mid), draft.id)).toEqual([`UPDATED@${pub.version}`]);
  });

  it('a refused write records no event', async () => {
    const r = await submit(sub, AS.iom, { title: 'Target of refused writes' });
    const before = await rowCount(sub, 'change_events');
    expectError((await update(sub, AS.unicef, { id: r.id, version: r.version, title: 'Not yours' })).body, 'FORBIDDEN');
    expectError((await update(sub, AS.iom, { id: r.id, version: r.version + 5, title: 'Stale' })).body, 'CONFLICT');
    expectError((await review(sub, AS.secretariat, r.id, r.version, 'UNPUBLISH', 'Not published yet')).body, 'CONFLICT');
    expectError((await review(sub, AS.iom, r.id, r.version, 'PUBLISH')).body, 'FORBIDDEN');
    expectError((await review(sub, AS.secretariat, r.id, r.version, 'UNPUBLISH')).body, 'BAD_USER_INPUT', 'input.comment');
    expectError((await update(sub, AS.iom, { id: r.id, version: r.version, languages: ['xx'] })).body, 'BAD_USER_INPUT', 'input.languages');
    expectError((await sub.query('mutation($input: SubmitResourceInput!) { submitResource(input: $input) { id } }', { input: resourceInput() }, { viewer: AS.anonymous })).body, 'UNAUTHENTICATED');
    expect(await rowCount(sub, 'change_events')).toBe(before);
  });
});
