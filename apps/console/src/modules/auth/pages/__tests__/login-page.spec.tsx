// First: the browser APIs jsdom lacks must exist before antd and react-router load.
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { Route, Routes } from 'react-router-dom';
import { endSession } from '../../../../api/client';
import { getSessionState } from '../../../../api/session-store';
import { LoginRoute } from '../../../../app/require-session';
import { jsonResponse, routeFetch } from '../../../../test/fetch';
import { LocationProbe, renderScreen } from '../../../../test/render';
import { ADMIN } from '../../../../test/users';

const SESSION = { status: 'signed-in', accessToken: 'access-1', expiresIn: 300, user: ADMIN };

function renderLogin(url = '/login?next=%2Ftraining%3Fpage%3D2', lang: 'vi' | 'en' = 'vi') {
  return renderScreen(
    <>
      <Routes>
        <Route path="login" element={<LoginRoute />} />
        <Route path="*" element={<p>the console</p>} />
      </Routes>
      <LocationProbe />
    </>,
    { lang, url },
  );
}

/** The message area of the form item that holds the control labelled `label`. */
function beside(label: string): HTMLElement {
  const item = screen.getByLabelText(label).closest('.ant-form-item');
  if (!(item instanceof HTMLElement)) throw new Error(`no form item for ${label}`);
  return item;
}

async function enterPassword(username: string, password: string) {
  fireEvent.change(await screen.findByLabelText('Tên đăng nhập'), { target: { value: username } });
  fireEvent.change(screen.getByLabelText('Mật khẩu'), { target: { value: password } });
  fireEvent.click(screen.getByTestId('login-submit'));
}

const bodyOf = (init?: RequestInit) => JSON.parse(String(init?.body)) as Record<string, unknown>;

afterEach(() => endSession());

