// The writes of this subgraph, straight to it over HTTP with the identity the gateway would sign: who may submit,
// update and review, the review workflow's states, and that a refused or invalid write leaves nothing behind.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestSubgraph, type TestSubgraph } from '@unmn/shared/testing';
import { knowledgeResourcesSubgraph } from '../src/index.js';
import { AS, type As, expectError, resourceInput, review, rowCount, submit, update } from './helpers.js';

let sub: TestSubgraph;
beforeAll(async () => {
  sub = await startTestSubgraph(knowledgeResourcesSubgraph);
});
afterAll(() => sub?.stop());

/** Everything a write can touch: the resources and each of their tag tables. */
const TABLES = ['resources', 'resource_objectives', 'resource_principles', 'resource_languages', 'resource_publishers', 'resource_countries', 'resource_regions'];
const snapshot = async () => Object.fromEntries(await Promise.all(TABLES.map(async (t) => [t, await rowCount(sub, t)] as const)));
/** The stored row of one resource, as a refused write must leave it. */
const stored = (id: string) => sub.db.knex('resources').where('id', id).first();

describe('who may write', () => {
  const SUBMIT = 'mutation($input: SubmitResourceInput!) { submitResource(input: $input) { id reviewStatus publishers { id } countries { iso3 } } }';

  it('submitResource: members, countries and the secretariat may; anonymous and other roles are refused and nothing is written', async () => {
    const allowed: [string, As, Record<string, unknown>][] = [
      ['member', AS.iom, {}],
      ['country', AS.phl, { geographicScope: 'NATIONAL' }],
      ['secretariat', AS.secretariat, { publishers: ['undp'] }],
    ];
    for (const [name, viewer, extra] of allowed) {
      const before = await rowCount(sub, 'resources');
      const { body } = await sub.query(SUBMIT, { input: resourceInput({ title: `Submitted by ${name}`, ...extra }) }, { viewer });
      expect(body.errors, `${name}: ${JSON.stringify(body.errors)}`).toBeUndefined();
      expect(body.data.submitResource.reviewStatus).toBe('SUBMITTED');
      expect(await rowCount(sub, 'resources')).toBe(before + 1);
      expect((await stored(body.data.submitResource.id)).title).toBe(`Submitted by ${name}`);
    }
    const refused: [string, As, string][] = [
      ['anonymous', AS.anonymous, 'UNAUTHENTICATED'],
      ['fund-manager', AS.fundManager, 'FORBIDDEN'],
      ['steering-committee', AS.steeringCommittee, 'FORBIDDEN'],
    ];
    for (const [name, viewer, code] of refused) {
      const before = await snapshot();
      const { body } = await sub.query(SUBMIT, { input: resourceInput({ title: `Submitted by ${name}`, publishers: ['iom'] }) }, { viewer });
      expectError(body, code);
      expect(body.data, name).toBeNull();
      expect(await snapshot(), name).toEqual(before);
    }
  });

  it("updateResource: the submitter's organization or country and the secretariat may; anyone else is refused and the row is unchanged", async () => {
    const byIom = await submit(sub, AS.iom, { title: 'Owned by IOM' });
    const byMex = await submit(sub, AS.mex, { title: 'Owned by Mexico', geographicScope: 'NATIONAL' });
    const refusals: [string, As, any, string][] = [
      ['anonymous on IOM', AS.anonymous, byIom, 'UNAUTHENTICATED'],
      ['another member on IOM', AS.unicef, byIom, 'FORBIDDEN'],
      ['a country on IOM', AS.mex, byIom, 'FORBIDDEN'],
      ['fund-manager on IOM', AS.fundManager, byIom, 'FORBIDDEN'],
      ['steering-committee on IOM', AS.steeringCommittee, byIom, 'FORBIDDEN'],
      ['another country on Mexico', AS.phl, byMex, 'FORBIDDEN'],
      ['a member on Mexico', AS.iom, byMex, 'FORBIDDEN'],
    ];
    for (const [name, viewer, r, code] of refusals) {
      const row = await stored(r.id);
      const before = await snapshot();
      const { body } = await update(sub, viewer, { id: r.id, version: r.version, title: 'Taken over', objectives: [9] });
      expectError(body, code);
      expect(await stored(r.id), name).toEqual(row);
      expect(await snapshot(), name).toEqual(before);
    }
    // Any account of the owning organization (another IOM subject) may edit; so may the secretariat.
    const colleague = await update(sub, { role: 'member', organizationId: 'iom', subject: 'another-iom-user' }, { id: byIom.id, version: 1, title: 'Edited by a colleague' });
    expect(colleague.body.errors).toBeUndefined();
    expect(colleague.body.data.updateResource).toMatchObject({ title: 'Edited by a colleague', version: 2 });
    const country = await update(sub, AS.mex, { id: byMex.id, version: 1, title: 'Edited by Mexico' });
    expect(country.body.data.updateResource).toMatchObject({ title: 'Edited by Mexico', version: 2 });
    const secretariat = await update(sub, AS.secretariat, { id: byMex.id, version: 2, title: 'Edited by the secretariat' });
    expect(secretariat.body.data.updateResource).toMatchObject({ title: 'Edited by the secretariat', version: 3, countries: [{ iso3: 'MEX' }] });
    expect((await stored(byMex.id)).title).toBe('Edited by the secretariat');
  });

  it('reviewResource: only the secretariat decides; every other role is refused and the status is unchanged', async () => {
    const r = await submit(sub, AS.iom, { title: 'Waiting for review' });
    const refusals: [As, string][] = [
      [AS.anonymous, 'UNAUTHENTICATED'], [AS.iom, 'FORBIDDEN'], [AS.unicef, 'FORBIDDEN'], [AS.mex, 'FORBIDDEN'],
      [AS.fundManager, 'FORBIDDEN'], [AS.steeringCommittee, 'FORBIDDEN'],
    ];
    const row = await stored(r.id);
    for (const [viewer, code] of refusals) {
      expectError((await review(sub, viewer, r.id, r.version, 'PUBLISH')).body, code);
      expect(await stored(r.id), JSON.stringify(viewer)).toEqual(row);
    }
    // Still unpublished: anonymous readers do not see it.
    expect((await sub.query('query($id: ID!) { resource(id: $id) { id } }', { id: r.id })).body.data.resource).toBeNull();
    const { body } = await review(sub, AS.secretariat, r.id, r.version, 'PUBLISH');
    expect(body.data.reviewResource).toMatchObject({ reviewStatus: 'PUBLISHED', version: 2 });
    expect((await sub.query('query($id: ID!) { resource(id: $id) { id } }', { id: r.id })).body.data.resource).toEqual({ id: r.id });
  });
});

