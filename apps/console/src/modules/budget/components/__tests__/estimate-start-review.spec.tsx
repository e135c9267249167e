// First: the browser APIs jsdom lacks must exist before antd and react-router load.
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { Route, Routes } from 'react-router-dom';
import { formatMoney } from '../../../../format/format';
import { jsonResponse, routeFetch } from '../../../../test/fetch';
import { renderScreen } from '../../../../test/render';
import { SNV_EDITOR, STC_REVIEWER } from '../../../../test/users';
import BudgetEstimateDrawer from '../budget-estimate-drawer';

const ID = '7c1c2a4e-8b7d-4c3a-9f1e-2d5b6a7c8e92';
const estimate = (status: string) => ({
  id: ID,
  version: 2,
  createdAt: '2026-01-05T08:00:00.000Z',
  updatedAt: '2026-01-06T09:30:00.000Z',
  agencyCode: 'SNV',
  fiscalYear: 2026,
  titleVi: 'Dự toán 2026 của Sở Nội vụ',
  status,
  requestedAmount: 100_000_000,
  approvedAmount: null,
  versionNo: 1,
  submittedAt: '2026-01-06T09:30:00.000Z',
  deadline: '2025-07-20',
  late: false,
  reviewComment: null,
  flaggedLines: 0,
  locked: false,
  lines: [],
});
const REVIEW_STARTED = {
  id: 'b1c2a4e0-8b7d-4c3a-9f1e-2d5b6a7c8e96',
  at: '2026-01-07T02:00:00.000Z',
  entity: 'BudgetEstimate',
  entityId: ID,
  action: 'update',
  userId: 'u5',
  username: 'stc.reviewer',
  agencyCode: 'STC',
  correlationId: null,
  changes: { status: { before: 'submitted', after: 'under-review' }, action: { after: 'start-review' } },
};
const SUBMITTED = {
  ...REVIEW_STARTED,
  id: 'c1c2a4e0-8b7d-4c3a-9f1e-2d5b6a7c8e97',
  username: 'snv.editor',
  agencyCode: 'SNV',
  changes: {
    status: { before: 'draft', after: 'submitted' },
    requestedAmount: { before: 90_000_000, after: '100000000' },
    action: { after: 'submit' },
  },
};

/** Serves the estimate in `status`; a review is answered with the estimate under review. */
function serve(status: string) {
  return routeFetch((url, init) => {
    if (init?.method === 'POST') return jsonResponse(200, { ...estimate('under-review'), version: 3 });
    if (url.startsWith(`/api/budget/estimates/${ID}/history`))
      return jsonResponse(200, {
        items: [REVIEW_STARTED, SUBMITTED],
        total: 2,
        totalCapped: false,
        page: 1,
        pageSize: 10,
      });
    if (url === `/api/budget/estimates/${ID}`) return jsonResponse(200, estimate(status));
    return jsonResponse(200, { versions: [], reviews: [] });
  });
}

function renderDrawer(user = STC_REVIEWER, lang: 'vi' | 'en' = 'vi') {
  return renderScreen(
    <Routes>
      <Route path="budget/:id" element={<BudgetEstimateDrawer />} />
    </Routes>,
    { lang, url: `/budget/${ID}`, user },
  );
}

const reviews = (fetch: ReturnType<typeof serve>) => fetch.mock.calls.filter(([, i]) => i?.method === 'POST');

describe('BudgetEstimateDrawer under review', () => {
  it('lets Finance start the review of a submitted estimate, after a confirmation, on the version read', async () => {
    const fetch = serve('submitted');
    renderDrawer();
    fireEvent.click(await screen.findByTestId('start-review'));
    const confirm = await screen.findByRole('tooltip');
    expect(confirm.textContent).toContain('Bắt đầu thẩm định dự toán này?');
    expect(reviews(fetch)).toHaveLength(0);
    fireEvent.click(within(confirm).getByRole('button', { name: 'Đồng ý' }));

    await waitFor(() => expect(reviews(fetch)).toHaveLength(1));
    const [url, init] = reviews(fetch)[0];
    expect(url).toBe(`/api/budget/estimates/${ID}/review`);
    expect(JSON.parse(String(init?.body))).toEqual({ version: 2, decision: 'start-review' });
    await waitFor(() =>
      expect(document.querySelector('.ant-message-notice')?.textContent).toBe('Bắt đầu thẩm định'),
    );
  });

  it('shows "Under review" and offers approve, return and reject, but no second start', async () => {
    serve('under-review');
    renderDrawer(STC_REVIEWER, 'en');
    expect((await screen.findByTestId('estimate-status')).textContent).toBe('Under review');
    expect(screen.queryByTestId('start-review')).toBeNull();
    expect(screen.getByRole('button', { name: 'Approve' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Return' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Reject' })).toBeTruthy();
  });

  it("offers the start of review to Finance only, never to the estimate's agency", async () => {
    serve('resubmitted');
    renderDrawer(SNV_EDITOR);
    expect((await screen.findByTestId('estimate-status')).textContent).toBe('Đã gửi lại');
    expect(screen.queryByTestId('start-review')).toBeNull();
  });

  it("reads the estimate's history: each step, status and grouped totals, in vi and en", async () => {
    serve('under-review');
    const { unmount } = renderDrawer(SNV_EDITOR, 'vi');
    fireEvent.click(await screen.findByTestId('history-tab'));
    const [started, submitted] = await screen.findAllByTestId('history-entry');
    expect(within(started).getByTestId('change-status').textContent).toBe(
      'Trạng thái: Đã gửi → Đang thẩm định',
    );
    expect(within(started).getByTestId('change-action').textContent).toBe('Bước xử lý: Bắt đầu thẩm định');
    expect(within(submitted).getByTestId('change-requestedAmount').textContent).toBe(
      `Tổng đề nghị: ${formatMoney(90_000_000, 'vi')} → ${formatMoney('100000000', 'vi')}`,
    );
    expect(formatMoney('100000000', 'vi')).toContain('100.000.000');
    unmount();

    serve('under-review');
    renderDrawer(SNV_EDITOR, 'en');
    fireEvent.click(await screen.findByTestId('history-tab'));
    const [startedEn] = await screen.findAllByTestId('history-entry');
    expect(within(startedEn).getByTestId('change-status').textContent).toBe(
      'Status: Submitted → Under review',
    );
    expect(within(startedEn).getByTestId('change-action').textContent).toBe('Step: Review started');
  });
});
