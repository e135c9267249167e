// First: the browser APIs jsdom lacks must exist before antd and react-router load.
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { Route, Routes } from 'react-router-dom';
import { formatDate } from '../../../../format/format';
import { jsonResponse, routeFetch } from '../../../../test/fetch';
import { LocationProbe, renderScreen } from '../../../../test/render';
import { ADMIN, SNV_EDITOR, SNV_VIEWER } from '../../../../test/users';
import TraineesPage from '../../pages/trainees-page';
import TraineeDrawer from '../trainee-drawer';

const ID = '9e1c2a4e-8b7d-4c3a-9f1e-2d5b6a7c8e94';
const TRAINEE = {
  id: ID,
  version: 1,
  createdAt: '2026-01-05T08:00:00.000Z',
  updatedAt: '2026-01-05T08:00:00.000Z',
  staffCode: 'CB-0042',
  fullName: 'Trần Thị Hoa',
  dateOfBirth: '1990-04-12',
  gender: 'female',
  agencyCode: null,
  districtCode: 'H-DONGHUNG',
  commune: 'Xã Đông Hợp',
  level: 'commune',
  group: 'civil-servant',
  position: 'Công chức văn hóa - xã hội',
  email: null,
  phone: null,
};
const EMPTY_PAGE = { items: [], total: 0, totalCapped: false, page: 1, pageSize: 10 };
const EDITED = {
  id: 'a1c2a4e0-8b7d-4c3a-9f1e-2d5b6a7c8e95',
  at: '2026-02-01T03:04:05.000Z',
  entity: 'Trainee',
  entityId: ID,
  action: 'update',
  userId: 'u2',
  username: 'snv.editor',
  agencyCode: 'SNV',
  correlationId: null,
  changes: {
    fullName: { before: 'Trần Thị Hoa', after: 'Trần Thị Hoà' },
    dateOfBirth: { before: '1990-04-12', after: '1990-05-01' },
    gender: { before: 'male', after: 'female' },
    agencyCode: { before: null, after: 'SNV' },
  },
};

/**
 * Serves the trainee, its history (`history` items), and answers an edit with `answer`; a saved edit is
 * what the trainee reads afterwards, as on the server.
 */
function serve(
  answer: (body: Record<string, unknown>) => Response = () => jsonResponse(200, TRAINEE),
  history: unknown[] = [],
) {
  let stored: unknown = TRAINEE;
  return routeFetch(async (url, init) => {
    if (init?.method === 'PUT') {
      const response = answer(JSON.parse(String(init.body)));
      if (response.ok) stored = await response.json();
      return response;
    }
    if (url.startsWith(`/api/training/trainees/${ID}/history`))
      return jsonResponse(200, { ...EMPTY_PAGE, items: history, total: history.length });
    if (url === `/api/training/trainees/${ID}`) return jsonResponse(200, stored);
    return jsonResponse(200, { items: [TRAINEE], total: 1, totalCapped: false, page: 1, pageSize: 20 });
  });
}

function renderDrawer(user = SNV_EDITOR, lang: 'vi' | 'en' = 'vi') {
  return renderScreen(
    <Routes>
      <Route path="training/trainees/:id" element={<TraineeDrawer />} />
    </Routes>,
    { lang, url: `/training/trainees/${ID}`, user },
  );
}

/** Opens the edit form from the drawer and returns the form's drawer. */
async function openEdit(): Promise<HTMLElement> {
  fireEvent.click(await screen.findByTestId('edit-trainee'));
  const title = await screen.findByText('Sửa học viên · Trần Thị Hoa');
  const form = title.closest('.ant-drawer');
  if (!(form instanceof HTMLElement)) throw new Error('no edit drawer');
  return form;
}

const puts = (fetch: ReturnType<typeof serve>) =>
  fetch.mock.calls.filter(([, init]) => init?.method === 'PUT');

