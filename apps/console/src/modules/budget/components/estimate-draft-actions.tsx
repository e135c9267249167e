import { Button, Popconfirm, Space } from 'antd';
import { useT } from '../../../i18n/language';
import '../messages';

/** The agency's buttons under its draft's lines: add a line, save, and submit (after a confirmation). */
export function EstimateDraftActions(props: {
  canSubmit: boolean;
  saving: boolean;
  submitting: boolean;
  onAdd: () => void;
  onSave: () => void;
  onSubmit: () => void;
}) {
  const t = useT();
  return (
    <Space wrap>
      <Button onClick={props.onAdd}>{t('budget.line.add')}</Button>
      <Button loading={props.saving} onClick={props.onSave}>
        {t('budget.save')}
      </Button>
      <Popconfirm title={t('budget.submitConfirm')} onConfirm={props.onSubmit}>
        <Button type="primary" loading={props.submitting} disabled={!props.canSubmit}>
          {t('budget.submit')}
        </Button>
      </Popconfirm>
    </Space>
  );
}
