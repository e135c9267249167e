import { agencyLabel } from '@ascc/catalog';
import type { YearlyReport } from '@ascc/contracts';
import { Button, Popconfirm, Space, Table, Tag } from 'antd';
import { formatDateTime, formatNumber } from '../../../format/format';
import { useLang, useT } from '../../../i18n/language';
import { REPORT_STATUS_COLOR } from './yearly-report-format';
import '../messages';

/** A year's reports, one row each, with what the signed-in user may do: edit, submit, read (and decide). */
export function YearlyReportsTable(props: {
  reports: YearlyReport[];
  loading: boolean;
  mayManage: (report: YearlyReport) => boolean;
  mayReview: (report: YearlyReport) => boolean;
  onEdit: (report: YearlyReport) => void;
  onSubmit: (report: YearlyReport) => void;
  onRead: (report: YearlyReport) => void;
}) {
  const t = useT();
  const lang = useLang();
  const { mayManage, mayReview } = props;
  return (
    <Table<YearlyReport>
      data-testid="list-table"
      rowKey="id"
      loading={props.loading}
      dataSource={props.reports}
      pagination={false}
      scroll={{ x: 'max-content' }}
      columns={[
        { key: 'agency', title: t('field.agencyCode'), render: (_, r) => agencyLabel(r.agencyCode, lang) },
        { key: 'area', title: t('field.planArea'), render: (_, r) => r.planArea },
        {
          key: 'status',
          title: t('reporting.status'),
          render: (_, r) => (
            <Space size={4}>
              <Tag color={REPORT_STATUS_COLOR[r.status]}>{t(`reporting.status.${r.status}`)}</Tag>
              {r.late && <Tag color="red">{t('reporting.late')}</Tag>}
            </Space>
          ),
        },
        {
          key: 'submitted',
          title: t('reporting.submitted'),
          render: (_, r) => (r.submittedAt ? formatDateTime(r.submittedAt, lang) : '—'),
        },
        {
          key: 'figures',
          title: t('reporting.trained'),
          align: 'right',
          render: (_, r) => formatNumber(r.figures.trained, lang),
        },
        {
          key: 'actions',
          title: '',
          render: (_, r) => (
            <Space>
              {mayManage(r) && (
                <Button size="small" data-testid="report-edit" onClick={() => props.onEdit(r)}>
                  {t('reporting.edit')}
                </Button>
              )}
              {mayManage(r) && (
                <Popconfirm title={t('reporting.confirmSubmit')} onConfirm={() => props.onSubmit(r)}>
                  <Button size="small" type="primary" data-testid="report-submit">
                    {t('reporting.submit')}
                  </Button>
                </Popconfirm>
              )}
              {/* Everyone who sees a report may read it all; the coordinator decides from there. */}
              <Button
                size="small"
                type={mayReview(r) ? 'primary' : 'default'}
                onClick={() => props.onRead(r)}
                data-testid="report-read"
              >
                {t(mayReview(r) ? 'reporting.readAndDecide' : 'reporting.read')}
              </Button>
            </Space>
          ),
        },
      ]}
    />
  );
}
