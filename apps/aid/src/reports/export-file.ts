import ExcelJS from 'exceljs';
import type { FileDownload } from '@ascc/contracts';
import { type XlsxFormat, csvFile, formatXlsxColumns } from '@ascc/service-kit';

export interface Column {
  header: string;
  /** XLSX column width in characters (22 by default) and number format (money, count…). */
  width?: number;
  format?: XlsxFormat;
  /** Numbers stay numbers in XLSX; CSV writes them without grouping. */
  value: (row: Record<string, unknown>) => string | number | null;
}

/** A total as an XLSX number where one holds it exactly, otherwise as its digits. */
export function dongCell(value: unknown): number | string {
  const n = Number(value);
  return Number.isSafeInteger(n) ? n : String(value);
}

/** A table as CSV (UTF-8 with a BOM, so spreadsheet programs read Vietnamese right) or XLSX. */
export async function tableFile(
  format: 'csv' | 'xlsx',
  baseName: string,
  sheetName: string,
  columns: Column[],
  rows: Record<string, unknown>[],
): Promise<FileDownload> {
  if (format === 'csv') {
    return csvFile(baseName, [columns.map((c) => c.header), ...rows.map((row) => columns.map((c) => c.value(row)))]);
  }
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(sheetName);
  sheet.addRow(columns.map((c) => c.header));
  for (const row of rows) sheet.addRow(columns.map((c) => c.value(row)));
  formatXlsxColumns(
    sheet,
    columns.map((c) => ({ width: c.width ?? 22, format: c.format })),
    1,
  );
  const buffer = Buffer.from(await workbook.xlsx.writeBuffer());
  return {
    fileName: `${baseName}.xlsx`,
    contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    base64: buffer.toString('base64'),
  };
}
