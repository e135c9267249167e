import {
  ATTENDANCE_MARKS,
  type AttendanceMark,
  COURSE_TRANSITIONS,
  type CourseStatus,
  type Enrolment,
  type GuardRefusal,
  ScoreSchema,
  type TrainingCourse,
  attendanceGuard,
  courseStatusGuard,
  enrolmentGuard,
  isCourseEditable,
  provinceToday,
  sessionsAttended,
} from '@ascc/contracts';
import {
  Alert,
  Button,
  Descriptions,
  Checkbox,
  Flex,
  Form,
  Input,
  Modal,
  Popconfirm,
  Result,
  Select,
  Skeleton,
  Space,
  Table,
  Tabs,
  Tag,
  Typography,
  message,
} from 'antd';
import { useMemo, useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router-dom';
import { formatDate, formatNumber } from '../../../format/format';
import { useLang, useT } from '../../../i18n/language';
import { errorText } from '../../../shared/error-text';
import { CellNumberInput, type NumberValue } from '../../../shared/form/controls';
import { numberFieldError } from '../../../shared/form/form-values';
import { localTabs } from '../../../shared/fail-local';
import {
  GuardOverrideFields,
  WhyDisabled,
  useGuardText,
  useMayOverride,
} from '../../../shared/form/guard-override';
import { HistoryPanel } from '../../../shared/record/history-panel';
import { formatPlainValue, recordValue } from '../../../shared/record/record-values';
import { trainingCourseFields } from '../training-fields';
import { useCan } from '../../auth/hooks/use-can';
import { downloadCertificate } from '../api/training-courses.api';
import { BulkEnrolButton } from '../components/bulk-enrol';
import { TrainingCourseEditForm } from '../components/training-course-form';
import { TrainingCourseFundedBadge } from '../components/training-course-funded-badge';
import {
  useChangeCourseStatus,
  useRecordAttendance,
  useRecordScores,
  useRoster,
  useTrainingCourse,
  useTrainingCourseHistory,
  useWithdrawEnrolment,
} from '../hooks/use-training-courses';

export const STATUS_COLORS = {
  planned: 'default',
  open: 'blue',
  'in-progress': 'gold',
  completed: 'green',
  cancelled: 'red',
} as const;

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

function StatusActions({ course }: { course: TrainingCourse }) {
  const t = useT();
  const change = useChangeCourseStatus();
  const [toast, holder] = message.useMessage();
  const [cancelling, setCancelling] = useState(false);
  const [reason, setReason] = useState('');
  const guardText = useGuardText();
  const mayOverride = useMayOverride();
  const [overriding, setOverriding] = useState<CourseStatus>();
  const [overrideForm] = Form.useForm<{ override?: boolean; overrideReason?: string }>();
  const move = (status: CourseStatus, why?: string, override?: { overrideReason: string }) =>
    change
      .mutateAsync({
        id: course.id,
        version: course.version,
        status,
        reason: why,
        ...(override && { override: true, overrideReason: override.overrideReason }),
      })
      .then(
        () => void toast.success(t('training.statusChanged', { status: t(`training.status.${status}`) })),
        (error: unknown) => void toast.error(errorText(error, t)),
      );
  const today = provinceToday();
  const overrideRefusal = overriding && courseStatusGuard(course, overriding, today);
  const confirmOverride = async () => {
    const values = overrideForm.getFieldsValue();
    if (!overriding) return;
    if (!values.override || !values.overrideReason?.trim()) {
      overrideForm.setFields([
        values.override
          ? { name: 'overrideReason', errors: [t('validation.overrideReasonRequired')] }
          : { name: 'override', errors: [overrideRefusal ? guardText(overrideRefusal) : ''] },
      ]);
      return;
    }
    await move(overriding, undefined, { overrideReason: values.overrideReason.trim() });
    setOverriding(undefined);
  };
  return (
    <>
      {holder}
      {COURSE_TRANSITIONS[course.status]
        .filter((s) => s !== 'cancelled')
        .map((status) => {
          // Started only from its start date (province time): an editor may override, with a reason.
          const refusal = courseStatusGuard(course, status, today);
          if (refusal)
            return (
              <WhyDisabled key={status} reason={mayOverride ? undefined : guardText(refusal)}>
                <Button
                  type="primary"
                  disabled={!mayOverride}
                  onClick={() => setOverriding(status)}
                  data-testid={`course-to-${status}`}
                >
                  {t(`training.action.${status}` as 'training.action.open')}
                </Button>
              </WhyDisabled>
            );
          return (
            <Popconfirm
              key={status}
              title={t(`training.confirm.${status}` as 'training.confirm.open')}
              okText={t('app.yes')}
              cancelText={t('app.no')}
              onConfirm={() => move(status)}
            >
              <Button type="primary" loading={change.isPending} data-testid={`course-to-${status}`}>
                {t(`training.action.${status}` as 'training.action.open')}
              </Button>
            </Popconfirm>
          );
        })}
      <Modal
        open={Boolean(overriding)}
        title={overriding && t(`training.action.${overriding}` as 'training.action.open')}
        okText={t('app.yes')}
        cancelText={t('app.no')}
        confirmLoading={change.isPending}
        okButtonProps={{ 'data-testid': 'course-override-ok' } as never}
        onOk={() => void confirmOverride()}
        onCancel={() => setOverriding(undefined)}
        destroyOnHidden
      >
        {/* preserve={false}: a reason typed once does not come back the next time the dialog opens. */}
        <Form form={overrideForm} layout="vertical" name="course-override" preserve={false}>
          {overrideRefusal && <GuardOverrideFields refusal={overrideRefusal} />}
        </Form>
      </Modal>
      {COURSE_TRANSITIONS[course.status].includes('cancelled') && (
        <Button danger onClick={() => setCancelling(true)} data-testid="course-cancel">
          {t('training.action.cancelled')}
        </Button>
      )}
      <Modal
        open={cancelling}
        title={t('training.action.cancelled')}
        okText={t('training.action.cancelled')}
        okButtonProps={{ danger: true, disabled: !reason.trim() }}
        onOk={() => void move('cancelled', reason.trim()).then(() => setCancelling(false))}
        onCancel={() => setCancelling(false)}
      >
        <Input.TextArea
          aria-label={t('training.cancelReason')}
          placeholder={t('training.cancelReason')}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
        />
      </Modal>
    </>
  );
}

function CourseDetails({ course }: { course: TrainingCourse }) {
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

function SessionsTable({ course }: { course: TrainingCourse }) {
  const t = useT();
  const lang = useLang();
  return (
    <Table
      rowKey={(_, i) => String(i)}
      pagination={false}
      size="small"
      dataSource={course.sessions.map((s, i) => ({ ...s, n: i + 1 }))}
      locale={{ emptyText: t('training.noSessions') }}
      columns={[
        { key: 'n', title: '#', dataIndex: 'n', width: 60 },
        {
          key: 'date',
          title: t('training.session.day'),
          dataIndex: 'date',
          render: (d: string) => formatDate(d, lang),
        },
        { key: 'topic', title: t('training.session.subject'), dataIndex: 'topic' },
      ]}
    />
  );
}

const ENROLMENT_COLORS = { enrolled: 'green', waitlisted: 'gold', withdrawn: 'default' } as const;

function RosterTab({ course, canEnrol }: { course: TrainingCourse; canEnrol: boolean }) {
  const t = useT();
  const guardText = useGuardText();
  const enrolRefusal = enrolmentGuard(course.status);
  const roster = useRoster(course.id);
  const withdraw = useWithdrawEnrolment();
  const [toast, holder] = message.useMessage();
  return (
    <Flex vertical gap={12}>
      {holder}
      {canEnrol &&
        (enrolRefusal ? (
          // Enrolment waits for "open enrolment": the button says so instead of failing on the server.
          <WhyDisabled reason={guardText(enrolRefusal)}>
            <Button disabled data-testid="enrol-disabled">
              {t('training.enrol')}
            </Button>
          </WhyDisabled>
        ) : (
          <BulkEnrolButton course={course} />
        ))}
      <Table<Enrolment>
        rowKey="id"
        size="small"
        loading={roster.isPending}
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        dataSource={roster.data?.items ?? []}
        locale={{ emptyText: t('training.rosterEmpty') }}
        data-testid="roster-table"
        columns={[
          { key: 'seq', title: '#', dataIndex: 'seq', width: 60 },
          { key: 'staffCode', title: t('training.field.staffCode'), dataIndex: 'staffCode' },
          { key: 'fullName', title: t('training.field.fullName'), dataIndex: 'fullName' },
          {
            key: 'gender',
            title: t('training.field.gender'),
            dataIndex: 'gender',
            render: (g: string) => t(`training.gender.${g}` as 'training.gender.female'),
          },
          {
            key: 'level',
            title: t('field.targetLevel'),
            dataIndex: 'level',
            render: (l: string) => t(`training.targetLevel.${l}` as 'training.targetLevel.commune'),
          },
          {
            key: 'status',
            title: t('field.status'),
            dataIndex: 'status',
            render: (s: Enrolment['status']) => (
              <Tag color={ENROLMENT_COLORS[s]}>{t(`training.enrolment.${s}`)}</Tag>
            ),
          },
          {
            key: 'actions',
            title: '',
            render: (_, e) =>
              canEnrol && e.status !== 'withdrawn' ? (
                <Popconfirm
                  title={t('training.withdrawConfirm', { name: e.fullName })}
                  okText={t('app.yes')}
                  cancelText={t('app.no')}
                  onConfirm={() =>
                    withdraw.mutateAsync({ id: course.id, enrolmentId: e.id }).then(
                      (r) =>
                        void toast.success(
                          r.promoted
                            ? t('training.withdrawnPromoted', { name: r.promoted.fullName })
                            : t('training.withdrawn'),
                        ),
                      (error: unknown) => void toast.error(errorText(error, t)),
                    )
                  }
                >
                  <Button size="small" danger>
                    {t('training.withdraw')}
                  </Button>
                </Popconfirm>
              ) : null,
          },
        ]}
      />
    </Flex>
  );
}

function AttendanceTab({ course, canEdit }: { course: TrainingCourse; canEdit: boolean }) {
  const t = useT();
  const lang = useLang();
  const roster = useRoster(course.id);
  const save = useRecordAttendance();
  const [toast, holder] = message.useMessage();
  const [changes, setChanges] = useState<Record<string, AttendanceMark | null>>({});
  const enrolled = useMemo(
    () => (roster.data?.items ?? []).filter((e) => e.status === 'enrolled'),
    [roster.data],
  );
  // A session's attendance is taken from its date (province time); for late data entry an editor may
  // override, giving a reason the server keeps in the course's history.
  const guardText = useGuardText();
  const mayOverride = useMayOverride();
  const [lateEntry, setLateEntry] = useState(false);
  const [lateReason, setLateReason] = useState('');
  const today = provinceToday();
  const refusals = course.sessions.map((_, s) => attendanceGuard(course.sessions, s, today, ''));
  const overriding = lateEntry && Boolean(lateReason.trim());
  const locked = (s: number) => Boolean(refusals[s]) && !overriding;
  const markOf = (e: Enrolment, s: number) => {
    const key = `${e.id}:${s}`;
    return key in changes ? changes[key] : (e.attendance[s] ?? null);
  };
  if (!course.sessions.length) return <Alert type="info" showIcon title={t('training.noSessions')} />;
  const submit = () =>
    save
      .mutateAsync({
        id: course.id,
        marks: Object.entries(changes).map(([key, mark]) => {
          const [enrolmentId, session] = key.split(':');
          return { enrolmentId, session: Number(session), mark };
        }),
        ...(overriding && { override: true, overrideReason: lateReason.trim() }),
      })
      .then(
        () => {
          setChanges({});
          void toast.success(t('form.saved'));
        },
        (error: unknown) => void toast.error(errorText(error, t)),
      );
  return (
    <Flex vertical gap={12}>
      {holder}
      {canEdit && (
        <Space>
          <Button
            type="primary"
            disabled={!Object.keys(changes).length}
            loading={save.isPending}
            onClick={() => void submit()}
            data-testid="attendance-save"
          >
            {t('training.saveAttendance')}
          </Button>
          {mayOverride && refusals.some(Boolean) && (
            <>
              <Checkbox
                checked={lateEntry}
                onChange={(e) => setLateEntry(e.target.checked)}
                data-testid="attendance-override"
              >
                {t('guard.override')}
              </Checkbox>
              {lateEntry && (
                <Input
                  style={{ width: 320 }}
                  placeholder={t('guard.overrideReason')}
                  aria-label={t('guard.overrideReason')}
                  value={lateReason}
                  onChange={(e) => setLateReason(e.target.value)}
                  data-testid="attendance-override-reason"
                />
              )}
            </>
          )}
        </Space>
      )}
      <Table<Enrolment>
        rowKey="id"
        size="small"
        scroll={{ x: true }}
        loading={roster.isPending}
        pagination={false}
        dataSource={enrolled}
        locale={{ emptyText: t('training.rosterEmpty') }}
        columns={[
          { key: 'fullName', title: t('training.field.fullName'), dataIndex: 'fullName', fixed: 'left' },
          ...course.sessions.map((session, s) => ({
            key: `s${s}`,
            title: (
              <Flex vertical gap={4}>
                <span>{formatDate(session.date, lang)}</span>
                {canEdit && (
                  <WhyDisabled reason={locked(s) ? guardText(refusals[s] as GuardRefusal) : undefined}>
                    <Button
                      size="small"
                      disabled={locked(s)}
                      onClick={() =>
                        setChanges((prev) => ({
                          ...prev,
                          ...Object.fromEntries(enrolled.map((e) => [`${e.id}:${s}`, 'present' as const])),
                        }))
                      }
                      data-testid={`all-present-${s}`}
                    >
                      {t('training.allPresent')}
                    </Button>
                  </WhyDisabled>
                )}
              </Flex>
            ),
            render: (_: unknown, e: Enrolment) => (
              <Select<AttendanceMark | null>
                size="small"
                style={{ width: 130 }}
                disabled={!canEdit || locked(s)}
                title={locked(s) && canEdit ? guardText(refusals[s] as GuardRefusal) : undefined}
                aria-label={t('training.attendanceOf', { name: e.fullName, n: s + 1 })}
                value={markOf(e, s)}
                allowClear
                onChange={(mark) => setChanges((prev) => ({ ...prev, [`${e.id}:${s}`]: mark ?? null }))}
                options={ATTENDANCE_MARKS.map((m) => ({ value: m, label: t(`training.mark.${m}`) }))}
              />
            ),
          })),
        ]}
      />
    </Flex>
  );
}

function ResultsTab({ course, canEdit }: { course: TrainingCourse; canEdit: boolean }) {
  const t = useT();
  const lang = useLang();
  const roster = useRoster(course.id);
  const save = useRecordScores();
  const [toast, holder] = message.useMessage();
  const [scores, setScores] = useState<Record<string, NumberValue>>({});
  const [fill, setFill] = useState<NumberValue>(null);
  const enrolled = useMemo(
    () => (roster.data?.items ?? []).filter((e) => e.status === 'enrolled'),
    [roster.data],
  );
  const scoreOf = (e: Enrolment): NumberValue => (e.id in scores ? scores[e.id] : e.score);
  /** The contract's rule for a score (0 to 10, decimals allowed), worded beside the score it is about. */
  const scoreError = (score: NumberValue) => numberFieldError(score, ScoreSchema.nullable(), lang);
  const fillError = fill === null ? undefined : scoreError(fill);
  const submit = () => {
    if (Object.values(scores).some((score) => scoreError(score)))
      return void toast.error(t('form.fixFields'));
    return save
      .mutateAsync({
        id: course.id,
        scores: Object.entries(scores).map(([enrolmentId, score]) => ({
          enrolmentId,
          score: typeof score === 'number' ? score : null,
        })),
      })
      .then(
        () => {
          setScores({});
          void toast.success(t('form.saved'));
        },
        (error: unknown) => void toast.error(errorText(error, t)),
      );
  };
  return (
    <Flex vertical gap={12}>
      {holder}
      <Typography.Text type="secondary">
        {t('training.completionRule', {
          percent: course.minAttendancePercent,
          score: formatNumber(course.passScore, lang),
        })}
      </Typography.Text>
      {canEdit && (
        <Space wrap>
          <CellNumberInput
            style={{ width: 120 }}
            value={fill}
            onChange={setFill}
            error={fillError}
            aria-label={t('training.fillScores')}
            placeholder="0–10"
          />
          <Button
            disabled={typeof fill !== 'number' || fillError !== undefined}
            onClick={() =>
              setScores((prev) => ({
                ...prev,
                ...Object.fromEntries(enrolled.filter((e) => scoreOf(e) === null).map((e) => [e.id, fill])),
              }))
            }
            data-testid="fill-scores"
          >
            {t('training.fillScores')}
          </Button>
          <Button
            type="primary"
            disabled={!Object.keys(scores).length}
            loading={save.isPending}
            onClick={() => void submit()}
            data-testid="scores-save"
          >
            {t('training.saveScores')}
          </Button>
        </Space>
      )}
      <Table<Enrolment>
        rowKey="id"
        size="small"
        loading={roster.isPending}
        pagination={false}
        dataSource={enrolled}
        locale={{ emptyText: t('training.rosterEmpty') }}
        columns={[
          { key: 'fullName', title: t('training.field.fullName'), dataIndex: 'fullName' },
          {
            key: 'attended',
            title: t('training.attended'),
            render: (_, e) =>
              `${sessionsAttended(e.attendance, course.sessions.length)}/${course.sessions.length}`,
          },
          {
            key: 'score',
            title: t('training.score'),
            render: (_, e) => (
              <CellNumberInput
                size="small"
                style={{ width: 90 }}
                suffix="/10"
                disabled={!canEdit}
                aria-label={t('training.scoreOf', { name: e.fullName })}
                value={scoreOf(e)}
                error={scoreError(scoreOf(e))}
                onChange={(v) => setScores((prev) => ({ ...prev, [e.id]: v }))}
              />
            ),
          },
          {
            key: 'result',
            title: t('training.result'),
            render: (_, e) =>
              e.result ? (
                <Tag color={e.result === 'passed' ? 'green' : 'red'}>{t(`training.result.${e.result}`)}</Tag>
              ) : (
                '—'
              ),
          },
        ]}
      />
    </Flex>
  );
}

function CertificatesTab({ course }: { course: TrainingCourse }) {
  const t = useT();
  const roster = useRoster(course.id);
  const [toast, holder] = message.useMessage();
  const certified = (roster.data?.items ?? []).filter((e) => e.certificateNo);
  if (course.status !== 'completed')
    return <Alert type="info" showIcon title={t('training.certificatesAfterCompletion')} />;
  return (
    <>
      {holder}
      <Table<Enrolment>
        rowKey="id"
        size="small"
        loading={roster.isPending}
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        dataSource={certified}
        locale={{ emptyText: t('training.noCertificates') }}
        data-testid="certificates-table"
        columns={[
          { key: 'certificateNo', title: t('training.certificateNo'), dataIndex: 'certificateNo' },
          { key: 'fullName', title: t('training.field.fullName'), dataIndex: 'fullName' },
          { key: 'staffCode', title: t('training.field.staffCode'), dataIndex: 'staffCode' },
          {
            key: 'download',
            title: '',
            render: (_, e) => (
              <Button
                size="small"
                onClick={() =>
                  void downloadCertificate(course.id, e.id).catch(
                    (error: unknown) => void toast.error(errorText(error, t)),
                  )
                }
              >
                {t('training.downloadCertificate')}
              </Button>
            ),
          },
        ]}
      />
    </>
  );
}
