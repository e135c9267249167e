import type { TrainingCourse } from '@ascc/contracts';
import { Descriptions } from 'antd';
import { formatDate, formatNumber } from '../../../format/format';
import { useLang, useT } from '../../../i18n/language';
import { formatPlainValue, recordValue } from '../../../shared/record/record-values';
import { TrainingCourseFundedBadge } from './training-course-funded-badge';
import '../../budget/messages';
import '../messages';

/** The course page's details tab: every field of the course, worded in the console's language. */
export function CourseDetails({ course }: { course: TrainingCourse }) {
  const t = useT();
  const lang = useLang();
  const rows: [string, React.ReactNode][] = [
    [t('field.code'), course.code],
    [t('field.titleVi'), course.titleVi],
    [t('field.titleEn'), course.titleEn],
    [t('field.topic'), t(`training.topic.${course.topic}`)],
    ...(course.language
      ? [[t('training.field.language'), t(`training.language.${course.language}`)] as [string, string]]
      : []),
    [t('field.targetLevel'), t(`training.targetLevel.${course.targetLevel}`)],
    [t('training.field.targetGroup'), t(`training.group.${course.targetGroup}`)],
    [t('field.planArea'), recordValue.planArea(lang)(course.planArea)],
    [t('field.agencyCode'), recordValue.agency(lang)(course.agencyCode)],
    [t('field.venue'), formatPlainValue(course.venue, t, lang)],
    [
      t('field.districtCode'),
      course.districtCode ? recordValue.district(lang)(course.districtCode) : t('app.empty'),
    ],
    [t('field.dates'), `${formatDate(course.startDate, lang)} – ${formatDate(course.endDate, lang)}`],
    [t('field.capacity'), formatNumber(course.capacity, lang)],
    [t('training.field.trainers'), formatPlainValue(course.trainers, t, lang)],
    [t('field.costEstimate'), recordValue.money(lang)(course.costEstimate)],
    [t('budget.funded'), <TrainingCourseFundedBadge key="funded" id={course.id} />],
    [
      t('training.field.completionRule'),
      t('training.completionRule', {
        percent: course.minAttendancePercent,
        score: formatNumber(course.passScore, lang),
      }),
    ],
    [t('field.status'), t(`training.status.${course.status}`)],
    [t('field.updatedAt'), recordValue.dateTime(lang)(course.updatedAt)],
  ];
  return (
    <Descriptions
      column={1}
      bordered
      size="small"
      items={rows.map(([label, children], i) => ({ key: i, label, children }))}
    />
  );
}
