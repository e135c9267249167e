// First: the browser APIs jsdom lacks must exist before antd and react-router load.
import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { Route, Routes } from 'react-router-dom';
import { renderScreen } from '../../test/render';
import { ADMIN } from '../../test/users';
import { LANG_STORAGE_KEY } from '../../i18n/language';
import { AppLayout } from '../app-layout';
import { LanguageSwitch } from '../language-switch';

/** rc-menu registers its items in a microtask after mounting; let it finish inside act(). */
async function renderLayout() {
  const view = renderScreen(
    <Routes>
      <Route element={<AppLayout />}>
        <Route index element={<p>home</p>} />
      </Route>
    </Routes>,
    { user: ADMIN },
  );
  await act(() => Promise.resolve());
  return view;
}

describe(LanguageSwitch.name, () => {
  beforeEach(() => window.localStorage.clear());

  it('starts in Vietnamese with every section in the menu', async () => {
    await renderLayout();
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Bảng điều hành Kế hoạch ASCC');
    const labels = ['dashboard', 'training', 'aid', 'culture', 'budget', 'status'].map(
      (key) => screen.getByTestId(`nav-${key}`).textContent,
    );
    expect(labels).toEqual([
      'Tổng quan',
      'Đào tạo, bồi dưỡng',
      'Viện trợ NGO & đoàn',
      'Sự kiện văn hóa',
      'Dự toán kinh phí',
      'Trạng thái hệ thống',
    ]);
    expect(document.documentElement.lang).toBe('vi');
  });

  it('switches to English and remembers it for the next visit', async () => {
    const first = await renderLayout();
    fireEvent.click(screen.getByText('English'));

    await waitFor(() => expect(screen.getByTestId('nav-training').textContent).toBe('Training'));
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('ASCC Plan Console');
    expect(document.documentElement.lang).toBe('en');
    expect(document.title).toBe('ASCC Plan Console');
    expect(window.localStorage.getItem(LANG_STORAGE_KEY)).toBe('en');

    first.unmount();
    await renderLayout();
    expect(screen.getByTestId('nav-budget').textContent).toBe('Budget');
  });
});
