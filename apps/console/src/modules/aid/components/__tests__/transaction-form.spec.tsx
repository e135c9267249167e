// First: the browser APIs jsdom lacks must exist before antd and react-router load.
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { mockFetch } from '../../../../test/fetch';
import { renderScreen } from '../../../../test/render';
import { SNV_EDITOR } from '../../../../test/users';
import { TransactionForm } from '../transaction-form';

const PROJECT_ID = '8d1b6f0e-3c6b-4f7e-9a57-2b1f0c3d4e5f';

function renderForm(lang: 'vi' | 'en' = 'vi') {
  const onClose = jest.fn();
  renderScreen(<TransactionForm open onClose={onClose} projectId={PROJECT_ID} currency="USD" />, {
    lang,
    user: SNV_EDITOR,
  });
  return { onClose };
}

const beside = (label: string) => {
  const item = screen.getByLabelText(label).closest('.ant-form-item');
  if (!(item instanceof HTMLElement)) throw new Error(`no form item for ${label}`);
  return item;
};

describe(TransactionForm.name, () => {
  it('reads 150.000 USD at 25.350 as officials write them and shows 3.802.500.000 đồng large', async () => {
    renderForm();
    fireEvent.change(screen.getByLabelText('Số tiền'), { target: { value: '150.000' } });
    fireEvent.change(screen.getByLabelText('Tỷ giá (đồng / đơn vị)'), { target: { value: '25.350' } });
    await waitFor(() => expect(screen.getByTestId('dong-amount').textContent).toBe('3.802.500.000\u00a0₫'));
    // The hint shows Vietnamese numbers, not a decimal point to type.
    expect(within(beside('Số tiền')).getByText(/150\.000/)).toBeTruthy();
  });

  it('shows no equivalent for a rate that is no number in Vietnamese (25.35), and refuses it beside the field', async () => {
    const fetch = mockFetch();
    renderForm();
    fireEvent.change(screen.getByLabelText('Số tiền'), { target: { value: '150.000' } });
    fireEvent.change(screen.getByLabelText('Tỷ giá (đồng / đơn vị)'), { target: { value: '25.35' } });
    expect(screen.getByTestId('dong-amount').textContent).toBe('—');
    fireEvent.click(screen.getByTestId('form-submit'));
    expect(
      await within(beside('Tỷ giá (đồng / đơn vị)')).findByText(
        /^Không phải là số theo cách viết tiếng Việt/,
      ),
    ).toBeTruthy();
    expect(fetch).not.toHaveBeenCalled();
  });

  it('reads English numbers in English: 150,000.50 at 25,350.5', async () => {
    renderForm('en');
    fireEvent.change(screen.getByLabelText('Amount'), { target: { value: '150,000.50' } });
    fireEvent.change(screen.getByLabelText('Exchange rate (VND per unit)'), {
      target: { value: '25,350.5' },
    });
    // 150 000.50 × 25 350.5 = 3 802 587 675.25 → 3 802 587 675
    await waitFor(() => expect(screen.getByTestId('dong-amount').textContent).toBe('VND\u00a03,802,587,675'));
  });
});
