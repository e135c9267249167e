import { agencyLabel } from '@ascc/catalog';
import type { AidProject } from '@ascc/contracts';
import { Card, Descriptions, Table } from 'antd';
import { formatDate } from '../../../format/format';
import { useLang, useT } from '../../../i18n/language';
import '../messages';

/** A project's approval record: the decision, who approved it, and the appraising agencies' opinions. */
export function ProjectApprovalCard({ project: p }: { project: AidProject }) {
  const t = useT();
  const lang = useLang();
  const date = (value?: string) => (value ? formatDate(value, lang) : '—');
  return (
    <Card title={t('aid.project.approval')} size="small" data-testid="approval-record">
      <Descriptions column={3} size="small">
        <Descriptions.Item label={t('aid.field.decisionNo')}>{p.decisionNo ?? '—'}</Descriptions.Item>
        <Descriptions.Item label={t('aid.field.decisionDate')}>{date(p.decisionDate)}</Descriptions.Item>
        <Descriptions.Item label={t('aid.field.approvingAuthority')}>
          {p.approvingAuthority ?? '—'}
        </Descriptions.Item>
      </Descriptions>
      {p.appraisals.length > 0 && (
        <Table
          size="small"
          pagination={false}
          rowKey={(_, i) => String(i)}
          dataSource={p.appraisals}
          columns={[
            {
              key: 'agency',
              title: t('field.agencyCode'),
              render: (_, a) => agencyLabel(a.agencyCode, lang),
            },
            { key: 'opinion', title: t('aid.field.opinion'), dataIndex: 'opinion' },
            {
              key: 'fav',
              title: t('aid.field.favourable'),
              render: (_, a) => (a.favourable ? t('app.yes') : t('app.no')),
            },
          ]}
        />
      )}
    </Card>
  );
}
