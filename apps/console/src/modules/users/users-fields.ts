import type { Lang } from '@ascc/catalog';
import type { Translate } from '../../i18n/translate';
import { type RecordField, recordValue } from '../../shared/record/record-values';

const yesNo = (t: Translate) => (value: unknown) => (value ? t('app.yes') : t('app.no'));

/**
 * A user account as its history records it: the event (created, updated, password reset…) and the
 * fields it changed. Never a password or a secret: the identity module does not write them.
 */
export function userFields(t: Translate, lang: Lang): RecordField[] {
  return [
    { name: 'event', label: t('users.field.event'), format: recordValue.option(t, 'users.event') },
    { name: 'username', label: t('field.username') },
    { name: 'displayName', label: t('field.displayName') },
    { name: 'agencyCode', label: t('field.agencyCode'), format: recordValue.agency(lang) },
    { name: 'roles', label: t('field.roles'), format: recordValue.list(t, recordValue.option(t, 'role')) },
    { name: 'active', label: t('field.active'), format: yesNo(t) },
    { name: 'email', label: t('field.email') },
    { name: 'language', label: t('field.language'), format: recordValue.option(t, 'language') },
    { name: 'emailNotifications', label: t('field.emailNotifications'), format: yesNo(t) },
    { name: 'mustChangePassword', label: t('users.mustChange'), format: yesNo(t) },
    { name: 'sessionsRevoked', label: t('users.field.sessionsRevoked'), format: yesNo(t) },
    { name: 'totpEnabled', label: t('field.totpEnabled'), format: yesNo(t) },
    { name: 'recoveryCodes', label: t('users.field.recoveryCodes') },
    { name: 'recoveryCodesLeft', label: t('users.field.recoveryCodesLeft') },
    { name: 'recoveryCodesRevoked', label: t('users.field.recoveryCodesRevoked') },
    { name: 'lastLoginAt', label: t('field.lastLoginAt'), format: recordValue.dateTime(lang) },
  ];
}
