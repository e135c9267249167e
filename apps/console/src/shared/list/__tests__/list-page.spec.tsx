// First: the browser APIs jsdom lacks must exist before antd and react-router load.
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { jsonResponse, mockFetch } from '../../../test/fetch';
import { LocationProbe, renderScreen } from '../../../test/render';
import { ADMIN } from '../../../test/users';
import TrainingCoursesPage from '../../../modules/training/pages/training-courses-page';
import { ListPage } from '../list-page';

const course = {
  id: '3f1c2a4e-8b7d-4c3a-9f1e-2d5b6a7c8e9f',
  version: 1,
  createdAt: '2026-01-05T08:00:00.000Z',
  updatedAt: '2026-01-05T08:00:00.000Z',
  code: 'NV-2026-01',
  titleVi: 'Bồi dưỡng hội nhập quốc tế',
  titleEn: 'International integration',
  topic: 'it',
  targetLevel: 'commune',
  planArea: 'III.8',
  agencyCode: 'SNV',
  startDate: '2026-05-10',
  endDate: '2026-05-12',
  capacity: 60,
  costEstimate: 120_000_000,
  status: 'open',
};

const page = (items: unknown[], total = items.length) =>
  jsonResponse(200, { items, total, totalCapped: false, page: 1, pageSize: 20 });

function renderList(url: string) {
  return renderScreen(
    <>
      <TrainingCoursesPage />
      <LocationProbe />
    </>,
    { lang: 'vi', url, user: ADMIN },
  );
}

const table = () => screen.getByTestId('list-table');
/** Shows a column the course list hides by default, through the column chooser, as a user would. */
async function showColumn(key: string) {
  if (!screen.queryByTestId('column-chooser')) fireEvent.click(screen.getByTestId('column-chooser-button'));
  const toggle = await screen.findByTestId(`column-toggle-${key}`);
  fireEvent.click(toggle);
}
const headers = () =>
  within(table())
    .getAllByRole('columnheader')
    .map((header) => header.textContent);
const location = () => screen.getByTestId('location').textContent;

describe(ListPage.name, () => {
  // Each test starts with the list's default columns: a choice is kept in this browser's storage.
  beforeEach(() => window.localStorage.clear());

  it('asks the server for exactly the view in the URL and shows its rows in Vietnamese formats', async () => {
    const fetch = mockFetch(page([course], 11));
    renderList('/training?page=2&pageSize=10&sort=capacity&order=asc&q=asean&topic=it');

    await within(table()).findByText('NV-2026-01');
    for (const key of ['topic', 'capacity', 'costEstimate']) await showColumn(key);
    const row = within(table()).getByText('NV-2026-01').closest('tr') as HTMLElement;
    expect(fetch.mock.calls[0][0]).toBe(
      '/api/training/courses?page=2&pageSize=10&sort=capacity&order=asc&q=asean&topic=it',
    );
    expect(within(row).getByText('Tin học')).toBeTruthy();
    expect(within(row).getByText('10/05/2026 – 12/05/2026')).toBeTruthy();
    // The matcher normalises the no-break space to a plain one, as it does the page's text.
    expect(within(row).getByText('120.000.000 ₫')).toBeTruthy();
    expect(within(row).getByText('Đang tuyển sinh')).toBeTruthy();
    expect(screen.getByText('Tổng số 11 bản ghi')).toBeTruthy();
    expect((screen.getByTestId('list-search') as HTMLInputElement).value).toBe('asean');
  });

  it('searches on Enter: q goes into the URL and paging starts again at page 1', async () => {
    const fetch = mockFetch(page([course], 40), page([course]));
    renderList('/training?page=3');
    await within(table()).findByText('NV-2026-01');

    fireEvent.change(screen.getByTestId('list-search'), { target: { value: '  hoi nhap ' } });
    fireEvent.keyDown(screen.getByTestId('list-search'), { key: 'Enter', code: 'Enter', keyCode: 13 });

    await waitFor(() => expect(location()).toBe('/training?q=hoi+nhap'));
    await waitFor(() => expect(fetch).toHaveBeenCalledTimes(2));
    expect(fetch.mock.calls[1][0]).toBe(
      '/api/training/courses?page=1&pageSize=20&sort=startDate&order=desc&q=hoi+nhap',
    );
  });

  it('sorts by an allowed column through the URL', async () => {
    mockFetch(page([course]), page([course]));
    renderList('/training');
    await within(table()).findByText('NV-2026-01');
    await showColumn('capacity');

    fireEvent.click(within(table()).getByRole('columnheader', { name: /Số học viên/ }));

    await waitFor(() => expect(location()).toBe('/training?sort=capacity&order=asc'));
  });

  it("fits a narrow screen by default and keeps each user's choice of columns for the list", async () => {
    mockFetch(page([course]), page([course]), page([course]));
    const first = renderList('/training');
    await within(table()).findByText('NV-2026-01');
    // By default: code, title, agency, dates and status; topic, capacity, cost and creation hidden.
    expect(headers()).not.toContain('Số học viên');
    expect(headers()).not.toContain('Chủ đề');

    await showColumn('capacity');
    await waitFor(() => expect(headers()).toContain('Số học viên'));
    // The key column cannot be hidden.
    expect(screen.getByTestId('column-toggle-code')).toHaveProperty('disabled', true);
    expect(JSON.parse(window.localStorage.getItem('ascc.console.columns.admin./.wide') ?? '[]')).toContain(
      'capacity',
    );
    first.unmount();

    // Back on the list later, the same user sees the columns they chose.
    renderList('/training');
    await within(table()).findByText('NV-2026-01');
    expect(headers()).toContain('Số học viên');
    fireEvent.click(screen.getByTestId('column-chooser-button'));
    fireEvent.click(await screen.findByText('Về mặc định'));
    await waitFor(() => expect(headers()).not.toContain('Số học viên'));
  });

  it('offers to create the first record when there is none yet', async () => {
    mockFetch(page([]));
    renderList('/training');

    const cta = await screen.findByTestId('empty-create-button');
    expect(screen.getByText('Chưa có bản ghi nào')).toBeTruthy();
    fireEvent.click(cta);
    expect(await screen.findByRole('dialog')).toBeTruthy();
    expect(within(screen.getByRole('dialog')).getAllByText('Thêm khóa học').length).toBeGreaterThan(0);
  });

  it('offers to clear the search when nothing matches it', async () => {
    mockFetch(page([]), page([course]));
    renderList('/training?q=khong+co&status=cancelled&sort=code');

    fireEvent.click(await screen.findByText('Xóa tìm kiếm và bộ lọc'));

    await waitFor(() => expect(location()).toBe('/training?sort=code'));
  });

  it('shows a translated error and asks again on retry', async () => {
    const fetch = mockFetch(
      jsonResponse(503, { code: 'SERVICE_UNAVAILABLE', status: 503, message: 'training did not answer' }),
      page([course]),
    );
    renderList('/training');

    expect(await screen.findByText('Không tải được danh sách')).toBeTruthy();
    expect(screen.getByText('Dịch vụ tạm thời không sẵn sàng, vui lòng thử lại sau.')).toBeTruthy();
    fireEvent.click(screen.getByText('Thử lại'));

    expect(await screen.findByText('NV-2026-01')).toBeTruthy();
    expect(fetch).toHaveBeenCalledTimes(2);
  });
});
