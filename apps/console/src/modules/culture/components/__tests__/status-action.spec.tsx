// First: the browser APIs jsdom lacks must exist before antd and react-router load.
import { provinceToday } from '@ascc/contracts';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { jsonResponse, routeFetch } from '../../../../test/fetch';
import { renderScreen } from '../../../../test/render';
import { SVHTTDL_EDITOR } from '../../../../test/users';
import { StatusAction } from '../status-action';

/** An ISO date `days` after today in the province. */
function ahead(days: number): string {
  const date = new Date(`${provinceToday()}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

const EVENT = {
  id: '5b1c2a4e-8b7d-4c3a-9f1e-2d5b6a7c8e96',
  version: 3,
  titleVi: 'Tuần văn hóa ASEAN',
  titleEn: 'ASEAN culture week',
  status: 'confirmed',
  startDate: ahead(16),
  endDate: ahead(17),
  expectedAudience: 3000,
} as never;

describe('StatusAction: recording an event as held', () => {
  it('names the date rule, sends nothing without an override, and sends the override with its reason', async () => {
    const fetch = routeFetch(() => jsonResponse(200, { ...(EVENT as object), status: 'held' }));
    renderScreen(<StatusAction event={EVENT} to="held" />, { lang: 'vi', user: SVHTTDL_EDITOR });

    fireEvent.click(screen.getByTestId('event-action-held'));
    const dialog = await screen.findByRole('dialog');
    const [y, m, d] = ahead(16).split('-');
    expect(within(dialog).getByTestId('guard-refusal').textContent).toContain(
      `Sự kiện bắt đầu ngày ${d}/${m}/${y}; chỉ ghi nhận đã tổ chức được từ ngày đó`,
    );

    fireEvent.click(screen.getByTestId('event-action-ok'));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(fetch).not.toHaveBeenCalled();

    fireEvent.click(within(dialog).getByLabelText(/Vẫn ghi nhận \(nhập liệu muộn\)/));
    fireEvent.change(await within(dialog).findByLabelText('Lý do ghi đè quy tắc ngày'), {
      target: { value: 'Nhập bù theo báo cáo nhanh' },
    });
    fireEvent.click(screen.getByTestId('event-action-ok'));
    await waitFor(() => expect(fetch).toHaveBeenCalledTimes(1));
    const [url, init] = fetch.mock.calls[0];
    expect(url).toBe(`/api/culture/events/${(EVENT as { id: string }).id}/status`);
    expect(JSON.parse(String(init?.body))).toMatchObject({
      version: 3,
      to: 'held',
      actualAudience: 3000,
      override: true,
      overrideReason: 'Nhập bù theo báo cáo nhanh',
    });
  });
});
