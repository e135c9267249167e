// First: the browser APIs jsdom lacks must exist before antd and react-router load.
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { Route, Routes } from 'react-router-dom';
import { jsonResponse, routeFetch } from '../../../../test/fetch';
import { LocationProbe, renderScreen } from '../../../../test/render';
import { SNV_EDITOR, STC_REVIEWER } from '../../../../test/users';
import BudgetEstimateDrawer from '../budget-estimate-drawer';

const ID = '7c1c2a4e-8b7d-4c3a-9f1e-2d5b6a7c8e92';
const LINE_ID = '8d1c2a4e-8b7d-4c3a-9f1e-2d5b6a7c8e93';
const LINE = {
  id: LINE_ID,
  position: 0,
  description: 'Bồi dưỡng tiếng Anh cho cán bộ',
  planArea: 'III.8',
  chapter: '418',
  section: '341',
  item: '7000',
  fundingSource: 'PROVINCIAL_BUDGET',
  quantity: 2,
  unitCost: 50_000_000,
  amount: 100_000_000,
  notes: 'Theo Kế hoạch 38',
  approvedAmount: null,
  reviewComment: null,
  flag: null,
};
const estimate = (status: string, lines: unknown[] = [LINE]) => ({
  id: ID,
  version: 2,
  createdAt: '2026-01-05T08:00:00.000Z',
  updatedAt: '2026-01-06T09:30:00.000Z',
  agencyCode: 'SNV',
  fiscalYear: 2026,
  titleVi: 'Dự toán 2026 của Sở Nội vụ',
  status,
  requestedAmount: 100_000_000,
  approvedAmount: null,
  versionNo: 1,
  submittedAt: null,
  deadline: '2025-07-20',
  late: false,
  reviewComment: null,
  flaggedLines: 0,
  locked: false,
  lines,
});

function serve(current: unknown, answerPut: (body: Record<string, unknown>) => Response) {
  return routeFetch((url, init) => {
    if (init?.method && init.method !== 'GET') return answerPut(JSON.parse(String(init.body)));
    if (url === `/api/budget/estimates/${ID}`) return jsonResponse(200, current);
    return jsonResponse(200, { versions: [], reviews: [] });
  });
}

/** The text of the toast antd shows (outside the drawer, in its own container). */
const toastText = () => document.querySelector('.ant-message-notice')?.textContent;

function renderDrawer(user = SNV_EDITOR, lang: 'vi' | 'en' = 'vi') {
  return renderScreen(
    <>
      <Routes>
        <Route path="budget/:id" element={<BudgetEstimateDrawer />} />
      </Routes>
      <LocationProbe />
    </>,
    { lang, url: `/budget/${ID}`, user },
  );
}

