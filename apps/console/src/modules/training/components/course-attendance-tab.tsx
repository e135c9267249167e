import {
  ATTENDANCE_MARKS,
  type AttendanceMark,
  type Enrolment,
  type GuardRefusal,
  type TrainingCourse,
  attendanceGuard,
  provinceToday,
} from '@ascc/contracts';
import { Alert, Button, Checkbox, Flex, Input, Select, Space, Table, message } from 'antd';
import { useMemo, useState } from 'react';
import { formatDate } from '../../../format/format';
import { useLang, useT } from '../../../i18n/language';
import { errorText } from '../../../shared/error-text';
import { WhyDisabled, useGuardText, useMayOverride } from '../../../shared/form/guard-override';
import { useRecordAttendance, useRoster } from '../hooks/use-training-courses';
import { attendanceKey, attendanceMarks, enrolledOnly } from './course-marks';
import '../messages';

/** The course page's attendance tab: a mark per enrolled trainee and session, saved together. */
export function AttendanceTab({ course, canEdit }: { course: TrainingCourse; canEdit: boolean }) {
  const t = useT();
  const lang = useLang();
  const roster = useRoster(course.id);
  const save = useRecordAttendance();
  const [toast, holder] = message.useMessage();
  const [changes, setChanges] = useState<Record<string, AttendanceMark | null>>({});
  const enrolled = useMemo(() => enrolledOnly(roster.data?.items ?? []), [roster.data]);
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
    const key = attendanceKey(e.id, s);
    return key in changes ? changes[key] : (e.attendance[s] ?? null);
  };
  if (!course.sessions.length) return <Alert type="info" showIcon title={t('training.noSessions')} />;
  const submit = () =>
    save
      .mutateAsync({
        id: course.id,
        marks: attendanceMarks(changes),
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
                          ...Object.fromEntries(
                            enrolled.map((e) => [attendanceKey(e.id, s), 'present' as const]),
                          ),
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
                onChange={(mark) =>
                  setChanges((prev) => ({ ...prev, [attendanceKey(e.id, s)]: mark ?? null }))
                }
                options={ATTENDANCE_MARKS.map((m) => ({ value: m, label: t(`training.mark.${m}`) }))}
              />
            ),
          })),
        ]}
      />
    </Flex>
  );
}
