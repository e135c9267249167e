import type { YearlyReport } from '@ascc/contracts';
import { Button, Modal, Popconfirm, Space, Tabs } from 'antd';
import { useLang, useT } from '../../../i18n/language';
import { HistoryPanel } from '../../../shared/record/history-panel';
import { useYearlyReportHistory } from '../hooks/use-yearly-report-history';
import { yearlyReportFields } from '../reporting-fields';
import { ReportContent } from './report-content';
import { reportTitle } from './yearly-report-format';
import '../messages';

/**
 * A yearly report read in full before a decision: its figures, results, indicators, difficulties and
 * proposals, when and whether late it came in, the last review comment. A coordinator accepts or
 * returns a submitted report from here, having read it.
 */
export function ReportReader(props: {
  report?: YearlyReport;
  mayReview: boolean;
  deciding: boolean;
  onClose: () => void;
  onAccept: (report: YearlyReport) => void;
  onReturn: (report: YearlyReport) => void;
}) {
  const t = useT();
  const lang = useLang();
  const r = props.report;
  return (
    <Modal
      open={Boolean(r)}
      width={820}
      title={r ? reportTitle(r, lang) : ''}
      onCancel={props.onClose}
      destroyOnHidden
      footer={
        r && props.mayReview ? (
          <Space>
            <Button onClick={props.onClose}>{t('reporting.close')}</Button>
            <Button danger onClick={() => props.onReturn(r)} data-testid="report-return">
              {t('reporting.return')}
            </Button>
            <Popconfirm title={t('reporting.confirmAccept')} onConfirm={() => props.onAccept(r)}>
              <Button type="primary" loading={props.deciding} data-testid="report-accept">
                {t('reporting.accept')}
              </Button>
            </Popconfirm>
          </Space>
        ) : (
          <Button onClick={props.onClose}>{t('reporting.close')}</Button>
        )
      }
    >
      {r && (
        <Tabs
          items={[
            { key: 'report', label: t('reporting.tab.report'), children: <ReportContent report={r} /> },
            {
              key: 'history',
              label: <span data-testid="history-tab">{t('record.history')}</span>,
              children: (
                <HistoryPanel id={r.id} useHistory={useYearlyReportHistory} fields={yearlyReportFields} />
              ),
            },
          ]}
        />
      )}
    </Modal>
  );
}
