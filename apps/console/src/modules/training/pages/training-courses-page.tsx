import {
  COURSE_STATUSES,
  ListTrainingCoursesSchema,
  TARGET_GROUPS,
  TARGET_LEVELS,
  TRAINING_COURSE_SORTS,
  TRAINING_TOPICS,
  type TrainingCourse,
} from '@ascc/contracts';
import type { TableColumnsType } from 'antd';
import { useMemo } from 'react';
import { Link } from 'react-router-dom';
import { useLang, useT } from '../../../i18n/language';
import { useListAccess } from '../../auth/hooks/use-can';
import { agencyOptions, districtOptions, enumOptions } from '../../../shared/form/controls';
import {
  agencyColumn,
  bilingualTitleColumn,
  createdAtColumn,
  dateRangeColumn,
  moneyColumn,
  numberColumn,
  statusColumn,
} from '../../../shared/list/columns';
import { type ListFilter, ListPage } from '../../../shared/list/list-page';
import { STATUS_COLORS } from '../components/course-status-colors';
import { TrainingCourseForm } from '../components/training-course-form';
import { useTrainingCourses } from '../hooks/use-training-courses';
import '../messages';

/** Fits 1366 px: code, title, agency, dates and status; the rest one click away in the column chooser. */
const COLUMN_DEFAULTS = {
  pinned: ['code'],
  hidden: ['topic', 'targetLevel', 'capacity', 'costEstimate', 'createdAt'],
  phone: ['titleVi'],
};

export default function TrainingCoursesPage() {
  const t = useT();
  const lang = useLang();
  const access = useListAccess('training.course.read', 'training.course.create');

  const columns = useMemo<TableColumnsType<TrainingCourse>>(
    () => [
      {
        key: 'code',
        title: t('field.code'),
        dataIndex: 'code',
        width: 120,
        render: (code: string, course: TrainingCourse) => (
          <Link to={`/training/courses/${course.id}`} data-testid="course-page-link">
            {code}
          </Link>
        ),
      },
      bilingualTitleColumn(t, lang),
      {
        key: 'topic',
        title: t('field.topic'),
        dataIndex: 'topic',
        render: (topic: TrainingCourse['topic']) => t(`training.topic.${topic}`),
      },
      {
        key: 'targetLevel',
        title: t('field.targetLevel'),
        dataIndex: 'targetLevel',
        render: (level: TrainingCourse['targetLevel']) => t(`training.targetLevel.${level}`),
      },
      agencyColumn(t, lang, t('field.organiser')),
      dateRangeColumn(t, lang),
      numberColumn('capacity', t('field.capacity'), lang),
      moneyColumn('costEstimate', t('field.costEstimate'), lang),
      statusColumn(t, (status: TrainingCourse['status']) => t(`training.status.${status}`), STATUS_COLORS),
      createdAtColumn(t, lang),
    ],
    [t, lang],
  );

  const filters = useMemo<ListFilter[]>(
    () => [
      {
        name: 'topic',
        label: t('field.topic'),
        options: enumOptions(TRAINING_TOPICS, (v) => t(`training.topic.${v}`)),
      },
      {
        name: 'targetLevel',
        label: t('field.targetLevel'),
        options: enumOptions(TARGET_LEVELS, (v) => t(`training.targetLevel.${v}`)),
      },
      {
        name: 'targetGroup',
        label: t('training.field.targetGroup'),
        options: enumOptions(TARGET_GROUPS, (v) => t(`training.group.${v}`)),
      },
      { name: 'districtCode', label: t('field.districtCode'), options: districtOptions(lang) },
      {
        name: 'status',
        label: t('field.status'),
        options: enumOptions(COURSE_STATUSES, (v) => t(`training.status.${v}`)),
      },
      { name: 'agencyCode', label: t('field.organiser'), options: agencyOptions(lang, t) },
    ],
    [t, lang],
  );

  return (
    <ListPage
      title={t('training.title')}
      schema={ListTrainingCoursesSchema}
      sortFields={TRAINING_COURSE_SORTS}
      columns={columns}
      filters={filters}
      useList={useTrainingCourses}
      readPermission={access.readPermission}
      fixedValues={access.fixedValues}
      createLabel={access.canCreate ? t('training.create') : undefined}
      emptyHint={t('training.emptyHint')}
      renderCreateForm={access.canCreate ? (props) => <TrainingCourseForm {...props} /> : undefined}
      recordName={(course) => course.code}
      columnDefaults={COLUMN_DEFAULTS}
    />
  );
}
