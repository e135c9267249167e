// First: the browser APIs jsdom lacks must exist before antd and react-router load.
import type { User } from '@ascc/contracts';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { jsonResponse, routeFetch } from '../../../../test/fetch';
import { renderScreen } from '../../../../test/render';
import { ADMIN } from '../../../../test/users';
import UsersPage from '../users-page';

const REVIEWER: User = {
  id: '7c1e2f4a-1c3d-4e5f-8a9b-0c1d2e3f4a5b',
  username: 'stc.thamdinh',
  displayName: 'Trần Thị B',
  agencyCode: 'STC',
  roles: ['finance-reviewer'],
  totpEnabled: true,
  mustChangePassword: false,
  active: true,
  email: null,
  language: 'vi',
  emailNotifications: true,
  lockedUntil: null,
  lastLoginAt: null,
  createdAt: '2026-01-05T08:00:00.000Z',
  version: 3,
};

describe("UsersPage: resetting a user's authenticator", () => {
  it('asks first, naming the user and what follows, then resets and says so (en)', async () => {
    let reset = false;
    const fetch = routeFetch((url, init) => {
      if (url === `/api/identity/users/${REVIEWER.id}/second-factor/reset` && init?.method === 'POST') {
        reset = true;
        return jsonResponse(200, { ...REVIEWER, totpEnabled: false, version: 4 });
      }
      const user = reset ? { ...REVIEWER, totpEnabled: false } : REVIEWER;
      return jsonResponse(200, { items: [user], total: 1, totalCapped: false, page: 1, pageSize: 20 });
    });
    renderScreen(<UsersPage />, { lang: 'en', url: '/users', user: ADMIN });

    fireEvent.click(await screen.findByTestId('reset-second-factor'));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText('Reset the authenticator of Trần Thị B?')).toBeTruthy();
    expect(within(dialog).getByText(/they set up a new authenticator at their next sign-in/)).toBeTruthy();
    // Nothing is sent before the confirmation.
    expect(fetch.mock.calls.some(([url]) => String(url).includes('second-factor'))).toBe(false);

    fireEvent.click(screen.getByTestId('reset-second-factor-confirm'));
    expect(await screen.findByText('The authenticator of Trần Thị B was reset')).toBeTruthy();
    await waitFor(() => expect(screen.queryByTestId('reset-second-factor')).toBeNull());
  });

  it('offers no reset for a user without an authenticator', async () => {
    routeFetch(() =>
      jsonResponse(200, {
        items: [{ ...REVIEWER, totpEnabled: false }],
        total: 1,
        totalCapped: false,
        page: 1,
        pageSize: 20,
      }),
    );
    renderScreen(<UsersPage />, { lang: 'vi', url: '/users', user: ADMIN });
    await screen.findByTestId('edit-user');
    expect(screen.queryByTestId('reset-second-factor')).toBeNull();
  });
});
