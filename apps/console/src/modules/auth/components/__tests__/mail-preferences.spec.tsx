// First: the browser APIs jsdom lacks must exist before antd and react-router load.
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { endSession } from '../../../../api/client';
import { jsonResponse, routeFetch } from '../../../../test/fetch';
import { renderScreen } from '../../../../test/render';
import { SNV_EDITOR } from '../../../../test/users';
import { MailPreferencesModal } from '../mail-preferences-modal';

const ME = { ...SNV_EDITOR, email: 'old@example.gov.vn', language: 'vi' as const };

function beside(label: string): HTMLElement {
  const item = screen.getByRole('textbox', { name: label }).closest('.ant-form-item');
  if (!(item instanceof HTMLElement)) throw new Error(`no form item for ${label}`);
  return item;
}

afterEach(() => endSession());

describe(MailPreferencesModal.name, () => {
  it('starts from the saved address and puts a wrong one beside the field, sending nothing', async () => {
    const fetch = routeFetch(() => jsonResponse(500, {}));
    renderScreen(<MailPreferencesModal open onClose={jest.fn()} />, { lang: 'vi', user: ME });

    const address = screen.getByRole('textbox', { name: 'Thư điện tử' });
    expect((address as HTMLInputElement).value).toBe('old@example.gov.vn');
    fireEvent.change(address, { target: { value: 'không phải địa chỉ' } });
    fireEvent.click(screen.getByTestId('mail-preferences-submit'));

    expect(
      await within(beside('Thư điện tử')).findByText(
        'Địa chỉ thư điện tử chưa đúng, ví dụ ten@example.gov.vn',
      ),
    ).toBeTruthy();
    expect(fetch).not.toHaveBeenCalled();
  });

  it('saves the address lower-cased with the language and switch', async () => {
    const fetch = routeFetch((url) =>
      url === '/api/auth/mail-preferences'
        ? jsonResponse(200, { ...ME, email: null })
        : jsonResponse(200, { status: 'signed-in', accessToken: 'token-2', expiresIn: 300, user: ME }),
    );
    const onClose = jest.fn();
    renderScreen(<MailPreferencesModal open onClose={onClose} />, { lang: 'en', user: ME });

    fireEvent.change(screen.getByRole('textbox', { name: 'E-mail' }), {
      target: { value: ' New.Address@SNV.Example.gov.vn ' },
    });
    fireEvent.click(screen.getByTestId('mail-preferences-submit'));
    await waitFor(() => expect(onClose).toHaveBeenCalled());
    const put = fetch.mock.calls.find(([url]) => url === '/api/auth/mail-preferences');
    expect(put?.[1]?.method).toBe('PUT');
    expect(JSON.parse(String(put?.[1]?.body))).toEqual({
      email: 'new.address@snv.example.gov.vn',
      language: 'vi',
      emailNotifications: true,
    });
  });

  it('sends an emptied address as none (cleared)', async () => {
    const fetch = routeFetch((url) =>
      url === '/api/auth/mail-preferences'
        ? jsonResponse(200, { ...ME, email: null })
        : jsonResponse(200, { status: 'signed-in', accessToken: 'token-2', expiresIn: 300, user: ME }),
    );
    const onClose = jest.fn();
    renderScreen(<MailPreferencesModal open onClose={onClose} />, { lang: 'vi', user: ME });

    fireEvent.change(screen.getByRole('textbox', { name: 'Thư điện tử' }), { target: { value: '' } });
    fireEvent.click(screen.getByTestId('mail-preferences-submit'));
    await waitFor(() => expect(onClose).toHaveBeenCalled());
    const put = fetch.mock.calls.find(([url]) => url === '/api/auth/mail-preferences');
    expect(JSON.parse(String(put?.[1]?.body))).toMatchObject({ email: null });
  });
});
