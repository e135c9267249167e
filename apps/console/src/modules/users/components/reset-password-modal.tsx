import { ResetPasswordSchema, type User } from '@ascc/contracts';
import { Input, Modal, Typography } from 'antd';
import { useT } from '../../../i18n/language';
import { FormField } from '../../../shared/form/form-field';
import { FormError, SchemaForm, useSchemaForm } from '../../../shared/form/schema-form';
import { useResetPassword } from '../hooks/use-users';

/**
 * Resetting is a deliberate step: the modal names the user and what follows (they must change the
 * password at their next sign-in) before the admin confirms with the new password.
 */
export function ResetPasswordModal({
  user,
  onClose,
  onDone,
}: {
  user: User;
  onClose: () => void;
  onDone: () => void;
}) {
  const t = useT();
  const reset = useResetPassword();
  const controls = useSchemaForm({
    schema: ResetPasswordSchema,
    extraValues: { id: user.id },
    onSubmit: (message) => reset.mutateAsync(message),
    onSuccess: onDone,
  });
  return (
    <Modal
      open
      title={t('users.resetTitle', { name: user.displayName })}
      onCancel={onClose}
      onOk={() => controls.form.submit()}
      okText={t('users.resetPassword')}
      okButtonProps={{ danger: true }}
      cancelText={t('form.cancel')}
      confirmLoading={controls.pending}
      destroyOnHidden
    >
      <Typography.Paragraph>{t('users.resetExplain', { name: user.displayName })}</Typography.Paragraph>
      <FormError error={controls.formError} />
      <SchemaForm controls={controls} name="reset-password">
        <FormField name="password" label={t('password.new')} extra={t('password.policy')}>
          <Input.Password autoComplete="new-password" />
        </FormField>
      </SchemaForm>
    </Modal>
  );
}
