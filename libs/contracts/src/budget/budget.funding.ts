import { z } from 'zod';
import { GetByIdSchema } from '../common/list.schema';
import { AgencyCodeSchema, IdSchema } from '../common/primitives.schema';
import { internalMessage } from '../common/message';
import { route } from '../common/route';
import { FUNDED_ACTIVITY_KINDS, type FundedActivityKind } from './budget.schema';

/**
 * Where budget meets the services whose activities its lines fund. The lookup subjects are answered by
 * the owning service (a `funding/` folder in each), asked by the budget service only (auth.conf lets
 * budget publish exactly these); the funding subjects answer the console through the gateway.
 * Renaming one breaks running peers: deploy budget and the owning service together.
 */
export const FUNDING_SUBJECTS = {
  trainingLookup: 'training.activity.lookup',
  cultureLookup: 'culture.activity.lookup',
  aidLookup: 'aid.activity.lookup',
  trainingFunding: 'training.course.funding',
  cultureFunding: 'culture.event.funding',
} as const;

/** Which service owns each kind of activity, and the subject that looks it up. */
export const ACTIVITY_LOOKUP_SUBJECT: Record<FundedActivityKind, string> = {
  'training-course': FUNDING_SUBJECTS.trainingLookup,
  'cultural-event': FUNDING_SUBJECTS.cultureLookup,
  'aid-project': FUNDING_SUBJECTS.aidLookup,
  delegation: FUNDING_SUBJECTS.aidLookup,
};

export const ActivityLookupSchema = z.object({ kind: z.enum(FUNDED_ACTIVITY_KINDS), id: IdSchema });
export type ActivityLookup = z.infer<typeof ActivityLookupSchema>;
export const ActivityLookupResultSchema = z.object({
  exists: z.boolean(),
  agencyCode: AgencyCodeSchema.optional(),
  label: z.string().optional(),
});
export type ActivityLookupResult = z.infer<typeof ActivityLookupResultSchema>;

/** The lookups budget sends to the service owning an activity (NATS lets only budget publish on them). */
export const ACTIVITY_LOOKUPS = {
  training: internalMessage({
    subject: FUNDING_SUBJECTS.trainingLookup,
    input: ActivityLookupSchema,
    output: ActivityLookupResultSchema,
    summary: 'Does this course exist, whose is it, and how is it named (for a budget line that funds it)',
  }),
  culture: internalMessage({
    subject: FUNDING_SUBJECTS.cultureLookup,
    input: ActivityLookupSchema,
    output: ActivityLookupResultSchema,
    summary: 'Does this cultural event exist, whose is it, and how is it named',
  }),
  aid: internalMessage({
    subject: FUNDING_SUBJECTS.aidLookup,
    input: ActivityLookupSchema,
    output: ActivityLookupResultSchema,
    summary: 'Does this aid project or delegation exist, whose is it, and how is it named',
  }),
};

/** What a funded course or event knows of the budget lines that fund it. */
export const ActivityFundingSchema = z.object({
  activityId: IdSchema,
  fundedAmount: z.number().int(),
  lines: z.array(
    z.object({
      estimateId: IdSchema,
      lineId: IdSchema,
      fiscalYear: z.number().int(),
      approvedAmount: z.number().int(),
      fundedAt: z.string(),
    }),
  ),
});
export type ActivityFunding = z.infer<typeof ActivityFundingSchema>;

export const FUNDING_ROUTES = {
  trainingCourseFunding: route({
    operationId: 'getTrainingCourseFunding',
    method: 'GET',
    path: '/api/training/courses/:id/funding',
    subject: FUNDING_SUBJECTS.trainingFunding,
    input: GetByIdSchema,
    output: ActivityFundingSchema,
    status: 200,
    summary: "The approved budget lines funding this course (from Finance's decisions)",
    permission: 'training.course.funding.read',
    tag: 'training',
  }),
  culturalEventFunding: route({
    operationId: 'getCulturalEventFunding',
    method: 'GET',
    path: '/api/culture/events/:id/funding',
    subject: FUNDING_SUBJECTS.cultureFunding,
    input: GetByIdSchema,
    output: ActivityFundingSchema,
    status: 200,
    summary: "The approved budget lines funding this event (from Finance's decisions)",
    permission: 'culture.event.funding.read',
    tag: 'culture',
  }),
};
