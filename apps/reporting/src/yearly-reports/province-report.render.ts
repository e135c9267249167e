import ExcelJS from 'exceljs';
import PDFDocument from 'pdfkit';
import type { FileDownload, ProvinceReportContent } from '@ascc/contracts';
import {
  XLSX_FORMATS,
  addXlsxTable,
  alignXlsxText,
  drawPdfHeading,
  formatXlsxColumns,
  officeDate,
  registerPdfFonts,
  xlsxMoney,
} from '@ascc/service-kit';
import { provinceReportDocx } from './province-report-docx.render';
import { type ProvinceReportModel, formatFigure, provinceReportModel } from './province-report.model';

export type ProvinceReportFormat = 'xlsx' | 'docx' | 'pdf';

const CONTENT_TYPES: Record<ProvinceReportFormat, string> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
};

/**
 * The province report (live or frozen) as a file: XLSX, DOCX or PDF. The content goes through one
 * model (`provinceReportModel`), which decides what the report says; each renderer only lays it out.
 */
export async function renderProvinceReport(
  content: ProvinceReportContent,
  format: ProvinceReportFormat,
  baseName: string,
): Promise<FileDownload> {
  const model = provinceReportModel(content);
  const bytes =
    format === 'pdf'
      ? await provinceReportPdf(model)
      : format === 'docx'
        ? await provinceReportDocx(model)
        : Buffer.from(await provinceReportXlsx(model));
  return {
    fileName: `${baseName}.${format}`,
    contentType: CONTENT_TYPES[format],
    base64: bytes.toString('base64'),
  };
}

export async function provinceReportXlsx(m: ProvinceReportModel): Promise<ExcelJS.Buffer> {
  const workbook = new ExcelJS.Workbook();
  const summary = workbook.addWorksheet('Tong hop');
  summary.addRow([m.title]).font = { bold: true, size: 13 };
  summary.addRow(['Năm / Years', m.years]);
  summary.addRow(['Lập ngày / Generated on', officeDate(m.generatedAt)]);
  summary.addRow(['Phải nộp / Expected', m.submission.expected]);
  summary.addRow(['Đã nộp / Submitted', m.submission.submitted]);
  summary.addRow(['Đúng hạn / On time', m.submission.onTime]);
  const rate = summary.addRow(['Tỷ lệ đúng hạn / On-time rate', m.submission.onTimeRate ?? '']);
  rate.getCell(2).numFmt = XLSX_FORMATS.percent;
  summary.addRow([]);
  for (const f of m.figures)
    summary.addRow([figureLabel(f), f.unit === 'dong' ? xlsxMoney(f.value) : f.value]);
  if (m.delegations) {
    summary.addRow([]);
    summary.addRow(['Đoàn ra, đoàn vào / Delegations']).font = { bold: true };
    for (const f of m.delegations.lines) summary.addRow([figureLabel(f), f.value]);
    summary.addRow(['Quốc gia / Country', 'Số đoàn / Delegations', 'ASEAN']).font = { bold: true };
    for (const c of m.delegations.byCountry) summary.addRow([c.country, c.delegations, c.asean ? 'x' : '']);
  }
  // Figures and counts are numbers grouped as 1,234,567 (Excel shows the reader's own separators).
  formatXlsxColumns(summary, [{ width: 48 }, { width: 22, format: 'money' }, { width: 8 }]);

  if (m.indicators)
    addXlsxTable(
      workbook,
      'Chi tieu',
      [
        { header: 'Mã / Code', width: 10 },
        { header: 'Nội dung / Area', width: 8 },
        { header: 'Chỉ tiêu / Indicator', width: 48 },
        { header: 'Đơn vị chủ trì / Lead agency', width: 30 },
        { header: 'Cách lấy số liệu / Method', width: 22 },
        { header: 'Cơ sở / Baseline', width: 18 },
        { header: 'Mục tiêu / Target', width: 18 },
        { header: 'Giá trị theo năm / Values by year', width: 40 },
        { header: 'Mới nhất / Latest', width: 18 },
        { header: 'Đánh giá / Status', width: 18 },
      ],
      m.indicators.map((i) => [
        i.code,
        i.planArea,
        i.name,
        i.lead,
        i.method,
        i.baseline,
        i.target,
        i.values,
        i.latest,
        i.statusVi,
      ]),
    );

  const register = addXlsxTable(
    workbook,
    'Bao cao',
    [
      { header: 'Năm / Year', width: 8 },
      { header: 'Đơn vị / Agency', width: 36 },
      { header: 'Nội dung / Area', width: 44 },
      { header: 'Trạng thái / Status', width: 16 },
      { header: 'Nộp muộn / Late', width: 10 },
      { header: 'Lượt người bồi dưỡng / Trained', width: 16, format: 'count' },
      { header: 'Sự kiện / Events', width: 12, format: 'count' },
      { header: 'Viện trợ giải ngân / Aid disbursed (VND)', width: 22, format: 'money' },
      { header: 'Kinh phí được duyệt / Budget approved (VND)', width: 22, format: 'money' },
      { header: 'Kết quả / Results', width: 50 },
      { header: 'Chỉ tiêu / Indicators', width: 40 },
      { header: 'Khó khăn / Difficulties', width: 40 },
      { header: 'Đề xuất / Proposals', width: 40 },
    ],
    m.register.map((r) => [
      r.year,
      r.agency,
      `${r.planArea} ${r.planAreaTitle}`,
      r.statusVi,
      r.late ? 'x' : '',
      r.figureValues.trained,
      r.figureValues.events,
      xlsxMoney(r.figureValues.aidDisbursed),
      xlsxMoney(r.figureValues.budgetApproved),
      r.narrative,
      r.indicators.map((i) => `${i.name}: ${i.actual} / ${i.target}`).join('; '),
      r.difficulties,
      r.proposals,
    ]),
  );
  // A sum past 10^15 đồng is a text cell, exact to the last đồng (xlsxMoney): on the right all the same.
  alignXlsxText(register, [8, 9], 2);
  addXlsxTable(
    workbook,
    'Chua nop',
    [
      { header: 'Năm / Year', width: 8 },
      { header: 'Đơn vị / Agency', width: 40 },
      { header: 'Nội dung / Area', width: 50 },
    ],
    m.missing.map((r) => [r.year, r.agency, `${r.planArea} ${r.planAreaTitle}`]),
  );
  return workbook.xlsx.writeBuffer();
}

