import { DOMAIN_EVENTS } from '@ascc/contracts';
import { type Translate, isMessageKey } from '../../../i18n/translate';

/**
 * A durable consumer (`<service>-<event subject with dashes>`, service-kit's `consumerName`) in words: the
 * event it reads (its service is named beside the check); the technical name if it is no known event's.
 */
export function consumerText(name: string, t: Translate): string {
  const event = Object.values(DOMAIN_EVENTS)
    .flat()
    .find((e) => name.endsWith(`-${e.subject.replace(/\./g, '-')}`));
  const label = `status.event.${event?.subject}`;
  return t('status.check.consumer', { name: isMessageKey(label) ? t(label) : name });
}
