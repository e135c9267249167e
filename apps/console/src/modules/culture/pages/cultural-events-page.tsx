import {
  CULTURAL_EVENT_SORTS,
  CULTURAL_EVENT_STATUSES,
  CULTURAL_EVENT_TYPES,
  CULTURE_PLAN_AREAS,
  type CulturalEvent,
  ListCulturalEventsSchema,
} from '@ascc/contracts';
import { countryLabel, districtLabel, isAseanMember, planAreaLabel } from '@ascc/catalog';
import { Flex, Tag } from 'antd';
import type { TableColumnsType } from 'antd';
import { useMemo } from 'react';
import { useLang, useT } from '../../../i18n/language';
import { useListAccess } from '../../auth/hooks/use-can';
import { agencyOptions, countryOptions, districtOptions, enumOptions } from '../../../shared/form/controls';
import {
  agencyColumn,
  bilingualTitleColumn,
  createdAtColumn,
  dateRangeColumn,
  moneyColumn,
  statusColumn,
} from '../../../shared/list/columns';
import { type ListFilter, ListPage } from '../../../shared/list/list-page';
import { CulturalEventForm } from '../components/cultural-event-form';
import { STATUS_COLORS } from '../components/status-colors';
import { useCulturalEvents } from '../hooks/use-cultural-events';
import '../messages';

/** The plan's years, and the next one for planning. */
export function yearOptions() {
  const last = new Date().getFullYear() + 1;
  return Array.from({ length: last - 2017 + 1 }, (_, i) => String(last - i)).map((y) => ({
    value: y,
    label: y,
  }));
}

/**
 * Fits 1366 px: title, dates, venue, countries and status; type, organiser (the list also holds the
 * events the user's agency co-organises: the organiser filter tells them apart), cost and creation one
 * click away.
 */
const COLUMN_DEFAULTS = {
  pinned: ['titleVi'],
  hidden: ['type', 'agencyCode', 'costEstimate', 'createdAt'],
  phone: ['status'],
};

export default function CulturalEventsPage() {
  const t = useT();
  const lang = useLang();
  const access = useListAccess('culture.event.read', 'culture.event.create');

  const columns = useMemo<TableColumnsType<CulturalEvent>>(
    () => [
      bilingualTitleColumn(t, lang),
      {
        key: 'type',
        title: t('field.type'),
        dataIndex: 'type',
        render: (type: CulturalEvent['type']) => t(`culture.type.${type}`),
      },
      dateRangeColumn(t, lang),
      {
        key: 'venue',
        title: t('field.venue'),
        render: (_, event) =>
          [event.venue, event.districtCode && districtLabel(event.districtCode, lang)]
            .filter(Boolean)
            .join(', '),
      },
      {
        key: 'countryCodes',
        title: t('field.countryCodes'),
        dataIndex: 'countryCodes',
        render: (codes: string[]) => (
          <Flex wrap gap={4}>
            {codes.map((code) => (
              <Tag key={code} color={isAseanMember(code) ? 'blue' : undefined}>
                {countryLabel(code, lang)}
              </Tag>
            ))}
          </Flex>
        ),
      },
      agencyColumn(t, lang, t('field.organiser')),
      moneyColumn('costEstimate', t('field.costEstimate'), lang),
      statusColumn(t, (status: CulturalEvent['status']) => t(`culture.status.${status}`), STATUS_COLORS),
      createdAtColumn(t, lang),
    ],
    [t, lang],
  );

  const filters = useMemo<ListFilter[]>(
    () => [
      {
        name: 'type',
        label: t('field.type'),
        options: enumOptions(CULTURAL_EVENT_TYPES, (v) => t(`culture.type.${v}`)),
      },
      {
        name: 'status',
        label: t('field.status'),
        options: enumOptions(CULTURAL_EVENT_STATUSES, (v) => t(`culture.status.${v}`)),
      },
      { name: 'districtCode', label: t('field.districtCode'), options: districtOptions(lang) },
      { name: 'agencyCode', label: t('field.organiser'), options: agencyOptions(lang, t) },
      {
        name: 'planArea',
        label: t('field.planArea'),
        options: CULTURE_PLAN_AREAS.map((code) => ({
          value: code,
          label: `${code} · ${planAreaLabel(code, lang)}`,
        })),
      },
      { name: 'countryCode', label: t('field.countryCode'), options: countryOptions(lang) },
      { name: 'year', label: t('culture.rep.year'), options: yearOptions() },
    ],
    [t, lang],
  );

  return (
    <ListPage
      columnDefaults={COLUMN_DEFAULTS}
      title={t('culture.title')}
      schema={ListCulturalEventsSchema}
      sortFields={CULTURAL_EVENT_SORTS}
      columns={columns}
      filters={filters}
      useList={useCulturalEvents}
      readPermission={access.readPermission}
      // Not fixed to the user's own agency: the list also holds the events it co-organises, and the
      // organiser filter narrows to one organiser's (the service answers only what the user reads).
      createLabel={access.canCreate ? t('culture.create') : undefined}
      emptyHint={t('culture.emptyHint')}
      renderCreateForm={access.canCreate ? (props) => <CulturalEventForm {...props} /> : undefined}
      recordName={(event) => (lang === 'en' ? event.titleEn : event.titleVi)}
    />
  );
}
