import { z } from 'zod';
import { event } from '../common/event';
import {
  AgencyCodeSchema,
  CalendarDateSchema,
  CountryCodeSchema,
  DistrictCodeSchema,
  PlanAreaCodeSchema,
} from '../common/primitives.schema';

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
      agencyCode: AgencyCodeSchema,
      type: z.string(),
      date: CalendarDateSchema,
      year: z.number().int(),
      /** The exact đồng equivalent of the amount. */
      dongAmount: z.number().int(),
      donorCountryCode: CountryCodeSchema.nullable(),
      /** The donor was an ASEAN member on the transaction's date. */
      asean: z.boolean(),
      sectors: z.array(z.object({ code: z.string(), planArea: PlanAreaCodeSchema, percentage: z.number() })),
      locations: z.array(z.object({ districtCode: DistrictCodeSchema, percentage: z.number() })),
    }),
  }),
};
