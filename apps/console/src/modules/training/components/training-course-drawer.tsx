import type { TrainingCourse } from '@ascc/contracts';
import { useMemo } from 'react';
import { useLang, useT } from '../../../i18n/language';
import { TrainingCourseFundedBadge } from './training-course-funded-badge';
import { RecordDrawer } from '../../../shared/record/record-drawer';
import { type RecordField, pickFields, useRecordFields } from '../../../shared/record/record-values';
import { useTrainingCourse, useTrainingCourseHistory } from '../hooks/use-training-courses';
import { trainingCourseFields } from '../training-fields';
import '../../budget/messages';

const DETAILS = ['code', 'titleVi', 'titleEn', 'topic', 'targetLevel', 'agencyCode', 'planArea'];
const DATES_AND_MONEY = ['startDate', 'endDate', 'capacity', 'costEstimate', 'status'];

export default function TrainingCourseDrawer() {
  const t = useT();
  const lang = useLang();
  const all = useRecordFields(trainingCourseFields);
  const fields = useMemo<RecordField[]>(
    () => [
      ...pickFields(all, [...DETAILS, ...DATES_AND_MONEY]),
      {
        name: 'id',
        label: t('budget.funded'),
        format: (id) => <TrainingCourseFundedBadge id={String(id)} />,
      },
      ...pickFields(all, ['createdAt', 'updatedAt']),
    ],
    [all, t],
  );
  return (
    <RecordDrawer<TrainingCourse>
      title={(course) => `${course.code} · ${lang === 'en' ? course.titleEn : course.titleVi}`}
      fields={fields}
      historyFields={all}
      useRecord={useTrainingCourse}
      useHistory={useTrainingCourseHistory}
    />
  );
}
