// First: the browser APIs jsdom lacks must exist before antd and react-router load.
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { Route, Routes } from 'react-router-dom';
import { jsonResponse, routeFetch } from '../../../../test/fetch';
import { LocationProbe, renderScreen } from '../../../../test/render';
import { SNV_EDITOR } from '../../../../test/users';
import TraineesPage from '../../pages/trainees-page';
import TraineeDrawer from '../trainee-drawer';

const ID = '9e1c2a4e-8b7d-4c3a-9f1e-2d5b6a7c8e94';
const TRAINEE = {
  id: ID,
  version: 1,
  createdAt: '2026-01-05T08:00:00.000Z',
  updatedAt: '2026-01-05T08:00:00.000Z',
  staffCode: 'CB-0042',
  fullName: 'Trần Thị Hoa',
  dateOfBirth: '1990-04-12',
  gender: 'female',
  agencyCode: null,
  districtCode: 'H-DONGHUNG',
  commune: 'Xã Đông Hợp',
  level: 'commune',
  group: 'civil-servant',
  position: 'Công chức văn hóa - xã hội',
  email: null,
  phone: null,
};

describe('TraineeDrawer', () => {
  it('opens a trainee from the registry and shows the record, closing back to the list', async () => {
    routeFetch((url) =>
      url === `/api/training/trainees/${ID}`
        ? jsonResponse(200, TRAINEE)
        : jsonResponse(200, { items: [TRAINEE], total: 1, totalCapped: false, page: 1, pageSize: 20 }),
    );
    renderScreen(
      <>
        <Routes>
          <Route path="training/trainees" element={<TraineesPage />}>
            <Route path=":id" element={<TraineeDrawer />} />
          </Route>
        </Routes>
        <LocationProbe />
      </>,
      { lang: 'vi', url: '/training/trainees?level=commune', user: SNV_EDITOR },
    );

    fireEvent.click(await screen.findByTestId('open-record'));

    await waitFor(() =>
      expect(screen.getByTestId('location').textContent).toBe(`/training/trainees/${ID}?level=commune`),
    );
    const drawer = await screen.findByRole('dialog');
    expect(await within(drawer).findByText('CB-0042 · Trần Thị Hoa')).toBeTruthy();
    expect(within(drawer).getByText('Nữ')).toBeTruthy();
    expect(within(drawer).getByText('Xã Đông Hợp')).toBeTruthy();
    expect(within(drawer).getByText('Công chức')).toBeTruthy();
    expect(within(drawer).getByText('12/04/1990')).toBeTruthy();
    // No audit route for trainees yet: no history tab that could only fail.
    expect(within(drawer).queryByTestId('history-tab')).toBeNull();

    fireEvent.click(within(drawer).getByRole('button', { name: /close|đóng/i }));
    await waitFor(() =>
      expect(screen.getByTestId('location').textContent).toBe('/training/trainees?level=commune'),
    );
  });
});
