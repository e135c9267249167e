// First: the browser APIs jsdom lacks must exist before antd and react-router load.
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { jsonResponse, mockFetch, routeFetch } from '../../../../test/fetch';
import { LocationProbe, renderScreen } from '../../../../test/render';
import { COORDINATOR, SNV_VIEWER, STC_REVIEWER } from '../../../../test/users';
import PlanRecordsPage from '../plan-records-page';

const COURSE_ID = '3f1c2a4e-8b7d-4c3a-9f1e-2d5b6a7c8e9f';
const LINE_ID = '9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b6a';
const ESTIMATE_ID = '1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d';

const course = (id: string, title: string | null, trained: number) => ({
  kind: 'course',
  id,
  recordId: id,
  code: 'NV-2024-01',
  title,
  agencyCode: 'SNV',
  year: 2024,
  planArea: 'III.8',
  figures: { trained, completed: trained - 1, communeTrained: 3 },
});

const recordsPage = (items: unknown[], total: number, totals: Record<string, unknown>) =>
  jsonResponse(200, { items, total, totalCapped: false, page: 1, pageSize: 20, totals });

describe('PlanRecordsPage', () => {
  it('asks for the records of the filters in the address, links each to its page, and totals all of them', async () => {
    const fetch = mockFetch(
      recordsPage([course(COURSE_ID, 'Hội nhập quốc tế cấp xã', 40)], 7, {
        trained: 245,
        completed: 200,
        communeTrained: 98,
      }),
    );
    renderScreen(<PlanRecordsPage />, {
      lang: 'en',
      url: '/plan/records?kind=course&year=2024&level=commune',
      user: COORDINATOR,
    });

    const table = await screen.findByTestId('records-table');
    const link = await within(table).findByText('Hội nhập quốc tế cấp xã');
    expect(fetch.mock.calls[0][0]).toBe(
      '/api/reporting/records?page=1&pageSize=20&sort=year&order=desc&kind=course&year=2024&level=commune',
    );
    expect(link.closest('a')?.getAttribute('href')).toBe(`/training/courses/${COURSE_ID}`);
    expect(within(table).getByText('Department of Home Affairs')).toBeTruthy();
    // The totals are the server's over every matching record (245), not this page's sum (40).
    expect(within(table).getByTestId('records-total-trained').textContent).toBe('245');
    expect(within(table).getByTestId('records-total-completed').textContent).toBe('200');
    expect(within(table).getByTestId('records-total-count').textContent).toBe('7');
    expect(screen.getByLabelText('Target level')).toBeTruthy();
    expect(screen.queryByLabelText('Funding source')).toBeNull();
  });

  it("opens a budget line on its estimate's page and shows money in đồng", async () => {
    mockFetch(
      recordsPage(
        [
          {
            kind: 'budget-line',
            id: LINE_ID,
            recordId: ESTIMATE_ID,
            code: null,
            title: null,
            agencyCode: 'STC',
            year: 2024,
            planArea: null,
            figures: { requested: '120000000', approved: '100000000' },
          },
        ],
        1,
        { requested: '120000000', approved: '100000000' },
      ),
    );
    renderScreen(<PlanRecordsPage />, {
      lang: 'vi',
      url: '/plan/records?kind=budget-line&phase=P2&agencyCode=STC',
      user: COORDINATOR,
    });
    const table = await screen.findByTestId('records-table');
    const link = await within(table).findByText('(chưa có tên)');
    expect(link.closest('a')?.getAttribute('href')).toBe(`/budget/${ESTIMATE_ID}`);
    expect(within(table).getByTestId('records-total-approved').textContent).toMatch(/^100\.000\.000/);
    expect(screen.getByText('Tổng cộng')).toBeTruthy();
  });

  it('shows the filter the server refused beside the filters, by its label, and keeps it there to clear', async () => {
    mockFetch(
      jsonResponse(400, {
        code: 'VALIDATION_FAILED',
        status: 400,
        message: 'Invalid',
        fields: [{ path: 'countryCode', code: 'invalid_value', message: 'Not a filter of courses' }],
      }),
    );
    renderScreen(<PlanRecordsPage />, {
      lang: 'en',
      url: '/plan/records?kind=course&countryCode=LA',
      user: COORDINATOR,
    });
    const alert = await screen.findByTestId('records-filter-error');
    expect(alert.textContent).toContain('A filter is not valid');
    expect(alert.textContent).toContain('Country:');
    const country = screen.getByTestId('filter-countryCode');
    expect(country.className).toContain('ant-select-status-error');
  });

  it('drops the filters of the old kind when the kind changes, so the new request is valid', async () => {
    const fetch = routeFetch(() => recordsPage([], 0, {}));
    renderScreen(
      <>
        <PlanRecordsPage />
        <LocationProbe />
      </>,
      {
        lang: 'en',
        url: '/plan/records?kind=event&year=2020&countryCode=LA&planArea=III.5',
        user: COORDINATOR,
      },
    );
    expect(await screen.findByText('No records match these filters')).toBeTruthy();
    fireEvent.mouseDown(screen.getByRole('combobox', { name: 'Kind of record' }));
    fireEvent.click(await screen.findByTitle('Budget lines'));
    await waitFor(() =>
      expect(screen.getByTestId('location').textContent).toBe(
        '/plan/records?kind=budget-line&year=2020&planArea=III.5',
      ),
    );
    await waitFor(() =>
      expect(fetch.mock.calls.at(-1)?.[0]).toBe(
        '/api/reporting/records?page=1&pageSize=20&sort=year&order=desc&kind=budget-line&year=2020&planArea=III.5',
      ),
    );
  });

  it("asks a viewer's own agency's records only, and says the figures count every agency's", async () => {
    // Home Affairs' viewer reads every agency's training, but only their own agency's delegations.
    const fetch = routeFetch(() => recordsPage([], 0, {}));
    renderScreen(<PlanRecordsPage />, {
      lang: 'en',
      url: '/plan/records?kind=delegation&year=2024',
      user: SNV_VIEWER,
    });
    expect((await screen.findByTestId('records-own-agency')).textContent).toContain(
      "Your role reads only Department of Home Affairs's records",
    );
    await waitFor(() =>
      expect(fetch.mock.calls.at(-1)?.[0]).toBe(
        '/api/reporting/records?page=1&pageSize=20&sort=year&order=desc&kind=delegation&year=2024&agencyCode=SNV',
      ),
    );
  });

  it("asks every agency's courses for Home Affairs' viewer, who reads all training", async () => {
    const fetch = routeFetch(() => recordsPage([course(COURSE_ID, 'Hội nhập quốc tế cấp xã', 40)], 1, {}));
    renderScreen(<PlanRecordsPage />, {
      lang: 'en',
      url: '/plan/records?kind=course&year=2024',
      user: SNV_VIEWER,
    });
    await waitFor(() =>
      expect(fetch.mock.calls.at(-1)?.[0]).toBe(
        '/api/reporting/records?page=1&pageSize=20&sort=year&order=desc&kind=course&year=2024',
      ),
    );
    expect(screen.queryByTestId('records-own-agency')).toBeNull();
  });

  it('asks nothing of a department the role does not read, and says why', async () => {
    const fetch = routeFetch(() => recordsPage([], 0, {}));
    renderScreen(<PlanRecordsPage />, { lang: 'vi', url: '/plan/records?kind=course', user: STC_REVIEWER });
    expect((await screen.findByTestId('records-kind-refused')).textContent).toContain(
      'Vai trò của bạn không xem được loại hồ sơ này',
    );
    expect(fetch).not.toHaveBeenCalled();
    expect(screen.queryByTestId('records-table')).toBeNull();
  });
});
