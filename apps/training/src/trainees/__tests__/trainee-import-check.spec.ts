import { checkImportRows } from '../trainee-import-check';

const values = (staffCode: string, fullName: string) => ({
  staffCode,
  fullName,
  gender: 'Nữ',
  agencyCode: 'Sở Nội vụ',
  level: 'Cấp tỉnh',
  group: 'Công chức',
});

describe(checkImportRows.name, () => {
  it('accepts good rows and answers the trainees to write', () => {
    const { rows, valid } = checkImportRows(
      [
        { row: 2, values: values('CB-01', 'Nguyễn Thị An') },
        { row: 3, values: values(' CB-02 ', ' Trần Thị Bình ') },
      ],
      new Map(),
    );
    expect(rows).toEqual([
      { row: 2, staffCode: 'CB-01', fullName: 'Nguyễn Thị An', accepted: true, reasons: [] },
      { row: 3, staffCode: 'CB-02', fullName: 'Trần Thị Bình', accepted: true, reasons: [] },
    ]);
    expect(valid.map((t) => [t.staffCode, t.gender, t.level, t.group])).toEqual([
      ['CB-01', 'female', 'province', 'civil-servant'],
      ['CB-02', 'female', 'province', 'civil-servant'],
    ]);
  });

  it('refuses a staff code the registry holds, naming its holder, and one repeated from a row above', () => {
    const { rows, valid } = checkImportRows(
      [
        { row: 2, values: values('CB-01', 'Nguyễn Thị An') },
        { row: 3, values: values('CB-09', 'Lê Văn Cường') },
        { row: 4, values: values('CB-01', 'Phạm Thị Dung') },
      ],
      new Map([['CB-09', 'Lê Văn Cường']]),
    );
    expect(rows.map((r) => r.accepted)).toEqual([true, false, false]);
    expect(rows[1].reasons).toEqual([
      expect.objectContaining({
        field: 'staffCode',
        params: { rule: 'staffCodeTaken', staffCode: 'CB-09', name: 'Lê Văn Cường' },
      }),
    ]);
    expect(rows[2].reasons).toEqual([
      expect.objectContaining({
        field: 'staffCode',
        message: 'Same staff code as row 2',
        params: { rule: 'importSameStaffCode', row: 2 },
      }),
    ]);
    expect(valid.map((t) => t.staffCode)).toEqual(['CB-01']);
  });

  it("reports a row's bad cells and leaves it out of the trainees to write", () => {
    const { rows, valid } = checkImportRows(
      [{ row: 2, values: { ...values('', 'Nguyễn Thị An'), gender: 'x' } }],
      new Map(),
    );
    expect(rows[0]).toEqual(expect.objectContaining({ staffCode: null, accepted: false }));
    expect(rows[0].reasons.map((r) => r.field)).toEqual(['staffCode', 'gender']);
    expect(valid).toEqual([]);
  });
});
