import { countryLabel, districtLabel, planAreaLabel, sectorLabel } from '@ascc/catalog';
import type { AidReportRow } from '@ascc/contracts';
import { chartBars, dimensionLabel } from '../aid-report-labels';

const row = (fields: Partial<AidReportRow>) =>
  ({ committed: '0', disbursed: '0', ...fields }) as AidReportRow;

describe('aid report labels', () => {
  it('names a row along each dimension in the console language', () => {
    const r = row({
      year: 2021,
      countryCode: 'JP',
      asean: false,
      sectorCode: '12220',
      planArea: 'III.8',
      districtCode: 'H-DONGHUNG',
    });
    expect(dimensionLabel('year', r, 'en', 'Other')).toBe('2021');
    expect(dimensionLabel('country', r, 'en', 'Other')).toBe(countryLabel('JP', 'en'));
    expect(dimensionLabel('asean', r, 'en', 'Other')).toBe('Other');
    expect(dimensionLabel('asean', { ...r, asean: true }, 'en', 'Other')).toBe('ASEAN');
    expect(dimensionLabel('sector', r, 'vi', 'Khác')).toBe(sectorLabel('12220', 'vi'));
    expect(dimensionLabel('planArea', r, 'vi', 'Khác')).toBe(`III.8 · ${planAreaLabel('III.8', 'vi')}`);
    expect(dimensionLabel('district', r, 'vi', 'Khác')).toBe('Huyện Đông Hưng');
    expect(districtLabel('H-DONGHUNG', 'vi')).toBe('Huyện Đông Hưng');
  });

  it('writes a dash for aid with no donor country', () => {
    expect(dimensionLabel('country', row({ countryCode: undefined }), 'en', 'Other')).toBe('—');
  });

  it('draws one bar per row from the exact totals', () => {
    const rows = [row({ year: 2020, committed: '5000000000', disbursed: '2000000000' }), row({ year: 2021 })];
    expect(chartBars(rows, (r) => String(r.year))).toEqual([
      { name: '2020', committed: 5_000_000_000, disbursed: 2_000_000_000 },
      { name: '2021', committed: 0, disbursed: 0 },
    ]);
  });
});
