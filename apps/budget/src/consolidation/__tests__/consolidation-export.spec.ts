import ExcelJS from 'exceljs';
import PDFDocument from 'pdfkit';
import type { Consolidation } from '@ascc/contracts';
import { consolidationPdf, consolidationXlsx } from '../consolidation-export';

const consolidation: Consolidation = {
  fiscalYear: 2026,
  status: 'decided',
  locked: true,
  consolidatedAt: '2025-08-01T03:00:00.000Z',
  submittedAt: '2025-08-05T03:00:00.000Z',
  submissionNumber: '123/TTr-STC',
  decisionNumber: '456/QĐ-UBND',
  decisionDate: '2025-09-10',
  version: 4,
  estimates: { approved: 2, pending: 0 },
  totals: { requested: '1500000000', approved: '1200000000' },
  rows: [
    {
      agencyCode: 'SNV',
      planArea: 'III.8',
      fundingSource: 'PROVINCIAL_BUDGET',
      requested: '900000000',
      approved: '700000000',
    },
    {
      agencyCode: 'SVHTTDL',
      planArea: 'III.5',
      fundingSource: 'PROVINCIAL_BUDGET',
      requested: '600000000',
      approved: '500000000',
    },
  ],
};

describe('the consolidation files', () => {
  it('writes the workbook with names, a dd/mm/yyyy decision date, grouped money and set widths', async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await consolidationXlsx(consolidation)) as never);
    const sheet = book.worksheets[0];
    expect(sheet.getRow(2).getCell(1).value).toBe(
      'Trạng thái: UBND tỉnh đã quyết định — Quyết định số 456/QĐ-UBND ngày 10/09/2025',
    );
    expect(sheet.getRow(3).getCell(1).value).toBe('Lập ngày: 01/08/2025');
    const header = sheet.getRow(5);
    expect(header.getCell(5).value).toBe('Đề nghị (đồng)');
    expect(header.font?.bold).toBe(true);
    const first = sheet.getRow(6);
    expect(first.getCell(2).value).toBe('Sở Nội vụ');
    expect(first.getCell(5).value).toBe(900_000_000);
    expect(first.getCell(5).numFmt).toBe('#,##0');
    expect(sheet.getColumn(2).width).toBe(40);
  });

  it('writes a total past 10^15 to the last đồng (text, grouped), and one up to 10^15 as a number', async () => {
    const big: Consolidation = {
      ...consolidation,
      totals: { requested: '9999999999999999989', approved: '1000000000000000' },
      rows: [{ ...consolidation.rows[0], requested: '9999999999999999989', approved: '1000000000000000' }],
    };
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await consolidationXlsx(big)) as never);
    const sheet = book.worksheets[0];
    for (const row of [sheet.getRow(6), sheet.getRow(7)]) {
      expect(row.getCell(5).value).toBe('9,999,999,999,999,999,989');
      expect(row.getCell(5).alignment?.horizontal).toBe('right');
      expect(row.getCell(6).value).toBe(1_000_000_000_000_000);
    }
    const drawn: string[] = [];
    const original = PDFDocument.prototype.text;
    const spy = jest.spyOn(PDFDocument.prototype, 'text').mockImplementation(function (
      this: PDFKit.PDFDocument,
      ...args: Parameters<typeof original>
    ) {
      drawn.push(String(args[0]));
      return original.apply(this, args);
    });
    await consolidationPdf(big).finally(() => spy.mockRestore());
    expect(drawn).toContain('9.999.999.999.999.999.989');
  });

  it("draws the PDF under Finance's block and the national heading, with a place for the signature", async () => {
    const drawn: string[] = [];
    const original = PDFDocument.prototype.text;
    const spy = jest.spyOn(PDFDocument.prototype, 'text').mockImplementation(function (
      this: PDFKit.PDFDocument,
      ...args: Parameters<typeof original>
    ) {
      drawn.push(String(args[0]));
      return original.apply(this, args);
    });
    const pdf = await consolidationPdf(consolidation).finally(() => spy.mockRestore());
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(drawn.slice(0, 5)).toEqual([
      'UBND TỈNH THÁI BÌNH',
      'SỞ TÀI CHÍNH',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Thái Bình, ngày 1 tháng 8 năm 2025',
    ]);
    expect(drawn).toContain('UBND tỉnh đã quyết định — Quyết định số 456/QĐ-UBND ngày 10/09/2025');
    expect(drawn).toContain('900.000.000');
    expect(drawn.slice(-3)).toEqual([
      'THỦ TRƯỞNG SỞ TÀI CHÍNH',
      '(Ký, ghi rõ họ tên và đóng dấu)',
      '…………………………………',
    ]);
    expect(drawn.join('\n')).not.toMatch(/\d{4}-\d{2}-\d{2}/);
  });
});
