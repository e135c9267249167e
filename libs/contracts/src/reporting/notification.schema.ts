import { z } from 'zod';
import { AgencyCodeSchema, CalendarDateSchema } from '../common/primitives.schema';

/**
 * What a notification says, as a template key: the console writes the Vietnamese or English sentence
 * from the key and the params, so no prose is stored and a language switch rewrites every line.
 */
export const NOTIFICATION_TEMPLATES = [
  'report.due-soon',
  'report.due-today',
  'report.late',
  'report.returned',
  'estimate.deadline-soon',
  'estimate.returned',
  'ngo.registration-expiring',
  'aid-project.not-started',
  'course.starting-tomorrow',
] as const;
export type NotificationTemplate = (typeof NOTIFICATION_TEMPLATES)[number];

/** The record a notification opens. */
export const NOTIFICATION_LINK_KINDS = [
  'yearly-report',
  'yearly-reports',
  'budget-estimate',
  'ngo',
  'aid-project',
  'course',
] as const;
export type NotificationLinkKind = (typeof NOTIFICATION_LINK_KINDS)[number];

export const NotificationLinkSchema = z.object({
  kind: z.enum(NOTIFICATION_LINK_KINDS),
  /** The record's id; absent for a list (e.g. the agency's yearly reports). */
  id: z.string().max(64).optional(),
});
export type NotificationLink = z.infer<typeof NotificationLinkSchema>;

/**
 * The console page (path and query) of the record a notification is about: the inbox's link and the
 * link of its e-mail.
 */
export function notificationPath(
  link: NotificationLink,
  params: Record<string, string | number> = {},
): string {
  switch (link.kind) {
    case 'budget-estimate':
      return link.id ? `/budget/${link.id}` : '/budget';
    case 'yearly-report':
    case 'yearly-reports':
      return typeof params.year === 'number' ? `/reports?year=${params.year}` : '/reports';
    case 'ngo':
      return link.id ? `/aid/${link.id}` : '/aid';
    case 'aid-project':
      return link.id ? `/aid/projects/${link.id}` : '/aid/projects';
    case 'course':
      return link.id ? `/training/courses/${link.id}` : '/training';
  }
}

/** Template params: short values (names, dates, years, counts, a reviewer's comment). */
export const NotificationParamsSchema = z.record(z.string(), z.union([z.string().max(5000), z.number()]));
export type NotificationParams = z.infer<typeof NotificationParamsSchema>;

export const NotificationSchema = z.object({
  id: z.uuid(),
  template: z.enum(NOTIFICATION_TEMPLATES),
  params: NotificationParamsSchema,
  link: NotificationLinkSchema,
  agencyCode: AgencyCodeSchema,
  createdAt: z.string().datetime(),
  /** When the caller read it; null while unread. */
  readAt: z.string().datetime().nullable(),
});
export type Notification = z.infer<typeof NotificationSchema>;

export const ListNotificationsSchema = z.object({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
  /** Only the unread ones (a query string's `true`; the service validates the parsed boolean again). */
  unread: z
    .union([z.boolean(), z.enum(['true', 'false'])])
    .transform((v) => v === true || v === 'true')
    .optional(),
});
export type ListNotifications = z.input<typeof ListNotificationsSchema>;

export const NotificationPageSchema = z.object({
  items: z.array(NotificationSchema),
  total: z.number().int().min(0),
  unread: z.number().int().min(0),
  page: z.number().int().min(1),
  pageSize: z.number().int().min(1),
});
export type NotificationPage = z.infer<typeof NotificationPageSchema>;

export const UnreadCountQuerySchema = z.object({});
export const UnreadCountSchema = z.object({ unread: z.number().int().min(0) });
export type UnreadCount = z.infer<typeof UnreadCountSchema>;

export const MarkNotificationReadSchema = z.object({ id: z.uuid() });
export const MarkAllNotificationsReadSchema = z.object({});
export const MarkedReadSchema = z.object({
  marked: z.number().int().min(0),
  unread: z.number().int().min(0),
});
export type MarkedRead = z.infer<typeof MarkedReadSchema>;

/** Runs the date-driven reminders for one day of the province (today when absent). */
export const RunRemindersSchema = z.object({ date: CalendarDateSchema.optional() });
export const RunRemindersResultSchema = z.object({
  date: CalendarDateSchema,
  /** Notifications this run added; reminders already delivered are not counted again. */
  created: z.number().int().min(0),
});
export type RunRemindersResult = z.infer<typeof RunRemindersResultSchema>;
