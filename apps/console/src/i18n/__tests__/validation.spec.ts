import {
  CreateAidProjectSchema,
  CreateAidTransactionSchema,
  CreateBudgetEstimateSchema,
  CreateCulturalEventSchema,
  CreateDelegationSchema,
  CreateRegistrationSchema,
  CreateTraineeSchema,
  CreateTrainingCourseSchema,
  ChangeCourseStatusSchema,
  type FieldError,
  TransitionCulturalEventSchema,
  UpdateConsolidationSchema,
  SERVICE_FIELD_CODES,
  UploadAttachmentSchema,
  VALIDATION_RULES,
  VALIDATION_RULE_NAMES,
  fieldErrorsFromZod,
  ruleParams,
} from '@ascc/contracts';
import { fieldErrorsToFormFields } from '../../shared/form/form-values';
import { translate } from '../translate';
import { translateIssue } from '../validation';

/** Issues exactly as the console meets them: zod's, through the same mapping the gateway uses. */
function issuesOf(
  schema: { safeParse(v: unknown): { error?: Parameters<typeof fieldErrorsFromZod>[0] } },
  value: unknown,
) {
  const { error } = schema.safeParse(value);
  if (!error) throw new Error('expected the value to be invalid');
  return fieldErrorsFromZod(error);
}

function issueAt(issues: FieldError[], path: string): FieldError {
  const issue = issues.find((i) => i.path === path);
  if (!issue) throw new Error(`no issue at ${path}: ${JSON.stringify(issues)}`);
  return issue;
}

const validCourse = {
  code: 'NV-2026-01',
  titleVi: 'Bồi dưỡng hội nhập quốc tế',
  titleEn: 'International integration',
  topic: 'international-integration',
  targetLevel: 'commune',
  agencyCode: 'SNV',
  startDate: '2026-05-10',
  endDate: '2026-05-12',
  capacity: 60,
  costEstimate: 120_000_000,
};

