import { Unzip, UnzipInflate, type UnzipFile, unzipSync, zipSync } from 'fflate';
import { ServiceError } from '@ascc/service-kit';
import { ImportFileError } from './trainee-file-error';

/** What an XLSX import may unpack to: a 5,000-row sheet is a few MB; these leave room and stop a bomb. */
export const XLSX_ARCHIVE_LIMITS = {
  /** Parts in the zip (a workbook has a dozen or so). */
  maxEntries: 1000,
  /** All parts inflated together. */
  maxBytes: 50 * 1024 * 1024,
  /** Inflated to compressed, for a part of at least `ratioFromBytes` (tiny parts compress oddly well). */
  maxRatio: 100,
  ratioFromBytes: 1024 * 1024,
  /** Columns of the sheet (CV): a trainee list has a dozen; the reader's work per row grows with the last. */
  maxColumns: 100,
};
export type XlsxArchiveLimits = typeof XLSX_ARCHIVE_LIMITS;

/** The parts the sheet reader needs; everything else in the archive is only counted. */
const WANTED =
  /^xl\/(workbook\.xml|_rels\/workbook\.xml\.rels|sharedStrings\.xml|styles\.xml|worksheets\/sheet\d+\.xml)$/;
/** Bytes handed to the inflater at once: one push inflates to at most ~1,032 times this. */
const CHUNK_BYTES = 16 * 1024;

const megabytes = (bytes: number) => bytes / 1024 / 1024;

function tooManyEntries(limits: XlsxArchiveLimits) {
  return ServiceError.refuse(
    'importArchiveEntries',
    { maxEntries: limits.maxEntries },
    `The XLSX file has more than ${limits.maxEntries} parts`,
    { at: { path: 'file', code: 'refused' } },
  );
}

function tooLarge(limits: XlsxArchiveLimits) {
  return ServiceError.refuse(
    'importArchiveTooLarge',
    { maxMegabytes: megabytes(limits.maxBytes) },
    `The XLSX file unpacks to more than ${megabytes(limits.maxBytes)} MB`,
    { at: { path: 'file', code: 'refused' } },
  );
}

function tooCompressed(limits: XlsxArchiveLimits) {
  return ServiceError.refuse(
    'importArchiveRatio',
    { maxRatio: limits.maxRatio },
    `The XLSX file has a part compressed more than ${limits.maxRatio} to 1`,
    { at: { path: 'file', code: 'refused' } },
  );
}

/**
 * The zip's central directory, read without inflating a byte: refuses an archive with too many parts,
 * parts whose declared sizes add up past the limit, or a large part compressed past the ratio.
 * Answers each part's declared inflated size.
 */
function checkDirectory(bytes: Uint8Array, limits: XlsxArchiveLimits): Map<string, number> {
  const declared = new Map<string, number>();
  let total = 0;
  unzipSync(bytes, {
    filter: (file) => {
      if (declared.size >= limits.maxEntries) throw tooManyEntries(limits);
      declared.set(file.name, file.originalSize);
      total += file.originalSize;
      if (total > limits.maxBytes) throw tooLarge(limits);
      if (file.originalSize >= limits.ratioFromBytes && file.originalSize > limits.maxRatio * file.size)
        throw tooCompressed(limits);
      return false;
    },
  });
  return declared;
}

/**
 * The parts of an XLSX file the sheet reader needs, checked before anything is parsed. First the
 * central directory (no inflating); then every part as the file's local headers give it, inflated a
 * few KB at a time and counted, the output kept only for the wanted parts: a part the directory does
 * not list, or one inflating past the size the directory declares (a directory that lies to pass the
 * first check), makes the file unreadable as soon as it is seen. Answers the wanted parts
 * repacked uncompressed, in the order a streaming reader wants them (shared strings before the sheet).
 * Refuses (400 naming `file`) an archive over a limit; an unreadable one is an `ImportFileError`.
 */
