import {
  AlignmentType,
  BorderStyle,
  Document,
  Packer,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
  convertMillimetersToTwip as mm,
} from 'docx';
import {
  type FigureLine,
  type ProvinceReportModel,
  formatFigure,
  formatNumber,
} from './province-report.model';

/** A4 (twips) in the administrative layout (Decree 30/2020): margins top/bottom 20 mm, left 30 mm, right 15 mm. */
const PAGE = { width: 11906, height: 16838 };
const MARGIN = { top: mm(20), bottom: mm(20), left: mm(30), right: mm(15) };
const WIDTH = PAGE.width - MARGIN.left - MARGIN.right;
const FONT = 'Times New Roman';
/** Half-points: 13 pt body, 12 pt tables. */
const BODY = 26;
const SMALL = 24;

const NO_BORDER = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const NO_BORDERS = {
  top: NO_BORDER,
  bottom: NO_BORDER,
  left: NO_BORDER,
  right: NO_BORDER,
  insideHorizontal: NO_BORDER,
  insideVertical: NO_BORDER,
};

type Run = { text: string; bold?: boolean; italics?: boolean; underline?: boolean; size?: number };

const para = (
  runs: Run | Run[],
  options: { align?: 'center' | 'right' | 'justify'; indent?: boolean; before?: number; after?: number } = {},
) =>
  new Paragraph({
    alignment:
      options.align === 'center'
        ? AlignmentType.CENTER
        : options.align === 'right'
          ? AlignmentType.RIGHT
          : AlignmentType.JUSTIFIED,
    indent: options.indent ? { firstLine: mm(10) } : undefined,
    spacing: { before: options.before ?? 0, after: options.after ?? 120 },
    children: (Array.isArray(runs) ? runs : [runs]).map(
      (r) =>
        new TextRun({
          text: r.text,
          bold: r.bold,
          italics: r.italics,
          underline: r.underline ? {} : undefined,
          size: r.size,
        }),
    ),
  });

const heading = (text: string) => para({ text, bold: true }, { before: 240 });
const labelled = (label: string, text: string) =>
  para([{ text: `${label}: `, bold: true }, { text }], { indent: true });

const cell = (text: string, width: number, options: { bold?: boolean; align?: 'right' | 'center' } = {}) =>
  new TableCell({
    width: { size: width, type: WidthType.DXA },
    shading: options.bold ? { type: ShadingType.CLEAR, color: 'auto', fill: 'E7E6E6' } : undefined,
    margins: { left: 80, right: 80 },
    children: [
      new Paragraph({
        alignment:
          options.align === 'right'
            ? AlignmentType.RIGHT
            : options.align === 'center'
              ? AlignmentType.CENTER
              : AlignmentType.LEFT,
        children: [new TextRun({ text, bold: options.bold, size: SMALL })],
      }),
    ],
  });

