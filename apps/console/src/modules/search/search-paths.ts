import type { SearchHit, SearchKind } from '@ascc/contracts';

/** Where a found record opens: its own page, or its drawer over its list. */
export function recordPath(kind: SearchKind, hit: Pick<SearchHit, 'id' | 'year'>): string {
  const id = encodeURIComponent(hit.id);
  switch (kind) {
    case 'course':
      return `/training/courses/${id}`;
    case 'trainee':
      return `/training/trainees/${id}`;
    case 'ngo':
      return `/aid/${id}`;
    case 'project':
      return `/aid/projects/${id}`;
    case 'delegation':
      return `/aid/delegations/${id}`;
    case 'event':
      return `/culture/${id}`;
    case 'estimate':
      return `/budget/${id}`;
    case 'report':
      // The reports page shows one year: the report opens on its year's page.
      return `/reports?${new URLSearchParams({ ...(hit.year && { year: String(hit.year) }), id })}`;
  }
}

const LIST_PATHS: Record<SearchKind, string> = {
  course: '/training',
  trainee: '/training/trainees',
  ngo: '/aid',
  project: '/aid/projects',
  delegation: '/aid/delegations',
  event: '/culture',
  estimate: '/budget',
  report: '/reports',
};

/** The kind's list, filtered with the same words (each list keeps its `q` in the URL). */
export function listPath(kind: SearchKind, q: string): string {
  return `${LIST_PATHS[kind]}?${new URLSearchParams({ q: q.trim() })}`;
}
