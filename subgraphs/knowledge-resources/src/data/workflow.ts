// Contribution and review rules. Each write validates its whole input first (BAD_USER_INPUT names the field), then
// checks role, ownership, version and state inside one transaction, so a refused write leaves nothing behind.
//
// Roles: a member submits for its own organization, a country role for its own country, the secretariat for anyone.
// The submitter (same organization / same country) edits until PUBLISHED or REJECTED; the secretariat edits any time
// and alone decides reviews.
import { randomUUID } from 'node:crypto';
import type { Knex } from 'knex';
import { now } from '@unmn/shared/db';
import { BadUserInputError, ConflictError, ForbiddenError, NotFoundError } from '@unmn/shared/errors';
import { requireRole } from '@unmn/shared/authz';
import { updateVersioned } from '@unmn/shared/versioning';
import type { Viewer } from '@unmn/shared/viewer';
import type { KnowledgeResourceModel, ReviewStatus } from './models.js';
import type { KnowledgeStore, ResourceRow, TagsInput } from './store.js';
import { countryCodes, coveredRegions, httpUrl, languageCodes, objectiveNumbers, optionalText, organizationIds, principleLetters, text } from './validate.js';

export interface PracticeInput {
  implementedFrom?: string | null;
  implementedUntil?: string | null;
  completed: boolean;
  lessonsLearned?: string | null;
  whyReplicable?: string | null;
}

export interface ResourceFields {
  title?: string | null;
  summary?: string | null;
  body?: string | null;
  type?: string | null;
  url?: string | null;
  languages?: readonly string[] | null;
  publishedOn?: string | null;
  publishers?: readonly string[] | null;
  objectives?: readonly number[] | null;
  principles?: readonly string[] | null;
  geographicScope?: string | null;
  countries?: readonly string[] | null;
  regions?: readonly string[] | null;
  targetAudience?: readonly string[] | null;
  practice?: PracticeInput | null;
}

export type ReviewDecision = 'START_REVIEW' | 'PUBLISH' | 'REQUEST_CHANGES' | 'REJECT';

/** Which statuses each decision may start from, and where it leads. */
export const TRANSITIONS: Record<ReviewDecision, { from: ReviewStatus[]; to: ReviewStatus }> = {
  START_REVIEW: { from: ['SUBMITTED'], to: 'UNDER_REVIEW' },
  PUBLISH: { from: ['SUBMITTED', 'UNDER_REVIEW'], to: 'PUBLISHED' },
  REQUEST_CHANGES: { from: ['SUBMITTED', 'UNDER_REVIEW'], to: 'DRAFT' },
  REJECT: { from: ['SUBMITTED', 'UNDER_REVIEW'], to: 'REJECTED' },
};

const CONTRIBUTORS = ['member', 'country', 'secretariat'] as const;

/** Whether the viewer is the resource's submitter (same organization or country) or the secretariat. */
export const ownsResource = (viewer: Viewer, r: Pick<KnowledgeResourceModel, 'ownerOrg' | 'ownerCountry'>) =>
  viewer.role === 'secretariat' ||
  (viewer.role === 'member' && r.ownerOrg !== null && r.ownerOrg === viewer.organizationId) ||
  (viewer.role === 'country' && r.ownerCountry !== null && r.ownerCountry === viewer.countryIso3);

/** Validates the formats of whatever fields are given (all fields for a submission). */
function validateFields(input: ResourceFields, path: string) {
  const out: Partial<ResourceRow> & { tags: Partial<TagsInput>; explicitRegions?: string[] } = { tags: {} };
  if (input.title !== undefined && input.title !== null) out.title = text(input.title, `${path}.title`, 3, 300);
  if (input.summary !== undefined && input.summary !== null) out.summary = text(input.summary, `${path}.summary`, 1, 2000);
  if (input.body !== undefined) out.body = optionalText(input.body, `${path}.body`, 50_000);
  if (input.type) out.type = input.type;
  if (input.url !== undefined) out.url = httpUrl(input.url, `${path}.url`);
  if (input.publishedOn) out.published_on = input.publishedOn;
  if (input.geographicScope) out.geographic_scope = input.geographicScope;
  if (input.targetAudience) out.target_audience = JSON.stringify([...new Set(input.targetAudience)]);
  if (input.languages) {
    if (input.languages.length === 0) throw new BadUserInputError(`${path}.languages`, 'give at least one language');
    out.tags.languages = languageCodes(input.languages, `${path}.languages`);
  }
  if (input.objectives) {
    if (input.objectives.length === 0) throw new BadUserInputError(`${path}.objectives`, 'give at least one GCM objective (1 to 23)');
    out.tags.objectives = objectiveNumbers(input.objectives, `${path}.objectives`);
  }
  if (input.principles) out.tags.principles = principleLetters(input.principles, `${path}.principles`);
  if (input.publishers) out.tags.publishers = organizationIds(input.publishers, `${path}.publishers`);
  if (input.countries) out.tags.countries = countryCodes(input.countries, `${path}.countries`);
  if (input.regions) out.explicitRegions = [...new Set(input.regions)];
  if (input.practice) {
    const p = input.practice;
    if (p.implementedFrom && p.implementedUntil && p.implementedUntil < p.implementedFrom) {
      throw new BadUserInputError(`${path}.practice.implementedUntil`, `${p.implementedUntil} is before implementedFrom ${p.implementedFrom}`);
    }
    out.implemented_from = p.implementedFrom ?? null;
    out.implemented_until = p.implementedUntil ?? null;
    out.completed = p.completed;
    out.lessons_learned = optionalText(p.lessonsLearned, `${path}.practice.lessonsLearned`, 5000);
    out.why_replicable = optionalText(p.whyReplicable, `${path}.practice.whyReplicable`, 5000);
  }
  return out;
}

