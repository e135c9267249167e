import { ruleParams } from '../common/validation-rules';
import { z } from 'zod';
import { OverrideFields, overrideNeedsReason } from '../common/workflow-guard';
import {
  AgencyCodeSchema,
  CalendarDateSchema,
  CountryCodeSchema,
  DistrictCodeSchema,
  DongSchema,
  withEndNotBeforeStart,
  text,
  safeString,
} from '../common/primitives.schema';
import { FileUploadSchema } from '../common/file.schema';
import { RecordMetaSchema, listQuerySchema, pageSchema } from '../common/list.schema';

export const CULTURAL_EVENT_TYPES = [
  'festival',
  'art-performance',
  'exhibition',
  'trade-tourism-fair',
  'sports-exchange',
  'asean-corner',
  'conference',
  'culture-week',
  'mass-art-programme',
] as const;
export const CULTURAL_EVENT_STATUSES = [
  'planned',
  'confirmed',
  'held',
  'reported',
  'postponed',
  'cancelled',
] as const;
export type CulturalEventStatus = (typeof CULTURAL_EVENT_STATUSES)[number];
export type CulturalEventType = (typeof CULTURAL_EVENT_TYPES)[number];

/**
 * Which status may follow which (the service enforces it; the console offers only these actions).
 * planned → confirmed → held → reported is the normal life; planned or confirmed events may be
 * postponed (then planned or confirmed again) or cancelled; a held event can only be reported;
 * reported and cancelled are final.
 */
export const CULTURAL_EVENT_NEXT_STATUSES: Readonly<
  Record<CulturalEventStatus, readonly CulturalEventStatus[]>
> = {
  planned: ['confirmed', 'postponed', 'cancelled'],
  confirmed: ['held', 'postponed', 'cancelled', 'planned'],
  held: ['reported'],
  reported: [],
  postponed: ['planned', 'confirmed', 'cancelled'],
  cancelled: [],
};

/** Cultural events belong to plan area III.5 (culture, sports, tourism) or III.9 (foreign affairs). */
export const CULTURE_PLAN_AREAS = ['III.5', 'III.9'] as const;
export const CulturePlanAreaSchema = z.enum(CULTURE_PLAN_AREAS);

/** A performing troupe or delegation taking part in an event. */
export const TroupeSchema = z.object({
  name: text(200),
  countryCode: CountryCodeSchema,
  size: z.number().int().min(1).max(10_000),
});
export type Troupe = z.infer<typeof TroupeSchema>;

const optionalText = (max: number) => safeString().trim().max(max).optional();

const EventFields = z.object({
  titleVi: text(300),
  titleEn: text(300),
  description: optionalText(4000),
  type: z.enum(CULTURAL_EVENT_TYPES),
  planArea: CulturePlanAreaSchema.default('III.5'),
  agencyCode: AgencyCodeSchema,
  coOrganisers: z.array(AgencyCodeSchema).max(20).default([]),
  districtCode: DistrictCodeSchema.optional(),
  venue: text(300),
  startDate: CalendarDateSchema,
  endDate: CalendarDateSchema,
  countryCodes: z.array(CountryCodeSchema).max(50).default([]),
  troupes: z.array(TroupeSchema).max(50).default([]),
  expectedAudience: z.number().int().min(0).max(10_000_000).optional(),
  costEstimate: DongSchema,
  /** Whether participants register (with a capacity and a waitlist). */
  takesRegistrations: z.boolean().default(false),
  capacity: z.number().int().min(1).max(1_000_000).optional(),
  /** Internal: the organiser's contact person, phone or e-mail. Never public. */
  organiserContact: optionalText(300),
  /** Internal notes. Never public. */
  internalNotes: optionalText(2000),
});

export const CreateCulturalEventSchema = withEndNotBeforeStart(EventFields);
export type CreateCulturalEvent = z.input<typeof CreateCulturalEventSchema>;

/** A whole-record update: the form sends every field and the version it was read at. */
export const UpdateCulturalEventSchema = withEndNotBeforeStart(
  EventFields.extend({ id: z.uuid(), version: z.number().int().min(1) }),
);
export type UpdateCulturalEvent = z.input<typeof UpdateCulturalEventSchema>;