describe('BudgetEstimateDrawer lines', () => {
  it("shows each line's budget classification and notes", async () => {
    serve(estimate('submitted'), () => jsonResponse(500, {}));
    renderDrawer(SNV_EDITOR, 'en');

    expect(await screen.findByRole('columnheader', { name: 'Budget classification' })).toBeTruthy();
    expect(screen.getByRole('columnheader', { name: 'Notes' })).toBeTruthy();
    expect(screen.getByTestId('line-classification').textContent).toBe('418 · 341 · 7000');
    expect(screen.getByTestId('line-notes').textContent).toBe('Theo Kế hoạch 38');
  });

  it('edits the classification and notes of a draft line and saves them with the line', async () => {
    const fetch = serve(estimate('draft'), (body) => jsonResponse(200, { ...estimate('draft'), ...body }));
    renderDrawer();

    const chapter = await screen.findByLabelText('Chương');
    fireEvent.change(chapter, { target: { value: '422' } });
    fireEvent.change(screen.getByLabelText('Loại, khoản'), { target: { value: '' } });
    fireEvent.change(screen.getByLabelText('Mục'), { target: { value: '7050' } });
    fireEvent.change(screen.getByLabelText('Ghi chú'), { target: { value: 'Tăng theo số học viên' } });
    fireEvent.click(screen.getByRole('button', { name: 'Lưu' }));

    await waitFor(() => expect(fetch.mock.calls.some(([, init]) => init?.method === 'PUT')).toBe(true));
    const [, init] = fetch.mock.calls.find(([, i]) => i?.method === 'PUT') ?? [];
    const body = JSON.parse(String(init?.body));
    expect(body.lines).toEqual([
      expect.objectContaining({ id: LINE_ID, chapter: '422', item: '7050', notes: 'Tăng theo số học viên' }),
    ]);
    expect(body.lines[0]).not.toHaveProperty('section');
  });

  it("words the service's 400 on a line with the line's number and the rule's own message", async () => {
    serve(estimate('draft'), () =>
      jsonResponse(400, {
        code: 'VALIDATION_FAILED',
        status: 400,
        message: 'The request has invalid fields',
        fields: [
          {
            path: 'lines.0.amount',
            code: 'too_big',
            message: 'The amount (quantity × unit cost) must be at most 10^15 đồng',
            params: { maximum: 1_000_000_000_000_000 },
          },
        ],
      }),
    );
    renderDrawer();
    fireEvent.click(await screen.findByRole('button', { name: 'Lưu' }));

    await waitFor(() =>
      expect(toastText()).toBe(
        'Dòng 1: Thành tiền (số lượng × đơn giá) không được vượt quá 1.000.000.000.000.000\u00a0₫',
      ),
    );
  });

  it('refuses an approved amount above the request beside the field, in money, and sends nothing', async () => {
    const fetch = serve(estimate('submitted'), (body) =>
      jsonResponse(200, { ...estimate('approved'), ...body }),
    );
    renderDrawer(STC_REVIEWER, 'en');
    const approved = await screen.findByLabelText('Approved amount');
    fireEvent.change(approved, { target: { value: '120,000,000' } });
    fireEvent.blur(approved);

    expect(screen.getByTestId('number-error').textContent).toBe(
      'The approved amount cannot exceed the requested amount (VND\u00a0100,000,000)',
    );
    // Not cut back to the request: the figure stays as typed, grouped.
    expect((approved as HTMLInputElement).value).toBe('120,000,000');
    fireEvent.click(screen.getByRole('button', { name: 'Approve' }));
    fireEvent.click(within(await screen.findByRole('tooltip')).getByRole('button', { name: 'OK' }));
    await waitFor(() => expect(toastText()).toBe('Please correct the highlighted fields.'));
    expect(fetch.mock.calls.some(([, init]) => init?.method === 'POST')).toBe(false);
  });

  it('reads a unit cost and quantity typed the Vietnamese way and saves them exactly', async () => {
    const fetch = serve(estimate('draft'), (body) => jsonResponse(200, { ...estimate('draft'), ...body }));
    renderDrawer();
    const unitCost = await screen.findByLabelText('Đơn giá (đồng)');
    fireEvent.change(unitCost, { target: { value: '1.234.567' } });
    fireEvent.change(screen.getByLabelText('Số lượng'), { target: { value: '2' } });
    expect(screen.getByTestId('estimate-total').textContent).toBe('2.469.134\u00a0₫');
    fireEvent.click(screen.getByRole('button', { name: 'Lưu' }));

    await waitFor(() => expect(fetch.mock.calls.some(([, init]) => init?.method === 'PUT')).toBe(true));
    const [, init] = fetch.mock.calls.find(([, i]) => i?.method === 'PUT') ?? [];
    expect(JSON.parse(String(init?.body)).lines[0]).toEqual(
      expect.objectContaining({ quantity: 2, unitCost: 1_234_567 }),
    );
  });

  it('refuses a negative unit cost and a quantity that is no number beside them, and saves nothing', async () => {
    const fetch = serve(estimate('draft'), (body) => jsonResponse(200, { ...estimate('draft'), ...body }));
    renderDrawer();
    const unitCost = await screen.findByLabelText('Đơn giá (đồng)');
    fireEvent.change(unitCost, { target: { value: '-50.000' } });
    fireEvent.blur(unitCost);
    const quantity = screen.getByLabelText('Số lượng');
    fireEvent.change(quantity, { target: { value: '2.5' } });
    fireEvent.blur(quantity);

    const messages = screen.getAllByTestId('number-error').map((node) => node.textContent);
    expect(messages).toEqual([
      expect.stringMatching(/^Không phải là số theo cách viết tiếng Việt/),
      'Không được là số âm',
    ]);
    // The sign is kept, not stripped: the user sees what they typed.
    expect((unitCost as HTMLInputElement).value).toBe('-50.000');
    fireEvent.click(screen.getByRole('button', { name: 'Lưu' }));
    await waitFor(() => expect(toastText()).toBeTruthy());
    expect(fetch.mock.calls.some(([, init]) => init?.method === 'PUT')).toBe(false);
  });

  it("words the service's own refusal of an approved amount, in money", async () => {
    serve(estimate('submitted'), () =>
      jsonResponse(400, {
        code: 'VALIDATION_FAILED',
        status: 400,
        message: 'The review has invalid fields',
        fields: [
          {
            path: 'lines.0.approvedAmount',
            code: 'too_big',
            message: 'The approved amount cannot exceed the requested amount',
            params: { maximum: 100_000_000 },
          },
        ],
      }),
    );
    renderDrawer(STC_REVIEWER, 'en');
    // Within the request as the console sees it; the service, which sums its own lines, refuses it.
    fireEvent.change(await screen.findByLabelText('Approved amount'), { target: { value: '90000000' } });
    fireEvent.click(screen.getByRole('button', { name: 'Approve' }));
    const confirm = await screen.findByRole('tooltip');
    fireEvent.click(within(confirm).getByRole('button', { name: 'OK' }));

    await waitFor(() =>
      expect(toastText()).toBe(
        'Line 1: The approved amount cannot exceed the requested amount (VND\u00a0100,000,000)',
      ),
    );
  });

  it('lets Finance approve every line as requested in one click, cut one, and sends those amounts', async () => {
    const second = {
      ...LINE,
      id: 'ad1c2a4e-8b7d-4c3a-9f1e-2d5b6a7c8e94',
      position: 1,
      description: 'In tài liệu',
      quantity: 3,
      unitCost: 10_000_000,
      amount: 30_000_000,
    };
    const fetch = serve(estimate('submitted', [LINE, second]), () => jsonResponse(200, estimate('approved')));
    renderDrawer(STC_REVIEWER, 'en');

    fireEvent.click(await screen.findByRole('button', { name: 'Approve every line as requested' }));
    const approved = () => screen.getAllByLabelText('Approved amount') as HTMLInputElement[];
    await waitFor(() =>
      expect(approved().map((input) => input.value)).toEqual(['100,000,000', '30,000,000']),
    );
    expect(screen.getByTestId('review-approved-total').textContent).toBe('VND\u00a0130,000,000');
    expect(screen.getByText('2 of 2 lines decided')).toBeTruthy();
    // The second line is not approved after all.
    fireEvent.change(approved()[1], { target: { value: '0' } });
    fireEvent.blur(approved()[1]);
    await waitFor(() =>
      expect(screen.getByTestId('review-approved-total').textContent).toBe('VND\u00a0100,000,000'),
    );
    expect(screen.getAllByText('Not approved').length).toBeGreaterThan(0);

    fireEvent.click(screen.getByRole('button', { name: 'Approve' }));
    fireEvent.click(within(await screen.findByRole('tooltip')).getByRole('button', { name: 'OK' }));
    await waitFor(() => expect(fetch.mock.calls.some(([, init]) => init?.method === 'POST')).toBe(true));
    const [, init] = fetch.mock.calls.find(([, i]) => i?.method === 'POST') ?? [];
    expect(JSON.parse(String(init?.body))).toMatchObject({
      decision: 'approve',
      lines: [
        { lineId: LINE_ID, approvedAmount: 100_000_000 },
        { lineId: second.id, approvedAmount: 0 },
      ],
    });
    // Two lines of inputs under antd's table: slower than the one-line cases on a busy machine.
  }, 60_000);
});

