import { agencyLabel, countryLabel } from '@ascc/catalog';
import { Button, Card, Descriptions, Flex, Result, Skeleton, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { formatDate, formatMoney } from '../../../format/format';
import { useLang, useT } from '../../../i18n/language';
import { useCan } from '../../auth/hooks/use-can';
import { errorText } from '../../../shared/error-text';
import { HistoryPanel } from '../../../shared/record/history-panel';
import { ngoFields } from '../aid-fields';
import { NgoForm } from '../components/ngo-form';
import { useDelegations, useProjects } from '../hooks/use-aid';
import { useNgo, useNgoHistory } from '../hooks/use-ngos';
import '../messages';

const REGISTRATION_COLORS = { valid: 'green', 'expires-soon': 'orange', expired: 'red' } as const;

/** One NGO: its registration in Viet Nam, contacts, the projects it takes part in and its delegations. */
export default function NgoPage() {
  const { id = '' } = useParams();
  const t = useT();
  const lang = useLang();
  const ngo = useNgo(id);
  const projects = useProjects({ ngoId: id, pageSize: 50, sort: 'createdAt', order: 'desc' });
  const delegations = useDelegations({ ngoId: id, pageSize: 50, sort: 'startDate', order: 'desc' });
  const canEdit = useCan('aid.ngo.update', ngo.data?.agencyCode).allowed;
  const [editing, setEditing] = useState(false);

  if (ngo.isPending) return <Skeleton active />;
  if (ngo.isError || !ngo.data)
    return <Result status="error" title={t('record.loadError')} subTitle={errorText(ngo.error, t)} />;
  const n = ngo.data;
  return (
    <Flex vertical gap="middle" data-testid="ngo-page">
      <Link to="/aid">← {t('aid.back')}</Link>
      <Flex justify="space-between" align="center" wrap gap="small">
        <Typography.Title level={2} style={{ margin: 0 }}>
          {n.nameOriginal}
          {n.acronym ? ` (${n.acronym})` : ''}
        </Typography.Title>
        {canEdit && (
          <Button onClick={() => setEditing(true)} data-testid="edit-ngo">
            {t('aid.edit')}
          </Button>
        )}
      </Flex>
      <Card size="small">
        <Descriptions column={2} size="small" bordered>
          <Descriptions.Item label={t('field.nameVi')}>{n.nameVi}</Descriptions.Item>
          <Descriptions.Item label={t('field.countryCode')}>
            {countryLabel(n.countryCode, lang)} {n.isAsean && <Tag color="blue">ASEAN</Tag>}
          </Descriptions.Item>
          <Descriptions.Item label={t('field.kind')}>{t(`aid.kind.${n.kind}`)}</Descriptions.Item>
          <Descriptions.Item label={t('field.agencyCode')}>
            {agencyLabel(n.agencyCode, lang)}
          </Descriptions.Item>
          <Descriptions.Item label={t('aid.field.registration')} span={2}>
            {n.registration ? (
              <Flex gap="small" wrap align="center">
                {n.registration.certificateNo} · {n.registration.issuedBy} ·{' '}
                {formatDate(n.registration.validFrom, lang)} – {formatDate(n.registration.validTo, lang)}
                {n.registrationState && (
                  <Tag color={REGISTRATION_COLORS[n.registrationState]} data-testid="registration-state">
                    {t(`aid.registration.${n.registrationState}`)}
                  </Tag>
                )}
              </Flex>
            ) : (
              '—'
            )}
          </Descriptions.Item>
          <Descriptions.Item label={t('field.notes')} span={2}>
            {n.notes ?? '—'}
          </Descriptions.Item>
        </Descriptions>
      </Card>
      <Card title={t('aid.field.contacts')} size="small">
        <Table
          size="small"
          pagination={false}
          rowKey={(_, i) => String(i)}
          dataSource={n.contacts}
          columns={[
            { key: 'name', title: t('aid.field.contactName'), dataIndex: 'name' },
            { key: 'position', title: t('aid.field.position'), dataIndex: 'position' },
            { key: 'email', title: t('aid.field.email'), dataIndex: 'email' },
            { key: 'phone', title: t('aid.field.phone'), dataIndex: 'phone' },
          ]}
        />
      </Card>
      <Card title={t('aid.ngo.projects')} size="small">
        <Table
          size="small"
          rowKey="id"
          pagination={false}
          loading={projects.isFetching}
          dataSource={projects.data?.items}
          columns={[
            {
              key: 'code',
              title: t('aid.field.projectCode'),
              render: (_, p) => <Link to={`/aid/projects/${p.id}`}>{p.code}</Link>,
            },
            {
              key: 'title',
              title: t('field.title'),
              render: (_, p) => (lang === 'en' ? p.titleEn : p.titleVi),
            },
            { key: 'status', title: t('aid.field.status'), render: (_, p) => t(`aid.status.${p.status}`) },
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
              render: (_, p) => formatMoney(p.totals.disbursed, lang),
            },
          ]}
        />
      </Card>
      <Card title={t('aid.ngo.delegations')} size="small">
        {(delegations.data?.items ?? []).map((d) => (
          <div key={d.id}>
            <Link to={`/aid/delegations/${d.id}`}>{d.title}</Link> · {formatDate(d.startDate, lang)} ·{' '}
            {t(`aid.direction.${d.direction}`)}
          </div>
        ))}
        {!delegations.data?.items.length && <Typography.Text type="secondary">—</Typography.Text>}
      </Card>
      <Card title={t('record.history')} size="small">
        <HistoryPanel id={id} useHistory={useNgoHistory} fields={ngoFields} />
      </Card>
      {canEdit && <NgoForm open={editing} onClose={() => setEditing(false)} editing={n} />}
    </Flex>
  );
}
