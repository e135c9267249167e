import { fileNameOf } from '../download';

describe('downloaded file names', () => {
  it('keeps the exact Vietnamese name the server gave', () => {
    const header = `attachment; filename="Chung chi.pdf"; filename*=UTF-8''${encodeURIComponent('Chứng chỉ.pdf')}`;
    expect(fileNameOf(header)).toBe('Chứng chỉ.pdf');
  });

  it('falls back to the plain name, then to a generic one', () => {
    expect(fileNameOf('attachment; filename="report.xlsx"')).toBe('report.xlsx');
    expect(fileNameOf(null)).toBe('download');
  });
});
