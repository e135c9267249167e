import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { AGENCIES, DISTRICTS, type Lang, agencyLabel, pickLabel } from '@ascc/catalog';
import {
  MAX_IMPORT_ROWS,
  TRAINEE_IMPORT_COLUMNS,
  TRAINEE_IMPORT_HEADERS,
  TRAINEE_IMPORT_VALUE_LABELS as LABELS,
} from '@ascc/contracts';
import { type ImportColumn, fold } from './trainee-cells';
import { ImportFileError } from './trainee-file-error';
import { checkedXlsxParts } from './xlsx-archive';

export type { ImportColumn } from './trainee-cells';
export { ImportFileError } from './trainee-file-error';

/** Other headers offices write for a column, besides its code and its Vietnamese and English header. */
const HEADER_ALIASES: Record<ImportColumn, string[]> = {
  staffCode: ['ma cb', 'ma nhan vien'],
  fullName: ['ho ten'],
  dateOfBirth: ['ngay thang nam sinh', 'dob'],
  gender: ['sex'],
  agencyCode: ['ma co quan', 'co quan, don vi', 'don vi'],
  districtCode: ['ma huyen', 'huyen, thanh pho', 'huyen/thanh pho'],
  commune: ['xa', 'xa/phuong', 'xa phuong', 'xa, phuong'],
  level: ['cap hanh chinh'],
  group: ['nhom'],
  position: [],
  email: ['e-mail'],
  phone: ['so dien thoai', 'dien thoai di dong'],
};

const HEADERS = new Map<string, ImportColumn>();
for (const column of TRAINEE_IMPORT_COLUMNS) {
  const { vi, en } = TRAINEE_IMPORT_HEADERS[column];
  for (const name of [column, vi, en, ...HEADER_ALIASES[column]]) HEADERS.set(headerKey(name), column);
}

/** A header compared without diacritics, case, a required mark (`*`) or punctuation. */
function headerKey(name: string): string {
  return fold(name)
    .replace(/[^a-z0-9/ ,-]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A row of the file as text cells, with its 1-based number in the file. */
interface SheetLine {
  row: number;
  cells: string[];
}

/** Columns read from a sheet row: the import has a dozen; a cell set far to the right is not read. */
const MAX_SHEET_COLUMNS = 100;

export interface ParsedRow {
  /** 1-based row number in the file (the header is row 1). */
  row: number;
  values: Partial<Record<ImportColumn, string>>;
}

/**
 * The rows of a CSV or XLSX import file, keyed by column, with empty rows skipped. More than `maxRows`
 * rows is refused; an XLSX file is read no further than the row that passes the cap.
 */
export async function readTraineeFile(
  fileName: string,
  bytes: Buffer,
  maxRows: number,
): Promise<ParsedRow[]> {
  const lower = fileName.toLowerCase();
  let lines: SheetLine[];
  if (lower.endsWith('.xlsx')) lines = await readXlsx(bytes, maxRows);
  else if (lower.endsWith('.csv'))
    lines = readCsv(bytes.toString('utf8')).map((cells, i) => ({ row: i + 1, cells }));
  else throw new ImportFileError('Send a .csv or .xlsx file', 'importFileType');
  if (!lines.length) throw new ImportFileError('The file is empty', 'importFileEmpty');
  const header = lines[0].row === 1 ? lines[0].cells : [];
  const columns = header.map(
    (name) => HEADERS.get(headerKey(name)) ?? HEADERS.get(headerKey(name).replace(/ /g, '')),
  );
  if (!columns.includes('staffCode') || !columns.includes('fullName'))
    throw new ImportFileError(
      'The first row must name the columns, with at least staffCode and fullName',
      'importNoHeader',
    );
  const rows: ParsedRow[] = [];
  for (const { row, cells } of lines.slice(1)) {
    if (cells.every((c) => !c.trim())) continue;
    const values: ParsedRow['values'] = {};
    columns.forEach((column, i) => {
      if (!column) return;
      values[column] = (cells[i] ?? '').trim();
    });
    rows.push({ row, values });
    if (rows.length > maxRows)
      throw new ImportFileError(`The file has more than ${maxRows} rows: split it`, 'importTooManyRows', {
        max: maxRows,
      });
  }
  return rows;
}

/**
 * The filled rows of a workbook's first sheet as text cells, read as a stream from the archive's
 * checked parts (`checkedXlsxParts`: bomb-proof limits first). Blank rows are not kept and a row is
 * read to `MAX_SHEET_COLUMNS` at most, so a hostile sheet cannot grow the table past its filled cells.
 * Reading stops once `maxRows` + 2 filled rows (the header, the cap and one more) are in: enough for
 * the caller to refuse the file, without parsing the rest of the sheet.
 */
async function readXlsx(bytes: Buffer, maxRows: number): Promise<SheetLine[]> {
  const parts = checkedXlsxParts(bytes);
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from(chunksOf(parts, 64 * 1024)), {
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    worksheets: 'emit',
    entries: 'ignore',
  });
  const lines: SheetLine[] = [];
  let sheets = 0;
  try {
    sheetLoop: for await (const sheet of reader) {
      sheets++;
      for await (const row of sheet) {
        const cells: string[] = [];
        const count = Math.min(row.cellCount, MAX_SHEET_COLUMNS);
        for (let c = 1; c <= count; c++) cells.push(cellText(row.getCell(c).value));
        if (!cells.some((c) => c.trim())) continue;
        lines.push({ row: row.number, cells });
        if (lines.length > maxRows + 1) break sheetLoop;
      }
      break;
    }
  } catch {
    throw new ImportFileError('The file is not a readable XLSX workbook', 'importUnreadable');
  }
  if (!sheets) throw new ImportFileError('The workbook has no sheet', 'importFileEmpty');
  return lines;
}

/** A buffer in slices, so a stream reader parses (and can stop) as it goes, not after one big chunk. */
function* chunksOf(bytes: Buffer, size: number): Generator<Buffer> {
  for (let at = 0; at < bytes.length; at += size) yield bytes.subarray(at, at + size);
}

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('text' in value && typeof value.text === 'string') return value.text;
    if ('richText' in value) return value.richText.map((t) => t.text).join('');
    if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
    return '';
  }
  return String(value);
}

