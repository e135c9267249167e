import type { CulturalEvent } from '@ascc/contracts';
import { useMemo } from 'react';
import { useLang, useT } from '../../../i18n/language';
import { CulturalEventFundedBadge } from './cultural-event-funded-badge';
import { RecordDrawer } from '../../../shared/record/record-drawer';
import { type RecordField, recordValue } from '../../../shared/record/record-values';
import { useCulturalEvent, useCulturalEventHistory } from '../hooks/use-cultural-events';

export default function CulturalEventDrawer() {
  const t = useT();
  const lang = useLang();
  const fields = useMemo<RecordField[]>(
    () => [
      { name: 'titleVi', label: t('field.titleVi') },
      { name: 'titleEn', label: t('field.titleEn') },
      { name: 'type', label: t('field.type'), format: recordValue.option(t, 'culture.type') },
      { name: 'agencyCode', label: t('field.agencyCode'), format: recordValue.agency(lang) },
      { name: 'planArea', label: t('field.planArea'), format: recordValue.planArea(lang) },
      { name: 'districtCode', label: t('field.districtCode'), format: recordValue.district(lang) },
      { name: 'venue', label: t('field.venue') },
      { name: 'startDate', label: t('field.startDate'), format: recordValue.date(lang) },
      { name: 'endDate', label: t('field.endDate'), format: recordValue.date(lang) },
      { name: 'countryCodes', label: t('field.countryCodes'), format: recordValue.countries(lang) },
      { name: 'expectedAudience', label: t('field.expectedAudience'), format: recordValue.count(lang) },
      { name: 'costEstimate', label: t('field.costEstimate'), format: recordValue.money(lang) },
      { name: 'status', label: t('field.status'), format: recordValue.option(t, 'culture.status') },
      { name: 'id', label: t('budget.funded'), format: (id) => <CulturalEventFundedBadge id={String(id)} /> },
      { name: 'createdAt', label: t('field.createdAt'), format: recordValue.dateTime(lang) },
      { name: 'updatedAt', label: t('field.updatedAt'), format: recordValue.dateTime(lang) },
    ],
    [t, lang],
  );
  return (
    <RecordDrawer<CulturalEvent>
      title={(event) => (lang === 'en' ? event.titleEn : event.titleVi)}
      fields={fields}
      useRecord={useCulturalEvent}
      useHistory={useCulturalEventHistory}
    />
  );
}
