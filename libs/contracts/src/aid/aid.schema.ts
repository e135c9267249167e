import { z } from 'zod';
import { AgencyCodeSchema, CountryCodeSchema, PlanAreaCodeSchema, text } from '../common/primitives.schema';
import { RecordMetaSchema, listQuerySchema, pageSchema } from '../common/list.schema';

export const NGO_KINDS = [
  'international-ngo',
  'foundation',
  'friendship-organisation',
  'individual-donor',
  'other',
] as const;

const NgoFields = z.object({
  nameOriginal: text(300),
  nameVi: text(300),
  acronym: z.string().trim().max(30).optional(),
  countryCode: CountryCodeSchema,
  kind: z.enum(NGO_KINDS),
  planArea: PlanAreaCodeSchema.default('III.10'),
  agencyCode: AgencyCodeSchema,
  notes: z.string().trim().max(4000).optional(),
});

export const CreateNgoSchema = NgoFields;
export type CreateNgo = z.input<typeof CreateNgoSchema>;

export const NgoSchema = NgoFields.extend({ isAsean: z.boolean() }).extend(RecordMetaSchema.shape);
export type Ngo = z.infer<typeof NgoSchema>;

export const NGO_SORTS = ['createdAt', 'nameOriginal', 'nameVi', 'countryCode'] as const;
export const ListNgosSchema = listQuerySchema(NGO_SORTS, {
  countryCode: CountryCodeSchema.optional(),
  kind: z.enum(NGO_KINDS).optional(),
  agencyCode: AgencyCodeSchema.optional(),
});
export type ListNgos = z.input<typeof ListNgosSchema>;

export const NgoPageSchema = pageSchema(NgoSchema);
