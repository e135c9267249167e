import { parseTraineeRow } from '../trainee-cells';
import { readCsv, readTraineeFile, traineeTemplate } from '../trainee-file';

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
