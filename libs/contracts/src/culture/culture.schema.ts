import { z } from 'zod';
import {
  AgencyCodeSchema,
  CalendarDateSchema,
  CountryCodeSchema,
  DistrictCodeSchema,
  DongSchema,
  PlanAreaCodeSchema,
  withEndNotBeforeStart,
  text,
} from '../common/primitives.schema';
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

const EventFields = z.object({
  titleVi: text(300),
  titleEn: text(300),
  type: z.enum(CULTURAL_EVENT_TYPES),
  planArea: PlanAreaCodeSchema.default('III.5'),
  agencyCode: AgencyCodeSchema,
  districtCode: DistrictCodeSchema.optional(),
  venue: text(300),
  startDate: CalendarDateSchema,
  endDate: CalendarDateSchema,
  countryCodes: z.array(CountryCodeSchema).max(50).default([]),
  expectedAudience: z.number().int().min(0).max(10_000_000).optional(),
  costEstimate: DongSchema,
});

export const CreateCulturalEventSchema = withEndNotBeforeStart(EventFields);
export type CreateCulturalEvent = z.input<typeof CreateCulturalEventSchema>;

export const CulturalEventSchema = EventFields.extend({ status: z.enum(CULTURAL_EVENT_STATUSES) }).extend(
  RecordMetaSchema.shape,
);
export type CulturalEvent = z.infer<typeof CulturalEventSchema>;

export const CULTURAL_EVENT_SORTS = ['startDate', 'titleVi', 'createdAt'] as const;
export const ListCulturalEventsSchema = listQuerySchema(CULTURAL_EVENT_SORTS, {
  type: z.enum(CULTURAL_EVENT_TYPES).optional(),
  status: z.enum(CULTURAL_EVENT_STATUSES).optional(),
  districtCode: DistrictCodeSchema.optional(),
  agencyCode: AgencyCodeSchema.optional(),
});
export type ListCulturalEvents = z.input<typeof ListCulturalEventsSchema>;

export const CulturalEventPageSchema = pageSchema(CulturalEventSchema);
