import { z } from 'zod';
import { safeString } from './primitives.schema';

export const MAX_PAGE_SIZE = 100;
/** Lists count matching rows up to this many; beyond it `total` stops here and `totalCapped` is true. */
export const COUNT_CAP = 10_000;

/**
 * Query of every list: 1-based page, bounded page size, one sort field from the entity's allowed list,
 * free-text `q`. Sorting and filtering happen in the database.
 */
export function listQuerySchema<const S extends readonly [string, ...string[]], F extends z.ZodRawShape>(
  sortFields: S,
  filters: F,
) {
  return z.object({
    page: z.coerce.number().int().min(1).default(1),
    pageSize: z.coerce.number().int().min(1).max(MAX_PAGE_SIZE).default(20),
    sort: z.enum(sortFields).default(sortFields[0]),
    order: z.enum(['asc', 'desc']).default('desc'),
    q: safeString().trim().max(100).optional(),
    ...filters,
  });
}

export function pageSchema<T extends z.ZodType>(item: T) {
  return z.object({
    items: z.array(item),
    total: z.number().int().min(0).max(COUNT_CAP),
    /** True when more than COUNT_CAP rows match: show "10 000+" and invite a narrower filter. */
    totalCapped: z.boolean(),
    page: z.number().int().min(1),
    pageSize: z.number().int().min(1),
  });
}

export interface Page<T> {
  items: T[];
  total: number;
  totalCapped: boolean;
  page: number;
  pageSize: number;
}

export const GetByIdSchema = z.object({ id: z.uuid() });
export type GetById = z.infer<typeof GetByIdSchema>;

/** Fields every record of the plan carries. */
export const RecordMetaSchema = z.object({
  id: z.uuid(),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
