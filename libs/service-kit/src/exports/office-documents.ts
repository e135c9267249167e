import { agencyLabel, findAgency } from '@ascc/catalog';
import { type DongTotal, MAX_AMOUNT, toDong } from '@ascc/contracts';
import type ExcelJS from 'exceljs';

/**
 * What every document the services write shares, in one place: the national heading and the issuing
 * body's block (Decree 30/2020's administrative layout), dates as offices write them, the DejaVu fonts
 * for PDFs (Vietnamese needs them), the signature block, and XLSX column widths and number formats.
 */

export const NATION = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
export const MOTTO = 'Độc lập - Tự do - Hạnh phúc';
const PROVINCE_NAME = { 'thai-binh': 'THÁI BÌNH', 'hung-yen': 'HƯNG YÊN' } as const;
const PROVINCE_PLACE = { 'thai-binh': 'Thái Bình', 'hung-yen': 'Hưng Yên' } as const;
const VIETNAM_TIME_ZONE = 'Asia/Ho_Chi_Minh';

export interface DocumentHeading {
  /** The issuing body, top left: its superior (may be empty) and itself, in capitals. */
  issuer: [string, string];
  nation: string;
  motto: string;
  /** "Thái Bình, ngày 29 tháng 11 năm 2026". */
  placeDate: string;
}

/** The calendar day of `value` in Viet Nam: a `YYYY-MM-DD` date as it is, an instant in Vietnam time. */
function vietnamDay(value: string | Date): [string, string, string] | null {
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) {
    const [y, m, d] = value.split('-');
    return [y, m, d];
  }
  const date = typeof value === 'string' ? new Date(value) : value;
  if (Number.isNaN(date.getTime())) return null;
  const [y, m, d] = date.toLocaleDateString('en-CA', { timeZone: VIETNAM_TIME_ZONE }).split('-');
  return [y, m, d];
}

/** dd/mm/yyyy, as offices write a date (an instant is taken on its day in Viet Nam). */
export function officeDate(value: string | Date | null | undefined): string {
  if (!value) return '';
  const day = vietnamDay(value);
  return day ? `${day[2]}/${day[1]}/${day[0]}` : String(value);
}

/** "Thái Bình, ngày 29 tháng 11 năm 2026" — the place and date line under the national heading. */
export function placeDateLine(value: string | Date, place = 'Thái Bình'): string {
  const day = vietnamDay(value);
  if (!day) return place;
  return `${place}, ngày ${Number(day[2])} tháng ${Number(day[1])} năm ${day[0]}`;
}

/** The issuing body's block for an agency: "UBND TỈNH THÁI BÌNH" over "SỞ NỘI VỤ". */
export function issuerOf(agencyCode: string): [string, string] {
  const agency = findAgency(agencyCode);
  const name = agencyLabel(agencyCode, 'vi').toUpperCase();
  if (!agency || agency.kind === 'committee') return ['', name];
  return [`UBND TỈNH ${PROVINCE_NAME[agency.province]}`, name];
}

/** The heading of a document issued by `agencyCode` on `at`, dated where the agency sits. */
export function documentHeading(agencyCode: string, at: string | Date = new Date()): DocumentHeading {
  const province = findAgency(agencyCode)?.province ?? 'thai-binh';
  return {
    issuer: issuerOf(agencyCode),
    nation: NATION,
    motto: MOTTO,
    placeDate: placeDateLine(at, PROVINCE_PLACE[province]),
  };
}

// ——— PDF (pdfkit) ———

const fontFile = (name: string) => require.resolve(`dejavu-fonts-ttf/ttf/${name}.ttf`);

/** Registers `serif`, `serif-bold` and `serif-italic` (DejaVu, which has every Vietnamese letter). */
export function registerPdfFonts(doc: PDFKit.PDFDocument): void {
  doc.registerFont('serif', fontFile('DejaVuSerif'));
  doc.registerFont('serif-bold', fontFile('DejaVuSerif-Bold'));
  doc.registerFont('serif-italic', fontFile('DejaVuSerif-Italic'));
}

/**
 * The heading block at the top of the page: the issuing body on the left, the national heading and
 * motto on the right, the place and date under them. Leaves `doc.y` below it, at the left margin.
 */
export function drawPdfHeading(
  doc: PDFKit.PDFDocument,
  heading: DocumentHeading,
  options: { fontSize?: number; number?: string } = {},
): void {
  const size = options.fontSize ?? 11;
  const left = doc.page.margins.left;
  const width = doc.page.width - left - doc.page.margins.right;
  const leftWidth = width * 0.42;
  const rightX = left + leftWidth;
  const rightWidth = width - leftWidth;
  const top = doc.y;
  doc.fillColor('black');
  doc.font('serif').fontSize(size);
  if (heading.issuer[0]) doc.text(heading.issuer[0], left, top, { width: leftWidth, align: 'center' });
  doc.font('serif-bold').text(heading.issuer[1], left, heading.issuer[0] ? undefined : top, {
    width: leftWidth,
    align: 'center',
    underline: true,
  });
  if (options.number)
    doc.font('serif').text(options.number, left, undefined, { width: leftWidth, align: 'center' });
  const leftBottom = doc.y;
  doc
    .font('serif-bold')
    .fontSize(size)
    .text(heading.nation, rightX, top, { width: rightWidth, align: 'center' });
  doc.text(heading.motto, rightX, undefined, { width: rightWidth, align: 'center', underline: true });
  doc
    .moveDown(0.4)
    .font('serif-italic')
    .text(heading.placeDate, rightX, undefined, { width: rightWidth, align: 'center' });
  doc.x = left;
  doc.y = Math.max(leftBottom, doc.y) + size;
}

