// First: the browser APIs jsdom lacks must exist before antd and react-router load.
import type { Lang } from '@ascc/catalog';
import type { AuditEntry, Page } from '@ascc/contracts';
import type { UseQueryResult } from '@tanstack/react-query';
import { screen, within } from '@testing-library/react';
import { formatDate, formatMoney } from '../../../format/format';
import { budgetConsolidationFields } from '../../../modules/budget/budget-fields';
import { yearlyReportFields } from '../../../modules/dashboard/reporting-fields';
import { userFields } from '../../../modules/users/users-fields';
import { renderScreen } from '../../../test/render';
import { ADMIN } from '../../../test/users';
import { HistoryPanel } from '../history-panel';
import type { RecordFields } from '../record-values';

const entry = (entity: string, changes: AuditEntry['changes']): AuditEntry => ({
  id: crypto.randomUUID(),
  at: '2026-03-01T02:03:04.000Z',
  entity,
  entityId: '2025',
  action: 'update',
  userId: 'u1',
  username: 'stc.reviewer',
  agencyCode: 'STC',
  correlationId: null,
  changes,
});

const historyOf = (items: AuditEntry[]) => () =>
  ({
    isPending: false,
    isError: false,
    data: { items, total: items.length, totalCapped: false, page: 1, pageSize: 10 },
    refetch: jest.fn(),
  }) as unknown as UseQueryResult<Page<AuditEntry>>;

function changesOf(item: AuditEntry, fields: RecordFields, lang: Lang) {
  renderScreen(<HistoryPanel id="x" useHistory={historyOf([item])} fields={fields} />, { lang, user: ADMIN });
  const panel = screen.getByTestId('history');
  const text = (name: string) => within(panel).getByTestId(`change-${name}`).textContent;
  return { panel, text };
}

describe('history of the record kinds added to the console', () => {
  const DECIDED = entry('BudgetConsolidation', {
    status: { before: 'submitted', after: 'decided' },
    decisionNumber: { before: null, after: '3456/QĐ-UBND' },
    decisionDate: { before: null, after: '2025-12-10' },
  });

  it("reads a consolidation's decision with its labels, statuses and a dd/mm/yyyy date (vi)", () => {
    const { panel, text } = changesOf(DECIDED, budgetConsolidationFields, 'vi');
    expect(text('status')).toBe('Trạng thái: Đã trình UBND tỉnh → UBND tỉnh đã quyết định');
    expect(text('decisionNumber')).toBe('Số quyết định: (trống) → 3456/QĐ-UBND');
    expect(text('decisionDate')).toBe('Ngày quyết định: (trống) → 10/12/2025');
    expect(panel.textContent).not.toMatch(/decided|2025-12-10/);
  });

  it('reads the same consolidation in English', () => {
    const { text } = changesOf(DECIDED, budgetConsolidationFields, 'en');
    expect(text('status')).toBe(
      "Status: Submitted to the People's Committee → Decided by the People's Committee",
    );
    expect(text('decisionDate')).toBe(`Decision date: (empty) → ${formatDate('2025-12-10', 'en')}`);
  });

  it("reads a yearly report's return: status, comment, indicators and figures in words (vi)", () => {
    const returned = entry('YearlyReport', {
      status: { before: 'submitted', after: 'returned' },
      reviewComment: { before: null, after: 'Bổ sung số liệu' },
      indicators: { before: [], after: [{ name: 'Khóa bồi dưỡng', target: 4, actual: 5 }] },
      figures: {
        before: { trained: 40, events: 1, aidDisbursed: 0, budgetApproved: 0 },
        after: { trained: 1250, events: 1, aidDisbursed: 0, budgetApproved: 300_000_000 },
      },
    });
    const vi = changesOf(returned, yearlyReportFields, 'vi');
    expect(vi.text('status')).toBe('Trạng thái: Đã nộp → Trả lại');
    expect(vi.text('indicators')).toContain('Khóa bồi dưỡng');
    expect(vi.text('figures')).toContain('1.250');
    expect(vi.text('figures')).toContain(formatMoney(300_000_000, 'vi'));
    expect(vi.panel.textContent).not.toMatch(/returned|budgetApproved|\[object Object\]/);
  });

  it('reads a yearly report in English', () => {
    const returned = entry('YearlyReport', { status: { before: 'submitted', after: 'returned' } });
    const { text } = changesOf(returned, yearlyReportFields, 'en');
    expect(text('status')).toMatch(/→ Returned$/);
  });

  it("reads a user's update: the event, roles and agency by name, never codes (vi)", () => {
    const updated = entry('User', {
      event: { after: 'user.updated' },
      roles: { before: ['viewer'], after: ['editor', 'viewer'] },
      agencyCode: { before: 'SNV', after: 'SNGV' },
      active: { before: true, after: false },
    });
    const { panel, text } = changesOf(updated, userFields, 'vi');
    expect(text('event')).toBe('Sự kiện: Sửa tài khoản');
    expect(text('agencyCode')).toBe('Cơ quan: Sở Nội vụ → Sở Ngoại vụ');
    expect(text('active')).toMatch(/^Đang hoạt động: Có → Không$/);
    expect(panel.textContent).not.toMatch(/user\.updated|\bSNGV\b|\beditor\b/);
  });

  it("reads a user's password reset in English", () => {
    const reset = entry('User', {
      event: { after: 'user.password-reset' },
      mustChangePassword: { after: true },
      sessionsRevoked: { after: true },
    });
    const { text } = changesOf(reset, userFields, 'en');
    expect(text('event')).toBe('Event: Password reset');
    expect(text('sessionsRevoked')).toBe('All sessions signed out: Yes');
  });
});