describe(translateIssue.name, () => {
  it('asks for a missing value, whether zod saw nothing (invalid_type) or an empty text (too_small)', () => {
    const issues = issuesOf(CreateTrainingCourseSchema, {
      ...validCourse,
      titleVi: '   ',
      titleEn: undefined,
    });
    expect(translateIssue(issueAt(issues, 'titleVi'), 'vi')).toBe('Vui lòng nhập thông tin này');
    expect(translateIssue(issueAt(issues, 'titleEn'), 'vi')).toBe('Vui lòng nhập thông tin này');
    expect(translateIssue(issueAt(issues, 'titleEn'), 'en')).toBe('This field is required');
  });

  it('names the bounds of numbers, grouping large ones as the language writes them', () => {
    const issues = issuesOf(CreateTrainingCourseSchema, { ...validCourse, capacity: 2001 });
    expect(translateIssue(issueAt(issues, 'capacity'), 'vi')).toBe('Giá trị không được vượt quá 2000');
    expect(translateIssue(issueAt(issues, 'capacity'), 'en')).toBe('Must be 2000 or less');

    const audience = issuesOf(CreateCulturalEventSchema, { expectedAudience: 20_000_000 });
    expect(translateIssue(issueAt(audience, 'expectedAudience'), 'vi')).toBe(
      'Giá trị không được vượt quá 10.000.000',
    );
    expect(translateIssue(issueAt(audience, 'expectedAudience'), 'en')).toBe('Must be 10,000,000 or less');

    const zero = issuesOf(CreateTrainingCourseSchema, { ...validCourse, capacity: 0 });
    expect(translateIssue(issueAt(zero, 'capacity'), 'vi')).toBe('Giá trị phải từ 1 trở lên');
  });

  it('says a negative number is refused as negative, and names a step in the language’s decimals', () => {
    const negative = issuesOf(CreateCulturalEventSchema, { costEstimate: -5_000_000 });
    expect(translateIssue(issueAt(negative, 'costEstimate'), 'vi')).toBe('Không được là số âm');
    expect(translateIssue(issueAt(negative, 'costEstimate'), 'en')).toBe('Cannot be negative');

    const step = issuesOf(CreateTrainingCourseSchema, { ...validCourse, passScore: 8.3 });
    expect(translateIssue(issueAt(step, 'passScore'), 'vi')).toBe('Giá trị phải là bội số của 0,25');
    expect(translateIssue(issueAt(step, 'passScore'), 'en')).toBe('Must be a multiple of 0.25');
    const fraction = issuesOf(CreateTrainingCourseSchema, { ...validCourse, capacity: 1.5 });
    expect(translateIssue(issueAt(fraction, 'capacity'), 'en')).toBe('Enter a whole number');
  });

  it('says a number typed so it cannot be read is no number as the language writes it', () => {
    const issue = { path: 'amount', code: 'not_a_number', message: 'Not a number as written' };
    expect(translateIssue(issue, 'vi')).toMatch(/^Không phải là số theo cách viết tiếng Việt: .*1\.234\.567/);
    expect(translateIssue(issue, 'en')).toMatch(/^Not a number as written in English: .*1,234,567/);
  });

  it('does not group years, which would read as numbers ("2.017")', () => {
    const issues = issuesOf(CreateBudgetEstimateSchema, { fiscalYear: 2016 });
    expect(translateIssue(issueAt(issues, 'fiscalYear'), 'vi')).toBe('Giá trị phải từ 2017 trở lên');
  });

  it('words text length limits', () => {
    const issues = issuesOf(CreateTrainingCourseSchema, { ...validCourse, titleVi: 'x'.repeat(301) });
    expect(translateIssue(issueAt(issues, 'titleVi'), 'vi')).toBe('Không quá 300 ký tự');
    expect(translateIssue(issueAt(issues, 'titleVi'), 'en')).toBe('Enter at most 300 characters');
  });

  it('asks for a whole number where a fraction was given (money in đồng)', () => {
    const issues = issuesOf(CreateTrainingCourseSchema, { ...validCourse, costEstimate: 1.5 });
    expect(translateIssue(issueAt(issues, 'costEstimate'), 'vi')).toBe('Vui lòng nhập số nguyên');
  });

  it('tells a malformed date from a malformed pattern', () => {
    const issues = issuesOf(CreateTrainingCourseSchema, {
      ...validCourse,
      code: 'bad code',
      startDate: '2026-02-30',
    });
    expect(translateIssue(issueAt(issues, 'startDate'), 'en')).toBe('This is not a valid date');
    expect(translateIssue(issueAt(issues, 'code'), 'vi')).toBe('Không đúng định dạng yêu cầu');
    expect(translateIssue(issueAt(issues, 'code'), 'en')).toBe('This does not match the required format');
  });

  it('asks to choose from the list for a value outside an enum', () => {
    const issues = issuesOf(CreateTrainingCourseSchema, { ...validCourse, topic: 'cooking' });
    expect(translateIssue(issueAt(issues, 'topic'), 'vi')).toBe('Vui lòng chọn một giá trị trong danh sách');
    expect(translateIssue(issueAt(issues, 'topic'), 'en')).toBe('Choose one of the listed values');
  });

  it("words the contracts' own rules by params.rule: an end before the start", () => {
    const issues = issuesOf(CreateTrainingCourseSchema, { ...validCourse, endDate: '2026-05-01' });
    expect(translateIssue(issueAt(issues, 'endDate'), 'vi')).toBe(
      'Ngày kết thúc không được trước ngày bắt đầu',
    );
    expect(translateIssue(issueAt(issues, 'endDate'), 'en')).toBe(
      'The end date cannot be before the start date',
    );
  });

  it('words a control character or broken Unicode beside the field, from the client or the server', () => {
    for (const bad of ['Khóa\u0000học', 'Khóa học \uD83C']) {
      const issues = issuesOf(CreateTrainingCourseSchema, { ...validCourse, titleVi: bad });
      expect(issueAt(issues, 'titleVi').params).toEqual({ rule: 'malformedText' });
      expect(translateIssue(issueAt(issues, 'titleVi'), 'vi')).toBe(
        'Có ký tự điều khiển hoặc ký tự Unicode bị hỏng (thường do sao chép từ tệp khác); hãy gõ lại phần đó',
      );
      expect(translateIssue(issueAt(issues, 'titleVi'), 'en')).toBe(
        'Contains a control character or broken Unicode (often from copying out of another file); retype that part',
      );
    }
    // The gateway's answer to a body that is not UTF-8 names the same rule.
    const body: FieldError = {
      path: 'body',
      code: 'custom',
      message: 'The body is not valid UTF-8',
      params: { rule: 'malformedText' },
    };
    expect(translateIssue(body, 'en')).toMatch(/^Contains a control character or broken Unicode/);
  });

  it("words the server's duplicate, sent as its own code or as a custom rule", () => {
    const server: FieldError = { path: 'code', code: 'duplicate', message: 'This code is already used' };
    expect(translateIssue(server, 'vi')).toBe('Giá trị này trùng với một bản ghi đã có');
    expect(translateIssue({ ...server, code: 'custom', params: { rule: 'duplicate' } }, 'en')).toBe(
      'This value is already used by another record',
    );
  });

  it('words the fields of a trainee: a unit and, for commune-level staff, the commune', () => {
    const issues = issuesOf(CreateTraineeSchema, {
      staffCode: 'CB-001',
      fullName: 'Nguyễn Văn A',
      gender: 'male',
      level: 'commune',
      group: 'cadre',
    });
    expect(translateIssue(issueAt(issues, 'agencyCode'), 'vi')).toBe(
      'Chọn cơ quan hoặc huyện, thị xã, thành phố của đơn vị',
    );
    expect(translateIssue(issueAt(issues, 'agencyCode'), 'en')).toBe("Choose the unit's agency or district");
    expect(translateIssue(issueAt(issues, 'commune'), 'vi')).toBe(
      'Cán bộ cấp xã cần ghi rõ xã, phường, thị trấn',
    );
    expect(translateIssue(issueAt(issues, 'commune'), 'en')).toBe('Commune-level staff need their commune');
  });

  it("words a course's sessions outside its dates and a foreign-language course without its language", () => {
    const issues = issuesOf(CreateTrainingCourseSchema, {
      ...validCourse,
      topic: 'foreign-language',
      sessions: [{ date: '2026-06-01', topic: 'Late' }],
    });
    expect(translateIssue(issueAt(issues, 'sessions.0.date'), 'vi')).toBe(
      'Buổi học phải nằm trong thời gian của khóa học',
    );
    expect(translateIssue(issueAt(issues, 'sessions.0.date'), 'en')).toBe(
      "The session must fall within the course's dates",
    );
    expect(translateIssue(issueAt(issues, 'language'), 'vi')).toBe(
      'Khóa học ngoại ngữ cần chọn ngôn ngữ giảng dạy',
    );
    expect(translateIssue(issueAt(issues, 'language'), 'en')).toBe(
      'Choose the language a foreign-language course teaches',
    );

    const cancel = issuesOf(ChangeCourseStatusSchema, {
      id: '3f1c2a4e-8b7d-4c3a-9f1e-2d5b6a7c8e9f',
      version: 1,
      status: 'cancelled',
    });
    expect(translateIssue(issueAt(cancel, 'reason'), 'en')).toBe('This field is required');
  });

  it('names the sum of the percentages an aid project gave, when it knows what was sent', () => {
    const project = {
      code: 'VT-01',
      titleVi: 'Nước sạch',
      titleEn: 'Clean water',
      agencyCode: 'SNGV',
      participants: [{ role: 'implementing', name: 'Plan' }],
      sectors: [
        { code: '14030', percentage: 60 },
        { code: '14030', percentage: 30 },
      ],
      locations: [{ districtCode: 'H-DONGHUNG', percentage: 100 }],
      status: 'approved',
    };
    const issues = issuesOf(CreateAidProjectSchema, project);
    const sum = issues.find((i) => i.path === 'sectors' && i.params?.rule === 'percentagesSum');
    if (!sum) throw new Error(JSON.stringify(issues));
    expect(translateIssue(sum, 'en', project)).toBe('The percentages add up to 90; they must add up to 100');
    expect(translateIssue(sum, 'vi', project)).toBe('Tổng các tỷ lệ đang là 90%; phải bằng 100%');
    expect(translateIssue(sum, 'en')).toBe('The percentages must add up to 100');

    // A form places it beside the sectors list, with the sum of what it checked.
    const placed = fieldErrorsToFormFields(issues, ['sectors', 'locations'], 'en', project);
    expect(placed.fields.find((f) => f.name === 'sectors')?.errors).toContain(
      'The percentages add up to 90; they must add up to 100',
    );

    const twice = issues.find((i) => i.path === 'sectors' && i.params?.rule === 'duplicate');
    expect(twice && translateIssue(twice, 'en')).toBe('The same entry is listed twice');
    expect(translateIssue(issueAt(issues, 'participants'), 'vi')).toBe('Cần ít nhất một tổ chức tài trợ');
    expect(translateIssue(issueAt(issues, 'decisionNo'), 'en')).toBe('This field is required');
  });

  it('asks for the exchange rate of a foreign amount and a positive amount', () => {
    const issues = issuesOf(CreateAidTransactionSchema, {
      projectId: '3f1c2a4e-8b7d-4c3a-9f1e-2d5b6a7c8e9f',
      type: 'commitment',
      date: '2026-01-05',
      amount: '0',
      currency: 'USD',
    });
    expect(translateIssue(issueAt(issues, 'exchangeRate'), 'vi')).toBe(
      'Số tiền bằng ngoại tệ cần có tỷ giá quy đổi ra đồng',
    );
    expect(translateIssue(issueAt(issues, 'exchangeRate'), 'en')).toBe(
      'An amount in a foreign currency needs its exchange rate to đồng',
    );
    expect(translateIssue(issueAt(issues, 'amount'), 'en')).toBe('Must be more than zero');
  });

  it('asks to choose a country left empty, rather than calling it unknown', () => {
    const sent = { id: '3f1c2a4e-8b7d-4c3a-9f1e-2d5b6a7c8e9f', name: 'Souk', contact: 'souk@example.org' };
    const issues = issuesOf(CreateRegistrationSchema, sent);
    expect(translateIssue(issueAt(issues, 'countryCode'), 'vi', sent)).toBe('Vui lòng chọn quốc gia');
    expect(translateIssue(issueAt(issues, 'countryCode'), 'en', sent)).toBe('Choose a country');
    const unknown = { ...sent, countryCode: 'XX' };
    expect(
      translateIssue(issueAt(issuesOf(CreateRegistrationSchema, unknown), 'countryCode'), 'vi', unknown),
    ).toBe('Quốc gia không có trong danh mục');
  });

  it('names an unknown country and a country listed twice on a delegation', () => {
    const issues = issuesOf(CreateDelegationSchema, { countryCodes: ['XX'] });
    expect(translateIssue(issueAt(issues, 'countryCodes.0'), 'vi')).toBe('Quốc gia không có trong danh mục');
    expect(translateIssue(issueAt(issues, 'countryCodes.0'), 'en')).toBe(
      'This country is not in the list of countries',
    );
    const twice = issuesOf(CreateDelegationSchema, { countryCodes: ['LA', 'LA'] });
    expect(translateIssue(issueAt(twice, 'countryCodes'), 'en')).toBe('The same entry is listed twice');
  });

  it("names a cultural event's plan areas, a missing reason, and an attachment over 5 MB", () => {
    const issues = issuesOf(CreateCulturalEventSchema, { planArea: 'III.1' });
    expect(translateIssue(issueAt(issues, 'planArea'), 'vi')).toBe(
      'Chọn một trong các nội dung Kế hoạch: III.5, III.9',
    );
    expect(translateIssue(issueAt(issues, 'planArea'), 'en')).toBe(
      'Choose one of the plan areas III.5, III.9',
    );

    const postpone = issuesOf(TransitionCulturalEventSchema, {
      id: '3f1c2a4e-8b7d-4c3a-9f1e-2d5b6a7c8e9f',
      version: 1,
      to: 'postponed',
    });
    expect(translateIssue(issueAt(postpone, 'reason'), 'vi')).toBe('Vui lòng nhập thông tin này');

    const big = issuesOf(UploadAttachmentSchema, {
      id: '3f1c2a4e-8b7d-4c3a-9f1e-2d5b6a7c8e9f',
      file: { fileName: 'a.pdf', contentType: 'application/pdf', base64: 'A'.repeat(7_000_004) },
    });
    expect(translateIssue(issueAt(big, 'file.base64'), 'vi')).toBe('Tệp lớn hơn 5 MB');
    expect(translateIssue(issueAt(big, 'file.base64'), 'en')).toBe('The file is larger than 5 MB');
  });

  it("words the attachment checks the culture service makes on the file's content", () => {
    const type: FieldError = { path: 'file.contentType', code: 'file_type', message: 'Allowed: …' };
    expect(translateIssue(type, 'vi')).toBe('Chỉ nhận ảnh JPEG, PNG, WebP và tài liệu PDF, DOCX, XLSX');
    expect(translateIssue(type, 'en')).toBe(
      'Only JPEG, PNG, WebP photos and PDF, DOCX, XLSX documents are accepted',
    );
    const name: FieldError = { path: 'file.fileName', code: 'extension', message: '…' };
    expect(translateIssue(name, 'en')).toBe("The file name's extension does not match its content");
  });

  it('words the budget limits in money: a line over 10^15 đồng and an approval over the request', () => {
    const line: FieldError = {
      path: 'lines.2.amount',
      code: 'too_big',
      message: 'The amount (quantity × unit cost) must be at most 10^15 đồng',
      params: { maximum: 1_000_000_000_000_000 },
    };
    expect(translateIssue(line, 'vi')).toBe(
      'Thành tiền (số lượng × đơn giá) không được vượt quá 1.000.000.000.000.000\u00a0₫',
    );
    const approved: FieldError = {
      path: 'lines.0.approvedAmount',
      code: 'too_big',
      message: 'The approved amount cannot exceed the requested amount',
      params: { maximum: 50_000_000 },
    };
    expect(translateIssue(approved, 'vi')).toBe(
      'Số được duyệt không được vượt quá số đề nghị (50.000.000\u00a0₫)',
    );
    expect(translateIssue(approved, 'en')).toBe(
      'The approved amount cannot exceed the requested amount (VND\u00a050,000,000)',
    );
    const total: FieldError = { ...line, path: 'lines' };
    expect(translateIssue(total, 'en')).toBe(
      "The estimate's total must be at most VND\u00a01,000,000,000,000,000",
    );
    const noLines: FieldError = {
      path: 'lines',
      code: 'custom',
      message: 'Add at least one line',
      params: { rule: 'estimateWithoutLines' },
    };
    expect(translateIssue(noLines, 'vi')).toBe('Cần ít nhất một dòng dự toán');
    const noComment: FieldError = {
      path: 'comment',
      code: 'custom',
      message: 'A returned estimate needs a comment',
      params: { rule: 'returnWithoutComment' },
    };
    expect(translateIssue(noComment, 'vi')).toBe(
      'Khi trả lại dự toán, hãy ghi rõ cần sửa gì (nhận xét chung hoặc ở từng dòng)',
    );
    expect(translateIssue(noComment, 'en')).toBe(
      'When returning an estimate, say what to correct (a comment on the estimate or on a line)',
    );
    const year: FieldError = { path: 'fiscalYear', code: 'duplicate', message: '…' };
    expect(translateIssue(year, 'en')).toBe('This agency already has an estimate for this year');
    const decide = issuesOf(UpdateConsolidationSchema, { fiscalYear: 2026, action: 'decide', version: 1 });
    expect(translateIssue(issueAt(decide, 'decisionNumber'), 'en')).toBe('This field is required');
  });

  it('names the version someone else saved in a stale-version 409', () => {
    const stale: FieldError = {
      path: 'version',
      code: 'stale',
      message: 'The record has a newer version',
      params: { rule: 'staleVersion', currentVersion: 4 },
    };
    expect(translateIssue(stale, 'vi')).toBe('Người khác vừa lưu phiên bản 4; hãy tải lại rồi sửa lại');
    expect(translateIssue({ ...stale, code: 'custom' }, 'en')).toBe(
      'Someone else saved version 4; reload and edit again',
    );
    expect(translateIssue({ ...stale, params: {} }, 'en')).toBe(
      'Someone else saved a newer version; reload and edit again',
    );
  });

  describe("every rule and field code of the contracts' lists has its own wording", () => {
    const generic = { vi: translate('vi', 'validation.invalid'), en: translate('en', 'validation.invalid') };
    const expectWorded = (issue: FieldError) => {
      for (const lang of ['vi', 'en'] as const) {
        const text = translateIssue(issue, lang);
        expect({ issue, lang, text }).toEqual({ issue, lang, text: expect.stringMatching(/\S/) });
        expect({ issue, lang, text }).toEqual({ issue, lang, text: expect.not.stringMatching(/[{}]/) });
        expect({ issue, lang, generic: text === generic[lang] }).toEqual({ issue, lang, generic: false });
      }
    };

    it('words every validation rule in both languages, with its params filled and without them', () => {
      expect(VALIDATION_RULE_NAMES.length).toBeGreaterThan(30);
      for (const rule of VALIDATION_RULE_NAMES) {
        const filled = Object.fromEntries(VALIDATION_RULES[rule].map((name: string) => [name, 'X']));
        expectWorded({ path: 'x', code: 'custom', message: 'English', params: ruleParams(rule, filled) });
        expectWorded({ path: 'x', code: 'custom', message: 'English', params: ruleParams(rule) });
      }
    });

    it('words every field code the services send', () => {
      for (const code of SERVICE_FIELD_CODES) expectWorded({ path: 'x', code, message: 'English' });
    });

    it('words the rules the schemas raise where a form shows them: a country or sector listed twice, a file', () => {
      const twice = issuesOf(CreateDelegationSchema, { countryCodes: ['LA', 'LA'] });
      expect(issueAt(twice, 'countryCodes').params).toEqual({ rule: 'duplicate' });
      expect(translateIssue(issueAt(twice, 'countryCodes'), 'vi')).toBe('Danh sách có một mục bị lặp lại');
      const decide = issuesOf(UpdateConsolidationSchema, { fiscalYear: 2026, action: 'decide', version: 1 });
      expect(issueAt(decide, 'decisionDate').params).toEqual({ rule: 'required' });
    });
  });

  it("never shows zod's English message for a code it does not know", () => {
    const unknown: FieldError = { path: 'x', code: 'something_new', message: 'Some English text' };
    expect(translateIssue(unknown, 'vi')).toBe('Giá trị không hợp lệ');
  });
});
