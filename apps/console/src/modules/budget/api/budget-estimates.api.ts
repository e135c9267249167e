import {
  AID_ROUTES,
  BUDGET_ROUTES,
  CULTURE_ROUTES,
  type FundedActivityKind,
  TRAINING_ROUTES,
} from '@ascc/contracts';
import type { Lang } from '@ascc/catalog';
import { callRoute, downloadRoute } from '../../../api/client';
import { routeScope } from '../../../api/route-query';
import { formatDate } from '../../../format/format';

/** Every estimate query (lists, records, versions, histories, documents) is under this prefix. */
export const budgetEstimateKeys = { all: routeScope(BUDGET_ROUTES.estimateList) };

export function exportConsolidation(fiscalYear: number, format: 'xlsx' | 'pdf') {
  return downloadRoute(BUDGET_ROUTES.consolidationExport, { fiscalYear, format });
}

/** Activities a line can fund, searched in the owning service (only the estimate's agency's own). */
export async function searchActivities(
  kind: FundedActivityKind,
  agencyCode: string,
  q: string,
  lang: Lang,
  signal?: AbortSignal,
): Promise<{ value: string; label: string }[]> {
  const query = { agencyCode, pageSize: 20, ...(q ? { q } : {}) } as never;
  if (kind === 'training-course') {
    const page = await callRoute(TRAINING_ROUTES.courseList, query, { signal });
    return page.items.map((c) => ({ value: c.id, label: `${c.code} · ${c.titleVi}` }));
  }
  if (kind === 'aid-project') {
    const page = await callRoute(AID_ROUTES.projectList, query, { signal });
    return page.items.map((p) => ({ value: p.id, label: `${p.code} · ${p.titleVi}` }));
  }
  if (kind === 'delegation') {
    const page = await callRoute(AID_ROUTES.delegationList, query, { signal });
    return page.items.map((d) => ({ value: d.id, label: `${formatDate(d.startDate, lang)} · ${d.title}` }));
  }
  const page = await callRoute(CULTURE_ROUTES.eventList, query, { signal });
  return page.items.map((e) => ({ value: e.id, label: `${formatDate(e.startDate, lang)} · ${e.titleVi}` }));
}
