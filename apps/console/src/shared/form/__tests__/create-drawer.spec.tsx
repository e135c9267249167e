// First: the browser APIs jsdom lacks must exist before antd and react-router load.
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { Input } from 'antd';
import { z } from 'zod';
import { renderScreen } from '../../../test/render';
import { SNV_EDITOR } from '../../../test/users';
import { CreateDrawer } from '../create-drawer';
import { FormField } from '../form-field';

const Schema = z.object({ venue: z.string().min(1) });

function renderDrawer() {
  const onClose = jest.fn();
  const onSubmit = jest.fn(async () => undefined);
  renderScreen(
    <CreateDrawer
      name="venue-form"
      title="Sửa địa điểm"
      open
      onClose={onClose}
      schema={Schema}
      initialValues={{ venue: 'Hội trường UBND tỉnh' }}
      onSubmit={onSubmit}
    >
      <FormField name="venue" label="Địa điểm">
        <Input />
      </FormField>
    </CreateDrawer>,
    { lang: 'vi', user: SNV_EDITOR },
  );
  return { onClose, onSubmit };
}

/** The question on screen, if any (antd also keeps a hidden copy of a confirmation's title). */
const question = () => document.querySelector('.ant-modal-confirm-title')?.textContent ?? null;

const pressEscape = () => fireEvent.keyDown(screen.getByRole('dialog'), { key: 'Escape', code: 'Escape' });

describe('CreateDrawer: unsaved changes', () => {
  it('closes at once when nothing was typed', async () => {
    const { onClose } = renderDrawer();
    await screen.findByLabelText('Địa điểm');
    pressEscape();
    await waitFor(() => expect(onClose).toHaveBeenCalledTimes(1));
    expect(question()).toBeNull();
  });

  it('asks before Esc, the X or Cancel discard typed changes, and keeps them when asked to', async () => {
    const { onClose } = renderDrawer();
    const venue = await screen.findByLabelText('Địa điểm');
    fireEvent.change(venue, { target: { value: 'Nhà văn hóa huyện Vũ Thư' } });

    pressEscape();
    await waitFor(() => expect(question()).toBe('Bỏ các thay đổi?'));
    expect(onClose).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Tiếp tục sửa' }));
    await waitFor(() => expect(question()).toBeNull());
    expect(onClose).not.toHaveBeenCalled();
    expect((screen.getByLabelText('Địa điểm') as HTMLInputElement).value).toBe('Nhà văn hóa huyện Vũ Thư');

    // The Cancel button asks too; this time the user discards.
    fireEvent.click(screen.getByRole('button', { name: /Hủy/ }));
    await waitFor(() => expect(question()).toBe('Bỏ các thay đổi?'));
    const dialog = document.querySelector('.ant-modal-confirm') as HTMLElement;
    fireEvent.click(within(dialog).getByRole('button', { name: 'Bỏ thay đổi' }));
    await waitFor(() => expect(onClose).toHaveBeenCalledTimes(1));
  });
});
