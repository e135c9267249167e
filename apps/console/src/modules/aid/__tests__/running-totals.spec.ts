import type { AidTransaction } from '@ascc/contracts';
import { withRunningTotals } from '../running-totals';

const tx = (type: AidTransaction['type'], dongAmount: number): AidTransaction => ({
  id: `${type}-${dongAmount}`,
  projectId: '8d1b6f0e-3c6b-4f7e-9a57-2b1f0c3d4e5f',
  type,
  date: '2025-01-01',
  amount: String(dongAmount),
  currency: 'VND',
  dongAmount,
  createdAt: '2025-01-01T00:00:00.000Z',
});

describe(withRunningTotals.name, () => {
  it('adds commitments and disbursements separately, row by row, leaving other types out', () => {
    const rows = withRunningTotals([
      tx('commitment', 3_000_000_000),
      tx('disbursement', 1_255_000_000),
      tx('expenditure', 5),
      tx('disbursement', 756_027_600),
    ]);
    expect(rows.map((r) => [r.runningCommitted, r.runningDisbursed])).toEqual([
      ['3000000000', '0'],
      ['3000000000', '1255000000'],
      ['3000000000', '1255000000'],
      ['3000000000', '2011027600'],
    ]);
  });

  it('sums maximal amounts exactly past 2^53, and a reversing entry nets its original to nothing', () => {
    const rows = withRunningTotals([
      ...Array.from({ length: 10 }, () => tx('commitment', 999_999_999_999_999)),
      tx('disbursement', 1_000_000_000_000_000),
      tx('disbursement', -1_000_000_000_000_000),
    ]);
    expect(rows.at(-1)).toMatchObject({ runningCommitted: '9999999999999990', runningDisbursed: '0' });
    expect(rows.at(-2)?.runningDisbursed).toBe('1000000000000000');
  });
});
