import {
  type FileUpload,
  type ImportReport,
  type ImportRowReport,
  TRAINEE_IMPORT_COLUMNS,
} from '@ascc/contracts';
import { Alert, Button, Flex, Modal, Table, Tag, Typography, Upload } from 'antd';
import { useState } from 'react';
import { useT } from '../../../i18n/language';
import { errorText } from '../../../shared/error-text';
import { useImportTrainees } from '../hooks/use-training-courses';

async function toUpload(file: File): Promise<FileUpload> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return { fileName: file.name, contentType: file.type || 'application/octet-stream', base64: btoa(binary) };
}

/**
 * Import in two steps, all or nothing: the file is first checked (nothing written) and every row
 * reported; only a file whose every row is accepted can then be imported, in one transaction.
 */
export function TraineeImportButton() {
  const t = useT();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button onClick={() => setOpen(true)} data-testid="import-open">
        {t('training.import.open')}
      </Button>
      {open && <ImportModal onClose={() => setOpen(false)} />}
    </>
  );
}

function ImportModal({ onClose }: { onClose: () => void }) {
  const t = useT();
  const run = useImportTrainees();
  const [file, setFile] = useState<FileUpload>();
  const [report, setReport] = useState<ImportReport>();
  const [error, setError] = useState<string>();
  const send = (upload: FileUpload, commit: boolean) =>
    run.mutateAsync({ file: upload, commit }).then(
      (r) => {
        setReport(r);
        setError(undefined);
      },
      (e: unknown) => setError(errorText(e, t)),
    );
  const canCommit = Boolean(
    file && report && !report.committed && !report.fileError && report.rejected === 0 && report.accepted > 0,
  );
  return (
    <Modal
      open
      width={900}
      title={t('training.import.title')}
      onCancel={onClose}
      footer={
        <Flex justify="end" gap={8}>
          <Button onClick={onClose}>
            {report?.committed ? t('training.import.close') : t('form.cancel')}
          </Button>
          <Button
            type="primary"
            disabled={!canCommit}
            loading={run.isPending}
            onClick={() => file && void send(file, true)}
            data-testid="import-commit"
          >
            {t('training.import.commit', { count: report?.accepted ?? 0 })}
          </Button>
        </Flex>
      }
    >
      <Flex vertical gap={12}>
        <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
          {t('training.import.help', { columns: TRAINEE_IMPORT_COLUMNS.join(', ') })}
        </Typography.Paragraph>
        <Upload
          accept=".csv,.xlsx"
          maxCount={1}
          showUploadList={false}
          beforeUpload={(picked) => {
            void toUpload(picked).then((upload) => {
              setFile(upload);
              setReport(undefined);
              return send(upload, false);
            });
            return false;
          }}
        >
          <Button loading={run.isPending && !report} data-testid="import-pick">
            {file ? t('training.import.another', { name: file.fileName }) : t('training.import.pick')}
          </Button>
        </Upload>
        {error && <Alert type="error" showIcon title={error} />}
        {report?.fileError && <Alert type="error" showIcon title={report.fileError} />}
        {report && !report.fileError && (
          <Alert
            data-testid="import-summary"
            type={report.committed ? 'success' : report.rejected ? 'error' : 'info'}
            showIcon
            title={
              report.committed
                ? t('training.import.written', { count: report.written })
                : report.rejected
                  ? t('training.import.rejectedSummary', {
                      accepted: report.accepted,
                      rejected: report.rejected,
                    })
                  : t('training.import.checkedSummary', { accepted: report.accepted })
            }
          />
        )}
        {report && report.rows.length > 0 && (
          <Table<ImportRowReport>
            rowKey="row"
            size="small"
            dataSource={report.rows}
            pagination={{ pageSize: 50, hideOnSinglePage: true }}
            scroll={{ y: 320 }}
            data-testid="import-report"
            columns={[
              { key: 'row', title: t('training.import.row'), dataIndex: 'row', width: 70 },
              { key: 'staffCode', title: t('training.field.staffCode'), dataIndex: 'staffCode' },
              { key: 'fullName', title: t('training.field.fullName'), dataIndex: 'fullName' },
              {
                key: 'accepted',
                title: t('training.import.verdict'),
                render: (_, r) => (
                  <Tag color={r.accepted ? 'green' : 'red'}>
                    {r.accepted ? t('training.import.accepted') : t('training.import.rejected')}
                  </Tag>
                ),
              },
              {
                key: 'reasons',
                title: t('training.import.reasons'),
                render: (_, r) => r.reasons.map((x) => `${x.field}: ${x.message}`).join('; '),
              },
            ]}
          />
        )}
      </Flex>
    </Modal>
  );
}
