import { z } from 'zod';
import { event } from '../common/event';
import { recordChangedEvent } from '../common/live';
import {
  AgencyCodeSchema,
  CalendarDateSchema,
  FundingSourceCodeSchema,
  IdSchema,
  PlanAreaCodeSchema,
} from '../common/primitives.schema';
import { ActivityLinkSchema } from './budget.schema';

/**
 * Events of the budget service (stream BUDGET), written to its outbox in the approval's transaction.
 * Training and culture consume `lineFunded` and record the funding of their course or event.
 */
export const BUDGET_EVENTS = {
  estimateApproved: event({
    subject: 'budget.estimate.approved',
    stream: 'BUDGET',
    summary: "Finance approved an agency's estimate for a fiscal year",
    schema: z.object({
      estimateId: IdSchema,
      agencyCode: AgencyCodeSchema,
      fiscalYear: z.number().int(),
      versionNo: z.number().int(),
      requestedAmount: z.number().int(),
      approvedAmount: z.number().int(),
      approvedAt: z.string().datetime(),
      /**
       * Requested and approved per line, by plan area and funding source (the dashboard's budget
       * figures). Optional: events written before it was added do not carry it.
       */
      lines: z
        .array(
          z.object({
            lineId: IdSchema,
            /** The line's description and linked activity (record lists); optional in older events. */
            description: z.string().optional(),
            activity: ActivityLinkSchema.nullable().optional(),
            planArea: PlanAreaCodeSchema,
            fundingSource: FundingSourceCodeSchema,
            requestedAmount: z.number().int(),
            approvedAmount: z.number().int(),
          }),
        )
        .optional(),
    }),
  }),
  estimateReturned: event({
    subject: 'budget.estimate.returned',
    stream: 'BUDGET',
    summary: "Finance returned an agency's estimate with a comment; its author must correct it",
    schema: z.object({
      estimateId: IdSchema,
      agencyCode: AgencyCodeSchema,
      fiscalYear: z.number().int(),
      versionNo: z.number().int(),
      title: z.string(),
      comment: z.string().nullable(),
      /** Who wrote the estimate (its first audit row), to whom the inbox addresses it; null if unknown. */
      authorUserId: z.string().nullable(),
      returnedAt: z.string().datetime(),
    }),
  }),
  lineFunded: event({
    subject: 'budget.line.funded',
    stream: 'BUDGET',
    summary: 'An approved estimate line funds an activity of another service with this amount',
    schema: z.object({
      estimateId: IdSchema,
      lineId: IdSchema,
      agencyCode: AgencyCodeSchema,
      fiscalYear: z.number().int(),
      activity: ActivityLinkSchema,
      description: z.string(),
      requestedAmount: z.number().int(),
      approvedAmount: z.number().int(),
      approvedAt: z.string().datetime(),
    }),
  }),
  /** An agency submitted (or resubmitted) its estimate for a fiscal year: it is in, for the deadline's reminders. */
  estimateSubmitted: event({
    subject: 'budget.estimate.submitted',
    stream: 'BUDGET',
    summary: "An agency submitted its estimate for a fiscal year (the deadline's reminders skip it)",
    schema: z.object({
      estimateId: IdSchema,
      agencyCode: AgencyCodeSchema,
      fiscalYear: z.number().int(),
      versionNo: z.number().int(),
      submittedAt: z.string().datetime(),
    }),
  }),
  /** Finance set (or moved) a fiscal year's submission deadline; a year without one has the default. */
  deadlineChanged: event({
    subject: 'budget.deadline.changed',
    stream: 'BUDGET',
    summary: "Finance set a fiscal year's estimate submission deadline",
    schema: z.object({ fiscalYear: z.number().int(), deadline: CalendarDateSchema }),
  }),
  /** Any audited change of a record (live updates of the consoles; see common/live.ts). */
  recordChanged: recordChangedEvent('budget'),
};
