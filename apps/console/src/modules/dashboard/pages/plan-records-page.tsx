import { SECTORS, agencyLabel, pickLabel } from '@ascc/catalog';
import {
  type AgencyCode,
  CULTURAL_EVENT_TYPES,
  DELEGATION_DIRECTIONS,
  PLAN_RECORD_KINDS,
  PLAN_RECORD_KIND_FILTERS,
  PLAN_RECORD_KIND_PERMISSION,
  type PlanRecordKind,
  PlanRecordsQuerySchema,
  TARGET_LEVELS,
} from '@ascc/contracts';
import { Alert, Flex, Input, Select, type SelectProps, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useLang, useT } from '../../../i18n/language';
import {
  type Option,
  agencyOptions,
  countryOptions,
  enumOptions,
  fundingSourceOptions,
  planAreaOptions,
} from '../../../shared/form/controls';
import { Forbidden } from '../../../shared/forbidden';
import type { ListPatch } from '../../../shared/list/list-state';
import { useListState } from '../../../shared/list/use-list-state';
import { matchesFolded } from '../../../shared/text';
import { useCan, useOwnAgencyOnly } from '../../auth/hooks/use-can';
import { PeriodSelect } from '../components/period-select';
import { RecordsError, filterLabelKey, refusedFilters } from '../components/records-error';
import { RecordsTable } from '../components/records-table';
import { usePlanRecords } from '../hooks/use-plan-records';
import { KIND_SPECIFIC_FILTERS, type RecordsQuery } from '../records-link';
import '../../aid/messages';
import '../../culture/messages';
import '../messages';
import '../../training/messages';

type Patch = ListPatch<typeof PlanRecordsQuerySchema>;

const searchable: SelectProps['showSearch'] = {
  filterOption: (input, option) =>
    matchesFolded(`${String(option?.label ?? '')} ${String(option?.value ?? '')}`, input),
};

/**
 * The records behind a figure of the dashboard or of a plan area (`/plan/records?kind=course&year=2024…`):
 * the read model's courses, events, aid projects, delegations or budget lines that the figure sums, with
 * the filters in the address, and a totals row equal to the figure. Each row opens its record.
 */
export default function PlanRecordsPage() {
  return useCan('reporting.plan.read').allowed ? <RecordsView /> : <Forbidden />;
}

