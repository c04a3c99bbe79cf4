// The cursor alone: what it accepts and what it refuses (the feed's tests cover it over HTTP).
import { describe, expect, it } from 'vitest';
import { decodeCursor, encodeCursor } from './cursor.js';

const OLD = 'the-identity-secret-before-the-rotation-0001';
const NEW = 'the-identity-secret-after-the-rotation-00002';
const position = { positions: { 'support-requests': 12, 'knowledge-resources': 3 }, types: ['SupportRequest', 'KnowledgeResource'] };

describe('the change-feed cursor', () => {
  it('reads back what it wrote, whatever the order of the types asked for', () => {
    const cursor = encodeCursor(position, NEW);
    expect(cursor).toMatch(/^[\w-]+\.[\w-]{43}$/);
    expect(decodeCursor(cursor, ['KnowledgeResource', 'SupportRequest', 'SupportRequest'], NEW)).toEqual({
      positions: { 'knowledge-resources': 3, 'support-requests': 12 },
      types: ['KnowledgeResource', 'SupportRequest'],
    });
  });

  it('accepts a cursor signed with the previous secret during a rotation, and not once the rotation is over', () => {
    const issuedBefore = encodeCursor(position, OLD);
    expect(decodeCursor(issuedBefore, position.types, NEW, OLD).positions).toEqual(position.positions);
    expect(() => decodeCursor(issuedBefore, position.types, NEW)).toThrow(/^Invalid after: not a cursor this graph issued/);
  });

  it('refuses another deployment\'s cursor, and one used for other types, naming `after`', () => {
    expect(() => decodeCursor(encodeCursor(position, OLD), position.types, NEW)).toThrow(expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', argument: 'after' }) }));
    expect(() => decodeCursor(encodeCursor(position, NEW), ['SupportRequest'], NEW)).toThrow(/issued for other `types`/);
    expect(() => decodeCursor(encodeCursor({ positions: {}, types: [] }, NEW), ['SupportRequest'], NEW)).toThrow(/issued for other `types`/);
  });
});
