import { isCourseEditable } from '@ascc/contracts';
import { Alert, Button, Flex, Result, Skeleton, Space, Tabs, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router-dom';
import { useLang, useT } from '../../../i18n/language';
import { errorText } from '../../../shared/error-text';
import { localTabs } from '../../../shared/fail-local';
import { WhyDisabled } from '../../../shared/form/guard-override';
import { HistoryPanel } from '../../../shared/record/history-panel';
import { trainingCourseFields } from '../training-fields';
import { useCan } from '../../auth/hooks/use-can';
import { CertificatesTab } from '../components/course-certificates-tab';
import { CourseDetails } from '../components/course-details';
import { AttendanceTab } from '../components/course-attendance-tab';
import { ResultsTab } from '../components/course-results-tab';
import { RosterTab } from '../components/course-roster-tab';
import { SessionsTable } from '../components/course-sessions-table';
import { StatusActions } from '../components/course-status-actions';
import { STATUS_COLORS } from '../components/course-status-colors';
import { TrainingCourseEditForm } from '../components/training-course-form';
import { useTrainingCourse, useTrainingCourseHistory } from '../hooks/use-training-courses';
import '../messages';

const TABS = ['details', 'sessions', 'roster', 'attendance', 'results', 'certificates', 'history'] as const;

/** One course from plan to certificates: its details and workflow, schedule, roster, attendance, results. */
export default function TrainingCoursePage() {
  const t = useT();
  const lang = useLang();
  const { id = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const course = useTrainingCourse(id);
  const canEdit = useCan('training.course.update', course.data?.agencyCode).allowed;
  const canEnrol = useCan('training.enrolment.manage', course.data?.agencyCode).allowed;
  const [editing, setEditing] = useState(false);
  const asked = params.get('tab') ?? '';
  const tab = (TABS as readonly string[]).includes(asked) ? asked : 'details';

  if (course.isPending) return <Skeleton active />;
  if (course.isError || !course.data)
    return (
      <Result
        status="error"
        title={t('record.loadError')}
        subTitle={errorText(course.error, t)}
        extra={<Link to="/training">{t('training.backToCourses')}</Link>}
      />
    );
  const c = course.data;
  const open = isCourseEditable(c.status);
  return (
    <Flex vertical gap={16} data-testid="course-page">
      <Link to="/training">← {t('training.backToCourses')}</Link>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={2} style={{ margin: 0 }}>
          {c.code} · {lang === 'en' ? c.titleEn : c.titleVi}{' '}
          <Tag color={STATUS_COLORS[c.status]} data-testid="course-status">
            {t(`training.status.${c.status}`)}
          </Tag>
        </Typography.Title>
        {canEdit && (
          <Space wrap>
            <WhyDisabled reason={open ? undefined : t('guard.notEditable')}>
              <Button onClick={() => setEditing(true)} disabled={!open} data-testid="course-edit">
                {t('training.edit')}
              </Button>
            </WhyDisabled>
            <StatusActions course={c} />
          </Space>
        )}
      </Flex>
      {c.status === 'cancelled' && (
        <Alert
          type="warning"
          showIcon
          title={t('training.cancelledBecause', { reason: c.cancelReason ?? '' })}
        />
      )}
      {editing && <TrainingCourseEditForm course={c} open onClose={() => setEditing(false)} />}
      <Tabs
        activeKey={tab}
        onChange={(key) => setParams({ tab: key }, { replace: true })}
        items={localTabs([
          { key: 'details', label: t('record.details'), children: <CourseDetails course={c} /> },
          { key: 'sessions', label: t('training.tab.sessions'), children: <SessionsTable course={c} /> },
          {
            key: 'roster',
            label: t('training.tab.roster', { enrolled: c.enrolledCount, waitlist: c.waitlistCount }),
            children: <RosterTab course={c} canEnrol={canEnrol && open} />,
          },
          {
            key: 'attendance',
            label: t('training.tab.attendance'),
            children: <AttendanceTab course={c} canEdit={canEnrol && open} />,
          },
          {
            key: 'results',
            label: t('training.tab.results'),
            children: <ResultsTab course={c} canEdit={canEnrol && open} />,
          },
          {
            key: 'certificates',
            label: t('training.tab.certificates'),
            children: <CertificatesTab course={c} />,
          },
          {
            key: 'history',
            label: t('record.history'),
            children: (
              <HistoryPanel id={c.id} useHistory={useTrainingCourseHistory} fields={trainingCourseFields} />
            ),
          },
        ])}
      />
    </Flex>
  );
}
