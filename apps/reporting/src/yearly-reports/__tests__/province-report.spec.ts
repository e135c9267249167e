import ExcelJS from 'exceljs';
import type { ProvinceReportContent } from '@ascc/contracts';
import { renderProvinceReport } from '../province-report.render';
import { reviewSpan } from '../reviews.service';

const content: ProvinceReportContent = {
  title: 'Báo cáo kết quả thực hiện Kế hoạch 38/KH-UBND năm 2020',
  yearFrom: 2020,
  yearTo: 2020,
  generatedAt: '2026-11-29T00:00:00.000Z',
  figures: {
    yearFrom: 2020,
    yearTo: 2020,
    eventsApplied: 1,
    lag: 0,
    training: {
      courses: 2,
      trained: 40,
      completed: 38,
      female: 20,
      communeTrained: 10,
      communeShare: 0.25,
      byLevel: [],
      byYear: [],
    },
    culture: { events: 3, audience: 500, aseanCountries: ['LA'], byCountry: [], byType: [] },
    aid: { committed: 1_000_000, disbursed: 500_000, byCountry: [], bySector: [] },
    budget: { estimates: 1, requested: 900_000, approved: 800_000, byAgency: [], byFundingSource: [] },
  },
  expected: 2,
  submitted: 1,
  onTime: 1,
  reports: [
    {
      id: '00000000-0000-4000-8000-000000000001',
      version: 3,
      agencyCode: 'SNV',
      year: 2020,
      planArea: 'III.8',
      status: 'accepted',
      narrative: 'Tổ chức 5 khóa bồi dưỡng',
      indicators: [{ name: 'Khóa bồi dưỡng', target: 4, actual: 5 }],
      difficulties: '',
      proposals: '',
      figures: { trained: 40, events: 0, aidDisbursed: 0, budgetApproved: 0 },
      dueDate: '2020-12-15',
      submittedAt: '2020-12-01T00:00:00.000Z',
      late: false,
      reviewComment: null,
      updatedAt: '2020-12-02T00:00:00.000Z',
    },
  ],
  missing: [{ year: 2020, agencyCode: 'SVHTTDL', planArea: 'III.8' }],
};

describe('province report files', () => {
  it('renders the PDF with the Vietnamese fonts', async () => {
    const file = await renderProvinceReport(content, 'pdf', 'bao-cao');
    expect([file.fileName, file.contentType]).toEqual(['bao-cao.pdf', 'application/pdf']);
    expect(Buffer.from(file.base64, 'base64').subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('renders the workbook with each report, its indicators and who has not reported', async () => {
    const file = await renderProvinceReport(content, 'xlsx', 'bao-cao');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(file.base64, 'base64') as never);
    expect(JSON.stringify(workbook.getWorksheet('Bao cao')?.getSheetValues())).toContain(
      'Khóa bồi dưỡng: 5 / 4',
    );
    expect(workbook.getWorksheet('Chua nop')?.rowCount).toBe(2);
  });
});

describe(reviewSpan.name, () => {
  it('covers phase 1 for the mid-term review and the whole plan for the final one', () => {
    expect(reviewSpan('mid-term')).toMatchObject({ yearFrom: 2017, yearTo: 2020 });
    expect(reviewSpan('final')).toMatchObject({ yearFrom: 2017, yearTo: 2025 });
  });
});
