// First: the browser APIs jsdom lacks must exist before antd and react-router load.
import { screen, within } from '@testing-library/react';
import { jsonResponse, mockFetch } from '../../../../test/fetch';
import { renderScreen } from '../../../../test/render';
import { SVHTTDL_EDITOR } from '../../../../test/users';
import CultureCalendarPage from '../culture-calendar-page';

const today = new Date().toISOString().slice(0, 10);
const EVENT = {
  id: '3f1c2a4e-8b7d-4c3a-9f1e-2d5b6a7c8e9f',
  titleVi: 'Liên hoan nghệ thuật quần chúng các nước ASEAN mở rộng tại tỉnh Thái Bình lần thứ nhất',
  titleEn: 'First extended ASEAN people’s art festival in Thai Binh province',
  type: 'festival',
  venue: 'Nhà văn hóa trung tâm tỉnh',
  districtCode: 'TP-THAIBINH',
  startDate: today,
  endDate: today,
  status: 'confirmed',
  overlapCount: 0,
};

function renderCalendar(url: string) {
  mockFetch(jsonResponse(200, { items: [EVENT] }), jsonResponse(200, { items: [EVENT] }));
  return renderScreen(<CultureCalendarPage />, { lang: 'vi', url, user: SVHTTDL_EDITOR });
}

describe('CultureCalendarPage', () => {
  const wide = window.innerWidth;
  afterEach(() => {
    window.innerWidth = wide;
  });

  it('lays the month out in seven equal columns, every weekday named, today marked', async () => {
    renderCalendar('/culture/calendar');

    const grid = await screen.findByTestId('cal-grid');
    // Equal columns whatever an event's title: minmax(0, 1fr), not 1fr (which grows with its content).
    expect(grid.style.gridTemplateColumns).toBe('repeat(7, minmax(0, 1fr))');
    for (const day of ['T2', 'T3', 'T4', 'T5', 'T6', 'T7', 'CN'])
      expect(within(grid).getByText(day)).toBeTruthy();
    const cell = screen.getByTestId(`cal-day-${today}`);
    expect(cell.getAttribute('aria-current')).toBe('date');
    expect(within(cell).getByTestId('cal-today').textContent).toBe(String(Number(today.slice(8))));
    expect(within(cell).getByText('Hôm nay')).toBeTruthy();
    expect(await within(cell).findByText(EVENT.titleVi)).toBeTruthy();
    expect(grid.querySelectorAll('[aria-current="date"]')).toHaveLength(1);
  });

  it('opens on the agenda on a phone, and still offers the month', async () => {
    window.innerWidth = 390;
    renderCalendar('/culture/calendar');

    expect(await screen.findByTestId('cal-list')).toBeTruthy();
    expect(screen.queryByTestId('cal-grid')).toBeNull();
    expect(await screen.findByText(EVENT.titleVi)).toBeTruthy();
  });

  it('shows the month on a phone when asked for', async () => {
    window.innerWidth = 390;
    renderCalendar('/culture/calendar?view=month');

    expect(await screen.findByTestId('cal-grid')).toBeTruthy();
  });
});
