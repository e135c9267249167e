import type { BudgetReviewDecision } from '@ascc/contracts';
import { Button, Input, Popconfirm, Space } from 'antd';
import { useT } from '../../../i18n/language';
import '../messages';

/**
 * Finance's review of a (re)submitted estimate: its comment, opening the review, and each decision
 * (return, approve, reject) after a confirmation.
 */
export function EstimateReviewActions(props: {
  comment: string;
  onComment: (comment: string) => void;
  canStartReview: boolean;
  reviewing: boolean;
  onStartReview: () => void;
  onDecide: (decision: BudgetReviewDecision) => void;
}) {
  const t = useT();
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Input.TextArea
        aria-label={t('budget.reviewComment')}
        placeholder={t('budget.reviewComment')}
        value={props.comment}
        onChange={(e) => props.onComment(e.target.value)}
      />
      <Space wrap>
        {props.canStartReview && (
          <Popconfirm title={t('budget.confirm.startReview')} onConfirm={props.onStartReview}>
            <Button loading={props.reviewing} data-testid="start-review">
              {t('budget.action.startReview')}
            </Button>
          </Popconfirm>
        )}
        <Popconfirm title={t('budget.confirm.return')} onConfirm={() => props.onDecide('return')}>
          <Button>{t('budget.action.return')}</Button>
        </Popconfirm>
        <Popconfirm title={t('budget.confirm.approve')} onConfirm={() => props.onDecide('approve')}>
          <Button type="primary">{t('budget.action.approve')}</Button>
        </Popconfirm>
        <Popconfirm title={t('budget.confirm.reject')} onConfirm={() => props.onDecide('reject')}>
          <Button danger>{t('budget.action.reject')}</Button>
        </Popconfirm>
      </Space>
    </Space>
  );
}
