import { tableFile } from '../export-file';

describe(tableFile.name, () => {
  it('writes a CSV whose text cells cannot run as formulas, while negative amounts stay numbers', async () => {
    const file = await tableFile(
      'csv',
      'projects',
      'Projects',
      [
        { header: 'Name', value: (r) => r.name as string },
        { header: 'Change', value: (r) => r.change as number },
      ],
      [
        { name: '=HYPERLINK("http://evil.example","Open")', change: -1_500_000 },
        { name: '@SUM(A1)', change: 2_000 },
      ],
    );
    expect(Buffer.from(file.base64, 'base64').toString('utf8')).toBe(
      '\ufeffName,Change\r\n"\'=HYPERLINK(""http://evil.example"",""Open"")",-1500000\r\n\'@SUM(A1),2000\r\n',
    );
  });
});
