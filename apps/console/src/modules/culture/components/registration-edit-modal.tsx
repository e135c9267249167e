import { type Registration, UpdateRegistrationSchema } from '@ascc/contracts';
import { Input, Modal } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { ApiError } from '../../../api/api-error';
import { useT } from '../../../i18n/language';
import { CountrySelect } from '../../../shared/form/controls';
import { FormField } from '../../../shared/form/form-field';
import { FormError, SchemaForm, useSchemaForm } from '../../../shared/form/schema-form';
import { culturalEventKeys } from '../api/cultural-events.api';
import { useUpdateRegistration } from '../hooks/use-cultural-events';
import '../messages';

/**
 * Corrects a participant's details with the rules of registering; their place on the list and their
 * check-in stay. Sent with the version it was read at: a correction someone else made first is not
 * overwritten, the form says so and the list reloads it.
 */
export function RegistrationEditModal({
  registration,
  onClose,
  onSaved,
}: {
  registration: Registration;
  onClose: () => void;
  onSaved: (name: string) => void;
}) {
  const t = useT();
  const update = useUpdateRegistration();
  const queryClient = useQueryClient();
  const controls = useSchemaForm({
    schema: UpdateRegistrationSchema,
    extraValues: { id: registration.eventId, registrationId: registration.id, version: registration.version },
    explainError: (error) => {
      const stale =
        error instanceof ApiError && error.status === 409 && error.fields.find((f) => f.path === 'version');
      return stale
        ? { text: t('culture.reg.stale', { version: String(stale.params?.currentVersion ?? '') }) }
        : undefined;
    },
    onSubmit: async (message) => {
      try {
        const saved = await update.mutateAsync(message);
        onSaved(saved.name);
      } catch (error) {
        // Whatever went wrong, the list shows the participant as now stored (and its current version).
        void queryClient.invalidateQueries({
          queryKey: culturalEventKeys.registrations(registration.eventId),
        });
        throw error;
      }
    },
  });
  return (
    <Modal
      open
      title={t('culture.reg.editTitle', { name: registration.name })}
      onCancel={onClose}
      onOk={() => controls.form.submit()}
      okText={t('form.submit')}
      okButtonProps={{ 'data-testid': 'reg-edit-save' } as never}
      cancelText={t('form.cancel')}
      confirmLoading={controls.pending}
      destroyOnHidden
    >
      <FormError error={controls.formError} testId="reg-edit-error" />
      <SchemaForm
        controls={controls}
        name="registration-edit"
        initialValues={{
          name: registration.name,
          organisation: registration.organisation,
          countryCode: registration.countryCode,
          contact: registration.contact,
        }}
      >
        <FormField name="name" label={t('culture.reg.name')}>
          <Input />
        </FormField>
        <FormField name="organisation" label={t('culture.reg.organisation')}>
          <Input />
        </FormField>
        <FormField name="countryCode" label={t('field.countryCode')}>
          <CountrySelect />
        </FormField>
        <FormField name="contact" label={t('culture.reg.contact')}>
          <Input />
        </FormField>
      </SchemaForm>
    </Modal>
  );
}