describe('review workflow', () => {
  it('lets contributors submit and refuses everyone else', async () => {
    const member = await submit(sub, AS.iom, { publishers: ['ilo'] });
    expect(member).toMatchObject({ reviewStatus: 'SUBMITTED', version: 1, publishers: [{ id: 'iom' }, { id: 'ilo' }] });
    const country = await submit(sub, AS.mex, { geographicScope: 'NATIONAL', countries: [] as string[] });
    expect(country).toMatchObject({ reviewStatus: 'SUBMITTED', countries: [{ iso3: 'MEX' }], regions: ['AMERICAS'] });
    const draft = await submit(sub, AS.iom, { draft: true });
    expect(draft.reviewStatus).toBe('DRAFT');
    const input = { title: 'Nope', summary: 'x', type: 'TRAINING', languages: ['en'], publishedOn: '2024-01-01', objectives: [1], geographicScope: 'GLOBAL' };
    const mutation = 'mutation($input: SubmitResourceInput!) { submitResource(input: $input) { id } }';
    expectError((await sub.query(mutation, { input })).body, 'UNAUTHENTICATED');
    expectError((await sub.query(mutation, { input }, { viewer: AS.fundManager })).body, 'FORBIDDEN');
  });

  it('walks SUBMITTED -> UNDER_REVIEW -> DRAFT (changes requested) -> SUBMITTED -> PUBLISHED, refusing what is not allowed', async () => {
    let r = await submit(sub, AS.iom, { title: 'Workflow walk' });
    // Only the secretariat reviews.
    expectError((await review(sub, AS.iom, r.id, r.version, 'PUBLISH')).body, 'FORBIDDEN');
    expectError((await review(sub, AS.mex, r.id, r.version, 'PUBLISH')).body, 'FORBIDDEN');
    expectError((await review(sub, AS.anonymous, r.id, r.version, 'PUBLISH')).body, 'UNAUTHENTICATED');
    let res = await review(sub, AS.secretariat, r.id, r.version, 'START_REVIEW');
    r = res.body.data.reviewResource;
    expect(r).toMatchObject({ reviewStatus: 'UNDER_REVIEW', version: 2 });
    expectError((await review(sub, AS.secretariat, r.id, r.version, 'START_REVIEW')).body, 'CONFLICT');
    expectError((await review(sub, AS.secretariat, r.id, r.version, 'REQUEST_CHANGES')).body, 'BAD_USER_INPUT', 'input.comment');
    res = await review(sub, AS.secretariat, r.id, r.version, 'REQUEST_CHANGES', 'Please add the implementation dates.');
    r = res.body.data.reviewResource;
    expect(r).toMatchObject({ reviewStatus: 'DRAFT', reviewComment: 'Please add the implementation dates.' });
    // A reviewer cannot publish a draft the submitter has not resubmitted.
    expectError((await review(sub, AS.secretariat, r.id, r.version, 'PUBLISH')).body, 'CONFLICT');
    // The submitter sees the comment; another member may not edit; the submitter resubmits with the version read.
    const mine = await sub.query(`query($id: ID!) { resource(id: $id) { reviewComment } }`, { id: r.id }, { viewer: AS.iom });
    expect(mine.body.data.resource.reviewComment).toBe('Please add the implementation dates.');
    expectError((await update(sub, AS.unicef, { id: r.id, version: r.version, title: 'Hijack' })).body, 'FORBIDDEN');
    expectError((await update(sub, AS.iom, { id: r.id, version: r.version - 1, title: 'Stale' })).body, 'CONFLICT');
    res = await update(sub, AS.iom, { id: r.id, version: r.version, summary: 'Now with dates.', submit: true });
    expect(res.body.errors).toBeUndefined();
    r = res.body.data.updateResource;
    expect(r.reviewStatus).toBe('SUBMITTED');
    res = await review(sub, AS.secretariat, r.id, r.version, 'PUBLISH');
    r = res.body.data.reviewResource;
    expect(r.reviewStatus).toBe('PUBLISHED');
    expectError((await review(sub, AS.secretariat, r.id, r.version, 'PUBLISH')).body, 'CONFLICT');
    expectError((await review(sub, AS.secretariat, r.id, r.version, 'REJECT', 'too late')).body, 'CONFLICT');
    // Published: the submitter may no longer edit; the secretariat may. The public does not see the reviewer's comment.
    expectError((await update(sub, AS.iom, { id: r.id, version: r.version, title: 'Changed after publication' })).body, 'FORBIDDEN');
    res = await update(sub, AS.secretariat, { id: r.id, version: r.version, title: 'Corrected title' });
    expect(res.body.data.updateResource).toMatchObject({ title: 'Corrected title', reviewStatus: 'PUBLISHED', version: r.version + 1 });
    const pub = await sub.query(`query($id: ID!) { resource(id: $id) { title reviewComment } }`, { id: r.id });
    expect(pub.body.data.resource).toEqual({ title: 'Corrected title', reviewComment: null });
  });

  it("shows a reviewer's comment on a published resource to its submitter and the secretariat only", async () => {
    const r = await submit(sub, AS.iom, { title: 'Published with a remark' });
    const { body } = await review(sub, AS.secretariat, r.id, r.version, 'PUBLISH', 'Approved; consider adding a French version.');
    expect(body.data.reviewResource).toMatchObject({ reviewStatus: 'PUBLISHED', reviewComment: 'Approved; consider adding a French version.' });
    const comment = async (viewer: As) => (await sub.query('query($id: ID!) { resource(id: $id) { reviewComment } }', { id: r.id }, { viewer })).body.data.resource.reviewComment;
    for (const viewer of [AS.iom, { role: 'member', organizationId: 'iom', subject: 'another-iom-user' } as As, AS.secretariat]) {
      expect(await comment(viewer), JSON.stringify(viewer)).toBe('Approved; consider adding a French version.');
    }
    for (const viewer of [AS.anonymous, AS.unicef, AS.mex, AS.fundManager, AS.steeringCommittee]) {
      expect(await comment(viewer), JSON.stringify(viewer)).toBeNull();
    }
  });

  it('rejects with a reason, after which the resource is final for its submitter and the reviewer', async () => {
    const r = await submit(sub, AS.mex, { title: 'Will be rejected', geographicScope: 'NATIONAL' });
    expectError((await review(sub, AS.secretariat, r.id, r.version, 'REJECT', '   ')).body, 'BAD_USER_INPUT', 'input.comment');
    const res = await review(sub, AS.secretariat, r.id, r.version, 'REJECT', 'Not a migration resource.');
    const rejected = res.body.data.reviewResource;
    expect(rejected).toMatchObject({ reviewStatus: 'REJECTED', reviewComment: 'Not a migration resource.' });
    expectError((await review(sub, AS.secretariat, r.id, rejected.version, 'START_REVIEW')).body, 'CONFLICT');
    expectError((await update(sub, AS.mex, { id: r.id, version: rejected.version, title: 'Try again' })).body, 'FORBIDDEN');
    expectError((await update(sub, AS.phl, { id: r.id, version: rejected.version, title: 'Not mine' })).body, 'FORBIDDEN');
  });
});

