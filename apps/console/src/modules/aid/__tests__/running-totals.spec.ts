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
      [3_000_000_000, 0],
      [3_000_000_000, 1_255_000_000],
      [3_000_000_000, 1_255_000_000],
      [3_000_000_000, 2_011_027_600],
    ]);
  });
});
