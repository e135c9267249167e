import type { FileDownload, FileUpload } from '@ascc/contracts';
import { ServiceError } from '../errors/service-error';

/**
 * What a file really is, from its first bytes (its "magic number"), not from the name or type the
 * sender declared: a renamed executable must not pass as a photo.
 */
export const ALLOWED_FILE_TYPES = {
  'image/jpeg': { kind: 'photo', extensions: ['jpg', 'jpeg'] },
  'image/png': { kind: 'photo', extensions: ['png'] },
  'image/webp': { kind: 'photo', extensions: ['webp'] },
  'application/pdf': { kind: 'document', extensions: ['pdf'] },
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': {
    kind: 'document',
    extensions: ['docx'],
  },
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': {
    kind: 'document',
    extensions: ['xlsx'],
  },
} as const;

export type AllowedFileType = keyof typeof ALLOWED_FILE_TYPES;

const startsWith = (bytes: Uint8Array, prefix: readonly number[], offset = 0) =>
  bytes.length >= offset + prefix.length && prefix.every((b, i) => bytes[offset + i] === b);
const ascii = (text: string) => [...text].map((c) => c.charCodeAt(0));

/** The allowed type the bytes are, or undefined when they are none of them. */
export function sniffFileType(bytes: Uint8Array): AllowedFileType | undefined {
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (startsWith(bytes, ascii('RIFF')) && startsWith(bytes, ascii('WEBP'), 8)) return 'image/webp';
  if (startsWith(bytes, ascii('%PDF-'))) return 'application/pdf';
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
    // DOCX and XLSX are ZIP packages; their part names (stored uncompressed in the local headers)
    // tell a Word document from a workbook.
    const names = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString('latin1');
    if (names.includes('word/'))
      return 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
    if (names.includes('xl/')) return 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
  }
  return undefined;
}

export interface FileCheck {
  ok: boolean;
  type?: AllowedFileType;
  /** Which part of the upload is wrong: `contentType` or `fileName`. */
  problem?: 'contentType' | 'fileName';
}

/**
 * An upload is accepted when its bytes are an allowed type, the declared type is that type, and the
 * file name's extension belongs to it.
 */
export function checkUpload(bytes: Uint8Array, declaredType: string, fileName: string): FileCheck {
  const type = sniffFileType(bytes);
  if (!type || declaredType.toLowerCase() !== type) return { ok: false, problem: 'contentType' };
  const extension = fileName.toLowerCase().split('.').pop() ?? '';
  if (!(ALLOWED_FILE_TYPES[type].extensions as readonly string[]).includes(extension))
    return { ok: false, type, problem: 'fileName' };
  return { ok: true, type };
}

/** An upload that passed `checkedUpload`: its bytes, and what they really are. */
export interface CheckedUpload {
  bytes: Buffer;
  type: AllowedFileType;
  kind: (typeof ALLOWED_FILE_TYPES)[AllowedFileType]['kind'];
}

/**
 * The bytes of an uploaded photo or document (the message's schema already bounded its size), or a 400
 * naming `file.contentType` (not an allowed type, checked on the content) or `file.fileName` (an
 * extension that is not its type's). Every service that keeps attachments checks them with this.
 */
export function checkedUpload(file: FileUpload): CheckedUpload {
  const bytes = Buffer.from(file.base64, 'base64');
  const check = checkUpload(bytes, file.contentType, file.fileName);
  if (!check.ok || !check.type) {
    throw new ServiceError('VALIDATION_FAILED', 'The file is not an allowed photo or document', [
      check.problem === 'fileName'
        ? { path: 'file.fileName', code: 'extension', message: 'The file name does not match its type' }
        : {
            path: 'file.contentType',
            code: 'file_type',
            message: 'Allowed: JPEG, PNG, WebP photos; PDF, DOCX, XLSX documents (checked on the content)',
            params: { allowed: Object.keys(ALLOWED_FILE_TYPES) },
          },
    ]);
  }
  return { bytes, type: check.type, kind: ALLOWED_FILE_TYPES[check.type].kind };
}

/** A kept attachment: what every service's attachment table holds of its file. */
export interface StoredFile {
  fileName: string;
  contentType: string;
  size: number;
}

/** An attachment as its record's history names it when added or removed: its name and size. */
export const storedFileLabel = (file: StoredFile): string => `${file.fileName} (${file.size} B)`;

/** An attachment as the download route answers it (its bytes loaded). */
export function fileDownload(file: StoredFile & { bytes: Uint8Array }): FileDownload {
  return {
    fileName: file.fileName,
    contentType: file.contentType,
    base64: Buffer.from(file.bytes).toString('base64'),
  };
}

/** One attachment too many for its record (`holder`: "An event", "A line"): 400 naming `file`. */
export function attachmentsFull(max: number, holder: string): ServiceError {
  return ServiceError.refuse('attachmentsFull', { max }, `${holder} keeps at most ${max} attachments`, {
    at: { path: 'file', code: 'too_many' },
  });
}
