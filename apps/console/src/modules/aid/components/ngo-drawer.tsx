import type { Ngo } from '@ascc/contracts';
import { useMemo } from 'react';
import { useLang, useT } from '../../../i18n/language';
import { RecordDrawer } from '../../../shared/record/record-drawer';
import { type RecordField, recordValue } from '../../../shared/record/record-values';
import { useNgo, useNgoHistory } from '../hooks/use-ngos';

export default function NgoDrawer() {
  const t = useT();
  const lang = useLang();
  const fields = useMemo<RecordField[]>(
    () => [
      { name: 'nameOriginal', label: t('field.nameOriginal') },
      { name: 'nameVi', label: t('field.nameVi') },
      { name: 'acronym', label: t('field.acronym') },
      { name: 'countryCode', label: t('field.countryCode'), format: recordValue.country(lang) },
      { name: 'isAsean', label: t('field.isAsean') },
      { name: 'kind', label: t('field.kind'), format: recordValue.option(t, 'aid.kind') },
      { name: 'agencyCode', label: t('field.agencyCode'), format: recordValue.agency(lang) },
      { name: 'planArea', label: t('field.planArea'), format: recordValue.planArea(lang) },
      { name: 'notes', label: t('field.notes') },
      { name: 'createdAt', label: t('field.createdAt'), format: recordValue.dateTime(lang) },
      { name: 'updatedAt', label: t('field.updatedAt'), format: recordValue.dateTime(lang) },
    ],
    [t, lang],
  );
  return (
    <RecordDrawer<Ngo>
      title={(ngo) => (ngo.acronym ? `${ngo.nameOriginal} (${ngo.acronym})` : ngo.nameOriginal)}
      fields={fields}
      useRecord={useNgo}
      useHistory={useNgoHistory}
    />
  );
}