/** Rules that depend on several fields together, checked on the merged result of a submission or update. */
function checkCombined(merged: { type: string; scope: string; countries: string[]; regions: string[]; hasPractice: boolean; practiceGiven: boolean }, path: string) {
  if (merged.type === 'PRACTICE' && !merged.hasPractice) {
    throw new BadUserInputError(`${path}.practice`, 'a PRACTICE needs its practice details (at least `completed`)');
  }
  if (merged.type !== 'PRACTICE' && merged.practiceGiven) {
    throw new BadUserInputError(`${path}.practice`, `practice details belong only to type PRACTICE; this resource is ${merged.type}`);
  }
  if ((merged.scope === 'NATIONAL' || merged.scope === 'LOCAL') && merged.countries.length === 0) {
    throw new BadUserInputError(`${path}.countries`, `a ${merged.scope} resource needs the country it is about`);
  }
  if (merged.scope === 'NATIONAL' && merged.countries.length > 1) {
    throw new BadUserInputError(`${path}.countries`, 'a NATIONAL resource is about one country; use REGIONAL for several');
  }
  if (merged.scope === 'REGIONAL' && merged.countries.length === 0 && merged.regions.length === 0) {
    throw new BadUserInputError(`${path}.regions`, 'a REGIONAL resource needs a region or countries');
  }
}

export class Workflow {
  constructor(private readonly knex: Knex, private readonly store: KnowledgeStore, private readonly viewer: Viewer) {}

