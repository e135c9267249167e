import { z } from 'zod';
import { event } from '../common/event';
import { AgencyCodeSchema } from '../common/primitives.schema';

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
};
