import ExcelJS from 'exceljs';
import PDFDocument from 'pdfkit';
import { agencyLabel, fundingSourceLabel, planAreaLabel } from '@ascc/catalog';
import { type Consolidation, type DongTotal, toDong } from '@ascc/contracts';
import {
  alignXlsxText,
  documentHeading,
  drawPdfHeading,
  drawPdfSignature,
  formatXlsxColumns,
  officeDate,
  registerPdfFonts,
  xlsxMoney,
} from '@ascc/service-kit';

/** Finance consolidates the province's estimate and issues its documents. */
const ISSUER = 'STC';

const HEADERS = [
  'STT',
  'Cơ quan, đơn vị',
  'Lĩnh vực',
  'Nguồn kinh phí',
  'Đề nghị (đồng)',
  'Phê duyệt (đồng)',
];
const STATUS_VI = {
  open: 'Chưa tổng hợp',
  consolidated: 'Đã tổng hợp (khóa)',
  submitted: 'Đã trình UBND tỉnh',
  decided: 'UBND tỉnh đã quyết định',
} as const;

/** A total of whole đồng grouped the Vietnamese way (bigint: exact to the last đồng at any size). */
const money = (dong: DongTotal) => toDong(dong).toLocaleString('vi-VN');

const decision = (c: Consolidation) =>
  c.decisionNumber ? ` — Quyết định số ${c.decisionNumber} ngày ${officeDate(c.decisionDate)}` : '';
/** The day the figures were fixed: the consolidation, else today (a year still open). */
const asOf = (c: Consolidation) => c.consolidatedAt ?? new Date();

/** The provincial estimate as a workbook: a heading, one row per agency × area × source, the total. */
export async function consolidationXlsx(c: Consolidation): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet(`Dự toán ${c.fiscalYear}`);
  sheet.addRow([`TỔNG HỢP DỰ TOÁN KINH PHÍ THỰC HIỆN KẾ HOẠCH 38/KH-UBND NĂM ${c.fiscalYear}`]).font = {
    bold: true,
  };
  sheet.addRow([`Trạng thái: ${STATUS_VI[c.status]}${decision(c)}`]);
  sheet.addRow([`Lập ngày: ${officeDate(asOf(c))}`]);
  sheet.addRow([]);
  sheet.addRow(HEADERS);
  const headerRow = sheet.rowCount;
  c.rows.forEach((r, i) =>
    sheet.addRow([
      i + 1,
      agencyLabel(r.agencyCode),
      planAreaLabel(r.planArea),
      fundingSourceLabel(r.fundingSource),
      xlsxMoney(r.requested),
      xlsxMoney(r.approved),
    ]),
  );
  sheet.addRow(['', 'Tổng cộng', '', '', xlsxMoney(c.totals.requested), xlsxMoney(c.totals.approved)]).font =
    { bold: true };
  formatXlsxColumns(
    sheet,
    [
      { width: 6 },
      { width: 40 },
      { width: 40 },
      { width: 30 },
      { width: 20, format: 'money' },
      { width: 20, format: 'money' },
    ],
    headerRow,
  );
  // Totals past 10^15 are text cells, exact to the last đồng (see xlsxMoney): on the right all the same.
  alignXlsxText(sheet, [5, 6], headerRow + 1);
  return Buffer.from(await book.xlsx.writeBuffer());
}

/** The same as a PDF in the usual administrative layout: the national heading, title, table, total. */
export function consolidationPdf(c: Consolidation): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A4', layout: 'landscape', margin: 40 });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  registerPdfFonts(doc);
  const regular = 'serif';
  const bold = 'serif-bold';
  const width = doc.page.width - 80;
  drawPdfHeading(doc, documentHeading(ISSUER, asOf(c)), { fontSize: 10 });
  doc
    .font(bold)
    .fontSize(13)
    .text(`TỔNG HỢP DỰ TOÁN KINH PHÍ NĂM ${c.fiscalYear}`, 40, doc.y, { width, align: 'center' });
  doc
    .font(regular)
    .fontSize(10)
    .text('Thực hiện Kế hoạch số 38/KH-UBND ngày 30/6/2017 của UBND tỉnh', { width, align: 'center' });
  doc.text(STATUS_VI[c.status] + decision(c), { width, align: 'center' });
  doc.moveDown();
  const cols = [30, 200, 200, 130, 100, 100];
  const row = (cells: string[], font: string) => {
    doc.font(font).fontSize(8);
    const y = doc.y;
    let x = 40;
    const heights = cells.map((cell, i) => doc.heightOfString(cell, { width: cols[i] - 4 }));
    cells.forEach((cell, i) => {
      doc.text(cell, x + 2, y, { width: cols[i] - 4, align: i >= 4 ? 'right' : 'left' });
      x += cols[i];
    });
    doc.y = y + Math.max(...heights) + 4;
    if (doc.y > doc.page.height - 60) doc.addPage();
    doc.x = 40;
  };
  row(HEADERS, bold);
  c.rows.forEach((r, i) =>
    row(
      [
        String(i + 1),
        agencyLabel(r.agencyCode),
        planAreaLabel(r.planArea),
        fundingSourceLabel(r.fundingSource),
        money(r.requested),
        money(r.approved),
      ],
      regular,
    ),
  );
  row(['', 'Tổng cộng', '', '', money(c.totals.requested), money(c.totals.approved)], bold);
  if (doc.y > doc.page.height - 170) doc.addPage();
  drawPdfSignature(doc, { title: `Thủ trưởng ${agencyLabel(ISSUER)}`, y: doc.y + 16 }, { fontSize: 11 });
  doc.end();
  return done;
}
