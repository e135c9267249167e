import { expectedReports, isLateReport, yearlyReportAllows, yearlyReportNext } from '../yearly-report.rules';

describe('yearly report rules', () => {
  it('lets an agency edit and submit a draft or a returned report, and the coordinator decide a submitted one', () => {
    expect(yearlyReportNext('draft', 'submit')).toBe('submitted');
    expect(yearlyReportNext('returned', 'submit')).toBe('submitted');
    expect(yearlyReportNext('submitted', 'accept')).toBe('accepted');
    expect(yearlyReportNext('submitted', 'return')).toBe('returned');
    expect(yearlyReportNext('accepted', 'return')).toBeUndefined();
    expect(yearlyReportNext('draft', 'accept')).toBeUndefined();
    expect(yearlyReportAllows('submitted', 'edit')).toBe(false);
    expect(yearlyReportAllows('accepted', 'edit')).toBe(false);
    expect(yearlyReportAllows('returned', 'edit')).toBe(true);
  });

  it('counts a report late after 15 December of its year', () => {
    expect(isLateReport(2024, '2024-12-15')).toBe(false);
    expect(isLateReport(2024, '2024-12-16')).toBe(true);
  });

  it('expects a report from each agency for every area it leads or coordinates', () => {
    const expected = expectedReports(2019);
    expect(expected).toContainEqual({ agencyCode: 'SNV', planArea: 'III.8' });
    expect(expected).toContainEqual({ agencyCode: 'SLDTBXH', planArea: 'III.1' });
    expect(new Set(expected.map((e) => `${e.agencyCode}|${e.planArea}`)).size).toBe(expected.length);
  });
});