export const EventReportSchema = z.object({
  attendance: z.number().int().min(0).max(10_000_000),
  outcomes: text(4000),
  mediaCoverage: text(2000),
  reportedAt: z.string(),
});
export type EventReport = z.infer<typeof EventReportSchema>;

export const CulturalEventSchema = EventFields.extend({
  status: z.enum(CULTURAL_EVENT_STATUSES),
  /** Why the event was postponed or cancelled. */
  statusReason: z.string().optional(),
  actualAudience: z.number().int().optional(),
  /** Participating countries that were ASEAN members on the start date (from the catalog). */
  aseanCountryCodes: z.array(CountryCodeSchema),
  report: EventReportSchema.optional(),
}).extend(RecordMetaSchema.shape);
export type CulturalEvent = z.infer<typeof CulturalEventSchema>;

export const ATTACHMENT_KINDS = ['photo', 'document'] as const;
export const CulturalEventAttachmentSchema = z.object({
  id: z.uuid(),
  fileName: z.string(),
  contentType: z.string(),
  size: z.number().int(),
  kind: z.enum(ATTACHMENT_KINDS),
  createdAt: z.string(),
});
export type CulturalEventAttachment = z.infer<typeof CulturalEventAttachmentSchema>;

/** Another event at the same venue whose dates overlap this one's. */
export const EventOverlapSchema = z.object({
  id: z.uuid(),
  titleVi: z.string(),
  titleEn: z.string(),
  startDate: z.string(),
  endDate: z.string(),
  status: z.enum(CULTURAL_EVENT_STATUSES),
});
export type EventOverlap = z.infer<typeof EventOverlapSchema>;

/** One event with what its page shows besides its fields: venue overlaps and attachments. */
export const CulturalEventDetailSchema = CulturalEventSchema.extend({
  overlaps: z.array(EventOverlapSchema),
  attachments: z.array(CulturalEventAttachmentSchema),
});
export type CulturalEventDetail = z.infer<typeof CulturalEventDetailSchema>;

export const CULTURAL_EVENT_SORTS = ['startDate', 'titleVi', 'createdAt'] as const;
export const ListCulturalEventsSchema = listQuerySchema(CULTURAL_EVENT_SORTS, {
  type: z.enum(CULTURAL_EVENT_TYPES).optional(),
  status: z.enum(CULTURAL_EVENT_STATUSES).optional(),
  districtCode: DistrictCodeSchema.optional(),
  agencyCode: AgencyCodeSchema.optional(),
  planArea: CulturePlanAreaSchema.optional(),
  countryCode: CountryCodeSchema.optional(),
  year: z.coerce.number().int().min(2000).max(2100).optional(),
});
export type ListCulturalEvents = z.input<typeof ListCulturalEventsSchema>;

export const CulturalEventPageSchema = pageSchema(CulturalEventSchema);

/** Events to link a record of another department to (a delegation attending one): any agency's, newest first. */
export const CulturalEventOptionsQuerySchema = z.object({ q: safeString().trim().max(100).optional() });
export type CulturalEventOptionsQuery = z.input<typeof CulturalEventOptionsQuerySchema>;
export const CulturalEventOptionSchema = z.object({
  id: z.uuid(),
  titleVi: z.string(),
  titleEn: z.string(),
  startDate: z.string(),
  endDate: z.string(),
  status: z.enum(CULTURAL_EVENT_STATUSES),
});
export const CulturalEventOptionsSchema = z.object({ items: z.array(CulturalEventOptionSchema) });
export type CulturalEventOptions = z.infer<typeof CulturalEventOptionsSchema>;

// — status changes —

/** The status changes a user asks for; `reported` goes through the post-event report. */
export const CULTURAL_EVENT_TRANSITIONS = ['planned', 'confirmed', 'held', 'postponed', 'cancelled'] as const;

