import { usePageQuery } from '../../../shared/resource-hooks';
import { type AuditSearch, auditKeys, searchAudit } from '../api/audit.api';

export function useAuditSearch(search: AuditSearch) {
  return usePageQuery(auditKeys.search(search), (signal) => searchAudit(search, signal));
}
