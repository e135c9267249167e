import fc from 'fast-check';
import { AID_EVENTS, MAX_AMOUNT, splitByWeights } from '@ascc/contracts';
import { aidFactRows } from '../../read-model/projections';
import { type WeightedRow, recoverAidAmounts } from '../aid-fact-amounts';

const SECTORS = ['15110', '11220', '12220', '16061'];
const DISTRICTS = ['H-VUTHU', 'H-TIENHAI', 'H-KIENXUONG', 'TP-THAIBINH'] as const;

/** Percentages: 1–4 shares of at least 1, adding up to 100. */
const percentages = fc
  .array(fc.integer({ min: 1, max: 100 }), { minLength: 1, maxLength: 4 })
  .map((w) => splitByWeights(100 - w.length, w).map((p) => Number(p) + 1));

const event = (dongAmount: number, sectors: number[], locations: number[]) =>
  AID_EVENTS.transactionRecorded.schema.parse({
    transactionId: '6f1c2a9e-3c1b-4d7e-9a51-0c6f3b2d9e11',
    projectId: '0b7e1d2c-5a4f-4e3b-8c2d-1a9f8e7d6c5b',
    agencyCode: 'SNGV',
    type: 'disbursement',
    date: '2021-06-30',
    year: 2021,
    dongAmount,
    donorCountryCode: 'KR',
    asean: false,
    sectors: sectors.map((percentage, i) => ({ code: SECTORS[i], planArea: 'III.3', percentage })),
    locations: locations.map((percentage, i) => ({ districtCode: DISTRICTS[i], percentage })),
  });

/** The rows the read model wrote before amounts: đồng × sector % × location %, sector by sector. */
const weightedRows = (dong: number, sectors: number[], locations: number[]): WeightedRow[] =>
  sectors.flatMap((s, i) =>
    locations.map((l, j) => ({
      id: i * locations.length + j + 1,
      transactionId: 't',
      sectorCode: SECTORS[i],
      districtCode: DISTRICTS[j],
      weighted: (BigInt(dong) * BigInt(s) * BigInt(l)).toString(),
    })),
  );

describe(recoverAidAmounts.name, () => {
  it('recovers from the old products exactly the amounts a projection writes now', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.integer({ min: 0, max: MAX_AMOUNT }), fc.constantFrom(MAX_AMOUNT, 1, 0)),
        percentages,
        percentages,
        (dong, sectors, locations) => {
          const recovered = recoverAidAmounts(weightedRows(dong, sectors, locations));
          const now = aidFactRows(event(dong, sectors, locations)).map((r) => BigInt(r.amount));
          expect(recovered).toEqual(now);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('gives up (a rebuild brings it back) on a product SQLite kept as a float, or rows out of their grid', () => {
    const rows = weightedRows(MAX_AMOUNT, [100], [100]);
    expect(recoverAidAmounts([{ ...rows[0], weighted: '1.0e+19' }])).toBeNull();
    const grid = weightedRows(1_000_000_007, [60, 40], [30, 70]);
    expect(recoverAidAmounts(grid.slice(0, 3))).toBeNull();
    expect(recoverAidAmounts([grid[0], grid[2], grid[1], grid[3]])).toBeNull();
    expect(
      recoverAidAmounts([{ ...grid[0], weighted: String(BigInt(grid[0].weighted) + 1n) }, ...grid.slice(1)]),
    ).toBeNull();
    expect(recoverAidAmounts(grid)).toEqual([180_000_001n, 420_000_003n, 120_000_001n, 280_000_002n]);
  });
});
