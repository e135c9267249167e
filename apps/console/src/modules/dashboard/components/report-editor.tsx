import type { YearlyReport } from '@ascc/contracts';
import { Alert, Descriptions, Flex, Input, Modal } from 'antd';
import { useState } from 'react';
import { formatMoney, formatNumber } from '../../../format/format';
import { useLang, useT } from '../../../i18n/language';
import { reportTitle } from './yearly-report-format';

/** A draft or returned report's text edited by its agency, its figures shown above (they come from the read model). */
export function ReportEditor(props: {
  report?: YearlyReport;
  saving: boolean;
  onCancel: () => void;
  onSave: (fields: { narrative: string; difficulties: string; proposals: string }) => void;
}) {
  const t = useT();
  const lang = useLang();
  const [fields, setFields] = useState({ narrative: '', difficulties: '', proposals: '' });
  const [shown, setShown] = useState<string>();
  if (props.report && shown !== props.report.id) {
    setShown(props.report.id);
    setFields({
      narrative: props.report.narrative,
      difficulties: props.report.difficulties,
      proposals: props.report.proposals,
    });
  }
  const r = props.report;
  return (
    <Modal
      open={Boolean(r)}
      width={720}
      title={r ? reportTitle(r, lang) : ''}
      okText={t('reporting.save')}
      confirmLoading={props.saving}
      onCancel={props.onCancel}
      onOk={() => props.onSave(fields)}
    >
      {r && (
        <Flex vertical gap="small">
          {r.reviewComment && <Alert type="warning" showIcon title={r.reviewComment} />}
          <Descriptions
            size="small"
            column={2}
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
          {(['narrative', 'difficulties', 'proposals'] as const).map((name) => (
            <Input.TextArea
              key={name}
              aria-label={t(`reporting.${name}`)}
              placeholder={t(`reporting.${name}`)}
              rows={name === 'narrative' ? 6 : 3}
              value={fields[name]}
              onChange={(e) => setFields({ ...fields, [name]: e.target.value })}
            />
          ))}
        </Flex>
      )}
    </Modal>
  );
}
