import {
  DELEGATION_DIRECTIONS,
  DELEGATION_PURPOSES,
  DELEGATION_SORTS,
  type Delegation,
  ListDelegationsSchema,
} from '@ascc/contracts';
import { Flex, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useMemo } from 'react';
import { formatDateRange } from '../../../format/format';
import { useLang, useT } from '../../../i18n/language';
import { useListAccess } from '../../auth/hooks/use-can';
import { countryOptions, enumOptions } from '../../../shared/form/controls';
import { agencyColumn } from '../../../shared/list/columns';
import { type ListFilter, ListPage } from '../../../shared/list/list-page';
import { recordValue } from '../../../shared/record/record-values';
import { DelegationForm } from '../components/delegation-form';
import { useDelegations } from '../hooks/use-aid';
import '../messages';

/** The key column stays at the left edge; a phone shows it with only the essentials. */
const COLUMN_DEFAULTS = { pinned: ['title'], phone: ['startDate'] };

export default function DelegationsPage() {
  const t = useT();
  const lang = useLang();
  const access = useListAccess('aid.delegation.read', 'aid.delegation.manage');
  const columns = useMemo<TableColumnsType<Delegation>>(
    () => [
      {
        key: 'title',
        title: t('aid.field.delegationTitle'),
        render: (_, d) => (
          <Flex vertical>
            <Typography.Text strong>{d.title}</Typography.Text>
            <Typography.Text type="secondary">
              {d.headName} · {d.size}
            </Typography.Text>
          </Flex>
        ),
      },
      {
        key: 'direction',
        title: t('aid.field.direction'),
        render: (_, d) => (
          <Tag color={d.direction === 'inbound' ? 'green' : 'purple'}>
            {t(`aid.direction.${d.direction}`)}
          </Tag>
        ),
      },
      { key: 'purpose', title: t('aid.field.purpose'), render: (_, d) => t(`aid.purpose.${d.purpose}`) },
      {
        key: 'countries',
        title: t('aid.field.countries'),
        render: (_, d) => (
          <Flex gap="small" align="center">
            {recordValue.countries(lang)(d.countryCodes)}
            {d.includesAsean && <Tag color="blue">{t('aid.asean')}</Tag>}
          </Flex>
        ),
      },
      {
        key: 'startDate',
        title: t('field.dates'),
        render: (_, d) => formatDateRange(d.startDate, d.endDate, lang),
      },
      agencyColumn(t, lang),
    ],
    [t, lang],
  );
  const filters = useMemo<ListFilter[]>(
    () => [
      {
        name: 'direction',
        label: t('aid.field.direction'),
        options: enumOptions(DELEGATION_DIRECTIONS, (d) => t(`aid.direction.${d}`)),
      },
      {
        name: 'purpose',
        label: t('aid.field.purpose'),
        options: enumOptions(DELEGATION_PURPOSES, (p) => t(`aid.purpose.${p}`)),
      },
      { name: 'countryCode', label: t('aid.field.countries'), options: countryOptions(lang) },
      { kind: 'dateRange', name: 'from', to: 'to', label: t('field.startDate'), toLabel: t('field.endDate') },
    ],
    [t, lang],
  );
  return (
    <ListPage
      columnDefaults={COLUMN_DEFAULTS}
      title={t('aid.delegations.title')}
      schema={ListDelegationsSchema}
      sortFields={DELEGATION_SORTS}
      columns={columns}
      filters={filters}
      useList={useDelegations}
      readPermission={access.readPermission}
      fixedValues={access.fixedValues}
      createLabel={access.canCreate ? t('aid.delegations.create') : undefined}
      emptyHint={t('aid.delegations.emptyHint')}
      renderCreateForm={access.canCreate ? (props) => <DelegationForm {...props} /> : undefined}
      recordName={(d) => d.title}
    />
  );
}
