import { z } from 'zod';
import { event } from '../common/event';
import { recordChangedEvent } from '../common/live';
import { AgencyCodeSchema, CountryCodeSchema, DistrictCodeSchema } from '../common/primitives.schema';

const CULTURAL_EVENT_TYPE = z.string();

/** The figures of a held or reported event, for the cross-department dashboard. */
const EventFiguresSchema = z.object({
  eventId: z.string().uuid(),
  /** The event's Vietnamese title (the plan's record lists); optional in events written before it. */
  titleVi: z.string().optional(),
  agencyCode: AgencyCodeSchema,
  type: CULTURAL_EVENT_TYPE,
  year: z.number().int(),
  districtCode: DistrictCodeSchema.nullable(),
  planArea: z.string(),
  countries: z.array(z.object({ code: CountryCodeSchema, asean: z.boolean() })),
  audience: z.number().int().min(0),
});

/**
 * Events of the culture service (stream CULTURE). A cancelled event that an approved budget line
 * funds must be flagged for Finance: the budget service consumes `eventCancelled`.
 */
export const CULTURE_EVENTS = {
  eventCancelled: event({
    subject: 'culture.event.cancelled',
    stream: 'CULTURE',
    summary: 'A cultural event was cancelled (budget lines funding it are flagged for Finance)',
    schema: z.object({
      eventId: z.string().uuid(),
      title: z.string(),
      agencyCode: AgencyCodeSchema,
      reason: z.string(),
      cancelledAt: z.string().datetime(),
    }),
  }),
  eventHeld: event({
    subject: 'culture.event.held',
    stream: 'CULTURE',
    summary: 'A cultural event took place, with its actual audience (dashboard figures)',
    schema: EventFiguresSchema.extend({ heldAt: z.string().datetime() }),
  }),
  eventReported: event({
    subject: 'culture.event.reported',
    stream: 'CULTURE',
    summary: 'The post-event report of a cultural event was filed, with its attendance (dashboard figures)',
    schema: EventFiguresSchema.extend({ reportedAt: z.string().datetime() }),
  }),
  /** Any audited change of a record (live updates of the consoles; see common/live.ts). */
  recordChanged: recordChangedEvent('culture'),
};
