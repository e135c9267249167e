import { UpdateMailPreferencesSchema } from '@ascc/contracts';
import { Alert, Modal, Typography, message } from 'antd';
import { useSessionUser } from '../../../app/use-session';
import { useT } from '../../../i18n/language';
import { SchemaForm, useSchemaForm } from '../../../shared/form/schema-form';
import { MailPreferenceFields } from '../../users/components/user-form';
import { updateMailPreferences } from '../api/auth.api';

/**
 * My account: the address the user's notifications are e-mailed to, their language and the switch.
 * An emptied address clears it.
 */
export function MailPreferencesModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const t = useT();
  const user = useSessionUser();
  const [toast, toastHolder] = message.useMessage();
  const controls = useSchemaForm({
    schema: UpdateMailPreferencesSchema,
    onSubmit: updateMailPreferences,
    onSuccess: () => {
      void toast.success(t('mailPrefs.saved'));
      onClose();
    },
  });
  if (!user) return null;
  return (
    <>
      {toastHolder}
      <Modal
        title={t('mailPrefs.title')}
        open={open}
        onCancel={() => {
          controls.clearError();
          onClose();
        }}
        onOk={() => controls.form.submit()}
        okText={t('form.submit')}
        cancelText={t('form.cancel')}
        confirmLoading={controls.pending}
        okButtonProps={{ 'data-testid': 'mail-preferences-submit' }}
        destroyOnHidden
      >
        <Typography.Paragraph type="secondary">{t('mailPrefs.intro')}</Typography.Paragraph>
        {controls.formError && (
          <Alert
            type="error"
            showIcon
            title={t('form.failed')}
            description={controls.formError}
            style={{ marginBottom: 16 }}
          />
        )}
        <SchemaForm
          controls={controls}
          name="mail-preferences"
          initialValues={{
            email: user.email ?? '',
            language: user.language,
            emailNotifications: user.emailNotifications,
          }}
        >
          <MailPreferenceFields t={t} />
        </SchemaForm>
      </Modal>
    </>
  );
}