const figureLabel = (f: { labelVi: string; labelEn: string; unit: string }) =>
  `${f.labelVi} / ${f.labelEn}${f.unit === 'dong' ? ' (VND)' : ''}`;

/**
 * The province report as an A4 PDF in Vietnamese under the national heading: the plan's figures from
 * the read model, then per plan area the agencies' submitted and accepted reports (narrative,
 * indicators) and who has not reported, then who reported late.
 */
export function provinceReportPdf(m: ProvinceReportModel): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A4', margin: 50, info: { Title: m.title } });
  registerPdfFonts(doc);
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  const width = doc.page.width - 100;
  const body = (text: string, indent = 70) =>
    doc.text(text, indent, undefined, { width: width - (indent - 50) });
  const section = (title: string) => doc.moveDown(1).font('serif-bold').fontSize(12).text(title, 50);

  // The same heading as the Word document: the issuing body's block beside the national heading.
  drawPdfHeading(doc, m, { fontSize: 10 });
  doc.moveDown(0.6).font('serif-bold').fontSize(15).text(m.title, { width, align: 'center' });
  doc.moveDown(0.3).font('serif').fontSize(10).text(m.period, { width, align: 'center' });

  section(m.sections.figures);
  doc.font('serif').fontSize(10.5);
  for (const f of m.figures) doc.text(`- ${f.labelVi}: ${formatFigure(f)}`);

  if (m.delegations && m.sections.delegations) {
    section(m.sections.delegations);
    doc.font('serif').fontSize(10.5);
    for (const f of m.delegations.lines) doc.text(`- ${f.labelVi}: ${formatFigure(f)}`);
    if (m.delegations.byCountry.length)
      doc.text(
        `- Theo quốc gia: ${m.delegations.byCountry.map((c) => `${c.country} ${c.delegations}`).join('; ')}`,
      );
  }

  if (m.indicators && m.sections.indicators) {
    section(m.sections.indicators);
    doc.font('serif').fontSize(10.5);
    if (!m.indicators.length) doc.text('Chưa có chỉ tiêu.');
    for (const i of m.indicators) doc.text(`- ${i.sentence}`);
  }

  section(m.sections.areas);
  if (!m.areas.length) doc.font('serif').fontSize(10.5).text('Chưa có báo cáo.');
  for (const area of m.areas) {
    doc.moveDown(0.6).font('serif-bold').fontSize(11).text(area.heading, 50);
    for (const r of area.reports) {
      doc.moveDown(0.2).font('serif-bold').fontSize(10).text(r.heading, 60);
      doc.font('serif').fontSize(10);
      body(r.figures);
      if (r.narrative) body(`Kết quả: ${r.narrative}`);
      for (const i of r.indicators) body(`• ${i.name}: thực hiện ${i.actual} / chỉ tiêu ${i.target}`);
      if (r.difficulties) body(`Khó khăn: ${r.difficulties}`);
      if (r.proposals) body(`Đề xuất: ${r.proposals}`);
    }
    if (area.missingLine) {
      doc.moveDown(0.2).font('serif').fontSize(10).fillColor('#8b1a1a');
      body(area.missingLine, 60);
      doc.fillColor('black');
    }
  }

  section(m.sections.reporting);
  doc.font('serif').fontSize(10.5).text(`- ${m.submission.summary}`);
  doc.text(
    m.late.length
      ? `- Nộp muộn: ${m.late.map((r) => `${r.agency} (${r.planArea}, ${r.year})`).join('; ')}`
      : '- Không có báo cáo nộp muộn.',
  );
  doc.text(`- Chưa nộp: ${m.missing.length} báo cáo (chi tiết theo từng nội dung ở mục trên).`);
  doc.end();
  return done;
}
