// First: the browser APIs jsdom lacks must exist before antd and react-router load.
import type { User } from '@ascc/contracts';
import { fireEvent, screen, within } from '@testing-library/react';
import { jsonResponse, routeFetch } from '../../../../test/fetch';
import { renderScreen } from '../../../../test/render';
import { ADMIN } from '../../../../test/users';
import UsersPage from '../users-page';

const USER: User = {
  id: '5b0e2f4a-1c3d-4e5f-8a9b-0c1d2e3f4a5b',
  username: 'snv.nguyenvana',
  displayName: 'Nguyễn Văn A',
  agencyCode: 'SNV',
  roles: ['editor'],
  totpEnabled: false,
  mustChangePassword: false,
  active: true,
  email: null,
  language: 'vi',
  emailNotifications: true,
  lockedUntil: null,
  lastLoginAt: null,
  createdAt: '2026-01-05T08:00:00.000Z',
  version: 2,
};
const UPDATED = {
  id: 'd1c2a4e0-8b7d-4c3a-9f1e-2d5b6a7c8e98',
  at: '2026-02-01T03:04:05.000Z',
  entity: 'User',
  entityId: USER.id,
  action: 'update',
  userId: 'u1',
  username: 'admin',
  agencyCode: 'VPUBND',
  correlationId: null,
  changes: {
    event: { after: 'user.updated' },
    roles: { before: ['viewer'], after: ['editor'] },
  },
};

function serve(history: unknown[]) {
  return routeFetch((url) =>
    url.startsWith(`/api/identity/users/${USER.id}/history`)
      ? jsonResponse(200, {
          items: history,
          total: history.length,
          totalCapped: false,
          page: 1,
          pageSize: 10,
        })
      : jsonResponse(200, { items: [USER], total: 1, totalCapped: false, page: 1, pageSize: 20 }),
  );
}

describe('UsersPage history', () => {
  it("opens a user's change history from the list: the event and roles in words (vi)", async () => {
    const fetch = serve([UPDATED]);
    renderScreen(<UsersPage />, { lang: 'vi', url: '/users', user: ADMIN });
    fireEvent.click(await screen.findByTestId('user-history'));

    const drawer = await screen.findByRole('dialog');
    expect(within(drawer).getByText('Lịch sử thay đổi của Nguyễn Văn A')).toBeTruthy();
    const entry = await within(drawer).findByTestId('history-entry');
    expect(within(entry).getByTestId('change-event').textContent).toBe('Sự kiện: Sửa tài khoản');
    expect(within(entry).getByTestId('change-roles').textContent).toBe(
      'Vai trò: Xem dữ liệu → Cập nhật dữ liệu',
    );
    expect(entry.textContent).not.toMatch(/user\.updated|viewer|editor\b/);
    expect(fetch.mock.calls.some(([url]) => url.startsWith(`/api/identity/users/${USER.id}/history`))).toBe(
      true,
    );
  });

  it('says so when a user has no recorded change (en)', async () => {
    serve([]);
    renderScreen(<UsersPage />, { lang: 'en', url: '/users', user: ADMIN });
    fireEvent.click(await screen.findByTestId('user-history'));
    const drawer = await screen.findByRole('dialog');
    expect(within(drawer).getByText('Change history of Nguyễn Văn A')).toBeTruthy();
    expect(await within(drawer).findByText('No changes recorded yet')).toBeTruthy();
  });
});
