// All of the GCM objectives subgraph's SQL.
import type { Knex } from 'knex';
import { whereContainsText } from '@unmn/shared/sql';
import { paginate, type Connection, type OrderColumn, type PageArgs } from '@unmn/shared/pagination';
import {
  toGuidingPrinciple, toObjective, toObjectiveSdgTarget, toReview, toSdgGoal, toSdgTarget,
  type ObjectiveSdgTargetModel, type ObjectiveSdgTargetRow, type SdgGoalModel, type SdgGoalRow, type SdgTargetModel, type SdgTargetRow,
  type GuidingPrincipleModel, type GuidingPrincipleRow, type ObjectiveModel, type ObjectiveRow, type ReviewModel, type ReviewOrganizerRow, type ReviewRow,
} from './models.js';

export interface ObjectiveFilter { numbers?: readonly number[] | null; search?: string | null; updatedSince?: string | null }
export interface ReviewFilter {
  kinds?: readonly string[] | null; regionalCommission?: string | null; fromYear?: number | null; toYear?: number | null; updatedSince?: string | null;
}

export type ReviewSort = 'YEAR_ASC' | 'UPDATED_ASC' | 'UPDATED_DESC';

// Reviews without known dates sort by year, then id; start_date is null for those, so order by year first.
const reviewId = (direction: 'asc' | 'desc'): OrderColumn => ({ column: 'id', direction, value: (r: ReviewRow) => r.id });
const REVIEW_ORDERS: Record<ReviewSort, OrderColumn[]> = {
  YEAR_ASC: [{ column: 'year', direction: 'asc', value: (r: ReviewRow) => r.year }, reviewId('asc')],
  UPDATED_ASC: [{ column: 'updated_at', direction: 'asc', value: (r: ReviewRow) => r.updated_at }, reviewId('asc')],
  UPDATED_DESC: [{ column: 'updated_at', direction: 'desc', value: (r: ReviewRow) => r.updated_at }, reviewId('desc')],
};

export class GcmStore {
  constructor(private readonly knex: Knex) {}

  async listObjectives(filter: ObjectiveFilter): Promise<ObjectiveModel[]> {
    const q = this.knex<ObjectiveRow>('objectives').orderBy('number');
    if (filter.numbers) q.whereIn('number', filter.numbers);
    if (filter.search) whereContainsText(q, ['title', 'short_title', 'description'], filter.search);
    if (filter.updatedSince) q.where('updated_at', '>', filter.updatedSince);
    return (await q).map(toObjective);
  }

  async findObjectivesByNumbers(numbers: readonly number[]): Promise<Map<number, ObjectiveModel>> {
    const rows = await this.knex<ObjectiveRow>('objectives').whereIn('number', numbers);
    return new Map(rows.map((r) => [r.number, toObjective(r)]));
  }

  async listGuidingPrinciples(): Promise<GuidingPrincipleModel[]> {
    return (await this.knex<GuidingPrincipleRow>('guiding_principles').orderBy('letter')).map(toGuidingPrinciple);
  }

  async findPrinciplesByLetters(letters: readonly string[]): Promise<Map<string, GuidingPrincipleModel>> {
    const rows = await this.knex<GuidingPrincipleRow>('guiding_principles').whereIn('letter', letters);
    return new Map(rows.map((r) => [r.letter, toGuidingPrinciple(r)]));
  }

  listReviews(filter: ReviewFilter, sort: ReviewSort, page: PageArgs): Promise<Connection<ReviewModel>> {
    const q = this.knex<ReviewRow>('reviews');
    if (filter.kinds) q.whereIn('kind', filter.kinds);
    if (filter.regionalCommission) q.where('regional_commission_id', filter.regionalCommission);
    if (filter.fromYear) q.where('year', '>=', filter.fromYear);
    if (filter.toYear) q.where('year', '<=', filter.toYear);
    if (filter.updatedSince) q.where('updated_at', '>', filter.updatedSince);
    return paginate(q.select('reviews.*'), REVIEW_ORDERS[sort], page, (r: ReviewRow) => toReview(r));
  }

  async findReviewsByIds(ids: readonly string[]): Promise<Map<string, ReviewModel>> {
    const rows = await this.knex<ReviewRow>('reviews').whereIn('id', ids);
    return new Map(rows.map((r) => [r.id, toReview(r)]));
  }

  async organizerIdsByReviewIds(ids: readonly string[]): Promise<Map<string, string[]>> {
    const rows = await this.knex<ReviewOrganizerRow>('review_organizers').whereIn('review_id', ids).orderBy(['review_id', 'position']);
    const map = new Map<string, string[]>(ids.map((id) => [id, []]));
    for (const r of rows) map.get(r.review_id)?.push(r.organization_id);
    return map;
  }

  async listSdgGoals(): Promise<SdgGoalModel[]> {
    return (await this.knex<SdgGoalRow>('sdg_goals').orderBy('number')).map(toSdgGoal);
  }

  async findSdgGoalsByNumbers(numbers: readonly number[]): Promise<Map<number, SdgGoalModel>> {
    const rows = await this.knex<SdgGoalRow>('sdg_goals').whereIn('number', numbers);
    return new Map(rows.map((r) => [r.number, toSdgGoal(r)]));
  }

  async findSdgTargetsByCodes(codes: readonly string[]): Promise<Map<string, SdgTargetModel>> {
    const rows = await this.knex<SdgTargetRow>('sdg_targets').whereIn('code', codes);
    return new Map(rows.map((r) => [r.code, toSdgTarget(r)]));
  }

  async sdgTargetsByGoalNumbers(numbers: readonly number[]): Promise<Map<number, SdgTargetModel[]>> {
    const rows = await this.knex<SdgTargetRow>('sdg_targets').whereIn('goal_number', numbers).orderBy(['goal_number', 'position']);
    const map = new Map<number, SdgTargetModel[]>(numbers.map((n) => [n, []]));
    for (const r of rows) map.get(r.goal_number)?.push(toSdgTarget(r));
    return map;
  }

  /** Links of objectives to targets, each objective's in the Agenda's order. */
  async sdgLinksByObjectiveNumbers(numbers: readonly number[]): Promise<Map<number, ObjectiveSdgTargetModel[]>> {
    const rows = await this.sdgLinks().whereIn('l.objective_number', numbers)
      .orderBy([{ column: 'l.objective_number' }, { column: 't.goal_number' }, { column: 't.position' }]);
    const map = new Map<number, ObjectiveSdgTargetModel[]>(numbers.map((n) => [n, []]));
    for (const r of rows) map.get(r.objective_number)?.push(toObjectiveSdgTarget(r));
    return map;
  }

  /** Links of targets to objectives, each target's in objective order. */
  async sdgLinksByTargetCodes(codes: readonly string[]): Promise<Map<string, ObjectiveSdgTargetModel[]>> {
    const rows = await this.sdgLinks().whereIn('l.target_code', codes).orderBy(['l.target_code', 'l.objective_number']);
    const map = new Map<string, ObjectiveSdgTargetModel[]>(codes.map((c) => [c, []]));
    for (const r of rows) map.get(r.target_code)?.push(toObjectiveSdgTarget(r));
    return map;
  }

  private sdgLinks() {
    return this.knex<ObjectiveSdgTargetRow>({ l: 'objective_sdg_targets' })
      .join({ t: 'sdg_targets' }, 't.code', 'l.target_code')
      .select<ObjectiveSdgTargetRow[]>('l.*', 't.goal_number', 't.position');
  }
}