/** RFC 4180 CSV (quotes, doubled quotes, CRLF), with an optional UTF-8 BOM; `;` works as a separator too. */
export function readCsv(text: string): string[][] {
  const source = text.replace(/^\uFEFF/, '');
  const firstLine = source.split(/\r?\n/, 1)[0] ?? '';
  const sep = firstLine.split(';').length > firstLine.split(',').length ? ';' : ',';
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i];
    if (quoted) {
      if (ch === '"' && source[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === sep) {
      row.push(cell);
      cell = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && source[i + 1] === '\n') i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += ch;
  }
  if (cell || row.length) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}

/** The header of a column in the template: its name in the language, starred when the cell is required. */
export function templateHeader(column: ImportColumn, lang: Lang): string {
  const header = TRAINEE_IMPORT_HEADERS[column];
  return header.required ? `${header[lang]} *` : header[lang];
}

/**
 * The import template as an XLSX workbook: a sheet with the headers and one example row (every cell
 * text, so Excel keeps 17/05/1990 as written), and a sheet listing the values the coded columns take.
 */
export async function traineeTemplate(lang: Lang): Promise<Buffer> {
  const vi = lang === 'vi';
  const example: Record<ImportColumn, string> = {
    staffCode: 'CB-0001',
    fullName: 'Nguyễn Thị Hoa',
    dateOfBirth: '17/05/1990',
    gender: LABELS.gender.female[lang],
    agencyCode: agencyLabel('SNV', lang),
    districtCode: '',
    commune: '',
    level: LABELS.level.province[lang],
    group: LABELS.group['civil-servant'][lang],
    position: vi ? 'Chuyên viên' : 'Officer',
    email: 'hoa.nt@example.vn',
    phone: '0227 3831 234',
  };
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(vi ? 'Học viên' : 'Trainees');
  sheet.columns = TRAINEE_IMPORT_COLUMNS.map((column) => ({
    header: templateHeader(column, lang),
    key: column,
    width: Math.max(14, templateHeader(column, lang).length + 4),
    style: { numFmt: '@' },
  }));
  sheet.getRow(1).font = { bold: true };
  sheet.addRow(example);
  sheet.views = [{ state: 'frozen', ySplit: 1 }];

  const lists = workbook.addWorksheet(vi ? 'Danh mục' : 'Lists');
  const columns: [string, string[]][] = [
    [TRAINEE_IMPORT_HEADERS.gender[lang], Object.values(LABELS.gender).map((l) => l[lang])],
    [TRAINEE_IMPORT_HEADERS.level[lang], Object.values(LABELS.level).map((l) => l[lang])],
    [TRAINEE_IMPORT_HEADERS.group[lang], Object.values(LABELS.group).map((l) => l[lang])],
    [
      TRAINEE_IMPORT_HEADERS.agencyCode[lang],
      AGENCIES.filter((a) => !a.validTo).map((a) => pickLabel(a, lang)),
    ],
    [TRAINEE_IMPORT_HEADERS.districtCode[lang], DISTRICTS.map((d) => pickLabel(d, lang))],
  ];
  lists.columns = columns.map(([header]) => ({ header, width: 40 }));
  lists.getRow(1).font = { bold: true };
  const longest = Math.max(...columns.map(([, values]) => values.length));
  for (let i = 0; i < longest; i++) lists.addRow(columns.map(([, values]) => values[i] ?? ''));
  const note = vi
    ? `Tối đa ${MAX_IMPORT_ROWS} dòng và 5 MB mỗi tệp. Ngày viết dd/mm/yyyy. Cột có dấu * bắt buộc.`
    : `At most ${MAX_IMPORT_ROWS} rows and 5 MB a file. Dates as dd/mm/yyyy. Columns marked * are required.`;
  lists.addRow([]);
  lists.addRow([note]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
