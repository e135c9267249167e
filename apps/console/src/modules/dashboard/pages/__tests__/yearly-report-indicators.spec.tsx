// First: the browser APIs jsdom lacks must exist before antd and react-router load.
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { PlanIndicator, YearlyReport } from '@ascc/contracts';
import { jsonResponse, routeFetch } from '../../../../test/fetch';
import { renderScreen } from '../../../../test/render';
import { SNV_EDITOR } from '../../../../test/users';
import YearlyReportsPage from '../yearly-reports-page';

const indicator = (code: string, nameVi: string, extra: Partial<PlanIndicator> = {}): PlanIndicator => ({
  id: `7d0c3a52-1b8e-4f6a-9c2d-${code.replace(/\D/g, '').padStart(12, '0')}`,
  version: 1,
  code,
  nameVi,
  nameEn: `${nameVi} (en)`,
  planArea: 'III.8',
  unit: 'count',
  direction: 'higher',
  baseline: null,
  baselineYear: null,
  targets: [{ year: 2025, value: 40 }],
  cumulative: false,
  leadAgencyCode: 'SNV',
  method: 'reported',
  computation: null,
  origin: 'derived',
  planQuote: '',
  planRef: '',
  updatedAt: '2024-01-01T00:00:00.000Z',
  ...extra,
});

const CATALOGUE = [
  indicator('III.8-81', 'Lớp bồi dưỡng ngoại ngữ'),
  indicator('III.8-82', 'Cán bộ đạt chuẩn ngoại ngữ'),
];

/** Stored earlier (by another client): a catalogue line with its source and comment, and a free-text line. */
const STORED = [
  {
    code: 'III.8-81',
    name: 'Lớp bồi dưỡng ngoại ngữ',
    target: 30,
    actual: 12,
    source: 'Sở Nội vụ, báo cáo quý IV',
    comment: 'Số liệu đến 30/11',
  },
  { name: 'Chỉ tiêu tự ghi của đơn vị', target: 5, actual: 4 },
];

const REPORT: YearlyReport = {
  id: '3f2a1c4e-8b7d-4c3a-9f1e-2d5b6a7c8e96',
  version: 3,
  agencyCode: 'SNV',
  year: 2024,
  planArea: 'III.8',
  status: 'draft',
  narrative: 'Đã mở 12 lớp.',
  indicators: STORED,
  tasks: [],
  difficulties: '',
  proposals: '',
  figures: { trained: 0, events: 0, aidDisbursed: '0', budgetApproved: '0' },
  dueDate: '2024-12-15',
  submittedAt: null,
  late: false,
  reviewComment: null,
  updatedAt: '2024-12-01T03:00:00.000Z',
};

/**
 * Issue 20 item 3: the agency's editor sees the reported indicators of the report's area listed, enters
 * a value with its source and comment, and saves; every indicator stored before is sent back whole (the
 * fields the form shows and those it does not), and a second save sends them all again.
 */
describe('YearlyReportsPage: the report’s indicators', () => {
  it('lists the area’s reported indicators, saves a new value, and keeps every stored indicator on each save', async () => {
    let current: YearlyReport = REPORT;
    const fetch = routeFetch((url, init) => {
      if (url === `/api/reporting/reports/${REPORT.id}` && init?.method === 'PUT') {
        const body = JSON.parse(String(init.body)) as YearlyReport;
        current = { ...current, ...body, version: current.version + 1 };
        return jsonResponse(200, current);
      }
      if (url.startsWith('/api/reporting/indicators')) return jsonResponse(200, { items: CATALOGUE });
      if (url.startsWith('/api/reporting/reports'))
        return jsonResponse(200, { items: [current], total: 1, totalCapped: false, page: 1, pageSize: 100 });
      return jsonResponse(200, { items: [], total: 0, totalCapped: false, page: 1, pageSize: 20 });
    });
    const puts = () =>
      fetch.mock.calls
        .filter(([url, init]) => url === `/api/reporting/reports/${REPORT.id}` && init?.method === 'PUT')
        .map(([, init]) => JSON.parse(String(init?.body)) as { version: number; indicators: unknown[] });
    renderScreen(<YearlyReportsPage />, { lang: 'vi', url: '/reports?year=2024', user: SNV_EDITOR });

    fireEvent.click(await screen.findByTestId('report-edit'));
    const table = await screen.findByTestId('report-indicators');
    // Both reported indicators of III.8 are listed; the stored one shows its value, source and comment.
    expect(within(table).getByText(/III\.8-81 · Lớp bồi dưỡng ngoại ngữ/)).toBeTruthy();
    expect(within(table).getByText(/III\.8-82 · Cán bộ đạt chuẩn ngoại ngữ/)).toBeTruthy();
    expect((screen.getByTestId('report-indicator-value-III.8-81') as HTMLInputElement).value).toBe('12');
    expect((screen.getByTestId('report-indicator-source-III.8-81') as HTMLInputElement).value).toBe(
      'Sở Nội vụ, báo cáo quý IV',
    );
    // The free-text line is shown apart, and kept.
    expect(screen.getByText('Chỉ tiêu tự ghi của đơn vị')).toBeTruthy();

    fireEvent.change(screen.getByTestId('report-indicator-value-III.8-82'), { target: { value: '25' } });
    fireEvent.change(screen.getByTestId('report-indicator-source-III.8-82'), {
      target: { value: 'Kết quả kiểm tra B1' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Lưu' }));
    await waitFor(() => expect(puts()).toHaveLength(1));
    const expected = [
      STORED[0],
      {
        code: 'III.8-82',
        name: 'Cán bộ đạt chuẩn ngoại ngữ',
        target: 40,
        actual: 25,
        source: 'Kết quả kiểm tra B1',
      },
      STORED[1],
    ];
    expect(puts()[0]).toMatchObject({ version: 3, narrative: 'Đã mở 12 lớp.', indicators: expected });

    // A second save of the report as the server now has it (version 4), nothing touched: every
    // indicator goes back as it was stored.
    const lists = () => fetch.mock.calls.filter(([url]) => url.startsWith('/api/reporting/reports?')).length;
    // The list is read again after the save (the first read and this one).
    await waitFor(() => expect(lists()).toBeGreaterThanOrEqual(2));
    fireEvent.click(await screen.findByTestId('report-edit'));
    await waitFor(() =>
      expect((screen.getByTestId('report-indicator-value-III.8-82') as HTMLInputElement).value).toBe('25'),
    );
    fireEvent.click(screen.getByRole('button', { name: 'Lưu' }));
    await waitFor(() => expect(puts()).toHaveLength(2));
    expect(puts()[1]).toMatchObject({ version: 4, indicators: expected });
  }, 60_000);
});
