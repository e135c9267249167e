// First: the browser APIs jsdom lacks must exist before antd and react-router load.
import type { AuditEntry, Page } from '@ascc/contracts';
import type { UseQueryResult } from '@tanstack/react-query';
import { screen, within } from '@testing-library/react';
import type { Lang } from '@ascc/catalog';
import { formatDate } from '../../../format/format';
import { aidProjectFields } from '../../../modules/aid/aid-fields';
import { trainingCourseFields } from '../../../modules/training/training-fields';
import { renderScreen } from '../../../test/render';
import { ADMIN } from '../../../test/users';
import { HistoryPanel } from '../history-panel';
import type { RecordFields } from '../record-values';

const ID = '3f1c2a4e-8b7d-4c3a-9f1e-2d5b6a7c8e9f';
const NGO_ID = '6a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d';

const entry = (changes: AuditEntry['changes'], overrides: Partial<AuditEntry> = {}): AuditEntry => ({
  id: crypto.randomUUID(),
  at: '2026-03-01T02:03:04.000Z',
  entity: 'AidProject',
  entityId: ID,
  action: 'update',
  userId: 'u1',
  username: 'sngv.editor',
  agencyCode: 'SNGV',
  correlationId: null,
  changes,
  ...overrides,
});

/** A history hook answering one page of `items`, as TanStack Query does once loaded. */
const historyOf = (items: AuditEntry[]) => () =>
  ({
    isPending: false,
    isError: false,
    data: { items, total: items.length, totalCapped: false, page: 1, pageSize: 10 },
    refetch: jest.fn(),
  }) as unknown as UseQueryResult<Page<AuditEntry>>;

function renderHistory(items: AuditEntry[], fields: RecordFields, lang: Lang) {
  renderScreen(<HistoryPanel id={ID} useHistory={historyOf(items)} fields={fields} />, { lang, user: ADMIN });
  return screen.getByTestId('history');
}

/** What no reader should meet: the stored keys, codes, ids, ISO dates or a stringified object. */
function expectNothingRaw(panel: HTMLElement, raw: string[], { dates = true } = {}) {
  const text = panel.textContent ?? '';
  expect(text).not.toContain('[object Object]');
  if (dates) expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}/);
  for (const word of raw) expect(text).not.toMatch(new RegExp(`(^|[^\\w-])${word}([^\\w-]|$)`));
}

const PROJECT_CREATED = entry(
  {
    code: { after: 'NGO-2026-07' },
    agencyCode: { after: 'SNGV' },
    participants: {
      after: [
        { role: 'funding', name: 'Koica', countryCode: 'KR' },
        { role: 'implementing', ngoId: NGO_ID, name: 'Hội Chữ thập đỏ tỉnh' },
      ],
    },
    locations: { after: [{ districtCode: 'H-KIENXUONG', percentage: 100 }] },
    plannedStart: { after: '2026-05-10' },
    description: { after: null },
    appraisals: { after: [] },
  },
  { action: 'create' },
);
const PROJECT_APPROVED = entry({
  status: { before: 'under-appraisal', after: 'approved' },
  decisionDate: { before: null, after: '2026-04-02' },
});

