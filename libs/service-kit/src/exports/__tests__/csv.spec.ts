import { csvCell, csvFile, csvText } from '../csv';

describe('csv', () => {
  it.each([
    ['=HYPERLINK("http://evil.example","x")', `"'=HYPERLINK(""http://evil.example"",""x"")"`],
    ['+1+cmd|" /C calc"!A0', `"'+1+cmd|"" /C calc""!A0"`],
    ['-2+3+cmd|x!A1', "'-2+3+cmd|x!A1"],
    ['@SUM(A1:A9)', "'@SUM(A1:A9)"],
    ['\t=1+1', "'\t=1+1"],
    ['\r=1+1', `"'\r=1+1"`],
  ])('neutralises the text cell %j so a spreadsheet shows it as text', (text, written) => {
    expect(csvCell(text)).toBe(written);
  });

  it('writes numbers as numbers, negative amounts included, and a total kept as digits as that number', () => {
    expect(csvCell(-1_250_000)).toBe('-1250000');
    expect(csvCell(0)).toBe('0');
    expect(csvCell(-12.5)).toBe('-12.5');
    expect(csvCell(-12_345_678_901_234_567_890n)).toBe('-12345678901234567890');
    expect(csvCell('-12345678901234567890')).toBe('-12345678901234567890');
    expect(csvCell('1000000000000000001')).toBe('1000000000000000001');
  });

  it('leaves ordinary text alone and quotes separators, quotes and line breaks (RFC 4180)', () => {
    expect(csvCell('Lễ hội Đền Trần')).toBe('Lễ hội Đền Trần');
    expect(csvCell('a, b')).toBe('"a, b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('x-y=z')).toBe('x-y=z');
    expect(csvCell(null)).toBe('');
  });

  it('writes a file with a byte-order mark and CRLF lines', () => {
    expect(
      csvText([
        ['name', 'amount'],
        ['=1+1', -5],
      ]),
    ).toBe("\ufeffname,amount\r\n'=1+1,-5\r\n");
    const file = csvFile('report', [['a'], ['@x']]);
    expect(file).toMatchObject({ fileName: 'report.csv', contentType: 'text/csv; charset=utf-8' });
    expect(Buffer.from(file.base64, 'base64').toString('utf8')).toBe("\ufeffa\r\n'@x\r\n");
  });
});
