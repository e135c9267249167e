import { dongEquivalent, sharePercent, splitToDong, tryDongEquivalent } from '../aid-money';
import { CreateAidTransactionSchema } from '../aid.schema';

describe('dongEquivalent', () => {
  it('multiplies exactly and rounds half-up to the whole đồng', () => {
    expect(dongEquivalent('120000.00', 'USD', '24350.5')).toBe(2_922_060_000);
    expect(dongEquivalent('50000.01', 'USD', '25010.5')).toBe(1_250_525_250); // …250.105
    expect(dongEquivalent('0.02', 'USD', '25')).toBe(1); // 0.5 → 1, half-up
    expect(dongEquivalent('0.01', 'USD', '49.99')).toBe(0); // 0.4999
    // A float would give 0.1 × 3 = 0.30000000000000004; decimals stay exact at any size.
    expect(dongEquivalent('999999999.99', 'EUR', '28123.456789')).toBe(28_123_456_788_719); // …718.765…, half-up
  });

  it('takes đồng as they are and needs a rate for anything else', () => {
    expect(dongEquivalent('150000000', 'VND')).toBe(150_000_000);
    expect(() => dongEquivalent('10', 'KRW')).toThrow(RangeError);
    expect(dongEquivalent('5000000', 'KRW', '18.75')).toBe(93_750_000);
    expect(dongEquivalent('1000000', 'JPY', '171.23')).toBe(171_230_000);
  });

  it('previews only what is a valid amount and rate', () => {
    expect(tryDongEquivalent('1,5', 'USD', '25000')).toBeUndefined();
    expect(tryDongEquivalent('15', 'USD', undefined)).toBeUndefined();
    expect(tryDongEquivalent('15', 'USD', '25000')).toBe(375_000);
    expect(tryDongEquivalent('15', 'VND', undefined)).toBe(15);
  });
});

describe('sharePercent and splitToDong', () => {
  it('gives one decimal, half-up, and null with nothing to divide by', () => {
    expect(sharePercent(2_000_544_000, 2_922_060_000)).toBe(68.5);
    expect(sharePercent(1, 3)).toBe(33.3);
    expect(sharePercent(2, 3)).toBe(66.7);
    expect(sharePercent(5, 0)).toBeNull();
  });

  it('turns an exact SQL sum of đồng × % × % back to whole đồng', () => {
    expect(splitToDong('1800000004500')).toBe(180_000_000); // 400 000 001 × 75 × 60
    expect(splitToDong('98765432109876543210')).toBe(9_876_543_210_987_654); // beyond 2^53 as text, exact
    expect(splitToDong(null)).toBe(0);
  });
});

describe('CreateAidTransactionSchema', () => {
  const base = {
    projectId: '8d1b6f0e-3c6b-4f7e-9a57-2b1f0c3d4e5f',
    type: 'disbursement',
    date: '2024-06-01',
  };
  const paths = (value: object) => {
    const result = CreateAidTransactionSchema.safeParse({ ...base, ...value });
    return result.success ? [] : result.error.issues.map((i) => i.path.join('.'));
  };

  it('needs a rate for a foreign amount, and no more decimals than the currency has', () => {
    expect(paths({ amount: '100.00', currency: 'USD' })).toEqual(['exchangeRate']);
    expect(paths({ amount: '100.00', currency: 'USD', exchangeRate: '25000' })).toEqual([]);
    expect(paths({ amount: '100.5', currency: 'KRW', exchangeRate: '18.5' })).toEqual(['amount']);
    expect(paths({ amount: '100.5', currency: 'VND' })).toEqual(['amount']);
    expect(paths({ amount: '1e5', currency: 'VND' })).toEqual(['amount']);
    expect(paths({ amount: '0', currency: 'VND' })).toEqual(['amount']);
  });

  it('refuses a negative amount or rate by its rule (more than zero), never storing it sign-stripped', () => {
    const rules = (value: object) => {
      const result = CreateAidTransactionSchema.safeParse({ ...base, ...value });
      return result.success
        ? []
        : result.error.issues.map(
            (i) => `${i.path.join('.')}:${String((i as { params?: { rule?: string } }).params?.rule)}`,
          );
    };
    expect(rules({ amount: '-150000', currency: 'USD', exchangeRate: '25350' })).toEqual(['amount:positive']);
    expect(rules({ amount: '150000', currency: 'USD', exchangeRate: '-25350' })).toEqual([
      'exchangeRate:positive',
    ]);
    expect(rules({ amount: '150000', currency: 'USD', exchangeRate: '25350' })).toEqual([]);
  });
});
