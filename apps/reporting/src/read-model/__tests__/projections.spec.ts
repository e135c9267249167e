import { AID_EVENTS, DOMAIN_EVENTS, splitToDong } from '@ascc/contracts';
import { PROJECTIONS, SOURCE_STREAMS, aidFactRows, projectionOf } from '../projections';
import { spanOf } from '../read-model.service';

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
  it('splits an aid transaction over sectors × locations exactly, so the parts add up to the whole', () => {
    const rows = aidFactRows(transaction);
    expect(rows).toHaveLength(4);
    const sum = rows.reduce((s, r) => s + BigInt(r.weighted), 0n);
    expect(splitToDong(sum.toString())).toBe(1_000_000_007);
    const vuThuPrimary = rows.find((r) => r.sectorCode === '11220' && r.districtCode === 'H-VUTHU');
    // 1 000 000 007 × 60 % × 30 % = 180 000 001.26 đồng, rounded once when summed.
    expect(splitToDong(vuThuPrimary?.weighted)).toBe(180_000_001);
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
