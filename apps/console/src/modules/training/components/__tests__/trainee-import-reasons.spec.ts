import { translator } from '../../../../i18n/translate';
import { reasonText } from '../trainee-import';

const vi = translator('vi');
const en = translator('en');

describe(reasonText.name, () => {
  it("names the column by its header and says what is wrong with the cell in the reader's language", () => {
    const date = {
      field: 'dateOfBirth',
      code: 'custom',
      message: '31/02/1990 is not a date (dd/mm/yyyy)',
      params: { rule: 'importDate', value: '31/02/1990' },
    };
    expect(reasonText(date, 'vi', vi)).toBe(
      'Ngày sinh: «31/02/1990» không phải là ngày hợp lệ; hãy viết ngày/tháng/năm, ví dụ 17/05/1990',
    );
    expect(reasonText(date, 'en', en)).toBe(
      'Date of birth: "31/02/1990" is not a valid date; write day/month/year, e.g. 17/05/1990',
    );
  });

  it('lists the labels an enumerated column takes, never its 40 codes', () => {
    const level = {
      field: 'level',
      code: 'custom',
      message: '…',
      params: { rule: 'importOption', value: 'Cấp trung ương' },
    };
    expect(reasonText(level, 'vi', vi)).toBe(
      'Cấp: «Cấp trung ương» không có trong danh sách lựa chọn (Ghi một trong: Cấp tỉnh, Cấp huyện, Cấp xã)',
    );
    const agency = {
      field: 'agencyCode',
      code: 'custom',
      message: '…',
      params: { rule: 'importUnknownUnit', value: 'Sở Không Có', kind: 'agency' },
    };
    expect(reasonText(agency, 'vi', vi)).toBe(
      'Cơ quan: Không tìm thấy cơ quan «Sở Không Có» trong danh mục; ghi tên hoặc mã cơ quan',
    );
  });

  it('says a blank required cell is required, and names the trainee who already holds a staff code', () => {
    expect(
      reasonText({ field: 'gender', code: 'custom', message: '…', params: { rule: 'required' } }, 'vi', vi),
    ).toBe('Giới tính: Vui lòng nhập thông tin này');
    const taken = {
      field: 'staffCode',
      code: 'duplicate',
      message: '…',
      params: { rule: 'staffCodeTaken', staffCode: 'T-1', name: 'Nguyễn Thị Hoa' },
    };
    expect(reasonText(taken, 'vi', vi)).toBe('Mã cán bộ: Mã cán bộ T-1 đã là của học viên Nguyễn Thị Hoa');
    expect(
      reasonText(
        { field: 'email', code: 'invalid_format', message: 'Invalid email', params: { format: 'email' } },
        'en',
        en,
      ),
    ).toBe('Email: This is not an e-mail address, e.g. name@example.gov.vn');
  });
});