describe('BudgetEstimateDrawer closing', () => {
  /** The question on screen, if any (antd also keeps a hidden copy of a confirmation's title). */
  const question = () => document.querySelector('.ant-modal-confirm-title')?.textContent ?? null;
  /** Esc in the drawer (the closed question's dialog can linger in jsdom: the drawer's own is the target). */
  const pressEscape = () =>
    fireEvent.keyDown(
      screen.getAllByRole('dialog', { hidden: true }).find((d) => d.closest('.ant-drawer')) as HTMLElement,
      { key: 'Escape', code: 'Escape' },
    );

  const serveCurrent = (get: () => unknown) =>
    routeFetch((url) =>
      url === `/api/budget/estimates/${ID}`
        ? jsonResponse(200, get())
        : jsonResponse(200, { versions: [], reviews: [] }),
    );
  const typeComment = async () =>
    fireEvent.change(await screen.findByLabelText('Comment on the estimate'), {
      target: { value: 'Giảm số buổi' },
    });

  it("asks before Esc throws away a reviewer's typed comment", async () => {
    serveCurrent(() => estimate('submitted'));
    renderDrawer(STC_REVIEWER, 'en');
    await typeComment();
    pressEscape();
    await waitFor(() => expect(question()).toBe('Discard your changes?'));
    expect(screen.getByTestId('location').textContent).toBe(`/budget/${ID}`);
  });

  it('closes at once once the estimate has moved on, for a comment that can no longer be sent', async () => {
    let current = estimate('submitted');
    serveCurrent(() => current);
    const { queryClient } = renderDrawer(STC_REVIEWER, 'en');
    await typeComment();
    // Returned meanwhile (the reviewer's own decision landing before its toast, or a colleague's).
    current = { ...estimate('returned'), version: 3 };
    await queryClient.invalidateQueries();
    await waitFor(() => expect(screen.getByTestId('estimate-status').textContent).toBe('Returned'));
    pressEscape();
    await waitFor(() => expect(screen.getByTestId('location').textContent).toBe('/'));
    expect(question()).toBeNull();
  });
});
