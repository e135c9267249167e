import {
  AID_ROUTES,
  BUDGET_ROUTES,
  CULTURE_ROUTES,
  ListAuditSchema,
  REPORTING_ROUTES,
  SERVICE_NAMES,
  type ServiceName,
  TRAINING_ROUTES,
  USER_ROUTES,
} from '@ascc/contracts';
import { z } from 'zod';

/** Where audit logs live: each service's own, and the gateway's for users. The page asks one at a time. */
export const AUDIT_SOURCES = [...SERVICE_NAMES, 'identity'] as const;
export type AuditSource = ServiceName | 'identity';

export const AUDIT_ROUTES = {
  training: TRAINING_ROUTES.auditList,
  aid: AID_ROUTES.auditList,
  culture: CULTURE_ROUTES.auditList,
  budget: BUDGET_ROUTES.auditList,
  reporting: REPORTING_ROUTES.auditList,
  identity: USER_ROUTES.audit,
} satisfies Record<AuditSource, unknown>;

/** The page's URL: the contract's audit query plus which service to search. */
export const AuditSearchSchema = ListAuditSchema.extend({
  service: z.enum(AUDIT_SOURCES).default('training'),
});
export type AuditSearch = z.input<typeof AuditSearchSchema>;

/** Every audit search; one source's under `['audit', source]`. */
export const auditKeys = { all: ['audit'] as const };
