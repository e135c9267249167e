import { COUNTRY_CODES, agencyLabel, planAreaLabel } from '@ascc/catalog';
import {
  CreateIndicatorSchema,
  INDICATOR_DIRECTIONS,
  INDICATOR_METHODS,
  INDICATOR_METRICS,
  INDICATOR_ORIGINS,
  INDICATOR_UNITS,
  type IndicatorComputation,
  type PlanIndicator,
  REPORTING_ROUTES as R,
  TARGET_LEVELS,
  UpdateIndicatorSchema,
} from '@ascc/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  Button,
  Checkbox,
  Drawer,
  Empty,
  Flex,
  Form,
  Input,
  Popconfirm,
  Select,
  Skeleton,
  Space,
  Table,
  Tag,
  Tooltip,
  Typography,
  message,
} from 'antd';
import { useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { byIdPage, routePageQuery } from '../../../api/route-query';
import { useLang, useT } from '../../../i18n/language';
import { errorText } from '../../../shared/error-text';
import {
  AgencySelect,
  CountrySelect,
  DecimalInput,
  EnumSelect,
  type NumberValue,
  PlanAreaSelect,
  WholeNumberInput,
} from '../../../shared/form/controls';
import { CreateDrawer } from '../../../shared/form/create-drawer';
import { FieldRow } from '../../../shared/form/field-groups';
import { FormField } from '../../../shared/form/form-field';
import { HistoryPanel } from '../../../shared/record/history-panel';
import type { RecordField } from '../../../shared/record/record-values';
import { useCan } from '../../auth/hooks/use-can';
import {
  createIndicator,
  deleteIndicator,
  indicatorKeys,
  listIndicators,
  updateIndicator,
} from '../api/reporting.api';
import { formatIndicatorValue } from '../components/indicator-format';
import { stackOnPhone, usePhone } from '../components/phone-table';
import { LocalError } from '../../../shared/fail-local';
import '../messages';
import '../../training/messages';

const useIndicatorHistory = routePageQuery(R.indicatorHistory, { args: byIdPage });

/**
 * The plan's indicator catalogue: every indicator by area with its unit, direction, baseline, targets,
 * lead agency, how its value is obtained and where in the plan it comes from. The coordinator adds,
 * edits (each edit a new version, in its history) and removes them, after a confirmation.
 */
export default function IndicatorCataloguePage() {
  const t = useT();
  const lang = useLang();
  const manages = useCan('reporting.indicator.manage').allowed;
  const phone = usePhone();
  const [params, setParams] = useSearchParams();
  const planArea = params.get('area') ?? undefined;
  const query = planArea ? { planArea: planArea as PlanIndicator['planArea'] } : {};
  const result = useQuery({
    queryKey: indicatorKeys.list(query),
    queryFn: ({ signal }) => listIndicators(query, signal),
  });
  const queryClient = useQueryClient();
  const refresh = () => queryClient.invalidateQueries({ queryKey: indicatorKeys.all });
  const [editing, setEditing] = useState<PlanIndicator | 'new'>();
  const [history, setHistory] = useState<PlanIndicator>();
  const [toast, toastHolder] = message.useMessage();
  const [error, setError] = useState<string>();
  const remove = useMutation({
    mutationFn: deleteIndicator,
    onSuccess: () => {
      setError(undefined);
      void toast.success(t('indicator.deleted'));
      return refresh();
    },
    onError: (e) => setError(errorText(e, t)),
  });
  const shown = (i: PlanIndicator, value: number | string) => formatIndicatorValue(value, i.unit, lang);

  return (
    <Flex vertical gap="middle" data-testid="indicator-catalogue">
      {toastHolder}
      <Flex justify="space-between" align="center" wrap gap="small">
        <Typography.Title level={2} style={{ margin: 0 }}>
          {t('indicator.catalogue')}
        </Typography.Title>
        <Space wrap>
          <PlanAreaSelect
            allowClear
            aria-label={t('field.planArea')}
            placeholder={t('field.planArea')}
            style={{ width: 240, maxWidth: '100%' }}
            value={planArea}
            onChange={(value) => setParams(value ? { area: String(value) } : {})}
          />
          {manages && (
            <Button type="primary" data-testid="indicator-add" onClick={() => setEditing('new')}>
              {t('indicator.add')}
            </Button>
          )}
        </Space>
      </Flex>
      {error && <Alert type="error" showIcon title={error} />}
      {result.isError && <LocalError title={t('indicator.loadError')} error={result.error} />}
      {result.isPending && <Skeleton active />}
      {result.data && result.data.items.length === 0 && <Empty description={t('indicator.empty')} />}
      {result.data && result.data.items.length > 0 && (
        <Table<PlanIndicator>
          size="small"
          rowKey="id"
          data-testid="indicator-table"
          pagination={false}
          dataSource={result.data.items}
          onRow={(i) => ({ 'data-testid': `indicator-${i.code}` }) as object}
          columns={stackOnPhone<PlanIndicator>(phone, [
            { key: 'code', title: t('indicator.code'), dataIndex: 'code' },
            {
              key: 'name',
              title: t('indicator.name'),
              render: (_, i) => (
                <Flex vertical style={{ maxWidth: 360 }}>
                  <span>{lang === 'vi' ? i.nameVi : i.nameEn}</span>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {i.planArea} · {planAreaLabel(i.planArea, lang)}
                  </Typography.Text>
                </Flex>
              ),
            },
            {
              key: 'lead',
              title: t('indicator.lead'),
              render: (_, i) => agencyLabel(i.leadAgencyCode, lang),
            },
            {
              key: 'method',
              title: t('indicator.method'),
              render: (_, i) =>
                i.computation
                  ? t(`indicator.metric.${i.computation.metric}`)
                  : t(`indicator.method.${i.method}`),
            },
            {
              key: 'targets',
              title: t('indicator.targets'),
              render: (_, i) =>
                [
                  i.baseline !== null
                    ? `${t('indicator.baseline')} ${shown(i, i.baseline)} (${i.baselineYear})`
                    : '',
                  ...i.targets.map((x) => `${shown(i, x.value)} (${x.year})`),
                ]
                  .filter(Boolean)
                  .join(' → ') || '—',
            },
            {
              key: 'origin',
              title: t('indicator.origin'),
              render: (_, i) => (
                <Tooltip title={i.planQuote ? `${i.planRef} ${i.planQuote}` : undefined}>
                  <Tag color={i.origin === 'plan' ? 'blue' : 'default'}>
                    {t(`indicator.origin.${i.origin}`)}
                  </Tag>
                </Tooltip>
              ),
            },
            {
              key: 'actions',
              title: '',
              render: (_, i) => (
                <Space wrap>
                  <Button size="small" onClick={() => setHistory(i)}>
                    {t('indicator.history')}
                  </Button>
                  {manages && (
                    <Button size="small" data-testid="indicator-edit" onClick={() => setEditing(i)}>
                      {t('indicator.edit')}
                    </Button>
                  )}
                  {manages && (
                    <Popconfirm
                      title={t('indicator.deleteConfirm', { code: i.code })}
                      onConfirm={() => remove.mutate({ id: i.id, version: i.version })}
                    >
                      <Button size="small" danger data-testid="indicator-delete">
                        {t('indicator.delete')}
                      </Button>
                    </Popconfirm>
                  )}
                </Space>
              ),
            },
          ])}
        />
      )}
      <IndicatorForm
        editing={editing}
        defaultArea={planArea}
        onClose={() => setEditing(undefined)}
        onSaved={() => void refresh()}
      />
      <Drawer
        open={Boolean(history)}
        onClose={() => setHistory(undefined)}
        title={history ? `${history.code} · ${t('indicator.version', { version: history.version })}` : ''}
        size={phone ? '100%' : 560}
        destroyOnHidden
      >
        {history && (
          <HistoryPanel id={history.id} useHistory={useIndicatorHistory} fields={indicatorFields} />
        )}
      </Drawer>
    </Flex>
  );
}

function indicatorFields(t: ReturnType<typeof useT>): RecordField[] {
  return [
    { name: 'code', label: t('indicator.code') },
    { name: 'nameVi', label: t('indicator.nameVi') },
    { name: 'nameEn', label: t('indicator.nameEn') },
    { name: 'planArea', label: t('field.planArea') },
    { name: 'unit', label: t('indicator.unit') },
    { name: 'direction', label: t('indicator.direction') },
    { name: 'baseline', label: t('indicator.baseline') },
    { name: 'baselineYear', label: t('indicator.baselineYear') },
    { name: 'targets', label: t('indicator.targets') },
    { name: 'cumulative', label: t('indicator.cumulative') },
    { name: 'leadAgencyCode', label: t('indicator.lead') },
    { name: 'method', label: t('indicator.method') },
    { name: 'computation', label: t('indicator.metric') },
    { name: 'origin', label: t('indicator.origin') },
    { name: 'planQuote', label: t('indicator.planQuote') },
    { name: 'planRef', label: t('indicator.planRef') },
  ];
}

/** The add or edit form, checked with the contract's schema; problems shown beside their fields. */
function IndicatorForm(props: {
  editing: PlanIndicator | 'new' | undefined;
  defaultArea?: string;
  onClose: () => void;
  onSaved: () => void;
}) {
  const t = useT();
  const edited = props.editing && props.editing !== 'new' ? props.editing : undefined;
  const initial = edited
    ? (({ id: _i, version: _v, updatedAt: _u, ...fields }) => fields)(edited)
    : {
        planArea: props.defaultArea,
        unit: 'count',
        direction: 'higher',
        method: 'reported',
        origin: 'derived',
        targets: [],
        cumulative: false,
      };
  return (
    <CreateDrawer
      name="indicator"
      title={edited ? `${t('indicator.edit')} ${edited.code}` : t('indicator.add')}
      open={Boolean(props.editing)}
      onClose={props.onClose}
      schema={edited ? UpdateIndicatorSchema : CreateIndicatorSchema}
      initialValues={initial}
      extraValues={edited ? { id: edited.id, version: edited.version } : undefined}
      successMessage={t('indicator.saved')}
      onSubmit={async (message) => {
        const saved = edited
          ? await updateIndicator(message as Parameters<typeof updateIndicator>[0])
          : await createIndicator(message as Parameters<typeof createIndicator>[0]);
        props.onSaved();
        return saved;
      }}
    >
      <IndicatorFields />
    </CreateDrawer>
  );
}

function IndicatorFields() {
  const t = useT();
  const form = Form.useFormInstance();
  const method = Form.useWatch('method', form) as string | undefined;
  return (
    <>
      <FieldRow>
        <FormField name="code" label={t('indicator.code')}>
          <Input data-testid="indicator-code" maxLength={31} />
        </FormField>
        <FormField name="planArea" label={t('field.planArea')}>
          <PlanAreaSelect />
        </FormField>
      </FieldRow>
      <FormField name="nameVi" label={t('indicator.nameVi')}>
        <Input data-testid="indicator-nameVi" maxLength={300} />
      </FormField>
      <FormField name="nameEn" label={t('indicator.nameEn')}>
        <Input data-testid="indicator-nameEn" maxLength={300} />
      </FormField>
      <FieldRow>
        <FormField name="unit" label={t('indicator.unit')}>
          <EnumSelect values={INDICATOR_UNITS} labelOf={(u) => t(`indicator.unit.${u}`)} />
        </FormField>
        <FormField name="direction" label={t('indicator.direction')}>
          <EnumSelect values={INDICATOR_DIRECTIONS} labelOf={(d) => t(`indicator.direction.${d}`)} />
        </FormField>
      </FieldRow>
      <FieldRow>
        <FormField name="baseline" label={t('indicator.baseline')}>
          <DecimalInput />
        </FormField>
        <FormField name="baselineYear" label={t('indicator.baselineYear')}>
          <WholeNumberInput />
        </FormField>
      </FieldRow>
      <FormField name="targets" label={t('indicator.targets')}>
        <TargetsInput />
      </FormField>
      <FormField name="cumulative" label="" valuePropName="checked">
        <Checkbox>{t('indicator.cumulative')}</Checkbox>
      </FormField>
      <FormField name="leadAgencyCode" label={t('indicator.lead')}>
        <AgencySelect data-testid="indicator-lead" />
      </FormField>
      <FieldRow>
        <FormField name="method" label={t('indicator.method')}>
          <EnumSelect
            values={INDICATOR_METHODS}
            labelOf={(m) => t(`indicator.method.${m}`)}
            // A reported indicator has no computation: the one set before goes with the choice.
            onChange={(value) => form.setFieldsValue({ method: value, computation: null })}
          />
        </FormField>
        <FormField name="origin" label={t('indicator.origin')}>
          <EnumSelect values={INDICATOR_ORIGINS} labelOf={(o) => t(`indicator.origin.${o}`)} />
        </FormField>
      </FieldRow>
      {method === 'computed' && (
        <FormField name="computation" label={t('indicator.metric')}>
          <ComputationInput />
        </FormField>
      )}
      <FormField name="planQuote" label={t('indicator.planQuote')}>
        <Input.TextArea rows={3} maxLength={2000} />
      </FormField>
      <FormField name="planRef" label={t('indicator.planRef')}>
        <Input maxLength={60} />
      </FormField>
    </>
  );
}

/** Targets as year and value rows (mid-term 2020 and final 2025 where the plan sets them). */
function TargetsInput({
  value = [],
  onChange,
}: {
  value?: { year: NumberValue; value: NumberValue }[];
  onChange?: (value: { year: NumberValue; value: NumberValue }[]) => void;
}) {
  const t = useT();
  const set = (i: number, next: Partial<{ year: NumberValue; value: NumberValue }>) =>
    onChange?.(value.map((row, j) => (j === i ? { ...row, ...next } : row)));
  return (
    <Flex vertical gap="small">
      {value.map((row, i) => (
        <Space key={i} wrap>
          <WholeNumberInput
            aria-label={t('indicator.targetYear')}
            placeholder={t('indicator.targetYear')}
            data-testid={`indicator-target-year-${i}`}
            style={{ width: 90 }}
            value={row.year}
            onChange={(year) => set(i, { year })}
          />
          <DecimalInput
            aria-label={t('indicator.targetValue')}
            placeholder={t('indicator.targetValue')}
            data-testid={`indicator-target-value-${i}`}
            style={{ width: 140 }}
            value={row.value}
            onChange={(v) => set(i, { value: v })}
          />
          <Button size="small" onClick={() => onChange?.(value.filter((_, j) => j !== i))}>
            ×
          </Button>
        </Space>
      ))}
      <Button
        size="small"
        data-testid="indicator-add-target"
        onClick={() => onChange?.([...value, { year: value.length ? null : 2025, value: null }])}
        style={{ alignSelf: 'flex-start' }}
      >
        {t('indicator.addTarget')}
      </Button>
    </Flex>
  );
}

/** What the read model computes, and the filters its metric is split by. */
function ComputationInput({
  value,
  onChange,
}: {
  value?: IndicatorComputation | null;
  onChange?: (value: IndicatorComputation) => void;
}) {
  const t = useT();
  const c = value ?? ({ metric: 'people-trained' } as IndicatorComputation);
  const set = (next: Partial<IndicatorComputation>) => onChange?.({ ...c, ...next } as IndicatorComputation);
  const training = c.metric === 'people-trained' || c.metric === 'courses-completed';
  const countries = !training && c.metric !== 'budget-approved';
  return (
    <Flex vertical gap="small">
      <EnumSelect
        aria-label={t('indicator.metric')}
        values={INDICATOR_METRICS}
        labelOf={(m) => t(`indicator.metric.${m}`)}
        value={value ? c.metric : undefined}
        // Another metric keeps only the plan area: the other filters belong to their metric.
        onChange={(metric) =>
          onChange?.({ metric, ...(c.planArea ? { planArea: c.planArea } : {}) } as IndicatorComputation)
        }
      />
      <PlanAreaSelect
        allowClear
        aria-label={t('indicator.onlyArea')}
        placeholder={t('indicator.onlyArea')}
        value={c.planArea}
        onChange={(planArea) => set({ planArea: planArea ?? undefined })}
      />
      {training && (
        <Select
          allowClear
          aria-label={t('indicator.level')}
          placeholder={t('indicator.level')}
          value={c.level}
          options={TARGET_LEVELS.map((l) => ({ value: l, label: t(`training.targetLevel.${l}`) }))}
          onChange={(level) => set({ level: level ?? undefined })}
        />
      )}
      {c.metric === 'people-trained' && (
        <Checkbox
          checked={c.gender === 'female'}
          onChange={(e) => set({ gender: e.target.checked ? 'female' : undefined })}
        >
          {t('indicator.female')}
        </Checkbox>
      )}
      {countries && (
        <>
          <CountrySelect
            allowClear
            aria-label={t('indicator.country')}
            placeholder={t('indicator.country')}
            value={c.countryCode}
            onChange={(countryCode) =>
              set({ countryCode: (countryCode ?? undefined) as (typeof COUNTRY_CODES)[number] | undefined })
            }
          />
          <Checkbox
            checked={Boolean(c.aseanOnly)}
            onChange={(e) => set({ aseanOnly: e.target.checked || undefined })}
          >
            {t('indicator.aseanOnly')}
          </Checkbox>
        </>
      )}
    </Flex>
  );
}
