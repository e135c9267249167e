import { ListNgosSchema, NGO_KINDS, NGO_SORTS, type Ngo } from '@ascc/contracts';
import { countryLabel } from '@ascc/catalog';
import { Flex, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useMemo } from 'react';
import { useLang, useT } from '../../../i18n/language';
import { useListAccess } from '../../auth/hooks/use-can';
import { agencyOptions, countryOptions, enumOptions } from '../../../shared/form/controls';
import { agencyColumn, createdAtColumn, planAreaColumn } from '../../../shared/list/columns';
import { type ListFilter, ListPage } from '../../../shared/list/list-page';
import { NgoForm } from '../components/ngo-form';
import { useNgos } from '../hooks/use-ngos';
import '../messages';

/** The key column stays at the left edge; a phone shows it with only the essentials. */
const COLUMN_DEFAULTS = { pinned: ['nameOriginal'], hidden: ['createdAt'], phone: ['countryCode'] };

export default function NgosPage() {
  const t = useT();
  const lang = useLang();
  const access = useListAccess('aid.ngo.read', 'aid.ngo.create');

  const columns = useMemo<TableColumnsType<Ngo>>(
    () => [
      {
        key: 'nameOriginal',
        title: t('field.nameOriginal'),
        render: (_, ngo) => (
          <Flex vertical>
            <Typography.Text strong>{ngo.nameOriginal}</Typography.Text>
            {ngo.acronym && <Typography.Text type="secondary">{ngo.acronym}</Typography.Text>}
          </Flex>
        ),
      },
      { key: 'nameVi', title: t('field.nameVi'), dataIndex: 'nameVi' },
      {
        key: 'countryCode',
        title: t('field.countryCode'),
        render: (_, ngo) => (
          <Flex gap="small" align="center">
            {countryLabel(ngo.countryCode, lang)}
            {ngo.isAsean && <Tag color="blue">{t('aid.asean')}</Tag>}
          </Flex>
        ),
      },
      {
        key: 'kind',
        title: t('field.kind'),
        dataIndex: 'kind',
        render: (kind: Ngo['kind']) => t(`aid.kind.${kind}`),
      },
      {
        key: 'registration',
        title: t('aid.field.registration'),
        render: (_, ngo) =>
          ngo.registrationState ? (
            <Tag color={{ valid: 'green', 'expires-soon': 'orange', expired: 'red' }[ngo.registrationState]}>
              {t(`aid.registration.${ngo.registrationState}`)}
            </Tag>
          ) : (
            '—'
          ),
      },
      agencyColumn(t, lang),
      planAreaColumn(t, lang),
      createdAtColumn(t, lang),
    ],
    [t, lang],
  );

  const filters = useMemo<ListFilter[]>(
    () => [
      { name: 'countryCode', label: t('field.countryCode'), options: countryOptions(lang) },
      { name: 'kind', label: t('field.kind'), options: enumOptions(NGO_KINDS, (v) => t(`aid.kind.${v}`)) },
      { name: 'agencyCode', label: t('field.agencyCode'), options: agencyOptions(lang, t) },
    ],
    [t, lang],
  );

  return (
    <ListPage
      columnDefaults={COLUMN_DEFAULTS}
      title={t('aid.title')}
      schema={ListNgosSchema}
      sortFields={NGO_SORTS}
      columns={columns}
      filters={filters}
      useList={useNgos}
      readPermission={access.readPermission}
      fixedValues={access.fixedValues}
      createLabel={access.canCreate ? t('aid.create') : undefined}
      emptyHint={t('aid.emptyHint')}
      renderCreateForm={access.canCreate ? (props) => <NgoForm {...props} /> : undefined}
      recordName={(ngo) => ngo.nameOriginal}
    />
  );
}