/** A bordered table: a shaded header row, then the rows; columns as fractions of the text width. */
function table(fractions: number[], header: string[], rows: string[][], numeric: number[] = []) {
  const widths = fractions.map((f) => Math.floor(WIDTH * f));
  return new Table({
    width: { size: WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    rows: [
      new TableRow({
        tableHeader: true,
        children: header.map((h, i) => cell(h, widths[i], { bold: true, align: 'center' })),
      }),
      ...rows.map(
        (row) =>
          new TableRow({
            children: row.map((text, i) =>
              cell(text, widths[i], { align: numeric.includes(i) ? 'right' : undefined }),
            ),
          }),
      ),
    ],
  });
}

const figureTable = (lines: FigureLine[]) =>
  table(
    [0.08, 0.6, 0.32],
    ['TT', 'Chỉ tiêu', 'Kết quả'],
    lines.map((f, i) => [String(i + 1), f.labelVi, formatFigure(f)]),
    [2],
  );

/** The heading block: the issuing body on the left, the national heading and the date on the right. */
function nationalHeading(m: ProvinceReportModel) {
  const left = Math.floor(WIDTH * 0.4);
  const right = WIDTH - left;
  const centred = (runs: Run[], after = 0) => para(runs, { align: 'center', after });
  return new Table({
    width: { size: WIDTH, type: WidthType.DXA },
    columnWidths: [left, right],
    layout: TableLayoutType.FIXED,
    borders: NO_BORDERS,
    rows: [
      new TableRow({
        children: [
          new TableCell({
            width: { size: left, type: WidthType.DXA },
            borders: NO_BORDERS,
            children: [
              centred([{ text: m.issuer[0], size: SMALL }]),
              centred([{ text: m.issuer[1], bold: true, size: SMALL, underline: true }]),
            ],
          }),
          new TableCell({
            width: { size: right, type: WidthType.DXA },
            borders: NO_BORDERS,
            children: [
              centred([{ text: m.nation, bold: true, size: SMALL }]),
              centred([{ text: m.motto, bold: true, underline: true }], 120),
              centred([{ text: m.placeDate, italics: true }]),
            ],
          }),
        ],
      }),
    ],
  });
}

/**
 * The province report as a Word document (A4, Times New Roman) in the Vietnamese administrative
 * layout — the same model, in the same order, as the PDF.
 */
export function provinceReportDocx(m: ProvinceReportModel): Promise<Buffer> {
  const children: (Paragraph | Table)[] = [
    nationalHeading(m),
    para({ text: m.title, bold: true, size: 28 }, { align: 'center', before: 360, after: 60 }),
    para({ text: m.period, italics: true, size: SMALL }, { align: 'center', after: 240 }),

    heading(m.sections.figures),
    figureTable(m.figures),
  ];

  if (m.delegations && m.sections.delegations) {
    children.push(heading(m.sections.delegations), figureTable(m.delegations.lines));
    if (m.delegations.byCountry.length)
      children.push(
        para({ text: 'Theo quốc gia', italics: true }, { before: 120 }),
        table(
          [0.08, 0.52, 0.2, 0.2],
          ['TT', 'Quốc gia', 'ASEAN', 'Số đoàn'],
          m.delegations.byCountry.map((c, i) => [
            String(i + 1),
            c.country,
            c.asean ? 'x' : '',
            formatNumber(c.delegations),
          ]),
          [3],
        ),
      );
  }

  if (m.indicators && m.sections.indicators) {
    children.push(heading(m.sections.indicators));
    if (!m.indicators.length) children.push(para({ text: 'Chưa có chỉ tiêu.' }, { indent: true }));
    else
      children.push(
        table(
          [0.1, 0.34, 0.16, 0.16, 0.24],
          ['Mã', 'Chỉ tiêu', 'Mục tiêu', 'Kết quả', 'Đánh giá'],
          m.indicators.map((i) => [i.code, i.name, i.target, i.latest, i.statusVi]),
        ),
      );
  }

  children.push(heading(m.sections.areas));
  if (!m.areas.length) children.push(para({ text: 'Chưa có báo cáo.' }, { indent: true }));
  for (const area of m.areas) {
    children.push(para({ text: area.heading, bold: true, italics: true }, { before: 180 }));
    for (const r of area.reports) {
      children.push(
        para({ text: r.heading, bold: true }, { before: 120, indent: true }),
        para({ text: r.figures }, { indent: true }),
      );
      if (r.narrative) children.push(labelled('Kết quả', r.narrative));
      if (r.indicators.length)
        children.push(
          table(
            [0.08, 0.52, 0.2, 0.2],
            ['TT', 'Chỉ tiêu', 'Kế hoạch', 'Thực hiện'],
            r.indicators.map((i, n) => [String(n + 1), i.name, i.target, i.actual]),
            [2, 3],
          ),
        );
      if (r.difficulties) children.push(labelled('Khó khăn', r.difficulties));
      if (r.proposals) children.push(labelled('Đề xuất', r.proposals));
    }
    if (area.missingLine) children.push(para({ text: area.missingLine, italics: true }, { indent: true }));
  }

  children.push(
    heading(m.sections.reporting),
    para({ text: `- ${m.submission.summary}.` }, { indent: true }),
    para({ text: m.late.length ? '- Nộp muộn:' : '- Không có báo cáo nộp muộn.' }, { indent: true }),
  );
  if (m.late.length)
    children.push(
      table(
        [0.08, 0.42, 0.3, 0.2],
        ['TT', 'Đơn vị', 'Nội dung', 'Năm'],
        m.late.map((r, i) => [String(i + 1), r.agency, `${r.planArea}. ${r.planAreaTitle}`, String(r.year)]),
      ),
    );
  children.push(
    para(
      {
        text: `- Chưa nộp: ${m.missing.length} báo cáo${m.missing.length ? ' (chi tiết theo từng nội dung ở mục trên)' : ''}.`,
      },
      { indent: true, before: 120 },
    ),
  );

  const doc = new Document({
    creator: m.issuer[1],
    title: m.title,
    styles: { default: { document: { run: { font: FONT, size: BODY } } } },
    sections: [{ properties: { page: { size: PAGE, margin: MARGIN } }, children }],
  });
  return Packer.toBuffer(doc);
}
