import type { TrainingCourse } from '@ascc/contracts';
import { useMemo } from 'react';
import { useLang, useT } from '../../../i18n/language';
import { TrainingCourseFundedBadge } from './training-course-funded-badge';
import { RecordDrawer } from '../../../shared/record/record-drawer';
import { type RecordField, recordValue } from '../../../shared/record/record-values';
import { useTrainingCourse, useTrainingCourseHistory } from '../hooks/use-training-courses';

export default function TrainingCourseDrawer() {
  const t = useT();
  const lang = useLang();
  const fields = useMemo<RecordField[]>(
    () => [
      { name: 'code', label: t('field.code') },
      { name: 'titleVi', label: t('field.titleVi') },
      { name: 'titleEn', label: t('field.titleEn') },
      { name: 'topic', label: t('field.topic'), format: recordValue.option(t, 'training.topic') },
      {
        name: 'targetLevel',
        label: t('field.targetLevel'),
        format: recordValue.option(t, 'training.targetLevel'),
      },
      { name: 'agencyCode', label: t('field.agencyCode'), format: recordValue.agency(lang) },
      { name: 'planArea', label: t('field.planArea'), format: recordValue.planArea(lang) },
      { name: 'startDate', label: t('field.startDate'), format: recordValue.date(lang) },
      { name: 'endDate', label: t('field.endDate'), format: recordValue.date(lang) },
      { name: 'capacity', label: t('field.capacity'), format: recordValue.count(lang) },
      { name: 'costEstimate', label: t('field.costEstimate'), format: recordValue.money(lang) },
      { name: 'status', label: t('field.status'), format: recordValue.option(t, 'training.status') },
      {
        name: 'id',
        label: t('budget.funded'),
        format: (id) => <TrainingCourseFundedBadge id={String(id)} />,
      },
      { name: 'createdAt', label: t('field.createdAt'), format: recordValue.dateTime(lang) },
      { name: 'updatedAt', label: t('field.updatedAt'), format: recordValue.dateTime(lang) },
    ],
    [t, lang],
  );
  return (
    <RecordDrawer<TrainingCourse>
      title={(course) => `${course.code} · ${lang === 'en' ? course.titleEn : course.titleVi}`}
      fields={fields}
      useRecord={useTrainingCourse}
      useHistory={useTrainingCourseHistory}
    />
  );
}
