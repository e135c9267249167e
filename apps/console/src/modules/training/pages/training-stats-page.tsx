import {
  GENDERS,
  TARGET_GROUPS,
  TARGET_LEVELS,
  TRAINING_TOPICS,
  type TrainingStatsFilter,
  TrainingStatsFilterSchema,
  type TrainingStatsRow,
} from '@ascc/contracts';
import { agencyLabel } from '@ascc/catalog';
import {
  Alert,
  Button,
  Card,
  Col,
  Flex,
  Row,
  Skeleton,
  Space,
  Statistic,
  Table,
  Typography,
  message,
} from 'antd';
import { useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { formatNumber } from '../../../format/format';
import { useLang, useT } from '../../../i18n/language';
import { errorText } from '../../../shared/error-text';
import { EnumSelect, YearInput } from '../../../shared/form/controls';
import { useCan } from '../../auth/hooks/use-can';
import { Forbidden } from '../../../shared/forbidden';
import { exportTrainingStats } from '../api/training-courses.api';
import { useTrainingStats } from '../hooks/use-training-courses';
import '../messages';

const FILTER_NAMES = ['yearFrom', 'yearTo', 'topic', 'level', 'group', 'gender', 'agencyCode'] as const;

/** People trained, from the service's SQL aggregation; the filter lives in the URL and the export uses it. */
export default function TrainingStatsPage() {
  const allowed = useCan('training.stats.read').allowed;
  return allowed ? <StatsView /> : <Forbidden />;
}

function StatsView() {
  const t = useT();
  const lang = useLang();
  const [params, setParams] = useSearchParams();
  const [toast, holder] = message.useMessage();
  const filter = useMemo<TrainingStatsFilter>(() => {
    const raw = Object.fromEntries(FILTER_NAMES.flatMap((n) => (params.get(n) ? [[n, params.get(n)]] : [])));
    const parsed = TrainingStatsFilterSchema.safeParse(raw);
    return parsed.success ? parsed.data : {};
  }, [params]);
  const set = (name: (typeof FILTER_NAMES)[number], value: string | number | null | undefined) => {
    const next = new URLSearchParams(params);
    if (value === null || value === undefined || value === '') next.delete(name);
    else next.set(name, String(value));
    setParams(next, { replace: true });
  };
  const stats = useTrainingStats(filter);
  const byYear = useMemo(() => {
    const years = new Map<number, { year: number; female: number; male: number; completed: number }>();
    for (const r of stats.data?.rows ?? []) {
      const y = years.get(r.year) ?? { year: r.year, female: 0, male: 0, completed: 0 };
      y[r.gender] += r.trained;
      y.completed += r.completed;
      years.set(r.year, y);
    }
    return [...years.values()].sort((a, b) => a.year - b.year);
  }, [stats.data]);
  const download = (format: 'csv' | 'xlsx') =>
    void exportTrainingStats({ ...filter, format, lang }).catch(
      (e: unknown) => void toast.error(errorText(e, t)),
    );
  const totals = stats.data?.totals;
  const percent = (v: number) => `${formatNumber(Math.round(v * 1000) / 10, lang)} %`;
  return (
    <Flex vertical gap={16}>
      {holder}
      <Typography.Title level={2} style={{ margin: 0 }}>
        {t('training.stats.title')}
      </Typography.Title>
      <Space wrap>
        <YearInput
          style={{ width: 130 }}
          aria-label={t('training.stats.yearFrom')}
          placeholder={t('training.stats.yearFrom')}
          value={(filter.yearFrom as number | undefined) ?? null}
          onChange={(v) => set('yearFrom', typeof v === 'number' ? v : undefined)}
          data-testid="stats-year-from"
        />
        <YearInput
          style={{ width: 130 }}
          aria-label={t('training.stats.yearTo')}
          placeholder={t('training.stats.yearTo')}
          value={(filter.yearTo as number | undefined) ?? null}
          onChange={(v) => set('yearTo', typeof v === 'number' ? v : undefined)}
          data-testid="stats-year-to"
        />
        <EnumSelect
          allowClear
          style={{ width: 220 }}
          placeholder={t('field.topic')}
          aria-label={t('field.topic')}
          value={filter.topic}
          onChange={(v) => set('topic', v)}
          values={TRAINING_TOPICS}
          labelOf={(v) => t(`training.topic.${v}`)}
        />
        <EnumSelect
          allowClear
          style={{ width: 160 }}
          placeholder={t('field.targetLevel')}
          aria-label={t('field.targetLevel')}
          value={filter.level}
          onChange={(v) => set('level', v)}
          values={TARGET_LEVELS}
          labelOf={(v) => t(`training.targetLevel.${v}`)}
        />
        <EnumSelect
          allowClear
          style={{ width: 160 }}
          placeholder={t('training.field.targetGroup')}
          aria-label={t('training.field.targetGroup')}
          value={filter.group}
          onChange={(v) => set('group', v)}
          values={TARGET_GROUPS}
          labelOf={(v) => t(`training.group.${v}`)}
        />
        <EnumSelect
          allowClear
          style={{ width: 120 }}
          placeholder={t('training.field.gender')}
          aria-label={t('training.field.gender')}
          value={filter.gender}
          onChange={(v) => set('gender', v)}
          values={GENDERS}
          labelOf={(v) => t(`training.gender.${v}`)}
        />
        <Button onClick={() => download('csv')} data-testid="stats-export-csv">
          {t('training.stats.exportCsv')}
        </Button>
        <Button onClick={() => download('xlsx')} data-testid="stats-export-xlsx">
          {t('training.stats.exportXlsx')}
        </Button>
      </Space>
      {stats.isPending ? (
        <Skeleton active />
      ) : stats.isError ? (
        <Alert type="error" showIcon title={errorText(stats.error, t)} />
      ) : (
        <>
          <Row gutter={[16, 16]}>
            <Col xs={12} md={6}>
              <Card>
                <Statistic
                  title={t('training.stats.trained')}
                  value={formatNumber(totals?.trained ?? 0, lang)}
                  data-testid="stats-trained"
                />
              </Card>
            </Col>
            <Col xs={12} md={6}>
              <Card>
                <Statistic
                  title={t('training.stats.communeTrained')}
                  value={formatNumber(totals?.communeTrained ?? 0, lang)}
                  data-testid="stats-commune"
                />
              </Card>
            </Col>
            <Col xs={12} md={6}>
              <Card>
                <Statistic
                  title={t('training.stats.communeShare')}
                  value={percent(totals?.communeShare ?? 0)}
                />
              </Card>
            </Col>
            <Col xs={12} md={6}>
              <Card>
                <Statistic
                  title={t('training.stats.completionRate')}
                  value={percent(totals?.completionRate ?? 0)}
                />
              </Card>
            </Col>
          </Row>
          <Card title={t('training.stats.byYear')}>
            {byYear.length ? (
              <ResponsiveContainer width="100%" height={280}>
                <BarChart data={byYear}>
                  <CartesianGrid strokeDasharray="3 3" />
                  <XAxis dataKey="year" />
                  <YAxis allowDecimals={false} />
                  <Tooltip />
                  <Legend />
                  <Bar dataKey="female" stackId="g" name={t('training.gender.female')} fill="#c41d7f" />
                  <Bar dataKey="male" stackId="g" name={t('training.gender.male')} fill="#1677ff" />
                  <Bar dataKey="completed" name={t('training.stats.completed')} fill="#52c41a" />
                </BarChart>
              </ResponsiveContainer>
            ) : (
              <Typography.Text type="secondary">{t('training.stats.empty')}</Typography.Text>
            )}
          </Card>
          <Table<TrainingStatsRow & { key: string }>
            size="small"
            data-testid="stats-table"
            pagination={{ pageSize: 50, hideOnSinglePage: true }}
            dataSource={(stats.data?.rows ?? []).map((r, i) => ({ ...r, key: String(i) }))}
            locale={{ emptyText: t('training.stats.empty') }}
            columns={[
              { key: 'year', title: t('training.stats.year'), dataIndex: 'year' },
              {
                key: 'topic',
                title: t('field.topic'),
                dataIndex: 'topic',
                render: (v: TrainingStatsRow['topic']) => t(`training.topic.${v}`),
              },
              {
                key: 'level',
                title: t('field.targetLevel'),
                dataIndex: 'level',
                render: (v: TrainingStatsRow['level']) => t(`training.targetLevel.${v}`),
              },
              {
                key: 'group',
                title: t('training.field.targetGroup'),
                dataIndex: 'group',
                render: (v: TrainingStatsRow['group']) => t(`training.group.${v}`),
              },
              {
                key: 'gender',
                title: t('training.field.gender'),
                dataIndex: 'gender',
                render: (v: TrainingStatsRow['gender']) => t(`training.gender.${v}`),
              },
              {
                key: 'agencyCode',
                title: t('field.agencyCode'),
                dataIndex: 'agencyCode',
                render: (v: string) => agencyLabel(v, lang),
              },
              { key: 'trained', title: t('training.stats.trained'), dataIndex: 'trained', align: 'right' },
              {
                key: 'completed',
                title: t('training.stats.completed'),
                dataIndex: 'completed',
                align: 'right',
              },
            ]}
          />
        </>
      )}
    </Flex>
  );
}
