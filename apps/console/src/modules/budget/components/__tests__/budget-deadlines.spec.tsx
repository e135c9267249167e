// First: the browser APIs jsdom lacks must exist before antd and react-router load.
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { jsonResponse, routeFetch } from '../../../../test/fetch';
import { renderScreen } from '../../../../test/render';
import { ADMIN, SNV_EDITOR, STC_REVIEWER } from '../../../../test/users';
import { BudgetDeadlines } from '../budget-deadlines';

const DEADLINES = { items: [{ fiscalYear: 2026, deadline: '2025-07-15' }] };

function serve(
  answerPut: (url: string, body: Record<string, unknown>) => Response = () => jsonResponse(500, {}),
) {
  return routeFetch((url, init) => {
    if (init?.method === 'PUT') return answerPut(url, JSON.parse(String(init.body)));
    if (url === '/api/budget/deadlines') return jsonResponse(200, DEADLINES);
    return jsonResponse(404, { code: 'NOT_FOUND', status: 404, message: 'no' });
  });
}

/** The message area of the form item that holds the control labelled `label`. */
function messagesBeside(label: string): HTMLElement {
  const item = screen.getByLabelText(label).closest('.ant-form-item');
  if (!(item instanceof HTMLElement)) throw new Error(`no form item for ${label}`);
  return item;
}

describe(BudgetDeadlines.name, () => {
  it('lets Finance set the deadline of a year, sending the year in the path and an ISO date', async () => {
    const fetch = serve((url, body) =>
      jsonResponse(200, { fiscalYear: Number(url.split('/').pop()), deadline: body.deadline }),
    );
    renderScreen(<BudgetDeadlines initialYear={2027} />, { lang: 'vi', user: STC_REVIEWER });

    expect(await screen.findByText('15/07/2025')).toBeTruthy();
    const date = screen.getByLabelText('Hạn nộp');
    fireEvent.mouseDown(date);
    fireEvent.change(date, { target: { value: '31/07/2026' } });
    fireEvent.keyDown(date, { key: 'Enter', code: 'Enter' });
    fireEvent.click(screen.getByTestId('deadline-submit'));

    await waitFor(() => expect(fetch.mock.calls.some(([, init]) => init?.method === 'PUT')).toBe(true));
    const [url, init] = fetch.mock.calls.find(([, i]) => i?.method === 'PUT') ?? [];
    expect(url).toBe('/api/budget/deadlines/2027');
    expect(JSON.parse(String(init?.body))).toEqual({ deadline: '2026-07-31' });
    expect(await screen.findByText('Đã đặt hạn nộp dự toán năm 2027')).toBeTruthy();
  });

  it('asks for the date beside its field and sends nothing without one', async () => {
    const fetch = serve();
    renderScreen(<BudgetDeadlines initialYear={2027} />, { lang: 'en', user: STC_REVIEWER });
    fireEvent.click(await screen.findByTestId('deadline-submit'));

    expect(await within(messagesBeside('Deadline')).findByText('This field is required')).toBeTruthy();
    expect(fetch.mock.calls.some(([, init]) => init?.method === 'PUT')).toBe(false);
  });

  it('shows the deadlines without the form to those who may read but not set them', async () => {
    serve();
    renderScreen(<BudgetDeadlines initialYear={2027} />, { lang: 'en', user: ADMIN });
    expect(await screen.findByText('15/07/2025')).toBeTruthy();
    expect(screen.queryByTestId('deadline-submit')).toBeNull();
  });

  it('shows nothing, and asks nothing, to an agency editor', async () => {
    const fetch = serve();
    renderScreen(<BudgetDeadlines initialYear={2027} />, { lang: 'en', user: SNV_EDITOR });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(screen.queryByTestId('budget-deadlines')).toBeNull();
    expect(fetch).not.toHaveBeenCalled();
  });
});
