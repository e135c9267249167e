import type { YearlyReport } from '@ascc/contracts';
import { Alert, Descriptions, type DescriptionsProps, Flex, Space, Table, Tag, Typography } from 'antd';
import { formatDateTime, formatMoney, formatNumber } from '../../../format/format';
import { useLang, useT } from '../../../i18n/language';
import { REPORT_STATUS_COLOR } from './yearly-report-format';
import '../messages';

/** The figures the system computed for the report's agency and year, as the reader and the editor show them. */
export function ReportFigures({
  report: r,
  column,
}: {
  report: YearlyReport;
  column: DescriptionsProps['column'];
}) {
  const t = useT();
  const lang = useLang();
  return (
    <Descriptions
      size="small"
      column={column}
      bordered
      items={[
        { key: 't', label: t('reporting.trained'), children: formatNumber(r.figures.trained, lang) },
        { key: 'e', label: t('reporting.events'), children: formatNumber(r.figures.events, lang) },
        {
          key: 'a',
          label: t('reporting.aidDisbursed'),
          children: formatMoney(r.figures.aidDisbursed, lang),
        },
        {
          key: 'b',
          label: t('reporting.approved'),
          children: formatMoney(r.figures.budgetApproved, lang),
        },
      ]}
    />
  );
}

/** The report as its agency wrote it: status, figures, results, indicators, difficulties, proposals. */
export function ReportContent({ report: r }: { report: YearlyReport }) {
  const t = useT();
  const lang = useLang();
  const text = (value: string) =>
    value.trim() ? (
      <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>{value}</Typography.Paragraph>
    ) : (
      <Typography.Text type="secondary">{t('app.empty')}</Typography.Text>
    );
  const number = (value: number | null) => (value === null ? '—' : formatNumber(value, lang));
  return (
    <Flex vertical gap="middle" data-testid="report-reader">
      <Space size={4} wrap>
        <Tag color={REPORT_STATUS_COLOR[r.status]}>{t(`reporting.status.${r.status}`)}</Tag>
        {r.late && <Tag color="red">{t('reporting.late')}</Tag>}
        <Typography.Text type="secondary">
          {r.submittedAt
            ? `${t('reporting.submittedAt')}: ${formatDateTime(r.submittedAt, lang)}`
            : t('reporting.notSubmitted')}
        </Typography.Text>
      </Space>
      {r.reviewComment && <Alert type="warning" showIcon title={r.reviewComment} />}
      <ReportFigures report={r} column={{ xs: 1, sm: 2 }} />
      <Descriptions
        size="small"
        column={1}
        bordered
        items={[
          { key: 'n', label: t('reporting.narrative'), children: text(r.narrative) },
          {
            key: 'i',
            label: t('reporting.indicators'),
            children: r.indicators.length ? (
              <Table
                size="small"
                pagination={false}
                rowKey={(_, i) => String(i)}
                dataSource={r.indicators}
                columns={[
                  { key: 'name', title: t('reporting.indicator'), dataIndex: 'name' },
                  {
                    key: 'target',
                    title: t('reporting.target'),
                    align: 'right',
                    render: (_, i) => number(i.target),
                  },
                  {
                    key: 'actual',
                    title: t('reporting.actual'),
                    align: 'right',
                    render: (_, i) => number(i.actual),
                  },
                ]}
              />
            ) : (
              <Typography.Text type="secondary">{t('app.empty')}</Typography.Text>
            ),
          },
          { key: 'd', label: t('reporting.difficulties'), children: text(r.difficulties) },
          { key: 'p', label: t('reporting.proposals'), children: text(r.proposals) },
        ]}
      />
    </Flex>
  );
}
