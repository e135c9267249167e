// First: the browser APIs jsdom lacks must exist before antd and react-router load.
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
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

describe('YearlyReportsPage', () => {
  it('lets the coordinator read a submitted report in full, and decide only from there', async () => {
    const fetch = routeFetch((url) => {
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
          late: [{ agencyCode: 'SNV', planArea: 'III.8', submittedAt: REPORT.submittedAt }],
        });
      return jsonResponse(200, { items: [], total: 0, totalCapped: false, page: 1, pageSize: 20 });
    });
    renderScreen(<YearlyReportsPage />, { lang: 'vi', url: '/reports?year=2024', user: COORDINATOR });

    const open = await screen.findByTestId('report-read');
    expect(open.textContent).toBe('Xem và quyết định');
    // No decision in the row: the report is read first.
    expect(screen.queryByTestId('report-accept')).toBeNull();
    fireEvent.click(open);

    const reader = await screen.findByTestId('report-reader');
    expect(within(reader).getByText(REPORT.narrative)).toBeTruthy();
    expect(within(reader).getByText('Lượt cán bộ được bồi dưỡng')).toBeTruthy();
    expect(within(reader).getByText('Kinh phí cấp muộn.')).toBeTruthy();
    expect(within(reader).getByText('Bổ sung kinh phí năm sau.')).toBeTruthy();
    expect(within(reader).getByText('Nộp muộn')).toBeTruthy();
    expect(screen.getByTestId('report-return')).toBeTruthy();

    fireEvent.click(screen.getByTestId('report-accept'));
    fireEvent.click(await screen.findByRole('button', { name: /OK|Đồng ý|Có/ }));
    await waitFor(() =>
      expect(fetch.mock.calls.some(([url]) => url === `/api/reporting/reports/${REPORT.id}/review`)).toBe(
        true,
      ),
    );
    const review = fetch.mock.calls.find(([url]) => url === `/api/reporting/reports/${REPORT.id}/review`);
    expect(JSON.parse(String(review?.[1]?.body))).toMatchObject({ version: 2, decision: 'accept' });
  });
});
