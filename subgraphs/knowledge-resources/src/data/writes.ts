// The one write path: submit, update and review. Each write takes input the resolver validated (resolvers/input.ts),
// asks the policy (src/policy.ts) before and, on the row it reads, inside one transaction; checks the version
// (@unmn/shared/versioning) and the lifecycle (src/lifecycle.ts); applies the content rules (src/rules/resource.ts);
// then writes the row, its tags and their copies of the sort keys, and last records the change in the feed
// (@unmn/shared/changes) with who could see the record before and after (policy.ts audiencesOf). A refused write
// leaves nothing behind, not even an event.
import { randomUUID } from 'node:crypto';
import type { Knex } from 'knex';
import { recordChange, type RecordedKind } from '@unmn/shared/changes';
import { now } from '@unmn/shared/db';
import { NotFoundError } from '@unmn/shared/errors';
import { assertVersion, updateVersioned } from '@unmn/shared/versioning';
import type { Viewer } from '@unmn/shared/viewer';
import { reviewLifecycle, type ReviewDecision } from '../lifecycle.js';
import { audiencesOf, mayContribute, mayEdit, mayEditIn, mayReview } from '../policy.js';
import type { ResourceChanges } from '../resolvers/input.js';
import { checkShape, coveredRegions, submissionOwners, updatedCoverage, updatedPublishers } from '../rules/resource.js';
import type { KnowledgeResourceModel } from './models.js';
import type { Reads } from './reads.js';
import { TAG_KINDS, TAG_TABLES, tagKeysSql } from './reference/tags.js';
import { syncSearch } from './search.js';
import { COLUMNS, toResource, type ResourceRow, type StoredResourceRow, type TagsInput } from './rows.js';

const WHAT = 'KnowledgeResource';

/** Resets the practice columns when a PRACTICE becomes another type. */
const NO_PRACTICE = { implemented_from: null, implemented_until: null, completed: null, lessons_learned: null, why_replicable: null };

export class Writes {
  private readonly postgres: boolean;

  constructor(private readonly knex: Knex, dialect: string, private readonly reads: Reads, private readonly viewer: Viewer) {
    this.postgres = dialect === 'postgres';
  }

  async submit(input: ResourceChanges, draft: boolean): Promise<KnowledgeResourceModel> {
    const viewer = this.viewer;
    const { columns: f, tags: t } = input;
    const { publishers, countries } = submissionOwners(viewer, t.publishers ?? [], t.countries ?? [], 'input');
    const regions = coveredRegions(input.regions ?? [], countries);
    checkShape({ type: f.type!, scope: f.geographic_scope!, countries, regions, hasPractice: input.practice !== null, practiceGiven: input.practice !== null }, 'input');
    const at = now();
    const row: ResourceRow = {
      id: `kr-${randomUUID()}`,
      title: f.title!,
      summary: f.summary!,
      body: f.body ?? null,
      type: f.type!,
      url: f.url ?? null,
      published_on: f.published_on!,
      geographic_scope: f.geographic_scope!,
      target_audience: f.target_audience ?? '[]',
      implemented_from: f.implemented_from ?? null,
      implemented_until: f.implemented_until ?? null,
      completed: f.completed ?? null,
      lessons_learned: f.lessons_learned ?? null,
      why_replicable: f.why_replicable ?? null,
      review_status: draft ? 'DRAFT' : 'SUBMITTED',
      submitted_at: draft ? null : at,
      owner_org: viewer.role === 'member' ? viewer.organizationId : null,
      owner_country: viewer.role === 'country' ? viewer.countryIso3 : null,
      owner_subject: viewer.subject,
      source: `Submitted through the API by ${viewer.role}${viewer.organizationId ? ` (${viewer.organizationId})` : ''}${viewer.countryIso3 ? ` (${viewer.countryIso3})` : ''}`,
      confidence: 'L',
      note: null,
      sample: false,
      created_at: at,
      updated_at: at,
    };
    return this.knex.transaction(async (trx) => {
      const [inserted]: ({ seq: number } | number)[] = await trx('resources').insert(row).returning('seq');
      const seq = Number(typeof inserted === 'object' ? inserted.seq : inserted);
      await this.writeTags(trx, seq, { objectives: t.objectives!, principles: t.principles ?? [], languages: t.languages!, publishers, countries, regions });
      await this.syncTagKeys(trx, seq);
      await syncSearch(trx, seq, null);
      return this.recorded(trx, 'CREATED', null, row.id);
    });
  }

