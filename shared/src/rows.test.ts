import { describe, expect, it } from 'vitest';
import { groupBy } from './rows.js';

describe('groupBy', () => {
  it('groups rows under their key in row order, mapping each when asked, and leaves out keys with no rows', () => {
    const rows = [{ p: 'a', v: 1 }, { p: 'b', v: 2 }, { p: 'a', v: 3 }];
    expect(groupBy(rows, (r) => r.p, (r) => r.v)).toEqual(new Map([['a', [1, 3]], ['b', [2]]]));
    expect(groupBy(rows, (r) => r.p).get('a')).toEqual([rows[0], rows[2]]);
    expect(groupBy([], (r: { p: string }) => r.p).size).toBe(0);
  });
});
