import { z } from 'zod';

/**
 * Money, exact at every size — the one place for its rules.
 *
 * - **One amount** (a budget line, an estimate, an aid transaction's đồng equivalent, a course's cost) is
 *   whole đồng, at most `MAX_AMOUNT` = 10^15 (a thousand trillion đồng, some forty times the province's
 *   yearly budget). Below 2^53, so a JSON number carries it exactly: `AmountSchema`.
 * - **A total** (a sum over records whose number the schemas do not bound: a year's consolidation, a
 *   project's transactions, a dashboard figure) is a JSON **string** of whole đồng, `"9999999999999999989"`:
 *   `DongTotalSchema`. It is computed with `bigint` (in JS) or exact SQL (`exactSumSql`), never a float.
 * - **A share** of an amount (an aid transaction split across sectors and locations by percentages) is
 *   computed once, when the amount is recorded, by `splitByWeights`: largest remainder, so the parts are
 *   whole đồng and add up to the amount exactly.
 */
export const MAX_AMOUNT = 1_000_000_000_000_000;

/** One amount of whole đồng, 0 … 10^15. */
export const AmountSchema = z.number().int().min(0).max(MAX_AMOUNT);

/** A total of whole đồng as a decimal string (any size; negative only where a figure can be). */
export const DongTotalSchema = z.string().regex(/^-?(0|[1-9]\d*)$/, { message: 'Whole đồng as digits' });
export type DongTotal = z.infer<typeof DongTotalSchema>;

type Dong = number | string | bigint | null | undefined;

/** A đồng value as `bigint` (null/undefined/'' → 0). Refuses fractions and non-numbers loudly. */
export function toDong(value: Dong): bigint {
  if (value === null || value === undefined || value === '') return 0n;
  if (typeof value === 'bigint') return value;
  if (typeof value === 'number') {
    if (!Number.isSafeInteger(value)) throw new RangeError(`Not an exact whole đồng: ${value}`);
    return BigInt(value);
  }
  if (!/^-?\d+$/.test(value)) throw new RangeError(`Not a whole đồng: ${value}`);
  return BigInt(value);
}

/** The exact sum of whole đồng values, as a `DongTotal` string. */
export function sumDong(values: Iterable<Dong>): DongTotal {
  let total = 0n;
  for (const value of values) total += toDong(value);
  return total.toString();
}

/** `a + b` of two đồng values, as a `DongTotal` string. */
export function addDong(a: Dong, b: Dong): DongTotal {
  return (toDong(a) + toDong(b)).toString();
}

/** Compares two đồng values: negative, zero or positive. */
export function compareDong(a: Dong, b: Dong): number {
  const x = toDong(a);
  const y = toDong(b);
  return x < y ? -1 : x > y ? 1 : 0;
}

/**
 * Splits a whole amount into parts proportional to `weights` (percentages, or any non-negative integers),
 * by the largest-remainder rule: each part is the amount × weight ÷ Σweights rounded down, and the đồng
 * left over go one each to the parts with the largest remainders (ties: the earlier part). The parts are
 * whole đồng and add up to the amount exactly. A negative amount (a reversal) splits as the mirror of
 * its positive, so a reversal cancels its original part by part.
 */
export function splitByWeights(amount: Dong, weights: readonly number[]): bigint[] {
  const whole = toDong(amount);
  if (whole < 0n) return splitByWeights(-whole, weights).map((part) => -part);
  const w = weights.map((weight) => {
    if (!Number.isSafeInteger(weight) || weight < 0) throw new RangeError(`Not a weight: ${weight}`);
    return BigInt(weight);
  });
  const sum = w.reduce((a, b) => a + b, 0n);
  if (sum === 0n) throw new RangeError('Weights add up to nothing');
  const parts = w.map((weight) => (whole * weight) / sum);
  const remainders = w.map((weight, i) => ({ i, r: (whole * weight) % sum }));
  let left = whole - parts.reduce((a, b) => a + b, 0n);
  remainders.sort((a, b) => (a.r === b.r ? a.i - b.i : a.r > b.r ? -1 : 1));
  for (const { i } of remainders) {
    if (left === 0n) break;
    parts[i] += 1n;
    left -= 1n;
  }
  return parts;
}

/** Scale of the SQLite split sum: each stored amount is summed as (amount div 10^9, amount mod 10^9). */
const SPLIT = 1_000_000_000;

/**
 * SQL select expressions for the exact sum of an integer column (or expression) of whole đồng, under
 * the alias `alias`. PostgreSQL sums `bigint` into `numeric` (exact at any size) and casts to text.
 * SQLite's 64-bit `sum()` would overflow past 9.2 × 10^18 (an error, so a 500), so it sums the high and
 * low parts separately (`{alias}_hi`, `{alias}_lo`), each far from overflowing for any row count a table
 * can hold; `readExactSum(row, alias)` puts them back together. Use both together.
 */
export function exactSumSql(dialect: 'sqlite' | 'postgresql', expression: string, alias: string): string[] {
  if (dialect === 'postgresql') return [`cast(coalesce(sum(${expression}), 0) as text) as ${alias}`];
  return [
    `coalesce(sum((${expression}) / ${SPLIT}), 0) as ${alias}_hi`,
    `coalesce(sum((${expression}) % ${SPLIT}), 0) as ${alias}_lo`,
  ];
}

/** The exact total read back from a row selected with `exactSumSql`, as a `DongTotal` string. */
export function readExactSum(row: Record<string, unknown>, alias: string): DongTotal {
  if (row[alias] !== undefined) return toDong(String(row[alias] ?? '0')).toString();
  const hi = toDong(String(row[`${alias}_hi`] ?? '0'));
  const lo = toDong(String(row[`${alias}_lo`] ?? '0'));
  return (hi * BigInt(SPLIT) + lo).toString();
}
