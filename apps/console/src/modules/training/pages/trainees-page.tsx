import {
  GENDERS,
  ListTraineesSchema,
  TARGET_GROUPS,
  TARGET_LEVELS,
  TRAINEE_SORTS,
  type Trainee,
} from '@ascc/contracts';
import { agencyLabel, districtLabel } from '@ascc/catalog';
import type { TableColumnsType } from 'antd';
import { Flex } from 'antd';
import { useMemo } from 'react';
import { useLang, useT } from '../../../i18n/language';
import { useCan } from '../../auth/hooks/use-can';
import { districtOptions, enumOptions } from '../../../shared/form/controls';
import { createdAtColumn } from '../../../shared/list/columns';
import { type ListFilter, ListPage } from '../../../shared/list/list-page';
import { TraineeForm } from '../components/trainee-form';
import { TraineeImportButton } from '../components/trainee-import';
import { useTrainees } from '../hooks/use-training-courses';
import '../messages';

/** The key column stays at the left edge; a phone shows it with only the essentials. */
const COLUMN_DEFAULTS = { pinned: ['staffCode'], phone: ['fullName'] };

/** The registry of cadres, civil servants and public employees, with import from CSV/XLSX. */
export default function TraineesPage() {
  const t = useT();
  const lang = useLang();
  const canManage = useCan('training.trainee.manage').allowed;
  const columns = useMemo<TableColumnsType<Trainee>>(
    () => [
      { key: 'staffCode', title: t('training.field.staffCode'), dataIndex: 'staffCode' },
      { key: 'fullName', title: t('training.field.fullName'), dataIndex: 'fullName' },
      {
        key: 'gender',
        title: t('training.field.gender'),
        dataIndex: 'gender',
        render: (g: Trainee['gender']) => t(`training.gender.${g}`),
      },
      {
        key: 'unit',
        title: t('training.field.unit'),
        render: (_, r) =>
          r.agencyCode
            ? agencyLabel(r.agencyCode, lang)
            : [r.commune, r.districtCode ? districtLabel(r.districtCode, lang) : null]
                .filter(Boolean)
                .join(', '),
      },
      {
        key: 'level',
        title: t('field.targetLevel'),
        dataIndex: 'level',
        render: (l: Trainee['level']) => t(`training.targetLevel.${l}`),
      },
      {
        key: 'group',
        title: t('training.field.targetGroup'),
        dataIndex: 'group',
        render: (g: Trainee['group']) => t(`training.group.${g}`),
      },
      { key: 'position', title: t('training.field.position'), dataIndex: 'position' },
      createdAtColumn(t, lang),
    ],
    [t, lang],
  );
  const filters = useMemo<ListFilter[]>(
    () => [
      {
        name: 'level',
        label: t('field.targetLevel'),
        options: enumOptions(TARGET_LEVELS, (v) => t(`training.targetLevel.${v}`)),
      },
      {
        name: 'group',
        label: t('training.field.targetGroup'),
        options: enumOptions(TARGET_GROUPS, (v) => t(`training.group.${v}`)),
      },
      {
        name: 'gender',
        label: t('training.field.gender'),
        options: enumOptions(GENDERS, (v) => t(`training.gender.${v}`)),
      },
      { name: 'districtCode', label: t('field.districtCode'), options: districtOptions(lang) },
    ],
    [t, lang],
  );
  return (
    <Flex vertical gap={8}>
      {canManage && (
        <Flex justify="end">
          <TraineeImportButton />
        </Flex>
      )}
      <ListPage
        columnDefaults={COLUMN_DEFAULTS}
        title={t('training.trainees.title')}
        schema={ListTraineesSchema}
        sortFields={TRAINEE_SORTS}
        columns={columns}
        filters={filters}
        useList={useTrainees}
        readPermission="training.trainee.read"
        createLabel={canManage ? t('training.trainee.create') : undefined}
        renderCreateForm={canManage ? (props) => <TraineeForm {...props} /> : undefined}
        emptyHint={t('training.trainees.emptyHint')}
        recordName={(trainee) => `${trainee.staffCode} · ${trainee.fullName}`}
      />
    </Flex>
  );
}
