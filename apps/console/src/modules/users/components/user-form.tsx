import { CreateUserSchema, LANGUAGES, UpdateUserSchema, type User } from '@ascc/contracts';
import { Button, Flex, Input, Select, Switch } from 'antd';
import type { Translate } from '../../../i18n/translate';
import { ApiError } from '../../../api/api-error';
import { useT } from '../../../i18n/language';
import { AgencySelect, enumOptions } from '../../../shared/form/controls';
import { CreateDrawer } from '../../../shared/form/create-drawer';
import { FormField } from '../../../shared/form/form-field';
import type { CreateFormProps } from '../../../shared/list/list-page';
import { useCreateUser, useUpdateUser } from '../hooks/use-users';
import { RoleSelect } from './role-select';

/** Least privilege by default: a new account reads its agency's records until given more. */
const NEW_USER_DEFAULTS = { roles: ['viewer'], language: 'vi', emailNotifications: true };

/** The address notifications are e-mailed to, their language, and the switch (create, edit, own account). */
export function MailPreferenceFields({ t }: { t: Translate }) {
  return (
    <>
      <FormField name="email" label={t('field.email')} extra={t('field.emailHint')}>
        <Input type="email" inputMode="email" autoComplete="off" autoCapitalize="none" spellCheck={false} />
      </FormField>
      <FormField name="language" label={t('field.language')}>
        <Select options={enumOptions(LANGUAGES, (language) => t(`language.${language}`))} />
      </FormField>
      <FormField name="emailNotifications" label={t('field.emailNotifications')} valuePropName="checked">
        <Switch />
      </FormField>
    </>
  );
}

export function CreateUserForm({
  open,
  onClose,
  initialValues,
}: CreateFormProps & { initialValues?: Record<string, unknown> }) {
  const t = useT();
  const create = useCreateUser();
  return (
    <CreateDrawer
      name="user"
      title={t('users.create')}
      open={open}
      onClose={onClose}
      schema={CreateUserSchema}
      initialValues={{ ...NEW_USER_DEFAULTS, ...initialValues }}
      onSubmit={create.mutateAsync}
    >
      <FormField name="username" label={t('field.username')} extra={t('field.usernameHint')}>
        <Input autoComplete="off" autoCapitalize="none" spellCheck={false} />
      </FormField>
      <FormField name="displayName" label={t('field.displayName')}>
        <Input autoComplete="off" />
      </FormField>
      <FormField name="agencyCode" label={t('field.agencyCode')}>
        <AgencySelect />
      </FormField>
      <FormField name="roles" label={t('field.roles')}>
        <RoleSelect />
      </FormField>
      <FormField name="password" label={t('field.password')} extra={t('password.policy')}>
        <Input.Password autoComplete="new-password" />
      </FormField>
      <MailPreferenceFields t={t} />
    </CreateDrawer>
  );
}

/**
 * Name, agency, roles and whether the account is active. The version the admin opened goes along; if
 * someone saved the user since, the server refuses (409) and the admin reloads to see their change.
 */
export function EditUserForm({
  user,
  onClose,
  onReload,
}: {
  user: User;
  onClose: () => void;
  onReload: () => void;
}) {
  const t = useT();
  const update = useUpdateUser();
  return (
    <CreateDrawer
      name="user-edit"
      title={t('users.edit', { name: user.username })}
      open
      onClose={onClose}
      schema={UpdateUserSchema}
      extraValues={{ id: user.id, version: user.version }}
      initialValues={{
        displayName: user.displayName,
        agencyCode: user.agencyCode,
        roles: user.roles,
        active: user.active,
        email: user.email ?? '',
        language: user.language,
        emailNotifications: user.emailNotifications,
      }}
      // The form shows the address: an emptied field clears it (the form leaves empty values out).
      onSubmit={(message) => update.mutateAsync({ ...message, email: message.email ?? null })}
      successMessage={t('form.saved')}
      explainError={(error) =>
        error instanceof ApiError && error.status === 409 && !error.fields.length
          ? {
              text: (
                <Flex vertical gap="small" align="start">
                  <span>{t('users.conflict')}</span>
                  <Button onClick={onReload} data-testid="user-reload">
                    {t('users.reload')}
                  </Button>
                </Flex>
              ),
            }
          : undefined
      }
    >
      <FormField name="displayName" label={t('field.displayName')}>
        <Input autoComplete="off" />
      </FormField>
      <FormField name="agencyCode" label={t('field.agencyCode')}>
        <AgencySelect />
      </FormField>
      <FormField name="roles" label={t('field.roles')}>
        <RoleSelect />
      </FormField>
      <FormField name="active" label={t('field.active')} valuePropName="checked">
        <Switch />
      </FormField>
      <MailPreferenceFields t={t} />
    </CreateDrawer>
  );
}
