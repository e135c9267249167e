import {
  expectedReports,
  isLateReport,
  tallyYearlyReports,
  yearlyReportAllows,
  yearlyReportNext,
} from '../yearly-report.rules';

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

  it('expects the 2025 reports of the agencies in being after the reorganisation, for the areas they took over', () => {
    const expected = expectedReports(2025);
    expect(expected.length).toBeGreaterThan(20);
    expect(expected).toContainEqual({ agencyCode: 'HY-SNV', planArea: 'III.8' });
  });

  it("counts a year's reports as its table lists them: a late report filed under a merged department's code", () => {
    // The 2025 summary said "0 due · 0 submitted · 0 late" above this report.
    const late = {
      agencyCode: 'SNV',
      planArea: 'III.8',
      status: 'submitted' as const,
      submittedAt: '2025-12-20T03:00:00.000Z',
      late: true,
    };
    const draft = { ...late, planArea: 'III.1', status: 'draft' as const, submittedAt: null, late: false };
    const tally = tallyYearlyReports(2025, [late, draft]);
    expect(tally).toMatchObject({
      expected: expectedReports(2025).length,
      submitted: 1,
      onTime: 0,
      late: [{ agencyCode: 'SNV', planArea: 'III.8', submittedAt: late.submittedAt }],
    });
    expect(tally.missing).toHaveLength(tally.expected - 1);
    expect(tally.missing).not.toContainEqual({ agencyCode: 'HY-SNV', planArea: 'III.8' });
  });

  it('adds a pair to those due when a report was filed for it, so submitted never exceeds due', () => {
    const odd = {
      agencyCode: 'SNV',
      planArea: 'III.12',
      status: 'accepted' as const,
      submittedAt: '2024-12-01T00:00:00.000Z',
      late: false,
    };
    const tally = tallyYearlyReports(2024, [odd]);
    expect(tally.submitted).toBe(1);
    expect(tally.expected).toBeGreaterThanOrEqual(tally.submitted);
  });
});
