import { Modal } from 'antd';
import { useRef } from 'react';
import { useT } from '../../i18n/language';

/**
 * Asks before discarding typed changes: closing an edit or create drawer (Esc, its X, a click outside,
 * Cancel) with changed fields opens a confirmation; unchanged, it closes at once.
 */
export function useConfirmDiscard() {
  const t = useT();
  const [modal, holder] = Modal.useModal();
  // One question at a time: Esc reaches the drawer more than once while the question is open.
  const asking = useRef(false);
  const confirmClose = (dirty: boolean, close: () => void) => {
    if (!dirty) {
      close();
      return;
    }
    if (asking.current) return;
    asking.current = true;
    void modal.confirm({
      afterClose: () => {
        asking.current = false;
      },
      title: t('form.discardTitle'),
      content: t('form.discardText'),
      okText: t('form.discard'),
      okButtonProps: { danger: true, 'data-testid': 'discard-ok' } as never,
      cancelText: t('form.keepEditing'),
      onOk: close,
    });
  };
  return { confirmClose, holder };
}
