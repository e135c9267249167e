import ExcelJS from 'exceljs';
import { TRAINEE_IMPORT_COLUMNS } from '@ascc/contracts';

export type ImportColumn = (typeof TRAINEE_IMPORT_COLUMNS)[number];

/** Header names a file may use for each column: the field name, or its Vietnamese label. */
const HEADER_ALIASES: Record<ImportColumn, string[]> = {
  staffCode: ['staffcode', 'ma can bo', 'ma cb', 'ma nhan vien'],
  fullName: ['fullname', 'ho va ten', 'ho ten'],
  dateOfBirth: ['dateofbirth', 'ngay sinh'],
  gender: ['gender', 'gioi tinh'],
  agencyCode: ['agencycode', 'co quan', 'ma co quan'],
  districtCode: ['districtcode', 'huyen', 'ma huyen'],
  commune: ['commune', 'xa', 'xa/phuong', 'xa phuong'],
  level: ['level', 'cap'],
  group: ['group', 'doi tuong', 'nhom'],
  position: ['position', 'chuc vu'],
  email: ['email', 'thu dien tu'],
  phone: ['phone', 'dien thoai', 'so dien thoai'],
};

/** Values a file may use for enumerations, in Vietnamese or English, mapped to the contract's values. */
const VALUE_ALIASES: Partial<Record<ImportColumn, Record<string, string>>> = {
  gender: { nu: 'female', nữ: 'female', f: 'female', nam: 'male', m: 'male' },
  level: {
    tinh: 'province',
    huyen: 'district',
    xa: 'commune',
    'cap tinh': 'province',
    'cap huyen': 'district',
    'cap xa': 'commune',
  },
  group: { 'can bo': 'cadre', 'cong chuc': 'civil-servant', 'vien chuc': 'public-employee' },
};

const fold = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .trim()
    .replace(/\s+/g, ' ');

export interface ParsedRow {
  /** 1-based row number in the file (the header is row 1). */
  row: number;
  values: Partial<Record<ImportColumn, string>>;
}

export class ImportFileError extends Error {}

/** The rows of a CSV or XLSX import file, keyed by column, with empty rows skipped. */
export async function readTraineeFile(
  fileName: string,
  bytes: Buffer,
  maxRows: number,
): Promise<ParsedRow[]> {
  const lower = fileName.toLowerCase();
  let table: string[][];
  if (lower.endsWith('.xlsx')) table = await readXlsx(bytes);
  else if (lower.endsWith('.csv')) table = readCsv(bytes.toString('utf8'));
  else throw new ImportFileError('Send a .csv or .xlsx file');
  const header = table[0];
  if (!header) throw new ImportFileError('The file is empty');
  const columns = header.map((name) => {
    const folded = fold(name).replace(/[^a-z0-9/ ]/g, '');
    return (Object.keys(HEADER_ALIASES) as ImportColumn[]).find(
      (c) => c.toLowerCase() === folded.replace(/ /g, '') || HEADER_ALIASES[c].includes(folded),
    );
  });
  if (!columns.includes('staffCode') || !columns.includes('fullName'))
    throw new ImportFileError('The first row must name the columns, with at least staffCode and fullName');
  const rows: ParsedRow[] = [];
  for (let r = 1; r < table.length; r++) {
    const cells = table[r];
    if (cells.every((c) => !c.trim())) continue;
    const values: ParsedRow['values'] = {};
    columns.forEach((column, i) => {
      if (!column) return;
      const raw = (cells[i] ?? '').trim();
      values[column] = VALUE_ALIASES[column]?.[fold(raw)] ?? raw;
    });
    rows.push({ row: r + 1, values });
    if (rows.length > maxRows) throw new ImportFileError(`The file has more than ${maxRows} rows: split it`);
  }
  return rows;
}

async function readXlsx(bytes: Buffer): Promise<string[][]> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw new ImportFileError('The file is not a readable XLSX workbook');
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new ImportFileError('The workbook has no sheet');
  const table: string[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    const cells: string[] = [];
    for (let c = 1; c <= row.cellCount; c++) cells.push(cellText(row.getCell(c).value));
    table[rowNumber - 1] = cells;
  });
  return Array.from(table, (cells) => cells ?? []);
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
