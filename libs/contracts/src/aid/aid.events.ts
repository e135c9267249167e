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
  /** Any audited change of a record (live updates of the consoles; see common/live.ts). */
  recordChanged: recordChangedEvent('aid'),
};
