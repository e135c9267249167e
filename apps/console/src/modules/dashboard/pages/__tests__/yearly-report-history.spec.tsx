// First: the browser APIs jsdom lacks must exist before antd and react-router load.
import { fireEvent, screen, within } from '@testing-library/react';
import { jsonResponse, routeFetch } from '../../../../test/fetch';
import { renderScreen } from '../../../../test/render';
import { COORDINATOR } from '../../../../test/users';
import YearlyReportsPage from '../yearly-reports-page';

const REPORT = {
  id: '3f2a1c4e-8b7d-4c3a-9f1e-2d5b6a7c8e95',
  version: 2,
  agencyCode: 'SNV',
  year: 2024,
  planArea: 'III.8',
  status: 'submitted',
  narrative: 'Đã mở 12 lớp bồi dưỡng kiến thức hội nhập cho cán bộ cấp xã.',
  indicators: [{ name: 'Lượt cán bộ được bồi dưỡng', target: 500, actual: 612 }],
  difficulties: 'Kinh phí cấp muộn.',
  proposals: 'Bổ sung kinh phí năm sau.',
  figures: { trained: 612, events: 0, aidDisbursed: '0', budgetApproved: '0' },
  dueDate: '2024-12-15',
  submittedAt: '2024-12-20T03:00:00.000Z',
  late: true,
  reviewComment: null,
  updatedAt: '2024-12-20T03:00:00.000Z',
};

const RETURNED = {
  id: 'e1c2a4e0-8b7d-4c3a-9f1e-2d5b6a7c8e99',
  at: '2024-12-21T03:00:00.000Z',
  entity: 'YearlyReport',
  entityId: REPORT.id,
  action: 'update',
  userId: 'u7',
  username: 'sldtbxh.coordinator',
  agencyCode: 'SLDTBXH',
  correlationId: null,
  changes: {
    status: { before: 'submitted', after: 'returned' },
    reviewComment: { before: null, after: 'Bổ sung số liệu' },
  },
};

function serve(history: unknown[]) {
  return routeFetch((url) => {
    if (url.startsWith(`/api/reporting/reports/${REPORT.id}/history`))
      return jsonResponse(200, {
        items: history,
        total: history.length,
        totalCapped: false,
        page: 1,
        pageSize: 10,
      });
    if (url.startsWith('/api/reporting/reports'))
      return jsonResponse(200, { items: [REPORT], total: 1, totalCapped: false, page: 1, pageSize: 100 });
    if (url.startsWith('/api/reporting/overview'))
      return jsonResponse(200, {
        year: 2024,
        dueDate: '2024-12-15',
        expected: 30,
        submitted: 1,
        onTime: 0,
        onTimeRate: 0,
        missing: [],
        late: [],
      });
    return jsonResponse(200, { items: [], total: 0, totalCapped: false, page: 1, pageSize: 20 });
  });
}

describe('YearlyReportsPage history', () => {
  it("shows a report's history beside it in the reader: who returned it, status and comment in words", async () => {
    serve([RETURNED]);
    renderScreen(<YearlyReportsPage />, { lang: 'vi', url: '/reports?year=2024', user: COORDINATOR });
    fireEvent.click(await screen.findByTestId('report-read'));
    await screen.findByTestId('report-reader');
    fireEvent.click(screen.getByTestId('history-tab'));

    const entry = await screen.findByTestId('history-entry');
    expect(within(entry).getByTestId('change-status').textContent).toBe('Trạng thái: Đã nộp → Trả lại');
    expect(within(entry).getByTestId('change-reviewComment').textContent).toBe(
      'Ý kiến khi xem xét: (trống) → Bổ sung số liệu',
    );
    expect(within(entry).getByTestId('history-user').textContent).toContain('sldtbxh.coordinator');
  });

  it('says so when the report has no recorded change yet (en)', async () => {
    serve([]);
    renderScreen(<YearlyReportsPage />, { lang: 'en', url: '/reports?year=2024', user: COORDINATOR });
    fireEvent.click(await screen.findByTestId('report-read'));
    await screen.findByTestId('report-reader');
    fireEvent.click(screen.getByTestId('history-tab'));
    expect(await screen.findByText('No changes recorded yet')).toBeTruthy();
  });
});
