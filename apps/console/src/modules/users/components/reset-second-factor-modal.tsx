import type { User } from '@ascc/contracts';
import { Alert, Modal, Typography } from 'antd';
import { useT } from '../../../i18n/language';
import { errorText } from '../../../shared/error-text';
import { useResetSecondFactor } from '../hooks/use-users';

/**
 * Resetting a user's authenticator (a lost phone) is confirmed: the modal names the user and what
 * follows (their app and recovery codes stop working; they set up a new one at next sign-in if their
 * role requires it). The reset is in the user's history.
 */
export function ResetSecondFactorModal({
  user,
  onClose,
  onDone,
}: {
  user: User;
  onClose: () => void;
  onDone: () => void;
}) {
  const t = useT();
  const reset = useResetSecondFactor();
  return (
    <Modal
      open
      title={t('users.resetTotpTitle', { name: user.displayName })}
      onCancel={onClose}
      onOk={() => reset.mutate({ id: user.id }, { onSuccess: onDone })}
      okText={t('users.resetTotp')}
      okButtonProps={{ danger: true, 'data-testid': 'reset-second-factor-confirm' } as never}
      cancelText={t('form.cancel')}
      confirmLoading={reset.isPending}
      destroyOnHidden
    >
      <Typography.Paragraph>{t('users.resetTotpExplain', { name: user.displayName })}</Typography.Paragraph>
      {reset.error && <Alert type="error" showIcon title={errorText(reset.error, t)} />}
    </Modal>
  );
}
