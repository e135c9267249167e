import { z } from 'zod';
import { event } from '../common/event';
import { recordChangedEvent } from '../common/live';
import {
  AgencyCodeSchema,
  CalendarDateSchema,
  CountryCodeSchema,
  DistrictCodeSchema,
  PlanAreaCodeSchema,
} from '../common/primitives.schema';
import { PROJECT_STATUSES } from './aid.rules';
import { DELEGATION_DIRECTIONS, DELEGATION_PURPOSES } from './aid.schema';

/**
 * Events of the aid service (stream AID), written to its outbox in the transaction that records the
 * change. `transactionRecorded` carries what the cross-department dashboard splits aid by: the donor
 * country (ASEAN member on the transaction's date), the project's sector and location shares.
 */
export const AID_EVENTS = {
  transactionRecorded: event({
    subject: 'aid.transaction.recorded',
    stream: 'AID',
    summary: 'A commitment or disbursement (or other IATI transaction) was recorded on an aid project',
    schema: z.object({
      transactionId: z.string().uuid(),
      projectId: z.string().uuid(),
      /** The project's code and Vietnamese title (the plan's record lists); optional in older events. */
      projectCode: z.string().optional(),
      projectTitleVi: z.string().optional(),
      agencyCode: AgencyCodeSchema,
      type: z.string(),
      date: CalendarDateSchema,
      year: z.number().int(),
      /**
       * The exact đồng equivalent of the amount; negative for a reversing entry (a correction or a
       * void), which cancels the transaction it names in `reversesTransactionId`.
       */
      dongAmount: z.number().int(),
      reversesTransactionId: z.string().uuid().optional(),
      donorCountryCode: CountryCodeSchema.nullable(),
      /** The donor was an ASEAN member on the transaction's date. */
      asean: z.boolean(),
      sectors: z.array(z.object({ code: z.string(), planArea: PlanAreaCodeSchema, percentage: z.number() })),
      locations: z.array(z.object({ districtCode: DistrictCodeSchema, percentage: z.number() })),
    }),
  }),
  /**
   * A delegation was recorded or edited: its latest state, whole (a consumer replaces what it had).
   * Delegations are never deleted; one called off keeps its record.
   */
  delegationRecorded: event({
    subject: 'aid.delegation.recorded',
    stream: 'AID',
    summary: 'A delegation (inbound or outbound) was recorded or edited: its latest state',
    schema: z.object({
      delegationId: z.string().uuid(),
      version: z.number().int(),
      titleVi: z.string(),
      agencyCode: AgencyCodeSchema,
      direction: z.enum(DELEGATION_DIRECTIONS),
      purpose: z.enum(DELEGATION_PURPOSES),
      planArea: PlanAreaCodeSchema,
      /** The countries, each marked ASEAN member or not on the start date. */
      countries: z.array(z.object({ code: CountryCodeSchema, asean: z.boolean() })),
      size: z.number().int().min(0),
      startDate: CalendarDateSchema,
      endDate: CalendarDateSchema,
      /** The year of the start date. */
      year: z.number().int(),
    }),
  }),
  /**
   * An NGO was registered or edited: what the reminders need of it, its latest state whole (a consumer
   * replaces what it had; an older version than the one applied changes nothing).
   */
  ngoRecorded: event({
    subject: 'aid.ngo.recorded',
    stream: 'AID',
    summary: "An NGO was registered or edited: its name, agency and registration's expiry (reminders)",
    schema: z.object({
      ngoId: z.string().uuid(),
      version: z.number().int(),
      /** The Vietnamese name. */
      name: z.string(),
      agencyCode: AgencyCodeSchema,
      /** The last day of its registration certificate in Viet Nam; null without one. */
      registrationExpiresOn: CalendarDateSchema.nullable(),
    }),
  }),
  /**
   * An aid project was recorded or edited: its status and the dates that decide whether it started
   * within six months of its approval, its latest state whole (an older version changes nothing).
   */
  projectRecorded: event({
    subject: 'aid.project.recorded',
    stream: 'AID',
    summary: 'An aid project was recorded or edited: its status, approval decision date and actual start',
    schema: z.object({
      projectId: z.string().uuid(),
      version: z.number().int(),
      code: z.string(),
      titleVi: z.string(),
      agencyCode: AgencyCodeSchema,
      status: z.enum(PROJECT_STATUSES),
      decisionDate: CalendarDateSchema.nullable(),
      actualStart: CalendarDateSchema.nullable(),
    }),
  }),
  /** Any audited change of a record (live updates of the consoles; see common/live.ts). */
  recordChanged: recordChangedEvent('aid'),
};