describe('bad write input', () => {
  it('refuses invalid submissions naming the field, writing nothing', async () => {
    const before = await snapshot();
    const bad: [Record<string, unknown>, string][] = [
      [{ title: '' }, 'input.title'],
      [{ objectives: [] }, 'input.objectives'],
      [{ objectives: [1, 30] }, 'input.objectives'],
      [{ languages: ['zz'] }, 'input.languages'],
      [{ url: 'javascript:alert(1)' }, 'input.url'],
      [{ geographicScope: 'NATIONAL' }, 'input.countries'],
      [{ countries: ['MEX', 'NOPE'] }, 'input.countries'],
      [{ publishers: ['iom', 'acme-corp'] }, 'input.publishers'],
      [{ type: 'PRACTICE' }, 'input.practice'],
      [{ practice: { completed: true } }, 'input.practice'],
      [{ type: 'PRACTICE', practice: { completed: true, implementedFrom: '2024-01-01', implementedUntil: '2023-01-01' } }, 'input.practice.implementedUntil'],
    ];
    for (const [overrides, argument] of bad) {
      const { body } = await sub.query(
        'mutation($input: SubmitResourceInput!) { submitResource(input: $input) { id } }',
        { input: { title: 'Valid title', summary: 'Valid.', type: 'TRAINING', languages: ['en'], publishedOn: '2024-01-01', objectives: [1], geographicScope: 'GLOBAL', ...overrides } },
        { viewer: AS.iom },
      );
      expectError(body, 'BAD_USER_INPUT', argument);
    }
    expect(await snapshot()).toEqual(before);
  });

  it('refuses an update with a bad field without changing anything, and a stale version with CONFLICT', async () => {
    const r = await submit(sub, AS.iom, { title: 'Stays as it is', objectives: [3] });
    const { body } = await sub.query(
      'mutation($input: UpdateResourceInput!) { updateResource(input: $input) { id } }',
      { input: { id: r.id, version: r.version, title: 'Changed', objectives: [99] } },
      { viewer: AS.iom },
    );
    expectError(body, 'BAD_USER_INPUT', 'input.objectives');
    const after = await sub.query(`query($id: ID!) { resource(id: $id) { title version objectives { number } } }`, { id: r.id }, { viewer: AS.iom });
    expect(after.body.data.resource).toEqual({ title: 'Stays as it is', version: 1, objectives: [{ number: 3 }] });
    const ok = await sub.query('mutation($input: UpdateResourceInput!) { updateResource(input: $input) { version } }', { input: { id: r.id, version: 1, title: 'First edit' } }, { viewer: AS.iom });
    expect(ok.body.data.updateResource.version).toBe(2);
    const stale = await sub.query('mutation($input: UpdateResourceInput!) { updateResource(input: $input) { version } }', { input: { id: r.id, version: 1, title: 'Second edit from an old read' } }, { viewer: AS.iom });
    expectError(stale.body, 'CONFLICT');
    expect((await stored(r.id))).toMatchObject({ title: 'First edit', version: 2 });
    const missing = await sub.query('mutation($input: UpdateResourceInput!) { updateResource(input: $input) { version } }', { input: { id: 'kr-nope', version: 1, title: 'Any title' } }, { viewer: AS.iom });
    expectError(missing.body, 'NOT_FOUND');
  });
});

