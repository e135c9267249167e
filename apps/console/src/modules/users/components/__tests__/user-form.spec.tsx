// First: the browser APIs jsdom lacks must exist before antd and react-router load.
import type { User } from '@ascc/contracts';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { jsonResponse, mockFetch } from '../../../../test/fetch';
import { renderScreen } from '../../../../test/render';
import { ADMIN } from '../../../../test/users';
import { CreateUserForm, EditUserForm } from '../user-form';

const USER: User = {
  id: '5b0e2f4a-1c3d-4e5f-8a9b-0c1d2e3f4a5b',
  username: 'snv.nguyenvana',
  displayName: 'Nguyễn Văn A',
  agencyCode: 'SNV',
  roles: ['viewer'],
  totpEnabled: false,
  mustChangePassword: true,
  active: true,
  email: null,
  language: 'vi',
  emailNotifications: true,
  lockedUntil: null,
  lastLoginAt: null,
  createdAt: '2026-01-05T08:00:00.000Z',
  version: 3,
};

function beside(label: string): HTMLElement {
  const item = within(screen.getByRole('dialog')).getByLabelText(label).closest('.ant-form-item');
  if (!(item instanceof HTMLElement)) throw new Error(`no form item for ${label}`);
  return item;
}

function renderCreate(initialValues: Record<string, unknown>, lang: 'vi' | 'en' = 'vi') {
  const onClose = jest.fn();
  renderScreen(<CreateUserForm open onClose={onClose} initialValues={initialValues} />, {
    lang,
    user: ADMIN,
  });
  return onClose;
}

const VALID = {
  username: 'snv.nguyenvana',
  displayName: 'Nguyễn Văn A',
  agencyCode: 'SNV',
  roles: ['editor'],
  password: 'Thai Binh 2026 plan',
};

describe(CreateUserForm.name, () => {
  it('puts every missing field beside it and starts from the least privilege, a viewer', async () => {
    const fetch = mockFetch();
    renderCreate({});

    expect(within(beside('Vai trò')).getByText('Xem dữ liệu')).toBeTruthy();
    fireEvent.click(screen.getByTestId('form-submit'));

    for (const label of ['Tên đăng nhập', 'Họ và tên', 'Mật khẩu ban đầu']) {
      expect(await within(beside(label)).findByText('Vui lòng nhập thông tin này')).toBeTruthy();
    }
    expect(within(beside('Cơ quan')).getByText('Vui lòng chọn một giá trị trong danh sách')).toBeTruthy();
    expect(fetch).not.toHaveBeenCalled();
  });

  it('applies the shared username and password policy before sending', async () => {
    const fetch = mockFetch();
    renderCreate({ ...VALID, username: 'Bad Name!', password: 'short' }, 'en');

    fireEvent.click(screen.getByTestId('form-submit'));

    expect(
      await within(beside('Username')).findByText('This does not match the required format'),
    ).toBeTruthy();
    expect(within(beside('Initial password')).getByText('Enter at least 12 characters')).toBeTruthy();
    expect(fetch).not.toHaveBeenCalled();
  });

  it('refuses a long password made of too few different characters', async () => {
    mockFetch();
    renderCreate({ ...VALID, password: 'aaaaaabbbbbbbb' });

    fireEvent.click(screen.getByTestId('form-submit'));

    expect(
      await within(beside('Mật khẩu ban đầu')).findByText(
        'Dùng nhiều ký tự khác nhau hơn (ít nhất 4 ký tự khác nhau)',
      ),
    ).toBeTruthy();
  });

  it('sends a valid user to the identity API and closes', async () => {
    const fetch = mockFetch(jsonResponse(201, { ...USER, roles: ['editor'] }));
    const onClose = renderCreate(VALID);

    fireEvent.click(screen.getByTestId('form-submit'));

    await waitFor(() => expect(onClose).toHaveBeenCalled());
    expect(fetch.mock.calls[0][0]).toBe('/api/identity/users');
    expect(JSON.parse(String(fetch.mock.calls[0][1]?.body))).toEqual({
      ...VALID,
      language: 'vi',
      emailNotifications: true,
    });
  });

  it('puts a wrong e-mail address beside its field, and sends a right one lower-cased with its language', async () => {
    const fetch = mockFetch(jsonResponse(201, { ...USER, roles: ['editor'] }));
    renderCreate({ ...VALID, email: 'not an address' });

    fireEvent.click(screen.getByTestId('form-submit'));
    expect(
      await within(beside('Thư điện tử')).findByText(
        'Địa chỉ thư điện tử chưa đúng, ví dụ ten@example.gov.vn',
      ),
    ).toBeTruthy();
    expect(fetch).not.toHaveBeenCalled();

    fireEvent.change(within(beside('Thư điện tử')).getByRole('textbox'), {
      target: { value: ' Nguyen.VanA@SNV.Example.gov.vn ' },
    });
    fireEvent.click(screen.getByTestId('form-submit'));
    await waitFor(() => expect(fetch).toHaveBeenCalled());
    expect(JSON.parse(String(fetch.mock.calls[0][1]?.body))).toMatchObject({
      email: 'nguyen.vana@snv.example.gov.vn',
      language: 'vi',
      emailNotifications: true,
    });
  });

  it("maps the server's duplicate username beside the field", async () => {
    mockFetch(
      jsonResponse(409, {
        code: 'CONFLICT',
        status: 409,
        message: 'The username is taken',
        fields: [{ path: 'username', code: 'duplicate', message: 'taken' }],
      }),
    );
    renderCreate(VALID);

    fireEvent.click(screen.getByTestId('form-submit'));

    expect(
      await within(beside('Tên đăng nhập')).findByText('Giá trị này trùng với một bản ghi đã có'),
    ).toBeTruthy();
  });
});

describe(EditUserForm.name, () => {
  it('sends the change with the version it started from', async () => {
    const fetch = mockFetch(jsonResponse(200, { ...USER, active: false, version: 4 }));
    const onClose = jest.fn();
    renderScreen(<EditUserForm user={USER} onClose={onClose} onReload={jest.fn()} />, {
      lang: 'vi',
      user: ADMIN,
    });

    fireEvent.click(within(beside('Đang hoạt động')).getByRole('switch'));
    fireEvent.click(screen.getByTestId('form-submit'));

    await waitFor(() => expect(onClose).toHaveBeenCalled());
    const [url, init] = fetch.mock.calls[0];
    expect(url).toBe(`/api/identity/users/${USER.id}`);
    expect(init?.method).toBe('PATCH');
    expect(JSON.parse(String(init?.body))).toEqual({
      version: 3,
      displayName: 'Nguyễn Văn A',
      agencyCode: 'SNV',
      roles: ['viewer'],
      active: false,
      // The form shows the address: none there is sent as none (cleared).
      email: null,
      language: 'vi',
      emailNotifications: true,
    });
  });

  it('on a 409 says someone else changed the user and offers to reload', async () => {
    mockFetch(jsonResponse(409, { code: 'CONFLICT', status: 409, message: 'Version mismatch' }));
    const onReload = jest.fn();
    renderScreen(<EditUserForm user={USER} onClose={jest.fn()} onReload={onReload} />, {
      lang: 'en',
      user: ADMIN,
    });

    fireEvent.click(screen.getByTestId('form-submit'));

    expect(await screen.findByText(/Someone else changed this user meanwhile/)).toBeTruthy();
    fireEvent.click(screen.getByTestId('user-reload'));
    expect(onReload).toHaveBeenCalled();
  });
});
