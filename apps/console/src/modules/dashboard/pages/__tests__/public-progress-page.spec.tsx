// First: the browser APIs jsdom lacks must exist before antd and react-router load.
import { fireEvent, screen, within } from '@testing-library/react';
import type { PublicIndicator, PublicProgress } from '@ascc/contracts';
import { bearerOf, jsonResponse, mockFetch } from '../../../../test/fetch';
import { renderScreen } from '../../../../test/render';
import PublicProgressPage from '../public-progress-page';

const LABOUR: PublicIndicator = {
  code: 'III.2-PUB',
  nameVi: 'Tỷ lệ lao động qua đào tạo nghề',
  nameEn: 'Share of workers with vocational training',
  unit: 'percent',
  direction: 'higher',
  baseline: 50,
  baselineYear: 2016,
  targets: [{ year: 2025, value: 70 }],
  cumulative: false,
  leadAgencyCode: 'SLDTBXH',
  method: 'reported',
  planRef: 'III.2',
  values: [
    { year: 2023, value: 62 },
    { year: 2024, value: 64.5 },
  ],
  latest: { year: 2024, value: 64.5 },
  target: { year: 2025, value: 70 },
  expected: 67.8,
  status: 'at-risk',
};

const AID: PublicIndicator = {
  ...LABOUR,
  code: 'III.11-1',
  nameVi: 'Viện trợ giải ngân',
  nameEn: 'Aid disbursed',
  unit: 'dong',
  method: 'computed',
  baseline: null,
  baselineYear: null,
  targets: [],
  values: [],
  latest: null,
  target: null,
  expected: null,
  status: 'no-data',
};

const PAGE: PublicProgress = {
  publishedThrough: 2025,
  areas: [
    { code: 'III.2', indicators: [LABOUR] },
    { code: 'III.11', indicators: [AID] },
  ],
};

describe('PublicProgressPage', () => {
  it("shows every area's published progress to a visitor without an account, in Vietnamese and English", async () => {
    const fetch = mockFetch(jsonResponse(200, PAGE));
    renderScreen(<PublicProgressPage />, { lang: 'vi', url: '/public/plan' });

    const labour = await screen.findByTestId('public-indicator-III.2-PUB');
    expect(fetch.mock.calls[0][0]).toBe('/api/public/plan/progress');
    expect(bearerOf(fetch.mock.calls[0][1])).toBeUndefined();
    expect(within(labour).getByText('Tỷ lệ lao động qua đào tạo nghề')).toBeTruthy();
    expect(within(labour).getByTestId('public-status-III.2-PUB').textContent).toBe('Có nguy cơ chậm');
    expect(within(labour).getByTestId('public-latest-III.2-PUB').textContent).toBe(
      'Đạt được: 64,5 % (năm 2024)',
    );
    expect(within(labour).getByText('Mục tiêu: 70 % (năm 2025)')).toBeTruthy();
    expect(within(labour).getByText('Giá trị cơ sở: 50 % (năm 2016)')).toBeTruthy();
    expect(within(labour).getByTestId('public-values-III.2-PUB').textContent).toContain('2023: 62 %');
    expect(screen.getByTestId('public-published-rule').textContent).toContain('đến hết năm 2025');
    // Every area of the plan is listed; one without indicators says so.
    expect(screen.getAllByRole('heading', { level: 2 })).toHaveLength(12);
    expect(
      within(screen.getByTestId('public-area-III.1')).getByText('Lĩnh vực này chưa có chỉ tiêu.'),
    ).toBeTruthy();
    expect(
      within(screen.getByTestId('public-indicator-III.11-1')).getByText('Chưa có số liệu công bố'),
    ).toBeTruthy();

    fireEvent.click(within(screen.getByTestId('lang-switch')).getByText('English'));
    expect(await screen.findByText('Progress of the ASEAN Socio-Cultural Community plan')).toBeTruthy();
    const english = screen.getByTestId('public-indicator-III.2-PUB');
    expect(within(english).getByText('Share of workers with vocational training')).toBeTruthy();
    expect(within(english).getByTestId('public-status-III.2-PUB').textContent).toBe('At risk');
    expect(within(english).getByTestId('public-latest-III.2-PUB').textContent).toBe(
      'Achieved: 64.5 % (2024)',
    );
  });

  it('says so when the progress cannot be loaded', async () => {
    mockFetch(jsonResponse(503, { code: 'UNAVAILABLE', status: 503, message: 'No service' }));
    renderScreen(<PublicProgressPage />, { lang: 'en', url: '/public/plan' });
    expect(await screen.findByText('Could not load the progress.')).toBeTruthy();
  });
});
