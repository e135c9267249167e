/** Bytes from numbers and latin1 text. */
const bytes = (...parts: (number[] | string)[]) =>
  new Uint8Array(parts.flatMap((p) => (typeof p === 'string' ? [...Buffer.from(p, 'latin1')] : p)));

/** Tiny files that start like the real thing: enough for the magic-byte check of uploads (service-kit files). */
export const SAMPLES = {
  jpeg: bytes([0xff, 0xd8, 0xff, 0xe0, 0, 0x10], 'JFIF'),
  png: bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13], 'IHDR'),
  webp: bytes('RIFF', [0x24, 0, 0, 0], 'WEBPVP8 '),
  pdf: bytes('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n'),
  docx: bytes([0x50, 0x4b, 0x03, 0x04, 20, 0], '[Content_Types].xml', 'word/document.xml'),
  xlsx: bytes([0x50, 0x4b, 0x03, 0x04, 20, 0], '[Content_Types].xml', 'xl/workbook.xml'),
  docxType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  exe: bytes('MZ\x90\x00\x03'),
  zip: bytes([0x50, 0x4b, 0x03, 0x04, 20, 0], 'notes.txt'),
};
