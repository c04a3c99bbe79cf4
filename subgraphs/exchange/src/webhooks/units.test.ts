import { describe, expect, it } from 'vitest';
import { Webhook } from 'standardwebhooks';
import { retryDelayMs } from './backoff.js';
import { EVENT_TYPES, eventTypeNames, recordedTypesOf, subscribed } from './event-types.js';
import { attemptJobId } from './queue.js';
import { newWebhookSecret, signDelivery } from './signing.js';

describe('event types', () => {
  it('lists <entity>.<kind> for every recorded type and kind', () => {
    expect(EVENT_TYPES).toContain('fund_project.updated');
    expect(EVENT_TYPES).toContain('knowledge_resource.left_view');
    expect(EVENT_TYPES).toContain('progress_report.created');
    expect(EVENT_TYPES).toHaveLength(6 * 4);
  });

  it('accepts exact names and <entity>.*, normalized', () => {
    expect(eventTypeNames([' Fund_Project.Updated ', 'knowledge_resource.*'], 'input.eventTypes')).toEqual(['fund_project.updated', 'knowledge_resource.*']);
    expect(recordedTypesOf(['fund_project.updated', 'knowledge_resource.*'])).toEqual(['KnowledgeResource', 'FundProject']);
    expect(subscribed(['knowledge_resource.*'], 'knowledge_resource.left_view')).toBe(true);
    expect(subscribed(['fund_project.updated'], 'fund_project.created')).toBe(false);
  });

  it('refuses an unknown type naming its place, an empty list and a repeat', () => {
    expect(() => eventTypeNames(['fund_project.updated', 'fund_project.deleted'], 'input.eventTypes')).toThrow(/Invalid input\.eventTypes\[1\]: "fund_project\.deleted" is not an event type/);
    expect(() => eventTypeNames(['grant.*'], 'input.eventTypes')).toThrow(/input\.eventTypes\[0\]/);
    expect(() => eventTypeNames(['*'], 'input.eventTypes')).toThrow(/input\.eventTypes\[0\]/);
    expect(() => eventTypeNames([], 'input.eventTypes')).toThrow(/Invalid input\.eventTypes: name at least one/);
    expect(() => eventTypeNames(['transfer.created', 'TRANSFER.created'], 'input.eventTypes')).toThrow(/input\.eventTypes\[1\]: "transfer\.created" is listed twice/);
  });
});

describe('signing', () => {
  it('signs so that the standardwebhooks library verifies it, and not with another secret', () => {
    const secret = newWebhookSecret();
    expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    const body = JSON.stringify({ type: 'fund_project.updated', timestamp: '2026-11-29T10:00:00.000Z', data: { id: 'x' } });
    const headers = signDelivery(secret, 'delivery-1', body);
    expect(new Webhook(secret).verify(body, { ...headers })).toEqual(JSON.parse(body));
    expect(() => new Webhook(newWebhookSecret()).verify(body, { ...headers })).toThrow();
    expect(() => new Webhook(secret).verify(body.replace('x', 'y'), { ...headers })).toThrow();
  });
});

describe('retry schedule', () => {
  it('waits between base·2^(n-1) and base·2^n after the n-th failure', () => {
    expect(retryDelayMs(1, 30, () => 0)).toBe(30_000);
    expect(retryDelayMs(1, 30, () => 0.999)).toBeLessThan(60_000);
    expect(retryDelayMs(3, 30, () => 0)).toBe(120_000);
    expect(retryDelayMs(4, 1, () => 0.5)).toBe(12_000);
  });

  it('gives each scheduled attempt one job id', () => {
    const a = { id: 'd1', attempts: 2, nextAttemptAt: '2026-11-29T10:00:00.000Z' };
    expect(attemptJobId(a)).toBe(attemptJobId({ ...a }));
    expect(attemptJobId(a)).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-8[0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(attemptJobId(a)).not.toBe(attemptJobId({ ...a, attempts: 3 }));
    expect(attemptJobId(a)).not.toBe(attemptJobId({ ...a, nextAttemptAt: '2026-11-29T10:05:00.000Z' }));
  });
});
