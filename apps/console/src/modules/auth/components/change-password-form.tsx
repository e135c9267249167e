import { ChangePasswordSchema } from '@ascc/contracts';
import { Input } from 'antd';
import type { ReactNode } from 'react';
import { z } from 'zod';
import { ApiError } from '../../../api/api-error';
import { useT } from '../../../i18n/language';
import { FormField } from '../../../shared/form/form-field';
import {
  FormError,
  SchemaForm,
  type SchemaFormControls,
  useSchemaForm,
} from '../../../shared/form/schema-form';
import { changePassword } from '../api/auth.api';

/**
 * The contract's change-password message plus a confirmation, checked on this side only: a typo in a
 * new password the user cannot see would lock them out at their next sign-in.
 */
export const ChangePasswordFormSchema = ChangePasswordSchema.extend({ confirmPassword: z.string() }).refine(
  (value) => value.newPassword === value.confirmPassword,
  {
    path: ['confirmPassword'],
    message: 'The passwords do not match',
    params: { rule: 'passwordMismatch' },
    // Also beside the other fields' problems, so the user fixes everything in one go.
    when: (payload) => {
      const value = payload.value as { newPassword?: unknown; confirmPassword?: unknown };
      return typeof value.newPassword === 'string' && typeof value.confirmPassword === 'string';
    },
  },
);

export type ChangePasswordControls = SchemaFormControls<typeof ChangePasswordFormSchema>;

export function useChangePasswordForm(onSuccess: () => void): ChangePasswordControls {
  const t = useT();
  return useSchemaForm({
    schema: ChangePasswordFormSchema,
    onSubmit: (message) => changePassword(message.currentPassword, message.newPassword),
    onSuccess,
    // A 401 that survives a renewed session is the server refusing the current password.
    explainError: (error) =>
      error instanceof ApiError && error.status === 401
        ? { field: 'currentPassword', text: t('password.wrongCurrent') }
        : undefined,
  });
}

/**
 * Why the change failed, if it did, then the fields. `children` go inside the form, after the fields: a
 * submit button there lets Enter submit.
 */
export function ChangePasswordFields({
  controls,
  children,
}: {
  controls: ChangePasswordControls;
  children?: ReactNode;
}) {
  const t = useT();
  return (
    <>
      <FormError error={controls.formError} />
      <SchemaForm controls={controls} name="change-password">
        <FormField name="currentPassword" label={t('password.current')}>
          <Input.Password autoComplete="current-password" />
        </FormField>
        <FormField name="newPassword" label={t('password.new')} extra={t('password.policy')}>
          <Input.Password autoComplete="new-password" />
        </FormField>
        <FormField name="confirmPassword" label={t('password.confirm')}>
          <Input.Password autoComplete="new-password" />
        </FormField>
        {children}
      </SchemaForm>
    </>
  );
}
