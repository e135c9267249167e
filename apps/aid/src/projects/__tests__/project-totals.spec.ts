import fc from 'fast-check';
import { CreateAidTransactionSchema, MAX_AMOUNT, TRANSACTION_TYPES } from '@ascc/contracts';
import { splitSum } from '../../reports/aid-report';
import { totalsOf } from '../project-totals';

const amount = fc.oneof(fc.integer({ min: 1, max: MAX_AMOUNT }), fc.constant(MAX_AMOUNT));
const KEYS = {
  'incoming-funds': 'incoming',
  commitment: 'committed',
  disbursement: 'disbursed',
  expenditure: 'expended',
} as const;

describe('project totals', () => {
  it('equal the exact bigint sums of every entry, maximal amounts and reversals included', () => {
    const entry = fc.record({ type: fc.constantFrom(...TRANSACTION_TYPES), dongAmount: amount });
    fc.assert(
      fc.property(
        fc.array(entry, { maxLength: 200 }),
        fc.array(fc.nat(), { maxLength: 50 }),
        (entries, reversed) => {
          // Some entries reversed (once each): a reversing entry is the negated amount.
          const reversals = [...new Set(reversed.map((i) => i % Math.max(entries.length, 1)))]
            .filter((i) => entries[i])
            .map((i) => ({ type: entries[i].type, dongAmount: -entries[i].dongAmount }));
          const all = [...entries, ...reversals];
          const totals = totalsOf(all);
          for (const type of TRANSACTION_TYPES) {
            const exact = all.filter((e) => e.type === type).reduce((a, e) => a + BigInt(e.dongAmount), 0n);
            expect(totals[KEYS[type]]).toBe(exact.toString());
          }
          expect(totals.overDisbursed).toBe(BigInt(totals.disbursed) > BigInt(totals.committed));
          if (BigInt(totals.committed) <= 0n) expect(totals.disbursementShare).toBeNull();
        },
      ),
    );
    // Ten maximal commitments less a đồng each: past 2^53, where a float sum ends in …992, not …990.
    expect(totalsOf(Array(10).fill({ type: 'commitment', dongAmount: MAX_AMOUNT - 1 })).committed).toBe(
      '9999999999999990',
    );
    // A voided transaction nets to nothing.
    const voided = totalsOf([
      { type: 'commitment', dongAmount: MAX_AMOUNT },
      { type: 'commitment', dongAmount: -MAX_AMOUNT },
    ]);
    expect(voided).toMatchObject({ committed: '0', disbursementShare: null, overDisbursed: false });
  });

  it("splits a report's weighted sums exactly from the two partial sums the SQL adds up", () => {
    const SPLIT = 1_000_000_000n;
    const fact = fc.record({
      dong: fc.oneof(fc.integer({ min: -MAX_AMOUNT, max: MAX_AMOUNT }), fc.constant(MAX_AMOUNT)),
      sector: fc.integer({ min: 1, max: 100 }),
      location: fc.integer({ min: 1, max: 100 }),
    });
    fc.assert(
      fc.property(fc.array(fact, { maxLength: 100 }), (facts) => {
        // As the database computes them: integer division and remainder truncate toward zero.
        let hi = 0n;
        let lo = 0n;
        let exact = 0n;
        for (const f of facts) {
          const w = BigInt(f.sector) * BigInt(f.location);
          hi += (BigInt(f.dong) / SPLIT) * w;
          lo += (BigInt(f.dong) % SPLIT) * w;
          exact += BigInt(f.dong) * w;
        }
        const row = { commitment_hi: hi.toString(), commitment_lo: lo.toString() };
        const magnitude = exact < 0n ? -exact : exact;
        const rounded = magnitude / 10_000n + ((magnitude % 10_000n) * 2n >= 10_000n ? 1n : 0n);
        expect(splitSum(row, 'commitment')).toBe((exact < 0n ? -rounded : rounded).toString());
      }),
    );
    // 400 000 001 × 75 % × 60 % = 180 000 000.45 → 180 000 000; …0.5 rounds up.
    expect(splitSum({ x_hi: '0', x_lo: String(400_000_001 * 4500) }, 'x')).toBe('180000000');
    expect(splitSum({ x_hi: '0', x_lo: '15000' }, 'x')).toBe('2');
  });

  it('accepts a transaction whose đồng equivalent is at most MAX_AMOUNT and refuses one đồng more', () => {
    const tx = (amount: string, currency: string, exchangeRate?: string) =>
      CreateAidTransactionSchema.safeParse({
        projectId: '8d1b6f0e-3c6b-4f7e-9a57-2b1f0c3d4e5f',
        type: 'commitment',
        date: '2025-01-01',
        amount,
        currency,
        exchangeRate,
      });
    const issues = (r: ReturnType<typeof tx>) => (r.success ? [] : r.error.issues);
    expect(tx('1000000000000000', 'VND').success).toBe(true);
    expect(issues(tx('1000000000000001', 'VND'))).toEqual([
      expect.objectContaining({
        path: ['amount'],
        params: { rule: 'dongEquivalentMax', maximum: MAX_AMOUNT },
      }),
    ]);
    expect(tx('40000000000.00', 'USD', '25000').success).toBe(true);
    expect(issues(tx('40000000000.01', 'USD', '25000'))[0]).toMatchObject({ path: ['amount'] });
    // 9 × 10^15 đồng, the reported case: 360 000 000 000 USD at 25 000.
    expect(issues(tx('360000000000', 'USD', '25000'))[0]).toMatchObject({
      params: { rule: 'dongEquivalentMax' },
    });
    // Half-up: 0.4 đồng over the bound rounds back to it.
    expect(tx('1000000000000000.4', 'USD', '1').success).toBe(true);
    expect(tx('1000000000000000.5', 'USD', '1').success).toBe(false);
    expect(tx('99999999999999.99', 'EUR', '10.000000').success).toBe(true);
    expect(tx('100000000000000.01', 'EUR', '10').success).toBe(true); // …000.1 → …000
    expect(tx('100000000000000.05', 'EUR', '10').success).toBe(false); // …000.5 → …001
  });
});
