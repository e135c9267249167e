import type { cultureVi } from './messages.vi';

export const cultureEn: Record<keyof typeof cultureVi, string> = {
  'culture.title': 'Cultural, sports and tourism events',
  'culture.create': 'New event',
  'culture.emptyHint': 'Record the first cultural, sports or tourism exchange with ASEAN countries.',
  'culture.type.festival': 'Festival',
  'culture.type.art-performance': 'Art performance',
  'culture.type.exhibition': 'Exhibition',
  'culture.type.trade-tourism-fair': 'Trade and tourism fair',
  'culture.type.sports-exchange': 'Sports exchange',
  'culture.type.asean-corner': 'ASEAN corner',
  'culture.type.conference': 'Conference',
  'culture.type.culture-week': 'Culture week',
  'culture.type.mass-art-programme': 'Mass art programme',
  'culture.status.planned': 'Planned',
  'culture.status.confirmed': 'Confirmed',
  'culture.status.held': 'Held',
  'culture.status.reported': 'Reported',
  'culture.status.postponed': 'Postponed',
  'culture.status.cancelled': 'Cancelled',
};
