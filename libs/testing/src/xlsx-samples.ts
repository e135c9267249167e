import zlib from 'node:zlib';

/**
 * Hand-made zip archives and workbooks for the XLSX import's tests: bombs (a sheet inflating to hundreds
 * of MB from a file of a few hundred KB, built without ever holding the inflated text), liars, long sheets.
 */

/** One part of a hand-made zip: its bytes as stored, and what it says about itself. */
export interface ZipPart {
  name: string;
  /** The bytes as stored (deflated when `method` is 8). */
  stored: Buffer;
  method: 0 | 8;
  crc: number;
  /** The inflated size the headers declare (a liar declares less than it inflates to). */
  size: number;
}

/** A zip archive of the parts, sizes as declared, no data descriptors (APPNOTE 4.3). */
export function zipOf(parts: ZipPart[]): Buffer {
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    const name = Buffer.from(part.name, 'utf8');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(part.method, 8);
    local.writeUInt32LE(part.crc >>> 0, 14);
    local.writeUInt32LE(part.stored.length, 18);
    local.writeUInt32LE(part.size, 22);
    local.writeUInt16LE(name.length, 26);
    locals.push(local, name, part.stored);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(20, 4);
    entry.writeUInt16LE(20, 6);
    entry.writeUInt16LE(part.method, 10);
    entry.writeUInt32LE(part.crc >>> 0, 16);
    entry.writeUInt32LE(part.stored.length, 20);
    entry.writeUInt32LE(part.size, 24);
    entry.writeUInt16LE(name.length, 28);
    entry.writeUInt32LE(offset, 42);
    central.push(entry, name);
    offset += local.length + name.length + part.stored.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/** A deflated part from text. */
export function deflatedPart(name: string, text: string | Buffer): ZipPart {
  const bytes = Buffer.isBuffer(text) ? text : Buffer.from(text, 'utf8');
  return { name, stored: zlib.deflateRawSync(bytes), method: 8, crc: zlib.crc32(bytes), size: bytes.length };
}

/**
 * A deflated part of `head`, then `block` repeated `times`, then `tail`, without ever holding the whole
 * text: each piece is deflated on its own up to a full flush (no reference across pieces), so the one
 * deflated block of `block` can be repeated; 1 MB of spaces deflates to about 1 KB.
 */
export function repeatedPart(
  name: string,
  head: string,
  block: Buffer,
  times: number,
  tail: string,
): ZipPart {
  const flush = { finishFlush: zlib.constants.Z_FULL_FLUSH };
  const start = zlib.deflateRawSync(Buffer.from(head), flush);
  const middle = zlib.deflateRawSync(block, flush);
  const end = zlib.deflateRawSync(Buffer.from(tail));
  let crc = zlib.crc32(head);
  for (let i = 0; i < times; i++) crc = zlib.crc32(block, crc);
  crc = zlib.crc32(tail, crc);
  return {
    name,
    stored: Buffer.concat([start, ...Array.from({ length: times }, () => middle), end]),
    method: 8,
    crc,
    size: Buffer.byteLength(head) + block.length * times + Buffer.byteLength(tail),
  };
}

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const RELS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const DOC_RELS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** The parts of a one-sheet workbook besides the sheet itself (inline strings: no shared strings part). */
export function workbookParts(): ZipPart[] {
  return [
    deflatedPart(
      '[Content_Types].xml',
      `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`,
    ),
    deflatedPart(
      '_rels/.rels',
      `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${RELS}"><Relationship Id="rId1" Type="${DOC_RELS}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    ),
    deflatedPart(
      'xl/workbook.xml',
      `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${MAIN}" xmlns:r="${DOC_RELS}"><sheets><sheet name="Trainees" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    ),
    deflatedPart(
      'xl/_rels/workbook.xml.rels',
      `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${RELS}"><Relationship Id="rId1" Type="${DOC_RELS}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
    ),
  ];
}

export const SHEET_HEAD = `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${MAIN}"><sheetData>`;
export const SHEET_TAIL = '</sheetData></worksheet>';

/** One sheet row of inline-string cells. */
export function sheetRow(row: number, cells: string[]): string {
  const columns = cells.map(
    (text, i) => `<c r="${String.fromCharCode(65 + i)}${row}" t="inlineStr"><is><t>${text}</t></is></c>`,
  );
  return `<row r="${row}">${columns.join('')}</row>`;
}