describe('the CONFLICT shapes every lifecycle in the graph shares', () => {
  it('a stale version carries reason STALE_VERSION and currentVersion, on update and on review', async () => {
    const r = await submit(sub, AS.iom, { title: 'Two editors at once' });
    await update(sub, AS.iom, { id: r.id, version: r.version, title: 'First editor wins' });
    for (const { body } of [
      await update(sub, AS.iom, { id: r.id, version: r.version, title: 'Second editor read version 1' }),
      await review(sub, AS.secretariat, r.id, r.version, 'START_REVIEW'),
    ]) {
      expectError(body, 'CONFLICT');
      expect(body.errors[0].extensions).toMatchObject({ reason: 'STALE_VERSION', currentVersion: r.version + 1 });
    }
  });

  it('a decision from the wrong status carries reason ILLEGAL_TRANSITION, currentStatus and requestedStatus', async () => {
    const r = await submit(sub, AS.iom, { title: 'Published, then reviewed again' });
    const published = (await review(sub, AS.secretariat, r.id, r.version, 'PUBLISH')).body.data.reviewResource;
    const { body } = await review(sub, AS.secretariat, r.id, published.version, 'REJECT', 'Too late');
    expectError(body, 'CONFLICT');
    expect(body.errors[0].extensions).toMatchObject({ reason: 'ILLEGAL_TRANSITION', currentStatus: 'PUBLISHED', requestedStatus: 'REJECTED', action: 'REJECT' });
    expect((await stored(r.id))).toMatchObject({ review_status: 'PUBLISHED', version: published.version });
  });
});
