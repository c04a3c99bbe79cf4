// The feed's own guarantees, on a real database (SQLite in memory, or PostgreSQL with DATABASE_URL): commit order,
// resumption without gaps or repeats, and what each viewer is told. The subgraphs' tests check that their writes
// record the right events; these check the table and the reading rules they all share.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { audience, changeEventsMigration, readChanges, recordChange, viewOf, type ChangeInput } from './changes.js';
import { migrateLatest } from './db.js';
import { testDatabase, viewerOf, type TestDatabase } from './testing.js';
import { ANONYMOUS } from './viewer.js';

let db: TestDatabase;
beforeAll(async () => {
  db = testDatabase('changes-test');
  await migrateLatest(db, [changeEventsMigration('0001_change_events')]);
});
afterAll(() => db.dispose());

const published = [audience.public];
const draftOf = (org: string) => [audience.org(org), audience.role('secretariat')];
const change = (id: string, over: Partial<ChangeInput> = {}): ChangeInput => ({ type: 'Thing', id, kind: 'UPDATED', version: 2, before: published, after: published, ...over });

const secretariat = viewerOf({ role: 'secretariat' });
const iom = viewerOf({ role: 'member', organizationId: 'iom' });
const ilo = viewerOf({ role: 'member', organizationId: 'ilo' });

describe('the change feed', () => {
  it('keeps two writes in the same millisecond, in commit order', async () => {
    const { latest: start } = await readChanges(db.knex, ANONYMOUS);
    vi.useFakeTimers({ now: new Date('2026-11-29T12:00:00.000Z'), toFake: ['Date'] });
    try {
      await db.knex.transaction((trx) => recordChange(trx, change('same-ms-b')));
      await db.knex.transaction((trx) => recordChange(trx, change('same-ms-a')));
    } finally {
      vi.useRealTimers();
    }
    const { events } = await readChanges(db.knex, ANONYMOUS, { after: start });
    expect(events.map((e) => e.id)).toEqual(['same-ms-b', 'same-ms-a']);
    expect(events[0]!.time).toBe(events[1]!.time);
    expect(events[1]!.sequence).toBeGreaterThan(events[0]!.sequence);
  });

  it('resumes from any position without gaps or repeats while concurrent writers commit', async () => {
    const { latest: start } = await readChanges(db.knex, ANONYMOUS);
    const written: string[] = [];
    const writers = Promise.all(
      [0, 1, 2].map(async (w) => {
        for (let i = 0; i < 15; i++) {
          const id = `w${w}-${i}`;
          await db.knex.transaction(async (trx) => {
            await trx.raw('select 1');
            await recordChange(trx, change(id));
          });
          written.push(id);
        }
      }),
    );
    const seen: string[] = [];
    let after = start;
    let done = false;
    void writers.then(() => (done = true));
    // Read in small pages while the writers run, then drain. Whether the writers had finished is noted before each
    // read: a read that began before the last commit may come back empty after it, and must not end the loop.
    for (;;) {
      const finishedBefore = done;
      const page = await readChanges(db.knex, ANONYMOUS, { after, first: 4 });
      seen.push(...page.events.map((e) => e.id));
      after = page.position;
      if (finishedBefore && page.events.length === 0) break;
    }
    await writers;
    expect(seen).toHaveLength(45);
    expect(new Set(seen).size).toBe(45);
    expect(new Set(seen)).toEqual(new Set(written));
  });

  it('tells a viewer who lost sight of a record LEFT_VIEW, and tells those who never saw it nothing', async () => {
    const { latest: start } = await readChanges(db.knex, ANONYMOUS);
    await db.knex.transaction(async (trx) => {
      await recordChange(trx, change('draft', { kind: 'CREATED', version: 1, before: null, after: draftOf('iom') }));
      await recordChange(trx, change('draft', { version: 2, before: draftOf('iom'), after: published }));
      await recordChange(trx, change('draft', { version: 3, before: published, after: draftOf('iom') }));
      await recordChange(trx, change('draft', { kind: 'REMOVED', version: 4, before: draftOf('iom'), after: null }));
    });
    const kinds = async (viewer = ANONYMOUS) => (await readChanges(db.knex, viewer, { after: start })).events.map((e) => `${e.version}:${e.kind}`);
    // Anonymous: it appears when published (news to it), leaves view when unpublished, and never hears of the removal.
    expect(await kinds()).toEqual(['2:CREATED', '3:LEFT_VIEW']);
    expect(await kinds(iom)).toEqual(['1:CREATED', '2:UPDATED', '3:UPDATED', '4:REMOVED']);
    expect(await kinds(secretariat)).toEqual(['1:CREATED', '2:UPDATED', '3:UPDATED', '4:REMOVED']);
    expect(await kinds(ilo)).toEqual(['2:CREATED', '3:LEFT_VIEW']);
    // No field of the record is ever in an event.
    const [event] = (await readChanges(db.knex, ANONYMOUS, { after: start })).events;
    expect(Object.keys(event!).sort()).toEqual(['id', 'kind', 'sequence', 'time', 'type', 'version']);
  });

  it('moves a filtered reader past other types, and refuses a position beyond the newest event', async () => {
    await db.knex.transaction((trx) => recordChange(trx, change('other', { type: 'Other' })));
    const page = await readChanges(db.knex, ANONYMOUS, { types: ['Nothing'] });
    expect(page.events).toEqual([]);
    expect(page.position).toBe(page.latest);
    await expect(readChanges(db.knex, ANONYMOUS, { after: page.latest + 1 })).rejects.toThrow(/Invalid after: .*beyond this feed's newest event/);
    await expect(readChanges(db.knex, ANONYMOUS, { first: 0 })).rejects.toThrow(/Invalid first/);
  });

  it('decides what a viewer is told from audiences alone', () => {
    const row = (kind: string, before: string[] | null, after: string[] | null) => ({ kind, audience_before: before && JSON.stringify(before), audience_after: after && JSON.stringify(after) });
    expect(viewOf(ANONYMOUS, row('UPDATED', published, published))).toBe('UPDATED');
    expect(viewOf(ANONYMOUS, row('UPDATED', draftOf('iom'), draftOf('iom')))).toBeNull();
    expect(viewOf(viewerOf({ role: 'country', countryIso3: 'MEX' }), row('UPDATED', [audience.country('MEX')], [audience.role('secretariat')]))).toBe('LEFT_VIEW');
    expect(viewOf(ANONYMOUS, row('REMOVED', published, null))).toBe('REMOVED');
  });
});
