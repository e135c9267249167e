import type { BudgetLineAttachment } from '@ascc/contracts';
import { Alert, Button, Flex, Popconfirm, Tag, Typography } from 'antd';
import { formatNumber } from '../../../format/format';
import { useLang, useT } from '../../../i18n/language';
import { ATTACHMENT_ACCEPT } from '../../../shared/file/read-file';
import { useAttachmentActions } from '../../../shared/file/use-attachment-actions';
import { downloadLineAttachment } from '../api/line-attachments.api';
import { useDeleteLineAttachment, useUploadLineAttachment } from '../hooks/use-line-attachments';
import '../messages';

/**
 * The supporting documents of one line (quotes, decisions): download for whoever reads the estimate;
 * add (checked by the service on the bytes) and delete after a confirmation while it is editable. A
 * line not saved yet has no documents: the editor says to save first.
 */
export function LineAttachments({
  estimateId,
  lineId,
  attachments,
  editable,
}: {
  estimateId: string;
  /** Undefined for a line not saved yet. */
  lineId: string | undefined;
  attachments: readonly BudgetLineAttachment[];
  editable: boolean;
}) {
  const t = useT();
  const lang = useLang();
  const upload = useUploadLineAttachment();
  const remove = useDeleteLineAttachment();
  const { input, error, toastHolder, send, removeOne } = useAttachmentActions({
    words: 'budget.att',
    upload: (file) => upload.mutateAsync({ id: estimateId, lineId: lineId as string, file }),
    remove: (attachmentId) =>
      remove.mutateAsync({
        id: estimateId,
        lineId: attachments.find((a) => a.id === attachmentId)?.lineId ?? (lineId as string),
        attachmentId,
      }),
  });

  if (!editable && !attachments.length) return null;
  return (
    <Flex vertical gap={4} data-testid="line-attachments">
      {toastHolder}
      {attachments.map((a) => (
        <Flex key={a.id} gap="small" align="center" wrap data-testid="line-attachment">
          <Tag>{t(`budget.att.kind.${a.kind}`)}</Tag>
          <Typography.Link onClick={() => void downloadLineAttachment(estimateId, a.lineId, a.id)}>
            {a.fileName}
          </Typography.Link>
          <Typography.Text type="secondary">
            {formatNumber(Math.ceil(a.size / 1024), lang)} KB
          </Typography.Text>
          {editable && (
            <Popconfirm
              title={t('budget.att.deleteConfirm', { name: a.fileName })}
              okButtonProps={{ danger: true, 'data-testid': 'line-attachment-delete-confirm' } as never}
              onConfirm={() => removeOne(a.id, a.fileName)}
            >
              <Button size="small" danger data-testid="line-attachment-delete">
                {t('budget.att.delete')}
              </Button>
            </Popconfirm>
          )}
        </Flex>
      ))}
      {editable &&
        (lineId ? (
          <Flex gap="small" align="center" wrap>
            <Button size="small" loading={upload.isPending} onClick={() => input.current?.click()}>
              {t('budget.att.upload')}
            </Button>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('budget.att.hint')}
            </Typography.Text>
            <input
              ref={input}
              type="file"
              accept={ATTACHMENT_ACCEPT}
              hidden
              data-testid="line-attachment-input"
              onChange={(e) => void send(e.target.files?.[0])}
            />
          </Flex>
        ) : (
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('budget.att.saveFirst')}
          </Typography.Text>
        ))}
      {error && <Alert type="error" showIcon title={error} data-testid="line-attachment-error" />}
    </Flex>
  );
}
