import fc from 'fast-check';
import { AID_EVENTS, DOMAIN_EVENTS, MAX_AMOUNT } from '@ascc/contracts';
import { PROJECTIONS, SOURCE_STREAMS, aidFactRows, projectionOf } from '../projections';
import { spanOf } from '../read-model.sql';

const transaction = AID_EVENTS.transactionRecorded.schema.parse({
  transactionId: '6f1c2a9e-3c1b-4d7e-9a51-0c6f3b2d9e11',
  projectId: '0b7e1d2c-5a4f-4e3b-8c2d-1a9f8e7d6c5b',
  agencyCode: 'SNGV',
  type: 'disbursement',
  date: '2021-06-30',
  year: 2021,
  dongAmount: 1_000_000_007,
  donorCountryCode: 'KR',
  asean: false,
  sectors: [
    { code: '11220', planArea: 'III.3', percentage: 60 },
    { code: '12220', planArea: 'III.4', percentage: 40 },
  ],
  locations: [
    { districtCode: 'H-VUTHU', percentage: 30 },
    { districtCode: 'H-TIENHAI', percentage: 70 },
  ],
});

describe('read model projections', () => {
  it('splits an aid transaction over sectors × locations in whole đồng that add up to the whole', () => {
    const rows = aidFactRows(transaction);
    expect(rows).toHaveLength(4);
    expect(rows.reduce((s, r) => s + BigInt(r.amount), 0n)).toBe(1_000_000_007n);
    const share = (sector: string, district: string) =>
      rows.find((r) => r.sectorCode === sector && r.districtCode === district)?.amount;
    // 60 % / 40 %: 600 000 004.2 and 400 000 002.8 → the spare đồng to the larger remainder (the 40 %).
    // Then 600 000 004 × 30 % / 70 % = 180 000 001.2 and 420 000 002.8 → 180 000 001 and 420 000 003.
    expect(share('11220', 'H-VUTHU')).toBe('180000001');
    expect(share('11220', 'H-TIENHAI')).toBe('420000003');
    const secondSector = rows.filter((r) => r.sectorCode === '12220');
    expect(secondSector).toHaveLength(2);
    expect(secondSector.reduce((sum, r) => sum + BigInt(r.amount), 0n)).toBe(400_000_003n);
  });

  /** Percentages of a project: 1–6 shares, each ≥ 1, adding up to 100. */
  const percentages = fc
    .array(fc.integer({ min: 1, max: 100 }), { minLength: 1, maxLength: 6 })
    .map((weights) => {
      const total = weights.reduce((a, b) => a + b, 0);
      const shares = weights.map((w) => Math.max(1, Math.floor((w * 100) / total)));
      shares[0] += 100 - shares.reduce((a, b) => a + b, 0);
      return shares[0] >= 1 ? shares : [100];
    });
  const amount = fc.oneof(
    fc.integer({ min: -MAX_AMOUNT, max: MAX_AMOUNT }),
    fc.constantFrom(MAX_AMOUNT, -MAX_AMOUNT, 0, 1, -1, MAX_AMOUNT - 1),
  );

  it('gives rows in whole đồng that add up to any amount exactly, a reversal mirroring its original', () => {
    fc.assert(
      fc.property(amount, percentages, percentages, (dongAmount, sectors, locations) => {
        const data = {
          ...transaction,
          dongAmount,
          sectors: sectors.map((percentage, i) => ({
            code: `1122${i}`,
            planArea: 'III.3' as const,
            percentage,
          })),
          locations: locations.map((percentage, i) => ({
            districtCode: transaction.locations[i % 2].districtCode,
            percentage,
          })),
        };
        const rows = aidFactRows(data);
        expect(rows).toHaveLength(sectors.length * locations.length);
        expect(rows.reduce((s, r) => s + BigInt(r.amount), 0n)).toBe(BigInt(dongAmount));
        // Each sector's rows add up to its share of the whole (sectors first, then locations).
        sectors.forEach((p, i) => {
          const part = rows
            .filter((r) => r.sectorCode === `1122${i}`)
            .reduce((s, r) => s + BigInt(r.amount), 0n);
          const exact = (BigInt(dongAmount) * BigInt(p)) / 100n;
          expect(part - exact <= 1n && exact - part <= 1n).toBe(true);
        });
        const reversal = aidFactRows({ ...data, dongAmount: -dongAmount });
        expect(reversal.map((r) => BigInt(r.amount))).toEqual(rows.map((r) => -BigInt(r.amount)));
        for (const r of rows) expect(r.amount).toMatch(/^-?\d+$/);
      }),
      { numRuns: 2000 },
    );
  });

  it('reads every event it projects from a stream its publisher owns', () => {
    const published = Object.values(DOMAIN_EVENTS).flat();
    for (const { contract } of PROJECTIONS) expect(published).toContain(contract);
    expect([...SOURCE_STREAMS].sort()).toEqual(['AID', 'BUDGET', 'CULTURE', 'TRAINING']);
    expect(projectionOf('aid.transaction.recorded')?.contract).toBe(AID_EVENTS.transactionRecorded);
    expect(projectionOf('training.course.cancelled')).toBeUndefined();
    expect(projectionOf('aid.delegation.recorded')?.contract).toBe(AID_EVENTS.delegationRecorded);
  });

  it('takes a year over a phase, a phase as its years, and nothing as the whole plan', () => {
    expect(spanOf({ year: 2019, phase: 'P2' })).toEqual({ from: 2019, to: 2019 });
    expect(spanOf({ phase: 'P1' })).toEqual({ from: 2017, to: 2020 });
    expect(spanOf({ phase: 'P2' })).toEqual({ from: 2021, to: 2025 });
    expect(spanOf({})).toEqual({ from: null, to: null });
  });
});
