import { districtLabel, findSector, pickLabel, planAreaLabel } from '@ascc/catalog';
import type { AidProject } from '@ascc/contracts';
import { Card, Flex, Table, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { formatNumber } from '../../../format/format';
import { useLang, useT } from '../../../i18n/language';
import '../messages';

/** Who takes part in a project, and where and in what it works: sectors, locations, beneficiaries. */
export function ProjectScope({ project: p }: { project: AidProject }) {
  const t = useT();
  const lang = useLang();
  return (
    <>
      <Card title={t('aid.field.participants')} size="small">
        <Table
          size="small"
          pagination={false}
          rowKey={(_, i) => String(i)}
          dataSource={p.participants}
          columns={[
            { key: 'role', title: t('aid.field.role'), render: (_, o) => t(`aid.role.${o.role}`) },
            {
              key: 'name',
              title: t('aid.field.orgName'),
              render: (_, o) => (o.ngoId ? <Link to={`/aid/${o.ngoId}`}>{o.name}</Link> : o.name),
            },
          ]}
        />
      </Card>

      <Flex gap="middle" wrap>
        <Card title={t('aid.field.sectors')} size="small" style={{ flex: 1, minWidth: 'min(320px, 100%)' }}>
          <Table
            size="small"
            pagination={false}
            rowKey="code"
            scroll={{ x: 'max-content' }}
            dataSource={p.sectors}
            columns={[
              {
                key: 'code',
                title: t('aid.field.sector'),
                render: (_, s) => {
                  const sector = findSector(s.code);
                  return sector ? `${s.code} · ${pickLabel(sector, lang)}` : s.code;
                },
              },
              { key: 'pct', title: '%', dataIndex: 'percentage', align: 'right' },
              {
                key: 'area',
                title: t('field.planArea'),
                render: (_, s) => {
                  const area = findSector(s.code)?.planArea;
                  return area ? `${area} · ${planAreaLabel(area, lang)}` : '';
                },
              },
            ]}
          />
        </Card>
        <Card title={t('aid.field.locations')} size="small" style={{ flex: 1, minWidth: 'min(280px, 100%)' }}>
          <Table
            size="small"
            pagination={false}
            rowKey={(l) => `${l.districtCode}-${l.commune ?? ''}`}
            dataSource={p.locations}
            columns={[
              {
                key: 'district',
                title: t('aid.field.district'),
                render: (_, l) => districtLabel(l.districtCode, lang),
              },
              { key: 'commune', title: t('aid.field.commune'), render: (_, l) => l.commune ?? '—' },
              { key: 'pct', title: '%', dataIndex: 'percentage', align: 'right' },
            ]}
          />
        </Card>
        <Card
          title={t('aid.field.beneficiaries')}
          size="small"
          style={{ flex: 1, minWidth: 'min(240px, 100%)' }}
        >
          {p.beneficiaries.length ? (
            p.beneficiaries.map((b) => (
              <div key={b.group}>
                {t(`aid.beneficiary.${b.group}`)}: {formatNumber(b.count, lang)}
              </div>
            ))
          ) : (
            <Typography.Text type="secondary">—</Typography.Text>
          )}
        </Card>
      </Flex>
    </>
  );
}
