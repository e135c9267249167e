// First: the browser APIs jsdom lacks must exist before antd and react-router load.
import { screen, within } from '@testing-library/react';
import { jsonResponse, routeFetch } from '../../../../test/fetch';
import { renderScreen } from '../../../../test/render';
import { COORDINATOR } from '../../../../test/users';
import YearlyReportsPage from '../yearly-reports-page';

const OVERVIEW = {
  year: 2024,
  dueDate: '2024-12-15',
  expected: 5,
  submitted: 3,
  onTime: 1,
  onTimeRate: 0.2,
  missing: [
    { agencyCode: 'SLDTBXH', planArea: 'III.1' },
    { agencyCode: 'SNGV', planArea: 'III.2' },
  ],
  late: [
    { agencyCode: 'SNV', planArea: 'III.8', submittedAt: '2026-11-29T01:00:00.000Z' },
    { agencyCode: 'SVHTTDL', planArea: 'III.5', submittedAt: '2026-11-29T01:05:00.000Z' },
  ],
};

describe('YearlyReportsPage', () => {
  it('shows the coordinator the agencies that are late, with counts, and every export format', async () => {
    const fetch = routeFetch((url) => {
      if (url.startsWith('/api/reporting/overview')) return jsonResponse(200, OVERVIEW);
      if (url.startsWith('/api/reporting/reviews')) return jsonResponse(200, { items: [] });
      return jsonResponse(200, { items: [], total: 0, totalCapped: false, page: 1, pageSize: 100 });
    });
    renderScreen(<YearlyReportsPage />, { lang: 'en', url: '/reports?year=2024', user: COORDINATOR });

    const late = await screen.findByTestId('reports-late');
    expect(screen.getByTestId('reports-late-title').textContent).toBe('Late (2)');
    const rows = within(late).getAllByRole('row').slice(1);
    expect(rows.map((row) => row.textContent)).toEqual([
      expect.stringContaining('Department of Home AffairsIII.8'),
      expect.stringContaining('Department of Culture, Sports and TourismIII.5'),
    ]);
    // 2024's due date has passed: those that have not reported are overdue.
    expect(screen.getByTestId('reports-missing-title').textContent).toBe('Overdue, not reported (2)');
    expect(within(screen.getByTestId('reports-missing')).getAllByText(/III\.\d/)).toHaveLength(2);
    expect(fetch.mock.calls.some(([url]) => url === '/api/reporting/overview?year=2024')).toBe(true);

    expect(screen.getByTestId('province-report-export').textContent).toContain('Excel');
    expect(screen.getByTestId('province-report-docx').textContent).toContain('Word');
    expect(screen.getByTestId('province-report-pdf').textContent).toContain('PDF');
  });

  it('says so in Vietnamese when no agency is late', async () => {
    routeFetch((url) => {
      if (url.startsWith('/api/reporting/overview'))
        return jsonResponse(200, { ...OVERVIEW, late: [], missing: [] });
      if (url.startsWith('/api/reporting/reviews')) return jsonResponse(200, { items: [] });
      return jsonResponse(200, { items: [], total: 0, totalCapped: false, page: 1, pageSize: 100 });
    });
    renderScreen(<YearlyReportsPage />, { lang: 'vi', url: '/reports?year=2024', user: COORDINATOR });
    const late = await screen.findByTestId('reports-late');
    expect(screen.getByTestId('reports-late-title').textContent).toBe('Nộp muộn (0)');
    expect(within(late).getByText('Không có đơn vị nộp muộn')).toBeTruthy();
  });
});
