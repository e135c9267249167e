// First: the browser APIs jsdom lacks must exist before antd and react-router load.
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { endSession } from '../../../../api/client';
import { getSessionState } from '../../../../api/session-store';
import { jsonResponse, routeFetch } from '../../../../test/fetch';
import { renderScreen } from '../../../../test/render';
import { SNV_EDITOR } from '../../../../test/users';
import { ChangePasswordModal } from '../change-password-modal';

function beside(label: string): HTMLElement {
  const item = screen.getByLabelText(label).closest('.ant-form-item');
  if (!(item instanceof HTMLElement)) throw new Error(`no form item for ${label}`);
  return item;
}

function fill(values: Record<string, string>) {
  for (const [label, value] of Object.entries(values)) {
    fireEvent.change(screen.getByLabelText(label), { target: { value } });
  }
}

afterEach(() => endSession());

describe(ChangePasswordModal.name, () => {
  it('checks the policy and the confirmation beside the fields, and sends nothing', async () => {
    const fetch = routeFetch(() => jsonResponse(500, {}));
    renderScreen(<ChangePasswordModal open onClose={jest.fn()} />, { lang: 'vi', user: SNV_EDITOR });

    fill({ 'Mật khẩu mới': 'ngắn quá', 'Nhập lại mật khẩu mới': 'khác' });
    fireEvent.click(screen.getByTestId('change-password-submit'));

    expect(await within(beside('Mật khẩu hiện tại')).findByText('Vui lòng nhập thông tin này')).toBeTruthy();
    expect(within(beside('Mật khẩu mới')).getByText('Cần ít nhất 12 ký tự')).toBeTruthy();
    expect(within(beside('Nhập lại mật khẩu mới')).getByText('Hai mật khẩu không khớp nhau')).toBeTruthy();
    expect(fetch).not.toHaveBeenCalled();
  });

  it('says so beside the current password when the server refuses it', async () => {
    routeFetch((url) =>
      url === '/api/auth/password'
        ? jsonResponse(401, { code: 'UNAUTHENTICATED', status: 401, message: 'Wrong password' })
        : jsonResponse(200, {
            status: 'signed-in',
            accessToken: 'token-2',
            expiresIn: 300,
            user: SNV_EDITOR,
          }),
    );
    renderScreen(<ChangePasswordModal open onClose={jest.fn()} />, { lang: 'en', user: SNV_EDITOR });

    fill({
      'Current password': 'not my password',
      'New password': 'Thai Binh 2026 plan',
      'Confirm the new password': 'Thai Binh 2026 plan',
    });
    fireEvent.click(screen.getByTestId('change-password-submit'));

    expect(
      await within(beside('Current password')).findByText('The current password is not correct'),
    ).toBeTruthy();
  });

  it('changes the password, renews the session and closes', async () => {
    const fetch = routeFetch((url) =>
      url === '/api/auth/password'
        ? jsonResponse(200, { ok: true })
        : jsonResponse(200, {
            status: 'signed-in',
            accessToken: 'token-2',
            expiresIn: 300,
            user: SNV_EDITOR,
          }),
    );
    const onClose = jest.fn();
    renderScreen(<ChangePasswordModal open onClose={onClose} />, { lang: 'vi', user: SNV_EDITOR });

    fill({
      'Mật khẩu hiện tại': 'old password 1',
      'Mật khẩu mới': 'Thai Binh 2026 plan',
      'Nhập lại mật khẩu mới': 'Thai Binh 2026 plan',
    });
    fireEvent.click(screen.getByTestId('change-password-submit'));

    await waitFor(() => expect(onClose).toHaveBeenCalled());
    expect(JSON.parse(String(fetch.mock.calls[0][1]?.body))).toEqual({
      currentPassword: 'old password 1',
      newPassword: 'Thai Binh 2026 plan',
    });
    expect(fetch.mock.calls[1][0]).toBe('/api/auth/refresh');
    const state = getSessionState();
    expect(state.status === 'signed-in' && state.accessToken).toBe('token-2');
  });
});
