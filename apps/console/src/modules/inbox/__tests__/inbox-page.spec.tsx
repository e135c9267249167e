import type { Notification, NotificationPage } from '@ascc/contracts';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { Route, Routes } from 'react-router-dom';
import { jsonResponse, routeFetch } from '../../../test/fetch';
import { LocationProbe, renderScreen } from '../../../test/render';
import { SNV_EDITOR } from '../../../test/users';
import { notificationPath, notificationText } from '../inbox-format';
import InboxPage from '../pages/inbox-page';
import { translator } from '../../../i18n/translate';

const returned: Notification = {
  id: '6f1c1f8e-0000-4000-8000-000000000001',
  template: 'estimate.returned',
  params: { title: 'Dự toán 2025', fiscalYear: 2025, comment: 'Thiếu chứng từ' },
  link: { kind: 'budget-estimate', id: '6f1c1f8e-0000-4000-8000-0000000000e1' },
  agencyCode: 'SNV',
  createdAt: '2025-07-01T03:00:00.000Z',
  readAt: null,
};
const dueSoon: Notification = {
  id: '6f1c1f8e-0000-4000-8000-000000000002',
  template: 'report.due-soon',
  params: { year: 2024, planArea: 'III.8', dueDate: '2024-12-15', days: 7 },
  link: { kind: 'yearly-reports' },
  agencyCode: 'SNV',
  createdAt: '2024-12-08T01:00:00.000Z',
  readAt: '2024-12-08T02:00:00.000Z',
};
const page = (items: Notification[], unread: number): NotificationPage => ({
  items,
  total: items.length,
  unread,
  page: 1,
  pageSize: 20,
});

describe('inbox', () => {
  it('writes each notification from its template in the reader’s language, dates as the console writes them', () => {
    expect(notificationText(dueSoon, translator('vi'), 'vi')).toBe(
      'Báo cáo năm 2024 lĩnh vực III.8 phải nộp trước 15/12/2024: còn 7 ngày.',
    );
    expect(notificationText(returned, translator('en'), 'en')).toBe(
      'Finance returned the estimate “Dự toán 2025” (2025): “Thiếu chứng từ”.',
    );
  });

  it('links each notification to its record', () => {
    expect(notificationPath(returned.link)).toBe('/budget/6f1c1f8e-0000-4000-8000-0000000000e1');
    expect(notificationPath(dueSoon.link, dueSoon.params)).toBe('/reports?year=2024');
    expect(notificationPath({ kind: 'aid-project', id: 'p1' })).toBe('/aid/projects/p1');
    expect(notificationPath({ kind: 'course', id: 'c1' })).toBe('/training/courses/c1');
    expect(notificationPath({ kind: 'ngo', id: 'n1' })).toBe('/aid/n1');
  });

  it('lists the notifications, marks one read, and opens its record', async () => {
    const requests: string[] = [];
    routeFetch((url, init) => {
      requests.push(`${init?.method ?? 'GET'} ${url}`);
      if (url.includes('/read')) return jsonResponse(200, { marked: 1, unread: 0 });
      return jsonResponse(200, page([returned, dueSoon], 1));
    });
    renderScreen(
      <Routes>
        <Route path="inbox" element={<InboxPage />} />
        <Route path="*" element={<LocationProbe />} />
      </Routes>,
      { lang: 'vi', user: SNV_EDITOR, url: '/inbox' },
    );
    const items = await screen.findAllByTestId('inbox-item');
    expect(items).toHaveLength(2);
    expect(items[0].getAttribute('data-unread')).toBe('true');
    expect(items[1].getAttribute('data-unread')).toBeNull();
    expect(items[0].textContent).toContain('Dự toán «Dự toán 2025» (năm 2025) bị Sở Tài chính trả lại');

    fireEvent.click(screen.getAllByTestId('inbox-open')[0]);
    await waitFor(() => expect(requests).toContain(`POST /api/notifications/${returned.id}/read`));
    expect((await screen.findByTestId('location')).textContent).toBe(`/budget/${returned.link.id}`);
  });

  it('says so when there is nothing, and offers no "mark all read"', async () => {
    routeFetch(() => jsonResponse(200, page([], 0)));
    renderScreen(<InboxPage />, { lang: 'en', user: SNV_EDITOR, url: '/inbox' });
    expect(await screen.findByText('No notifications.')).toBeTruthy();
    expect((screen.getByTestId('inbox-mark-all') as HTMLButtonElement).disabled).toBe(true);
  });
});
