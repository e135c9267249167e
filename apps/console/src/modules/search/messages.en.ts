import type { searchVi } from './messages.vi';

export const searchEn: Record<keyof typeof searchVi, string> = {
  'search.open': 'Search',
  'search.openHint': 'Search the whole plan (press / or Ctrl+K)',
  'search.title': 'Search the whole plan',
  'search.placeholder': 'Courses, trainees, NGOs, projects, delegations, events, estimates, reports…',
  'search.typeMore': 'Type at least 2 characters (diacritics optional).',
  'search.loading': 'Searching…',
  'search.empty': 'Nothing found for “{q}”.',
  'search.failed': 'The search failed. Please try again.',
  'search.unavailable': 'The service has not answered: no results of this kind yet.',
  'search.seeAll': 'See all',
  'search.keys': '↑↓ choose · Enter open · Esc close',
  'search.kind.course': 'Training courses',
  'search.kind.trainee': 'Trainees',
  'search.kind.ngo': 'Foreign NGOs',
  'search.kind.project': 'Aid projects',
  'search.kind.delegation': 'Delegations',
  'search.kind.event': 'Cultural events',
  'search.kind.estimate': 'Budget estimates',
  'search.kind.report': 'Yearly reports',
  'search.year': 'Year {year}',
};
