import type { trainingVi } from './messages.vi';

export const trainingEn: Record<keyof typeof trainingVi, string> = {
  'training.title': 'Training courses',
  'training.create': 'New course',
  'training.emptyHint': 'Plan the first training course for cadres, civil servants and public employees.',
  'training.topic.international-integration': 'International integration',
  'training.topic.foreign-affairs': 'Foreign affairs knowledge',
  'training.topic.foreign-language': 'Foreign language',
  'training.topic.it': 'Information technology',
  'training.topic.asean-cooperation': 'ASEAN cooperation expertise',
  'training.topic.professional-skills': 'Professional skills',
  'training.topic.state-management': 'State management',
  'training.topic.political-theory': 'Political theory',
  'training.targetLevel.province': 'Province level',
  'training.targetLevel.district': 'District level',
  'training.targetLevel.commune': 'Commune level',
  'training.status.planned': 'Planned',
  'training.status.open': 'Open for enrolment',
  'training.status.in-progress': 'In progress',
  'training.status.completed': 'Completed',
  'training.status.cancelled': 'Cancelled',
};
