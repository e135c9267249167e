import ExcelJS from 'exceljs';
import PDFDocument from 'pdfkit';
import JSZip from 'jszip';
import type { ProvinceReportContent } from '@ascc/contracts';
import { formatFigure, provinceReportModel } from '../province-report.model';
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
    aid: { committed: '1000000', disbursed: '500000', byCountry: [], bySector: [] },
    budget: { estimates: 1, requested: '900000', approved: '800000', byAgency: [], byFundingSource: [] },
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
      tasks: [],
      difficulties: 'Thiếu giảng viên tiếng Anh',
      proposals: 'Bổ sung kinh phí',
      figures: { trained: 40, events: 0, aidDisbursed: '0', budgetApproved: '1250000' },
      dueDate: '2020-12-15',
      submittedAt: '2020-12-20T00:00:00.000Z',
      late: true,
      reviewComment: null,
      updatedAt: '2020-12-02T00:00:00.000Z',
    },
  ],
  missing: [{ year: 2020, agencyCode: 'SVHTTDL', planArea: 'III.8' }],
};

const withDelegations: ProvinceReportContent = {
  ...content,
  figures: {
    ...content.figures,
    delegations: {
      delegations: 3,
      inbound: 2,
      outbound: 1,
      members: 27,
      byCountry: [{ countryCode: 'LA', asean: true, delegations: 2 }],
    },
  },
};

/** The DOCX's body XML, after checking the file is a zip with a Word document in it. */
async function documentXml(base64: string) {
  const zip = await JSZip.loadAsync(Buffer.from(base64, 'base64'));
  const xml = await zip.file('word/document.xml')?.async('string');
  if (!xml) throw new Error('no word/document.xml');
  return xml;
}
/** The document's text: its runs' text joined (Word splits text into runs at formatting changes). */
const textOf = (xml: string) =>
  [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');

describe(provinceReportModel.name, () => {
  it('decides the sections, the late reports and who has not reported once for every format', () => {
    const m = provinceReportModel(content);
    expect(m.sections).toEqual({
      figures: 'I. KẾT QUẢ CHUNG CỦA TỈNH',
      delegations: null,
      // Content frozen before the indicators' catalogue has no section for them.
      indicators: null,
      areas: 'II. KẾT QUẢ THEO NỘI DUNG KẾ HOẠCH',
      reporting: 'III. TÌNH HÌNH BÁO CÁO CỦA CÁC ĐƠN VỊ',
    });
    expect(m.delegations).toBeNull();
    expect(m.indicators).toBeNull();
    expect(m.placeDate).toBe('Thái Bình, ngày 29 tháng 11 năm 2026');
    expect(m.period).toBe('Số liệu năm 2020 · lập ngày 29/11/2026');
    expect(m.issuer).toEqual(['UBND TỈNH THÁI BÌNH', 'SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI']);
    expect(m.areas).toHaveLength(1);
    expect(m.areas[0].reports.map((r) => r.heading)).toEqual([
      'Sở Nội vụ — năm 2020 (Đã chấp nhận, nộp muộn)',
    ]);
    expect(m.areas[0].missingLine).toContain('(2020)');
    expect(m.late.map((r) => r.agencyCode)).toEqual(['SNV']);
    expect(m.submission.summary).toBe('Báo cáo của các đơn vị: phải nộp 2, đã nộp 1, đúng hạn 1 (50%)');
    expect(m.figures.find((f) => f.labelEn === 'Aid committed')).toMatchObject({
      value: '1000000',
      unit: 'dong',
    });
  });

  it('adds the delegations section, numbered before the areas, when the figures have it', () => {
    const m = provinceReportModel(withDelegations);
    expect(m.sections.delegations).toBe('II. ĐOÀN RA, ĐOÀN VÀO');
    expect(m.sections.areas).toBe('III. KẾT QUẢ THEO NỘI DUNG KẾ HOẠCH');
    expect(m.delegations?.lines.map((l) => l.value)).toEqual([3, 2, 1, 27]);
    expect(m.delegations?.byCountry).toEqual([
      { countryCode: 'LA', country: expect.stringMatching(/Lào/), asean: true, delegations: 2 },
    ]);
  });
});

describe('money in the province report', () => {
  it('writes a total past 2^53 to the last đồng, and a number frozen in an older snapshot as it was', () => {
    expect(formatFigure({ value: '9999999999999999989', unit: 'dong' })).toBe('9.999.999.999.999.999.989 đ');
    expect(formatFigure({ value: 1_250_000, unit: 'dong' })).toBe('1.250.000 đ');
  });

  it('writes a sum past 10^15 as its exact digits in the workbook, a smaller one as a number', async () => {
    const big = '9999999999999999989';
    const file = await renderProvinceReport(
      {
        ...content,
        figures: { ...content.figures, aid: { ...content.figures.aid, committed: big } },
        reports: content.reports.map((r) => ({ ...r, figures: { ...r.figures, budgetApproved: big } })),
      },
      'xlsx',
      'bao-cao',
    );
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(file.base64, 'base64') as never);
    const summary = workbook.getWorksheet('Tong hop');
    const register = workbook.getWorksheet('Bao cao');
    if (!summary || !register) throw new Error('a sheet is missing');
    const row = (label: string) =>
      summary.getRows(1, summary.rowCount)?.find((r) => String(r.getCell(1).value).startsWith(label));
    expect(row('Viện trợ cam kết')?.getCell(2).value).toBe('9,999,999,999,999,999,989');
    expect(row('Viện trợ giải ngân')?.getCell(2).value).toBe(500_000);
    const header = register.getRow(1).values as string[];
    const approved = register
      .getRow(2)
      .getCell(header.indexOf('Kinh phí được duyệt / Budget approved (VND)'));
    expect([approved.value, approved.alignment?.horizontal]).toEqual(['9,999,999,999,999,999,989', 'right']);
  });
});