describe('TraineeDrawer', () => {
  it('opens a trainee from the registry and shows the record, closing back to the list', async () => {
    serve();
    renderScreen(
      <>
        <Routes>
          <Route path="training/trainees" element={<TraineesPage />}>
            <Route path=":id" element={<TraineeDrawer />} />
          </Route>
        </Routes>
        <LocationProbe />
      </>,
      { lang: 'vi', url: '/training/trainees?level=commune', user: SNV_EDITOR },
    );

    fireEvent.click(await screen.findByTestId('open-record'));

    await waitFor(() =>
      expect(screen.getByTestId('location').textContent).toBe(`/training/trainees/${ID}?level=commune`),
    );
    const drawer = await screen.findByRole('dialog');
    expect(await within(drawer).findByText('CB-0042 · Trần Thị Hoa')).toBeTruthy();
    expect(within(drawer).getByText('Nữ')).toBeTruthy();
    expect(within(drawer).getByText('Xã Đông Hợp')).toBeTruthy();
    expect(within(drawer).getByText('Công chức')).toBeTruthy();
    expect(within(drawer).getByText('12/04/1990')).toBeTruthy();

    fireEvent.click(within(drawer).getByRole('button', { name: /close|đóng/i }));
    await waitFor(() =>
      expect(screen.getByTestId('location').textContent).toBe('/training/trainees?level=commune'),
    );
  });

  it('shows who changed the trainee, each field as "label: before → after" with names and dd/mm/yyyy (vi)', async () => {
    serve(undefined, [EDITED]);
    renderDrawer(SNV_EDITOR, 'vi');
    fireEvent.click(await screen.findByTestId('history-tab'));
    const entry = await screen.findByTestId('history-entry');
    expect(within(entry).getByTestId('change-fullName').textContent).toBe(
      'Họ và tên: Trần Thị Hoa → Trần Thị Hoà',
    );
    expect(within(entry).getByTestId('change-dateOfBirth').textContent).toBe(
      'Ngày sinh: 12/04/1990 → 01/05/1990',
    );
    expect(within(entry).getByTestId('change-gender').textContent).toBe('Giới tính: Nam → Nữ');
    expect(within(entry).getByTestId('change-agencyCode').textContent).toBe('Cơ quan: (trống) → Sở Nội vụ');
    expect(within(entry).getByTestId('history-user').textContent).toContain('snv.editor');
  });

  it('reads the same history in English, and says so when there is none yet', async () => {
    serve(undefined, [EDITED]);
    const { unmount } = renderDrawer(ADMIN, 'en');
    fireEvent.click(await screen.findByTestId('history-tab'));
    const entry = await screen.findByTestId('history-entry');
    expect(within(entry).getByTestId('change-dateOfBirth').textContent).toBe(
      `Date of birth: ${formatDate('1990-04-12', 'en')} → ${formatDate('1990-05-01', 'en')}`,
    );
    expect(within(entry).getByTestId('change-gender').textContent).toBe('Gender: Male → Female');
    unmount();

    serve(undefined, []);
    renderDrawer(SNV_EDITOR, 'vi');
    fireEvent.click(await screen.findByTestId('history-tab'));
    expect(await screen.findByText('Chưa có thay đổi nào được ghi lại')).toBeTruthy();
  });

  it('edits the trainee on the version it read, under the same rules as the create form', async () => {
    const fetch = serve((body) => jsonResponse(200, { ...TRAINEE, ...body, version: 2 }));
    renderDrawer();
    const form = await openEdit();
    expect((within(form).getByLabelText('Mã cán bộ') as HTMLInputElement).value).toBe('CB-0042');
    fireEvent.change(within(form).getByLabelText('Họ và tên'), { target: { value: 'Trần Thị Hoà' } });
    fireEvent.click(within(form).getByTestId('form-submit'));

    await waitFor(() => expect(puts(fetch)).toHaveLength(1));
    const [url, init] = puts(fetch)[0];
    expect(url).toBe(`/api/training/trainees/${ID}`);
    expect(JSON.parse(String(init?.body))).toMatchObject({
      version: 1,
      staffCode: 'CB-0042',
      fullName: 'Trần Thị Hoà',
      dateOfBirth: '1990-04-12',
      gender: 'female',
      districtCode: 'H-DONGHUNG',
      commune: 'Xã Đông Hợp',
    });
    expect(await screen.findByText('Đã lưu thay đổi')).toBeTruthy();
  });

  it('refuses a bad edit beside its fields before sending anything', async () => {
    const fetch = serve();
    renderDrawer();
    const form = await openEdit();
    fireEvent.change(within(form).getByLabelText('Họ và tên'), { target: { value: '  ' } });
    fireEvent.change(within(form).getByLabelText('Mã cán bộ'), { target: { value: 'x' } });
    fireEvent.click(within(form).getByTestId('form-submit'));

    expect(await within(form).findByText('Vui lòng nhập thông tin này')).toBeTruthy();
    const staffCode = within(form).getByLabelText('Mã cán bộ').closest('.ant-form-item');
    await waitFor(() => expect(staffCode?.querySelector('.ant-form-item-explain-error')).toBeTruthy());
    expect(puts(fetch)).toHaveLength(0);
  });

  it('says clearly that someone else saved a newer version when the edit is stale (409)', async () => {
    serve(() =>
      jsonResponse(409, {
        code: 'CONFLICT',
        status: 409,
        message: 'The trainee was changed by someone else (now version 2); reload and try again',
        fields: [
          {
            path: 'version',
            code: 'stale',
            message: 'The record has a newer version',
            params: { rule: 'staleVersion', currentVersion: 2 },
          },
        ],
      }),
    );
    renderDrawer();
    const form = await openEdit();
    fireEvent.click(within(form).getByTestId('form-submit'));

    const alert = await within(form).findByTestId('form-error');
    expect(alert.textContent).toContain('Người khác vừa lưu phiên bản mới hơn (phiên bản 2)');
    expect(within(form).getByText('Sửa học viên · Trần Thị Hoa')).toBeTruthy();
  });

  it('offers no edit to a viewer of the registry', async () => {
    serve();
    renderDrawer(SNV_VIEWER);
    expect(await screen.findByText('CB-0042 · Trần Thị Hoa')).toBeTruthy();
    expect(screen.queryByTestId('edit-trainee')).toBeNull();
  });
});
