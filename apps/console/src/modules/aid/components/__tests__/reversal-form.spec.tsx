// First: the browser APIs jsdom lacks must exist before antd and react-router load.
import type { AidTransaction } from '@ascc/contracts';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { jsonResponse, mockFetch } from '../../../../test/fetch';
import { renderScreen } from '../../../../test/render';
import { SNV_EDITOR } from '../../../../test/users';
import { ReversalForm } from '../reversal-form';

const TX: AidTransaction = {
  id: '1b0e4b8e-6d35-4a43-9f44-3a0d2b7f9c11',
  projectId: '8d1b6f0e-3c6b-4f7e-9a57-2b1f0c3d4e5f',
  type: 'disbursement',
  date: '2025-06-02',
  amount: '50000.00',
  currency: 'USD',
  exchangeRate: '25100',
  dongAmount: 1_255_000_000,
  createdAt: '2025-06-02T03:00:00.000Z',
};

const beside = (label: string) => {
  const item = screen.getByLabelText(label).closest('.ant-form-item');
  if (!(item instanceof HTMLElement)) throw new Error(`no form item for ${label}`);
  return item;
};

const sent = (fetch: jest.Mock) => JSON.parse(String((fetch.mock.calls[0][1] as RequestInit).body));

describe(ReversalForm.name, () => {
  it('starts a correction with the recorded values and asks for the reason before sending anything', async () => {
    const fetch = mockFetch();
    renderScreen(<ReversalForm transaction={TX} mode="correct" onClose={jest.fn()} />, { user: SNV_EDITOR });
    expect(screen.getByText('Điều chỉnh giao dịch ngày 02/06/2025')).toBeTruthy();
    await waitFor(() => expect(screen.getByTestId('dong-amount').textContent).toBe('1.255.000.000\u00a0₫'));
    fireEvent.click(screen.getByTestId('form-submit'));
    await waitFor(() =>
      expect(beside('Lý do điều chỉnh').querySelector('.ant-form-item-explain-error')?.textContent).toBe(
        'Vui lòng nhập thông tin này',
      ),
    );
    expect(fetch).not.toHaveBeenCalled();
  });

  it('sends the reason with the corrected values nested under `correction`', async () => {
    const fetch = mockFetch(jsonResponse(201, {}));
    const onClose = jest.fn();
    renderScreen(<ReversalForm transaction={TX} mode="correct" onClose={onClose} />, { user: SNV_EDITOR });
    fireEvent.change(screen.getByLabelText('Lý do điều chỉnh'), { target: { value: 'Sai tỷ giá' } });
    fireEvent.change(screen.getByLabelText('Tỷ giá (đồng / đơn vị)'), { target: { value: '25.000' } });
    fireEvent.click(screen.getByTestId('form-submit'));
    await waitFor(() => expect(fetch).toHaveBeenCalledTimes(1));
    expect(String(fetch.mock.calls[0][0])).toContain(`/transactions/${TX.id}/reversal`);
    expect(sent(fetch)).toMatchObject({
      reason: 'Sai tỷ giá',
      correction: { type: 'disbursement', date: '2025-06-02', amount: '50000.00', exchangeRate: '25000' },
    });
  });

  it('voids only after a confirmation, with the reason alone', async () => {
    const fetch = mockFetch(jsonResponse(201, {}));
    renderScreen(<ReversalForm transaction={TX} mode="void" onClose={jest.fn()} />, {
      lang: 'en',
      user: SNV_EDITOR,
    });
    fireEvent.change(screen.getByLabelText('Reason for the correction'), {
      target: { value: 'The donor withdrew it' },
    });
    fireEvent.click(screen.getByTestId('form-submit'));
    const confirm = await screen.findByText(/Void this transaction\?/);
    expect(fetch).not.toHaveBeenCalled();
    const popover = confirm.closest('.ant-popover');
    if (!(popover instanceof HTMLElement)) throw new Error('no confirmation');
    fireEvent.click(within(popover).getByRole('button', { name: 'Void' }));
    await waitFor(() => expect(fetch).toHaveBeenCalledTimes(1));
    expect(sent(fetch)).toEqual({ reason: 'The donor withdrew it' });
  });
});