  async submit(input: ResourceFields & { draft?: boolean | null }): Promise<KnowledgeResourceModel> {
    const viewer = this.viewer;
    requireRole(viewer, CONTRIBUTORS, 'submit knowledge resources');
    const f = validateFields(input, 'input');
    // The submitter's own organization is always a publisher; its own country always covered.
    let publishers = f.tags.publishers ?? [];
    if (viewer.role === 'member') publishers = [viewer.organizationId!, ...publishers.filter((p) => p !== viewer.organizationId)];
    if (viewer.role === 'secretariat' && publishers.length === 0) throw new BadUserInputError('input.publishers', 'name at least one publishing organization');
    let countries = f.tags.countries ?? [];
    if (viewer.role === 'country' && !countries.includes(viewer.countryIso3!)) countries = [...countries, viewer.countryIso3!].sort();
    const regions = coveredRegions(f.explicitRegions ?? [], countries);
    checkCombined({ type: f.type!, scope: f.geographic_scope!, countries, regions, hasPractice: Boolean(input.practice), practiceGiven: Boolean(input.practice) }, 'input');
    const at = now();
    const draft = Boolean(input.draft);
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
      await this.store.insert(trx, row, { objectives: f.tags.objectives!, principles: f.tags.principles ?? [], languages: f.tags.languages!, publishers, countries, regions });
      return (await this.store.findForWrite(trx, row.id))!;
    });
  }

  async update(input: ResourceFields & { id: string; version: number; submit?: boolean | null }): Promise<KnowledgeResourceModel> {
    const viewer = this.viewer;
    requireRole(viewer, CONTRIBUTORS, 'update knowledge resources');
    const f = validateFields(input, 'input');
    return this.knex.transaction(async (trx) => {
      const current = await this.store.findForWrite(trx, input.id);
      if (!current) throw new NotFoundError('KnowledgeResource', input.id);
      if (!ownsResource(viewer, current)) throw new ForbiddenError(`Only its submitter or the secretariat may update resource ${input.id}`);
      if (current.version !== input.version) {
        throw new ConflictError(`KnowledgeResource ${input.id} is at version ${current.version}, not ${input.version}: it changed since you read it. Read it again and retry.`, { currentVersion: current.version });
      }
      if (viewer.role !== 'secretariat' && (current.reviewStatus === 'PUBLISHED' || current.reviewStatus === 'REJECTED')) {
        throw new ForbiddenError(`Resource ${input.id} is ${current.reviewStatus}; only the secretariat may change it now`);
      }
      const tags = await this.store.tagsForWrite(trx, current.seq);
      // Merge: keep ownership guarantees, recompute covered regions when countries or regions change.
      let publishers = f.tags.publishers;
      if (publishers && viewer.role === 'member' && current.ownerOrg === viewer.organizationId && !publishers.includes(viewer.organizationId!)) {
        publishers = [viewer.organizationId!, ...publishers];
      }
      if (publishers && publishers.length === 0 && current.ownerOrg) publishers = [current.ownerOrg];
      let countries = f.tags.countries ?? tags.countries;
      if (current.ownerCountry && !countries.includes(current.ownerCountry)) countries = [...countries, current.ownerCountry].sort();
      let regions = tags.regions;
      if (f.tags.countries || f.explicitRegions) {
        // Regions named explicitly before are those not explained by the old countries.
        const derivedBefore = new Set(coveredRegions([], tags.countries));
        const explicit = f.explicitRegions ?? tags.regions.filter((r) => !derivedBefore.has(r));
        regions = coveredRegions(explicit, countries);
      }
      const type = f.type ?? current.type;
      checkCombined({
        type,
        scope: f.geographic_scope ?? current.geographicScope,
        countries,
        regions,
        hasPractice: Boolean(input.practice) || current.practice !== null,
        practiceGiven: Boolean(input.practice),
      }, 'input');
      const { tags: _tags, explicitRegions: _regions, ...columns } = f;
      const changes: Record<string, unknown> = { ...columns };
      if (type !== 'PRACTICE' && current.type === 'PRACTICE') {
        Object.assign(changes, { implemented_from: null, implemented_until: null, completed: null, lessons_learned: null, why_replicable: null });
      }
      if (input.submit && current.reviewStatus === 'DRAFT') Object.assign(changes, { review_status: 'SUBMITTED', submitted_at: now() });
      await updateVersioned(trx, 'resources', 'KnowledgeResource', input.id, input.version, changes);
      await this.store.replaceTags(trx, current.seq, {
        ...f.tags,
        ...(publishers ? { publishers } : {}),
        ...(f.tags.countries || current.ownerCountry ? { countries } : {}),
        ...(f.tags.countries || f.explicitRegions ? { regions } : {}),
      });
      await this.store.syncTagKeys(trx, current.seq);
      return (await this.store.findForWrite(trx, input.id))!;
    });
  }

  async review(input: { id: string; version: number; decision: ReviewDecision; comment?: string | null }): Promise<KnowledgeResourceModel> {
    const viewer = this.viewer;
    requireRole(viewer, ['secretariat'], 'review knowledge resources');
    const comment = optionalText(input.comment, 'input.comment', 5000);
    if ((input.decision === 'REQUEST_CHANGES' || input.decision === 'REJECT') && !comment) {
      throw new BadUserInputError('input.comment', `${input.decision} needs a comment telling the submitter ${input.decision === 'REJECT' ? 'why' : 'what to change'}`);
    }
    const rule = TRANSITIONS[input.decision];
    return this.knex.transaction(async (trx) => {
      const current = await this.store.findForWrite(trx, input.id);
      if (!current) throw new NotFoundError('KnowledgeResource', input.id);
      if (current.version !== input.version) {
        throw new ConflictError(`KnowledgeResource ${input.id} is at version ${current.version}, not ${input.version}: it changed since you read it. Read it again and retry.`, { currentVersion: current.version });
      }
      if (!rule.from.includes(current.reviewStatus)) {
        throw new ConflictError(`Cannot ${input.decision} resource ${input.id}: it is ${current.reviewStatus}, and ${input.decision} applies only to ${rule.from.join(' or ')}`, { currentStatus: current.reviewStatus });
      }
      await updateVersioned(trx, 'resources', 'KnowledgeResource', input.id, input.version, {
        review_status: rule.to,
        reviewed_at: input.decision === 'START_REVIEW' ? current.reviewedAt : now(),
        ...(comment !== null || input.decision !== 'START_REVIEW' ? { review_comment: comment } : {}),
      });
      await this.store.syncTagKeys(trx, current.seq);
      return (await this.store.findForWrite(trx, input.id))!;
    });
  }
}
