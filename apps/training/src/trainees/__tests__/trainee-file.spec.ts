import ExcelJS from 'exceljs';
import { MAX_IMPORT_ROWS } from '@ascc/contracts';
import { parseTraineeRow } from '../trainee-cells';
import { readCsv, readTraineeFile, traineeTemplate } from '../trainee-file';
import {
  SHEET_HEAD,
  SHEET_TAIL,
  deflatedPart,
  repeatedPart,
  sheetRow,
  workbookParts,
  zipOf,
} from '@ascc/testing';

describe(readCsv.name, () => {
  it('reads quotes, doubled quotes, CRLF, a BOM and semicolon separators', () => {
    expect(readCsv('\uFEFFa,b\r\n"x, y","say ""hi"""\r\n')).toEqual([
      ['a', 'b'],
      ['x, y', 'say "hi"'],
    ]);
    expect(readCsv('a;b\n1;2')).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
  });
});

describe(readTraineeFile.name, () => {
  it('maps Vietnamese and English headers (a required mark too), keeps file row numbers and skips blank rows', async () => {
    const csv = 'Mã cán bộ *,Họ và tên,Gender,Cấp\nA-1,Lê Văn A,Nam,Xã\n,,,\nA-2,Lê Thị B,Nữ,cấp huyện\n';
    const rows = await readTraineeFile('x.csv', Buffer.from(csv), 10);
    expect(rows).toEqual([
      { row: 2, values: { staffCode: 'A-1', fullName: 'Lê Văn A', gender: 'Nam', level: 'Xã' } },
      { row: 4, values: { staffCode: 'A-2', fullName: 'Lê Thị B', gender: 'Nữ', level: 'cấp huyện' } },
    ]);
  });

  it('reads back its own template: the headers of both languages, the example row valid as written', async () => {
    for (const lang of ['vi', 'en'] as const) {
      const rows = await readTraineeFile('t.xlsx', await traineeTemplate(lang), 10);
      expect(rows).toHaveLength(1);
      expect(rows[0].values).toMatchObject({ staffCode: 'CB-0001', dateOfBirth: '17/05/1990' });
      expect(parseTraineeRow(rows[0].values).issues).toEqual([]);
    }
  });
  it('refuses a file without the needed header, of another type, or too long', async () => {
    await expect(readTraineeFile('x.csv', Buffer.from('a,b\n1,2'), 10)).rejects.toThrow(/first row/);
    await expect(readTraineeFile('x.pdf', Buffer.from(''), 10)).rejects.toThrow(/csv/);
    const many = 'staffCode,fullName\n' + Array.from({ length: 4 }, (_, i) => `C${i},N`).join('\n');
    await expect(readTraineeFile('x.csv', Buffer.from(many), 3)).rejects.toThrow(/more than 3/);
  });
});

/** What a refused file answers: the 400 naming `file`, with its rule and params. */
const refusedBy = (rule: string, params: Record<string, unknown>) => ({
  body: {
    code: 'VALIDATION_FAILED',
    status: 400,
    fields: [{ path: 'file', params: { rule, ...params } }],
  },
});

const MB = 1024 * 1024;
const spaces = Buffer.alloc(MB, 0x20);

