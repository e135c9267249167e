import type { CulturalEventDetail } from '@ascc/contracts';
import { Alert, Button, Empty, Flex, List, Popconfirm, Tag, Typography } from 'antd';
import { formatDateTime, formatNumber } from '../../../format/format';
import { useLang, useT } from '../../../i18n/language';
import { downloadAttachment } from '../api/cultural-events.api';
import { ATTACHMENT_ACCEPT } from '../../../shared/file/read-file';
import { useAttachmentActions } from '../../../shared/file/use-attachment-actions';
import { useDeleteAttachment, useUploadAttachment } from '../hooks/use-cultural-events';
import '../messages';

/**
 * Photos and documents of an event: upload (type and size checked again by the service), download, and
 * delete after a confirmation (the event's history keeps a note of it).
 */
export function EventAttachments({ event, canUpload }: { event: CulturalEventDetail; canUpload: boolean }) {
  const t = useT();
  const lang = useLang();
  const upload = useUploadAttachment();
  const remove = useDeleteAttachment();
  const { input, error, toastHolder, send, removeOne } = useAttachmentActions({
    words: 'culture.att',
    upload: (file) => upload.mutateAsync({ id: event.id, file }),
    remove: (attachmentId) => remove.mutateAsync({ id: event.id, attachmentId }),
  });

  return (
    <Flex vertical gap="middle">
      {toastHolder}
      {canUpload && (
        <Flex vertical gap={4}>
          <Flex gap="small" align="center">
            <Button loading={upload.isPending} onClick={() => input.current?.click()}>
              {t('culture.att.upload')}
            </Button>
            <input
              ref={input}
              type="file"
              accept={ATTACHMENT_ACCEPT}
              hidden
              data-testid="attachment-input"
              onChange={(e) => void send(e.target.files?.[0])}
            />
          </Flex>
          <Typography.Text type="secondary">{t('culture.att.hint')}</Typography.Text>
        </Flex>
      )}
      {error && <Alert type="error" showIcon title={error} data-testid="attachment-error" />}
      {event.attachments.length ? (
        <List
          data-testid="attachments"
          dataSource={event.attachments}
          renderItem={(a) => (
            <List.Item
              actions={[
                <Button key="d" size="small" onClick={() => void downloadAttachment(event.id, a.id)}>
                  {t('culture.att.download')}
                </Button>,
                ...(canUpload
                  ? [
                      <Popconfirm
                        key="x"
                        title={t('culture.att.deleteConfirm', { name: a.fileName })}
                        okButtonProps={{ danger: true, 'data-testid': 'attachment-delete-confirm' } as never}
                        onConfirm={() => removeOne(a.id, a.fileName)}
                      >
                        <Button size="small" danger data-testid="attachment-delete">
                          {t('culture.att.delete')}
                        </Button>
                      </Popconfirm>,
                    ]
                  : []),
              ]}
            >
              <Flex gap="small" align="center" wrap>
                <Tag>{t(`culture.att.kind.${a.kind}`)}</Tag>
                <Typography.Text>{a.fileName}</Typography.Text>
                <Typography.Text type="secondary">
                  {formatNumber(Math.ceil(a.size / 1024), lang)} KB · {formatDateTime(a.createdAt, lang)}
                </Typography.Text>
              </Flex>
            </List.Item>
          )}
        />
      ) : (
        <Empty description={t('culture.att.empty')} />
      )}
    </Flex>
  );
}
