import ExcelJS from 'exceljs';
import PDFDocument from 'pdfkit';
import { agencyLabel, planAreaLabel } from '@ascc/catalog';
import type { FileDownload, ProvinceReportContent } from '@ascc/contracts';

const font = (name: string) => require.resolve(`dejavu-fonts-ttf/ttf/${name}.ttf`);
const vnd = (n: number) => `${n.toLocaleString('vi-VN')} đ`;
const STATUS_VI: Record<string, string> = {
  draft: 'Dự thảo',
  submitted: 'Đã nộp',
  accepted: 'Đã chấp nhận',
  returned: 'Trả lại',
};

const years = (c: ProvinceReportContent) =>
  c.yearFrom === c.yearTo ? `${c.yearFrom}` : `${c.yearFrom}-${c.yearTo}`;

/** The province report (live or frozen) as a file: XLSX or PDF, from the same content. */
export async function renderProvinceReport(
  content: ProvinceReportContent,
  format: 'xlsx' | 'pdf',
  baseName: string,
): Promise<FileDownload> {
  if (format === 'pdf')
    return {
      fileName: `${baseName}.pdf`,
      contentType: 'application/pdf',
      base64: (await provinceReportPdf(content)).toString('base64'),
    };
  return {
    fileName: `${baseName}.xlsx`,
    contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    base64: Buffer.from(await provinceReportXlsx(content)).toString('base64'),
  };
}

function figureRows(c: ProvinceReportContent): [string, string | number][] {
  const f = c.figures;
  return [
    ['Lượt người được bồi dưỡng / People trained', f.training.trained],
    ['Khóa học hoàn thành / Completed courses', f.training.courses],
    ['Sự kiện văn hóa / Cultural events', f.culture.events],
    ['Quốc gia ASEAN tham gia / ASEAN countries engaged', f.culture.aseanCountries.length],
    ['Viện trợ cam kết / Aid committed (VND)', f.aid.committed],
    ['Viện trợ giải ngân / Aid disbursed (VND)', f.aid.disbursed],
    ['Kinh phí đề nghị / Budget requested (VND)', f.budget.requested],
    ['Kinh phí được duyệt / Budget approved (VND)', f.budget.approved],
  ];
}

export async function provinceReportXlsx(c: ProvinceReportContent): Promise<ExcelJS.Buffer> {
  const workbook = new ExcelJS.Workbook();
  const summary = workbook.addWorksheet('Tong hop');
  summary.addRow([c.title]).font = { bold: true };
  summary.addRow(['Năm / Years', years(c)]);
  summary.addRow(['Lập lúc / Generated at', c.generatedAt]);
  summary.addRow(['Phải nộp / Expected', c.expected]);
  summary.addRow(['Đã nộp / Submitted', c.submitted]);
  summary.addRow(['Đúng hạn / On time', c.onTime]);
  summary.addRow(['Tỷ lệ đúng hạn / On-time rate', c.expected ? c.onTime / c.expected : '']);
  summary.addRow([]);
  for (const row of figureRows(c)) summary.addRow(row);
  const sheet = workbook.addWorksheet('Bao cao');
  sheet.addRow([
    'Năm / Year',
    'Đơn vị / Agency',
    'Nội dung / Area',
    'Trạng thái / Status',
    'Nộp muộn / Late',
    'Lượt người bồi dưỡng / Trained',
    'Sự kiện / Events',
    'Viện trợ giải ngân / Aid disbursed (VND)',
    'Kinh phí được duyệt / Budget approved (VND)',
    'Kết quả / Results',
    'Chỉ tiêu / Indicators',
    'Khó khăn / Difficulties',
    'Đề xuất / Proposals',
  ]).font = { bold: true };
  for (const r of c.reports)
    sheet.addRow([
      r.year,
      `${r.agencyCode} ${agencyLabel(r.agencyCode, 'vi')}`,
      `${r.planArea} ${planAreaLabel(r.planArea, 'vi')}`,
      r.status,
      r.late ? 'x' : '',
      r.figures.trained,
      r.figures.events,
      r.figures.aidDisbursed,
      r.figures.budgetApproved,
      r.narrative,
      r.indicators.map((i) => `${i.name}: ${i.actual ?? '-'} / ${i.target ?? '-'}`).join('; '),
      r.difficulties,
      r.proposals,
    ]);
  const missing = workbook.addWorksheet('Chua nop');
  missing.addRow(['Năm / Year', 'Đơn vị / Agency', 'Nội dung / Area']).font = { bold: true };
  for (const m of c.missing)
    missing.addRow([m.year, `${m.agencyCode} ${agencyLabel(m.agencyCode, 'vi')}`, m.planArea]);
  return workbook.xlsx.writeBuffer();
}

