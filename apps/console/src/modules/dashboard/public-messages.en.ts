import type { publicProgressVi } from './public-messages.vi';

export const publicProgressEn: Record<keyof typeof publicProgressVi, string> = {
  'progress.pub.brand': 'ASEAN plan · Thai Binh',
  'progress.pub.title': 'Progress of the ASEAN Socio-Cultural Community plan',
  'progress.pub.subtitle':
    "The indicators of plan 38/KH-UBND by area: each year's result against its baseline and target.",
  'progress.pub.published':
    'Only confirmed figures are published: values the agencies report once the coordinator has accepted their yearly report, and figures computed from the records up to the end of {year}.',
  'progress.pub.signIn': 'Staff sign-in',
  'progress.pub.events': 'ASEAN exchange events',
  'progress.pub.loadError': 'Could not load the progress.',
  'progress.pub.noIndicators': 'No indicators in this area yet.',
  'progress.pub.latest': 'Achieved: {value} ({year})',
  'progress.pub.noValue': 'No published value yet',
  'progress.pub.target': 'Target: {value} ({year})',
  'progress.pub.baseline': 'Baseline: {value} ({year})',
  'progress.pub.byYear': 'By year',
  'progress.pub.lead': 'Lead: {agency}',
  'progress.pub.count': '{count} indicators',
};