export function checkedXlsxParts(bytes: Buffer, limits: XlsxArchiveLimits = XLSX_ARCHIVE_LIMITS): Buffer {
  const data = new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let declared: Map<string, number>;
  try {
    declared = checkDirectory(data, limits);
  } catch (error) {
    if (error instanceof ServiceError) throw error;
    throw new ImportFileError('The file is not a readable XLSX workbook', 'importUnreadable');
  }

  const parts = new Map<string, Uint8Array[]>();
  let entries = 0;
  let inflated = 0;
  let refusal: ServiceError | undefined;
  let unreadable = false;
  const stop = (file: UnzipFile, error?: ServiceError) => {
    if (error) refusal ??= error;
    else unreadable = true;
    file.terminate();
  };
  const unzip = new Unzip((file) => {
    if (refusal || unreadable) return file.terminate();
    if (++entries > limits.maxEntries) return stop(file, tooManyEntries(limits));
    const size = declared.get(file.name);
    if (size === undefined) return stop(file);
    const chunks: Uint8Array[] | undefined = WANTED.test(file.name) ? [] : undefined;
    if (chunks) parts.set(file.name, chunks);
    let read = 0;
    file.ondata = (error, chunk) => {
      if (error) return stop(file);
      read += chunk.length;
      inflated += chunk.length;
      if (read > size) return stop(file);
      if (inflated > limits.maxBytes) return stop(file, tooLarge(limits));
      chunks?.push(chunk);
    };
    file.start();
  });
  unzip.register(UnzipInflate);
  try {
    for (let at = 0; at < data.length && !refusal && !unreadable; at += CHUNK_BYTES) {
      unzip.push(data.subarray(at, at + CHUNK_BYTES), at + CHUNK_BYTES >= data.length);
    }
  } catch {
    unreadable = true;
  }
  if (refusal) throw refusal;
  if (unreadable) throw new ImportFileError('The file is not a readable XLSX workbook', 'importUnreadable');

  const sheets = [...parts.keys()]
    .filter((name) => name.startsWith('xl/worksheets/'))
    .sort((a, b) => sheetNumber(a) - sheetNumber(b));
  if (!parts.has('xl/workbook.xml') || !parts.has('xl/_rels/workbook.xml.rels'))
    throw new ImportFileError('The file is not a readable XLSX workbook', 'importUnreadable');
  if (!sheets.length) throw new ImportFileError('The workbook has no sheet', 'importFileEmpty');
  const part = (name: string) => Buffer.concat(parts.get(name) ?? []);
  const repacked: Record<string, Uint8Array> = {};
  for (const name of ['xl/_rels/workbook.xml.rels', 'xl/workbook.xml', 'xl/styles.xml']) {
    if (parts.has(name)) repacked[name] = part(name);
  }
  // Without a shared strings part (a sheet of numbers or inline text) the reader would park the sheet
  // in a temporary file: an empty one lets it read the sheet as it comes.
  repacked['xl/sharedStrings.xml'] = parts.has('xl/sharedStrings.xml')
    ? part('xl/sharedStrings.xml')
    : Buffer.from('<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"/>');
  repacked[sheets[0]] = part(sheets[0]);
  checkSheetWidth(repacked[sheets[0]], limits);
  return Buffer.from(zipSync(repacked, { level: 0 }));
}

/** The cell references of a sheet's XML (`<c r="XFD7" …>`): only the column letters are looked at. */
const CELL_COLUMN = /<c\b[^>]*?\br="([A-Z]{1,3})[0-9]+"/g;

/**
 * Refuses a sheet with a cell past `maxColumns`: the streaming reader walks every column up to a row's
 * last cell, so rows of one far-right cell (`XFD`) would cost seconds per thousand rows.
 */
function checkSheetWidth(sheet: Uint8Array, limits: XlsxArchiveLimits): void {
  const xml = Buffer.from(sheet.buffer, sheet.byteOffset, sheet.byteLength).toString('latin1');
  for (const [, letters] of xml.matchAll(CELL_COLUMN)) {
    let column = 0;
    for (const letter of letters) column = column * 26 + letter.charCodeAt(0) - 64;
    if (column > limits.maxColumns)
      throw ServiceError.refuse(
        'importSheetTooWide',
        { maxColumns: limits.maxColumns },
        `The sheet has a cell past column ${limits.maxColumns}`,
        { at: { path: 'file', code: 'refused' } },
      );
  }
}

function sheetNumber(name: string): number {
  return Number(/sheet(\d+)\.xml$/.exec(name)?.[1]);
}
