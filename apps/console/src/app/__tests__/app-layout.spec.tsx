// First: the browser APIs jsdom lacks must exist before antd and react-router load.
import type { SessionUser } from '@ascc/contracts';
import { act, fireEvent, screen } from '@testing-library/react';
import { Route, Routes } from 'react-router-dom';
import { jsonResponse, routeFetch } from '../../test/fetch';
import { renderScreen } from '../../test/render';
import { ADMIN, COORDINATOR, STC_REVIEWER, SVHTTDL_EDITOR } from '../../test/users';
import { AppLayout } from '../app-layout';

async function renderLayout(user: SessionUser) {
  const view = renderScreen(
    <Routes>
      <Route element={<AppLayout />}>
        <Route index element={<p>home</p>} />
      </Route>
    </Routes>,
    { lang: 'vi', user },
  );
  // rc-menu registers its items in a microtask after mounting.
  await act(() => Promise.resolve());
  return view;
}

const navKeys = () =>
  screen.getAllByTestId(/^nav-/).map((link) => link.getAttribute('data-testid')?.replace('nav-', ''));

describe(AppLayout.name, () => {
  it("shows the unread count on the header's bell, which opens the inbox", async () => {
    const asked: string[] = [];
    routeFetch((url) => {
      asked.push(url);
      return jsonResponse(200, { unread: 3 });
    });
    await renderLayout(SVHTTDL_EDITOR);
    const bell = await screen.findByTestId('inbox-bell');
    expect(bell.getAttribute('href')).toBe('/inbox');
    expect(await screen.findByRole('link', { name: 'Thông báo: 3 chưa đọc' })).toBe(bell);
    expect(screen.getByTestId('inbox-unread').textContent).toContain('3');
    expect(asked).toEqual(['/api/notifications/unread-count']);
  });

  it('shows an administrator every section, the users and the audit log included', async () => {
    await renderLayout(ADMIN);
    expect(navKeys()).toEqual([
      'dashboard',
      'training',
      'aid',
      'culture',
      'budget',
      'status',
      'users',
      'audit',
    ]);
    expect(screen.getByTestId('nav-users').textContent).toBe('Người dùng & phân quyền');
    expect(screen.getByTestId('nav-audit').textContent).toBe('Nhật ký hệ thống');
  });

  it('on a phone, keeps the page whole and opens the menu over it from the header', async () => {
    const wide = window.innerWidth;
    window.innerWidth = 390;
    try {
      await renderLayout(ADMIN);
      // No sider beside the page: the menu is not there until the menu button opens it.
      expect(screen.queryByTestId('nav-dashboard')).toBeNull();
      expect(screen.getByText('home')).toBeTruthy();
      fireEvent.click(screen.getByRole('button', { name: 'Mở menu điều hướng' }));
      const menu = await screen.findByRole('dialog');
      await act(() => Promise.resolve());
      expect(navKeys()).toEqual([
        'dashboard',
        'training',
        'aid',
        'culture',
        'budget',
        'status',
        'users',
        'audit',
      ]);
      expect(menu.contains(screen.getByTestId('nav-budget'))).toBe(true);
    } finally {
      window.innerWidth = wide;
    }
  });

  it('shows a Finance reviewer only what they may read: the budget', async () => {
    await renderLayout(STC_REVIEWER);
    expect(navKeys()).toEqual(['dashboard', 'budget', 'status']);
  });

  it('shows a Culture editor the departments, but neither users nor the audit log', async () => {
    await renderLayout(SVHTTDL_EDITOR);
    expect(navKeys()).toEqual(['dashboard', 'training', 'aid', 'culture', 'budget', 'status']);
  });

  it('names the user, their agency and roles in the user menu, with password change and sign-out', async () => {
    await renderLayout({ ...COORDINATOR, displayName: 'Trần Thị B' });
    fireEvent.click(screen.getByTestId('user-menu'));

    expect(await screen.findByTestId('user-agency')).toBeTruthy();
    expect(screen.getByTestId('user-agency').textContent).toBe('Sở Lao động - Thương binh và Xã hội');
    expect(screen.getByTestId('user-roles').textContent).toBe('Điều phối Kế hoạch');
    expect(screen.getByTestId('menu-change-password').textContent).toBe('Đổi mật khẩu');
    expect(screen.getByTestId('menu-sign-out').textContent).toBe('Đăng xuất');
  });
});
