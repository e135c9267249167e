import { agencyLabel } from '@ascc/catalog';
import { onTimeRateText, reportTitle } from '../yearly-report-format';

describe('yearly report format', () => {
  it('titles a report by its agency in the console language, its plan area and year', () => {
    const agencyCode = 'SLDTBXH';
    const title = reportTitle({ agencyCode, planArea: 'A1', year: 2024 } as never, 'en');
    expect(title).toBe(`${agencyLabel(agencyCode, 'en')} · A1 · 2024`);
  });

  it('writes the on-time rate as a percentage to one decimal, and a dash when none is due yet', () => {
    expect(onTimeRateText(null, 'en')).toBe('—');
    expect(onTimeRateText(1, 'en')).toBe('100 %');
    expect(onTimeRateText(2 / 3, 'en')).toBe('66.7 %');
    expect(onTimeRateText(2 / 3, 'vi')).toBe('66,7 %');
    expect(onTimeRateText(0, 'vi')).toBe('0 %');
  });
});
