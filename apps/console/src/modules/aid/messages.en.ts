import type { aidVi } from './messages.vi';

export const aidEn: Record<keyof typeof aidVi, string> = {
  'aid.title': 'Foreign NGOs',
  'aid.create': 'Register NGO',
  'aid.emptyHint': 'Register the first foreign non-governmental organisation working in the province.',
  'aid.asean': 'ASEAN',
  'aid.kind.international-ngo': 'International NGO',
  'aid.kind.foundation': 'Foundation',
  'aid.kind.friendship-organisation': 'Friendship organisation',
  'aid.kind.individual-donor': 'Individual donor',
  'aid.kind.other': 'Other',
};
