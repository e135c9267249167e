import {
  type ServiceError,
  attachmentsFull,
  checkUpload,
  checkedUpload,
  fileDownload,
  sniffFileType,
  storedFileLabel,
} from '@ascc/service-kit';
import { SAMPLES } from '../file-samples';

describe('file type by magic bytes', () => {
  it('recognises each allowed type from its content', () => {
    expect(sniffFileType(SAMPLES.jpeg)).toBe('image/jpeg');
    expect(sniffFileType(SAMPLES.png)).toBe('image/png');
    expect(sniffFileType(SAMPLES.webp)).toBe('image/webp');
    expect(sniffFileType(SAMPLES.pdf)).toBe('application/pdf');
    expect(sniffFileType(SAMPLES.docx)).toBe(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );
    expect(sniffFileType(SAMPLES.xlsx)).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
  });

  it('refuses an executable or a plain ZIP whatever they are called', () => {
    expect(sniffFileType(SAMPLES.exe)).toBeUndefined();
    expect(sniffFileType(SAMPLES.zip)).toBeUndefined();
    expect(checkUpload(SAMPLES.exe, 'image/jpeg', 'photo.jpg')).toEqual({
      ok: false,
      problem: 'contentType',
    });
  });

  it('refuses a declared type that the content contradicts, and a name of another type', () => {
    expect(checkUpload(SAMPLES.png, 'image/jpeg', 'photo.jpg').problem).toBe('contentType');
    expect(checkUpload(SAMPLES.png, 'image/png', 'photo.pdf').problem).toBe('fileName');
    expect(checkUpload(SAMPLES.jpeg, 'image/jpeg', 'Ảnh lễ hội.JPEG')).toEqual({
      ok: true,
      type: 'image/jpeg',
    });
  });
});

describe(checkedUpload.name, () => {
  const upload = (data: Uint8Array, contentType: string, fileName: string) => ({
    fileName,
    contentType,
    base64: Buffer.from(data).toString('base64'),
  });
  const refusal = (run: () => unknown) => {
    try {
      run();
    } catch (error) {
      return error as ServiceError;
    }
    throw new Error('expected a refusal');
  };

  it('hands back the bytes and what they are', () => {
    const checked = checkedUpload(upload(SAMPLES.pdf, 'application/pdf', 'du-toan.pdf'));
    expect(checked.type).toBe('application/pdf');
    expect(checked.kind).toBe('document');
    expect(checked.bytes.equals(Buffer.from(SAMPLES.pdf))).toBe(true);
  });

  it('refuses with a 400 naming the part of the upload that is wrong', () => {
    const renamed = refusal(() => checkedUpload(upload(SAMPLES.exe, 'application/pdf', 'du-toan.pdf')));
    expect(renamed.body.code).toBe('VALIDATION_FAILED');
    expect(renamed.body.fields?.map((f) => f.path)).toEqual(['file.contentType']);
    const misnamed = refusal(() => checkedUpload(upload(SAMPLES.pdf, 'application/pdf', 'du-toan.xlsx')));
    expect(misnamed.body.fields?.map((f) => f.path)).toEqual(['file.fileName']);
  });
});

describe('a kept attachment', () => {
  const kept = { fileName: 'bao-gia.pdf', contentType: 'application/pdf', size: SAMPLES.pdf.length };

  it('downloads as its name, type and bytes, and is named in a history by its name and size', () => {
    const download = fileDownload({ ...kept, bytes: SAMPLES.pdf });
    expect(download).toEqual({
      fileName: 'bao-gia.pdf',
      contentType: 'application/pdf',
      base64: expect.any(String),
    });
    expect(Buffer.from(download.base64, 'base64').equals(Buffer.from(SAMPLES.pdf))).toBe(true);
    expect(storedFileLabel(kept)).toBe(`bao-gia.pdf (${SAMPLES.pdf.length} B)`);
  });

  it('one too many is refused by its rule, naming the file', () => {
    const full = attachmentsFull(10, 'A line');
    expect(full.body.code).toBe('VALIDATION_FAILED');
    expect(full.message).toBe('A line keeps at most 10 attachments');
    expect(full.body.fields).toEqual([
      expect.objectContaining({
        path: 'file',
        code: 'too_many',
        params: expect.objectContaining({ max: 10 }),
      }),
    ]);
  });
});
