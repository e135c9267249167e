import fc from 'fast-check';
import { MAX_AMOUNT, addDong, compareDong, readExactSum, splitByWeights, sumDong, toDong } from '../money';

const amount = fc.oneof(fc.integer({ min: 0, max: MAX_AMOUNT }), fc.constant(MAX_AMOUNT));

describe('money', () => {
  it('sums any number of amounts, up to the largest allowed, exactly', () => {
    fc.assert(
      fc.property(fc.array(amount, { maxLength: 300 }), (values) => {
        const exact = values.reduce((a, v) => a + BigInt(v), 0n);
        expect(sumDong(values)).toBe(exact.toString());
      }),
    );
    // Ten maximal estimates: past 2^53, where a float sum is wrong.
    expect(sumDong(Array(10).fill(MAX_AMOUNT - 1))).toBe('9999999999999990');
    expect(sumDong([...Array(9).fill(999_999_999_999_999), 999_999_999_999_998])).toBe('9999999999999989');
    expect(addDong('9007199254740993', 1)).toBe('9007199254740994');
    expect(compareDong('9007199254740993', 9007199254740991)).toBe(1);
  });

  it('refuses what is not whole đồng instead of rounding it', () => {
    expect(() => toDong(1.5)).toThrow(RangeError);
    expect(() => toDong(2 ** 53)).toThrow(RangeError);
    expect(() => toDong('12,5')).toThrow(RangeError);
  });

  it('splits an amount by percentages into whole parts that add up to it', () => {
    const weights = fc
      .array(fc.integer({ min: 0, max: 100 }), { minLength: 1, maxLength: 12 })
      .filter((w) => w.some((x) => x > 0));
    fc.assert(
      fc.property(amount, weights, (value, w) => {
        const parts = splitByWeights(value, w);
        expect(parts.reduce((a, b) => a + b, 0n)).toBe(BigInt(value));
        parts.forEach((part, i) => {
          // Each part is within one đồng of its exact share, and a zero weight gets nothing.
          const exact = (BigInt(value) * BigInt(w[i])) / BigInt(w.reduce((a, b) => a + b, 0));
          expect(part - exact >= 0n && part - exact <= 1n).toBe(true);
          if (w[i] === 0) expect(part).toBe(0n);
        });
        expect(splitByWeights(-value, w)).toEqual(parts.map((p) => -p));
      }),
    );
    expect(splitByWeights(100, [33, 33, 34])).toEqual([33n, 33n, 34n]);
    expect(splitByWeights(10, [1, 1, 1])).toEqual([4n, 3n, 3n]);
  });

  it('puts a SQLite split sum back together exactly, negatives included', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -MAX_AMOUNT, max: MAX_AMOUNT }), { maxLength: 200 }),
        (values) => {
          // What SQLite computes: integer division and remainder truncate toward zero.
          const S = 1_000_000_000n;
          const hi = values.reduce((a, v) => a + BigInt(v) / S, 0n);
          const lo = values.reduce((a, v) => a + (BigInt(v) % S), 0n);
          expect(readExactSum({ t_hi: hi.toString(), t_lo: lo.toString() }, 't')).toBe(sumDong(values));
        },
      ),
    );
    expect(readExactSum({ t: '12345678901234567890' }, 't')).toBe('12345678901234567890');
  });
});