export const TransitionCulturalEventSchema = z
  .object({
    id: z.uuid(),
    version: z.number().int().min(1),
    to: z.enum(CULTURAL_EVENT_TRANSITIONS),
    reason: optionalText(500),
    actualAudience: z.number().int().min(0).max(10_000_000).optional(),
    /** Records an event as held before its start date (late data entry): an editor's, with a reason. */
    ...OverrideFields,
  })
  .superRefine(overrideNeedsReason)
  .superRefine((value, ctx) => {
    if ((value.to === 'cancelled' || value.to === 'postponed') && !value.reason) {
      ctx.addIssue({
        code: 'custom',
        path: ['reason'],
        message: 'A reason is required',
        params: ruleParams('required'),
      });
    }
    if (value.to === 'held' && value.actualAudience === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['actualAudience'],
        message: 'The actual audience is required',
        params: ruleParams('required'),
      });
    }
  });
export type TransitionCulturalEvent = z.input<typeof TransitionCulturalEventSchema>;

export const ReportCulturalEventSchema = z.object({
  id: z.uuid(),
  version: z.number().int().min(1),
  attendance: z.number().int().min(0).max(10_000_000),
  outcomes: text(4000),
  mediaCoverage: text(2000),
});
export type ReportCulturalEvent = z.input<typeof ReportCulturalEventSchema>;

// — attachments —

export const UploadAttachmentSchema = z.object({ id: z.uuid(), file: FileUploadSchema });
export type UploadAttachment = z.input<typeof UploadAttachmentSchema>;
export const AttachmentRefSchema = z.object({ id: z.uuid(), attachmentId: z.uuid() });
export type AttachmentRef = z.infer<typeof AttachmentRefSchema>;

// — registrations —

export const REGISTRATION_STATUSES = ['registered', 'waitlisted', 'cancelled'] as const;
const RegistrationFields = {
  name: text(200),
  organisation: optionalText(300),
  countryCode: CountryCodeSchema,
  contact: text(200),
};
export const CreateRegistrationSchema = z.object({ id: z.uuid(), ...RegistrationFields });
export type CreateRegistration = z.input<typeof CreateRegistrationSchema>;

/** A correction of a participant's details, with the same field rules as registering; not their place. */
export const UpdateRegistrationSchema = z.object({
  id: z.uuid(),
  registrationId: z.uuid(),
  version: z.number().int().min(1),
  ...RegistrationFields,
});
export type UpdateRegistration = z.input<typeof UpdateRegistrationSchema>;

export const RegistrationSchema = z.object({
  id: z.uuid(),
  eventId: z.uuid(),
  name: z.string(),
  organisation: z.string().optional(),
  countryCode: CountryCodeSchema,
  contact: z.string(),
  status: z.enum(REGISTRATION_STATUSES),
  /** Order of registering: the waitlist is promoted in this order. */
  position: z.number().int(),
  checkedInAt: z.string().nullable(),
  createdAt: z.string(),
  /** Read with the details, sent back with a correction (a stale one is refused with 409). */
  version: z.number().int(),
});
export type Registration = z.infer<typeof RegistrationSchema>;
export const RegistrationPageSchema = pageSchema(RegistrationSchema);

