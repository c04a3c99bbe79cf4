// Exact money. Amounts live as integer US cents (bigint in SQL, BigInt in JS) and travel as decimal strings; a float
// never touches them, not even on input: a client sends "1234.56", never 1234.56, and we parse the digits ourselves.
import { BadUserInputError } from '@unmn/shared/errors';

export const CURRENCY = 'USD';
/** The largest amount accepted anywhere: USD 10,000,000,000,000 (1e13 dollars = 1e15 cents, well inside 2^53). */
export const MAX_AMOUNT_CENTS = 10n ** 15n;

const DECIMAL = /^(\d+)(?:\.(\d+))?$/;

/**
 * Parses a decimal string of US dollars into cents. Refuses, naming `field`: anything that is not plain digits with an
 * optional decimal point (exponents, signs, commas, spaces), negative amounts, fractions of a cent, amounts above
 * MAX_AMOUNT_CENTS, and zero unless `allowZero`.
 */
export function parseAmount(value: string, field: string, options: { allowZero?: boolean } = {}): bigint {
  const text = value.trim() === value ? value : '';
  if (/^-/.test(text)) throw new BadUserInputError(field, `must not be negative; got "${value}"`);
  const m = DECIMAL.exec(text);
  if (!m) throw new BadUserInputError(field, `must be a decimal string of US dollars such as "1234.56"; got ${JSON.stringify(value)}`);
  const [, whole, fraction = ''] = m;
  if (fraction.length > 2 && /[^0]/.test(fraction.slice(2))) {
    throw new BadUserInputError(field, `has a fraction of a cent ("${value}"); give at most two decimals`);
  }
  // Strip leading zeros before the length check so "000001.00" is fine but a 40-digit number is refused cheaply.
  const digits = whole.replace(/^0+(?=\d)/, '');
  if (digits.length > 16) throw new BadUserInputError(field, `must be at most ${formatCents(MAX_AMOUNT_CENTS)}; got "${value}"`);
  const cents = BigInt(digits) * 100n + BigInt((fraction + '00').slice(0, 2));
  if (cents > MAX_AMOUNT_CENTS) throw new BadUserInputError(field, `must be at most ${formatCents(MAX_AMOUNT_CENTS)}; got "${value}"`);
  if (cents === 0n && !options.allowZero) throw new BadUserInputError(field, 'must be greater than 0');
  return cents;
}

/** Cents as a decimal string with two places: 123456n -> "1234.56", -5n -> "-0.05". */
export function formatCents(cents: bigint): string {
  const negative = cents < 0n;
  const abs = negative ? -cents : cents;
  const whole = abs / 100n;
  const frac = (abs % 100n).toString().padStart(2, '0');
  return `${negative ? '-' : ''}${whole}.${frac}`;
}

/** The wire shape `Money { amount currency }`. */
export const money = (cents: bigint) => ({ amount: formatCents(cents), currency: CURRENCY });
export type MoneyModel = ReturnType<typeof money>;

/** Reads a cents value from a database row: an integer column, or a SUM cast to text so it is exact on both dialects. */
export function centsFrom(value: unknown): bigint {
  if (value === null || value === undefined) return 0n;
  if (typeof value === 'bigint') return value;
  if (typeof value === 'number') {
    if (!Number.isSafeInteger(value)) throw new Error(`cents value ${value} is not a safe integer`);
    return BigInt(value);
  }
  const text = String(value);
  // PostgreSQL renders SUM(bigint) as numeric; its text has no fraction, but be strict.
  if (!/^-?\d+$/.test(text)) throw new Error(`cents value ${JSON.stringify(text)} is not an integer`);
  return BigInt(text);
}

/**
 * Percentages that add up to exactly 100.00 (largest remainder on hundredths of a percent), as decimal strings.
 * All zeros when the total is zero.
 */
export function sharePercents(parts: bigint[]): string[] {
  const total = parts.reduce((a, b) => a + b, 0n);
  if (total === 0n) return parts.map(() => '0.00');
  const scaled = parts.map((p) => p * 10000n); // hundredths of a percent
  const floors = scaled.map((s) => s / total);
  let left = 10000n - floors.reduce((a, b) => a + b, 0n);
  const order = scaled.map((s, i) => ({ i, rem: s % total })).sort((a, b) => (b.rem > a.rem ? 1 : b.rem < a.rem ? -1 : a.i - b.i));
  for (const { i } of order) {
    if (left === 0n) break;
    floors[i] += 1n;
    left -= 1n;
  }
  return floors.map((f) => `${f / 100n}.${(f % 100n).toString().padStart(2, '0')}`);
}
