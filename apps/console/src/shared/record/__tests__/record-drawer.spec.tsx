// First: the browser APIs jsdom lacks must exist before antd and react-router load.
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { Route, Routes } from 'react-router-dom';
import TrainingCourseDrawer from '../../../modules/training/components/training-course-drawer';
import TrainingCoursesPage from '../../../modules/training/pages/training-courses-page';
import { jsonResponse, routeFetch } from '../../../test/fetch';
import { LocationProbe, renderScreen } from '../../../test/render';
import { SNV_EDITOR } from '../../../test/users';

const ID = '3f1c2a4e-8b7d-4c3a-9f1e-2d5b6a7c8e9f';
const COURSE = {
  id: ID,
  version: 2,
  createdAt: '2026-01-05T08:00:00.000Z',
  updatedAt: '2026-01-06T09:30:00.000Z',
  code: 'NV-2026-01',
  titleVi: 'Bồi dưỡng hội nhập quốc tế',
  titleEn: 'International integration',
  topic: 'it',
  targetLevel: 'commune',
  planArea: 'III.8',
  agencyCode: 'SNV',
  startDate: '2026-05-10',
  endDate: '2026-05-12',
  capacity: 80,
  costEstimate: 120_000_000,
  status: 'open',
};
const entry = (overrides: Record<string, unknown>) => ({
  id: crypto.randomUUID(),
  entity: 'TrainingCourse',
  entityId: ID,
  userId: 'u1',
  correlationId: null,
  ...overrides,
});
const HISTORY = {
  items: [
    entry({
      at: '2026-01-06T09:30:00.000Z',
      action: 'update',
      username: 'admin',
      agencyCode: 'VPUBND',
      changes: { capacity: { before: 60, after: 80 }, status: { before: 'planned', after: 'open' } },
    }),
    entry({
      at: '2026-01-05T08:00:00.000Z',
      action: 'create',
      username: 'snv.editor',
      agencyCode: 'SNV',
      changes: { code: { after: 'NV-2026-01' }, costEstimate: { after: 120_000_000 } },
    }),
  ],
  total: 2,
  totalCapped: false,
  page: 1,
  pageSize: 10,
};

describe('RecordDrawer', () => {
  it('opens a record from its row, shows its fields and who changed what, and closes back to the list', async () => {
    const fetch = routeFetch((url) => {
      if (url.startsWith(`/api/training/courses/${ID}/history`)) return jsonResponse(200, HISTORY);
      if (url === `/api/training/courses/${ID}`) return jsonResponse(200, COURSE);
      return jsonResponse(200, { items: [COURSE], total: 21, totalCapped: false, page: 2, pageSize: 20 });
    });
    renderScreen(
      <>
        <Routes>
          <Route path="training" element={<TrainingCoursesPage />}>
            <Route path=":id" element={<TrainingCourseDrawer />} />
          </Route>
        </Routes>
        <LocationProbe />
      </>,
      { lang: 'vi', url: '/training?page=2', user: SNV_EDITOR },
    );

    fireEvent.click(await screen.findByTestId('open-record'));

    await waitFor(() => expect(screen.getByTestId('location').textContent).toBe(`/training/${ID}?page=2`));
    const drawer = await screen.findByRole('dialog');
    expect(await within(drawer).findByText('NV-2026-01 · Bồi dưỡng hội nhập quốc tế')).toBeTruthy();
    expect(within(drawer).getByText('Tin học')).toBeTruthy();

    fireEvent.click(within(drawer).getByTestId('history-tab'));

    const entries = await within(drawer).findAllByTestId('history-entry');
    expect(entries.map((e) => within(e).getByTestId('history-user').textContent)).toEqual([
      'admin · Văn phòng Ủy ban nhân dân tỉnh',
      'snv.editor · Sở Nội vụ',
    ]);
    expect(within(entries[0]).getByText('Cập nhật')).toBeTruthy();
    expect(within(entries[0]).getByTestId('change-capacity').textContent).toBe('Số học viên: 60 → 80');
    expect(within(entries[0]).getByTestId('change-status').textContent).toBe(
      'Trạng thái: Kế hoạch → Đang tuyển sinh',
    );
    expect(within(entries[1]).getByTestId('change-costEstimate').textContent).toBe(
      'Kinh phí dự kiến: 120.000.000\u00a0₫',
    );
    expect(
      fetch.mock.calls.some(([url]) => url === `/api/training/courses/${ID}/history?page=1&pageSize=10`),
    ).toBe(true);

    fireEvent.click(within(drawer).getByRole('button', { name: /close|đóng/i }));
    await waitFor(() => expect(screen.getByTestId('location').textContent).toBe('/training?page=2'));
  });
});
