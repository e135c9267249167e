import { type Enrolment, ScoreSchema, type TrainingCourse, sessionsAttended } from '@ascc/contracts';
import { Button, Flex, Space, Table, Tag, Typography, message } from 'antd';
import { useMemo, useState } from 'react';
import { formatNumber } from '../../../format/format';
import { useLang, useT } from '../../../i18n/language';
import { errorText } from '../../../shared/error-text';
import { CellNumberInput, type NumberValue } from '../../../shared/form/controls';
import { numberFieldError } from '../../../shared/form/form-values';
import { useRecordScores, useRoster } from '../hooks/use-training-courses';
import { enrolledOnly, scoreEntries } from './course-marks';
import '../messages';

/** The course page's results tab: a score per enrolled trainee, attendance beside it, and the result. */
export function ResultsTab({ course, canEdit }: { course: TrainingCourse; canEdit: boolean }) {
  const t = useT();
  const lang = useLang();
  const roster = useRoster(course.id);
  const save = useRecordScores();
  const [toast, holder] = message.useMessage();
  const [scores, setScores] = useState<Record<string, NumberValue>>({});
  const [fill, setFill] = useState<NumberValue>(null);
  const enrolled = useMemo(() => enrolledOnly(roster.data?.items ?? []), [roster.data]);
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
        scores: scoreEntries(scores),
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
