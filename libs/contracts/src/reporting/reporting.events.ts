import { z } from 'zod';
import { event } from '../common/event';
import { recordChangedEvent } from '../common/live';
import { AgencyCodeSchema } from '../common/primitives.schema';
import {
  NOTIFICATION_TEMPLATES,
  NotificationLinkSchema,
  NotificationParamsSchema,
} from './notification.schema';

/**
 * Events of the reporting service (stream REPORTING), written to its outbox in the transaction of their
 * change: the audited changes of its own records (yearly reports, indicators, action plans), the
 * notices that its read model and inbox applied another service's event (live updates, issue 21), and
 * each notification added to the inbox (the gateway, owner of the users' addresses and languages, mails it).
 */
export const REPORTING_EVENTS = {
  /** Any audited change of a record, or an applied event (live updates of the consoles; common/live.ts). */
  recordChanged: recordChangedEvent('reporting'),
  notificationCreated: event({
    subject: 'reporting.notification.created',
    stream: 'REPORTING',
    summary: 'A notification entered the inbox (one user, or the people of an agency holding a permission)',
    schema: z.object({
      notificationId: z.uuid(),
      template: z.enum(NOTIFICATION_TEMPLATES),
      params: NotificationParamsSchema,
      link: NotificationLinkSchema,
      agencyCode: AgencyCodeSchema,
      /** The one user it is for; null when it is for everyone of the agency holding `permission`. */
      userId: z.string().max(64).nullable(),
      permission: z.string().max(64).nullable(),
      createdAt: z.string().datetime(),
    }),
  }),
};
