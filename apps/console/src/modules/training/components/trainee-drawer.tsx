import type { Trainee } from '@ascc/contracts';
import { useMemo } from 'react';
import { useLang, useT } from '../../../i18n/language';
import { RecordDrawer } from '../../../shared/record/record-drawer';
import { type RecordField, recordValue } from '../../../shared/record/record-values';
import { useTrainee } from '../hooks/use-training-courses';

/**
 * One trainee of the registry over its list, at `/training/trainees/<id>`. The service has no route for
 * a trainee's enrolments, certificates or change history yet, so the drawer shows the registry record.
 */
export default function TraineeDrawer() {
  const t = useT();
  const lang = useLang();
  const fields = useMemo<RecordField[]>(
    () => [
      { name: 'staffCode', label: t('training.field.staffCode') },
      { name: 'fullName', label: t('training.field.fullName') },
      { name: 'dateOfBirth', label: t('training.field.dateOfBirth'), format: recordValue.date(lang) },
      { name: 'gender', label: t('training.field.gender'), format: recordValue.option(t, 'training.gender') },
      { name: 'agencyCode', label: t('field.agencyCode'), format: recordValue.agency(lang) },
      { name: 'districtCode', label: t('field.districtCode'), format: recordValue.district(lang) },
      { name: 'commune', label: t('training.field.commune') },
      {
        name: 'level',
        label: t('field.targetLevel'),
        format: recordValue.option(t, 'training.targetLevel'),
      },
      {
        name: 'group',
        label: t('training.field.targetGroup'),
        format: recordValue.option(t, 'training.group'),
      },
      { name: 'position', label: t('training.field.position') },
      { name: 'email', label: t('training.field.email') },
      { name: 'phone', label: t('training.field.phone') },
      { name: 'createdAt', label: t('field.createdAt'), format: recordValue.dateTime(lang) },
      { name: 'updatedAt', label: t('field.updatedAt'), format: recordValue.dateTime(lang) },
    ],
    [t, lang],
  );
  return (
    <RecordDrawer<Trainee>
      title={(trainee) => `${trainee.staffCode} · ${trainee.fullName}`}
      fields={fields}
      useRecord={useTrainee}
    />
  );
}
