import ExcelJS from 'exceljs';
import { addXlsxTable, documentHeading, issuerOf, officeDate, placeDateLine } from '../office-documents';

describe('office documents', () => {
  it('writes dates as offices do, an instant on its day in Viet Nam', () => {
    expect(officeDate('2026-05-08')).toBe('08/05/2026');
    // 20:00 UTC on 31 December is already 1 January in Thái Bình.
    expect(officeDate('2025-12-31T20:00:00.000Z')).toBe('01/01/2026');
    expect(officeDate(null)).toBe('');
    expect(placeDateLine('2026-11-29T00:00:00.000Z')).toBe('Thái Bình, ngày 29 tháng 11 năm 2026');
  });

  it("heads a document with the issuing body under its province's People's Committee", () => {
    expect(issuerOf('SNV')).toEqual(['UBND TỈNH THÁI BÌNH', 'SỞ NỘI VỤ']);
    expect(issuerOf('UBND')).toEqual(['', 'ỦY BAN NHÂN DÂN TỈNH THÁI BÌNH']);
    expect(documentHeading('STC', '2026-07-20')).toEqual({
      issuer: ['UBND TỈNH THÁI BÌNH', 'SỞ TÀI CHÍNH'],
      nation: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      motto: 'Độc lập - Tự do - Hạnh phúc',
      placeDate: 'Thái Bình, ngày 20 tháng 7 năm 2026',
    });
    // After the 2025 merger a Hưng Yên body writes under Hưng Yên's committee, dated there.
    expect(documentHeading('HY-SNV', '2026-07-20')).toMatchObject({
      issuer: ['UBND TỈNH HƯNG YÊN', 'SỞ NỘI VỤ TỈNH HƯNG YÊN'],
      placeDate: 'Hưng Yên, ngày 20 tháng 7 năm 2026',
    });
  });

  it('lays out a table: bold frozen header of labels, widths and number formats per column', async () => {
    const book = new ExcelJS.Workbook();
    addXlsxTable(
      book,
      'Bảng',
      [
        { header: 'Năm', width: 8 },
        { header: 'Kinh phí (đồng)', width: 20, format: 'money' },
      ],
      [[2026, 120_000_000]],
      { title: 'TIÊU ĐỀ' },
    );
    const read = new ExcelJS.Workbook();
    await read.xlsx.load((await book.xlsx.writeBuffer()) as never);
    const sheet = read.worksheets[0];
    expect(sheet.getRow(1).getCell(1).value).toBe('TIÊU ĐỀ');
    expect(sheet.getRow(3).values).toEqual([undefined, 'Năm', 'Kinh phí (đồng)']);
    expect(sheet.getRow(3).font?.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 3 });
    expect(sheet.getRow(4).getCell(2).numFmt).toBe('#,##0');
    expect(sheet.getRow(4).getCell(1).numFmt).toBeUndefined();
    expect([sheet.getColumn(1).width, sheet.getColumn(2).width]).toEqual([8, 20]);
  });
});
