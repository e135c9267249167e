import { useRouteQuery } from '../../../api/route-query';
import { AUDIT_ROUTES, type AuditSearch, auditKeys } from '../api/audit.api';

/** A page of one source's log, through the route of the service (or the gateway) that keeps it. */
export function useAuditSearch({ service = 'training', ...query }: AuditSearch) {
  return useRouteQuery(AUDIT_ROUTES[service], query, { page: true, scope: [...auditKeys.all, service] });
}
