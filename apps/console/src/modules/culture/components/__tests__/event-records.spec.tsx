// First: the browser APIs jsdom lacks must exist before antd and react-router load.
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { jsonResponse, routeFetch } from '../../../../test/fetch';
import { renderScreen } from '../../../../test/render';
import { SVHTTDL_EDITOR } from '../../../../test/users';
import { EventAttachments } from '../event-attachments';
import { EventRegistrations } from '../event-registrations';

const EVENT_ID = '5b1c2a4e-8b7d-4c3a-9f1e-2d5b6a7c8e96';
const ATTACHMENT = {
  id: '6c1c2a4e-8b7d-4c3a-9f1e-2d5b6a7c8e97',
  fileName: 'khai-mac.png',
  contentType: 'image/png',
  size: 2048,
  kind: 'photo',
  createdAt: '2026-03-01T08:00:00.000Z',
};
const EVENT = {
  id: EVENT_ID,
  version: 2,
  agencyCode: 'SVHTTDL',
  status: 'confirmed',
  takesRegistrations: true,
  capacity: 10,
  attachments: [ATTACHMENT],
} as never;

const REGISTRATION = {
  id: '7d1c2a4e-8b7d-4c3a-9f1e-2d5b6a7c8e98',
  eventId: EVENT_ID,
  name: 'Vannak',
  countryCode: 'KH',
  contact: 'vannak@example.org',
  status: 'registered',
  position: 1,
  checkedInAt: null,
  createdAt: '2026-03-01T08:00:00.000Z',
  version: 4,
};

describe(EventAttachments.name, () => {
  it('deletes an attachment only after the user confirms, naming the file', async () => {
    const fetch = routeFetch(() => jsonResponse(200, { id: EVENT_ID, attachmentId: ATTACHMENT.id }));
    renderScreen(<EventAttachments event={EVENT} canUpload />, { lang: 'en', user: SVHTTDL_EDITOR });

    fireEvent.click(screen.getByTestId('attachment-delete'));
    expect(
      await screen.findByText('Delete khai-mac.png? The event’s history keeps a note of it.'),
    ).toBeTruthy();
    expect(fetch).not.toHaveBeenCalled();
    fireEvent.click(screen.getByTestId('attachment-delete-confirm'));
    await waitFor(() => expect(fetch).toHaveBeenCalledTimes(1));
    const [url, init] = fetch.mock.calls[0];
    expect(url).toBe(`/api/culture/events/${EVENT_ID}/attachments/${ATTACHMENT.id}`);
    expect(init?.method).toBe('DELETE');
    expect(await screen.findByText('Deleted khai-mac.png')).toBeTruthy();
  });

  it('offers no delete to someone who may not change the event', () => {
    routeFetch(() => jsonResponse(200, {}));
    renderScreen(<EventAttachments event={EVENT} canUpload={false} />, { lang: 'en', user: SVHTTDL_EDITOR });
    expect(screen.queryByTestId('attachment-delete')).toBeNull();
  });
});

describe(EventRegistrations.name, () => {
  function answer(url: string, init?: RequestInit) {
    if (init?.method === 'PUT') {
      const body = JSON.parse(String(init.body)) as Record<string, unknown>;
      return jsonResponse(200, { ...REGISTRATION, ...body, id: REGISTRATION.id, version: 5 });
    }
    if (url.includes('by-country')) return jsonResponse(200, { items: [] });
    return jsonResponse(200, { items: [REGISTRATION], total: 1, totalCapped: false, page: 1, pageSize: 100 });
  }

  it('corrects a participant: the form starts from their details, refuses an empty name beside it, and sends the version read', async () => {
    const fetch = routeFetch(answer);
    renderScreen(<EventRegistrations event={EVENT} canManage />, { lang: 'vi', user: SVHTTDL_EDITOR });

    fireEvent.click(await screen.findByTestId('reg-edit'));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText('Sửa thông tin người tham gia Vannak')).toBeTruthy();
    const name = within(dialog).getByLabelText('Họ tên') as HTMLInputElement;
    expect(name.value).toBe('Vannak');

    fireEvent.change(name, { target: { value: '' } });
    fireEvent.click(screen.getByTestId('reg-edit-save'));
    expect(await within(dialog).findByText('Vui lòng nhập thông tin này')).toBeTruthy();
    expect(fetch.mock.calls.filter(([, init]) => init?.method === 'PUT')).toHaveLength(0);

    fireEvent.change(name, { target: { value: 'Vannak Chea' } });
    fireEvent.click(screen.getByTestId('reg-edit-save'));
    await waitFor(() =>
      expect(fetch.mock.calls.filter(([, init]) => init?.method === 'PUT')).toHaveLength(1),
    );
    const [url, init] = fetch.mock.calls.find(([, i]) => i?.method === 'PUT') ?? [];
    expect(url).toBe(`/api/culture/events/${EVENT_ID}/registrations/${REGISTRATION.id}`);
    expect(JSON.parse(String(init?.body))).toEqual({
      version: 4,
      name: 'Vannak Chea',
      countryCode: 'KH',
      contact: 'vannak@example.org',
    });
  });

  it('says so when someone else corrected the participant first, and keeps the form open', async () => {
    routeFetch((url, init) =>
      init?.method === 'PUT'
        ? jsonResponse(409, {
            code: 'CONFLICT',
            status: 409,
            message: 'The registration was changed by someone else (now version 5); reload and try again',
            fields: [
              {
                path: 'version',
                code: 'stale',
                message: 'The registration was changed by someone else (now version 5); reload and try again',
                params: { rule: 'staleVersion', currentVersion: 5 },
              },
            ],
          })
        : answer(url, init),
    );
    renderScreen(<EventRegistrations event={EVENT} canManage />, { lang: 'en', user: SVHTTDL_EDITOR });
    fireEvent.click(await screen.findByTestId('reg-edit'));
    const dialog = await screen.findByRole('dialog');
    fireEvent.click(screen.getByTestId('reg-edit-save'));
    expect((await within(dialog).findByTestId('reg-edit-error')).textContent).toContain(
      'Someone else changed this participant’s details (now version 5). Close and edit again.',
    );
    expect(screen.getByRole('dialog')).toBeTruthy();
  });
});