function RecordsView() {
  const t = useT();
  const lang = useLang();
  const { state, update } = useListState(PlanRecordsQuerySchema);
  const kind: PlanRecordKind = state.kind ?? 'course';
  // The records follow the department's agency rules (the server filters them the same way): below
  // the plan coordinator, one's own agency's only; none of a department the role does not read.
  const readsKind = useCan(PLAN_RECORD_KIND_PERMISSION[kind]).allowed;
  const ownAgency = useOwnAgencyOnly(PLAN_RECORD_KIND_PERMISSION[kind]);
  const query: RecordsQuery = { ...state, kind, ...(ownAgency && { agencyCode: ownAgency as AgencyCode }) };
  const result = usePlanRecords(query, readsKind);
  const refused = refusedFilters(result.error);

  // A filter that belongs to another kind is dropped with the kind, or the server would refuse it.
  const setKind = (next: PlanRecordKind) =>
    update({
      kind: next,
      ...Object.fromEntries(KIND_SPECIFIC_FILTERS.map((name) => [name, undefined])),
      sort: undefined,
      order: undefined,
    } as Patch);

  const specific: Record<(typeof KIND_SPECIFIC_FILTERS)[number], Option[]> = {
    level: enumOptions(TARGET_LEVELS, (v) => t(`training.targetLevel.${v}`)),
    countryCode: countryOptions(lang),
    sectorCode: SECTORS.map((s) => ({ value: s.code, label: `${s.code} · ${pickLabel(s, lang)}` })),
    type:
      kind === 'delegation'
        ? enumOptions(DELEGATION_DIRECTIONS, (v) => t(`aid.direction.${v}`))
        : enumOptions(CULTURAL_EVENT_TYPES, (v) => t(`culture.type.${v}`)),
    fundingSource: fundingSourceOptions(lang),
  };
  // The kind's own filters, and any other one the address carries (so a refused one can be cleared).
  const shown = KIND_SPECIFIC_FILTERS.filter(
    (name) => PLAN_RECORD_KIND_FILTERS[kind].includes(name) || state[name] !== undefined,
  );
  const filter = (name: string, options: Option[], value: unknown, wide = false) => (
    <Select
      key={name}
      aria-label={t(filterLabelKey(name, kind))}
      data-testid={`filter-${name}`}
      placeholder={t('list.filterAll', { label: t(filterLabelKey(name, kind)) })}
      allowClear
      showSearch={searchable}
      status={refused.has(name) ? 'error' : undefined}
      popupMatchSelectWidth={false}
      style={{ minWidth: wide ? 240 : 180 }}
      value={value === undefined ? undefined : String(value)}
      options={options}
      onChange={(next?: string) => update({ [name]: next } as Patch)}
    />
  );

  return (
    <Flex vertical gap="middle" data-testid="plan-records">
      <Typography.Title level={2} style={{ margin: 0 }}>
        {t('reporting.records.title')}
      </Typography.Title>
      <Flex wrap gap="small" role="search">
        <Select
          aria-label={t('reporting.records.kind')}
          data-testid="filter-kind"
          status={refused.has('kind') ? 'error' : undefined}
          value={kind}
          onChange={setKind}
          options={PLAN_RECORD_KINDS.map((k) => ({ value: k, label: t(`reporting.kind.${k}`) }))}
          style={{ minWidth: 200 }}
        />
        <PeriodSelect
          testId="filter-period"
          value={{ year: state.year, phase: state.phase }}
          onChange={(period) => update(period as Patch)}
          minWidth={200}
        />
        {filter('planArea', planAreaOptions(lang), state.planArea, true)}
        {ownAgency ? (
          <Select
            aria-label={t(filterLabelKey('agencyCode', kind))}
            data-testid="filter-agencyCode"
            disabled
            value={ownAgency}
            options={agencyOptions(lang, t)}
            style={{ minWidth: 240 }}
          />
        ) : (
          filter('agencyCode', agencyOptions(lang, t), state.agencyCode, true)
        )}
        {shown.map((name) => filter(name, specific[name], state[name], name === 'sectorCode'))}
        <SearchBox value={state.q ?? ''} onSearch={(q) => update({ q: q || undefined } as Patch)} />
      </Flex>
      {!readsKind && (
        <Alert
          type="info"
          showIcon
          data-testid="records-kind-refused"
          title={t('reporting.records.kindRefused')}
        />
      )}
      {readsKind && ownAgency && (
        <Alert
          type="info"
          showIcon
          data-testid="records-own-agency"
          title={t('reporting.records.ownAgency', {
            agency: agencyLabel(ownAgency, lang),
          })}
        />
      )}
      {readsKind && result.isError && (
        <RecordsError error={result.error} kind={kind} onRetry={() => void result.refetch()} />
      )}
      {readsKind && (
        <RecordsTable query={query} result={result} onChange={(patch) => update(patch as Patch)} />
      )}
    </Flex>
  );
}

/** Searches titles and codes on Enter, not on every keystroke. */
function SearchBox({ value, onSearch }: { value: string; onSearch: (q: string) => void }) {
  const t = useT();
  const [text, setText] = useState(value);
  useEffect(() => setText(value), [value]);
  return (
    <Input.Search
      data-testid="records-search"
      aria-label={t('list.searchLabel')}
      placeholder={t('list.searchPlaceholder')}
      allowClear
      style={{ width: 280 }}
      value={text}
      onChange={(event) => setText(event.target.value)}
      onSearch={(q) => onSearch(q.trim())}
    />
  );
}