describe('LoginPage', () => {
  it('signs in with password then TOTP code, and goes back to the page the user was on', async () => {
    const fetch = routeFetch((url) => {
      if (url === '/api/auth/login') return jsonResponse(200, { status: 'totp-required', challenge: 'ch-1' });
      if (url === '/api/auth/login/totp') return jsonResponse(200, SESSION);
      return jsonResponse(404, {});
    });
    renderLogin();

    await enterPassword(' Admin ', 'correct horse battery');

    const code = await screen.findByLabelText('Mã xác thực');
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Xác thực hai lớp');
    fireEvent.change(code, { target: { value: '123 456' } });
    fireEvent.click(screen.getByTestId('login-code-submit'));

    await waitFor(() => expect(screen.getByTestId('location').textContent).toBe('/training?page=2'));
    expect(bodyOf(fetch.mock.calls[0][1])).toEqual({ username: 'admin', password: 'correct horse battery' });
    expect(fetch.mock.calls[1][0]).toBe('/api/auth/login/totp');
    expect(bodyOf(fetch.mock.calls[1][1])).toEqual({ challenge: 'ch-1', code: '123456' });
    const state = getSessionState();
    expect(state.status === 'signed-in' && state.accessToken).toBe('access-1');
  });

  it('puts missing username and password beside their fields and sends nothing', async () => {
    const fetch = routeFetch(() => jsonResponse(500, {}));
    renderLogin();

    fireEvent.click(await screen.findByTestId('login-submit'));

    expect(await within(beside('Tên đăng nhập')).findByText('Vui lòng nhập thông tin này')).toBeTruthy();
    expect(within(beside('Mật khẩu')).getByText('Vui lòng nhập thông tin này')).toBeTruthy();
    expect(fetch).not.toHaveBeenCalled();
  });

  it('says why sign-in was refused in Vietnamese only, with the time the delay ends', async () => {
    const message = 'Too many failed sign-ins; try again after 10:15:30';
    routeFetch(() =>
      jsonResponse(429, {
        code: 'RATE_LIMITED',
        status: 429,
        message,
        fields: [{ path: '', code: 'refused', message, params: { rule: 'accountLocked', time: '10:15:30' } }],
      }),
    );
    renderLogin();

    await enterPassword('snv.editor', 'wrong password');

    const alert = await screen.findByTestId('login-error');
    expect(alert.textContent).toContain('Đăng nhập sai quá nhiều lần. Vui lòng thử lại sau 10:15:30.');
    // No English sentence of the server's after the Vietnamese one.
    expect(alert.textContent).not.toMatch(/Too many|sign-ins|Máy chủ cho biết/);
    expect(getSessionState().status).toBe('signed-out');
  });

  it('says a wrong username or password without saying which', async () => {
    routeFetch(() =>
      jsonResponse(401, { code: 'UNAUTHENTICATED', status: 401, message: 'Wrong username or password' }),
    );
    renderLogin();

    await enterPassword('snv.editor', 'wrong password');

    expect((await screen.findByTestId('login-error')).textContent).toContain(
      'Tên đăng nhập hoặc mật khẩu không đúng.',
    );
  });

  it('tells apart too many attempts from this address', async () => {
    routeFetch(() =>
      jsonResponse(429, {
        code: 'RATE_LIMITED',
        status: 429,
        message: 'Too many attempts from this address; wait a minute',
      }),
    );
    renderLogin('/login', 'en');

    fireEvent.change(await screen.findByLabelText('Username'), { target: { value: 'snv.editor' } });
    fireEvent.change(screen.getByLabelText('Password'), { target: { value: 'whatever' } });
    fireEvent.click(screen.getByTestId('login-submit'));

    const alert = await screen.findByTestId('login-error');
    expect(alert.textContent).toContain('Too many sign-in attempts from this address.');
  });

  it('walks an admin without a second factor through setting one up', async () => {
    routeFetch(() =>
      jsonResponse(200, {
        status: 'totp-setup-required',
        challenge: 'ch-2',
        totpSecret: 'JBSWY3DPEHPK3PXP',
        otpauthUri: 'otpauth://totp/ASCC:admin?secret=JBSWY3DPEHPK3PXP&issuer=ASCC',
      }),
    );
    renderLogin();

    await enterPassword('admin', 'correct horse battery');

    expect((await screen.findByTestId('totp-secret')).textContent).toContain('JBSW Y3DP EHPK 3PXP');
    expect(screen.getByTestId('totp-uri').textContent).toContain('otpauth://totp/ASCC:admin');
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Thiết lập xác thực hai lớp');
    expect(screen.getByTestId('login-code-submit').textContent).toBe('Xác nhận và đăng nhập');
  });

  it('finishes a set-up with the QR code, then shows the recovery codes once before going on', async () => {
    const codes = Array.from({ length: 10 }, (_, i) => `abcd${'efghij'[i % 6]}-fghi${'jklmno'[i % 6]}`);
    const fetch = routeFetch((url) =>
      url === '/api/auth/login'
        ? jsonResponse(200, {
            status: 'totp-setup-required',
            challenge: 'ch-5',
            totpSecret: 'JBSWY3DPEHPK3PXP',
            otpauthUri: 'otpauth://totp/ASCC:stc.reviewer?secret=JBSWY3DPEHPK3PXP',
            qrCode: 'data:image/svg+xml;base64,PHN2Zy8+',
          })
        : jsonResponse(200, { ...SESSION, recoveryCodes: codes }),
    );
    renderLogin();
    await enterPassword('stc.reviewer', 'correct horse battery');

    const qr = await screen.findByAltText('Mã QR để quét bằng ứng dụng xác thực');
    expect(qr.getAttribute('src')).toBe('data:image/svg+xml;base64,PHN2Zy8+');
    // A set-up is confirmed only by the new app's code: no recovery code is offered.
    expect(screen.queryByTestId('login-code-mode')).toBeNull();
    fireEvent.change(screen.getByLabelText('Mã xác thực'), { target: { value: '123456' } });
    fireEvent.click(screen.getByTestId('login-code-submit'));

    expect((await screen.findAllByTestId('recovery-code')).map((li) => li.textContent)).toEqual(codes);
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Mã khôi phục của bạn');
    // No session until the user has seen them and goes on.
    expect(getSessionState().status).not.toBe('signed-in');
    fireEvent.click(screen.getByTestId('recovery-continue'));
    await waitFor(() => expect(screen.getByTestId('location').textContent).toBe('/training?page=2'));
    expect(fetch).toHaveBeenCalledTimes(2);
  });

  it('takes a recovery code in place of the code, and says beside it when it is refused', async () => {
    const fetch = routeFetch((url) =>
      url === '/api/auth/login'
        ? jsonResponse(200, { status: 'totp-required', challenge: 'ch-6' })
        : jsonResponse(401, { code: 'UNAUTHENTICATED', status: 401, message: 'Wrong code' }),
    );
    renderLogin('/login', 'en');
    fireEvent.change(await screen.findByLabelText('Username'), { target: { value: 'sngv.editor' } });
    fireEvent.change(screen.getByLabelText('Password'), { target: { value: 'correct horse battery' } });
    fireEvent.click(screen.getByTestId('login-submit'));

    fireEvent.click(await screen.findByText('Use a recovery code instead'));
    fireEvent.change(screen.getByLabelText('Recovery code'), { target: { value: ' ABCDE-FGHIJ ' } });
    fireEvent.click(screen.getByTestId('login-code-submit'));
    expect(
      await within(beside('Recovery code')).findByText(/^The recovery code is wrong or was already used/),
    ).toBeTruthy();
    expect(bodyOf(fetch.mock.calls[1][1])).toEqual({ challenge: 'ch-6', code: 'ABCDE-FGHIJ' });

    fireEvent.click(screen.getByText('Use the code of the authenticator app'));
    expect(await screen.findByLabelText('Verification code')).toBeTruthy();
  });

  it('refuses a code that is not six digits before asking, and a wrong one after', async () => {
    const fetch = routeFetch((url) =>
      url === '/api/auth/login'
        ? jsonResponse(200, { status: 'totp-required', challenge: 'ch-3' })
        : jsonResponse(401, { code: 'UNAUTHENTICATED', status: 401, message: 'Invalid code' }),
    );
    renderLogin();
    await enterPassword('admin', 'correct horse battery');

    fireEvent.change(await screen.findByLabelText('Mã xác thực'), { target: { value: '12345' } });
    fireEvent.click(screen.getByTestId('login-code-submit'));
    expect(
      await within(beside('Mã xác thực')).findByText(
        'Nhập mã 6 chữ số, hoặc một mã khôi phục dạng abcde-fghij',
      ),
    ).toBeTruthy();
    expect(fetch).toHaveBeenCalledTimes(1);

    fireEvent.change(screen.getByLabelText('Mã xác thực'), { target: { value: '654321' } });
    fireEvent.click(screen.getByTestId('login-code-submit'));
    // Said beside the code, where the user types the next one.
    expect(await within(beside('Mã xác thực')).findByText(/^Mã xác thực không đúng/)).toBeTruthy();

    fireEvent.click(screen.getByText('Dùng tài khoản khác'));
    expect(await screen.findByLabelText('Tên đăng nhập')).toBeTruthy();
  });

  it('offers the language switch before signing in', async () => {
    routeFetch(() => jsonResponse(500, {}));
    renderLogin('/login', 'vi');

    fireEvent.click(await screen.findByText('English'));

    expect(await screen.findByLabelText('Username')).toBeTruthy();
    expect(screen.getByTestId('login-submit').textContent).toBe('Sign in');
  });
});
