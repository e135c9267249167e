import { REFUSAL_RULES, REFUSAL_RULE_NAMES, type FieldError, refusalField } from '@ascc/contracts';
import { ApiError } from '../../api/api-error';
import { errorText } from '../../shared/error-text';
import { refusalText } from '../refusals';
import { translate, translator } from '../translate';
import { translateIssue } from '../validation';
// A refusal names a status by its module's label: it is shown on that module's screens, whose labels
// are loaded then (elsewhere the code shows as sent).
import '../../modules/training/messages';
import '../../modules/culture/messages';
import '../../modules/budget/messages';
import '../../modules/dashboard/messages';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);

/** A 409 as the gateway answers it, with the refusal's one field error. */
function conflict(field: FieldError): ApiError {
  return new ApiError({ code: 'CONFLICT', status: 409, message: field.message, fields: [field] });
}

describe('refusals', () => {
  it('has a sentence for every rule in both languages, asking only for the params the rule sends', () => {
    expect(REFUSAL_RULE_NAMES.length).toBeGreaterThan(20);
    for (const rule of REFUSAL_RULE_NAMES) {
      const allowed: readonly string[] = REFUSAL_RULES[rule].params;
      for (const lang of ['vi', 'en'] as const) {
        const text = translate(lang, `refusal.${rule}`);
        expect({ rule, lang, text }).toEqual({ rule, lang, text: expect.not.stringMatching(/^refusal\./) });
        expect({ rule, lang, unknown: placeholders(text).filter((p) => !allowed.includes(p)) }).toEqual({
          rule,
          lang,
          unknown: [],
        });
      }
    }
  });

  it('fills every param of every rule: no placeholder is left on screen', () => {
    for (const rule of REFUSAL_RULE_NAMES) {
      const params = Object.fromEntries(REFUSAL_RULES[rule].params.map((name: string) => [name, 'X']));
      const field = refusalField(rule, params as never, 'English');
      for (const lang of ['vi', 'en'] as const) {
        const text = refusalText(field, lang);
        expect({ rule, lang, text }).toEqual({ rule, lang, text: expect.not.stringMatching(/[{}]/) });
      }
    }
  });

  it('names the trainee already on a course, with the status by its label', () => {
    const field = refusalField(
      'alreadyEnrolled',
      { name: 'Nguyễn Thị Hoa', staffCode: 'CB-0012', enrolmentStatus: 'waitlisted' },
      'Nguyễn Thị Hoa (CB-0012) is already waitlisted on this course',
      { path: 'traineeIds.1', code: 'duplicate' },
    );
    expect(refusalText(field, 'vi')).toBe(
      'Học viên Nguyễn Thị Hoa (CB-0012) đã có trong khóa học này (tình trạng: Danh sách chờ)',
    );
    expect(refusalText(field, 'en')).toBe(
      'Nguyễn Thị Hoa (CB-0012) is already on this course (status: Waitlist)'.replace(
        'Waitlist',
        translate('en', 'training.enrolment.waitlisted'),
      ),
    );
    // Beside the trainee picker on a form, and in a message where no form shows it: the same sentence.
    expect(translateIssue(field, 'vi')).toBe(refusalText(field, 'vi'));
    expect(errorText(conflict(field), translator('vi'))).toBe(refusalText(field, 'vi'));
  });

  it('names the locked fiscal year, without grouping it as a number', () => {
    const field = refusalField(
      'fiscalYearLocked',
      { year: 2026 },
      'Fiscal year 2026 is consolidated and locked',
    );
    expect(errorText(conflict(field), translator('vi'))).toBe(
      'Năm ngân sách 2026 đã được tổng hợp và khóa; không thể thay đổi dự toán của năm này',
    );
    expect(errorText(conflict(field), translator('en'))).toBe(
      'Fiscal year 2026 is consolidated and locked; its estimates can no longer change',
    );
  });

  it("names a held event's status by its label, not the generic duplicate text", () => {
    const field = refusalField(
      'eventClosedToRegistrations',
      { title: 'Tuần văn hóa ASEAN', eventStatus: 'held' },
      'A held event takes no more registrations',
    );
    const vi = errorText(conflict(field), translator('vi'));
    expect(vi).toBe(
      'Sự kiện «Tuần văn hóa ASEAN» đang ở trạng thái «Đã tổ chức» nên không nhận thêm đăng ký',
    );
    expect(vi).not.toContain(translate('vi', 'error.CONFLICT'));
    expect(errorText(conflict(field), translator('en'))).toBe(
      'The event "Tuần văn hóa ASEAN" is "Held" and takes no more registrations'.replace(
        'Held',
        translate('en', 'culture.status.held'),
      ),
    );
  });

  it('names an agency by its name and an estimate action in words', () => {
    const field = refusalField(
      'estimateActionRefused',
      { agencyCode: 'SVHTTDL', year: 2026, estimateStatus: 'approved', estimateAction: 'submit' },
      'An approved estimate cannot be submitted',
    );
    const text = refusalText(field, 'vi') ?? '';
    expect(text).toContain('Đã phê duyệt');
    expect(text).toContain('không thể gửi');
    expect(text).not.toContain('SVHTTDL');
  });

  it('falls back to the code when a refusal lacks a param its sentence needs', () => {
    const stale: FieldError = {
      path: 'version',
      code: 'stale',
      message: '…',
      params: { rule: 'staleVersion' },
    };
    expect(refusalText(stale, 'en')).toBeUndefined();
    expect(translateIssue(stale, 'en')).toBe('Someone else saved a newer version; reload and edit again');
  });

  it('names what is wrong with an invalid request outside a form (a file over 5 MB)', () => {
    const error = new ApiError({
      code: 'VALIDATION_FAILED',
      status: 400,
      message: 'Invalid',
      fields: [
        {
          path: 'file.base64',
          code: 'custom',
          message: 'The file is larger than 5 MB',
          params: { rule: 'fileTooLarge', maxMegabytes: 5 },
        },
      ],
    });
    expect(errorText(error, translator('vi'))).toBe('Dữ liệu chưa hợp lệ. Tệp lớn hơn 5 MB');
  });

  it("words the gateway's 413 for a body over its limit", () => {
    const error = new ApiError({
      code: 'PAYLOAD_TOO_LARGE',
      status: 413,
      message: 'The request is larger than 100 KB',
      fields: [refusalField('bodyTooLarge', { maxKilobytes: 100 }, 'The request is larger than 100 KB')],
    });
    expect(errorText(error, translator('vi'))).toContain('lớn hơn 100 KB');
    expect(errorText(error, translator('en'))).toContain('larger than 100 KB');
    expect(errorText(error, translator('vi'))).not.toContain(translate('vi', 'error.INTERNAL'));
  });
});

describe('refusals outside a form', () => {
  it("words a workflow guard's 409 by its rule, never as the generic conflict", () => {
    const guard: FieldError = {
      path: 'status',
      code: 'custom',
      message: 'The course starts on 2026-05-10',
      params: { rule: 'courseNotStarted', startDate: '2026-05-10', today: '2026-05-01', overridable: true },
    };
    const text = errorText(conflict(guard), translator('vi'));
    expect(text).toBe(translateIssue(guard, 'vi'));
    expect(text).toContain('10/05/2026');
    expect(text).not.toContain(translate('vi', 'error.CONFLICT'));
  });

  it('says why a record of another agency is refused, not only that the role does not allow it', () => {
    const error = new ApiError({
      code: 'FORBIDDEN',
      status: 403,
      message: '…',
      fields: [refusalField('ownAgencyOnly', { agencyCode: 'SNV' }, '…')],
    });
    const text = errorText(error, translator('vi'));
    expect(text).not.toBe(translate('vi', 'error.FORBIDDEN'));
    expect(text).not.toContain('SNV');
  });
});
