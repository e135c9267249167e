// First: the browser APIs jsdom lacks must exist before antd and react-router load.
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { jsonResponse, mockFetch } from '../../../../test/fetch';
import { LocationProbe, renderScreen } from '../../../../test/render';
import { ADMIN, SNV_EDITOR } from '../../../../test/users';
import AuditPage from '../audit-page';

const ENTRY = {
  id: '9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b6a',
  at: '2026-03-01T02:03:04.000Z',
  entity: 'Ngo',
  entityId: '3f1c2a4e-8b7d-4c3a-9f1e-2d5b6a7c8e9f',
  action: 'update',
  userId: 'u2',
  username: 'sngv.editor',
  agencyCode: 'SNGV',
  changes: { nameVi: { before: 'Cũ', after: 'Mới' } },
  correlationId: 'c-1',
};
const page = (items: unknown[]) =>
  jsonResponse(200, { items, total: items.length, totalCapped: false, page: 1, pageSize: 20 });

describe('AuditPage', () => {
  it("asks the chosen service's audit log for the view in the URL", async () => {
    const fetch = mockFetch(page([ENTRY]), page([]));
    renderScreen(
      <>
        <AuditPage />
        <LocationProbe />
      </>,
      {
        lang: 'vi',
        url: '/audit?service=aid&username=sngv.editor&from=2026-03-01&to=2026-03-31',
        user: ADMIN,
      },
    );

    const table = await screen.findByTestId('list-table');
    expect(await within(table).findByText('sngv.editor')).toBeTruthy();
    expect(fetch.mock.calls[0][0]).toBe(
      '/api/aid/audit?page=1&pageSize=20&username=sngv.editor&from=2026-03-01&to=2026-03-31',
    );
    expect(within(table).getByTestId('change-nameVi').textContent).toBe('Tên tiếng Việt: Cũ → Mới');
    // The kind of record by its name, never the service's class name.
    expect(within(table).getByText('Tổ chức phi chính phủ nước ngoài')).toBeTruthy();
    expect(within(table).queryByText('Ngo')).toBeNull();

    fireEvent.change(screen.getByTestId('filter-username'), { target: { value: '' } });
    await waitFor(() =>
      expect(screen.getByTestId('location').textContent).toBe(
        '/audit?from=2026-03-01&to=2026-03-31&service=aid',
      ),
    );
  });

  it('is for administrators only', async () => {
    const fetch = mockFetch();
    renderScreen(<AuditPage />, { lang: 'vi', url: '/audit', user: SNV_EDITOR });
    expect(await screen.findByText('Bạn không có quyền xem trang này.')).toBeTruthy();
    expect(fetch).not.toHaveBeenCalled();
  });
});