  async update(id: string, version: number, input: ResourceChanges, submit: boolean): Promise<KnowledgeResourceModel> {
    const viewer = this.viewer;
    const { columns: f, tags: t } = input;
    return this.knex.transaction(async (trx) => {
      const current = await this.current(trx, id);
      if (!current) throw new NotFoundError(WHAT, id);
      mayEdit(viewer, id, current);
      assertVersion(WHAT, id, current.version, version);
      mayEditIn(viewer, id, current.reviewStatus);
      const before = (await this.reads.tagsBySeqs([current.seq], trx)).get(current.seq)!;
      const publishers = updatedPublishers(viewer, current.ownerOrg, t.publishers);
      const { countries, regions } = updatedCoverage(before, current.ownerCountry, { countries: t.countries, regions: input.regions });
      const type = f.type ?? current.type;
      checkShape({
        type,
        scope: f.geographic_scope ?? current.geographicScope,
        countries,
        regions,
        hasPractice: input.practice !== null || current.practice !== null,
        practiceGiven: input.practice !== null,
      }, 'input');
      const changes: Partial<ResourceRow> = { ...f };
      if (type !== 'PRACTICE' && current.type === 'PRACTICE') Object.assign(changes, NO_PRACTICE);
      if (submit && reviewLifecycle.allows(current.reviewStatus, 'SUBMIT')) {
        Object.assign(changes, { review_status: reviewLifecycle.transition(id, current.reviewStatus, 'SUBMIT'), submitted_at: now() });
      }
      await updateVersioned(trx, 'resources', WHAT, id, version, changes);
      await this.replaceTags(trx, current.seq, {
        ...t,
        ...(publishers ? { publishers } : {}),
        ...(t.countries || current.ownerCountry ? { countries } : {}),
        ...(t.countries || input.regions ? { regions } : {}),
      });
      await this.syncTagKeys(trx, current.seq);
      await syncSearch(trx, current.seq, current);
      return this.recorded(trx, 'UPDATED', current, id);
    });
  }

  async review(id: string, version: number, decision: ReviewDecision, comment: string | null): Promise<KnowledgeResourceModel> {
    mayReview(this.viewer);
    return this.knex.transaction(async (trx) => {
      const current = await this.current(trx, id);
      if (!current) throw new NotFoundError(WHAT, id);
      assertVersion(WHAT, id, current.version, version);
      const next = reviewLifecycle.transition(id, current.reviewStatus, decision);
      await updateVersioned(trx, 'resources', WHAT, id, version, {
        review_status: next,
        reviewed_at: decision === 'START_REVIEW' ? current.reviewedAt : now(),
        ...(comment !== null || decision !== 'START_REVIEW' ? { review_comment: comment } : {}),
      });
      await this.syncTagKeys(trx, current.seq);
      return this.recorded(trx, 'UPDATED', current, id);
    });
  }

  /**
   * Reads the written row back and records the change as the transaction's last statement (recordChange holds the
   * feed's order lock from there to the commit). `before`: the row as the write found it; null for a new one.
   */
  private async recorded(trx: Knex.Transaction, kind: RecordedKind, before: KnowledgeResourceModel | null, id: string): Promise<KnowledgeResourceModel> {
    const after = (await this.current(trx, id))!;
    await recordChange(trx, {
      type: WHAT,
      id,
      kind,
      version: after.version,
      before: before ? audiencesOf(before) : null,
      after: audiencesOf(after),
      at: after.updatedAt,
    });
    return after;
  }

  /** Role checks that need no data, before the input is validated (strangers learn nothing from it). */
  static checkRole(viewer: Viewer, action: 'submit' | 'update' | 'review'): void {
    if (action === 'review') mayReview(viewer);
    else mayContribute(viewer, action === 'submit' ? 'submit knowledge resources' : 'update knowledge resources');
  }

  /** The current row of a resource inside the write, whatever the viewer may see (the policy decides on it). */
  private async current(trx: Knex.Transaction, id: string): Promise<KnowledgeResourceModel | null> {
    const row: StoredResourceRow | undefined = await trx('resources').select(COLUMNS).where('resources.id', id).first();
    return row ? toResource(row) : null;
  }

  /**
   * Copies the resource's visibility flag and sort keys (review_status = PUBLISHED, sample, published_on) onto all its tag rows,
   * and (PostgreSQL) its tags, type and scope onto `resources.tag_keys`, which filtered searches intersect with the
   * text match in one index. Every write calls it in its transaction after its changes, so the tag tables and
   * tag_keys never disagree with `resources` (per-parent pages and tag counts read only the tag tables).
   */
  private async syncTagKeys(trx: Knex.Transaction, seq: number): Promise<void> {
    for (const { table } of Object.values(TAG_TABLES)) {
      await trx.raw(
        `update ?? set published = (select r.review_status = 'PUBLISHED' from resources r where r.seq = ?),
           sample = (select r.sample from resources r where r.seq = ?),
           published_on = (select r.published_on from resources r where r.seq = ?) where resource_seq = ?`,
        [table, seq, seq, seq, seq],
      );
    }
    if (this.postgres) await trx.raw(`update resources set tag_keys = ${tagKeysSql()} where seq = ?`, [seq]);
  }

  /** Replaces the tag lists given (others stay); the caller then runs syncTagKeys. */
  private async replaceTags(trx: Knex.Transaction, seq: number, tags: Partial<TagsInput>): Promise<void> {
    for (const kind of TAG_KINDS) if (tags[kind]) await trx(TAG_TABLES[kind].table).where('resource_seq', seq).delete();
    await this.writeTags(trx, seq, tags);
  }

  private async writeTags(trx: Knex.Transaction, seq: number, tags: Partial<TagsInput>): Promise<void> {
    for (const kind of TAG_KINDS) {
      const values: readonly (string | number)[] | undefined = tags[kind];
      if (!values?.length) continue;
      const { table, column } = TAG_TABLES[kind];
      // Publishers keep the order given (the first is the lead publisher).
      await trx(table).insert(values.map((v, i) => ({ resource_seq: seq, [column]: v, ...(kind === 'publishers' ? { position: i } : {}) })));
    }
  }
}
