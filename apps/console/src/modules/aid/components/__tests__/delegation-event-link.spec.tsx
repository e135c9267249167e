// First: the browser APIs jsdom lacks must exist before antd and react-router load.
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { Route, Routes } from 'react-router-dom';
import { jsonResponse, routeFetch } from '../../../../test/fetch';
import { renderScreen } from '../../../../test/render';
import { SNV_EDITOR } from '../../../../test/users';
import DelegationDrawer from '../delegation-drawer';

const ID = '5a1c2a4e-8b7d-4c3a-9f1e-2d5b6a7c8e90';
const EVENT_ID = '6b1c2a4e-8b7d-4c3a-9f1e-2d5b6a7c8e91';
const FILM_WEEK_ID = '7c1c2a4e-8b7d-4c3a-9f1e-2d5b6a7c8e92';
const DELEGATION = {
  id: ID,
  version: 3,
  createdAt: '2026-01-05T08:00:00.000Z',
  updatedAt: '2026-01-06T09:30:00.000Z',
  title: 'Đoàn tỉnh Champasak',
  direction: 'inbound',
  purpose: 'friendship',
  countryCodes: ['LA'],
  organisations: ['UBND tỉnh Champasak'],
  headName: 'Sone Phommachanh',
  size: 12,
  startDate: '2026-03-10',
  endDate: '2026-03-12',
  agencyCode: 'SNGV',
  planArea: 'III.9',
  culturalEvent: { id: EVENT_ID, label: '10/03/2026 · Tuần văn hóa ASEAN' },
  includesAsean: true,
};
const OPTIONS = {
  items: [
    {
      id: FILM_WEEK_ID,
      titleVi: 'Tuần phim ASEAN',
      titleEn: 'ASEAN film week',
      startDate: '2026-04-20',
      endDate: '2026-04-26',
      status: 'confirmed',
    },
  ],
};
const EMPTY_PAGE = { items: [], total: 0, totalCapped: false, page: 1, pageSize: 20 };

function serve(answer: (body: Record<string, unknown>) => Response) {
  return routeFetch((url, init) => {
    if (init?.method === 'PUT') return answer(JSON.parse(String(init.body)));
    if (url === `/api/aid/delegations/${ID}`) return jsonResponse(200, DELEGATION);
    if (url.startsWith('/api/culture/event-options')) return jsonResponse(200, OPTIONS);
    return jsonResponse(200, EMPTY_PAGE);
  });
}

async function openEdit(): Promise<HTMLElement> {
  renderScreen(
    <Routes>
      <Route path="aid/delegations/:id" element={<DelegationDrawer />} />
    </Routes>,
    {
      lang: 'vi',
      url: `/aid/delegations/${ID}`,
      user: { ...SNV_EDITOR, username: 'sngv.editor', agencyCode: 'SNGV' },
    },
  );
  fireEvent.click(await screen.findByTestId('edit-delegation'));
  const title = await screen.findByText('Sửa · Đoàn tỉnh Champasak');
  const form = title.closest('.ant-drawer');
  if (!(form instanceof HTMLElement)) throw new Error('no edit drawer');
  return form;
}

const puts = (fetch: ReturnType<typeof serve>) =>
  fetch.mock.calls.filter(([, init]) => init?.method === 'PUT');

describe('A delegation’s cultural event', () => {
  it("is chosen among the culture service's events and sent as a link with its label", async () => {
    const fetch = serve((body) => jsonResponse(200, { ...DELEGATION, ...body, version: 4 }));
    const form = await openEdit();
    const select = within(form).getByLabelText('Sự kiện văn hóa liên quan');
    fireEvent.mouseDown(select);
    fireEvent.click(await screen.findByTitle('20/04/2026 · Tuần phim ASEAN'));
    fireEvent.click(within(form).getByTestId('form-submit'));

    await waitFor(() => expect(puts(fetch)).toHaveLength(1), { timeout: 5000 });
    expect(JSON.parse(String(puts(fetch)[0][1]?.body)).culturalEvent).toEqual({
      id: FILM_WEEK_ID,
      label: '20/04/2026 · Tuần phim ASEAN',
    });
    expect(fetch.mock.calls.some(([url]) => url.startsWith('/api/culture/event-options'))).toBe(true);
  });

  it('shows the refusal of an event the culture service does not know beside the select', async () => {
    serve(() =>
      jsonResponse(400, {
        code: 'VALIDATION_FAILED',
        status: 400,
        message: 'The linked cultural event does not exist',
        fields: [
          {
            path: 'culturalEvent.id',
            code: 'custom',
            message: 'No such cultural event',
            params: { rule: 'unknownCulturalEvent' },
          },
        ],
      }),
    );
    const form = await openEdit();
    fireEvent.click(within(form).getByTestId('form-submit'));
    const item = (
      await within(form).findByText('Sự kiện văn hóa này không có trong hồ sơ của Sở Văn hóa')
    ).closest('.ant-form-item');
    expect(item?.textContent).toContain('Sự kiện văn hóa liên quan');
  });
});
