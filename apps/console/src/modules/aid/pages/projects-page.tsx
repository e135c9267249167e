import { AID_PROJECT_SORTS, type AidProject, ListAidProjectsSchema, PROJECT_STATUSES } from '@ascc/contracts';
import { countryLabel } from '@ascc/catalog';
import { Flex, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useMemo } from 'react';
import { formatMoney } from '../../../format/format';
import { useLang, useT } from '../../../i18n/language';
import { useListAccess } from '../../auth/hooks/use-can';
import { countryOptions, districtOptions, enumOptions } from '../../../shared/form/controls';
import { agencyColumn } from '../../../shared/list/columns';
import { type ListFilter, ListPage } from '../../../shared/list/list-page';
import { SECTORS, pickLabel } from '@ascc/catalog';
import { ProjectForm } from '../components/project-form';
import { useProjects } from '../hooks/use-aid';
import '../messages';

/** The key column stays at the left edge; a phone shows it with only the essentials. */
const COLUMN_DEFAULTS = { pinned: ['code'], phone: ['titleVi'] };

export default function ProjectsPage() {
  const t = useT();
  const lang = useLang();
  const access = useListAccess('aid.project.read', 'aid.project.manage');

  const columns = useMemo<TableColumnsType<AidProject>>(
    () => [
      { key: 'code', title: t('aid.field.projectCode'), dataIndex: 'code' },
      {
        key: 'titleVi',
        title: t('field.title'),
        render: (_, p) => (
          <Flex vertical>
            <Typography.Text strong>{lang === 'en' ? p.titleEn : p.titleVi}</Typography.Text>
            <Flex gap={4} wrap>
              {p.totals.overDisbursed && <Tag color="orange">{t('aid.project.overDisbursed')}</Tag>}
              {p.notStartedInTime && <Tag color="red">{t('aid.project.notStartedInTime')}</Tag>}
            </Flex>
          </Flex>
        ),
      },
      {
        key: 'donor',
        title: t('aid.field.donor'),
        render: (_, p) => (
          <Flex gap="small" align="center">
            {p.donorCountryCode ? countryLabel(p.donorCountryCode, lang) : '—'}
            {p.donorIsAsean && <Tag color="blue">{t('aid.asean')}</Tag>}
          </Flex>
        ),
      },
      {
        key: 'status',
        title: t('aid.field.status'),
        dataIndex: 'status',
        render: (status: AidProject['status']) => <Tag>{t(`aid.status.${status}`)}</Tag>,
      },
      {
        key: 'committed',
        title: t('aid.field.committed'),
        align: 'right',
        render: (_, p) => formatMoney(p.totals.committed, lang),
      },
      {
        key: 'disbursed',
        title: t('aid.field.disbursed'),
        align: 'right',
        render: (_, p) =>
          `${formatMoney(p.totals.disbursed, lang)}${p.totals.disbursementShare === null ? '' : ` (${p.totals.disbursementShare}%)`}`,
      },
      agencyColumn(t, lang),
    ],
    [t, lang],
  );

  const filters = useMemo<ListFilter[]>(
    () => [
      {
        name: 'status',
        label: t('aid.field.status'),
        options: enumOptions(PROJECT_STATUSES, (s) => t(`aid.status.${s}`)),
      },
      { name: 'donorCountryCode', label: t('aid.field.donor'), options: countryOptions(lang) },
      {
        name: 'sectorCode',
        label: t('aid.field.sector'),
        options: SECTORS.map((s) => ({ value: s.code, label: `${s.code} · ${pickLabel(s, lang)}` })),
      },
      { name: 'districtCode', label: t('aid.field.district'), options: districtOptions(lang) },
    ],
    [t, lang],
  );

  return (
    <ListPage
      columnDefaults={COLUMN_DEFAULTS}
      title={t('aid.projects.title')}
      schema={ListAidProjectsSchema}
      sortFields={AID_PROJECT_SORTS}
      columns={columns}
      filters={filters}
      useList={useProjects}
      readPermission={access.readPermission}
      fixedValues={access.fixedValues}
      createLabel={access.canCreate ? t('aid.projects.create') : undefined}
      emptyHint={t('aid.projects.emptyHint')}
      renderCreateForm={access.canCreate ? (props) => <ProjectForm {...props} /> : undefined}
      recordName={(p) => p.code}
    />
  );
}