export const ListRegistrationsSchema = z.object({
  id: z.uuid(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(50),
  status: z.enum(REGISTRATION_STATUSES).optional(),
});
export const RegistrationRefSchema = z.object({ id: z.uuid(), registrationId: z.uuid() });

export const ParticipantsByCountrySchema = z.object({
  items: z.array(
    z.object({
      countryCode: CountryCodeSchema,
      registered: z.number().int(),
      waitlisted: z.number().int(),
      checkedIn: z.number().int(),
    }),
  ),
});
export type ParticipantsByCountry = z.infer<typeof ParticipantsByCountrySchema>;

// — calendar —

/** At most this many days per calendar query: a month view with its neighbouring weeks. */
export const MAX_CALENDAR_DAYS = 100;
export const CalendarQuerySchema = z
  .object({
    from: CalendarDateSchema,
    to: CalendarDateSchema,
    agencyCode: AgencyCodeSchema.optional(),
    districtCode: DistrictCodeSchema.optional(),
  })
  .refine((q) => q.to >= q.from, { path: ['to'], message: 'End date is before start date' })
  .refine((q) => (Date.parse(q.to) - Date.parse(q.from)) / 86_400_000 <= MAX_CALENDAR_DAYS, {
    path: ['to'],
    message: `At most ${MAX_CALENDAR_DAYS} days`,
  });
export type CalendarQuery = z.input<typeof CalendarQuerySchema>;

export const CalendarEntrySchema = z.object({
  id: z.uuid(),
  titleVi: z.string(),
  titleEn: z.string(),
  type: z.enum(CULTURAL_EVENT_TYPES),
  venue: z.string(),
  districtCode: DistrictCodeSchema.optional(),
  startDate: z.string(),
  endDate: z.string(),
  status: z.enum(CULTURAL_EVENT_STATUSES),
  /** How many other events share the venue on overlapping dates. */
  overlapCount: z.number().int(),
});
export type CalendarEntry = z.infer<typeof CalendarEntrySchema>;
export const CalendarSchema = z.object({ items: z.array(CalendarEntrySchema) });

// — public (no sign-in): an explicit allow-list of fields —

export const PUBLIC_EVENT_STATUSES = ['confirmed', 'held', 'reported'] as const;
export const PublicCulturalEventSchema = z.object({
  id: z.uuid(),
  titleVi: z.string(),
  titleEn: z.string(),
  description: z.string().optional(),
  type: z.enum(CULTURAL_EVENT_TYPES),
  venue: z.string(),
  districtCode: DistrictCodeSchema.optional(),
  startDate: z.string(),
  endDate: z.string(),
  status: z.enum(PUBLIC_EVENT_STATUSES),
  countryCodes: z.array(CountryCodeSchema),
  aseanCountryCodes: z.array(CountryCodeSchema),
  troupes: z.array(z.object({ name: z.string(), countryCode: CountryCodeSchema })),
  /** Attendance of a held event. */
  audience: z.number().int().optional(),
});
export type PublicCulturalEvent = z.infer<typeof PublicCulturalEventSchema>;
export const PublicEventsQuerySchema = z.object({});
export const PublicEventsSchema = z.object({
  upcoming: z.array(PublicCulturalEventSchema),
  highlights: z.array(PublicCulturalEventSchema),
});
export type PublicEvents = z.infer<typeof PublicEventsSchema>;
export const PublicCalendarQuerySchema = z.object({ lang: z.enum(['vi', 'en']).default('vi') });

// — reports —

export const CultureReportQuerySchema = z.object({
  year: z.coerce.number().int().min(2000).max(2100).optional(),
  type: z.enum(CULTURAL_EVENT_TYPES).optional(),
  countryCode: CountryCodeSchema.optional(),
  districtCode: DistrictCodeSchema.optional(),
  planArea: CulturePlanAreaSchema.optional(),
  agencyCode: AgencyCodeSchema.optional(),
  /** Only ASEAN member countries (on the event's date). */
  aseanOnly: z
    .union([z.boolean(), z.enum(['true', 'false'])])
    .transform((v) => v === true || v === 'true')
    .optional(),
});
export type CultureReportQuery = z.input<typeof CultureReportQuerySchema>;

export const CultureReportRowSchema = z.object({
  year: z.number().int(),
  type: z.enum(CULTURAL_EVENT_TYPES),
  /** Null for events without a foreign participant. */
  countryCode: CountryCodeSchema.nullable(),
  districtCode: DistrictCodeSchema.nullable(),
  planArea: CulturePlanAreaSchema,
  events: z.number().int(),
  audience: z.number().int(),
});
export type CultureReportRow = z.infer<typeof CultureReportRowSchema>;

export const CultureReportSchema = z.object({
  rows: z.array(CultureReportRowSchema),
  /** True when the rows were cut at the cap: narrow the filter. */
  rowsCapped: z.boolean(),
  byYear: z.array(z.object({ year: z.number().int(), events: z.number().int(), audience: z.number().int() })),
  aseanByYear: z.array(z.object({ year: z.number().int(), countryCodes: z.array(CountryCodeSchema) })),
  totals: z.object({
    events: z.number().int(),
    audience: z.number().int(),
    expectedAudience: z.number().int(),
  }),
});
export type CultureReport = z.infer<typeof CultureReportSchema>;

export const CultureReportExportSchema = CultureReportQuerySchema.extend({
  format: z.enum(['csv', 'xlsx']).default('xlsx'),
});
export type CultureReportExport = z.input<typeof CultureReportExportSchema>;
