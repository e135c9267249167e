import type { Lang } from '@ascc/catalog';
import type { Notification, NotificationTemplate } from '@ascc/contracts';
import { formatDate } from '../../format/format';
import type { MessageKey, Translate } from '../../i18n/translate';
import './messages';

/** Each template's sentence (the compiler checks that every template has one in both languages). */
const TEMPLATE_KEYS: Record<NotificationTemplate, MessageKey> = {
  'report.due-soon': 'inbox.template.report.due-soon',
  'report.due-today': 'inbox.template.report.due-today',
  'report.late': 'inbox.template.report.late',
  'report.returned': 'inbox.template.report.returned',
  'estimate.deadline-soon': 'inbox.template.estimate.deadline-soon',
  'estimate.returned': 'inbox.template.estimate.returned',
  'ngo.registration-expiring': 'inbox.template.ngo.registration-expiring',
  'aid-project.not-started': 'inbox.template.aid-project.not-started',
  'course.starting-tomorrow': 'inbox.template.course.starting-tomorrow',
};

const DATE_PARAMS = new Set(['dueDate', 'deadline', 'expiresOn', 'approvedOn', 'startBy', 'startsOn']);

/** A notification's sentence in the reader's language, its dates written as the console writes dates. */
export function notificationText(
  n: Pick<Notification, 'template' | 'params'>,
  t: Translate,
  lang: Lang,
): string {
  const params = Object.fromEntries(
    Object.entries(n.params).map(([name, value]) => [
      name,
      DATE_PARAMS.has(name) && typeof value === 'string' ? formatDate(value, lang) : value,
    ]),
  );
  return t(TEMPLATE_KEYS[n.template], params);
}

/** The console page of the record a notification is about (one rule with the e-mails' links). */
export { notificationPath } from '@ascc/contracts';
