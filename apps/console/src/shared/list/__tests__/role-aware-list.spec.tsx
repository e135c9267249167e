// First: the browser APIs jsdom lacks must exist before antd and react-router load.
import { fireEvent, screen, within } from '@testing-library/react';
import BudgetEstimatesPage from '../../../modules/budget/pages/budget-estimates-page';
import TrainingCoursesPage from '../../../modules/training/pages/training-courses-page';
import { jsonResponse, mockFetch } from '../../../test/fetch';
import { renderScreen } from '../../../test/render';
import { STC_REVIEWER, SVHTTDL_EDITOR } from '../../../test/users';

const emptyPage = () => jsonResponse(200, { items: [], total: 0, totalCapped: false, page: 1, pageSize: 20 });
const CULTURE_DEPARTMENT = 'Sở Văn hóa, Thể thao và Du lịch';

describe('lists by role', () => {
  it("keeps a Culture editor's training list to their agency, and offers a course of their own", async () => {
    const fetch = mockFetch(emptyPage());
    renderScreen(<TrainingCoursesPage />, { lang: 'vi', url: '/training', user: SVHTTDL_EDITOR });

    expect(await screen.findByText('Chưa có bản ghi nào')).toBeTruthy();
    expect(fetch.mock.calls[0][0]).toContain('agencyCode=SVHTTDL');
    const agencyFilter = screen.getByTestId('filter-agencyCode');
    expect(agencyFilter.className).toContain('ant-select-disabled');
    expect(agencyFilter.textContent).toContain(CULTURE_DEPARTMENT);
    // Every agency runs courses of its own (plan VII): the form's organiser is fixed to Culture.
    fireEvent.click(screen.getByTestId('create-button'));
    const dialog = await screen.findByRole('dialog');
    const organiser = within(dialog).getByLabelText('Đơn vị chủ trì').closest('.ant-select') as HTMLElement;
    expect(organiser.className).toContain('ant-select-disabled');
    expect(organiser.textContent).toContain(CULTURE_DEPARTMENT);
  });

  it('lets a Culture editor draft only their own agency’s budget estimate, with no approval offered', async () => {
    mockFetch(emptyPage());
    renderScreen(<BudgetEstimatesPage />, { lang: 'vi', url: '/budget', user: SVHTTDL_EDITOR });

    fireEvent.click(await screen.findByTestId('create-button'));

    const dialog = await screen.findByRole('dialog');
    const agency = within(dialog).getByLabelText('Cơ quan').closest('.ant-select') as HTMLElement;
    expect(agency.className).toContain('ant-select-disabled');
    expect(agency.textContent).toContain(CULTURE_DEPARTMENT);
    expect(screen.queryByText(/phê duyệt/i, { selector: 'button, button *' })).toBeNull();
  });

  it("shows a Finance reviewer every agency's estimates, to filter freely but not to create", async () => {
    const fetch = mockFetch(emptyPage());
    renderScreen(<BudgetEstimatesPage />, { lang: 'vi', url: '/budget', user: STC_REVIEWER });

    expect(await screen.findByText('Chưa có bản ghi nào')).toBeTruthy();
    expect(fetch.mock.calls[0][0]).not.toContain('agencyCode');
    expect(screen.getByTestId('filter-agencyCode').className).not.toContain('ant-select-disabled');
    expect(screen.queryByTestId('create-button')).toBeNull();
  });

  it('tells a user whose role cannot read a list so, without asking the server', async () => {
    const fetch = mockFetch();
    renderScreen(<TrainingCoursesPage />, { lang: 'en', url: '/training', user: STC_REVIEWER });

    expect(await screen.findByText('You do not have access to this page.')).toBeTruthy();
    expect(fetch).not.toHaveBeenCalled();
  });

  it('explains a server 403 in words, should the server refuse what the console offered', async () => {
    mockFetch(
      jsonResponse(403, {
        code: 'FORBIDDEN',
        status: 403,
        message: 'Your role does not allow this action',
        correlationId: 'c-403',
      }),
    );
    renderScreen(<BudgetEstimatesPage />, { lang: 'en', url: '/budget', user: SVHTTDL_EDITOR });

    expect(
      await screen.findByText(
        'Your role does not allow this. Ask an administrator if you need it. Reference: c-403',
      ),
    ).toBeTruthy();
  });
});
