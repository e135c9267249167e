// First: the browser APIs jsdom lacks must exist before antd and react-router load.
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { Route, Routes } from 'react-router-dom';
import { jsonResponse, routeFetch } from '../../../../test/fetch';
import { renderScreen } from '../../../../test/render';
import { ADMIN, SNV_EDITOR } from '../../../../test/users';
import DelegationDrawer from '../delegation-drawer';

const ID = '5a1c2a4e-8b7d-4c3a-9f1e-2d5b6a7c8e90';
const EVENT_ID = '6b1c2a4e-8b7d-4c3a-9f1e-2d5b6a7c8e91';
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
  culturalEvent: { id: EVENT_ID, label: 'Tuần văn hóa ASEAN' },
  includesAsean: true,
};
const EMPTY_PAGE = { items: [], total: 0, totalCapped: false, page: 1, pageSize: 20 };

/** Serves the delegation (and its newer version after an edit), and answers the edit with `answer`. */
function serve(answer: (body: Record<string, unknown>) => Response) {
  return routeFetch((url, init) => {
    if (init?.method === 'PUT') return answer(JSON.parse(String(init.body)));
    if (url === `/api/aid/delegations/${ID}`) return jsonResponse(200, DELEGATION);
    return jsonResponse(200, EMPTY_PAGE);
  });
}

function renderDrawer(user = ADMIN, lang: 'vi' | 'en' = 'vi') {
  return renderScreen(
    <Routes>
      <Route path="aid/delegations/:id" element={<DelegationDrawer />} />
    </Routes>,
    { lang, url: `/aid/delegations/${ID}`, user },
  );
}

/** Opens the edit form from the drawer and returns the form's drawer. */
async function openEdit(): Promise<HTMLElement> {
  fireEvent.click(await screen.findByTestId('edit-delegation'));
  const title = await screen.findByText('Sửa · Đoàn tỉnh Champasak');
  const form = title.closest('.ant-drawer');
  if (!(form instanceof HTMLElement)) throw new Error('no edit drawer');
  return form;
}

describe('DelegationDrawer editing', () => {
  it('edits the delegation in the create form, on the version it read, keeping its event link', async () => {
    const fetch = serve((body) => jsonResponse(200, { ...DELEGATION, ...body, version: 4 }));
    renderDrawer();

    const form = await openEdit();
    const size = within(form).getByLabelText('Số thành viên');
    expect((within(form).getByLabelText('Tên đoàn') as HTMLInputElement).value).toBe('Đoàn tỉnh Champasak');
    fireEvent.change(size, { target: { value: '15' } });
    fireEvent.click(within(form).getByTestId('form-submit'));

    await waitFor(() => expect(fetch.mock.calls.some(([, init]) => init?.method === 'PUT')).toBe(true));
    const [url, init] = fetch.mock.calls.find(([, i]) => i?.method === 'PUT') ?? [];
    expect(url).toBe(`/api/aid/delegations/${ID}`);
    // The id travels in the path; the body carries the version the editor read.
    expect(JSON.parse(String(init?.body))).toMatchObject({
      version: 3,
      size: 15,
      title: 'Đoàn tỉnh Champasak',
      startDate: '2026-03-10',
      endDate: '2026-03-12',
      countryCodes: ['LA'],
      culturalEvent: { id: EVENT_ID, label: 'Tuần văn hóa ASEAN' },
    });
    expect(await screen.findByText('Đã lưu thay đổi')).toBeTruthy();
  });

  it('says clearly that someone else saved a newer version when the edit is stale (409)', async () => {
    serve(() =>
      jsonResponse(409, {
        code: 'CONFLICT',
        status: 409,
        message: 'Delegation was changed by someone else since you opened it; reload and try again',
        fields: [
          {
            path: 'version',
            code: 'stale',
            message: 'The record has a newer version',
            params: { rule: 'staleVersion', currentVersion: 4 },
          },
        ],
      }),
    );
    renderDrawer();

    const form = await openEdit();
    fireEvent.click(within(form).getByTestId('form-submit'));

    const alert = await within(form).findByTestId('form-error');
    expect(alert.textContent).toContain('Bản ghi đã được người khác sửa; hãy tải lại và thử lại.');
    expect(alert.textContent).toContain('Người khác vừa lưu phiên bản 4');
    expect(within(form).getByText('Sửa · Đoàn tỉnh Champasak')).toBeTruthy();
  });

  it('checks the edit with the same rules before sending: a title is required', async () => {
    const fetch = serve(() => jsonResponse(200, DELEGATION));
    renderDrawer(ADMIN, 'vi');
    const form = await openEdit();
    fireEvent.change(within(form).getByLabelText('Tên đoàn'), { target: { value: '  ' } });
    fireEvent.click(within(form).getByTestId('form-submit'));

    expect(await within(form).findByText('Vui lòng nhập thông tin này')).toBeTruthy();
    expect(fetch.mock.calls.some(([, init]) => init?.method === 'PUT')).toBe(false);
  });

  it('offers no edit to a user who may not manage the delegation', async () => {
    serve(() => jsonResponse(200, DELEGATION));
    renderDrawer(SNV_EDITOR);
    expect(await screen.findByText('Sone Phommachanh')).toBeTruthy();
    expect(screen.queryByTestId('edit-delegation')).toBeNull();
  });
});
