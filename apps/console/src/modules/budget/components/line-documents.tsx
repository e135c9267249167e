import type { BudgetEstimate, BudgetLineAttachment } from '@ascc/contracts';
import { Card, Flex, Typography } from 'antd';
import { useT } from '../../../i18n/language';
import { LineAttachments } from './line-attachments';
import '../messages';

/** The supporting documents of an estimate that is no longer editable (Finance reads them), by line. */
export function LineDocuments({
  estimate,
  attachments,
}: {
  estimate: BudgetEstimate;
  attachments: readonly BudgetLineAttachment[];
}) {
  const t = useT();
  if (!attachments.length) return null;
  const lines = [...estimate.lines]
    .sort((a, b) => a.position - b.position)
    .filter((line) => attachments.some((a) => a.lineId === line.id));
  return (
    <Card size="small" title={t('budget.att.title')} data-testid="line-documents">
      <Flex vertical gap="small">
        {lines.map((line) => (
          <Flex key={line.id} vertical gap={4}>
            <Typography.Text strong>
              {t('budget.line.number', { n: line.position + 1 })} · {line.description}
            </Typography.Text>
            <LineAttachments
              estimateId={estimate.id}
              lineId={line.id}
              attachments={attachments.filter((a) => a.lineId === line.id)}
              editable={false}
            />
          </Flex>
        ))}
      </Flex>
    </Card>
  );
}
