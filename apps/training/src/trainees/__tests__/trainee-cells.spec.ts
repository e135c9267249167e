import { parseImportDate, parseTraineeRow, unitCode } from '../trainee-cells';

const rules = (issues: { path: string; params?: Record<string, unknown> }[]) =>
  issues.map((i) => `${i.path}:${String(i.params?.rule ?? '')}`);

describe(parseImportDate.name, () => {
  it('reads dates as offices write them: dd/mm/yyyy, d/m/yyyy, ISO and Excel serials', () => {
    expect(parseImportDate('17/05/1990')).toBe('1990-05-17');
    expect(parseImportDate('7/5/1990')).toBe('1990-05-07');
    expect(parseImportDate('07-05-1990')).toBe('1990-05-07');
    expect(parseImportDate('07.05.1990')).toBe('1990-05-07');
    expect(parseImportDate('1990-05-17')).toBe('1990-05-17');
    // Excel stores 17/05/1990 as day 33010 (its day 1 is 1 January 1900, and it counts 29/02/1900).
    expect(parseImportDate('33010')).toBe('1990-05-17');
    expect(parseImportDate('1')).toBe('1900-01-01');
    expect(parseImportDate('61')).toBe('1900-03-01');
    expect(parseImportDate('60')).toBe('invalid');
  });

  it('refuses days that do not exist and text that is no date', () => {
    expect(parseImportDate('31/02/1990')).toBe('invalid');
    expect(parseImportDate('29/02/1991')).toBe('invalid');
    expect(parseImportDate('1990-13-01')).toBe('invalid');
    expect(parseImportDate('05/17/1990')).toBe('invalid');
    expect(parseImportDate('mười bảy')).toBe('invalid');
    expect(parseImportDate('0')).toBe('invalid');
    expect(parseImportDate('29/02/1992')).toBe('1992-02-29');
  });
});

describe(unitCode.name, () => {
  it('finds agencies and districts by code or name, in Vietnamese or English, without diacritics or case', () => {
    expect(unitCode('agency', 'SNV')).toBe('SNV');
    expect(unitCode('agency', 'snv')).toBe('SNV');
    expect(unitCode('agency', 'Sở Nội vụ')).toBe('SNV');
    expect(unitCode('agency', 'so noi vu')).toBe('SNV');
    expect(unitCode('agency', 'Department of Home Affairs')).toBe('SNV');
    expect(unitCode('district', 'Huyện Đông Hưng')).toBe('H-DONGHUNG');
    expect(unitCode('district', 'dong hung')).toBe('H-DONGHUNG');
    expect(unitCode('district', 'Dong Hung District')).toBe('H-DONGHUNG');
    expect(unitCode('district', 'TP Thái Bình')).toBe('TP-THAIBINH');
    expect(unitCode('agency', 'Sở Không Có')).toBeUndefined();
  });
});

describe(parseTraineeRow.name, () => {
  const row = {
    staffCode: 'CB-01',
    fullName: 'Nguyễn Thị Hoa',
    dateOfBirth: '17/05/1990',
    gender: 'Nữ',
    agencyCode: 'Sở Nội vụ',
    districtCode: '',
    commune: '',
    level: 'Cấp tỉnh',
    group: 'Công chức',
    position: '',
    email: '',
    phone: '',
  };

  it('reads a row as an office writes it: labels, names, dd/mm/yyyy, blank optional cells empty', () => {
    const { trainee, issues } = parseTraineeRow(row);
    expect(issues).toEqual([]);
    expect(trainee).toMatchObject({
      staffCode: 'CB-01',
      dateOfBirth: '1990-05-17',
      gender: 'female',
      agencyCode: 'SNV',
      districtCode: null,
      commune: null,
      level: 'province',
      group: 'civil-servant',
      email: null,
      phone: null,
    });
  });

  it('takes the English labels and the codes of the enumerated columns as well', () => {
    const english = parseTraineeRow({ ...row, gender: 'male', level: 'District', group: 'Public employee' });
    expect(english.trainee).toMatchObject({ gender: 'male', level: 'district', group: 'public-employee' });
    const upper = parseTraineeRow({ ...row, gender: 'NAM', level: 'cap huyen', group: 'CADRE' });
    expect(upper.trainee).toMatchObject({ gender: 'male', level: 'district', group: 'cadre' });
  });

  it('refuses each bad cell once, by its column and rule, and writes nothing of the row', () => {
    const { trainee, issues } = parseTraineeRow({
      ...row,
      dateOfBirth: '31/02/1990',
      gender: '',
      agencyCode: 'Sở Không Có',
      level: 'Cấp trung ương',
      email: 'not-an-email',
    });
    expect(trainee).toBeUndefined();
    expect(rules(issues)).toEqual([
      'dateOfBirth:importDate',
      'gender:required',
      'agencyCode:importUnknownUnit',
      'level:importOption',
      'email:',
    ]);
    expect(issues[0].params).toMatchObject({ value: '31/02/1990' });
    expect(issues[2].params).toMatchObject({ value: 'Sở Không Có', kind: 'agency' });
  });

  it("keeps the contract's own rules: a unit is needed, commune staff name their commune", () => {
    const { issues } = parseTraineeRow({ ...row, agencyCode: '', level: 'Cấp xã' });
    expect(rules(issues)).toEqual(['agencyCode:unitRequired', 'commune:communeRequired']);
  });
});
