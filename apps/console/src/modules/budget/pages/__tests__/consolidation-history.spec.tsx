// First: the browser APIs jsdom lacks must exist before antd and react-router load.
import { screen, waitFor, within } from '@testing-library/react';
import { jsonResponse, routeFetch } from '../../../../test/fetch';
import { renderScreen } from '../../../../test/render';
import { STC_REVIEWER } from '../../../../test/users';
import BudgetConsolidationPage from '../budget-consolidation-page';

const consolidation = (fiscalYear: number) => ({
  fiscalYear,
  status: 'consolidated',
  locked: true,
  consolidatedAt: '2025-01-10T02:00:00.000Z',
  submittedAt: null,
  submissionNumber: null,
  decisionNumber: null,
  decisionDate: null,
  version: 1,
  estimates: { approved: 1, pending: 0 },
  totals: { requested: 300_000_000, approved: 300_000_000 },
  rows: [],
});
const LOCKED = {
  id: 'f1c2a4e0-8b7d-4c3a-9f1e-2d5b6a7c8e9a',
  at: '2025-01-10T02:00:00.000Z',
  entity: 'BudgetConsolidation',
  entityId: '2025',
  action: 'create',
  userId: 'u5',
  username: 'stc.reviewer',
  agencyCode: 'STC',
  correlationId: null,
  changes: {
    status: { after: 'consolidated' },
    consolidatedBy: { after: 'stc.reviewer' },
    submissionNumber: { after: null },
  },
};

describe('BudgetConsolidationPage history', () => {
  it("shows who consolidated and locked the year, asking the year's own history", async () => {
    const fetch = routeFetch((url) => {
      const history = /^\/api\/budget\/consolidations\/(\d+)\/history/.exec(url);
      if (history)
        return jsonResponse(200, {
          items: history[1] === '2025' ? [LOCKED] : [],
          total: history[1] === '2025' ? 1 : 0,
          totalCapped: false,
          page: 1,
          pageSize: 10,
        });
      const year = /^\/api\/budget\/consolidations\/(\d+)/.exec(url);
      if (year) return jsonResponse(200, consolidation(Number(year[1])));
      return jsonResponse(200, { items: [] });
    });
    renderScreen(<BudgetConsolidationPage />, {
      lang: 'vi',
      url: '/budget/consolidation',
      user: STC_REVIEWER,
    });

    const card = await screen.findByTestId('consolidation-history');
    expect(within(card).getByText('Lịch sử tổng hợp năm 2025')).toBeTruthy();
    const entry = await within(card).findByTestId('history-entry');
    expect(within(entry).getByTestId('change-status').textContent).toBe('Trạng thái: Đã tổng hợp, đã khóa');
    expect(within(entry).getByTestId('change-consolidatedBy').textContent).toBe(
      'Người tổng hợp: stc.reviewer',
    );
    // A new record lists what it was given, not the numbers it has no value for yet.
    expect(within(entry).queryByTestId('change-submissionNumber')).toBeNull();
    await waitFor(() =>
      expect(
        fetch.mock.calls.some(([url]) => url.startsWith('/api/budget/consolidations/2025/history')),
      ).toBe(true),
    );
  });
});
