import { checkUpload, sniffFileType } from '../file-type';
import { SAMPLES } from './file-samples';

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