describe('readTraineeFile on a hostile XLSX file', () => {
  it('refuses a zip bomb (a 300 KB file whose sheet inflates to 300 MB) at once, memory barely moving', async () => {
    const bomb = zipOf([
      ...workbookParts(),
      repeatedPart(
        'xl/worksheets/sheet1.xml',
        SHEET_HEAD + sheetRow(1, ['staffCode', 'fullName']),
        spaces,
        300,
        SHEET_TAIL,
      ),
    ]);
    expect(bomb.length).toBeLessThan(MB);
    global.gc?.();
    const rssBefore = process.memoryUsage().rss;
    const started = Date.now();
    await expect(readTraineeFile('bomb.xlsx', bomb, MAX_IMPORT_ROWS)).rejects.toMatchObject(
      refusedBy('importArchiveTooLarge', { maxMegabytes: 50 }),
    );
    expect(Date.now() - started).toBeLessThan(2000);
    expect(process.memoryUsage().rss - rssBefore).toBeLessThan(100 * MB);
  }, 120_000);

  it('refuses a bomb whose zip directory lies about its sizes, as soon as a part inflates past its size', async () => {
    const sheet = repeatedPart('xl/worksheets/sheet1.xml', SHEET_HEAD, spaces, 300, SHEET_TAIL);
    const liar = zipOf([...workbookParts(), { ...sheet, size: 2000 }]);
    global.gc?.();
    const rssBefore = process.memoryUsage().rss;
    const started = Date.now();
    await expect(readTraineeFile('liar.xlsx', liar, MAX_IMPORT_ROWS)).rejects.toMatchObject({
      rule: 'importUnreadable',
    });
    expect(Date.now() - started).toBeLessThan(2000);
    expect(process.memoryUsage().rss - rssBefore).toBeLessThan(100 * MB);
  }, 120_000);

  it('refuses a part compressed more than 100 to 1, and more than 1,000 parts', async () => {
    const dense = zipOf([
      ...workbookParts(),
      repeatedPart('xl/worksheets/sheet1.xml', SHEET_HEAD, spaces, 20, SHEET_TAIL),
    ]);
    await expect(readTraineeFile('dense.xlsx', dense, MAX_IMPORT_ROWS)).rejects.toMatchObject(
      refusedBy('importArchiveRatio', { maxRatio: 100 }),
    );
    const crowded = zipOf([
      ...workbookParts(),
      deflatedPart(
        'xl/worksheets/sheet1.xml',
        SHEET_HEAD + sheetRow(1, ['staffCode', 'fullName']) + SHEET_TAIL,
      ),
      ...Array.from({ length: 1000 }, (_, i) => deflatedPart(`xl/media/image${i}.png`, 'x')),
    ]);
    await expect(readTraineeFile('crowded.xlsx', crowded, MAX_IMPORT_ROWS)).rejects.toMatchObject(
      refusedBy('importArchiveEntries', { maxEntries: 1000 }),
    );
  });

  it('refuses a sheet of 6,000 rows naming the cap', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Trainees');
    sheet.addRow(['staffCode', 'fullName']);
    for (let i = 0; i < 6000; i++) sheet.addRow([`CB-${i}`, `Nguyễn Văn ${i}`]);
    const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
    await expect(readTraineeFile('many.xlsx', bytes, MAX_IMPORT_ROWS)).rejects.toMatchObject({
      rule: 'importTooManyRows',
      params: { max: MAX_IMPORT_ROWS },
      message: expect.stringContaining('more than 5000 rows'),
    });
  });

  it('stops reading at the row past the cap: what follows it is never parsed', async () => {
    const rows = Array.from({ length: MAX_IMPORT_ROWS + 1 }, (_, i) =>
      sheetRow(i + 2, [`CB-${i}`, `Trainee ${i}`]),
    );
    // Half a megabyte of rows past the cap, then XML no parser accepts: reading it all would fail.
    const after = sheetRow(MAX_IMPORT_ROWS + 3, ['x', 'y']).repeat(8000) + '<row r="1"><c></row>';
    const sheet = SHEET_HEAD + sheetRow(1, ['staffCode', 'fullName']) + rows.join('') + after + SHEET_TAIL;
    const file = zipOf([...workbookParts(), deflatedPart('xl/worksheets/sheet1.xml', sheet)]);
    await expect(readTraineeFile('long.xlsx', file, MAX_IMPORT_ROWS)).rejects.toMatchObject({
      rule: 'importTooManyRows',
      params: { max: MAX_IMPORT_ROWS },
    });
  });

  it('keeps no blank row: rows numbered far apart do not grow the table', async () => {
    // A table indexed by row number would be 50 million entries long.
    const far = [10_000, 1_000_000, 50_000_000].map((r) => `<row r="${r}"><c r="B${r}"/></row>`);
    const sheet =
      SHEET_HEAD +
      sheetRow(1, ['staffCode', 'fullName']) +
      sheetRow(2, ['CB-1', 'A']) +
      far.join('') +
      sheetRow(50_000_001, ['CB-2', 'B']) +
      SHEET_TAIL;
    const file = zipOf([...workbookParts(), deflatedPart('xl/worksheets/sheet1.xml', sheet)]);
    global.gc?.();
    const rssBefore = process.memoryUsage().rss;
    const started = Date.now();
    expect(await readTraineeFile('sparse.xlsx', file, MAX_IMPORT_ROWS)).toEqual([
      { row: 2, values: { staffCode: 'CB-1', fullName: 'A' } },
      { row: 50_000_001, values: { staffCode: 'CB-2', fullName: 'B' } },
    ]);
    expect(Date.now() - started).toBeLessThan(2000);
    expect(process.memoryUsage().rss - rssBefore).toBeLessThan(100 * MB);
  });

  it('refuses at once a sheet with cells past column 100, whose rows the reader would walk to the end', async () => {
    const wide = Array.from({ length: 20_000 }, (_, i) => `<row r="${i + 3}"><c r="XFD${i + 3}"/></row>`);
    const sheet = SHEET_HEAD + sheetRow(1, ['staffCode', 'fullName']) + wide.join('') + SHEET_TAIL;
    const file = zipOf([...workbookParts(), deflatedPart('xl/worksheets/sheet1.xml', sheet)]);
    const started = Date.now();
    await expect(readTraineeFile('wide.xlsx', file, MAX_IMPORT_ROWS)).rejects.toMatchObject(
      refusedBy('importSheetTooWide', { maxColumns: 100 }),
    );
    expect(Date.now() - started).toBeLessThan(2000);
    const edge =
      SHEET_HEAD +
      sheetRow(1, ['staffCode', 'fullName']) +
      '<row r="2"><c r="A2" t="inlineStr"><is><t>CB-9</t></is></c><c r="B2" t="inlineStr"><is><t>C</t></is></c><c r="CV2"/></row>' +
      SHEET_TAIL;
    expect(
      await readTraineeFile(
        'edge.xlsx',
        zipOf([...workbookParts(), deflatedPart('xl/worksheets/sheet1.xml', edge)]),
        10,
      ),
    ).toEqual([{ row: 2, values: { staffCode: 'CB-9', fullName: 'C' } }]);
  });

  it('still reads an ordinary workbook: shared strings, inline strings, dates, several sheets', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Học viên');
    sheet.addRow(['Mã cán bộ *', 'Họ và tên', 'Ngày sinh']);
    for (let i = 0; i < 300; i++) sheet.addRow([`CB-${i}`, `Lê Thị ${i}`, new Date(Date.UTC(1990, 4, 17))]);
    workbook.addWorksheet('Ghi chú').addRow(['not read']);
    const rows = await readTraineeFile('ok.xlsx', Buffer.from(await workbook.xlsx.writeBuffer()), 5000);
    expect(rows).toHaveLength(300);
    expect(rows[299]).toEqual({
      row: 301,
      values: { staffCode: 'CB-299', fullName: 'Lê Thị 299', dateOfBirth: '1990-05-17' },
    });
    const inline = zipOf([
      ...workbookParts(),
      deflatedPart(
        'xl/worksheets/sheet1.xml',
        SHEET_HEAD +
          sheetRow(1, ['staffCode', 'fullName']) +
          sheetRow(2, ['CB-1', 'Trần Văn B']) +
          SHEET_TAIL,
      ),
    ]);
    expect(await readTraineeFile('inline.xlsx', inline, 10)).toEqual([
      { row: 2, values: { staffCode: 'CB-1', fullName: 'Trần Văn B' } },
    ]);
  });
});
