import { z } from 'zod';
import { event } from '../common/event';
import { AgencyCodeSchema } from '../common/primitives.schema';

/**
 * Events of the training service (stream TRAINING). A cancelled course that an approved budget line
 * funds must be flagged for Finance: the budget service consumes `courseCancelled`.
 */
export const TRAINING_EVENTS = {
  courseCancelled: event({
    subject: 'training.course.cancelled',
    stream: 'TRAINING',
    summary: 'A course was cancelled (budget lines funding it are flagged for Finance)',
    schema: z.object({
      courseId: z.string().uuid(),
      code: z.string(),
      agencyCode: AgencyCodeSchema,
      reason: z.string(),
      cancelledAt: z.string().datetime(),
    }),
  }),
};
