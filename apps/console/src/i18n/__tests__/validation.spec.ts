import {
  CreateBudgetEstimateSchema,
  CreateCulturalEventSchema,
  CreateTrainingCourseSchema,
  type FieldError,
  fieldErrorsFromZod,
} from '@ascc/contracts';
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

  it("words the server's duplicate, sent as its own code or as a custom rule", () => {
    const server: FieldError = { path: 'code', code: 'duplicate', message: 'This code is already used' };
    expect(translateIssue(server, 'vi')).toBe('Giá trị này trùng với một bản ghi đã có');
    expect(translateIssue({ ...server, code: 'custom', params: { rule: 'duplicate' } }, 'en')).toBe(
      'This value is already used by another record',
    );
  });

  it("never shows zod's English message for a code it does not know", () => {
    const unknown: FieldError = { path: 'x', code: 'something_new', message: 'Some English text' };
    expect(translateIssue(unknown, 'vi')).toBe('Giá trị không hợp lệ');
  });
});
