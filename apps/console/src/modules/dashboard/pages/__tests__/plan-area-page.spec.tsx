// First: the browser APIs jsdom lacks must exist before antd and react-router load.
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { Route, Routes } from 'react-router-dom';
import { jsonResponse, routeFetch } from '../../../../test/fetch';
import { renderScreen } from '../../../../test/render';
import { COORDINATOR } from '../../../../test/users';
import PlanAreaPage from '../plan-area-page';

const AREA = {
  code: 'III.8',
  training: { courses: 3, trained: 120, completed: 100 },
  culture: { events: 2, audience: 5000 },
  aid: { projects: 1, committed: '2000000000', disbursed: '500000000' },
  delegations: { delegations: 2, members: 17 },
  budget: { lines: 4, requested: '900000000', approved: '800000000' },
  byYear: [
    { year: 2024, trained: 120, events: 2, disbursed: '500000000', delegations: 2, approved: '800000000' },
  ],
};
const DELEGATION_ID = '3f1c2a4e-8b7d-4c3a-9f1e-2d5b6a7c8e9f';

const recordsOf = (url: string) => {
  const kind = new URL(url, 'http://console').searchParams.get('kind');
  const items =
    kind === 'delegation'
      ? [
          {
            kind: 'delegation',
            id: DELEGATION_ID,
            recordId: DELEGATION_ID,
            code: null,
            title: 'Đoàn công tác tỉnh Champasak',
            agencyCode: 'SNGV',
            year: 2024,
            planArea: 'III.8',
            figures: { members: 9, countries: ['LA'] },
          },
        ]
      : [];
  return jsonResponse(200, {
    items,
    total: items.length,
    totalCapped: false,
    page: 1,
    pageSize: 10,
    totals: kind === 'delegation' ? { members: 9, countries: ['LA'] } : {},
  });
};

describe('PlanAreaPage', () => {
  it("links the area's figures to its records, and lists each kind of activity when its tab opens", async () => {
    const fetch = routeFetch((url) =>
      url.startsWith('/api/reporting/areas/') ? jsonResponse(200, AREA) : recordsOf(url),
    );
    renderScreen(
      <Routes>
        <Route path="/plan/:code" element={<PlanAreaPage />} />
      </Routes>,
      { lang: 'en', url: '/plan/III.8?year=2024', user: COORDINATOR },
    );

    const figures = await screen.findByTestId('area-figures');
    await within(figures).findByText('Aid projects: 1', { exact: false });
    expect(screen.getByTestId('area-trained-open').getAttribute('href')).toBe(
      '/plan/records?kind=course&year=2024&planArea=III.8',
    );
    expect(screen.getByTestId('area-delegations-open').getAttribute('href')).toBe(
      '/plan/records?kind=delegation&year=2024&planArea=III.8',
    );
    const byYear = screen.getByTestId('area-by-year');
    expect(
      within(byYear)
        .getAllByRole('link')
        .map((a) => a.getAttribute('href')),
    ).toContain('/plan/records?kind=delegation&year=2024&planArea=III.8');

    const requested = () =>
      fetch.mock.calls.map(([url]) => url).filter((url) => url.startsWith('/api/reporting/records'));
    // The first tab (courses) loads; the others wait until opened.
    await waitFor(() => expect(requested()).toHaveLength(1));
    expect(requested()[0]).toContain('kind=course');
    expect(requested()[0]).toContain('planArea=III.8');
    expect(requested()[0]).toContain('year=2024');

    fireEvent.click(screen.getByTestId('area-tab-delegation'));
    const row = await screen.findByText('Đoàn công tác tỉnh Champasak');
    expect(row.closest('a')?.getAttribute('href')).toBe(`/aid/delegations/${DELEGATION_ID}`);
    expect(requested()).toHaveLength(2);
    expect(requested()[1]).toContain('kind=delegation');
    expect(
      within(screen.getByTestId('area-records-delegation')).getByTestId('records-total-members').textContent,
    ).toBe('9');
  });
});