describe('HistoryPanel', () => {
  it("reads a project's history with its own labels, names instead of codes and dd/mm/yyyy dates (vi)", () => {
    const panel = renderHistory([PROJECT_APPROVED, PROJECT_CREATED], aidProjectFields, 'vi');
    const [approved, created] = within(panel).getAllByTestId('history-entry');

    expect(within(approved).getByTestId('change-status').textContent).toBe(
      'Trạng thái: Đang thẩm định → Đã phê duyệt',
    );
    expect(within(approved).getByTestId('change-decisionDate').textContent).toBe(
      'Ngày quyết định: (trống) → 02/04/2026',
    );
    expect(within(created).getByTestId('change-code').textContent).toBe('Mã dự án: NGO-2026-07');
    expect(within(created).getByTestId('change-agencyCode').textContent).toBe('Cơ quan quản lý: Sở Ngoại vụ');
    expect(within(created).getByTestId('change-participants').textContent).toBe(
      'Tổ chức tham gia: Koica · Tài trợ · Hàn Quốc; Hội Chữ thập đỏ tỉnh · Thực hiện',
    );
    expect(within(created).getByTestId('change-locations').textContent).toBe(
      'Địa bàn: Huyện Kiến Xương · 100%',
    );
    expect(within(created).getByTestId('change-plannedStart').textContent).toBe(
      'Bắt đầu (kế hoạch): 10/05/2026',
    );
    expect(panel.textContent).not.toContain('Mã khóa học');
    // A new record lists what it was given, not the fields it left empty.
    expect(within(created).queryByTestId('change-description')).toBeNull();
    expect(within(created).queryByTestId('change-appraisals')).toBeNull();
    expectNothingRaw(panel, [
      'SNGV',
      'KR',
      'H-KIENXUONG',
      'funding',
      'implementing',
      'under-appraisal',
      'approved',
      'participants',
      'agencyCode',
      NGO_ID,
    ]);
  });

  it('reads the same project history in English', () => {
    const panel = renderHistory([PROJECT_APPROVED, PROJECT_CREATED], aidProjectFields, 'en');
    const [approved, created] = within(panel).getAllByTestId('history-entry');
    expect(within(approved).getByTestId('change-status').textContent).toBe(
      'Status: Under appraisal → Approved',
    );
    expect(within(created).getByTestId('change-participants').textContent).toBe(
      'Participating organisations: Koica · Funding · Republic of Korea; Hội Chữ thập đỏ tỉnh · Implementing',
    );
    expect(within(created).getByTestId('change-code').textContent).toBe('Project code: NGO-2026-07');
    // Dates go through the console's one date formatter (dd/mm/yyyy in both languages).
    expect(within(approved).getByTestId('change-decisionDate').textContent).toBe(
      `Decision date: (empty) → ${formatDate('2026-04-02', 'en')}`,
    );
    expectNothingRaw(panel, ['SNGV', 'KR', 'funding', 'under-appraisal', 'participants'], { dates: false });
  });

  it("reads a course's roster, attendance, scores and status change by trainee name", () => {
    const lan = { staffCode: 'T-12', fullName: 'Nguyễn Thị Lan' };
    const panel = renderHistory(
      [
        entry(
          {
            status: { before: 'in-progress', after: 'completed' },
            results: { after: [{ ...lan, result: 'passed', certificateNo: 'CC-2026-000012' }] },
          },
          { entity: 'TrainingCourse', username: 'snv.editor', agencyCode: 'SNV' },
        ),
        entry(
          { scores: { before: [{ ...lan, score: null }], after: [{ ...lan, score: 8.5 }] } },
          { entity: 'Enrolment', agencyCode: 'SNV' },
        ),
        entry(
          {
            attendance: {
              before: [{ ...lan, session: 2, date: '2026-05-11', mark: null }],
              after: [{ ...lan, session: 2, date: '2026-05-11', mark: 'late' }],
            },
          },
          { entity: 'Enrolment', agencyCode: 'SNV' },
        ),
        entry(
          {
            costEstimate: { before: 100_000_000, after: 120_000_000 },
            targetGroup: { before: 'cadre', after: 'civil-servant' },
            agencyCode: { before: 'SNV', after: 'VPUBND' },
          },
          { entity: 'TrainingCourse' },
        ),
      ],
      trainingCourseFields,
      'vi',
    );
    const [completed, scored, marked, edited] = within(panel).getAllByTestId('history-entry');

    expect(within(completed).getByTestId('history-user').textContent).toBe('snv.editor · Sở Nội vụ');
    expect(within(completed).getByTestId('change-status').textContent).toBe(
      'Trạng thái: Đang học → Đã hoàn thành',
    );
    expect(within(completed).getByTestId('change-results').textContent).toBe(
      'Kết quả: Nguyễn Thị Lan (T-12): Đạt · CC-2026-000012',
    );
    expect(within(scored).getByTestId('change-scores').textContent).toBe(
      'Điểm: Nguyễn Thị Lan (T-12): (trống) → Nguyễn Thị Lan (T-12): 8,5/10',
    );
    expect(within(marked).getByTestId('change-attendance').textContent).toBe(
      'Điểm danh: Nguyễn Thị Lan (T-12): Buổi 2 · 11/05/2026 · (trống) → ' +
        'Nguyễn Thị Lan (T-12): Buổi 2 · 11/05/2026 · Đi muộn',
    );
    expect(within(edited).getByTestId('change-costEstimate').textContent).toBe(
      'Kinh phí dự kiến: 100.000.000\u00a0₫ → 120.000.000\u00a0₫',
    );
    expect(within(edited).getByTestId('change-targetGroup').textContent).toBe(
      'Đối tượng: Cán bộ → Công chức',
    );
    expect(within(edited).getByTestId('change-agencyCode').textContent).toBe(
      'Cơ quan: Sở Nội vụ → Văn phòng Ủy ban nhân dân tỉnh',
    );
    expectNothingRaw(panel, [
      'SNV',
      'VPUBND',
      'in-progress',
      'completed',
      'late',
      'passed',
      'cadre',
      'targetGroup',
      'costEstimate',
      'Enrolment',
      'TrainingCourse',
    ]);
  });

  it('reads values with no formatter of their own plainly: years as years, numbers grouped, objects by their values', () => {
    const panel = renderHistory(
      [
        entry(
          {
            fiscalYear: { after: 2026 },
            lineCount: { after: 12500 },
            deadline: { after: '2025-07-20' },
            reviewer: { after: { username: 'stc.reviewer', agency: 'Sở Tài chính' } },
          },
          { entity: 'BudgetEstimate' },
        ),
      ],
      () => [],
      'vi',
    );
    expect(within(panel).getByTestId('change-fiscalYear').textContent).toBe('Năm ngân sách: 2026');
    // Values only: a kind that stores such fields declares their labels in its module.
    expect(within(panel).getByTestId('change-lineCount').textContent).toMatch(/: 12\.500$/);
    expect(within(panel).getByTestId('change-deadline').textContent).toMatch(/: 20\/07\/2025$/);
    expect(within(panel).getByTestId('change-reviewer').textContent).toMatch(
      /: stc\.reviewer · Sở Tài chính$/,
    );
    expect(panel.textContent).not.toContain('[object Object]');
  });
});
