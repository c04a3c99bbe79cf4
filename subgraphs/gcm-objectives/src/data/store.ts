// All of the GCM objectives subgraph's SQL.
import type { Knex } from 'knex';
import { whereContainsText } from '@unmn/shared/sql';
import { paginate, type Connection, type OrderColumn, type PageArgs } from '@unmn/shared/pagination';
import {
  toGuidingPrinciple, toObjective, toReview,
  type GuidingPrincipleModel, type GuidingPrincipleRow, type ObjectiveModel, type ObjectiveRow, type ReviewModel, type ReviewOrganizerRow, type ReviewRow,
} from './models.js';

export interface ObjectiveFilter { numbers?: readonly number[] | null; search?: string | null; updatedSince?: string | null }
export interface ReviewFilter {
  kinds?: readonly string[] | null; regionalCommission?: string | null; fromYear?: number | null; toYear?: number | null; updatedSince?: string | null;
}

// Reviews without known dates sort by year, then id; start_date is null for those, so order by year first.
const REVIEW_ORDER: OrderColumn[] = [
  { column: 'year', direction: 'asc', value: (r: ReviewRow) => r.year },
  { column: 'id', direction: 'asc', value: (r: ReviewRow) => r.id },
];

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

  listReviews(filter: ReviewFilter, page: PageArgs): Promise<Connection<ReviewModel>> {
    const q = this.knex<ReviewRow>('reviews');
    if (filter.kinds) q.whereIn('kind', filter.kinds);
    if (filter.regionalCommission) q.where('regional_commission_id', filter.regionalCommission);
    if (filter.fromYear) q.where('year', '>=', filter.fromYear);
    if (filter.toYear) q.where('year', '<=', filter.toYear);
    if (filter.updatedSince) q.where('updated_at', '>', filter.updatedSince);
    return paginate(q.select('reviews.*'), REVIEW_ORDER, page, (r: ReviewRow) => toReview(r));
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
}