/**
 * The signature block on the right half: the signer's title in capitals, room for the signature and
 * seal, and the signer's name (or a dotted line to write it on).
 */
export function drawPdfSignature(
  doc: PDFKit.PDFDocument,
  signer: { title: string; name?: string; y?: number },
  options: { fontSize?: number; room?: number } = {},
): void {
  const size = options.fontSize ?? 12;
  const left = doc.page.margins.left;
  const width = doc.page.width - left - doc.page.margins.right;
  const x = left + width / 2;
  doc
    .font('serif-bold')
    .fontSize(size)
    .text(signer.title.toUpperCase(), x, signer.y ?? doc.y, { width: width / 2, align: 'center' });
  doc
    .font('serif-italic')
    .fontSize(size - 2)
    .text('(Ký, ghi rõ họ tên và đóng dấu)', x, undefined, { width: width / 2, align: 'center' });
  doc.y += options.room ?? 56;
  doc
    .font('serif-bold')
    .fontSize(size)
    .text(signer.name ?? '…………………………………', x, doc.y, { width: width / 2, align: 'center' });
  doc.x = left;
}

// ——— XLSX (exceljs) ———

/** Excel number formats: grouped integers for money and counts, a percentage, a date. */
export const XLSX_FORMATS = {
  money: '#,##0',
  count: '#,##0',
  decimal: '#,##0.00',
  percent: '0%',
  date: 'dd/mm/yyyy',
} as const;
export type XlsxFormat = keyof typeof XLSX_FORMATS;

export interface XlsxColumn {
  header: string;
  /** Characters. */
  width: number;
  format?: XlsxFormat;
}

/**
 * Sets a sheet's columns' widths and number formats, and bolds (and freezes) the header row when the
 * sheet has one at `headerRow`.
 */
export function formatXlsxColumns(
  sheet: ExcelJS.Worksheet,
  columns: Pick<XlsxColumn, 'width' | 'format'>[],
  headerRow?: number,
): void {
  columns.forEach((column, i) => {
    const col = sheet.getColumn(i + 1);
    col.width = column.width;
    if (column.format) col.numFmt = XLSX_FORMATS[column.format];
  });
  if (headerRow) {
    const row = sheet.getRow(headerRow);
    row.font = { bold: true };
    row.alignment = { vertical: 'middle', wrapText: true };
    sheet.views = [{ state: 'frozen', ySplit: headerRow }];
  }
}

/**
 * A money figure's workbook cell value. Excel keeps 15 significant digits of a number (a double), so a
 * figure up to 10^15 (`MAX_AMOUNT`, exact there) is written as a number, which the column's `#,##0`
 * format groups and a formula can add; a larger one is written as text, its digits grouped as that
 * format would show them (commas) — exact to the last đồng, where a number cell would end in rounded
 * digits (…990 for …989). `alignXlsxText` puts such text on the right like the numbers beside it.
 */
export function xlsxMoney(dong: DongTotal | number): number | string {
  const value = toDong(dong);
  const magnitude = value < 0n ? -value : value;
  return magnitude <= BigInt(MAX_AMOUNT) ? Number(value) : value.toLocaleString('en-US');
}

/** Right-aligns the text cells of `columns` (1-based) below `fromRow`: money written as text. */
export function alignXlsxText(sheet: ExcelJS.Worksheet, columns: number[], fromRow = 1): void {
  for (let r = fromRow; r <= sheet.rowCount; r += 1)
    for (const col of columns) {
      const cell = sheet.getRow(r).getCell(col);
      if (typeof cell.value === 'string') cell.alignment = { horizontal: 'right' };
    }
}

/** A table sheet: the header row of labels, the rows, then widths and number formats per column. */
export function addXlsxTable(
  workbook: ExcelJS.Workbook,
  name: string,
  columns: XlsxColumn[],
  rows: (string | number | Date | null)[][],
  options: { title?: string } = {},
): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(name);
  if (options.title) {
    sheet.addRow([options.title]).font = { bold: true, size: 13 };
    sheet.addRow([]);
  }
  sheet.addRow(columns.map((c) => c.header));
  const headerRow = sheet.rowCount;
  for (const row of rows) sheet.addRow(row);
  formatXlsxColumns(sheet, columns, headerRow);
  return sheet;
}
