import { z } from 'zod';
import { AgencyCodeSchema, CalendarDateSchema, safeString } from './primitives.schema';
import { MAX_PAGE_SIZE, pageSchema } from './list.schema';

export const AUDIT_ACTIONS = ['create', 'update', 'delete'] as const;

/**
 * One line of a service's append-only audit log, written in the same transaction as the change it
 * records: who, of which agency, when, what, and the difference before → after.
 */
export const AuditEntrySchema = z.object({
  id: z.uuid(),
  at: z.string(),
  entity: z.string(),
  entityId: z.string(),
  action: z.enum(AUDIT_ACTIONS),
  userId: z.string(),
  username: z.string(),
  /** Empty for a sign-in attempt (gateway, entity `SignIn`) with a name no account has. */
  agencyCode: z.union([AgencyCodeSchema, z.literal('')]),
  /** Changed fields: `{ field: { before, after } }` (before is absent on create). */
  changes: z.record(z.string(), z.object({ before: z.unknown().optional(), after: z.unknown().optional() })),
  correlationId: z.string().nullable(),
});
export type AuditEntry = z.infer<typeof AuditEntrySchema>;

export const AuditPageSchema = pageSchema(AuditEntrySchema);

const paging = {
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(MAX_PAGE_SIZE).default(20),
};

/** The history of one record, newest first. */
export const RecordHistorySchema = z.object({ id: z.uuid(), ...paging });

/** Audit search of one service, for administrators; newest first. */
export const ListAuditSchema = z.object({
  ...paging,
  entity: safeString().max(60).optional(),
  entityId: safeString().max(64).optional(),
  username: safeString().trim().toLowerCase().max(40).optional(),
  action: z.enum(AUDIT_ACTIONS).optional(),
  from: CalendarDateSchema.optional(),
  to: CalendarDateSchema.optional(),
});
export type ListAudit = z.input<typeof ListAuditSchema>;
