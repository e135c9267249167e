// First: the browser APIs jsdom lacks must exist before antd and react-router load.
import { TRAINING_ROUTES } from '@ascc/contracts';
import { useQuery } from '@tanstack/react-query';
import { act, screen, waitFor } from '@testing-library/react';
import { Route, Routes } from 'react-router-dom';
import { callRoute } from '../../api/client';
import { endSession, startSession } from '../../api/session';
import { getSessionState } from '../../api/session-store';
import { UNAUTHENTICATED, jsonResponse, routeFetch } from '../../test/fetch';
import { LocationProbe, renderScreen } from '../../test/render';
import { SNV_EDITOR } from '../../test/users';
import { loginPath, safeNextPath } from '../paths';
import { LoginRoute, RequireSession } from '../require-session';

/** A section that loads something, as every list does. */
function TrainingProbe() {
  const list = useQuery({
    queryKey: ['probe'],
    queryFn: () => callRoute(TRAINING_ROUTES.courseList, { page: 2 }),
    retry: false,
  });
  return <p>{list.isSuccess ? 'loaded' : 'loading'}</p>;
}

function renderApp(url: string, user = SNV_EDITOR) {
  return renderScreen(
    <>
      <Routes>
        <Route path="login" element={<LoginRoute />} />
        <Route element={<RequireSession />}>
          <Route path="training" element={<TrainingProbe />} />
        </Route>
      </Routes>
      <LocationProbe />
    </>,
    { lang: 'vi', url, user },
  );
}

const location = () => screen.getByTestId('location').textContent;
const session = { status: 'signed-in' as const, accessToken: 'token-2', expiresIn: 300, user: SNV_EDITOR };

afterEach(() => endSession());

describe(RequireSession.name, () => {
  it('sends the user to sign in when the session cannot be renewed, then back to the same page', async () => {
    routeFetch(() => UNAUTHENTICATED());
    renderApp('/training?page=2');

    await waitFor(() => expect(location()).toBe('/login?next=%2Ftraining%3Fpage%3D2'));
    expect(getSessionState()).toEqual({ status: 'signed-out', reason: 'expired' });
    expect(await screen.findByText(/Phiên làm việc đã kết thúc/)).toBeTruthy();

    routeFetch(() => jsonResponse(200, { items: [], total: 0, totalCapped: false, page: 2, pageSize: 20 }));
    act(() => startSession(session));

    await waitFor(() => expect(location()).toBe('/training?page=2'));
    expect(await screen.findByText('loaded')).toBeTruthy();
  });

  it('after an explicit sign-out, starts the next person at the dashboard', async () => {
    routeFetch(() => jsonResponse(200, { items: [], total: 0, totalCapped: false, page: 2, pageSize: 20 }));
    renderApp('/training?page=2');
    await screen.findByText('loaded');

    act(() => endSession('signed-out'));

    await waitFor(() => expect(location()).toBe('/login'));
    expect(await screen.findByText('Bạn đã đăng xuất.')).toBeTruthy();
  });

  it('asks a user whose password an administrator set to choose their own before anything else', async () => {
    const fetch = routeFetch(() => jsonResponse(200, {}));
    renderApp('/training', { ...SNV_EDITOR, mustChangePassword: true });

    expect(await screen.findByText('Đặt mật khẩu mới')).toBeTruthy();
    expect(screen.queryByText('loaded')).toBeNull();
    expect(fetch).not.toHaveBeenCalled();
  });
});

describe('login addresses', () => {
  it('keeps where the user was, except the dashboard and the login page itself', () => {
    expect(loginPath('/training?page=2')).toBe('/login?next=%2Ftraining%3Fpage%3D2');
    expect(loginPath('/')).toBe('/login');
    expect(loginPath('/login?next=%2Faid')).toBe('/login');
  });

  it('goes on only to a page of the console, never to another site', () => {
    expect(safeNextPath('/training?page=2')).toBe('/training?page=2');
    expect(safeNextPath(null)).toBe('/');
    expect(safeNextPath('https://evil.example')).toBe('/');
    expect(safeNextPath('//evil.example/x')).toBe('/');
    expect(safeNextPath('/\\evil.example')).toBe('/');
  });
});
