import { Modal, message } from 'antd';
import { useT } from '../../../i18n/language';
import { ChangePasswordFields, useChangePasswordForm } from './change-password-form';

export function ChangePasswordModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const t = useT();
  const [toast, toastHolder] = message.useMessage();
  const controls = useChangePasswordForm(() => {
    void toast.success(t('password.changed'));
    onClose();
  });
  return (
    <>
      {toastHolder}
      <Modal
        title={t('password.change')}
        open={open}
        onCancel={() => {
          controls.clearError();
          onClose();
        }}
        onOk={() => controls.form.submit()}
        okText={t('password.change')}
        cancelText={t('form.cancel')}
        confirmLoading={controls.pending}
        okButtonProps={{ 'data-testid': 'change-password-submit' }}
        destroyOnHidden
      >
        <ChangePasswordFields controls={controls} />
      </Modal>
    </>
  );
}