/**
 * The province report as an A4 PDF in Vietnamese under the national heading: the plan's figures from
 * the read model, then per plan area the agencies' submitted and accepted reports (narrative,
 * indicators) and who has not reported.
 */
export function provinceReportPdf(c: ProvinceReportContent): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A4', margin: 50, info: { Title: c.title } });
  doc.registerFont('serif', font('DejaVuSerif'));
  doc.registerFont('serif-bold', font('DejaVuSerif-Bold'));
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  const width = doc.page.width - 100;

  doc.font('serif-bold').fontSize(13).fillColor('black');
  doc.text('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { width, align: 'center' });
  doc.fontSize(12).text('Độc lập - Tự do - Hạnh phúc', { width, align: 'center', underline: true });
  doc.moveDown(1.2).fontSize(15).text(c.title, { width, align: 'center' });
  doc
    .moveDown(0.3)
    .font('serif')
    .fontSize(10)
    .text(`Số liệu năm ${years(c)} · lập lúc ${c.generatedAt}`, { width, align: 'center' });

  doc.moveDown(1).font('serif-bold').fontSize(12).text('I. KẾT QUẢ CHUNG CỦA TỈNH', 50);
  doc.font('serif').fontSize(10.5);
  for (const [label, value] of figureRows(c))
    doc.text(
      `- ${label.split(' / ')[0]}: ${typeof value === 'number' && /VND/.test(label) ? vnd(value) : value}`,
    );
  doc.text(
    `- Báo cáo của các đơn vị: phải nộp ${c.expected}, đã nộp ${c.submitted}, đúng hạn ${c.onTime}` +
      (c.expected ? ` (${Math.round((c.onTime / c.expected) * 100)}%)` : ''),
  );

  doc.moveDown(1).font('serif-bold').fontSize(12).text('II. KẾT QUẢ THEO NỘI DUNG KẾ HOẠCH', 50);
  const areas = [...new Set([...c.reports.map((r) => r.planArea), ...c.missing.map((m) => m.planArea)])].sort(
    (a, b) => a.localeCompare(b, 'en', { numeric: true }),
  );
  if (!areas.length) doc.font('serif').fontSize(10.5).text('Chưa có báo cáo.');
  for (const area of areas) {
    doc
      .moveDown(0.6)
      .font('serif-bold')
      .fontSize(11)
      .text(`${area}. ${planAreaLabel(area, 'vi')}`, 50);
    const reports = c.reports.filter(
      (r) => r.planArea === area && (r.status === 'submitted' || r.status === 'accepted'),
    );
    for (const r of reports) {
      doc
        .moveDown(0.2)
        .font('serif-bold')
        .fontSize(10)
        .text(
          `${agencyLabel(r.agencyCode, 'vi')} — năm ${r.year} (${STATUS_VI[r.status] ?? r.status}${r.late ? ', nộp muộn' : ''})`,
          60,
        );
      doc.font('serif').fontSize(10);
      doc.text(
        `Số liệu: ${r.figures.trained} lượt người bồi dưỡng; ${r.figures.events} sự kiện; viện trợ giải ngân ${vnd(r.figures.aidDisbursed)}; kinh phí được duyệt ${vnd(r.figures.budgetApproved)}.`,
        70,
        undefined,
        { width: width - 20 },
      );
      if (r.narrative) doc.text(`Kết quả: ${r.narrative}`, 70, undefined, { width: width - 20 });
      for (const i of r.indicators)
        doc.text(`• ${i.name}: thực hiện ${i.actual ?? '-'} / chỉ tiêu ${i.target ?? '-'}`, 70, undefined, {
          width: width - 20,
        });
      if (r.difficulties) doc.text(`Khó khăn: ${r.difficulties}`, 70, undefined, { width: width - 20 });
      if (r.proposals) doc.text(`Đề xuất: ${r.proposals}`, 70, undefined, { width: width - 20 });
    }
    const missing = c.missing.filter((m) => m.planArea === area);
    if (missing.length)
      doc
        .moveDown(0.2)
        .font('serif')
        .fontSize(10)
        .fillColor('#8b1a1a')
        .text(
          `Chưa báo cáo: ${missing.map((m) => `${agencyLabel(m.agencyCode, 'vi')} (${m.year})`).join('; ')}`,
          60,
          undefined,
          { width: width - 10 },
        )
        .fillColor('black');
  }
  doc.end();
  return done;
}
