// Exact money parsing and formatting: the rules every amount in this subgraph goes through.
import { describe, expect, it } from 'vitest';
import { formatCents, MAX_AMOUNT_CENTS, parseAmount, sharePercents } from './money.js';

describe('parseAmount', () => {
  it.each([
    ['0.01', 1n], ['1', 100n], ['1.5', 150n], ['1234.56', 123456n], ['007.10', 710n], ['1.000', 100n], ['10000000000000', MAX_AMOUNT_CENTS],
    ['9007199254740.99', 900719925474099n],
  ])('reads %s as %s cents', (text, expected) => {
    expect(parseAmount(text, 'input.amount')).toBe(expected);
  });

  it.each([
    ['-1.00', /must not be negative/], ['1.001', /fraction of a cent/], ['0.005', /fraction of a cent/], ['10000000000000.01', /at most 10000000000000\.00/],
    ['1e3', /decimal string/], ['1,000.00', /decimal string/], [' 1.00', /decimal string/], ['+1', /decimal string/], ['.5', /decimal string/],
    ['NaN', /decimal string/], ['', /decimal string/], ['0', /greater than 0/], ['99999999999999999999999999', /at most/],
  ])('refuses %j naming the field', (text, message) => {
    expect(() => parseAmount(text, 'input.amount')).toThrow(message);
    try {
      parseAmount(text, 'input.amount');
    } catch (e: any) {
      expect(e.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'input.amount' });
    }
  });

  it('allows zero only when asked', () => {
    expect(parseAmount('0.00', 'x', { allowZero: true })).toBe(0n);
  });
});

describe('formatCents and sharePercents', () => {
  it('formats cents with two decimals, negative too', () => {
    expect([0n, 1n, 99n, 100n, 123456n, -5n, -12345n, MAX_AMOUNT_CENTS * 1000n].map(formatCents)).toEqual(['0.00', '0.01', '0.99', '1.00', '1234.56', '-0.05', '-123.45', '10000000000000000.00']);
  });

  it('round-trips every amount it accepts', () => {
    for (const text of ['0.01', '0.10', '12.34', '99999.99', '10000000000000.00']) expect(formatCents(parseAmount(text, 'x'))).toBe(text);
  });

  it('gives percentages that add up to exactly 100.00', () => {
    expect(sharePercents([1n, 1n, 1n])).toEqual(['33.34', '33.33', '33.33']);
    expect(sharePercents([0n, 0n])).toEqual(['0.00', '0.00']);
    const parts = [17n, 2000000n, 33333n, 1n, 999999999n];
    expect(sharePercents(parts).reduce((s, p) => s + BigInt(p.replace('.', '')), 0n)).toBe(10000n);
  });
});