describe('province report files', () => {
  it('renders a Word document (A4, Times New Roman) under the national heading with the reports', async () => {
    const file = await renderProvinceReport(content, 'docx', 'bao-cao');
    expect([file.fileName, file.contentType]).toEqual([
      'bao-cao.docx',
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    ]);
    const xml = await documentXml(file.base64);
    const text = textOf(xml);
    for (const expected of [
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      content.title,
      'I. KẾT QUẢ CHUNG CỦA TỈNH',
      '1.000.000 đ',
      'Tổ chức 5 khóa bồi dưỡng',
      'Khóa bồi dưỡng',
      'Thiếu giảng viên tiếng Anh',
      'Bổ sung kinh phí',
      'Chưa báo cáo: Sở Văn hóa',
      '- Nộp muộn:',
    ])
      expect(text).toContain(expected);
    expect(text).not.toContain('ĐOÀN RA, ĐOÀN VÀO');
    // A4 portrait in twips, and the default font.
    expect(xml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    const zip = await JSZip.loadAsync(Buffer.from(file.base64, 'base64'));
    expect(await zip.file('word/styles.xml')?.async('string')).toContain('w:ascii="Times New Roman"');
  });

  it('shows the delegations in all three formats when the figures have them', async () => {
    const docx = textOf(await documentXml((await renderProvinceReport(withDelegations, 'docx', 'b')).base64));
    expect(docx).toContain('II. ĐOÀN RA, ĐOÀN VÀO');
    expect(docx).toContain('Số người tham gia');
    const xlsx = await renderProvinceReport(withDelegations, 'xlsx', 'b');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(xlsx.base64, 'base64') as never);
    const summary = JSON.stringify(workbook.getWorksheet('Tong hop')?.getSheetValues());
    expect(summary).toContain('Đoàn ra, đoàn vào / Delegations');
    expect(summary).toContain('["Số người tham gia / Members",27]'.slice(1, -1));
    const pdf = await renderProvinceReport(withDelegations, 'pdf', 'b');
    const plain = await renderProvinceReport(content, 'pdf', 'b');
    // The PDF's text is compressed: the extra section shows as a longer document.
    expect(Buffer.from(pdf.base64, 'base64').length).toBeGreaterThan(
      Buffer.from(plain.base64, 'base64').length,
    );
  });

  it('renders the PDF with the Vietnamese fonts under the same heading and agency block as the DOCX', async () => {
    const drawn: string[] = [];
    const original = PDFDocument.prototype.text;
    const spy = jest.spyOn(PDFDocument.prototype, 'text').mockImplementation(function (
      this: PDFKit.PDFDocument,
      ...args: Parameters<typeof original>
    ) {
      drawn.push(String(args[0]));
      return original.apply(this, args);
    });
    const file = await renderProvinceReport(content, 'pdf', 'bao-cao').finally(() => spy.mockRestore());
    expect([file.fileName, file.contentType]).toEqual(['bao-cao.pdf', 'application/pdf']);
    expect(Buffer.from(file.base64, 'base64').subarray(0, 5).toString()).toBe('%PDF-');
    expect(drawn.slice(0, 5)).toEqual([
      'UBND TỈNH THÁI BÌNH',
      'SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Thái Bình, ngày 29 tháng 11 năm 2026',
    ]);
    expect(drawn).toContain('Số liệu năm 2020 · lập ngày 29/11/2026');
    expect(drawn.join('\n')).not.toMatch(/\d{4}-\d{2}-\d{2}/);
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

  it('writes the workbook as an office files it: dd/mm/yyyy, names not codes, grouped numbers, set widths', async () => {
    const file = await renderProvinceReport(content, 'xlsx', 'bao-cao');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(file.base64, 'base64') as never);
    const summary = workbook.getWorksheet('Tong hop');
    const register = workbook.getWorksheet('Bao cao');
    if (!summary || !register) throw new Error('a sheet is missing');
    expect(summary.getRow(3).values).toEqual([undefined, 'Lập ngày / Generated on', '29/11/2026']);
    const aid = summary
      .getRows(1, summary.rowCount)
      ?.find((row) => String(row.getCell(1).value).startsWith('Viện trợ cam kết'));
    expect(aid?.getCell(2).value).toBe(1_000_000);
    expect(aid?.getCell(2).numFmt).toBe('#,##0');
    expect(summary.getColumn(1).width).toBeGreaterThanOrEqual(40);

    const header = register.getRow(1).values as string[];
    const money = header.indexOf('Viện trợ giải ngân / Aid disbursed (VND)');
    expect(register.getColumn(money).numFmt).toBe('#,##0');
    expect(register.getColumn(header.indexOf('Lượt người bồi dưỡng / Trained')).numFmt).toBe('#,##0');
    expect(register.getColumn(header.indexOf('Đơn vị / Agency')).width).toBeGreaterThanOrEqual(30);
    const first = register.getRow(2);
    expect(first.getCell(header.indexOf('Đơn vị / Agency')).value).toBe('Sở Nội vụ');
    expect(first.getCell(header.indexOf('Trạng thái / Status')).value).toBe('Đã chấp nhận');
  });
});

describe(reviewSpan.name, () => {
  it('covers phase 1 for the mid-term review and the whole plan for the final one', () => {
    expect(reviewSpan('mid-term')).toMatchObject({ yearFrom: 2017, yearTo: 2020 });
    expect(reviewSpan('final')).toMatchObject({ yearFrom: 2017, yearTo: 2025 });
  });
});
