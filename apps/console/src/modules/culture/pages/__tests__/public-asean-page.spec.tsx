// First: the browser APIs jsdom lacks must exist before antd and react-router load.
import { fireEvent, screen, within } from '@testing-library/react';
import { bearerOf, jsonResponse, mockFetch } from '../../../../test/fetch';
import { renderScreen } from '../../../../test/render';
import PublicAseanPage from '../public-asean-page';

const EVENT = {
  id: '3f1c2a4e-8b7d-4c3a-9f1e-2d5b6a7c8e9f',
  titleVi: 'Tuần văn hóa ASEAN',
  titleEn: 'ASEAN culture week',
  type: 'culture-week',
  venue: 'Quảng trường Thái Bình',
  districtCode: 'TP-THAIBINH',
  startDate: '2026-12-08',
  endDate: '2026-12-14',
  status: 'confirmed',
  countryCodes: ['LA', 'TH'],
  aseanCountryCodes: ['LA', 'TH'],
  troupes: [{ name: 'Đoàn Hủa Phăn', countryCode: 'LA' }],
};

describe('PublicAseanPage', () => {
  it('shows upcoming events to a visitor without an account, and switches to English', async () => {
    const fetch = mockFetch(jsonResponse(200, { upcoming: [EVENT], highlights: [] }));
    renderScreen(<PublicAseanPage />, { lang: 'vi', url: '/public/asean' });

    const upcoming = await screen.findByTestId('public-upcoming');
    expect(within(upcoming).getByText('Tuần văn hóa ASEAN')).toBeTruthy();
    expect(within(upcoming).getByText('Lào')).toBeTruthy();
    expect(fetch.mock.calls[0][0]).toBe('/api/public/culture/events');
    expect(bearerOf(fetch.mock.calls[0][1])).toBeUndefined();

    fireEvent.click(within(screen.getByTestId('lang-switch')).getByText('English'));
    expect(await screen.findByText('ASEAN cultural exchange in Thai Binh')).toBeTruthy();
    expect(within(screen.getByTestId('public-upcoming')).getByText('ASEAN culture week')).toBeTruthy();
    expect(within(screen.getByTestId('public-upcoming')).getByText('Lao PDR')).toBeTruthy();
    expect(screen.getByTestId('public-ics').getAttribute('href')).toBe(
      '/api/public/culture/calendar.ics?lang=en',
    );
  });
});
